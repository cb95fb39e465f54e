/**
 * Issue 8's "done when" for the production path, in Chromium: after `pnpm build` (the turbo
 * `e2e` task of this package builds the API and the three apps first), on a fresh, empty
 * PostgreSQL database made on DATABASE_URL's server (dropped afterwards):
 *
 * 1. `node apps/api/dist/main.js` with NODE_ENV=production and no ID_HASH_KEY exits non-zero
 *    with a message naming ID_HASH_KEY;
 * 2. with DATABASE_URL, a 32+ character ID_HASH_KEY and a free API_PORT it serves the chooser
 *    at `/`, the three apps under `/city/`, `/district/`, `/school/` and GraphQL on one port,
 *    and it loaded no demo data: `city` / `Demo@2035` is refused in the city app;
 * 3. `pnpm admin init` (dist/admin.js, password on stdin) sets up the city (乌海市 150300) and
 *    its first administrator; it refuses a weak password and a password on the command line,
 *    and a second init; `create-city-admin` refuses a taken user name;
 * 4. the administrator logs in to the city app from the chooser and sees the app shell, with
 *    no Content-Security-Policy violation and no error in the browser's console;
 * 5. index.html and a hashed asset carry the production headers (CSP with the response's
 *    nonce and no unsafe-inline, no-cache vs. a year immutable, brotli/gzip, nosniff,
 *    Referrer-Policy, frame-ancestors 'none');
 * 6. SIGTERM stops the server with exit code 0;
 * 7. on a second database holding the Wuhai demo data (loaded by the test, not by the server),
 *    every page of the three apps' menus renders in production with no CSP violation and no
 *    console error (tables, charts, forms: antd's and ECharts' styles under the nonce).
 *
 * Skips, saying why, without DATABASE_URL (a PostgreSQL server where the role may create
 * databases) or without Chromium.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ApiProcess, startApiProcess, waitUntilServing } from "@edu2035/api/testing/apiProcess";
import { createDb } from "@edu2035/db";
import { DEMO_PASSWORD, loadDemoData } from "@edu2035/db/demo";
import { createThrowawayDatabase, readDbEnv, type ThrowawayDatabase } from "@edu2035/db/testing";
import { CHROMIUM_PATH, hasChromium, launchChromium, screenshotPath, submitLogin } from "@edu2035/ui/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const MAIN = `${REPO}apps/api/dist/main.js`;
const ADMIN = `${REPO}apps/api/dist/admin.js`;
const DATABASE_URL = readDbEnv().DATABASE_URL;
const ID_HASH_KEY = `e2e-${randomBytes(24).toString("hex")}`;
const ADMIN_USER = "wuhai_admin";
const ADMIN_PASSWORD = `Wuhai${randomBytes(4).toString("hex")}2035`;

const skipReason = !DATABASE_URL
  ? "set DATABASE_URL to a PostgreSQL server where the role may create databases"
  : !hasChromium
    ? `no Chromium binary at ${CHROMIUM_PATH}`
    : null;

/**
 * A built script of the API (MAIN or ADMIN) as a child process with `env` as its whole environment
 * (plus a free API_PORT unless given): its output and exit code (see `@edu2035/api/testing/apiProcess`).
 */
function run(
  script: string,
  args: string[],
  env: Record<string, string>,
  stdin?: string,
): Promise<ApiProcess> {
  return startApiProcess({ script, args, env, stdin });
}

