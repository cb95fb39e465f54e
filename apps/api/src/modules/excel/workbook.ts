/**
 * Excel plumbing shared by the roster and report workbooks (exceljs): files travel as base64
 * in GraphQL (they are small), cells are read into plain values, problems are named by sheet,
 * row, column and field with a Chinese message.
 */
import ExcelJS from "exceljs";
import { badInput } from "../../errors.ts";

/** An .xlsx file as GraphQL returns it. */
export interface ExcelFileModel {
  filename: string;
  contentType: string;
  contentBase64: string;
}

/** One problem of an uploaded workbook. */
export interface ExcelImportErrorModel {
  /** Worksheet name, e.g. 花名册. */
  sheet: string;
  /** Excel row number (1 = the header row). */
  row: number;
  /** Column header, e.g. 性别 (null for a problem of the whole row). */
  column: string | null;
  /** Cell address, e.g. "B5" (null when no single cell is concerned). */
  cell: string | null;
  /** Field path in the API's input, e.g. "gender" or "grades.2.classes". */
  field: string;
  /** Chinese message naming the field and what is wrong. */
  message: string;
}

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Largest upload accepted (decoded). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** Rows given drop-down lists and formats in a template. */
export const TEMPLATE_ROWS = 1000;

/** A cell's value as the importers read it. */
export type CellValue = string | number | boolean | Date | null;

/** A workbook serialised for GraphQL. */
export async function toExcelFile(workbook: ExcelJS.Workbook, filename: string): Promise<ExcelFileModel> {
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    filename,
    contentType: XLSX_CONTENT_TYPE,
    contentBase64: Buffer.from(buffer as ArrayBuffer).toString("base64"),
  };
}

/** A new workbook with the platform as its creator. */
export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "乌海教育现代化2035 监测平台";
  wb.created = new Date(0);
  return wb;
}

/**
 * Decode and open an uploaded workbook.
 * @throws BAD_USER_INPUT (contentBase64) when it is not base64 of an .xlsx file, or too large.
 */
export async function readWorkbook(contentBase64: string): Promise<ExcelJS.Workbook> {
  const clean = contentBase64.replace(/^data:[^,]*,/, "").replace(/\s+/g, "");
  if (!clean || !/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) {
    throw badInput("contentBase64", "文件内容不是有效的 base64 编码");
  }
  const bytes = Buffer.from(clean, "base64");
  if (bytes.length > MAX_UPLOAD_BYTES) {
    throw badInput("contentBase64", `文件过大（超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB），请分批导入`);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw badInput("contentBase64", "无法读取该文件：请上传由模板填写的 .xlsx 格式 Excel 文件");
  }
  return wb;
}

/** A worksheet by name. @throws BAD_USER_INPUT naming the missing sheet. */
export function requireSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw badInput("contentBase64", `文件中没有名为“${name}”的工作表，请使用平台下载的模板`);
  return ws;
}

/** The plain value of a cell: rich text joined, formulas as their result, blanks as null. */
export function cellValue(cell: ExcelJS.Cell): CellValue {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v.trim() === "" ? null : v.trim();
  if (typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) {
      const s = (o.richText as { text: string }[])
        .map((t) => t.text)
        .join("")
        .trim();
      return s === "" ? null : s;
    }
    if ("result" in o) return cellValue({ value: o.result } as ExcelJS.Cell);
    // a formula never calculated (saved by a program that does not compute): no value to read
    if ("formula" in o || "sharedFormula" in o) return "（公式未计算，请粘贴为数值）";
    if (typeof o.text === "string") return o.text.trim() || null;
    if ("error" in o) return String(o.error);
  }
  return String(v);
}

/** A header's text without spaces, a trailing "*" and a hint in brackets: "性别 *" → "性别". */
export function headerKey(v: CellValue): string {
  return String(v ?? "")
    .replace(/\s+/g, "")
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/\*+$/, "");
}

/** "A", "B", … "AA" for a 1-based column number. */
export function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Days from Excel's epoch (1899-12-30) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;

/**
 * A date cell as ISO "YYYY-MM-DD": a Date (exceljs reads dates at UTC midnight), an Excel serial
 * number, or text such as 1985-06-30, 1985/6/30, 1985.6.30 or 19850630. Anything else is
 * returned as text for the domain's validation to refuse.
 */
