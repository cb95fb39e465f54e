/**
 * 学校名录 in Excel: the registration template (学校标识码, 学校名称, 所属区, 学校类别, 办学性质,
 * 普惠性, 民族学校, 城乡分类, 矿区, 教学点, 开办日期) with drop-down lists, the export of a
 * scope's schools (open or closed, printable), and an all-or-nothing import: every row is read
 * by header, each cell's form checked, then the domain's registration rules and the database's
 * uniqueness (学校标识码 anywhere, 学校名称 within the district) through the org module's
 * `createSchools`, in ONE transaction with an audit row per school (school.create) — or, when
 * any row is wrong, nothing saved and every problem named by row, column and cell.
 */
import { type DistrictRow, type SchoolRow, schools } from "@edu2035/db";
import {
  checkSchoolRegistration,
  OWNERSHIP_LABELS,
  SCHOOL_FIELD_LABELS,
  SCHOOL_TYPE_LABELS,
  type SchoolRegistration,
  schoolNameKey,
  schoolRegistrationSchema,
  URBAN_RURAL_CODES,
  URBAN_RURAL_LABELS,
} from "@edu2035/domain";
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type ExcelJS from "exceljs";
import type { ResolvedUnit, ScopedAccess } from "../../authz/access.ts";
import { badInput } from "../../errors.ts";
import { todayInBeijing } from "../../lib/dates.ts";
import { createSchools } from "../org/manage.ts";
import { sortErrors } from "./staffExcel.ts";
import {
  addInstructions,
  addListValidation,
  type CellValue,
  cellValue,
  columnLetter,
  type ExcelFileModel,
  type ExcelImportErrorModel,
  isoDateOf,
  mapHeaderRow,
  newWorkbook,
  OptionLists,
  readWorkbook,
  requireSheet,
  styleHeader,
  TEMPLATE_ROWS,
  toExcelFile,
  yesNoOf,
} from "./workbook.ts";

/** The school list sheet's name. */
export const SCHOOL_LIST_SHEET = "学校名录";

/** Most data rows one import accepts. */
export const MAX_SCHOOL_ROWS = 2000;

/** The fields of a registration row, named as in CreateSchoolInput, plus the export's two. */
export type SchoolListField =
  | "code"
  | "name"
  | "districtId"
  | "type"
  | "ownership"
  | "inclusive"
  | "ethnic"
  | "urbanRuralCode"
  | "miningArea"
  | "teachingPoint"
  | "openedOn"
  | "status"
  | "closedOn";

type ColumnKind = "schoolCode" | "text" | "district" | "code" | "yesno" | "urbanRural" | "date" | "status";

/** A column of the 学校名录 sheet. */
interface SchoolColumn {
  field: SchoolListField;
  header: string;
  /** Other headers read as this column (e.g. 城乡分类代码 for 城乡分类). */
  aliases?: readonly string[];
  kind: ColumnKind;
  /** Must be filled in (red header). */
  required: boolean;
  /** For coded columns: code → Chinese label, in drop-down order. */
  options?: Readonly<Record<string, string>>;
  width: number;
  /** Only in exports (办学状态, 撤销日期). */
  exportOnly?: boolean;
}

/** 办学状态 as the export writes it (OPEN/CLOSED/MERGED of the School type). */
export const SCHOOL_STATUS_LABELS = { open: "在办", closed: "已撤销", merged: "已合并" } as const;

/** "111 主城区": a 城乡分类代码 with its name, as the drop-down offers it. */
export const urbanRuralOption = (code: (typeof URBAN_RURAL_CODES)[number]) =>
  `${code} ${URBAN_RURAL_LABELS[code]}`;