describe.skipIf(skipReason !== null)(
  skipReason ? `production build (skipped: ${skipReason})` : "production build served by one process",
  () => {
    // a throwaway database of @edu2035/db/testing: an interrupted run's is swept by the next run
    let database: ThrowawayDatabase | undefined;
    let dbUrl: string;
    let origin: string;
    let server: ApiProcess | undefined;
    let browser: Browser | undefined;
    let page: Page;
    const consoleProblems: string[] = [];
    const env = () => ({ NODE_ENV: "production", DATABASE_URL: dbUrl, ID_HASH_KEY, LOG_LEVEL: "warn" });

    beforeAll(async () => {
      for (const file of [
        MAIN,
        ADMIN,
        ...["city", "district", "school"].map((a) => `${REPO}apps/${a}/dist/index.html`),
      ]) {
        if (!existsSync(file)) throw new Error(`${file} is missing: run pnpm build first`);
      }
      database = await createThrowawayDatabase(DATABASE_URL!);
      dbUrl = database.url;
    });

    afterAll(async () => {
      await browser?.close();
      if (server && !server.hasExited()) {
        server.child.kill("SIGKILL");
        await server.exited;
      }
      await database?.drop();
    });

    it("refuses to start without ID_HASH_KEY, naming it", async () => {
      const { ID_HASH_KEY: _omitted, ...rest } = env();
      const p = await run(MAIN, [], rest);
      const code = await p.exited;
      expect(code).not.toBe(0);
      expect(p.output()).toContain("ID_HASH_KEY");
    });

    it("serves the chooser, the apps and GraphQL on one port, from an empty database", async () => {
      server = await run(MAIN, [], env());
      origin = server.origin;
      await waitUntilServing(server);
      for (const path of ["/", "/city/", "/district/", "/school/"]) {
        const res = await fetch(`${origin}${path}`);
        expect(res.status, path).toBe(200);
        expect(res.headers.get("content-type"), path).toBe("text/html; charset=utf-8");
      }

      browser = await launchChromium();
      page = await browser.newPage();
      await watchProblems(page, consoleProblems, "city");

      await page.goto(`${origin}/`, { waitUntil: "domcontentloaded" });
      await page.getByRole("heading", { name: "教育现代化2035监测平台" }).waitFor();
      await page.getByRole("link", { name: /市教育局/ }).click();
      await page.waitForURL(`${origin}/city/`);
      // no demo data: the demo's city account does not exist
      await submitLogin(page, "city", "Demo@2035");
      const alert = page.getByTestId("login-error");
      await alert.waitFor({ timeout: 60_000 });
      expect(await alert.textContent()).toContain("用户名或密码错误");
    });

    it("sets up the city and its first administrator from the command line (pnpm admin init), once", async () => {
      const init = ["init", "--city", "乌海市", "--code", "150300", "--username", ADMIN_USER];
      const weak = await run(ADMIN, [...init, "--password-stdin"], env(), "short1\n");
      expect(await weak.exited).toBe(1);
      expect(weak.output()).toContain("密码至少 10 个字符");

      const argv = await run(ADMIN, [...init, "--password", ADMIN_PASSWORD], env());
      expect(await argv.exited).toBe(2);
      expect(argv.output()).toContain("密码不能写在命令行中");

      const ok = await run(
        ADMIN,
        [...init, "--bureau", "乌海市教育局", "--display-name", "乌海市教育局管理员", "--password-stdin"],
        env(),
        `${ADMIN_PASSWORD}\n`,
      );
      expect(await ok.exited, ok.output()).toBe(0);
      expect(ok.output()).toContain(`已初始化平台：乌海市（150300），市级管理员 ${ADMIN_USER}`);

      const again = await run(ADMIN, [...init, "--password-stdin"], env(), `${ADMIN_PASSWORD}\n`);
      expect(await again.exited).toBe(1);
      expect(again.output()).toContain("平台已初始化，不能重复执行 init");

      const taken = await run(
        ADMIN,
        ["create-city-admin", "--username", ADMIN_USER.toUpperCase(), "--password-stdin"],
        env(),
        `${ADMIN_PASSWORD}x\n`,
      );
      expect(await taken.exited).toBe(1);
      expect(taken.output()).toContain(`用户名 ${ADMIN_USER.toUpperCase()} 已存在`);
    });

    it("logs the administrator in to the city app, with no CSP violation or console error", async () => {
      await submitLogin(page, ADMIN_USER, ADMIN_PASSWORD);
      await page
        .getByTestId("app-title")
        .getByText("乌海市教育局 · 教育现代化2035")
        .waitFor({ timeout: 90_000 });
      // the first screen's lazy chunk, styles and data, then the dashboard's (ECharts)
      const loading = page.getByText(/页面加载中/);
      await loading.waitFor({ state: "detached", timeout: 90_000 });
      await page.getByRole("menuitem", { name: /指标总览/ }).click();
      await loading.waitFor({ state: "detached", timeout: 90_000 });
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: screenshotPath("production-city"), fullPage: false });
      expect(consoleProblems).toEqual([]);
    });

    it("sends the production headers with index.html and a hashed asset", async () => {
      const res = await fetch(`${origin}/city/`, { headers: { "accept-encoding": "br, gzip" } });
      const policy = res.headers.get("content-security-policy") ?? "";
      const nonce = /style-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
      expect(nonce).toBeDefined();
      expect(policy).toContain("script-src 'self';");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
      expect(res.headers.get("cache-control")).toBe("no-cache");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      const html = await res.text();
      expect(html).toContain(`<meta property="csp-nonce" nonce="${nonce}">`);
      expect(html).not.toContain("EDU2035_CSP_NONCE");

      const asset = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
      expect(asset).toBeDefined();
      const js = await fetch(`${origin}/city/${asset}`, { headers: { "accept-encoding": "br" } });
      expect(js.status).toBe(200);
      expect(js.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(js.headers.get("content-encoding")).toBe("br");
      expect(js.headers.get("x-content-type-options")).toBe("nosniff");
      expect(await js.text()).toBe(readFileSync(`${REPO}apps/city/dist/${asset}`, "utf8"));
    });

    it("stops on SIGTERM with exit code 0", async () => {
      await browser?.close();
      browser = undefined;
      server!.child.kill("SIGTERM");
      expect(await server!.exited, server!.output()).toBe(0);
    });
  },
);

