/**
 * Browser test of updating a school's 教职工名册 from a file (issue 12's done-when) against the API
 * on the Wuhai demo data: 海南区第一小学's roster of this school year is carried over from last
 * year (through the API, as its 学年名册结转 does); the school downloads it (导出), changes two
 * people's 职称 and removes one row in the file, and imports it 按文件更新花名册: the dry run lists
 * 修改 2 人 (职称 原值 → 新值) and 文件中没有 1 人; confirmed, the roster shows the new 职称 and the
 * missing person — still on duty, not deleted — is offered for 调出, which the school then does.
 * When the roster changes between the check and 确认导入 (the district changes another person's
 * 职称), the refused confirmation leaves the dialog disarmed: 确认导入 disabled, 重新预览 offered,
 * which checks the file against the current roster and lists the change it would revert.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { DEMO_NOW, DEMO_PASSWORD, DEMO_TODAY } from "@edu2035/db/demo";
import { schoolYearOf } from "@edu2035/domain";
import {
  CarryOverRosterDocument,
  ExportStaffExcelDocument,
  execute,
  ImportStaffExcelDocument,
  LoginDocument,
  RosterPageDocument,
} from "@edu2035/graphql";
import {
  type AppUnderTest,
  e2eSuiteTitle,
  hasChromium,
  screenshotPath,
  startE2E,
  submitLogin,
} from "@edu2035/ui/testing";
import ExcelJS from "exceljs";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const appDir = fileURLToPath(new URL("..", import.meta.url));

/**
 * Choose an import mode (导入方式) in the import dialog and wait until its radio is checked. A
 * click the page did not take — seen once in CI (load ~5): the option's text clicked, no second
 * check sent, the summary awaited for 60 s; the group is disabled while a check runs — is
 * repeated, at most twice, as a clerk would. (antd's radio input itself is not visible: its
 * button-style label is clicked.)
 */
async function chooseImportMode(modal: Locator, label: string): Promise<void> {
  const radio = modal.getByRole("radio", { name: label });
  const option = modal.locator("label.ant-radio-button-wrapper", { hasText: label });
  for (let attempt = 0; attempt < 3 && !(await radio.isChecked()); attempt++) {
    await option.click();
    for (let i = 0; i < 50 && !(await radio.isChecked()); i++) await modal.page().waitForTimeout(100);
  }
  expect(await radio.isChecked(), `导入方式 ${label} chosen`).toBe(true);
}

/** 海南区第一小学 (demo account). */
const USERNAME = "s2150303015";
const NOW = schoolYearOf(DEMO_NOW);

