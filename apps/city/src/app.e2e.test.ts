/**
 * Browser test of the 市教育局 app against the API on the Wuhai demo data: a district account
 * is refused, the city account sees computed targets, the 三支队伍 roster, the 指标总览 with the
 * districts side by side and a trend chart, and the districts' 优质均衡.
 */
import { fileURLToPath } from "node:url";
import { DEMO_PASSWORD } from "@edu2035/db/demo";
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

describe.skipIf(!hasChromium)(
  hasChromium ? "city app in Chromium" : `city app (skipped: no Chromium binary at ${CHROMIUM_PATH})`,
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

    it("refuses a district account with the API's Chinese message", async () => {
      await page.goto(app.url, { waitUntil: "domcontentloaded", timeout: 90_000 });
      await submitLogin(page, "haibowan", DEMO_PASSWORD);
      const alert = page.getByTestId("login-error");
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/不能登录/);
    });

    it("shows the city's targets computed from the data", async () => {
      await submitLogin(page, "city", DEMO_PASSWORD);
      await page.getByTestId("app-title").getByText("乌海市教育局 · 教育现代化2035").waitFor();
      const cells = await rowCells(page, "A08");
      expect(cells[1]).toContain("义务教育专任教师中本科以上学历比例");
      expect(cells[4]).toMatch(/\d+(\.\d+)?%/);
      expect(cells[5]).not.toContain("无数据");
      await page.screenshot({ path: "/tmp/city.png", fullPage: false });
    });

    it("shows a district's targets when one is picked", async () => {
      await page.getByTestId("district-picker").click();
      await page
        .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "海南区" })
        .click();
      await page.locator(".ant-card-head", { hasText: "海南区" }).waitFor();
      const cells = await rowCells(page, "A08");
      expect(cells[4]).toMatch(/\d+(\.\d+)?%/);
    });

    it("lists the 三支队伍 roster", async () => {
      await page.getByRole("menuitem", { name: "三支队伍" }).click();
      const names = await staffColumn(page, 1);
      expect(names.length).toBeGreaterThan(0);
      await page.getByTestId("staffing-summary").waitFor();
      await page.screenshot({ path: "/tmp/city-staffing.png", fullPage: true });
    });

    it("lists the districts and their schools", async () => {
      await page.getByRole("menuitem", { name: "学校" }).click();
      await page.getByRole("tab", { name: /海勃湾区/ }).waitFor();
      const rows = page.getByRole("tabpanel").locator("tbody tr.ant-table-row");
      await rows.first().waitFor();
      expect(await rows.count()).toBeGreaterThan(0);
      await page.screenshot({ path: "/tmp/city-schools.png", fullPage: false });
    });

    it("shows the 指标总览 with each district's value side by side and a trend chart per target", async () => {
      await page.getByRole("menuitem", { name: "指标总览" }).click();
      const dashboard = page.getByTestId("target-dashboard");
      for (const name of ["乌海市", "海勃湾区", "海南区", "乌达区"]) {
        await dashboard.locator(`thead [data-unit-column="${name}"]`).first().waitFor();
      }
      // 编号, 指标, 对照目标, 乌海市, 海勃湾区, 海南区, 乌达区, 趋势
      const cells = await rowCells(page, "A08");
      expect(cells[1]).toContain("义务教育专任教师中本科以上学历比例");
      for (const cell of cells.slice(3, 7)) expect(cell).toMatch(/\d+(\.\d+)?%/);
      expect(await page.getByTestId("plan-inconsistency").first().textContent()).toMatch(/A04.*B02/);
      await page.screenshot({ path: "/tmp/city-dashboard.png" });

      await page
        .locator('tr[data-row-key="A08"]')
        .getByRole("button", { name: /历年趋势/ })
        .click();
      await page.locator(".ant-drawer").getByTestId("trend-chart").locator("canvas").first().waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: "/tmp/city-trend.png" });
      await page.keyboard.press("Escape");
      await page.locator(".ant-drawer-open").waitFor({ state: "detached" });
    });

    it("shows the 优质均衡 overview: each district's verdict and CVs against the limit", async () => {
      await page.getByRole("menuitem", { name: "优质均衡" }).click();
      const rows = page.getByTestId("balance-overview").locator("tbody tr.ant-table-row");
      await rows.first().waitFor();
      expect(await rows.count()).toBe(6);
      expect(await rows.first().textContent()).toMatch(/海勃湾区[\s\S]*小学[\s\S]*0\.\d{3}/);
      await page.screenshot({ path: "/tmp/city-balance.png", fullPage: true });
    });
  },
);
