/**
 * Excel plumbing shared by the roster and report workbooks (exceljs): files travel as base64
 * in GraphQL (they are small), cells are read into plain values, problems are named by sheet,
 * row, column and field with a Chinese message.
 */
import { createRequire } from "node:module";
import { roundTo } from "@edu2035/domain";
import type ExcelJS from "exceljs";
import { badInput } from "../../errors.ts";
import { withoutControlCharacters } from "../../graphql/controlCharacters.ts";
import { checkXlsxLimits } from "./xlsxLimits.ts";

let excelJs: typeof ExcelJS | undefined;

/**
 * exceljs, loaded on the first workbook instead of when the API starts (issue 15: ~0.25 s of CPU
 * at every start, for a feature a start never uses). It is CommonJS, so a synchronous require
 * keeps newWorkbook() synchronous; resolved from this file, as a static import would be.
 */
function exceljs(): typeof ExcelJS {
  excelJs ??= createRequire(import.meta.url)("exceljs") as typeof ExcelJS;
  return excelJs;
}

/**
 * Write a figure as shown: rounded to `decimals` (default 2, as the apps print it) with the
 * Excel format of exactly its decimals: 88 → 88 ("0"), 95.5 → 95.5 ("0.0"), 98.89383515 → 98.89
 * ("0.00"). ("0.##" showed whole numbers as "88." in Excel and WPS.) null leaves the cell empty.
 */
export function setShownNumber(cell: ExcelJS.Cell, value: number | null, decimals = 2): void {
  if (value === null) {
    cell.value = null;
    return;
  }
  const shown = roundTo(value, decimals);
  const places =
    Array.from({ length: decimals + 1 }, (_, d) => d).find((d) => roundTo(shown, d) === shown) ?? decimals;
  cell.value = shown;
  cell.numFmt = places ? `0.${"0".repeat(places)}` : "0";
}

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
  const wb = new (exceljs().Workbook)();
  wb.creator = "乌海教育现代化2035 监测平台";
  wb.created = new Date(0);
  return wb;
}

/**
 * Worksheet parts the importers never read, left unparsed (exceljs `ignoreNodes`): the template's
 * drop-down lists alone are one entry per cell of every column's 1,000 rows once loaded, ~30% of
 * loading a 3,000-row 花名册 (issue 15). Merged cells and hyperlinks are still read (they change
 * what a cell's value is).
 */
const IGNORED_SHEET_PARTS = [
  "dataValidations",
  "conditionalFormatting",
  "sheetViews",
  "cols",
  "pageMargins",
  "pageSetup",
  "printOptions",
  "headerFooter",
  "extLst",
];

/**
 * Decode and open an uploaded workbook. Before exceljs builds it, the zip is checked while it
 * is decompressed (xlsxLimits.ts): at most 40 MB once decompressed, and each worksheet at most
 * `rowCaps[sheet name]` rows with a value below its header (otherwise MAX_SHEET_ROWS).
 * @throws BAD_USER_INPUT (contentBase64) when it is not base64 of an .xlsx file, too large,
 * too large once decompressed ("文件解压后超过 40 MB…"), or a sheet has too many rows
 * ("工作表“花名册”超过 10000 行，请分批导入").
 */
export async function readWorkbook(
  contentBase64: string,
  rowCaps: Readonly<Record<string, number>> = {},
): Promise<ExcelJS.Workbook> {
  const clean = contentBase64.replace(/^data:[^,]*,/, "").replace(/\s+/g, "");
  if (!clean || !/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) {
    throw badInput("contentBase64", "文件内容不是有效的 base64 编码");
  }
  const bytes = Buffer.from(clean, "base64");
  if (bytes.length > MAX_UPLOAD_BYTES) {
    throw badInput("contentBase64", `文件过大（超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB），请分批导入`);
  }
  await checkXlsxLimits(bytes, rowCaps);
  const wb = new (exceljs().Workbook)();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: IGNORED_SHEET_PARTS });
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

/** Rich-text runs joined into plain text. */
function richTextOf(runs: unknown[]): string {
  return runs.map((t) => String((t as { text?: unknown }).text ?? "")).join("");
}

/**
 * The plain value of a cell, for every value kind exceljs yields (the one cell reader of the
 * importers):
 * - blank, or text of spaces → null; text → trimmed text, without control characters (NUL …);
 * - number, boolean, date → as is;
 * - rich text ({richText: [{text}, …]}) → the runs joined;
 * - hyperlink ({text, hyperlink}) → its text, itself plain or rich text;
 * - formula or shared formula ({formula | sharedFormula, result}) → the cached result, also when it
 *   is 0, false or "" (exceljs leaves a falsy result out of `value`; it is in `cell.result`); a
 *   formula never calculated (no cached result at all) → a marker the validation refuses;
 * - error ({error: "#N/A"}) → the error text ("#N/A").
 */
export function cellValue(cell: Pick<ExcelJS.Cell, "value"> & { result?: unknown }): CellValue {
  return plainValue(cell.value as unknown, cell);
}

