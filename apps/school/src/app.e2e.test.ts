/**
 * Browser test of the 学校 app against the API on the Wuhai demo data: a school's account sees
 * its own computed targets and its 三支队伍 roster, fills in and resubmits its annual report,
 * keeps its roster by hand and by Excel import, and a primary school sees its 优质均衡 figures.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { DEMO_ACCOUNTS, DEMO_NOW, DEMO_PASSWORD, DEMO_TODAY } from "@edu2035/db/demo";
import { schoolYearLabel, schoolYearOf, schoolYearShort } from "@edu2035/domain";
import { execute, LoginDocument, RosterPageDocument } from "@edu2035/graphql";
import {
  type AppUnderTest,
  chooseOption,
  e2eSuiteTitle,
  hasChromium,
  rowCells,
  screenshotPath,
  staffColumn,
  startE2E,
  submitLogin,
  testIdNumber,
} from "@edu2035/ui/testing";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const appDir = fileURLToPath(new URL("..", import.meta.url));

/**
 * 乌海市第四中学 (初中): A08 (义务教育 teachers) is measured there, and its 2025 report was returned
 * by 海勃湾区 with a comment (demo data), so it can be corrected and resubmitted.
 */
const account = DEMO_ACCOUNTS.find((a) => a.username === "s2150302056");

/** A row of the roster template (花名册), by column header; the other columns stay empty. */
type RosterRow = Partial<
  Record<
    | "姓名"
    | "性别"
    | "出生日期"
    | "身份证号"
    | "岗位"
    | "是否专任教师"
    | "任教学段"
    | "任教学科"
    | "最高学历",
    string
  >
>;