/** The sheet's columns: 所属区 only in the city's layout (a district registers in its own). */
function schoolColumns(withDistrict: boolean, withExport: boolean): SchoolColumn[] {
  const L = SCHOOL_FIELD_LABELS;
  const yn = (field: SchoolListField, header: string, width = 10): SchoolColumn => ({
    field,
    header,
    kind: "yesno",
    required: false,
    width,
  });
  return [
    { field: "code", header: L.code, kind: "schoolCode", required: true, width: 14 },
    { field: "name", header: L.name, kind: "text", required: true, width: 30 },
    ...(withDistrict
      ? [
          {
            field: "districtId",
            header: L.districtId,
            kind: "district",
            required: true,
            width: 12,
          } as SchoolColumn,
        ]
      : []),
    {
      field: "type",
      header: L.type,
      kind: "code",
      required: true,
      options: SCHOOL_TYPE_LABELS,
      width: 16,
    },
    {
      field: "ownership",
      header: L.ownership,
      kind: "code",
      required: true,
      options: OWNERSHIP_LABELS,
      width: 10,
    },
    yn("inclusive", L.inclusive, 8),
    yn("ethnic", L.ethnic),
    {
      field: "urbanRuralCode",
      header: L.urbanRuralCode,
      aliases: ["城乡分类代码"],
      kind: "urbanRural",
      required: true,
      width: 16,
    },
    yn("miningArea", L.miningArea, 8),
    yn("teachingPoint", L.teachingPoint, 8),
    { field: "openedOn", header: L.openedOn, kind: "date", required: false, width: 13 },
    ...(withExport
      ? ([
          {
            field: "status",
            header: "办学状态",
            kind: "status",
            required: false,
            options: SCHOOL_STATUS_LABELS,
            width: 10,
            exportOnly: true,
          },
          {
            field: "closedOn",
            header: L.closedOn,
            kind: "date",
            required: false,
            width: 13,
            exportOnly: true,
          },
        ] as SchoolColumn[])
      : []),
  ];
}

/** The 填写说明 lines. */
function schoolListInstructions(districtNames: readonly string[] | null): string[] {
  const codes = URBAN_RURAL_CODES.map(urbanRuralOption).join("、");
  return [
    "一、填写要求",
    "1. 每行登记一所学校（含幼儿园、教学点）。红色列名为必填项；请勿修改列名，列的先后顺序可以调整。",
    "2. 学校标识码为教育部统一编制的 10 位数字代码，本模板该列已设为文本格式；如以数字格式输入，开头的 0 会丢失，平台将拒绝该行。",
    "3. 学校名称在同一区内不能重复，学校标识码在全市不能重复。",
    ...(districtNames
      ? [
          `4. 所属区从下拉列表中选择（${districtNames.length ? districtNames.join("、") : "尚无区，请先在机构管理中新建区"}）；导入时选定了区的，各行所属区可不填，填写的须与选定的区一致。`,
        ]
      : ["4. 本模板登记的学校均属于本区。"]),
    "5. 办学性质填写公办或民办；普惠性仅适用于民办幼儿园（公办幼儿园均为普惠性，填“否”或不填）。",
    `6. 城乡分类按国家统计局《统计用城乡划分代码》从下拉列表中选择，也可只填 3 位代码：${codes}。`,
    "7. 矿区为本市规划中“农区、矿区薄弱学校”的矿区标记；民族学校、矿区、教学点填写是或否，不填视为否。",
    "8. 开办日期填写日期（如 2021-09-01），不能晚于今天；留空表示2020年9月1日前已开办；新设学校请填写开办日期。",
    "二、导入规则",
    "1. 导入时逐行检查全部数据：只要有一行有误，就不保存任何数据，并列出每一处错误（行号、列名和原因），请改正后重新导入。",
    "2. 同一文件中学校标识码相同、或同一区内学校名称相同的行视为重复；已在平台登记的学校标识码、本区已有的学校名称不能再次导入。",
    `3. 一次最多导入 ${MAX_SCHOOL_ROWS} 所学校，文件不超过 5 MB。全部学校在一次操作中登记，每所学校都记入操作日志。`,
    "4. 撤销、合并学校请在机构管理中逐校办理；导出文件中的“办学状态”“撤销日期”两列导入时不读取。",
  ];
}

/** A workbook with the 学校名录 sheet (headers, formats, drop-downs) and its instructions. */
function schoolListWorkbook(
  title: string,
  districtNames: readonly string[] | null,
  withExport: boolean,
): { wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet; columns: SchoolColumn[] } {
  const wb = newWorkbook();
  const columns = schoolColumns(districtNames !== null, withExport);
  const ws = wb.addWorksheet(SCHOOL_LIST_SHEET);
  addInstructions(wb, `${title}学校名录填写说明`, schoolListInstructions(districtNames));
  const lists = new OptionLists(wb);
  const header = ws.addRow(columns.map((c) => c.header));
  styleHeader(
    ws,
    header,
    columns.map((c) => c.required),
  );
  const yesNo = lists.add("是/否", ["是", "否"]);
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    const letter = columnLetter(i + 1);
    const range = `${letter}2:${letter}${TEMPLATE_ROWS + 1}`;
    if (c.kind === "schoolCode" || c.kind === "text" || c.kind === "urbanRural") col.numFmt = "@";
    if (c.kind === "date") col.numFmt = "yyyy-mm-dd";
    if (c.exportOnly) return;
    if (c.kind === "code") {
      addListValidation(ws, range, lists.add(c.header, Object.values(c.options!)), c.header);
    }
    if (c.kind === "urbanRural") {
      addListValidation(ws, range, lists.add(c.header, URBAN_RURAL_CODES.map(urbanRuralOption)), c.header);
    }
    if (c.kind === "district" && districtNames?.length) {
      addListValidation(ws, range, lists.add(c.header, districtNames), c.header);
    }
    if (c.kind === "yesno") addListValidation(ws, range, yesNo, c.header);
  });
  return { wb, ws, columns };
}

