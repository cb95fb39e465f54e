/**
 * Browser test of the 指标总览's 学校类别 filter in the 区教育局 app (海勃湾区, Wuhai demo data): the
 * filter asks the API for the schools of the chosen types (targetDashboardTable schoolTypes), so
 * the columns, the total and the paging are of those schools, not a filter of the page shown.
 * Counted by hand from the demo catalogue (packages/db/src/demo/catalogue.ts): 海勃湾区 has 70
 * schools — 42 幼儿园 first by code, then 13 小学, then the 5 初中 乌海市第四、第七、第八、第十一、
 * 第十五中学 and the 3 九年一贯制学校 乌海市蒙古族学校, 海勃湾区千里山学校, 海勃湾区新华学校 — so the
 * first page of 50 has no 初中 at all (the bug showed none). The district's own column stays that
 * of all 70 schools. 导出Excel sends the filter shown (exportTargetDashboardExcel schoolTypes).
 */
import { fileURLToPath } from "node:url";
import { DEMO_PASSWORD } from "@edu2035/db/demo";
import {
  type AppUnderTest,
  e2eSuiteTitle,
  hasChromium,
  rowCells,
  screenshotPath,
  startE2E,
  submitLogin,
} from "@edu2035/ui/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const appDir = fileURLToPath(new URL("..", import.meta.url));

const JUNIOR = ["乌海市第四中学", "乌海市第七中学", "乌海市第八中学", "乌海市第十一中学", "乌海市第十五中学"];
const NINE_YEAR = ["乌海市蒙古族学校", "海勃湾区千里山学校", "海勃湾区新华学校"];

describe.skipIf(!hasChromium)(e2eSuiteTitle("district 指标总览 学校类别"), () => {
  let e2e: AppUnderTest;
  let page: Page;

  beforeAll(async () => {
    e2e = await startE2E(appDir);
    page = e2e.page;
  });

  afterAll(() => e2e?.close());

  /** The units' column headers of the table, in order (the district first). */
  const columns = () =>
    page
      .getByTestId("target-dashboard")
      .locator("thead [data-unit-column]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-unit-column") ?? ""));
  const pagerTotal = () => page.getByTestId("children-pager").locator(".ant-pagination-total-text");
  const filter = () => page.getByRole("combobox", { name: "学校类别" });
  /** Choose `label` in the 学校类别 list, or choose it off when chosen; the list is closed after. */
  const toggleType = async (label: string) => {
    await filter().click();
    const option = page.locator(".ant-select-dropdown:visible .ant-select-item-option", {
      hasText: new RegExp(`^${label}$`),
    });
    await option.waitFor();
    await option.click();
    await page.keyboard.press("Escape");
  };

  it("shows 海勃湾区's 70 schools 50 a page, no 初中 on the first page", async () => {
    await page.goto(e2e.app.url, { waitUntil: "domcontentloaded", timeout: 90_000 });
    await submitLogin(page, "haibowan", DEMO_PASSWORD);
    await page.getByTestId("app-title").getByText("海勃湾区教育局").waitFor();
    await page.getByRole("menuitem", { name: "指标总览" }).click();
    const dashboard = page.getByTestId("target-dashboard");
    await dashboard.locator('thead [data-unit-column="海勃湾区"]').first().waitFor({ timeout: 100_000 });
    await pagerTotal().getByText("第 1–50 所学校，共 70 所学校").waitFor();
    const names = await columns();
    expect(names).toHaveLength(51);
    expect(names.filter((n) => JUNIOR.includes(n))).toEqual([]);
  });

  it("asks for the 初中 schools only: their 5 columns, 共 5 所学校, the district's column unchanged", async () => {
    const district = (await rowCells(page, "A08"))[3];
    expect(district).toMatch(/\d+(\.\d+)?%/);
    await toggleType("初中");
    await page
      .getByTestId("school-type-total")
      .getByText("初中共 5 所学校；海勃湾区一列仍为全区所有学校的数值")
      .waitFor();
    await expect.poll(columns, { timeout: 60_000 }).toEqual(["海勃湾区", ...JUNIOR]);
    // 5 fit on one page: no pager
    expect(await page.getByTestId("children-pager").count()).toBe(0);
    expect((await rowCells(page, "A08"))[3]).toBe(district);
    await page.screenshot({ path: screenshotPath("district-dashboard-junior") });
    // 导出Excel exports what is on screen: the request carries the filter (the workbook's columns,
    // title and date line are checked in the API's excel/dashboardExcel.test.ts)
    const exportAsked = (body: string) => body.includes('"schoolTypes"') && !body.includes('"fromYear"');
    const [response, download] = await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === "POST" && exportAsked(r.request().postData() ?? ""),
      ),
      page.waitForEvent("download"),
      page.getByRole("button", { name: /导出Excel/ }).click(),
    ]);
    expect(JSON.parse(response.request().postData() ?? "{}").variables.schoolTypes).toEqual([
      "JUNIOR_SECONDARY",
    ]);
    expect(download.suggestedFilename()).toMatch(/^海勃湾区-.+-指标总览-\d{4}-\d{2}-\d{2}.*\.xlsx$/);
    // and 九年一贯制学校 too: 8, the columns grouped by type in stage order (九年一贯制 before 初中)
    await toggleType("九年一贯制学校");
    await page
      .getByTestId("school-type-total")
      .getByText("九年一贯制学校、初中共 8 所学校；海勃湾区一列仍为全区所有学校的数值")
      .waitFor();
    await expect.poll(columns, { timeout: 60_000 }).toEqual(["海勃湾区", ...NINE_YEAR, ...JUNIOR]);
    expect((await rowCells(page, "A08"))[3]).toBe(district);
  });

  it("goes back to the first page when the 学校类别 changes: page 2, then 幼儿园 → 1–42 of 42", async () => {
    // both types chosen off again: all 70, then page 2 (schools 51–70)
    await toggleType("初中");
    await toggleType("九年一贯制学校");
    await pagerTotal().getByText("第 1–50 所学校，共 70 所学校").waitFor();
    await page.getByTestId("children-pager").locator(".ant-pagination-item-2").click();
    await pagerTotal().getByText("第 51–70 所学校，共 70 所学校").waitFor();
    await expect.poll(async () => (await columns()).length, { timeout: 60_000 }).toBe(21);
    await toggleType("幼儿园");
    await page
      .getByTestId("school-type-total")
      .getByText("幼儿园共 42 所学校；海勃湾区一列仍为全区所有学校的数值")
      .waitFor();
    await pagerTotal().getByText("第 1–42 所学校，共 42 所学校").waitFor();
    await expect.poll(async () => (await columns()).length, { timeout: 60_000 }).toBe(43);
  });
});
