/**
 * Helpers for the apps' browser tests: an app's Vite dev server on a free port proxying
 * /graphql to a test API, and Chromium (playwright-core, the system binary).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { createServer } from "vite";

/** The Chromium binary the browser tests drive (CHROMIUM_PATH, default /usr/bin/chromium). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** False when there is no Chromium to drive: the browser tests skip. */
export const hasChromium = existsSync(CHROMIUM_PATH);

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

/** Start an app's Vite dev server (its own vite.config.ts) on a free port, proxying /graphql to `apiOrigin`. */
export async function startAppServer(appDir: string, apiOrigin: string): Promise<RunningApp> {
  // vite.config.ts reads the proxy target from API_URL when it loads.
  process.env.API_URL = apiOrigin;
  const server = await createServer({
    root: appDir,
    configFile: join(appDir, "vite.config.ts"),
    server: { port: 0, strictPort: false, host: "127.0.0.1", warmup: { clientFiles: ["./src/main.tsx"] } },
    logLevel: "warn",
    clearScreen: false,
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("the Vite dev server has no local URL");
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
  await page.getByTestId(testId).click();
  const dropdown = page.locator(".ant-select-dropdown:visible");
  await dropdown.waitFor();
  await dropdown.locator(".ant-select-item-option").first().waitFor();
  const texts = await dropdown.locator(".ant-select-item-option").allInnerTexts();
  await page.keyboard.press("Escape");
  return texts.map((t) => t.trim());
}

/** The texts of one column of the rows of the staff table. */
export async function staffColumn(page: Page, column: number): Promise<string[]> {
  const rows = page.getByTestId("staff-table").locator("tbody tr.ant-table-row");
  await rows.first().waitFor({ timeout: 60_000 });
  return rows.locator(`td:nth-child(${column})`).allInnerTexts();
}
