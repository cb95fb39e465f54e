/**
 * Helpers for the apps' browser tests: the whole setup of one app under test (`startE2E`: the
 * API's test server on the demo data, the app's Vite dev server — or its built `dist/` under
 * `E2E_APPS=built` — on a free port proxying /graphql to it, Chromium (playwright-core, the system binary) and a page), and small helpers
 * to drive antd screens.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { composeIdNumber } from "@edu2035/domain";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { createServer, preview } from "vite";
import { readE2EEnv, setViteApiUrl } from "./env.ts";
import { recordPage } from "./pageRecorder.ts";

export { readE2EEnv } from "./env.ts";
export { dumpRecordedPages, recordPage } from "./pageRecorder.ts";
export { yearsPageSteps } from "./yearSteps.ts";

/** The Chromium binary the browser tests drive (CHROMIUM_PATH, default /usr/bin/chromium). */
export const CHROMIUM_PATH = readE2EEnv().CHROMIUM_PATH;

/** False when there is no Chromium to drive: the browser tests skip. */
export const hasChromium = existsSync(CHROMIUM_PATH);

/** The title of an app's browser-test suite, saying why it is skipped when there is no Chromium. */
export function e2eSuiteTitle(app: string): string {
  return hasChromium ? `${app} in Chromium` : `${app} (skipped: no Chromium binary at ${CHROMIUM_PATH})`;
}

/** Folder of the browser tests' artefacts (screenshots, files a test writes): <repo>/.data/e2e, git-ignored. */
export const E2E_ARTEFACTS_ROOT = fileURLToPath(new URL("../../../../.data/e2e/", import.meta.url));

/** Runs whose artefacts are kept (older ones are deleted when a new run starts). */
const KEPT_RUNS = 10;

let runDir: string | undefined;

/**
 * This test run's own artefact folder, `<repo>/.data/e2e/run-<pid>/` (made on first use), where
 * `<pid>` is vitest's main process, shared by the run's test files and by no other run. Making
 * it deletes the folders of all but the newest runs (those untouched for an hour).
 */
export function artefactDir(): string {
  if (runDir) return runDir;
  runDir = join(E2E_ARTEFACTS_ROOT, `run-${process.ppid}`);
  mkdirSync(runDir, { recursive: true });
  const byAge = readdirSync(E2E_ARTEFACTS_ROOT)
    .map((name) => {
      const path = join(E2E_ARTEFACTS_ROOT, name);
      // another run may delete a folder meanwhile: it counts as just made (kept)
      return { path, mtime: statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now() };
    })
    .sort((a, b) => b.mtime - a.mtime);
  for (const { path, mtime } of byAge.slice(KEPT_RUNS)) {
    // an hour's grace: a run that started earlier may still be writing there
    if (Date.now() - mtime > 3_600_000) rmSync(path, { recursive: true, force: true });
  }
  return runDir;
}

/** The path of a screenshot `name` (e.g. "city-dashboard") in this run's artefact folder. */
export function screenshotPath(name: string): string {
  return join(artefactDir(), `${name}.png`);
}

/** The API's in-process test server on the Wuhai demo data (the contract of `@edu2035/api/testing`). */
export interface TestApi {
  /** The GraphQL endpoint, for `execute(…, { endpoint })`. */
  url: string;
  /** Its origin, where the app's dev server proxies /graphql. */
  origin: string;
  /**
   * The instant the API's clock is pinned to (the demo's DEMO_NOW): {@link pinClock} sets the
   * browser's to it, so the app and the API agree on today and the current school year.
   */
  now: Date;
  close(): Promise<void>;
}

/**
 * Start the clock of a page (its browser context) or a context at `now`, before anything loads in
 * it: the app's `new Date()` / `Date.now()` read `now`, then run on at the real pace (Playwright's
 * clock). Browser tests pin every page they open to the test API's `now`, so what the app shows
 * (the current 学年, today, a deadline's 已逾期) does not depend on the real date.
 */
export async function pinClock(target: Page | BrowserContext, now: Date): Promise<void> {
  await target.clock.install({ time: now });
}