/** Open on `day` (ISO date): not closed, or closed after it. */
const openOn = (d: { closedOn: string | null }, day: string) => d.closedOn === null || d.closedOn > day;

/**
 * The districts the viewer may register schools in (org.manageSchools), open today, in the
 * city's order: every open district for the city, its own for a district, none for a school.
 */
async function manageableDistricts(access: ScopedAccess): Promise<DistrictRow[]> {
  const today = todayInBeijing(access.now());
  return (await access.districts()).filter(
    (d) => openOn(d, today) && access.allows("org.manageSchools", { level: "district", districtId: d.id }),
  );
}

/**
 * Where a template or an export is for: the city (every district, 所属区 column) or the
 * viewer's own district. FORBIDDEN for a school (it manages no schools).
 */
async function listScope(access: ScopedAccess): Promise<{ title: string; unit: ResolvedUnit }> {
  const own = await access.ownUnit();
  // a school: the policy refuses it org.manageSchools on itself (FORBIDDEN)
  if (own.level === "school") access.assertCan("org.manageSchools", own.ref);
  const unit =
    own.level === "city"
      ? own
      : await access.resolveUnit({ level: "district", id: own.id }, "org.manageSchools");
  return { title: unit.name, unit };
}

/**
 * The 学校名录 import template: the 学校名录 sheet with red required headers, drop-down lists
 * (所属区 of the city's open districts, city template only; 学校类别; 办学性质; 城乡分类 as
 * "111 主城区"; 是/否), 学校标识码 as a text column, and 填写说明. For the city and districts.
 * @throws FORBIDDEN for a school.
 */
export async function schoolListTemplate(access: ScopedAccess): Promise<ExcelFileModel> {
  const { title, unit } = await listScope(access);
  const names = unit.level === "city" ? (await manageableDistricts(access)).map((d) => d.name) : null;
  const { wb } = schoolListWorkbook(title, names, false);
  return toExcelFile(wb, `${title}-学校名录导入模板.xlsx`);
}

/**
 * The 学校名录 of the viewer's scope, or of one district in it, as .xlsx in the template's
 * layout plus 办学状态 (在办/已撤销/已合并) and 撤销日期: every school ever registered, by
 * district order then 学校标识码. Printable: A4 landscape, one page wide, the header row
 * repeated on each page and frozen, page numbers in the footer.
 * @throws FORBIDDEN for a school, or a district outside the scope.
 */
export async function exportSchoolList(
  access: ScopedAccess,
  districtId: string | null | undefined,
): Promise<ExcelFileModel> {
  const scope = await listScope(access);
  const unit = districtId
    ? await access.resolveUnit({ level: "district", id: districtId }, "org.manageSchools")
    : scope.unit;
  const all = await access.districts();
  const inScope = unit.level === "city" ? all : all.filter((d) => d.id === unit.id);
  const order = new Map(inScope.map((d, i) => [d.id, i]));
  const where: SQL | undefined =
    unit.level === "city" ? access.schoolScopeCondition() : eq(schools.districtId, unit.id!);
  const rows = inScope.length
    ? await access.db
        .select()
        .from(schools)
        .where(and(where, inArray(schools.districtId, [...order.keys()])))
        .orderBy(asc(schools.code))
    : [];
  rows.sort((a, b) => order.get(a.districtId)! - order.get(b.districtId)!);
  const nameOf = new Map(inScope.map((d) => [d.id, d.name]));
  const title = unit.level === "city" ? scope.title : unit.name;
  const { wb, ws, columns } = schoolListWorkbook(
    title,
    scope.unit.level === "city" ? (await manageableDistricts(access)).map((d) => d.name) : null,
    true,
  );
  for (const s of rows) ws.addRow(columns.map((c) => exportCell(c, s, nameOf)));
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:1",
    horizontalCentered: true,
  };
  ws.headerFooter = {
    oddHeader: `&C&B${title}学校名录（${todayInBeijing(access.now())}）`,
    oddFooter: "&C第 &P 页，共 &N 页",
  } as ExcelJS.HeaderFooter;
  return toExcelFile(wb, `${title}-学校名录-${todayInBeijing(access.now())}.xlsx`);
}