/** The downloaded roster template with `rows` written from Excel row 2 on, each cell under its header. */
async function fillRosterTemplate(template: Buffer, rows: readonly RosterRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("花名册");
  if (!ws) throw new Error("the template has no 花名册 sheet");
  const columnOf = new Map<string, number>();
  ws.getRow(1).eachCell((cell, n) => columnOf.set(String(cell.value), n));
  rows.forEach((cells, i) => {
    for (const [header, value] of Object.entries(cells)) {
      const n = columnOf.get(header);
      if (n === undefined) throw new Error(`the template has no column ${header}`);
      ws.getCell(i + 2, n).value = value;
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.skipIf(!hasChromium)(e2eSuiteTitle("school app"), () => {
  let e2e: AppUnderTest;
  let page: Page;

  beforeAll(async () => {
    e2e = await startE2E(appDir);
    page = e2e.page;
  });

  afterAll(() => e2e?.close());

  it("logs a school in and shows its targets computed from the data", async () => {
    expect(account, "a demo primary-school account").toBeDefined();
    const { username, displayName } = account!;
    await page.goto(e2e.app.url, { waitUntil: "domcontentloaded", timeout: 90_000 });
    await submitLogin(page, username, DEMO_PASSWORD);
    await page.getByTestId("app-title").getByText(displayName).waitFor();
    // the latest published year (the demo publishes 2020—2024 as v1): no 预览
    await page.getByTestId("school-year-select").getByText("2024—2025学年").waitFor();
    expect(await page.getByTestId("school-year-select").textContent()).toMatch(/2024—2025学年\s*已发布 v1/);
    expect(await page.getByTestId("preview-year").count()).toBe(0);
    const cells = await rowCells(page, "A08");
    expect(cells[1]).toContain("义务教育专任教师中本科以上学历比例");
    expect(cells[4]).toMatch(/\d+(\.\d+)?%/);
    expect(cells[5]).not.toContain("无数据");
    // a 初中 is not a kindergarten: A07 (学前教育教师) reads 不适用, not 无数据
    const a07 = await rowCells(page, "A07");
    expect(a07[5]).toContain("不适用");
    await page.screenshot({ path: screenshotPath("school") });
  });

  it("shows the school's 三支队伍 summary and roster", async () => {
    await page.getByRole("menuitem", { name: "三支队伍" }).click();
    await page.getByTestId("staffing-summary").waitFor();
    const schools = await staffColumn(page, 5);
    expect(schools.length).toBeGreaterThan(0);
    for (const name of schools) expect(name).toBe(account!.displayName);
    await page.screenshot({ path: screenshotPath("school-staffing"), fullPage: true });
  });

  it("fills part of this year's report, shows the domain's errors on the fields, saves a draft", async () => {
    await page.getByRole("menuitem", { name: "年报填报" }).click();
    const editor = page.getByTestId("report-editor");
    await editor.waitFor();
    await editor.getByText("本学年年报尚未填报").waitFor();
    const grades = page.getByTestId("grades-table");
    await grades.getByLabel("初一在校生数（人）").fill("300");
    await grades.getByLabel("初一班级数（个）").fill("6");
    await grades.getByLabel("初一大班额（56—65人）班数").fill("7");
    await page.getByRole("button", { name: /保存草稿/ }).click();
    // checked in the browser first: nothing sent, the message on the field
    await grades.locator(".ant-form-item-explain-error", { hasText: "不能超过班级数（6）" }).waitFor();
    expect(await page.getByTestId("report-issues").textContent()).toContain("有 2 处需要填写或修改");
    await page.screenshot({ path: screenshotPath("school-report-errors"), fullPage: true });

    await grades.getByLabel("初一大班额（56—65人）班数").fill("0");
    await page.getByRole("tab", { name: /校舍与体育场地/ }).click();
    await page.getByLabel("教学及辅助用房面积").fill("5200.5");
    await page.getByRole("button", { name: /保存草稿/ }).click();
    await page.getByTestId("report-status").getByText("草稿").waitFor();
    expect(await page.getByTestId("report-issues").count()).toBe(0);

    // submitting asks for every required section, named on the fields
    await page.getByRole("button", { name: /提交审核/ }).click();
    await page
      .locator(".ant-popconfirm")
      .getByRole("button", { name: /提\s*交/ })
      .click();
    const issues = page.getByTestId("report-issues");
    await issues.waitFor();
    expect(await issues.textContent()).toContain("请填写室外体育运动场地面积");
    await page.getByTestId("report-status").getByText("草稿").waitFor();
    await page.screenshot({ path: screenshotPath("school-report-draft"), fullPage: true });
  });

  it("shows the district's return comment on the 2025 report, resubmits it and locks it", async () => {
    await page.getByTestId("reporting-year").click();
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "2025—2026学年" })
      .click();
    const comment = page.getByTestId("return-comment");
    await comment.waitFor();
    expect(await comment.textContent()).toContain("退回意见：体质健康测试人数与在校生数相差较大");
    await page.screenshot({ path: screenshotPath("school-report-returned"), fullPage: true });
    await page.getByRole("tab", { name: /备注/ }).click();
    await page.getByRole("textbox", { name: "备注" }).fill("体质健康测试人数已核实：部分学生因病缓测。");
    await page.getByRole("button", { name: /提交审核/ }).click();
    await page
      .locator(".ant-popconfirm")
      .getByRole("button", { name: /提\s*交/ })
      .click();
    await page.getByTestId("report-status").getByText("已提交").waitFor();
    await page.getByTestId("report-locked").waitFor();
    expect(await page.getByRole("button", { name: /保存草稿/ }).count()).toBe(0);
    expect(await page.getByRole("textbox", { name: "备注" }).isDisabled()).toBe(true);
    await page.screenshot({ path: screenshotPath("school-report-submitted"), fullPage: true });
  });

  it("adds a person to the roster with a masked 身份证号, edits and transfers them out", async () => {
    await page.getByRole("menuitem", { name: "教职工名册" }).click();
    await page.getByRole("button", { name: /新增教职工/ }).click();
    const form = page.getByTestId("staff-form");
    await form.waitFor();
    const id = testIdNumber("1990-03-15", "female");
    await form.getByLabel("姓名").fill("王晓燕");
    await form.getByText("女", { exact: true }).click();
    await form.getByLabel("出生日期").fill("1990-03-15");
    await form.getByLabel("身份证号").fill(id);
    // 入职/调入日期 today (the demo's, 2026-12-06, as the pinned clocks read it): after this school
    // year's 统计时点 (2026-09-01)
    const today = DEMO_TODAY;
    await form.getByLabel("入职/调入日期").fill(today);
    await chooseOption(page, form, "任教学科", "数学");
    await chooseOption(page, form, "最高学历", "本科");
    await page.screenshot({ path: screenshotPath("school-roster-add") });
    await page.getByRole("button", { name: /保\s*存/ }).click();
    const row = page.getByTestId("roster-table").locator("tr.ant-table-row", { hasText: "王晓燕" });
    await row.waitFor();
    await row.getByText(today).waitFor();
    // joined after 1 September: shown as not counted in this year's figures
    expect(await row.getByTestId("not-on-roster-at-census").count()).toBe(today.endsWith("-09-01") ? 0 : 1);
    const masked = await row.getByTestId("id-masked").textContent();
    expect(masked).toBe(`**************${id.slice(-4)}`);
    expect(await page.getByTestId("roster-table").textContent()).not.toContain(id);

    await row.getByRole("button", { name: /编\s*辑/ }).click();
    // the full number is never shown back: the edit form offers only the masked one
    expect(await form.getByLabel("身份证号").inputValue()).toBe("");
    await form.getByText(`已登记：**************${id.slice(-4)}`).waitFor();
    await form.getByLabel("职称").click();
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: /^二级$/ }).click();
    await page.getByRole("button", { name: /保\s*存/ }).click();
    await row.getByText("二级").waitFor();

    await row.getByRole("button", { name: /调出\/退休/ }).click();
    const leave = page.getByTestId("leave-form");
    await leave.getByText("调出", { exact: true }).click();
    await leave.getByLabel("离岗日期").fill(DEMO_TODAY);
    await page.getByRole("button", { name: /确\s*定/ }).click();
    await row.waitFor({ state: "detached" });
    await page.getByText("已调出", { exact: true }).click();
    await page.getByTestId("roster-table").locator("tr.ant-table-row", { hasText: "王晓燕" }).waitFor();
    await page.screenshot({ path: screenshotPath("school-roster"), fullPage: true });
  });

  it("downloads the roster template and exports the roster as .xlsx", async () => {
    const [template] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /下载模板/ }).click(),
    ]);
    // both named for the school year shown (the current one)
    const year = schoolYearShort(schoolYearOf(DEMO_NOW));
    expect(template.suggestedFilename()).toMatch(new RegExp(`-${year}-教职工花名册导入模板\\.xlsx$`));
    const [exported] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /导\s*出/ }).click(),
    ]);
    expect(exported.suggestedFilename()).toMatch(new RegExp(`-${year}-教职工花名册\\.xlsx$`));
  });

  it("imports a roster workbook: names every bad row and saves nothing, then saves the corrected file", async () => {
    // the roster count through the API, as the school sees it (an import adds to this school year)
    const endpoint = e2e.api.url;
    const { login } = await execute(
      LoginDocument,
      { input: { username: account!.username, password: DEMO_PASSWORD, app: "SCHOOL" } },
      { endpoint },
    );
    const schoolId = login.viewer.school!.id;
    const filter = { schoolYear: schoolYearOf(DEMO_NOW), schoolId, status: "ACTIVE" as const };
    const onDuty = async () =>
      (await execute(RosterPageDocument, { filter, page: 1, pageSize: 1 }, { endpoint, token: login.token }))
        .staff.total;
    const before = await onDuty();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /下载模板/ }).click(),
    ]);
    const template = await readFile(await download.path());

    // seven people for a 初中 (its only 学段 is 初中); rows 2–8 of the sheet
    const teacher = { 岗位: "教师", 是否专任教师: "是", 任教学段: "初中", 最高学历: "本科" };
    const ouyang = {
      ...teacher,
      姓名: "欧阳明远",
      性别: "男",
      出生日期: "1985-06-30",
      身份证号: testIdNumber("1985-06-30", "male"),
      任教学科: "数学",
    };
    const zhugeId = testIdNumber("1987-11-11", "male");
    const good: RosterRow[] = [
      ouyang,
      { ...teacher, 姓名: "司马兰", 性别: "女", 出生日期: "1992-04-18", 任教学科: "英语" },
      {
        ...teacher,
        姓名: "上官云",
        性别: "女",
        出生日期: "1990-05-05",
        任教学科: "语文",
        最高学历: "研究生",
      },
      { ...teacher, 姓名: "诸葛明", 性别: "男", 出生日期: "1987-11-11", 身份证号: zhugeId, 任教学科: "物理" },
      {
        姓名: "东方晓",
        性别: "男",
        出生日期: "1975-01-20",
        岗位: "副校长",
        是否专任教师: "否",
        最高学历: "研究生",
      },
      { ...teacher, 姓名: "慕容雪", 性别: "女", 出生日期: "1995-09-10", 任教学科: "化学" },
      { ...teacher, 姓名: "皇甫杰", 性别: "男", 出生日期: "1985-02-28", 任教学科: "历史", 最高学历: "专科" },
    ];
    const [, row3, row4, row5, , row7, row8] = good;
    const bad: RosterRow[] = [
      ouyang, // row 2 is good, but nothing may be saved while another row is wrong
      { ...row3, 性别: "女士" },
      { ...row4, 任教学段: "", 任教学科: "" },
      // the check character changed
      { ...row5, 身份证号: zhugeId.slice(0, 17) + (zhugeId.endsWith("0") ? "1" : "0") },
      // row 2's person again (no 身份证号: found by name and birth date)
      { ...ouyang, 身份证号: "" },
      { ...row7, 是否专任教师: "也许", 任教学段: "小学" },
      { ...row8, 出生日期: "1985-02-30" },
    ];
    const upload = page.locator('input[type="file"][accept=".xlsx"]');
    const modal = page.locator(".ant-modal", { hasText: "导入教职工花名册" });
    await upload.setInputFiles({
      name: "花名册-有误.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await fillRosterTemplate(template, bad),
    });
    const errors = page.getByTestId("excel-errors");
    await errors.waitFor();
    expect(await modal.locator(".ant-modal-title").textContent()).toBe("导入教职工花名册：花名册-有误.xlsx");
    // the dialog names the roster the rows go into
    expect(await modal.getByTestId("excel-import-into").textContent()).toBe(
      `导入到 ${schoolYearLabel(schoolYearOf(DEMO_NOW))}名册`,
    );
    expect(await errors.locator(".ant-alert").textContent()).toContain(
      "文件有 8 处问题，未导入任何数据；请修改后重新导入",
    );
    // 工作表, 行, 列, 单元格, 问题: every bad row, by row and then column
    const rows = await errors
      .locator("tbody tr.ant-table-row")
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim())),
      );
    expect(rows).toEqual(
      [
        ["3", "性别", "B", "性别“女士”不是可选项（可选：男、女）"],
        ["4", "任教学段", "H", "请填写教师的任教学段"],
        ["4", "任教学科", "I", "请填写教师的任教学科"],
        ["5", "身份证号", "E", "身份证号不正确：应为 18 位且校验位正确"],
        ["6", "姓名", "A", "与第 2 行姓名和出生日期相同（欧阳明远，1985-06-30），请勿重复录入"],
        ["7", "是否专任教师", "G", "是否专任教师应填写“是”或“否”（现为“也许”）"],
        ["7", "任教学段", "H", "任教学段“小学”不是可选项（可选：初中）"],
        ["8", "出生日期", "C", "出生日期应为有效日期，格式如 1985-06-30"],
      ].map(([row, column, col, message]) => [
        "花名册",
        row,
        column,
        `${col}${row}`,
        `第 ${row} 行：${message}`,
      ]),
    );
    expect(await modal.getByRole("button", { name: "确认导入" }).isDisabled()).toBe(true);
    await page.screenshot({ path: screenshotPath("school-roster-import-errors") });
    await modal.getByRole("button", { name: /取\s*消/ }).click();
    await modal.waitFor({ state: "hidden" });
    expect(await onDuty()).toBe(before);

    // the corrected file: checked first, then saved on 确认导入
    await upload.setInputFiles({
      name: "花名册.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await fillRosterTemplate(template, good),
    });
    await modal.getByText("检查通过：共 7 行数据。点击“确认导入”保存。").waitFor();
    await modal.getByRole("button", { name: "确认导入" }).click();
    await page.getByText("已导入教职工花名册（7 行）").waitFor();
    await modal.waitFor({ state: "hidden" });
    expect(await onDuty()).toBe(before + 7);
    await page.locator(".ant-segmented-item", { hasText: /^在岗$/ }).click();
    const roster = page.getByTestId("roster-table");
    for (const person of good) {
      await roster.locator("tr.ant-table-row", { hasText: person.姓名 }).waitFor();
    }
    const zhuge = roster.locator("tr.ant-table-row", { hasText: "诸葛明" });
    expect(await zhuge.getByTestId("id-masked").textContent()).toBe(`**************${zhugeId.slice(-4)}`);
    await page.screenshot({ path: screenshotPath("school-roster-imported"), fullPage: true });
  });

  it("shows a primary school its trend per target and its seven 优质均衡 figures against the standard", async () => {
    const primary = DEMO_ACCOUNTS.find((a) => a.level === "school" && a.displayName.endsWith("小学"));
    expect(primary, "a demo primary-school account").toBeDefined();
    // a fresh session for the other account
    await page.evaluate(() => window.localStorage.clear());
    await page.goto(e2e.app.url, { waitUntil: "domcontentloaded" });
    await submitLogin(page, primary!.username, DEMO_PASSWORD);
    await page.getByTestId("app-title").getByText(primary!.displayName).waitFor();

    await page
      .locator('tr[data-row-key="A08"]')
      .getByRole("button", { name: /历年趋势/ })
      .click();
    await page.locator(".ant-drawer").getByTestId("trend-chart").locator("canvas").first().waitFor();
    await page.screenshot({ path: screenshotPath("school-trend") });
    await page.keyboard.press("Escape");
    await page.locator(".ant-drawer-open").waitFor({ state: "detached" });

    await page.getByRole("menuitem", { name: "优质均衡" }).click();
    // 2024—2025: the demo's reports of that year are approved
    await page.getByRole("combobox", { name: "学年" }).click();
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: "2024—2025学年" })
      .click();
    const rows = page.getByTestId("balance-indicators").locator("tbody tr.ant-table-row");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(7);
    expect(await rows.first().textContent()).toMatch(/C1[\s\S]*人\/百生[\s\S]*\d+%[\s\S]*(达标|未达标)/);
    await page.screenshot({ path: screenshotPath("school-balance"), fullPage: true });
  });
});