/**
 * Start `@edu2035/api/testing`'s test server, resolved from the app's directory.
 *
 * The module is located at run time and imported by a computed specifier, never by a literal
 * `import("@edu2035/api/testing")`: TypeScript follows a literal specifier, so the app's (and
 * this package's) typecheck would compile the API's source under browser compiler options
 * (DOM lib, vite/client types) that the API is not written for. `TestApi` above is the contract
 * instead. It is resolved from the app because the app declares `@edu2035/api` (a
 * devDependency); this package does not depend on the API.
 */
export async function startTestApi(appDir: string): Promise<TestApi> {
  const path = createRequire(join(appDir, "package.json")).resolve("@edu2035/api/testing");
  const testing = (await import(/* @vite-ignore */ path)) as { startTestServer(): Promise<TestApi> };
  return testing.startTestServer();
}

/** An app under test: the API, the app's dev server and a Chromium page on it. */
export interface AppUnderTest {
  api: TestApi;
  app: RunningApp;
  browser: Browser;
  /** 1440×960, zh-CN, 60 s default timeout (the dev server transforms the app on first load). */
  page: Page;
  /** Close the browser, the app's dev server and the API (whatever was started). */
  close(): Promise<void>;
}

/**
 * Start everything an app's browser test needs, for `beforeAll`: the API's test server on a
 * fresh in-memory database with the demo data, the app's Vite dev server (its vite.config.ts
 * in `appDir`) proxying /graphql to it, headless Chromium and a page. If a step fails, what
 * was already started is closed before the error is thrown. The page's clock is pinned to the
 * API's (`api.now`, {@link pinClock}).
 */
export async function startE2E(appDir: string): Promise<AppUnderTest> {
  const started: { close(): Promise<void> }[] = [];
  const close = async () => {
    for (const s of started.splice(0).reverse()) await s.close();
  };
  try {
    const api = await startTestApi(appDir);
    started.push(api);
    const app = await startAppServer(appDir, api.origin);
    started.push(app);
    const browser = await launchChromium();
    started.push(browser);
    const page = await browser.newPage({ viewport: { width: 1440, height: 960 }, locale: "zh-CN" });
    await pinClock(page, api.now);
    page.setDefaultTimeout(60_000);
    recordPage(page, basename(appDir));
    return { api, app, browser, page, close };
  } catch (e) {
    await close();
    throw e;
  }
}

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

/**
 * Start an app's Vite dev server (its own vite.config.ts) on a free port, proxying /graphql to `apiOrigin`.
 *
 * No file watching and no HMR: the page under test runs the sources as they were when it loaded
 * them. With a watcher, any edit or `pnpm codegen` in the working tree (packages/ui,
 * packages/graphql/src/__generated__, packages/domain …) reaches the page as an update that
 * main.tsx does not accept, i.e. a full reload in the middle of a test: the form's unsaved input
 * and the chosen 学年 are lost (the school test then waited in vain for 已提交 on the current
 * year's draft instead of the resubmitted 2025 report).
 */