/** A school's value in an export column. */
function exportCell(c: SchoolColumn, s: SchoolRow, districtName: ReadonlyMap<string, string>) {
  switch (c.field) {
    case "districtId":
      return districtName.get(s.districtId) ?? null;
    case "type":
      return SCHOOL_TYPE_LABELS[s.type];
    case "ownership":
      return OWNERSHIP_LABELS[s.ownership];
    case "urbanRuralCode":
      return urbanRuralOption(s.urbanRuralCode);
    case "inclusive":
    case "ethnic":
    case "miningArea":
    case "teachingPoint":
      return s[c.field] ? "是" : "否";
    case "openedOn":
    case "closedOn": {
      const v = s[c.field];
      return v ? new Date(`${v}T00:00:00Z`) : null;
    }
    case "status":
      return SCHOOL_STATUS_LABELS[s.closedOn === null ? "open" : s.mergedIntoId ? "merged" : "closed"];
    default:
      return s[c.field];
  }
}

/** A registration row as read from the sheet, in CreateSchoolInput's terms (domain codes). */
export interface SchoolListRow {
  code: string;
  name: string;
  /** The district the row names or the import's district (resolved through the access layer). */
  districtId: string;
  type: string;
  ownership: string;
  inclusive: boolean;
  ethnic: boolean;
  urbanRuralCode: string;
  miningArea: boolean;
  teachingPoint: boolean;
  /** ISO date, or null (open before the platform's first year); bad text passed on for the domain. */
  openedOn: string | null;
}

/** A coded cell: its label (or code) to the code; null = empty; `{ bad }` = not an option. */
function codeOf(v: CellValue, options: Readonly<Record<string, string>>): string | null | { bad: string } {
  if (v === null) return null;
  const s = String(v).trim();
  const byLabel = Object.entries(options).find(([, label]) => label === s);
  if (byLabel) return byLabel[0];
  if (s in options) return s;
  return { bad: s };
}

/**
 * 城乡分类代码 from "111 主城区", "111" (text or number) or "主城区"; null = empty; `{ bad }`.
 */
export function urbanRuralCodeOf(v: CellValue): string | null | { bad: string } {
  if (v === null) return null;
  const s = String(v).replace(/\s+/g, " ").trim();
  for (const code of URBAN_RURAL_CODES) {
    if (s === code || s === urbanRuralOption(code) || s === URBAN_RURAL_LABELS[code]) return code;
    if (s.replace(/\s/g, "") === `${code}${URBAN_RURAL_LABELS[code]}`) return code;
  }
  return { bad: s };
}

/**
 * Whether a code written as a number with fewer than 10 digits would be a 学校标识码 with its
 * lost leading zeros put back: padded to 10 digits it passes the domain's rule (10 digits) and
 * does not begin with 00 (the code opens with a two-digit 学校类别码, 11 幼儿园 … 93, never 00),
 * so at most one 0 can have been lost.
 */
function lostLeadingZero(digits: string): boolean {
  const padded = digits.padStart(10, "0");
  return schoolRegistrationSchema.shape.code.safeParse(padded).success && !padded.startsWith("00");
}

/**
 * A 学校标识码 cell: text as typed; a whole number of 10 digits as its digits (a code typed as
 * a number reads right); any other number refused by name — one that would be a code with a
 * leading 0 put back (`lostLeadingZero`) says the 0 was lost when typed as a number, any other
 * "应为 10 位数字". Returns the code, null (empty) or `{ problem }`.
 */
