/**
 * Browser test of the BUILT 市教育局 app (`vite build`, not the dev server), served the way
 * production serves it: under a path prefix (/city/), with /graphql on the same origin and a
 * Content-Security-Policy whose scripts need the per-response nonce (no 'unsafe-inline' for
 * scripts). It proves what the dev-server tests cannot: the built assets resolve under the
 * prefix, index.html carries no inline script or style and takes the nonce, the login page
 * loads without the menu pages or ECharts, and a menu page and its charts load on demand and
 * draw (the build once dropped ECharts' renderer registration while the dev server drew fine).
 *
 * The three apps share one build config (`@edu2035/ui/vite`), so one app is enough here. Styles
 * are allowed inline ('unsafe-inline' for style-src only): antd writes its CSS-in-JS at run time.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO_PASSWORD } from "@edu2035/db/demo";
import {
  e2eSuiteTitle,
  hasChromium,
  launchChromium,
  pinClock,
  startTestApi,
  submitLogin,
  type TestApi,
} from "@edu2035/ui/testing";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const appDir = fileURLToPath(new URL("..", import.meta.url));
const PREFIX = "/city/";
const NONCE_PLACEHOLDER = "EDU2035_CSP_NONCE";
const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/**
 * A small stand-in for the production server: `dist` under PREFIX (index.html with a fresh nonce
 * and a CSP per response), /graphql passed to the API, anything else 404.
 */
function serveBuilt(dist: string, api: TestApi): Server {
  const apiUrl = new URL(api.origin);
  return createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path === "/graphql") {
      const upstream = request(
        { host: apiUrl.hostname, port: apiUrl.port, path, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on("error", () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    const file = path.startsWith(PREFIX)
      ? normalize(join(dist, path.slice(PREFIX.length) || "index.html"))
      : "";
    if (!file.startsWith(dist) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = {
      "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
    };
    let body: string | Buffer = readFileSync(file);
    if (file.endsWith("index.html")) {
      const nonce = randomBytes(16).toString("base64");
      body = body.toString("utf8").replaceAll(NONCE_PLACEHOLDER, nonce);
      headers["content-security-policy"] = [
        "default-src 'self'",
        `script-src 'nonce-${nonce}' 'strict-dynamic'`,
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "frame-ancestors 'none'",
      ].join("; ");
    }
    res.writeHead(200, headers).end(body);
  });
}

describe.skipIf(!hasChromium)(e2eSuiteTitle("city app, built, under /city/"), () => {
  let dist: string;
  let api: TestApi | undefined;
  let server: Server | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let origin: string;
  /** Every URL the page requested, in order. */
  const requested: string[] = [];
  /** Page errors, CSP violations and failed responses (4xx/5xx) seen by the browser. */
  const problems: string[] = [];

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), "edu2035-city-build-"));
    await build({
      root: appDir,
      configFile: join(appDir, "vite.config.ts"),
      build: { outDir: dist, emptyOutDir: true },
      logLevel: "warn",
    });
    api = await startTestApi(appDir);
    const started = serveBuilt(dist, api);
    server = started;
    await new Promise<void>((resolve) => started.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(started.address() as { port: number }).port}`;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 960 }, locale: "zh-CN" });
    await pinClock(page, api.now);
    page.setDefaultTimeout(60_000);
    page.on("request", (r) => requested.push(r.url()));
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy/i.test(m.text())) problems.push(m.text());
    });
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await api?.close();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it("builds an index.html with no inline script or style, its tags carrying the nonce placeholder", () => {
    const html = readFileSync(join(dist, "index.html"), "utf8");
    expect(html).not.toMatch(/<style/i);
    // every <script> has a src, and every script or link tag the build wrote has the nonce
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
    expect(html).toContain(`<meta property="csp-nonce" nonce="${NONCE_PLACEHOLDER}">`);
    const tags = html.match(/<(script|link)\b[^>]*>/gi) ?? [];
    expect(tags.length).toBeGreaterThanOrEqual(3);
    for (const tag of tags) expect(tag).toContain(`nonce="${NONCE_PLACEHOLDER}"`);
    // asset URLs relative to index.html, so any prefix works
    for (const tag of tags) expect(tag).toMatch(/(src|href)="\.\/assets\//);
  });

  it("shows the login page under /city/ without loading the menu pages or ECharts", async () => {
    await page.goto(`${origin}${PREFIX}`, { waitUntil: "networkidle", timeout: 90_000 });
    await page.getByRole("button", { name: /登\s*录/ }).waitFor();
    const scripts = requested.filter((url) => url.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(0);
    for (const url of scripts) expect(url.startsWith(`${origin}${PREFIX}assets/`)).toBe(true);
    expect(scripts.filter((url) => /Page-|echarts/i.test(url))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("logs in, then loads the default page (规划指标) and a page with charts (三支队伍) on demand", async () => {
    await submitLogin(page, "city", DEMO_PASSWORD);
    await page.getByTestId("app-title").getByText("乌海市教育局 · 教育现代化2035").waitFor();
    await page.locator('tr[data-row-key="A08"]').waitFor();
    expect(requested.some((url) => /TargetsPage-[\w-]+\.js$/.test(url))).toBe(true);
    expect(requested.some((url) => /StaffingPage-[\w-]+\.js$/.test(url))).toBe(false);

    await page.getByRole("menuitem", { name: "三支队伍" }).click();
    await page.locator("canvas").first().waitFor({ timeout: 90_000 });
    expect(new URL(page.url()).hash).toBe("#/staffing");
    expect(requested.some((url) => /StaffingPage-[\w-]+\.js$/.test(url))).toBe(true);
    expect(requested.some((url) => /echarts-[\w-]+\.js$/.test(url))).toBe(true);
    // GraphQL stayed at the origin's /graphql, not under the prefix
    expect(requested).toContain(`${origin}/graphql`);
    expect(requested.filter((url) => url.includes(`${PREFIX}graphql`))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