export async function startAppServer(appDir: string, apiOrigin: string): Promise<RunningApp> {
  // vite.config.ts reads the proxy target from API_URL when it loads.
  setViteApiUrl(apiOrigin);
  if (readE2EEnv().E2E_APPS === "built") return startBuiltApp(appDir);
  const server = await createServer({
    root: appDir,
    configFile: join(appDir, "vite.config.ts"),
    server: {
      port: 0,
      strictPort: false,
      host: "127.0.0.1",
      warmup: { clientFiles: ["./src/main.tsx"] },
      watch: null,
      hmr: false,
    },
    logLevel: "warn",
    clearScreen: false,
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("the Vite dev server has no local URL");
  return { url, close: () => server.close() };
}

/**
 * Serve an app's built `dist/` with Vite's preview server (its vite.config.ts: the same /graphql
 * proxy, `preview.proxy` defaulting to `server.proxy`) on a free port: what `E2E_APPS=built`
 * selects. The page loads the production bundles (index.html, the initial chunks, lazy chunks on
 * demand) instead of having the dev server transform the sources module by module, which on a
 * busy 2-core machine took tens of seconds per test file. Throws when the app is not built.
 */
async function startBuiltApp(appDir: string): Promise<RunningApp> {
  if (!existsSync(join(appDir, "dist", "index.html")))
    throw new Error(`E2E_APPS=built: ${appDir}/dist is not built (run \`pnpm build\`, or unset E2E_APPS)`);
  const server = await preview({
    root: appDir,
    configFile: join(appDir, "vite.config.ts"),
    preview: { port: 0, strictPort: false, host: "127.0.0.1", open: false },
    logLevel: "warn",
    clearScreen: false,
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("the Vite preview server has no local URL");
  return { url, close: () => server.close() };
}

/** Launch headless Chromium with the flags a sandboxed CI box needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Fill the login form and submit it. */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: /登\s*录/ }).click();
}

/** The text of the cells of a table row by its row key (antd puts data-row-key on each row). */
export async function rowCells(page: Page, rowKey: string): Promise<string[]> {
  const row = page.locator(`tr[data-row-key="${rowKey}"]`);
  await row.waitFor({ timeout: 60_000 });
  return row.locator("td").allInnerTexts();
}

/** The texts of the options of an antd Select, opened by clicking it. */
export async function selectOptions(page: Page, testId: string): Promise<string[]> {
  const dropdown = page.locator(".ant-select-dropdown:visible");
  const options = dropdown.locator(".ant-select-item-option");
  // the dropdown can close again while the page re-renders under it (CI read 0 options 154 ms
  // after it opened): open it again until its options are read, for at most a minute
  const deadline = Date.now() + 60_000;
  let texts: string[] = [];
  while (texts.length === 0) {
    if ((await dropdown.count()) === 0) await page.getByTestId(testId).click();
    await options
      .first()
      .waitFor({ timeout: 5_000 })
      .catch(() => undefined);
    texts = await options.allInnerTexts();
    if (texts.length === 0 && Date.now() > deadline) throw new Error(`no options in the ${testId} dropdown`);
  }
  await page.keyboard.press("Escape");
  return texts.map((t) => t.trim());
}

/** The texts of one column of the rows of the staff table. */
export async function staffColumn(page: Page, column: number): Promise<string[]> {
  const rows = page.getByTestId("staff-table").locator("tbody tr.ant-table-row");
  await rows.first().waitFor({ timeout: 60_000 });
  return rows.locator(`td:nth-child(${column})`).allInnerTexts();
}

/**
 * A valid, synthetic 18-character 居民身份证号 (GB 11643 check character) of 乌海市海勃湾区
 * (150302) for a birth date ("YYYY-MM-DD") and gender (the order code's parity); `order`
 * (0–490) tells apart several people born the same day.
 */
export function testIdNumber(birthDate: string, gender: "male" | "female", order = 0): string {
  const sequence = String(12 + order * 2 + (gender === "male" ? 1 : 0)).padStart(3, "0");
  return composeIdNumber("150302", birthDate, sequence);
}

/**
 * Choose an option of the antd Select labelled `label` inside `scope` (e.g. a form), by its
 * exact text, retrying until the option list has closed: a click while the list still animates
 * in can be lost, leaving the field empty, and a list that closes while the option is being
 * clicked (seen in CI: the option "not stable", then "not visible" for 60 s) is opened again.
 * Throws when 3 tries did not take.
 */
export async function chooseOption(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  const open = page.locator(".ant-select-dropdown:visible");
  const exact = new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
  for (let attempt = 0; attempt < 3; attempt++) {
    if ((await open.count()) === 0) await scope.getByLabel(label).click();
    const item = open.locator(".ant-select-item-option", { hasText: exact }).first();
    await item.waitFor();
    await page.waitForTimeout(150);
    // a list that closed under the click: the next try opens it again
    if (
      !(await item.click({ timeout: 10_000 }).then(
        () => true,
        () => false,
      ))
    )
      continue;
    const closed = await open
      .first()
      .waitFor({ state: "hidden", timeout: 3_000 })
      .then(
        () => true,
        () => false,
      );
    if (closed) return;
  }
  throw new Error(`${label}: the option ${option} could not be chosen`);
}