/** One exceljs value as a primitive (see {@link cellValue}); `cell` gives `result` for formulas. */
function plainValue(v: unknown, cell?: { result?: unknown }): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") {
    // control characters (NUL …; not tab or line breaks) cannot be typed or seen in Excel and
    // PostgreSQL refuses NUL in text: a file carrying them is read without them
    const t = withoutControlCharacters(v).trim();
    return t === "" ? null : t;
  }
  if (typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return plainValue(richTextOf(o.richText));
    if ("formula" in o || "sharedFormula" in o) {
      const result = o.result !== undefined ? o.result : cell?.result;
      if (result !== undefined && result !== null) return plainValue(result);
      // a formula never calculated (saved by a program that does not compute): no value to read
      return "（公式未计算，请粘贴为数值）";
    }
    if ("result" in o) return plainValue(o.result);
    if ("error" in o) return String(o.error);
    if ("hyperlink" in o || "text" in o) {
      const t = o.text;
      if (t && typeof t === "object" && Array.isArray((t as { richText?: unknown }).richText))
        return plainValue(richTextOf((t as { richText: unknown[] }).richText));
      return plainValue(typeof t === "string" ? t : t === undefined ? null : String(t));
    }
  }
  return String(v);
}

/**
 * A header's text as the importers compare it (the one header normaliser): Unicode NFKC (full-width
 * letters, digits, ＊ and brackets become ASCII), without spaces or line breaks (Alt+Enter), without
 * required-marks (a leading or trailing * or ＊, as clerks and templates mark 必填 columns) and without
 * a hint in brackets: "*性别", "性别＊", "性 别 (必填)" → "性别".
 */
export function headerKey(v: CellValue): string {
  return String(v ?? "")
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/^\*+|\*+$/g, "");
}

/** A column an importer reads, found by its header (or one of its aliases) wherever it stands. */
export interface HeaderColumn<F extends string> {
  field: F;
  /** The template's header. */
  header: string;
  /** Other headers clerks use for the same column (e.g. 出生年月 for 出生日期). */
  aliases?: readonly string[];
  /** A missing required column is reported before any row is read. */
  required: boolean;
}

/**
 * Map a sheet's header row to fields, by header and never by position (the one header mapper of
 * the importers). Reported, each naming the column, before any row is read: an unknown column
 * (with the headers the sheet accepts), a column given twice, a required column missing.
 * @param options.ignored headers accepted and skipped (e.g. export-only columns), compared normalised.
 * @param options.required overrides each column's `required` (e.g. a column required only when
 *   the import does not fix its value).
 * @returns `at`: field → 1-based column number; `errors` on row `headerRow` (default 1).
 */
export function mapHeaderRow<C extends HeaderColumn<string>>(
  ws: ExcelJS.Worksheet,
  columns: readonly C[],
  options: {
    ignored?: readonly string[];
    headerRow?: number;
    required?: (c: C) => boolean;
    missingMessage?: (c: C) => string;
  } = {},
): { at: Map<C["field"], number>; errors: ExcelImportErrorModel[] } {
  const headerRow = options.headerRow ?? 1;
  const at = new Map<C["field"], number>();
  const errors: ExcelImportErrorModel[] = [];
  const byHeader = new Map<string, C>();
  for (const c of columns) for (const h of [c.header, ...(c.aliases ?? [])]) byHeader.set(headerKey(h), c);
  const ignored = new Set((options.ignored ?? []).map((h) => headerKey(h)));
  const known = columns.map((c) => c.header).join("、");
  const push = (col: number | null, column: string, field: string, message: string) =>
    errors.push({
      sheet: ws.name,
      row: headerRow,
      column,
      cell: col === null ? null : `${columnLetter(col)}${headerRow}`,
      field,
      message: `第 ${headerRow} 行：${message}`,
    });
  ws.getRow(headerRow).eachCell((cell, col) => {
    const text = cellValue(cell);
    if (text === null) return;
    const key = headerKey(text);
    if (ignored.has(key)) return;
    const c = byHeader.get(key);
    if (!c) {
      push(
        col,
        String(text),
        "header",
        `无法识别的列“${String(text)}”（第 ${columnLetter(col)} 列），请删除该列或使用模板中的列名（${known}）`,
      );
    } else if (at.has(c.field)) {
      push(
        col,
        c.header,
        c.field,
        `“${c.header}”列重复（第 ${columnLetter(at.get(c.field)!)} 列和第 ${columnLetter(col)} 列）`,
      );
    } else at.set(c.field, col);
  });
  for (const c of columns) {
    const required = options.required ? options.required(c) : c.required;
    if (required && !at.has(c.field)) {
      const message = options.missingMessage?.(c) ?? `缺少必填列“${c.header}”，请使用平台下载的模板`;
      push(null, c.header, c.field, message);
    }
  }
  return { at, errors };
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
 * number (a whole number outside 1900–2100, which are years), or text such as 1985-06-30,
 * 1985/6/30, 1985.6.30 or 19850630. Anything else (2000.01, "2000年1月") is returned as read, for
 * the caller to refuse naming what it read.
 */
export function isoDateOf(v: CellValue): string | null {
  if (v === null) return null;
  if (v instanceof Date) {
    // a date-formatted cell holding 2000.01 or 1985 (what Excel makes of a clerk's 年.月 or a year)
    // reads as a date in 1905, with a time for the fraction: give back the number that was typed
    const serial = v.getTime() / 86400_000 + EXCEL_EPOCH_OFFSET;
    if (!Number.isInteger(Math.round(serial * 1e6) / 1e6) || (serial >= 1900 && serial <= 2100))
      return String(Math.round(serial * 1e6) / 1e6);
    return v.toISOString().slice(0, 10);
  }
  if (typeof v === "number") {
    // a date cell holds a whole serial number; 2000.01 or 1985 is what Excel makes of a clerk's
    // "2000.01" (年.月) or "1985" (a year): returned as read, for the caller to refuse by name
    if (!Number.isInteger(v) || (v >= 1900 && v <= 2100)) return String(v);
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