export function schoolCodeOf(v: CellValue, header: string): string | null | { problem: string } {
  if (v === null) return null;
  if (typeof v === "number") {
    const digits = Number.isInteger(v) && v >= 0 ? v.toFixed(0) : String(v);
    if (/^\d{10}$/.test(digits)) return digits;
    if (/^\d{1,9}$/.test(digits) && lostLeadingZero(digits)) {
      return {
        problem: `${header}“${digits}”只有 ${digits.length} 位：以数字格式输入时开头的 0 会丢失，请将该列设为文本格式后按 10 位重新输入`,
      };
    }
    return { problem: `${header}“${digits}”应为 10 位数字` };
  }
  if (typeof v === "boolean" || v instanceof Date) return { problem: `${header}应为 10 位数字` };
  return String(v).replace(/\s+/g, "");
}

/** Data row cells after their own checks: the raw values, and each field's problem. */
interface ParsedCells {
  raw: Partial<Record<SchoolListField, unknown>>;
  problems: Map<SchoolListField, string>;
  empty: boolean;
}

/** A row's cells as raw values with the problems the cells themselves have. */
function parseCells(
  row: ExcelJS.Row,
  columns: readonly SchoolColumn[],
  at: ReadonlyMap<SchoolListField, number>,
): ParsedCells {
  const raw: ParsedCells["raw"] = {};
  const problems = new Map<SchoolListField, string>();
  let empty = true;
  for (const c of columns) {
    const col = at.get(c.field);
    const v = col === undefined ? null : cellValue(row.getCell(col));
    if (v !== null) empty = false;
    switch (c.kind) {
      case "schoolCode": {
        const code = schoolCodeOf(v, c.header);
        if (code === null) problems.set(c.field, `请填写${c.header}`);
        else if (typeof code === "object") problems.set(c.field, code.problem);
        else raw[c.field] = code;
        break;
      }
      case "text":
      case "district":
        if (v === null) {
          if (c.field === "name") problems.set(c.field, `请填写${c.header}`);
        } else raw[c.field] = v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();
        break;
      case "code": {
        const code = codeOf(v, c.options!);
        if (code === null) problems.set(c.field, `请填写${c.header}`);
        else if (typeof code === "object") {
          problems.set(
            c.field,
            `${c.header}“${code.bad}”不是可选项（可选：${Object.values(c.options!).join("、")}）`,
          );
        } else raw[c.field] = code;
        break;
      }
      case "urbanRural": {
        const code = urbanRuralCodeOf(v);
        if (code === null) problems.set(c.field, `请填写${c.header}`);
        else if (typeof code === "object") {
          problems.set(
            c.field,
            `${c.header}“${code.bad}”不是可选项（可选：${URBAN_RURAL_CODES.map(urbanRuralOption).join("、")}）`,
          );
        } else raw[c.field] = code;
        break;
      }
      case "yesno": {
        const b = yesNoOf(v);
        if (b === null) raw[c.field] = false;
        else if (typeof b === "string") problems.set(c.field, `${c.header}应填写“是”或“否”（现为“${b}”）`);
        else raw[c.field] = b;
        break;
      }
      case "date":
        raw[c.field] = isoDateOf(v);
        break;
      case "status":
        raw[c.field] = v === null ? null : String(v);
        break;
    }
  }
  return { raw, problems, empty };
}

/** The outcome of importSchoolList. */
export interface SchoolImportResultModel {
  /** Data rows read (blank rows skipped). */
  rows: number;
  errors: ExcelImportErrorModel[];
  /** Schools registered (0 unless saved). */
  created: number;
  saved: boolean;
  dryRun: boolean;
  /** The schools registered, in file order (empty unless saved). */
  schools: SchoolRow[];
}

/** One data row after its own checks: the registration with its district, or null when wrong. */
interface ParsedRow {
  row: number;
  value: (SchoolRegistration & { districtId: string }) | null;
  district: ResolvedUnit | null;
}

/**
 * Register schools from a filled-in 学校名录 template, all or none. Reads the sheet by header
 * (any order; an unknown, repeated or missing required header named on row 1), parses each
 * cell (drop-down text or the bare 城乡分类 code, 是/否, dates, a 学校标识码 typed as a number),
 * checks each row with the domain's `checkSchoolRegistration`, then duplicates within the file
 * (学校标识码; 学校名称 within a district) and, through the org module's `createSchools`, against
 * the database. A sheet without a data row is refused ("学校名录中没有学校数据", on row 2). Any
 * problem → nothing saved and every problem listed (row, column, cell, field,
 * "第 N 行：…"); otherwise, unless `dryRun`, every school is registered in ONE transaction with an
 * audit row each (school.create). The district of the rows: `districtId` when given (resolved
 * through the access layer), else a district viewer's own, else (the city) each row's 所属区 by
 * name; a 所属区 naming another district than the import's is an error on that row.
 * @throws FORBIDDEN (a school; a district outside the scope); BAD_USER_INPUT (districtId closed;
 *   contentBase64 not an .xlsx, no 学校名录 sheet, more than 2000 rows, over 5 MB; `code` when a
 *   concurrent registration took a 学校标识码 between the check and the insert — nothing saved).
 */
