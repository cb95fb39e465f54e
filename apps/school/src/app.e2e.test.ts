/**
 * Browser test of the 学校 app against the API on the Wuhai demo data: a primary school's
 * account sees its own computed targets and its 三支队伍 roster.
 */
import { fileURLToPath } from "node:url";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@edu2035/db/demo";
import {
  CHROMIUM_PATH,
  hasChromium,
  launchChromium,
  type RunningApp,
  rowCells,
  staffColumn,
  startAppServer,
  submitLogin,
} from "@edu2035/ui/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const appDir = fileURLToPath(new URL("..", import.meta.url));

/** The API's in-process test server on the demo data (contract of `@edu2035/api/testing`). */
interface TestServer {
  url: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * Imported at run time by a computed specifier so that this app's typecheck does not compile
 * the API's source under the app's compiler options; the shape above is the contract.
 */
async function startTestServer(): Promise<TestServer> {
  const specifier = "@edu2035/api/testing";
  const testing = (await import(/* @vite-ignore */ specifier)) as { startTestServer(): Promise<TestServer> };
  return testing.startTestServer();
}

/** A primary school's account: A08 (义务教育 teachers) is measured there. */
const account = DEMO_ACCOUNTS.find((a) => a.level === "school" && a.displayName.endsWith("小学"));

describe.skipIf(!hasChromium)(
  hasChromium ? "school app in Chromium" : `school app (skipped: no Chromium binary at ${CHROMIUM_PATH})`,
  () => {
    let api: TestServer;
    let app: RunningApp;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      api = await startTestServer();
      app = await startAppServer(appDir, api.origin);
      browser = await launchChromium();
      page = await browser.newPage({ viewport: { width: 1440, height: 960 }, locale: "zh-CN" });
      // the dev server transforms the app on first load: be patient
      page.setDefaultTimeout(60_000);
    });

    afterAll(async () => {
      await browser?.close();
      await app?.close();
      await api?.close();
    });

    it("logs a school in and shows its targets computed from the data", async () => {
      expect(account, "a demo primary-school account").toBeDefined();
      const { username, displayName } = account!;
      await page.goto(app.url, { waitUntil: "domcontentloaded", timeout: 90_000 });
      await submitLogin(page, username, DEMO_PASSWORD);
      await page.getByTestId("app-title").getByText(displayName).waitFor();
      const cells = await rowCells(page, "A08");
      expect(cells[1]).toContain("义务教育专任教师中本科以上学历比例");
      expect(cells[4]).toMatch(/\d+(\.\d+)?%/);
      expect(cells[5]).not.toContain("无数据");
      await page.screenshot({ path: "/tmp/school.png" });
    });

    it("shows the school's 三支队伍 summary and roster", async () => {
      await page.getByRole("menuitem", { name: "三支队伍" }).click();
      await page.getByTestId("staffing-summary").waitFor();
      const schools = await staffColumn(page, 5);
      expect(schools.length).toBeGreaterThan(0);
      for (const name of schools) expect(name).toBe(account!.displayName);
      await page.screenshot({ path: "/tmp/school-staffing.png", fullPage: true });
    });
  },
);
