/**
 * The sheet 学校账号及初始密码 that 批量开通 (createSchoolAccounts) returns: one row per new school
 * account with its one-time password, printable on A4 landscape with the header on every page,
 * to cut into slips and hand to each school. Built with exceljs like the roster workbooks.
 */
import type ExcelJS from "exceljs";
import { type ExcelFileModel, newWorkbook, styleHeader, toExcelFile } from "../excel/workbook.ts";

/** One line of the sheet. */
export interface AccountSheetRow {
  /** 学校标识码 (10 digits). */
  schoolCode: string;
  schoolName: string;
  username: string;
  oneTimePassword: string;
}

/** The sheet's name and its columns, in order. */
export const ACCOUNT_SHEET_NAME = "学校账号及初始密码";
export const ACCOUNT_SHEET_COLUMNS = ["学校标识码", "学校名称", "账号", "初始密码", "备注"] as const;
const NOTE = "首次登录须修改密码";

/**
 * The .xlsx of new school accounts: columns 学校标识码, 学校名称, 账号, 初始密码, 备注
 * ("首次登录须修改密码"), codes and passwords as text (no leading zeros lost, no auto-format),
 * A4 landscape fitted to the page width, row 1 repeated on every printed page.
 * @param issuedOn the date in the file name (YYYY-MM-DD, Beijing time).
 */
export async function accountSheet(
  rows: readonly AccountSheetRow[],
  issuedOn: string,
): Promise<ExcelFileModel> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(ACCOUNT_SHEET_NAME);
  ws.columns = [
    { width: 14 },
    { width: 36 },
    { width: 16 },
    { width: 18 },
    { width: 22 },
  ] as Partial<ExcelJS.Column>[];
  styleHeader(ws, ws.addRow([...ACCOUNT_SHEET_COLUMNS]));
  for (const r of rows) {
    const row = ws.addRow([r.schoolCode, r.schoolName, r.username, r.oneTimePassword, NOTE]);
    row.height = 24;
    row.eachCell((cell) => {
      cell.numFmt = "@";
      cell.alignment = { vertical: "middle" };
      cell.border = { bottom: { style: "hair" } };
    });
    // a password is read letter by letter: a fixed-width font tells them apart
    row.getCell(4).font = { name: "Consolas", size: 12 };
  }
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:1",
  };
  ws.headerFooter = { oddFooter: "第 &P 页，共 &N 页　初始密码仅供首次登录，请妥善保管" };
  return toExcelFile(wb, `学校账号及初始密码-${issuedOn}.xlsx`);
}