/** Collect console errors and warnings, page errors, failed requests and CSP violations of `page`. */
async function watchProblems(page: Page, problems: string[], label: string): Promise<void> {
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`${label} ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`${label} pageerror: ${e.message}`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`${label} http ${r.status()}: ${r.url()}`);
  });
  await page.exposeFunction("__cspViolation", (v: string) => problems.push(`${label} csp: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __cspViolation(v: string): void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
}

describe.skipIf(skipReason !== null)(
  skipReason
    ? `production build on the demo data (skipped: ${skipReason})`
    : "production build on the demo data: every page under the CSP",
  () => {
    let database: ThrowawayDatabase | undefined;
    let server: ApiProcess | undefined;
    let browser: Browser | undefined;
    let origin: string;

    beforeAll(async () => {
      database = await createThrowawayDatabase(DATABASE_URL!);
      const handle = await createDb({ url: database.url, maxConnections: 2 });
      await handle.migrate();
      await loadDemoData(handle.db);
      await handle.close();
      server = await run(MAIN, [], {
        NODE_ENV: "production",
        DATABASE_URL: database.url,
        ID_HASH_KEY,
        LOG_LEVEL: "warn",
      });
      origin = server.origin;
      await waitUntilServing(server);
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      if (server && !server.hasExited()) {
        server.child.kill("SIGTERM");
        await server.exited;
      }
      await database?.drop();
    });

    it.each([
      ["city", "city"],
      ["district", "haibowan"],
      ["school", "s2150302065"],
    ])("the %s app's pages (as %s) render with no CSP violation or console error", async (app, username) => {
      const page = await browser!.newPage();
      const problems: string[] = [];
      await watchProblems(page, problems, app);
      await page.goto(`${origin}/${app}/`, { waitUntil: "domcontentloaded" });
      await submitLogin(page, username, DEMO_PASSWORD);
      await page.getByTestId("app-title").waitFor({ timeout: 90_000 });
      const loading = page.getByText(/页面加载中/);
      const items = await page.getByRole("menuitem").allInnerTexts();
      expect(items.length).toBeGreaterThan(3);
      for (const name of items) {
        // the whole label (after the icon's name): 学校 is not 学校管理
        const label = new RegExp(`(^|\\s)${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
        await page.getByRole("menuitem", { name: label }).click();
        await loading.waitFor({ state: "detached", timeout: 90_000 });
        await page.waitForLoadState("networkidle");
      }
      await page.screenshot({ path: screenshotPath(`production-${app}-demo`), fullPage: false });
      await page.close();
      expect(problems).toEqual([]);
    });
  },
);