export function isoDateOf(v: CellValue): string | null {
  if (v === null) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "number") {
    if (v > 0 && v < 2958466) {
      return new Date(Math.round((v - EXCEL_EPOCH_OFFSET) * 86400_000)).toISOString().slice(0, 10);
    }
    return String(v);
  }
  const s = String(v).trim();
  const m = s.match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/) ?? s.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (m) return `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  return s;
}

/** The instruction sheet (填写说明): a title and lines of text, column A wide. */
export function addInstructions(wb: ExcelJS.Workbook, title: string, lines: readonly string[]): void {
  const ws = wb.addWorksheet("填写说明");
  ws.getColumn(1).width = 110;
  const t = ws.addRow([title]);
  t.font = { bold: true, size: 14 };
  ws.addRow([]);
  for (const line of lines) {
    const r = ws.addRow([line]);
    r.alignment = { wrapText: true, vertical: "top" };
    if (/^[一二三四五六七八九十]+、/.test(line)) r.font = { bold: true };
  }
}

/**
 * A hidden sheet (选项) holding the drop-down lists, one list per column, and the formula a data
 * validation refers to (e.g. '选项'!$B$2:$B$4).
 */
export class OptionLists {
  private readonly ws: ExcelJS.Worksheet;
  private next = 1;

  constructor(wb: ExcelJS.Workbook) {
    this.ws = wb.addWorksheet("选项", { state: "hidden" });
  }

  /** Add a list under a title; returns the range formula of its values. */
  add(title: string, values: readonly string[]): string {
    const col = this.next++;
    this.ws.getCell(1, col).value = title;
    values.forEach((v, i) => {
      this.ws.getCell(i + 2, col).value = v;
    });
    const l = columnLetter(col);
    return `'选项'!$${l}$2:$${l}$${values.length + 1}`;
  }
}

/** Worksheet data validations (exceljs has them, its type declarations do not). */
interface SheetValidations {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

/** A drop-down list on a range of cells, refusing other values. */
export function addListValidation(
  ws: ExcelJS.Worksheet,
  range: string,
  formula: string,
  label: string,
): void {
  (ws as unknown as { dataValidations: SheetValidations }).dataValidations.add(range, {
    type: "list",
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "取值无效",
    error: `请从下拉列表中选择${label}`,
  });
}

/** A whole-number or decimal range check on a range of cells. */
export function addNumberValidation(
  ws: ExcelJS.Worksheet,
  range: string,
  kind: "whole" | "decimal",
  min: number,
  max: number,
  label: string,
): void {
  (ws as unknown as { dataValidations: SheetValidations }).dataValidations.add(range, {
    type: kind,
    operator: "between",
    allowBlank: true,
    formulae: [min, max],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "数值无效",
    error: `${label}应为 ${min} 至 ${max} 之间的${kind === "whole" ? "整数" : "数字"}`,
  });
}

/** Bold, filled, frozen header row. */
export function styleHeader(
  ws: ExcelJS.Worksheet,
  row: ExcelJS.Row,
  required: readonly boolean[] = [],
): void {
  row.eachCell((cell, col) => {
    cell.font = { bold: true, color: { argb: required[col - 1] ? "FFC00000" : "FF000000" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.border = { bottom: { style: "thin" } };
  });
  row.height = 30;
  ws.views = [{ state: "frozen", ySplit: row.number }];
}

/** "是"/"否" (also 1/0, true/false, Y/N) as a boolean; other text is returned for the caller to refuse. */
export function yesNoOf(v: CellValue): boolean | string | null {
  if (v === null) return null;
  if (typeof v === "boolean") return v;
  if (v === 1 || v === 0) return v === 1;
  const s = String(v).trim();
  if (["是", "Y", "y", "TRUE", "true", "√"].includes(s)) return true;
  if (["否", "N", "n", "FALSE", "false", "×"].includes(s)) return false;
  return s;
}

/** A number cell, or numeric text ("1,200.5"), as a number; other text is returned as is. */
export function numberOf(v: CellValue): number | string | null {
  if (v === null) return null;
  if (typeof v === "number") return v;
  if (typeof v === "boolean" || v instanceof Date) return String(v);
  const s = v.replace(/[,，\s]/g, "");
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : v;
}
