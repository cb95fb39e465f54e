/**
 * Chromium (playwright-core, the binary at CHROMIUM_PATH) for the 监测报告: the charts' SVG as
 * PNG (the .docx's fallback image for Word processors without SVG) and the report's HTML printed
 * to PDF with page numbers. One browser per process, used by one render at a time (renderQueue.ts)
 * and closed once idle.
 */
import type { Browser } from "playwright-core";

/**
 * Launch headless Chromium with the flags a server without a sandbox needs. playwright-core is
 * imported here, on the first render, not when the API starts (issue 15: ~0.45 s of CPU).
 */
export async function launchBrowser(executablePath: string): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** How long an idle browser is kept for the next render before it is closed (ms). */
export const BROWSER_IDLE_MS = 60_000;

let shared: { path: string; browser: Promise<Browser>; idle: NodeJS.Timeout | null } | null = null;

/**
 * Run `fn` with the process's browser: launched on first use, kept while renders follow each
 * other (the render queue runs one at a time) and closed BROWSER_IDLE_MS after the last one, so
 * a series of reports starts Chromium once. A browser that crashed is launched again. It holds
 * no data between renders: each render opens its own pages and closes them.
 */
export async function withBrowser<T>(executablePath: string, fn: (b: Browser) => Promise<T>): Promise<T> {
  if (shared?.idle) {
    clearTimeout(shared.idle);
    shared.idle = null;
  }
  if (
    shared &&
    (shared.path !== executablePath || !(await shared.browser.catch(() => null))?.isConnected())
  ) {
    const old = shared.browser;
    shared = null;
    await old.then((b) => b.close()).catch(() => undefined);
  }
  if (!shared) {
    const launching = launchBrowser(executablePath);
    shared = { path: executablePath, browser: launching, idle: null };
    launching.catch(() => {
      if (shared?.browser === launching) shared = null;
    });
  }
  const current = shared;
  try {
    return await fn(await current.browser);
  } finally {
    if (shared === current) {
      current.idle = setTimeout(() => {
        if (shared === current) shared = null;
        void current.browser.then((b) => b.close()).catch(() => undefined);
      }, BROWSER_IDLE_MS);
      current.idle.unref();
    }
  }
}

/** Close the process's browser now (tests, shutdown). */
export async function closeSharedBrowser(): Promise<void> {
  const current = shared;
  shared = null;
  if (!current) return;
  if (current.idle) clearTimeout(current.idle);
  await current.browser.then((b) => b.close()).catch(() => undefined);
}

/**
 * Each SVG as a PNG of the same size in CSS pixels at 2× (print quality), in order: one page
 * holding every chart, each screenshotted on its own.
 */
export async function svgsToPngs(
  browser: Browser,
  svgs: readonly string[],
  size: { width: number; height: number },
): Promise<Buffer[]> {
  if (svgs.length === 0) return [];
  const page = await browser.newPage({ deviceScaleFactor: 2, viewport: { width: size.width, height: 800 } });
  try {
    const body = svgs
      .map((svg, i) => `<div id="c${i}" style="width:${size.width}px;height:${size.height}px">${svg}</div>`)
      .join("");
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:#fff">${body}</body></html>`,
    );
    const out: Buffer[] = [];
    for (let i = 0; i < svgs.length; i++) out.push(await page.locator(`#c${i}`).screenshot({ type: "png" }));
    return out;
  } finally {
    await page.close();
  }
}

/**
 * An HTML document printed to an A4 PDF with "第 N 页，共 M 页" in the footer and the title in
 * the header (no network: the HTML carries everything, SVG charts inline).
 */
export async function htmlToPdf(browser: Browser, html: string, headerText: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: "load" });
    const esc = headerText.replace(/&/g, "&amp;").replace(/</g, "&lt;");
    return await page.pdf({
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style="font-size:8px;width:100%;text-align:center;color:#666">${esc}</div>`,
      footerTemplate:
        '<div style="font-size:9px;width:100%;text-align:center">第 <span class="pageNumber"></span> 页，共 <span class="totalPages"></span> 页</div>',
      margin: { top: "18mm", bottom: "18mm", left: "18mm", right: "18mm" },
    });
  } finally {
    await page.close();
  }
}
