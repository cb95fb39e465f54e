/**
 * Browser test of the 区教育局 app against the API on the Wuhai demo data: 海南区 logs in,
 * sees its computed targets, and only its own schools in the school picker and the roster, the
 * 指标总览 with its schools side by side and its 优质均衡 assessment.
 */
import { fileURLToPath } from "node:url";
import { DEMO_PASSWORD } from "@edu2035/db/demo";
import { DistrictsDocument, execute, LoginDocument } from "@edu2035/graphql";
import {
  type AppUnderTest,
  e2eSuiteTitle,
  hasChromium,
  rowCells,
  screenshotPath,
  selectOptions,
  staffColumn,
  startE2E,
  submitLogin,
} from "@edu2035/ui/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const appDir = fileURLToPath(new URL("..", import.meta.url));

describe.skipIf(!hasChromium)(e2eSuiteTitle("district app"), () => {
  let e2e: AppUnderTest;
  let page: Page;
  /** Names of 海南区's schools, and of the other districts' schools, as the city sees them. */
  let hainanSchools: Set<string>;
  let otherSchools: Set<string>;

  beforeAll(async () => {
    e2e = await startE2E(appDir);
    page = e2e.page;
    const endpoint = e2e.api.url;
    const { login } = await execute(
      LoginDocument,
      { input: { username: "city", password: DEMO_PASSWORD, app: "CITY" } },
      { endpoint },
    );
    const { districts } = await execute(DistrictsDocument, {}, { endpoint, token: login.token });
    hainanSchools = new Set(
      districts.filter((d) => d.name === "海南区").flatMap((d) => d.schools.map((s) => s.name)),
    );
    otherSchools = new Set(
      districts.filter((d) => d.name !== "海南区").flatMap((d) => d.schools.map((s) => s.name)),
    );
  });

  afterAll(() => e2e?.close());

  it("logs 海南区 in and shows its targets computed from the data", async () => {
    expect(hainanSchools.size).toBeGreaterThan(0);
    await page.goto(e2e.app.url, { waitUntil: "domcontentloaded", timeout: 90_000 });
    await submitLogin(page, "hainan", DEMO_PASSWORD);
    await page.getByTestId("app-title").getByText("海南区教育局").waitFor();
    const cells = await rowCells(page, "A08");
    expect(cells[1]).toContain("义务教育专任教师中本科以上学历比例");
    expect(cells[4]).toMatch(/\d+(\.\d+)?%/);
    // its coverage beside the value, also when complete ("22/22 所学校", issue 10)
    expect(cells[4]).toMatch(/(?<!\d)(\d+)\/\1 所学校/);
    expect(cells[5]).not.toContain("无数据");
    await page.screenshot({ path: screenshotPath("district") });
  });

  it("filters 规划指标 by group: C1–C7 once per stage (小学, 初中), no C row left under A类 or B类", async () => {
    // found by a tester: C1–C7 come twice (a row per stage) and shared one React key, so after
    // C类 the A类 filter kept 9 C rows on top and 全部 lost one
    const table = page.locator(".ant-table-wrapper").first();
    const ids = async () =>
      (await table.locator("tbody tr.ant-table-row td:first-child").allInnerTexts()).map((t) => t.trim());
    await page.getByText("C类 优质均衡指标").click();
    await expect.poll(async () => (await ids()).join(" ")).toMatch(/^C\d( C\d){13}$/);
    // each C target twice, told apart by its stage
    const stages = await table
      .locator("tbody tr.ant-table-row")
      .evaluateAll((rows) =>
        rows.map(
          (r) =>
            `${r.querySelector("td")?.textContent?.trim()} ${r.querySelector("[data-stage]")?.textContent}`,
        ),
      );
    expect(stages.slice().sort()).toEqual(
      ["C1", "C2", "C3", "C4", "C5", "C6", "C7"].flatMap((c) => [`${c} 初中`, `${c} 小学`]).sort(),
    );
    // C7 counts rooms: its values read 间/百生 as on the 优质均衡 page; C1 counts teachers, 人/百生
    // (a tester saw C7 in 人/百生: one suffix per unit kind)
    const c7 = (await rowCells(page, "C7-PRIMARY")).join(" ");
    expect(c7).toMatch(/\d(\.\d+)? 间\/百生/);
    expect(c7).not.toContain("人/百生");
    expect((await rowCells(page, "C1-PRIMARY")).join(" ")).toMatch(/\d(\.\d+)? 人\/百生/);
    await page.getByText("A类 主要预期指标").click();
    await expect.poll(ids).toEqual(["A01", "A02", "A03", "A07", "A08"]);
    await page.getByText("B类 规划文本目标").click();
    await expect.poll(async () => (await ids()).filter((id) => !id.startsWith("B"))).toEqual([]);
  });

  it("offers only 海南区 schools in the school picker", async () => {
    const options = await selectOptions(page, "school-picker");
    expect(options.length).toBe(hainanSchools.size);
    for (const name of options) {
      expect(hainanSchools.has(name), name).toBe(true);
      expect(otherSchools.has(name), name).toBe(false);
    }
  });

  it("lists only 海南区 staff in the 三支队伍 roster", async () => {
    await page.getByRole("menuitem", { name: "三支队伍" }).click();
    await page.getByTestId("staffing-summary").waitFor();
    const schools = await staffColumn(page, 5);
    expect(schools.length).toBeGreaterThan(0);
    for (const name of schools) expect(hainanSchools.has(name) || name === "海南区教研室", name).toBe(true);
    // the last page too (the roster is ordered by school)
    await page.getByTestId("staff-table").locator(".ant-pagination-item").last().click();
    await page.waitForTimeout(500);
    const last = await staffColumn(page, 5);
    for (const name of last) expect(hainanSchools.has(name) || name === "海南区教研室", name).toBe(true);
    await page.screenshot({ path: screenshotPath("district-staffing"), fullPage: true });
  });

  it("lists only 海南区 schools in the 学校 directory and narrows them by 学校类别", async () => {
    await page.getByRole("menuitem", { name: /(^|\s)学校$/ }).click();
    const directory = page.locator(".ant-card", { hasText: "学校名录" });
    await directory.getByText(`海南区 共 ${hainanSchools.size} 所学校（含幼儿园）`).waitFor();
    const rows = directory.locator("tbody tr.ant-table-row");
    await rows.first().waitFor();
    expect(await directory.locator(".ant-pagination-total-text").textContent()).toBe(
      `共 ${hainanSchools.size} 所`,
    );
    for (const name of await rows.locator("td:nth-child(1)").allInnerTexts()) {
      expect(hainanSchools.has(name.trim()), name).toBe(true);
    }
    await directory.getByRole("combobox", { name: "学校类别" }).click();
    const option = page.locator(".ant-select-dropdown:visible .ant-select-item-option").first();
    const typeLabel = ((await option.textContent()) ?? "").trim();
    await option.click();
    await expect
      .poll(async () => new Set((await rows.locator("td:nth-child(3)").allInnerTexts()).map((t) => t.trim())))
      .toEqual(new Set([typeLabel]));
    await page.screenshot({ path: screenshotPath("district-schools"), fullPage: true });
  });

  it("returns a submitted report with a comment, approves another and reopens it", async () => {
    await page.getByRole("menuitem", { name: "年报审核" }).click();
    // opened from the menu: the year whose 填报 is open (the demo opens 2026—2027, DEMO_OPEN_YEAR;
    // features/review/defaultYear.ts), not the newest year with data (2025—2026)
    const year = page.getByTestId("reporting-year");
    await year.getByText("2026—2027学年").waitFor();
    // the demo's reports are 2025—2026's
    await year.click();
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "2025—2026学年" })
      .click();
    const counts = page.getByTestId("queue-counts");
    await counts.getByText("已提交").waitFor();
    const submittedBefore = Number(
      (
        await page.getByTestId("count-submitted").locator(".ant-statistic-content-value").textContent()
      )?.trim(),
    );
    expect(submittedBefore).toBeGreaterThan(1);
    const queue = page.getByTestId("review-queue");
    // the year's 截止时间 (the demo: 10 October, Beijing time), and 逾期 judged on 首次提交时间
    const deadlineLine = page.getByTestId("review-deadline");
    await deadlineLine.getByText(/逾期 \d+ 所/).waitFor();
    const deadline = /截止时间：(\d{4}\/\d{2}\/\d{2} \d{2}:\d{2})/.exec(
      (await deadlineLine.textContent()) ?? "",
    )?.[1];
    expect(deadline).toMatch(/^2025\/10\/10 23:59$/);
    const headers = (await queue.locator("thead th").allInnerTexts()).map((t) => t.trim());
    expect(headers).toEqual(expect.arrayContaining(["首次提交时间", "最近提交时间"]));
    const rowsOfQueue = queue.locator("tbody tr.ant-table-row");
    let lateSubmitted = 0;
    for (const row of await rowsOfQueue.all()) {
      const first = ((await row.getByTestId("first-submitted").textContent()) ?? "").trim();
      const late = (await row.getByTestId("late-tag").count()) === 1;
      // late: first submitted after the deadline, or not submitted at all (the deadline has passed)
      expect(late, `${await row.locator("td").first().textContent()} ${first}`).toBe(
        first === "—" || first > (deadline ?? ""),
      );
      if (late && first !== "—") lateSubmitted++;
    }
    expect(lateSubmitted, "a report of 2025 first submitted after the deadline").toBeGreaterThan(0);
    expect(await deadlineLine.textContent()).toContain(
      `逾期 ${await queue.getByTestId("late-tag").count()} 所`,
    );
    await page.screenshot({ path: screenshotPath("district-review"), fullPage: true });

    // 退回 with a comment the school will see
    await queue
      .locator("tr.ant-table-row", { hasText: "海南区第一小学" })
      .getByRole("button", { name: /审核/ })
      .click();
    const drawer = page.getByTestId("review-drawer");
    await drawer.getByTestId("report-view").waitFor();
    // a 小学's 年报 shows its 体质健康 and 大班额 columns
    await drawer.getByTestId("report-view-health").waitFor();
    expect(await drawer.getByTestId("report-view").locator("thead th").allInnerTexts()).toContain("大班额");
    await page.getByRole("button", { name: /退\s*回/ }).click();
    await page
      .getByTestId("review-form")
      .getByRole("textbox")
      .fill("三年级班级数与上年差异较大，请核实后重新提交。");
    await page
      .locator(".ant-modal")
      .getByRole("button", { name: /退\s*回/ })
      .click();
    await drawer.getByText("退回意见 / 重新打开原因：三年级班级数与上年差异较大").waitFor();
    await drawer.getByTestId("report-status").getByText("已退回").waitFor();
    await page.screenshot({ path: screenshotPath("district-review-returned") });
    await page.locator(".ant-drawer-close").click();

    // a kindergarten's 年报 shows no 体质健康 and no 大班额/超大班额 columns: it does not report them
    // (domain schoolTypeReports, the list its form and template use)
    const kgRow = queue
      .locator("tr.ant-table-row", { hasText: "幼儿园" })
      .filter({ has: page.getByRole("button", { name: /审核|查看/ }) })
      .first();
    const kgName = /[\u4e00-\u9fa5]*?幼儿园/.exec((await kgRow.textContent()) ?? "")?.[0] ?? "幼儿园";
    await kgRow.getByRole("button", { name: /审核|查看/ }).click();
    await drawer.getByText(kgName, { exact: false }).first().waitFor({ state: "attached" });
    await drawer.getByTestId("report-view").waitFor();
    const kgHeaders = await drawer.getByTestId("report-view").locator("thead th").allInnerTexts();
    expect(kgHeaders).toContain("在校生数");
    expect(kgHeaders).not.toContain("大班额");
    expect(kgHeaders).not.toContain("超大班额");
    expect(await drawer.getByTestId("report-view-health").count()).toBe(0);
    await page.locator(".ant-drawer-close").click();

    // 审核通过 another submitted report
    await queue
      .locator("tr.ant-table-row", { hasText: "海南区西卓子山小学" })
      .getByRole("button", { name: /审核/ })
      .click();
    await drawer.getByText("海南区西卓子山小学", { exact: false }).first().waitFor({ state: "attached" });
    await drawer.getByTestId("report-view").waitFor();
    await page.getByRole("button", { name: /审核通过/ }).click();
    await page
      .locator(".ant-modal")
      .getByRole("button", { name: /审核通过/ })
      .click();
    await drawer.getByTestId("report-status").getByText("已审核").waitFor();

    // 重新打开 it with a reason
    await page.getByRole("button", { name: /重新打开/ }).click();
    await page
      .getByTestId("review-form")
      .getByRole("textbox")
      .fill("发现体育场地面积单位填错，重新打开更正。");
    await page
      .locator(".ant-modal")
      .getByRole("button", { name: /重新打开/ })
      .click();
    await drawer.getByTestId("report-status").getByText("已退回").waitFor();
    await page.locator(".ant-drawer-close").click();

    await queue.locator("tr.ant-table-row", { hasText: "海南区第一小学" }).getByText("已退回").waitFor();
    const submittedAfter = Number(
      (
        await page.getByTestId("count-submitted").locator(".ant-statistic-content-value").textContent()
      )?.trim(),
    );
    expect(submittedAfter).toBe(submittedBefore - 2);
    await page.screenshot({ path: screenshotPath("district-review-after"), fullPage: true });
  });

  it("saves the district's figures with their version", async () => {
    await page.getByRole("menuitem", { name: "区级数据填报" }).click();
    const form = page.getByTestId("district-inputs");
    await form.waitFor();
    await page.getByTestId("inputs-year").click();
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "2025—2026学年" })
      .click();
    const version = form.getByTestId("figures-version");
    await version.getByText(/版本 \d+/).waitFor();
    const before = Number(/版本 (\d+)/.exec((await version.textContent()) ?? "")?.[1]);
    // 已入学 more than 适龄: refused in the browser, on the field
    await form.getByLabel("适龄残疾儿童少年数", { exact: true }).fill("100");
    await form.getByLabel("已入学适龄残疾儿童少年数", { exact: true }).fill("120");
    await form.getByRole("button", { name: /保\s*存/ }).click();
    await form.getByText("已入学适龄残疾儿童少年数不能大于适龄残疾儿童少年数").waitFor();
    await form.getByLabel("已入学适龄残疾儿童少年数", { exact: true }).fill("96");
    await form.getByRole("button", { name: /保\s*存/ }).click();
    await version.getByText(`版本 ${before + 1}`).waitFor();
    await page.screenshot({ path: screenshotPath("district-inputs"), fullPage: true });
  });

  it("refuses bad figures on their field, keeping the typed text, and sends nothing", async () => {
    const form = page.getByTestId("district-inputs");
    const version = form.getByTestId("figures-version");
    const saved = (await version.textContent()) ?? "";
    const field = (label: string) => form.getByLabel(label, { exact: true });
    const item = (label: string) =>
      form.locator(".ant-form-item").filter({ has: page.getByLabel(label, { exact: true }) });
    // typed over a stored figure: kept as typed and refused, not blanked (saving blank clears it)
    await field("常住人口").fill("abc");
    await field("3—5岁常住人口").fill("-5");
    await field("公务员年平均工资（元）").fill("99999999999999999999");
    await field("每户适龄幼儿家庭年均公益免费科学育儿指导次数").fill("4.567");
    await form.getByRole("button", { name: /保\s*存/ }).click();
    await item("常住人口").getByText("常住人口不是数字，请输入数字").waitFor();
    await item("3—5岁常住人口").getByText("3—5岁常住人口不能为负数").waitFor();
    await item("公务员年平均工资（元）").getByText("公务员年平均工资（元）不能超过10000000").waitFor();
    await item("每户适龄幼儿家庭年均公益免费科学育儿指导次数")
      .getByText("每户适龄幼儿家庭年均公益免费科学育儿指导次数最多保留2位小数")
      .waitFor();
    // the 20-digit whole number is over the maximum, not 须为整数
    expect(await item("公务员年平均工资（元）").getByText("须为整数").count()).toBe(0);
    expect(await field("常住人口").inputValue()).toBe("abc");
    expect(await field("3—5岁常住人口").inputValue()).toBe("-5");
    expect(await field("公务员年平均工资（元）").inputValue()).toBe("99999999999999999999");
    // nothing was sent: the version is the one read
    expect(await version.textContent()).toBe(saved);
    await page.screenshot({ path: screenshotPath("district-inputs-bad"), fullPage: true });
  });

  it("shows the 指标总览 with the district and each of its schools side by side", async () => {
    await page.getByRole("menuitem", { name: "指标总览" }).click();
    const dashboard = page.getByTestId("target-dashboard");
    // one operation for six school years of the district and its schools: the slowest screen
    await dashboard.locator('thead [data-unit-column="海南区"]').first().waitFor({ timeout: 100_000 });
    // the latest published year (the demo publishes 2020—2024 as v1), not a later one with data
    expect(await page.getByTestId("school-year-select").textContent()).toMatch(/2024—2025学年\s*已发布 v1/);
    expect(await dashboard.getByTestId("status-counts").textContent()).toMatch(
      /海南区 2024—2025学年已发布 v1：/,
    );
    expect(await page.getByTestId("preview-year").count()).toBe(0);
    const cells = await rowCells(page, "A08");
    expect(cells[1]).toContain("义务教育专任教师中本科以上学历比例");
    expect(cells[3]).toMatch(/\d+(\.\d+)?%/);
    const columns = await dashboard
      .locator("thead [data-unit-column]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-unit-column") ?? ""));
    const schoolColumns = columns.filter((c) => c !== "海南区");
    expect(schoolColumns.length).toBe(hainanSchools.size);
    for (const name of schoolColumns) expect(hainanSchools.has(name), name).toBe(true);
    await page.screenshot({ path: screenshotPath("district-dashboard") });
  });

  it("shows the 优质均衡 page: CVs against the limit, the schools' seven values, the verdict", async () => {
    await page.getByRole("menuitem", { name: "优质均衡" }).click();
    await page.getByTestId("balance-verdict").waitFor();
    // the 监测测算 (three-way, per stage with its coverage) and the register's 国家认定 (海南区: none)
    expect(await page.getByTestId("balance-verdict").textContent()).toMatch(
      /监测测算：海南区义务教育优质均衡资源配置(达到|未达到|待评估)小学（\d+\/\d+ 所学校已评估）/,
    );
    const certification = await page.getByTestId("balance-certification").textContent();
    expect(certification).toMatch(/监测测算（平台按已审核年报测算）(达到|未达到|待评估)/);
    expect(certification).toContain("国家认定（登记册）未认定");
    const stage = page.locator('[data-testid="balance-stage-PRIMARY"]');
    const cvRows = stage.getByTestId("balance-variations").locator("tbody tr.ant-table-row");
    await cvRows.first().waitFor();
    expect(await cvRows.count()).toBe(7);
    expect(await cvRows.first().textContent()).toMatch(/C1[\s\S]*0\.\d{3}[\s\S]*≤0\.50/);
    const schoolRows = stage.getByTestId("balance-schools").locator("tbody tr.ant-table-row");
    expect(await schoolRows.count()).toBeGreaterThan(0);
    const firstSchool = await schoolRows
      .first()
      .locator("td")
      .first()
      .locator("div > div")
      .first()
      .textContent();
    expect(hainanSchools.has(firstSchool ?? ""), firstSchool ?? "").toBe(true);
    await page.screenshot({ path: screenshotPath("district-balance"), fullPage: true });
  });
});