export async function importSchoolList(
  access: ScopedAccess,
  districtId: string | null | undefined,
  contentBase64: string,
  dryRun: boolean,
): Promise<SchoolImportResultModel> {
  const { unit: scope } = await listScope(access);
  const today = todayInBeijing(access.now());
  let fixed: ResolvedUnit | null = null;
  if (districtId)
    fixed = await access.resolveUnit({ level: "district", id: districtId }, "org.manageSchools");
  else if (scope.level === "district") fixed = scope;
  if (fixed && !openOn(fixed.district!, today)) {
    throw badInput("districtId", `${fixed.name}已于 ${fixed.district!.closedOn} 撤销，不能再登记学校`);
  }
  const ws = requireSheet(
    await readWorkbook(contentBase64, { [SCHOOL_LIST_SHEET]: MAX_SCHOOL_ROWS }),
    SCHOOL_LIST_SHEET,
  );
  const columns = schoolColumns(true, true);
  const errors: ExcelImportErrorModel[] = [];
  const result = (rows: number, saved: SchoolRow[] = []): SchoolImportResultModel => ({
    rows,
    errors: sortErrors(errors),
    created: saved.length,
    saved: saved.length > 0,
    dryRun,
    schools: saved,
  });
  // the header row: each column by its title or an alias, wherever it stands (workbook.ts
  // mapHeaderRow: unknown, repeated and missing required columns reported before any row)
  const header = mapHeaderRow(ws, columns, {
    required: (c) => (c.field === "districtId" ? fixed === null : c.required && !c.exportOnly),
    missingMessage: (c) =>
      c.field === "districtId"
        ? `缺少“${c.header}”列：请在每行填写所属区，或导入时选定区`
        : `缺少必填列“${c.header}”，请使用平台下载的模板`,
  });
  const at = header.at;
  errors.push(...header.errors);
  if (errors.length) return result(0);

  const columnOf = new Map(columns.map((c) => [c.field as string, c]));
  const problem = (row: number, field: string, message: string) => {
    const col = at.get(field as SchoolListField);
    errors.push({
      sheet: SCHOOL_LIST_SHEET,
      row,
      column: columnOf.get(field)?.header ?? null,
      cell: col === undefined ? null : `${columnLetter(col)}${row}`,
      field,
      message: `第 ${row} 行：${message}`,
    });
  };

  // the districts a row may name: those the viewer sees; registering needs one it manages, open
  const seen = await access.districts();
  const manageable = new Set((await manageableDistricts(access)).map((d) => d.id));
  const districtByName = new Map(seen.map((d) => [d.name, d]));
  const resolved = new Map<string, ResolvedUnit>();
  const districtOfRow = async (name: string | null): Promise<ResolvedUnit | string> => {
    const L = SCHOOL_FIELD_LABELS.districtId;
    if (fixed) {
      if (name !== null && name !== fixed.name) {
        return `${L}“${name}”与本次导入的区（${fixed.name}）不一致：一次只能导入一个区的学校`;
      }
      return fixed;
    }
    if (name === null) return `请填写${L}`;
    const d = districtByName.get(name);
    if (!d) {
      const names = seen.filter((x) => manageable.has(x.id)).map((x) => x.name);
      return `${L}“${name}”不是本市的区（可选：${names.join("、")}）`;
    }
    if (!manageable.has(d.id)) return `${L}“${name}”已撤销，不能再登记学校`;
    let unit = resolved.get(d.id);
    if (!unit) {
      unit = await access.resolveUnit({ level: "district", id: d.id }, "org.manageSchools");
      resolved.set(d.id, unit);
    }
    return unit;
  };

  const parsed: ParsedRow[] = [];
  const lastRow = ws.actualRowCount === 0 ? 0 : (ws.lastRow?.number ?? 0);
  for (let r = 2; r <= lastRow; r++) {
    const { raw, problems, empty } = parseCells(ws.getRow(r), columns, at);
    if (empty) continue;
    if (parsed.length >= MAX_SCHOOL_ROWS) {
      throw badInput("contentBase64", `一次最多导入 ${MAX_SCHOOL_ROWS} 所学校，请分批导入`);
    }
    const status = raw.status as string | null | undefined;
    if (status && status !== SCHOOL_STATUS_LABELS.open) {
      problems.set(
        "status",
        `导入只登记在办学校，办学状态为“${status}”的行请删除（撤销、合并请在机构管理中办理）`,
      );
    } else if (raw.closedOn) {
      problems.set(
        "closedOn",
        `导入只登记在办学校，填有${SCHOOL_FIELD_LABELS.closedOn}的行请删除（撤销、合并请在机构管理中办理）`,
      );
    }
    const district = await districtOfRow((raw.districtId as string | undefined) ?? null);
    if (typeof district === "string") problems.set("districtId", district);
    const checked = checkSchoolRegistration(raw, { today });
    const issues = checked.issues.filter((i) => !problems.has(i.field as SchoolListField));
    for (const [field, message] of problems) problem(r, field, message);
    for (const i of issues) problem(r, i.field, i.message);
    const ok = problems.size === 0 && checked.ok && typeof district !== "string";
    parsed.push({
      row: r,
      value: ok ? { ...checked.value!, districtId: (district as ResolvedUnit).id! } : null,
      district: typeof district === "string" ? null : district,
    });
  }

  if (!parsed.length && !errors.length) {
    errors.push({
      sheet: SCHOOL_LIST_SHEET,
      row: 2,
      column: null,
      cell: null,
      field: "contentBase64",
      message: `${SCHOOL_LIST_SHEET}中没有学校数据：请从第 2 行起每行填写一所学校`,
    });
    return result(0);
  }

  // duplicates within the file: the same 学校标识码, or the same name in the same district
  const firstByCode = new Map<string, number>();
  const firstByName = new Map<string, number>();
  for (const p of parsed) {
    if (!p.value) continue;
    const { code, name, districtId: d } = p.value;
    const first = firstByCode.get(code);
    if (first !== undefined) {
      problem(p.row, "code", `${SCHOOL_FIELD_LABELS.code}“${code}”与第 ${first} 行重复`);
    } else firstByCode.set(code, p.row);
    const key = `${d}\u0000${schoolNameKey(name)}`;
    const firstName = firstByName.get(key);
    if (firstName !== undefined) {
      problem(
        p.row,
        "name",
        `${SCHOOL_FIELD_LABELS.name}“${name}”与第 ${firstName} 行重复（同一区内学校名称不能相同）`,
      );
    } else firstByName.set(key, p.row);
  }

  // rows without a problem so far go to the registration (the database's uniqueness); when
  // anything is wrong, or on a dry run, its transaction is rolled back
  const flagged = new Set(errors.map((e) => e.row));
  const good = parsed.filter((p) => p.value !== null && !flagged.has(p.row));
  const saved = await registerRows(
    access,
    good.map((p) => ({ row: p.row, value: p.value! })),
    problem,
    dryRun || errors.length > 0,
  );
  return result(parsed.length, errors.length ? [] : saved);
}

/** Thrown inside the registration's transaction to roll it back (dry run, or any problem). */
class RollBack extends Error {}

/**
 * Register rows through the org module's `createSchools` in one transaction: its issues
 * (学校标识码 taken, name taken in the district, a closed district …) are reported on the rows'
 * Excel numbers; any issue, or `checkOnly`, rolls everything back (schools and audit rows).
 * @returns the schools written, in row order (empty when rolled back).
 */
async function registerRows(
  access: ScopedAccess,
  rows: readonly { row: number; value: SchoolRegistration & { districtId: string } }[],
  problem: (row: number, field: string, message: string) => void,
  checkOnly: boolean,
): Promise<SchoolRow[]> {
  if (!rows.length) return [];
  let saved: SchoolRow[] = [];
  try {
    await access.db.transaction(async (tx) => {
      const r = await createSchools(
        tx,
        access,
        rows.map((x) => x.value),
        { audit: true },
      );
      if (!r.ok) {
        for (const i of r.issues) problem(rows[i.index]!.row, i.field, i.message);
        throw new RollBack();
      }
      if (checkOnly) throw new RollBack();
      saved = r.schools;
    });
  } catch (e) {
    if (!(e instanceof RollBack)) throw e;
    return [];
  }
  return saved;
}
