/**
 * Browser test of C1–C7 in the 区教育局 app's 指标总览 (tester FIXES-A 1: only the 初中 figure
 * reached the table, so a 九年一贯制 school's failing 小学 read as 达标). 海南区, Wuhai demo data,
 * 2024—2025学年 (published v1, the page's default): 海南区巴音陶亥学校's C2 (县级以上骨干教师数
 * per 100 students) is 0.53 未达标 for 小学 and 1.96 达标 for 初中 (targetResults, the tester's
 * figures). The table has a C2 row per stage, each with its stage tag, the school's figure of that
 * stage and the 对照目标 of that stage; the 趋势 of the 小学 row opens the 小学 trend, whose 发布版本
 * (海南区's C2 in 2024—2025 as published in v1: publishedHistory) has a value per stage, each
 * with its stage tag: 小学 1.33 达标 (1.3348, 7/7 所学校) and 初中 1.61 达标 (1.6090, 6/6 所学校) —
 * the district's own C2 of each stage, as targetDashboard gives it for 2024.
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
const SCHOOL = "海南区巴音陶亥学校";

describe.skipIf(!hasChromium)(e2eSuiteTitle("district 指标总览 C1–C7 per stage"), () => {
  let e2e: AppUnderTest;
  let page: Page;

  beforeAll(async () => {
    e2e = await startE2E(appDir);
    page = e2e.page;
  });

  afterAll(() => e2e?.close());

  it("shows C2 of a 九年一贯制 school for 小学 and 初中, each in its row, and the 小学 trend", async () => {
    await page.goto(e2e.app.url, { waitUntil: "domcontentloaded", timeout: 90_000 });
    await submitLogin(page, "hainan", DEMO_PASSWORD);
    await page.getByTestId("app-title").getByText("海南区教育局").waitFor();
    await page.getByRole("menuitem", { name: "指标总览" }).click();
    const dashboard = page.getByTestId("target-dashboard");
    await dashboard.locator('thead [data-unit-column="海南区"]').first().waitFor({ timeout: 100_000 });
    expect(await page.getByTestId("school-year-select").textContent()).toMatch(/2024—2025学年/);
    // 学校类别 = 九年一贯制学校: the school on the first page
    await page.getByRole("combobox", { name: "学校类别" }).click();
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: /^九年一贯制学校$/ })
      .click();
    await page.keyboard.press("Escape");
    await dashboard.locator(`thead [data-unit-column="${SCHOOL}"]`).first().waitFor({ timeout: 100_000 });
    await page.getByText(/^C类/).click();
    const names = await dashboard
      .locator("thead [data-unit-column]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-unit-column") ?? ""));
    // cells: 编号, 指标, 对照目标, then the units in header order
    const col = 3 + names.indexOf(SCHOOL);
    expect(col).toBeGreaterThan(3);
    // the table may still show the unfiltered answer for a moment: wait for the school's cell
    await expect
      .poll(async () => (await rowCells(page, "C2-PRIMARY"))[col] ?? "", { timeout: 100_000 })
      .toMatch(/0\.53/);
    const primary = await rowCells(page, "C2-PRIMARY");
    const junior = await rowCells(page, "C2-JUNIOR_SECONDARY");
    expect(primary[1]).toContain("小学");
    expect(junior[1]).toContain("初中");
    expect(primary[col]).toContain("未达标");
    expect(junior[col]).toMatch(/1\.96/);
    expect(junior[col]).toContain("达标");
    expect(junior[col]).not.toContain("未达标");
    // the 对照目标 of each row is its stage's
    expect(primary[2]).not.toContain("初中");
    await page.screenshot({ path: screenshotPath("district-dashboard-stages") });

    await page.getByRole("button", { name: "C2 小学 历年趋势" }).click();
    const drawer = page.locator(".ant-drawer");
    await drawer.getByText(/C2 .*（小学） · 历年趋势/).waitFor({ timeout: 60_000 });
    await expect
      .poll(
        async () =>
          ((await drawer.locator("tr", { hasText: SCHOOL }).first().textContent()) ?? "").replace(
            /\s+/g,
            " ",
          ),
        {
          timeout: 100_000,
        },
      )
      .toMatch(/0\.53/);
    // 发布版本 of 海南区's C2, 2024—2025 v1: one row per stage, each value with its stage tag
    const history = drawer.getByTestId("published-history");
    await history.locator("tbody tr [data-stage]").first().waitFor({ timeout: 60_000 });
    // cells: 版本 | 数值 with its stage tag | 状态 | 数据覆盖 | 发布时间 | 说明
    const versions = await history
      .locator("tbody tr")
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll("td")].slice(0, 4).map((td) => td.textContent ?? "")),
      );
    expect(versions).toEqual([
      ["v1", "1.33 人/百生小学", "达标", "7/7 所学校"],
      ["v1", "1.61 人/百生初中", "达标", "6/6 所学校"],
    ]);
    expect(
      await history
        .locator("tbody [data-stage]")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-stage"))),
    ).toEqual(["PRIMARY", "JUNIOR_SECONDARY"]);
  });
});
