/**
 * Browser test of 学龄人口预测 in the 市教育局 app on the Wuhai demo data (births 2008—2025 per
 * district): the city opens the page, picks 海勃湾区 and reads its projected 小学 pupils and
 * teachers to 2035 as the API computes them; it creates the scenario "出生人口继续下降5%/年" and
 * (a scenario of that district) sees the 2035 figures move to the scenario's (fewer pupils than the baseline).
 */
import { fileURLToPath } from "node:url";
import { DEMO_PASSWORD } from "@edu2035/db/demo";
import {
  DistrictsDocument,
  execute,
  LoginDocument,
  ProjectionDocument,
  ProjectionScenariosDocument,
} from "@edu2035/graphql";
import {
  type AppUnderTest,
  e2eSuiteTitle,
  hasChromium,
  screenshotPath,
  startE2E,
  submitLogin,
} from "@edu2035/ui/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const appDir = fileURLToPath(new URL("..", import.meta.url));

/** The cells of the projection table's row of a school year. */
async function yearRow(page: Page, year: number): Promise<string[]> {
  const row = page.locator(`[data-testid="projection-table"] tr[data-row-key="${year}"]`);
  await row.waitFor();
  return row.locator("td").allInnerTexts();
}

describe.skipIf(!hasChromium)(e2eSuiteTitle("city 学龄人口预测"), () => {
  let e2e: AppUnderTest;
  let page: Page;
  let opts: { endpoint: string; token: string };
  let districtId: string;

  beforeAll(async () => {
    e2e = await startE2E(appDir);
    page = e2e.page;
    const { login } = await execute(
      LoginDocument,
      { input: { username: "city", password: DEMO_PASSWORD, app: "CITY" } },
      { endpoint: e2e.api.url },
    );
    opts = { endpoint: e2e.api.url, token: login.token };
  });

  afterAll(() => e2e?.close());

  it("shows 海勃湾区's projected 小学 pupils and teachers to 2035, as the API computes them", async () => {
    await page.goto(e2e.app.url, { waitUntil: "domcontentloaded", timeout: 90_000 });
    await submitLogin(page, "city", DEMO_PASSWORD);
    await page.getByRole("menuitem", { name: "学龄人口预测" }).click();
    await page.getByTestId("projection-coverage").waitFor();
    await page.getByLabel("预测范围").click();
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "海勃湾区" })
      .click();
    await page
      .getByTestId("projection-coverage")
      .getByText(/出生人口 2008—2025年/)
      .waitFor();
    const { districts } = await execute(DistrictsDocument, {}, opts);
    districtId = districts.find((d) => d.name === "海勃湾区")?.id ?? "";
    const { projection } = await execute(ProjectionDocument, { districtId, scenarioId: null }, opts);
    const primary2035 = projection.years
      .find((y) => y.schoolYear === 2035)
      ?.stages.find((s) => s.stage === "PRIMARY");
    expect(primary2035?.pupils).toBeGreaterThan(0);
    const cells = await yearRow(page, 2035);
    expect(cells[0]).toContain("预测");
    expect(cells[1]).toBe(String(primary2035?.pupils));
    expect(cells[5]).toContain(String(primary2035?.teachers?.need));
    expect(cells[6]).toBe(String(primary2035?.teachers?.supply));
    // the base year is actual (hires from projection.hiresFrom on): its 当年需补充 reads —（已过）,
    // so a 余缺 with no hire explains itself; the first hire year shows its number
    const baseYear = projection.baseYear as number;
    expect(projection.hiresFrom).toBeGreaterThan(baseYear);
    expect((await yearRow(page, baseYear))[8]).toBe("—（已过）");
    const firstHire = projection.years
      .find((y) => y.schoolYear === projection.hiresFrom)
      ?.stages.find((s) => s.stage === "PRIMARY");
    expect((await yearRow(page, projection.hiresFrom as number))[8]).toBe(String(firstHire?.teachers?.hires));
    // A08 (义务教育) on 小学, never A07 (幼儿园 only)
    const heads = await page.locator('[data-testid="projection-table"] thead th').allInnerTexts();
    expect(heads).toContain("A08义务教育专任教师中本科以上学历比例（%）");
    expect(heads).toContain("C1高于规定学历教师当年需补充");
    expect(heads).toContain("C2骨干教师当年需补充");
    expect(heads.some((h) => h.startsWith("A07"))).toBe(false);
    // A08 against the hires planned (a08Hold): the plan's line, the 本科+ hires it needs, the hires
    // planned, 可保持/不能保持 — each cell as the API answers it
    expect(heads.slice(-4)).toEqual([
      "A08计划线（%）",
      "需本科+新增（累计，人）",
      "计划补充（小学+初中累计，人）",
      "是否可保持",
    ]);
    const hold2030 = projection.years.find((y) => y.schoolYear === 2030)?.a08Hold;
    expect(hold2030).toBeTruthy();
    const row2030 = await yearRow(page, 2030);
    expect(row2030.slice(-4)).toEqual([
      hold2030?.required.toFixed(1),
      String(hold2030?.qualifiedHires ?? "补充再多也达不到"),
      String(hold2030?.plannedHires),
      hold2030?.held ? "可保持" : "不能保持",
    ]);
    // where hires alone cannot hold A08, the API's note shows under the table
    const notHeld = projection.notes.find((n) => n.startsWith("A08义务教育专任教师中本科以上学历比例："));
    if (projection.years.some((y) => y.a08Hold && !y.a08Hold.held)) {
      expect(notHeld).toContain("仅靠补充教师无法保持规划进度");
      await page
        .getByTestId("projection-hold-note")
        .getByText(notHeld as string)
        .waitFor();
    } else expect(await page.getByTestId("projection-hold-note").count()).toBe(0);
    await page.screenshot({ path: screenshotPath("city-projection"), fullPage: true });
  });

  it("a birth scenario moves the figures: 出生人口继续下降5%/年", async () => {
    const before = await yearRow(page, 2035);
    await page.getByRole("button", { name: "新建情景" }).click();
    const dialog = page.locator(".ant-modal:visible");
    await dialog.getByLabel("情景名称").fill("出生人口继续下降5%/年");
    // out of range: refused on the field naming the range, nothing saved (no clamping to −50)
    await dialog.getByLabel("出生人口年变化率（%/年）").fill("-200");
    await dialog.getByRole("button", { name: /保\s*存/ }).click();
    await dialog.getByText("出生人口年变化率（%/年）须在−50—50之间").waitFor();
    expect(Number(await dialog.getByLabel("出生人口年变化率（%/年）").inputValue())).toBe(-200);
    // not a number: refused on the field, not saved as a scenario that overrides nothing
    await dialog.getByLabel("出生人口年变化率（%/年）").fill("abc");
    await dialog.getByRole("button", { name: /保\s*存/ }).click();
    await dialog.getByText("出生人口年变化率（%/年）须为数字（如 −5 或 2.5）").waitFor();
    const none = await execute(ProjectionScenariosDocument, { districtId }, opts);
    expect(none.projectionScenarios.some((s) => s.name === "出生人口继续下降5%/年")).toBe(false);
    await dialog.getByLabel("出生人口年变化率（%/年）").fill("-5");
    await dialog.getByRole("button", { name: /保\s*存/ }).click();
    await page
      .getByTestId("projection-scenario")
      .getByText(/情景：出生人口继续下降5%\/年/)
      .waitFor();
    const { projectionScenarios } = await execute(ProjectionScenariosDocument, { districtId }, opts);
    const scenario = projectionScenarios.find((s) => s.name === "出生人口继续下降5%/年");
    // created with 海勃湾区 picked: a scenario of that district
    expect(scenario?.district?.name).toBe("海勃湾区");
    const { projection } = await execute(
      ProjectionDocument,
      { districtId, scenarioId: scenario?.id ?? null },
      opts,
    );
    const primary2035 = projection.years
      .find((y) => y.schoolYear === 2035)
      ?.stages.find((s) => s.stage === "PRIMARY");
    await page
      .locator(`[data-testid="projection-table"] tr[data-row-key="2035"] td`, {
        hasText: String(primary2035?.pupils),
      })
      .first()
      .waitFor();
    const after = await yearRow(page, 2035);
    expect(after[1]).toBe(String(primary2035?.pupils));
    expect(Number(after[1])).toBeLessThan(Number(before[1]));
    expect(await page.getByTestId("projection-chart").getAttribute("data-series")).toBe(
      "history base scenario band",
    );
    await page.screenshot({ path: screenshotPath("city-projection-scenario"), fullPage: true });
  });
});