describe.skipIf(!hasChromium)(e2eSuiteTitle("school roster update from a file"), () => {
  let e2e: AppUnderTest;
  let page: Page;
  let endpoint: string;
  let token: string;
  let schoolId: string;

  /** The people on duty, name → 职称 label, as the school's staff list has them. */
  const onDuty = async () =>
    new Map(
      (
        await execute(
          RosterPageDocument,
          { filter: { schoolYear: NOW, schoolId, status: "ACTIVE" }, pageSize: 100 },
          { endpoint, token },
        )
      ).staff.items.map((s) => [s.name, s.titleLabel]),
    );

  beforeAll(async () => {
    e2e = await startE2E(appDir);
    page = e2e.page;
    endpoint = e2e.api.url;
    const { login } = await execute(
      LoginDocument,
      { input: { username: USERNAME, password: DEMO_PASSWORD, app: "SCHOOL" } },
      { endpoint },
    );
    token = login.token;
    schoolId = login.viewer.school!.id;
    // this year's roster: last year's carried over (the demo rosters end with last year)
    const { carryOverRoster } = await execute(
      CarryOverRosterDocument,
      { unit: { level: "SCHOOL", id: schoolId }, schoolYear: NOW },
      { endpoint, token },
    );
    expect(carryOverRoster.carried).toBeGreaterThan(3);
  }, 300_000);

  afterAll(() => e2e?.close());

  /**
   * The roster exported (as the school downloads it), with `edit` applied (given the rows of the
   * people on duty, not those 调出 the export also lists): base64 .xlsx.
   */
  const editedExport = async (
    edit: (cell: (r: number, h: string) => ExcelJS.Cell, onDuty: number[]) => void,
  ) => {
    const { exportStaffExcel } = await execute(
      ExportStaffExcelDocument,
      { schoolId, schoolYear: NOW },
      { endpoint, token },
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(exportStaffExcel.contentBase64, "base64") as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("花名册")!;
    const col = new Map<string, number>();
    ws.getRow(1).eachCell((c, n) => col.set(String(c.value), n));
    const statusCol = [...col].find(([h]) => h.includes("状态"))?.[1];
    const rows: number[] = [];
    for (let r = 2; r <= ws.rowCount; r++) {
      const status = statusCol === undefined ? null : ws.getCell(r, statusCol).value;
      if (ws.getCell(r, col.get("姓名")!).value && (status === null || status === "在岗")) rows.push(r);
    }
    edit((r, h) => ws.getCell(r, col.get(h)!), rows);
    return Buffer.from(await wb.xlsx.writeBuffer());
  };

  it("downloads the roster, changes two 职称 and removes a row; the dry run lists 2 changed and 1 missing; confirmed, the roster changes and the missing person is offered for 调出", async () => {
    const before = await onDuty();
    await page.goto(e2e.app.url, { waitUntil: "domcontentloaded", timeout: 90_000 });
    await submitLogin(page, USERNAME, DEMO_PASSWORD);
    await page.getByRole("menuitem", { name: "教职工名册" }).click();
    const table = page.getByTestId("roster-table");
    await table.locator("tr.ant-table-row").first().waitFor();

    // 导出: the school's roster as its clerk downloads it
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /导\s*出/ }).click(),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("花名册")!;
    const col = new Map<string, number>();
    ws.getRow(1).eachCell((cell, n) => col.set(String(cell.value), n));
    const cell = (row: number, header: string) => ws.getCell(row, col.get(header)!);
    expect(ws.rowCount - 1).toBe(before.size);

    // two people's 职称 changed (rows 2 and 3), the person of row 4 removed
    const changed = [2, 3].map((r) => {
      const name = String(cell(r, "姓名").value);
      const from = String(cell(r, "职称").value);
      const to = from === "一级" ? "二级" : "一级";
      cell(r, "职称").value = to;
      return { name, from, to };
    });
    const removed = String(cell(4, "姓名").value);
    ws.spliceRows(4, 1);
    const file = Buffer.from(await wb.xlsx.writeBuffer());

    await page.locator('input[type="file"][accept=".xlsx"]').setInputFiles({
      name: "花名册-更正.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: file,
    });
    const modal = page.locator(".ant-modal", { hasText: "导入教职工花名册" });
    await modal.getByTestId("excel-import-mode").waitFor();
    // only new people (the default) refuses those already on the roster; the update matches them
    await modal.getByTestId("excel-errors").waitFor();
    await chooseImportMode(modal, "按文件更新花名册");
    const summary = modal.getByTestId("roster-import-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain(
      `检查通过：新增 0 人 / 修改 2 人 / 未变 ${before.size - 3} 人 / 文件中没有 1 人`,
    );
    const changes = await modal
      .getByTestId("roster-import-changes")
      .locator("tbody tr.ant-table-row")
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim())),
      );
    expect(changes).toEqual(changed.map((c, i) => [String(i + 2), c.name, "职称", `${c.from} → ${c.to}`]));
    const missing = modal.getByTestId("roster-import-missing");
    expect(await missing.textContent()).toContain(removed);
    // nothing written by the check
    expect(await onDuty()).toEqual(before);
    await page.screenshot({ path: screenshotPath("school-roster-update-check") });

    await modal.getByRole("button", { name: "确认导入" }).click();
    await summary.getByText(/^已导入：新增 0 人 \/ 修改 2 人/).waitFor();
    const after = await onDuty();
    for (const c of changed) expect(after.get(c.name)).toBe(c.to);
    // the missing person stays on duty, offered for 调出/退休
    expect(after.get(removed)).toBe(before.get(removed));
    expect(after.size).toBe(before.size);
    await page.screenshot({ path: screenshotPath("school-roster-update-saved") });

    // the roster shows the changes
    await modal.getByRole("button", { name: /^关\s+闭$/ }).click();
    await modal.waitFor({ state: "hidden" });
    const search = page.getByPlaceholder("按姓名搜索");
    for (const c of changed) {
      await search.fill(c.name);
      await search.press("Enter");
      await table.locator("tr.ant-table-row", { hasText: c.name }).getByText(c.to, { exact: true }).waitFor();
    }
    await search.fill("");
    await search.press("Enter");

    // the missing person: the same file again, 按文件更新花名册, nothing to change, 办理调出
    await page.locator('input[type="file"][accept=".xlsx"]').setInputFiles({
      name: "花名册-更正.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: file,
    });
    await summary.waitFor();
    expect(await summary.textContent()).toContain("修改 0 人");
    await modal.getByRole("button", { name: "确认导入" }).click();
    await summary.getByText(/^已导入/).waitFor();
    await missing.getByRole("button", { name: /办理调出\/退休/ }).click();
    await modal.waitFor({ state: "hidden" });
    const leave = page.getByTestId("leave-form");
    await leave.waitFor();
    await page.locator(".ant-modal-title", { hasText: `调出 / 退休：${removed}` }).waitFor();
    await leave.getByText("调出", { exact: true }).click();
    await leave.getByLabel("离岗日期").fill(DEMO_TODAY);
    await page.getByRole("button", { name: /确\s*定/ }).click();
    await page.getByText(`${removed}已办理调出`).waitFor();
    expect((await onDuty()).has(removed)).toBe(false);
  });

  it("a roster changed after the check: 确认导入 is refused once, then disabled, and 重新预览 checks the file again", async () => {
    const other = (to: string) => (from: string) => (from === to ? "二级" : to);
    let mine = { name: "", from: "", to: "" };
    const file = await editedExport((cell, [r]) => {
      const from = String(cell(r!, "职称").value);
      mine = { name: String(cell(r!, "姓名").value), from, to: other("一级")(from) };
      cell(r!, "职称").value = mine.to;
    });
    let theirs = { name: "", from: "", to: "" };
    const concurrent = await editedExport((cell, [, r]) => {
      const from = String(cell(r!, "职称").value);
      theirs = { name: String(cell(r!, "姓名").value), from, to: other("高级")(from) };
      cell(r!, "职称").value = theirs.to;
    });

    await page.locator('input[type="file"][accept=".xlsx"]').setInputFiles({
      name: "花名册-再次更正.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: file,
    });
    const modal = page.locator(".ant-modal", { hasText: "导入教职工花名册" });
    await modal.getByTestId("excel-import-mode").waitFor();
    // the mode chosen last time stays chosen; pick it again if not
    if ((await modal.getByTestId("roster-import-summary").count()) === 0)
      await chooseImportMode(modal, "按文件更新花名册");
    const summary = modal.getByTestId("roster-import-summary");
    await summary.getByText(/修改 1 人/).waitFor();

    // meanwhile another person's 职称 changes (through the API, as another clerk's import)
    const base64 = concurrent.toString("base64");
    const dry = await execute(
      ImportStaffExcelDocument,
      { schoolId, schoolYear: NOW, contentBase64: base64, dryRun: true, mode: "UPDATE" },
      { endpoint, token },
    );
    const saved = await execute(
      ImportStaffExcelDocument,
      {
        schoolId,
        schoolYear: NOW,
        contentBase64: base64,
        dryRun: false,
        mode: "UPDATE",
        rosterVersion: dry.importStaffExcel.rosterVersion,
      },
      { endpoint, token },
    );
    expect(saved.importStaffExcel.changed).toBe(1);

    const confirm = modal.getByRole("button", { name: "确认导入" });
    await confirm.click();
    const stale = modal.getByTestId("excel-import-stale");
    await stale.waitFor();
    expect(await stale.textContent()).toContain("已被他人修改");
    expect(await stale.textContent()).toContain("重新预览");
    // disarmed: the refused confirmation cannot be repeated
    expect(await confirm.isDisabled()).toBe(true);
    expect((await onDuty()).get(mine.name)).toBe(mine.from);
    await page.screenshot({ path: screenshotPath("school-roster-update-stale") });

    // 重新预览: the same file against the current roster — my change and the other one it reverts
    await stale.getByRole("button", { name: "重新预览" }).click();
    await stale.waitFor({ state: "hidden" });
    await summary.getByText(/修改 2 人/).waitFor();
    const changes = await modal
      .getByTestId("roster-import-changes")
      .locator("tbody tr.ant-table-row")
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim())),
      );
    expect(changes.map((c) => c.slice(1))).toEqual([
      [mine.name, "职称", `${mine.from} → ${mine.to}`],
      [theirs.name, "职称", `${theirs.to} → ${theirs.from}`],
    ]);
    expect(await confirm.isEnabled()).toBe(true);
    await modal.getByRole("button", { name: /^取\s*消$/ }).click();
    await modal.waitFor({ state: "hidden" });
  });
});
