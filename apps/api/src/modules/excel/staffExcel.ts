/**
 * The roster in Excel (三支队伍花名册): a template with a Chinese header for every attribute and
 * drop-down lists for the coded ones, an export of a school's roster (身份证号 only masked), and
 * an import that checks EVERY row with the domain's staff validation, duplicates within the file
 * and against the roster, and saves all rows in one transaction (with an audit row each) or,
 * when any row is wrong, nothing — naming every bad row.
 */
import { createHash, randomUUID } from "node:crypto";
import { type Db, type PersonRow, people, type StaffRow, staff } from "@edu2035/db";
import {
  BACKBONE_LABELS,
  checkStaff,
  EDUCATION_LABELS,
  GENDER_LABELS,
  MAX_TRAINING_HOURS,
  maskIdNumber,
  type SchoolType,
  STAFF_FIELD_LABELS,
  STAFF_ROLE_LABELS,
  STAFF_ROLES,
  STAFF_STATUS_LABELS,
  STAGE_LABELS,
  STAGES_OF_SCHOOL_TYPE,
  type StaffContext,
  type StaffInput,
  SUBJECT_LABELS,
  schoolYearLabel,
  schoolYearShort,
  staffIssues,
  TEACHER_CERTIFICATE_LABELS,
  TITLE_LABELS,
  TRAINING_HOURS_PER_CYCLE,
} from "@edu2035/domain";
import { and, eq, sql } from "drizzle-orm";
import type ExcelJS from "exceljs";
import type { ResolvedUnit, ScopedAccess } from "../../authz/access.ts";
import { isUniqueViolation } from "../../dbErrors.ts";
import { badInput, conflict } from "../../errors.ts";
import { bulkInsert } from "../../lib/bulkInsert.ts";
import { todayInBeijing } from "../../lib/dates.ts";
import { assertRosterYearOpen } from "../../lib/rosterYear.ts";
import { type AuditRecord, recordAudit, recordAuditOf } from "../audit/record.ts";
import {
  activeRoster,
  changePersonDetails,
  hashesOnDuty,
  ID_ON_DUTY_MESSAGE,
  lockRosterIdentity,
  matchRoster,
  reusablePeople,
  sameNameMessage,
} from "../staff/identity.ts";
import { hashIdNumber, POST_FIELDS, snapshot, snapshotSql } from "../staff/mutations.ts";
import { assertSchoolYear, type StaffMemberModel } from "../staff/service.ts";
import {
  addInstructions,
  addListValidation,
  addNumberValidation,
  type CellValue,
  cellValue,
  columnLetter,
  type ExcelFileModel,
  type ExcelImportErrorModel,
  isoDateOf,
  mapHeaderRow,
  newWorkbook,
  numberOf,
  OptionLists,
  readWorkbook,
  requireSheet,
  styleHeader,
  TEMPLATE_ROWS,
  toExcelFile,
  yesNoOf,
} from "./workbook.ts";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** The roster sheet's name. */
export const STAFF_SHEET = "花名册";

/**
 * Most data rows one import accepts: 10,000, the roster of a large district's schools in one file
 * (issue 15 raised it from 3,000 once the import was batched; bench/import.bench.ts measures it).
 * More rows are refused before the workbook is built (xlsxLimits.ts): "工作表“花名册”超过 10000 行，请分批导入".
 */
export const MAX_STAFF_ROWS = 10_000;

type ColumnKind = "text" | "date" | "id" | "code" | "yesno" | "int";

/** A column of the roster sheet. */
interface StaffColumn {
  field: keyof StaffInput;
  header: string;
  kind: ColumnKind;
  /** Must be filled in (red header); other columns have the domain's defaults. */
  required: boolean;
  /** For coded columns: code → Chinese label, in drop-down order. */
  options?: Readonly<Record<string, string>>;
  width: number;
  /** Only in exports (ignored by the import, which adds staff on duty). */
  exportOnly?: boolean;
  /** Other headers clerks' own rosters use for the column (教育事业统计 and local forms). */
  aliases?: readonly string[];
  /** Coded columns of an import: the options' codes by label, looked up for every cell. */
  codes?: ReadonlyMap<string, string>;
}

/**
 * Headers clerks use for the roster's columns in their own workbooks (the 教育事业统计 教职工 forms,
 * local 花名册), read as the template's column: e.g. 出生年月 for 出生日期, 专业技术职务 for 职称.
 */
const STAFF_HEADER_ALIASES: Readonly<Partial<Record<keyof StaffInput | "status", readonly string[]>>> = {
  birthDate: ["出生年月", "出生年月日"],
  ethnicity: ["族别"],
  idNumber: ["身份证号码", "身份证件号码", "公民身份号码"],
  role: ["岗位类别"],
  fullTime: ["专任教师", "是否专任"],
  education: ["学历"],
  teacherCertificate: ["教师资格证种类", "教师资格种类", "教师资格"],
  title: ["专业技术职务", "专业技术职称"],
  backboneLevel: ["骨干教师", "骨干级别"],
  trainingHours: ["继续教育学时数", "培训学时"],
  startedOn: ["入职/调入日期", "调入日期", "到校日期", "入职时间"],
  status: ["状态"],
};

const L = STAFF_FIELD_LABELS;
/** The template's header of 入职/调入日期 (its other names are aliases). */
const STARTED_ON_HEADER = "入职日期";

/** The roles a school's roster holds (教研员 belong to a 教研室). */
const SCHOOL_ROLES = STAFF_ROLES.filter((r) => r !== "researcher");

/**
 * The roster's columns for a school of a type: every attribute of a staff record, with their
 * aliases and, for the coded ones, their codes by label.
 */
function staffColumns(schoolType: SchoolType): StaffColumn[] {
  return templateColumns(schoolType).map((c) =>
    withAliases(c.options ? { ...c, codes: codesByLabel(c.options) } : c),
  );
}

/** A column with the headers clerks also use for it. */
function withAliases(c: StaffColumn): StaffColumn {
  const aliases = STAFF_HEADER_ALIASES[c.field];
  return aliases ? { ...c, aliases } : c;
}

/** The template's columns for a school of a type. */
function templateColumns(schoolType: SchoolType): StaffColumn[] {
  const pick = <K extends string>(labels: Record<K, string>, keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, labels[k]]));
  const yn = (field: keyof StaffInput, required = false, width = 12): StaffColumn => ({
    field,
    header: L[field],
    kind: "yesno",
    required,
    width,
  });
  return [
    { field: "name", header: L.name, kind: "text", required: true, width: 12 },
    { field: "gender", header: L.gender, kind: "code", required: true, options: GENDER_LABELS, width: 8 },
    { field: "birthDate", header: L.birthDate, kind: "date", required: true, width: 13 },
    { field: "ethnicity", header: L.ethnicity, kind: "text", required: false, width: 10 },
    { field: "idNumber", header: L.idNumber, kind: "id", required: false, width: 22 },
    {
      field: "role",
      header: L.role,
      kind: "code",
      required: true,
      options: pick(STAFF_ROLE_LABELS, SCHOOL_ROLES),
      width: 10,
    },
    yn("fullTime", true, 14),
    {
      field: "stage",
      header: L.stage,
      kind: "code",
      required: false,
      options: pick(STAGE_LABELS, STAGES_OF_SCHOOL_TYPE[schoolType]),
      width: 14,
    },
    {
      field: "subject",
      header: L.subject,
      kind: "code",
      required: false,
      options: SUBJECT_LABELS,
      width: 18,
    },
    {
      field: "education",
      header: L.education,
      kind: "code",
      required: true,
      options: EDUCATION_LABELS,
      width: 12,
    },
    yn("preschoolMajor", false, 16),
    {
      field: "teacherCertificate",
      header: L.teacherCertificate,
      kind: "code",
      required: false,
      options: TEACHER_CERTIFICATE_LABELS,
      width: 20,
    },
    { field: "title", header: L.title, kind: "code", required: false, options: TITLE_LABELS, width: 10 },
    yn("dualQualified"),
    {
      field: "backboneLevel",
      header: L.backboneLevel,
      kind: "code",
      required: false,
      options: BACKBONE_LABELS,
      width: 14,
    },
    yn("mentalHealthTrained", false, 18),
    yn("counsellingCertificate", false, 16),
    yn("bilingual", false, 10),
    { field: "trainingHours", header: L.trainingHours, kind: "int", required: false, width: 14 },
    // 入职/调入日期 (optional): after the year's 统计时点 (1 September) the person is not counted
    // in that year's figures (domain statisticsDate.ts)
    { field: "startedOn", header: STARTED_ON_HEADER, kind: "date", required: false, width: 13 },
  ];
}

/** Columns only exports carry. */
const EXPORT_ONLY: StaffColumn[] = (
  [
    {
      field: "status",
      header: L.status,
      kind: "code",
      required: false,
      options: STAFF_STATUS_LABELS,
      width: 10,
      exportOnly: true,
    },
    { field: "leftOn", header: L.leftOn, kind: "date", required: false, width: 13, exportOnly: true },
  ] as StaffColumn[]
).map(withAliases);

/** The instructions of the roster workbook. */
function staffInstructions(school: { name: string; type: SchoolType }, schoolYear: number | null): string[] {
  const cols = staffColumns(school.type);
  const coded = cols.filter((c) => c.options);
  return [
    `学校：${school.name}${schoolYear !== null ? `　学年：${schoolYearLabel(schoolYear)}` : ""}`,
    "一、填写方法",
    `1. 在“${STAFF_SHEET}”工作表中每行填写一名教职工（教师、校长、副校长），从第 2 行开始，不要修改第 1 行的列标题。`,
    `2. 红色列标题为必填项：${cols
      .filter((c) => c.required)
      .map((c) => c.header)
      .join(
        "、",
      )}；其余各项不填时按默认值处理（民族默认汉族，是/否项默认“否”，教师资格证默认“无”，职称默认“未定级”，骨干教师级别默认“非骨干”，继续教育学时默认 0）。`,
    "3. 带下拉箭头的单元格请从下拉列表中选择，不要自行输入其他文字。",
    "4. 出生日期格式如 1985-06-30。",
    "5. 身份证号为 18 位居民身份证号，请以文本格式填写（本模板该列已设为文本），其中的出生日期和性别须与所填一致。平台只保存身份证号的校验摘要和末四位，不保存完整号码。",
    "6. 岗位为“教师”的，必须填写任教学段和任教学科；任教学段只能是本校所设学段。",
    `7. 继续教育学时填写本五年周期累计学时（0—${MAX_TRAINING_HOURS}，每周期应达 ${TRAINING_HOURS_PER_CYCLE} 学时）。`,
    `8. ${STARTED_ON_HEADER}（也可写作入职/调入日期、调入日期、到校日期）选填，格式如 2025-10-15，不晚于该学年 8 月 31 日和今天；不填表示该学年统计时点（9月1日）前已在本单位。统计时点之后入职或调入的人员不计入该学年的统计。`,
    "二、导入规则",
    "1. 导入时逐行检查全部数据：只要有一行有误，就不保存任何数据，并列出每一处错误（行号、列名和原因），请改正后重新导入。",
    "2. 同一人每学年只能在一个单位在岗：同一文件中身份证号相同，或姓名和出生日期都相同的行视为重复；已在本学年在岗花名册中的人员不能重复导入（调入人员须原单位先办理调出）。",
    "3. 导入方式“仅新增人员”只新增在岗人员，导出文件中的身份证号已隐去前 14 位，重新导入前请填写完整号码或清空该列；调出、退休请在平台中逐人办理。",
    "4. 导入方式“按文件更新花名册”用于修改后重新导入导出的花名册：按身份证号（隐去的号码视为未填），否则按姓名和出生日期找到本学年在岗人员，先列出新增、修改（每人每项原值和新值）和文件中没有的人员，确认后一次保存；文件中没有的人员不会被删除，可逐人办理调出或退休；在岗状态为调出、退休的行不作处理。",
    "5. 全部数据在一次操作中保存，每名新增或修改的人员都记入操作日志。",
    "三、下拉选项",
    ...coded.map((c) => `${c.header}：${Object.values(c.options!).join("、")}`),
    `${L.fullTime}等是/否项：是、否`,
  ];
}

/** A workbook with the roster sheet (headers, formats, drop-downs) and its instructions. */
function rosterWorkbook(
  school: { name: string; type: SchoolType },
  schoolYear: number | null,
  withExportColumns: boolean,
): { wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet; columns: StaffColumn[] } {
  const wb = newWorkbook();
  const columns = [...staffColumns(school.type), ...(withExportColumns ? EXPORT_ONLY : [])];
  const ws = wb.addWorksheet(STAFF_SHEET);
  addInstructions(wb, `${school.name}教职工花名册填写说明`, staffInstructions(school, schoolYear));
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
    if (c.kind === "id") col.numFmt = "@";
    if (c.kind === "date") col.numFmt = "yyyy-mm-dd";
    if (c.exportOnly) return;
    if (c.kind === "code")
      addListValidation(ws, range, lists.add(c.header, Object.values(c.options!)), c.header);
    if (c.kind === "yesno") addListValidation(ws, range, yesNo, c.header);
    if (c.kind === "int") addNumberValidation(ws, range, "whole", 0, MAX_TRAINING_HOURS, c.header);
  });
  return { wb, ws, columns };
}

/** "海勃湾区第一小学-2026—2027-教职工花名册.xlsx". */
const rosterFilename = (schoolName: string, what: string, schoolYear?: number) =>
  `${schoolName}-${schoolYear !== undefined ? `${schoolYearShort(schoolYear)}-` : ""}${what}.xlsx`;

/**
 * The roster template of a school: the 花名册 sheet with a red header for every required
 * attribute, drop-down lists for the coded ones and the yes/no items, and 填写说明.
 * @throws FORBIDDEN outside the viewer's scope.
 */
export async function staffExcelTemplate(access: ScopedAccess, schoolId: string): Promise<ExcelFileModel> {
  const unit = await access.resolveUnit({ level: "school", id: schoolId }, "staff.read");
  const school = unit.school!;
  const { wb } = rosterWorkbook(school, null, false);
  return toExcelFile(wb, rosterFilename(school.name, "教职工花名册导入模板"));
}

/**
 * A school's roster of a school year (every record, on duty or left, by role and name) in the
 * template's layout plus 在岗状态 and 离岗日期. The 身份证号 only masked (last four characters),
 * and only for viewers who may see them (not the city).
 * @throws FORBIDDEN outside the viewer's scope; BAD_USER_INPUT (schoolYear).
 */
export async function exportStaffExcel(
  access: ScopedAccess,
  schoolId: string,
  schoolYear: number,
): Promise<ExcelFileModel> {
  assertSchoolYear(schoolYear, "schoolYear");
  const unit = await access.resolveUnit({ level: "school", id: schoolId }, "staff.read");
  const school = unit.school!;
  const rows = await access.db
    .select({ s: staff, p: people })
    .from(staff)
    .innerJoin(people, eq(people.id, staff.personId))
    .where(and(eq(staff.schoolId, school.id), eq(staff.schoolYear, schoolYear)));
  const roleOrder = (r: string) => STAFF_ROLES.indexOf(r as (typeof STAFF_ROLES)[number]);
  rows.sort(
    (a, b) =>
      roleOrder(a.s.role) - roleOrder(b.s.role) ||
      a.s.status.localeCompare(b.s.status) ||
      a.p.name.localeCompare(b.p.name, "zh-Hans-CN"),
  );
  const showTail = access.allows("staff.readIdTail", unit.ref);
  const { wb, ws, columns } = rosterWorkbook(school, schoolYear, true);
  for (const { s, p } of rows) {
    const record: Record<string, unknown> = {
      name: p.name,
      gender: p.gender,
      // the school and its district keep the date (a re-import needs it); the city the year only
      birthDate: showTail ? p.birthDate : p.birthDate.slice(0, 4),
      ethnicity: p.ethnicity,
      idNumber: showTail && p.idNumberTail ? maskIdNumber(`${"0".repeat(14)}${p.idNumberTail}`) : null,
      ...Object.fromEntries(POST_FIELDS.map((f) => [f, s[f]])),
      status: s.status,
      leftOn: s.leftOn,
    };
    ws.addRow(
      columns.map((c) => {
        const v = record[c.field];
        if (v === null || v === undefined) return null;
        if (c.kind === "code") return c.options?.[v as string] ?? String(v);
        if (c.kind === "yesno") return v ? "是" : "否";
        // a full date as an Excel date; the city's birth year stays a plain year (not 1 January)
        if (c.kind === "date" && /^\d{4}-\d{2}-\d{2}$/.test(String(v)))
          return new Date(`${v as string}T00:00:00Z`);
        return v as string | number;
      }),
    );
  }
  return toExcelFile(wb, rosterFilename(school.name, "教职工花名册", schoolYear));
}

/** How a roster import reads its rows (schema StaffImportMode). */
export type StaffImportMode = "ADD_ONLY" | "UPDATE";

/** One changed item of a matched person (schema StaffImportChange). */
export interface StaffImportChangeModel {
  row: number;
  staff: StaffMemberModel;
  field: string;
  /** The column's Chinese name, e.g. 职称. */
  label: string;
  /** As the file shows it (labels, 是/否, masked 身份证号); null when empty. */
  before: string | null;
  after: string | null;
}

/** Outcome of a roster import. */
export interface StaffImportResultModel {
  /** Data rows read (blank rows skipped). */
  rows: number;
  errors: ExcelImportErrorModel[];
  /** Records created (0 unless saved). */
  created: number;
  saved: boolean;
  dryRun: boolean;
  mode: StaffImportMode;
  /** Good rows that are (or would be) new people. */
  added: number;
  /** Those new people by row: name and post (岗位), so a dry run says who would be added. */
  addedPeople: { row: number; name: string; role: StaffInput["role"]; roleLabel: string }[];
  /** UPDATE: people whose record changes; unchanged matched rows; rows of people who left. */
  changed: number;
  unchanged: number;
  skipped: number;
  missingCount: number;
  changes: StaffImportChangeModel[];
  /** UPDATE: people on duty not in the file (left as they are). */
  missing: { staff: StaffMemberModel }[];
  /** UPDATE: fingerprint of the roster on duty as read (ids and versions). */
  rosterVersion: string | null;
}

/** A 身份证号's HMAC (staff/mutations.ts hashIdNumber). */
type IdHasher = (idNumber: string) => string;

/**
 * hashIdNumber under `key`, each number hashed once: the duplicate check, an update's matching
 * and the insert all need a row's hash (a 3,000-row import computed 6,000 HMACs for 3,000 numbers).
 */
function idHasher(key: string): IdHasher {
  const known = new Map<string, string>();
  return (idNumber) => {
    let hash = known.get(idNumber);
    if (hash === undefined) {
      hash = hashIdNumber(idNumber, key);
      known.set(idNumber, hash);
    }
    return hash;
  };
}

/** One data row after its own checks. */
interface ParsedRow {
  row: number;
  value: StaffInput | null;
}

/** An option list's codes by label (the first code of a label). */
function codesByLabel(options: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  const m = new Map<string, string>();
  for (const [code, label] of Object.entries(options)) if (!m.has(label)) m.set(label, code);
  return m;
}

/** A coded cell: its label (or code) to the code; null = empty; `{ bad }` = not an option. */
function codeOf(
  v: CellValue,
  options: Readonly<Record<string, string>>,
  byLabel: ReadonlyMap<string, string> = codesByLabel(options),
): string | null | { bad: string } {
  if (v === null) return null;
  const s = String(v).trim();
  const code = byLabel.get(s);
  if (code !== undefined) return code;
  if (s in options) return s;
  return { bad: s };
}

/**
 * A cell's value, null when the row has no such cell: `findCell`, not `getCell`, which would make
 * (and validate the address of) an empty cell for every blank column of every row.
 */
function valueAt(row: ExcelJS.Row, col: number): CellValue {
  const cell = row.findCell(col);
  return cell ? cellValue(cell) : null;
}

/**
 * A row's cells as a raw staff record, with the problems the cells themselves have (an option
 * not in the list, a yes/no that is neither, a 身份证号 typed as a number or left masked, an
 * empty required item). Fields with such a problem are then left out of the domain's issues.
 */
function parseRow(
  row: ExcelJS.Row,
  columns: readonly StaffColumn[],
  at: ReadonlyMap<string, number>,
  /** UPDATE imports: an export's masked 身份证号 reads as blank (match by name + birth date). */
  maskedIdAsBlank = false,
): { raw: Record<string, unknown>; problems: Map<string, string>; empty: boolean; status: CellValue } {
  const raw: Record<string, unknown> = { status: "active", leftOn: null };
  const problems = new Map<string, string>();
  let empty = true;
  for (const c of columns) {
    const col = at.get(c.field);
    const v = col === undefined ? null : valueAt(row, col);
    if (v !== null) empty = false;
    switch (c.kind) {
      case "text":
        raw[c.field] = v === null ? (c.field === "ethnicity" ? "汉族" : undefined) : String(v);
        break;
      case "date": {
        const iso = isoDateOf(v);
        if (iso !== null && !/^\d{4}-\d{2}-\d{2}$/.test(iso))
          problems.set(c.field, `${c.header}读到“${iso}”，不是完整日期：应为年-月-日，如 1985-06-30`);
        else raw[c.field] = iso ?? undefined;
        break;
      }
      case "id":
        if (v === null) raw[c.field] = null;
        else if (typeof v === "number") {
          problems.set(
            c.field,
            `${c.header}应以文本格式填写（数字格式会丢失末位），请将该列设为文本后重新输入`,
          );
        } else if (/^\*+/.test(String(v))) {
          if (maskedIdAsBlank) raw[c.field] = null;
          else problems.set(c.field, `${c.header}为导出时隐去的号码，请填写完整的 18 位号码或清空`);
        } else raw[c.field] = String(v);
        break;
      case "code": {
        const code = codeOf(v, c.options!, c.codes);
        if (code === null) {
          if (c.required) problems.set(c.field, `请填写${c.header}`);
          else raw[c.field] = c.field === "stage" || c.field === "subject" ? null : undefined;
        } else if (typeof code === "object") {
          problems.set(
            c.field,
            `${c.header}“${code.bad}”不是可选项（可选：${Object.values(c.options!).join("、")}）`,
          );
        } else raw[c.field] = code;
        break;
      }
      case "yesno": {
        const b = yesNoOf(v);
        if (b === null) {
          if (c.required) problems.set(c.field, `请填写${c.header}（是/否）`);
        } else if (typeof b === "string") problems.set(c.field, `${c.header}应填写“是”或“否”（现为“${b}”）`);
        else raw[c.field] = b;
        break;
      }
      case "int": {
        const n = numberOf(v);
        if (typeof n === "string") problems.set(c.field, `${c.header}应为数字（现为“${n}”）`);
        else if (n !== null) raw[c.field] = n;
        break;
      }
    }
  }
  const statusCol = at.get("status");
  const status = statusCol === undefined ? null : valueAt(row, statusCol);
  if (status !== null) empty = false;
  return { raw, problems, empty, status };
}

/**
 * Import a school's roster rows for the current school year (or a past one in an open 补录
 * window, lib/rosterYear.ts): every row is checked (the
 * domain's staff validation, each cell's own form, duplicates within the file and against the
 * roster); any problem → nothing saved and every bad row named; otherwise, unless `dryRun`,
 * every row is added in ONE transaction with an audit row each (staff.import). A school
 * imports into its own roster, a district into its schools' (policy staff.edit); the city
 * cannot (read-only exports).
 * @throws FORBIDDEN; BAD_USER_INPUT (schoolYear not writable: neither the current one nor a past
 *   one in an open 补录 window; an unreadable file or
 *   missing sheet; too many rows).
 */
export async function importStaffExcel(
  access: ScopedAccess,
  env: { ID_HASH_KEY: string },
  schoolId: string,
  schoolYear: number,
  contentBase64: string,
  dryRun: boolean,
  mode: StaffImportMode = "ADD_ONLY",
  rosterVersion: string | null = null,
): Promise<StaffImportResultModel> {
  assertSchoolYear(schoolYear, "schoolYear");
  const unit = await access.resolveUnit({ level: "school", id: schoolId }, "staff.edit");
  // a saving update overwrites records: only over the roster its dry run read (CONFLICT when it
  // changed since), never blind (a tester's confirmation without it saved the file over an edit)
  if (mode === "UPDATE" && !dryRun && rosterVersion === null)
    throw badInput(
      "rosterVersion",
      "按文件更新花名册须先检查文件，确认时带上检查返回的名册版本（rosterVersion），未保存",
    );
  // the current year, or a past one inside an open 补录 window (lib/rosterYear.ts)
  await access.db.transaction((tx) =>
    assertRosterYearOpen(tx, unit.school, schoolYear, "schoolYear", access.now()),
  );
  const school = unit.school!;
  const ws = requireSheet(await readWorkbook(contentBase64, { [STAFF_SHEET]: MAX_STAFF_ROWS }), STAFF_SHEET);
  const columns = staffColumns(school.type);
  const errors: ExcelImportErrorModel[] = [];
  const parsed: ParsedRow[] = [];
  let skipped = 0;
  const result = (
    rows: number,
    created = 0,
    plan: RosterUpdatePlan | null = null,
  ): StaffImportResultModel => ({
    rows,
    errors: sortErrors(errors),
    created,
    saved: !errors.length && (created > 0 || (!dryRun && !!plan?.updates.length)),
    dryRun,
    mode,
    added: plan ? plan.added.length : parsed.filter((p) => p.value).length,
    addedPeople: (plan ? plan.added : parsed).flatMap((p) =>
      p.value
        ? [{ row: p.row, name: p.value.name, role: p.value.role, roleLabel: STAFF_ROLE_LABELS[p.value.role] }]
        : [],
    ),
    changed: plan?.updates.length ?? 0,
    unchanged: plan?.unchanged ?? 0,
    skipped,
    missingCount: plan?.missing.length ?? 0,
    changes: plan?.changes ?? [],
    missing: (plan?.missing ?? []).map((staff) => ({ staff })),
    rosterVersion: plan?.rosterVersion ?? null,
  });

  // the header row: each column by its title or an alias, wherever it stands; an unknown, a
  // repeated or a missing required column is reported before any row is read
  const header = mapHeaderRow(ws, [...columns, ...EXPORT_ONLY]);
  const at: Map<string, number> = header.at;
  errors.push(...header.errors);
  if (errors.length) return result(0);
  const columnOf = new Map(columns.map((c) => [c.field as string, c]));
  const problem = (row: number, field: string, message: string) => {
    const col = at.get(field);
    errors.push({
      sheet: STAFF_SHEET,
      row,
      column: columnOf.get(field)?.header ?? L[field as keyof typeof L] ?? null,
      cell: col === undefined ? null : `${columnLetter(col)}${row}`,
      field,
      message: `第 ${row} 行：${message}`,
    });
  };

  const ctx: StaffContext = { schoolType: school.type, schoolYear, today: todayInBeijing(access.now()) };
  const lastRow = ws.actualRowCount === 0 ? 0 : (ws.lastRow?.number ?? 0);
  for (let r = 2; r <= lastRow; r++) {
    // a row exceljs never saw (no cell written) is blank
    const xlsxRow = ws.findRow(r);
    if (!xlsxRow) continue;
    const { raw, problems, empty, status } = parseRow(xlsxRow, columns, at, mode === "UPDATE");
    if (empty) continue;
    if (parsed.length + skipped >= MAX_STAFF_ROWS) {
      throw badInput("contentBase64", `一次最多导入 ${MAX_STAFF_ROWS} 行，请分批导入`);
    }
    // an export's history (调出/退休) is left as it is by an update
    if (
      mode === "UPDATE" &&
      (status === STAFF_STATUS_LABELS.transferred_out || status === STAFF_STATUS_LABELS.retired)
    ) {
      skipped++;
      continue;
    }
    if (status !== null && status !== STAFF_STATUS_LABELS.active) {
      problems.set(
        "status",
        `导入只新增在岗人员，${L.status}为“${String(status)}”的行请删除（调出、退休请在平台中办理）`,
      );
    }
    // one pass of the domain's validation: its issues, and the record parsed when it has none
    const checked = checkStaff(raw, ctx);
    const issues = checked.issues.filter((i) => !problems.has(i.field));
    for (const [field, message] of problems) problem(r, field, message);
    for (const i of issues) problem(r, i.field, i.message);
    parsed.push({ row: r, value: problems.size === 0 && checked.ok ? checked.value : null });
  }

  // duplicates within the file: the same 身份证号, or the same name and birth date
  const firstById = new Map<string, number>();
  const firstByName = new Map<string, number>();
  for (const p of parsed) {
    if (!p.value) continue;
    const v = p.value;
    if (v.idNumber) {
      const first = firstById.get(v.idNumber);
      if (first !== undefined)
        problem(p.row, "idNumber", `${L.idNumber}与第 ${first} 行重复，同一人只能登记一次`);
      else firstById.set(v.idNumber, p.row);
    }
    const key = `${v.name}\u0000${v.birthDate}`;
    const first = firstByName.get(key);
    if (first !== undefined) {
      problem(p.row, "name", `与第 ${first} 行姓名和出生日期相同（${v.name}，${v.birthDate}），请勿重复录入`);
    } else firstByName.set(key, p.row);
  }

  const good = parsed.filter((p): p is { row: number; value: StaffInput } => p.value !== null);
  const hashOf = idHasher(env.ID_HASH_KEY);
  const rowsRead = parsed.length + skipped;
  // UPDATE: rows matched to the roster's people on duty (locked when saving) become changes;
  // only the others are new people, checked for duplicates as an ADD_ONLY import checks them
  const check = async (db: Db | Tx, lock: boolean) => {
    // saving: the year's identity lock first (staff/identity.ts), so matching, the duplicate rule
    // and the writes of concurrent roster changes never interleave
    if (lock) await lockRosterIdentity(db as Tx, schoolYear);
    const plan =
      mode === "UPDATE"
        ? await planRosterUpdate(db, access, hashOf, unit, schoolYear, good, at, ctx, problem, lock)
        : null;
    const reusable = await rosterDuplicates(
      db,
      access,
      hashOf,
      school,
      schoolYear,
      plan?.added ?? good,
      problem,
    );
    return { plan, reusable };
  };
  if (dryRun || errors.length) {
    const { plan } = await check(access.db, false);
    return result(rowsRead, 0, plan);
  }
  try {
    const { created, plan } = await access.db.transaction(async (tx) => {
      // again under the year's lock (已发布 / 补录 may have changed while the file was read)
      await assertRosterYearOpen(tx, unit.school, schoolYear, "schoolYear", access.now());
      const { plan, reusable } = await check(tx, true);
      if (errors.length) return { created: 0, plan };
      // a roster changed since the dry run: refused, unless the file changes nothing on it any more
      // (the same confirmation sent again, a double click or a replay: the roster already is what
      // the file says, so it answers 0 changes, saved false, rather than a conflict with oneself)
      if (plan && plan.rosterVersion !== rosterVersion) {
        if (plan.added.length || plan.updates.length) throw conflict("本校花名册");
        return { created: 0, plan };
      }
      const adding = plan ? plan.added : good;
      if (adding.length) await insertRows(tx, access, hashOf, unit, schoolYear, adding, reusable);
      if (plan) await applyRosterUpdate(tx, access, unit, plan);
      return { created: adding.length, plan };
    });
    return result(rowsRead, created, plan);
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw badInput("idNumber", "导入时有人员同时被登记到本学年花名册（身份证号重复），未保存，请重新导入");
    }
    throw e;
  }
}

/**
 * Duplicates against the roster by THE duplicate rule (staff/identity.ts), two statements: a
 * 身份证号 already active on this year's roster (anywhere), or the same name and birth date
 * already active on this school's roster; each reported on its row. Exported for the update
 * from a file, which matches its new rows the same way.
 * In the saving transaction the caller holds the year's identity lock (lockRosterIdentity)
 * first, so two imports of the same file at once are serialized and the second finds the first's
 * rows. The two lookups (the rule's matches, the people to reuse) go out together.
 * @returns the people the viewer may reuse (known by 身份证号 only from records it may edit), by
 *   身份证号 hash; other known 身份证号 get new person rows (another unit's records untouched).
 */
export async function rosterDuplicates(
  db: Db | Tx,
  access: ScopedAccess,
  hashOf: IdHasher,
  school: { id: string; districtId: string },
  schoolYear: number,
  rows: readonly { row: number; value: StaffInput }[],
  problem: (row: number, field: string, message: string) => void,
): Promise<Map<string, PersonRow>> {
  const candidates = rows.map(({ value: v }) => ({
    name: v.name,
    birthDate: v.birthDate,
    idHash: v.idNumber ? hashOf(v.idNumber) : null,
  }));
  const place = { schoolId: school.id, districtId: school.districtId };
  const hashes = candidates.flatMap((c) => (c.idHash ? [c.idHash] : []));
  const [matches, reusable] = await Promise.all([
    matchRoster(db, { schoolYear, place, candidates }),
    reusablePeople(db, access, hashes),
  ]);
  rows.forEach(({ row, value: v }, i) => {
    if (matches[i]?.idOnDuty) problem(row, "idNumber", ID_ON_DUTY_MESSAGE);
    if (matches[i]?.sameName) problem(row, "name", sameNameMessage(v.name, v.birthDate));
  });
  return reusable;
}

/** Errors by sheet (in `sheets` order), row, then column: the order a person reads the workbook. */
export function sortErrors(
  errors: ExcelImportErrorModel[],
  sheets: readonly string[] = [],
): ExcelImportErrorModel[] {
  const colOf = (e: ExcelImportErrorModel) => {
    const m = e.cell?.match(/^([A-Z]+)/);
    return m ? [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 0;
  };
  return errors.sort(
    (a, b) => sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet) || a.row - b.row || colOf(a) - colOf(b),
  );
}

/**
 * Insert the people (or update those reused), the staff rows and an audit row each: three bulk
 * statements whatever the row count (lib/bulkInsert.ts, and the audit rows made by PostgreSQL
 * from the staff rows written: recordAuditOf; issue 15), the ids made here. A person
 * reused by 身份证号 is brought up to date one by one (changePersonDetails: its other records'
 * years and scope decide whether it changes in place), as few as the file has transfers in.
 */
async function insertRows(
  tx: Tx,
  access: ScopedAccess,
  hashOf: IdHasher,
  unit: ResolvedUnit,
  schoolYear: number,
  rows: readonly { row: number; value: StaffInput }[],
  reusable: ReadonlyMap<string, PersonRow>,
): Promise<void> {
  const school = unit.school!;
  const now = new Date();
  const newPeople: PersonRow[] = [];
  const records: StaffRow[] = [];
  for (const { value: v } of rows) {
    const idHash = v.idNumber ? hashOf(v.idNumber) : null;
    const details = {
      name: v.name,
      gender: v.gender,
      birthDate: v.birthDate,
      ethnicity: v.ethnicity,
      idNumberHash: idHash,
      idNumberTail: v.idNumber ? v.idNumber.slice(-4) : null,
    };
    const known = idHash ? reusable.get(idHash) : undefined;
    let person: PersonRow;
    if (known) {
      // on an earlier year's roster (e.g. transferred in): the same person, brought up to date,
      // except on a published year's records (已发布; staff/identity.ts)
      person = await changePersonDetails(tx, access, { person: known, staffId: null, set: details });
    } else {
      person = { id: randomUUID(), ...details, createdAt: now, updatedAt: now };
      newPeople.push(person);
    }
    // the record as the database stores it (version 1, not left); its timestamps are the
    // database's default (now()), the ones here only complete the row's type
    const record: StaffRow = {
      id: randomUUID(),
      personId: person.id,
      schoolYear,
      schoolId: school.id,
      districtId: school.districtId,
      role: v.role,
      status: "active",
      leftOn: null,
      startedOn: v.startedOn,
      fullTime: v.fullTime,
      stage: v.stage,
      subject: v.subject,
      education: v.education,
      preschoolMajor: v.preschoolMajor,
      teacherCertificate: v.teacherCertificate,
      title: v.title,
      dualQualified: v.dualQualified,
      backboneLevel: v.backboneLevel,
      mentalHealthTrained: v.mentalHealthTrained,
      counsellingCertificate: v.counsellingCertificate,
      bilingual: v.bilingual,
      trainingHours: v.trainingHours,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    records.push(record);
  }
  // timestamps left to the database (now(), as every other write)
  await bulkInsert(
    tx,
    people,
    newPeople.map(({ createdAt: _c, updatedAt: _u, ...p }) => p),
  );
  await bulkInsert(
    tx,
    staff,
    records.map(({ createdAt: _c, updatedAt: _u, ...r }) => r),
  );
  // an audit row each (staff.import), its snapshot made by PostgreSQL from the rows just written
  // (snapshotSql: the same JSON as snapshot()), in the file's order
  await recordAuditOf(
    tx,
    { userId: access.viewer.userId, action: "staff.import", entityType: "staff" },
    sql`select ${staff.id}::text as entity_id, ${staff.districtId} as district_id,
          ${staff.schoolId} as school_id, null::jsonb as before, ${snapshotSql} as after
        from unnest(${`{${records.map((r) => r.id).join(",")}}`}::uuid[]) with ordinality as w(id, n)
        join ${staff} on ${staff.id} = w.id
        join ${people} on ${people.id} = ${staff.personId}
        order by w.n`,
  );
}

/** What an UPDATE import does to the roster, worked out from the file and the roster on duty. */
interface RosterUpdatePlan {
  /** Rows matched to nobody on duty: new people. */
  added: { row: number; value: StaffInput }[];
  /** Matched people whose record changes, with the columns to set. */
  updates: {
    row: number;
    record: StaffRow;
    person: PersonRow;
    staffSet: Partial<StaffRow>;
    personSet: Partial<PersonRow>;
  }[];
  /** Every changed item, by row then column. */
  changes: StaffImportChangeModel[];
  unchanged: number;
  /** People on duty not in the file, by role and name. */
  missing: StaffMemberModel[];
  /** sha256 of the roster on duty's record ids and versions. */
  rosterVersion: string;
}

/** The person fields an UPDATE import compares (POST_FIELDS are the record's). */
const PERSON_COMPARED = ["name", "gender", "birthDate", "ethnicity"] as const;

/** A record as the StaffMember type shows it, the 身份证号 tail only where the viewer may see it. */
function memberModel(access: ScopedAccess, unit: ResolvedUnit, s: StaffRow, p: PersonRow): StaffMemberModel {
  return {
    ...s,
    name: p.name,
    gender: p.gender,
    birthDate: p.birthDate,
    ethnicity: p.ethnicity,
    idNumberTail: access.allows("staff.readIdTail", unit.ref) ? p.idNumberTail : null,
  };
}

/**
 * Match an UPDATE import's good rows to the school's people on duty of the year — by 身份证号
 * (HMAC) when the row gives the full number, else by name + birth date — and work out what
 * changes: only the columns the file has, a blank 身份证号 keeping the stored one. Each matched
 * row's merged record is checked again with the domain's staff validation; a second row for the
 * same person, a changed birth date or gender of a person with a 身份证号 on file but none in the
 * row, and a 身份证号 of another person are problems (the import then saves nothing). `lock`
 * locks the records (FOR UPDATE) inside the saving transaction.
 */
async function planRosterUpdate(
  db: Db | Tx,
  access: ScopedAccess,
  hashOf: IdHasher,
  unit: ResolvedUnit,
  schoolYear: number,
  rows: readonly { row: number; value: StaffInput }[],
  at: ReadonlyMap<string, number>,
  ctx: StaffContext,
  problem: (row: number, field: string, message: string) => void,
  lock: boolean,
): Promise<RosterUpdatePlan> {
  const school = unit.school!;
  // THE matching rule of staff/identity.ts: by 身份证号 HMAC, else name + birth date
  const active = await activeRoster(db, {
    schoolYear,
    place: { schoolId: school.id, districtId: school.districtId },
    lock,
  });
  const roster = active.records;
  const roleOrder = (r: string) => STAFF_ROLES.indexOf(r as (typeof STAFF_ROLES)[number]);
  roster.sort(
    (a, b) => roleOrder(a.s.role) - roleOrder(b.s.role) || a.p.name.localeCompare(b.p.name, "zh-Hans-CN"),
  );
  const rosterVersion = createHash("sha256")
    .update(
      roster
        .map((r) => `${r.s.id}:${r.s.version}`)
        .sort()
        .join(","),
    )
    .digest("hex");
  const columnOf = new Map(staffColumns(school.type).map((c) => [c.field as string, c]));
  const shown = (field: string, v: unknown): string | null => {
    if (v === null || v === undefined || v === "") return null;
    const c = columnOf.get(field);
    if (c?.kind === "code") return c.options?.[v as string] ?? String(v);
    if (c?.kind === "yesno") return v ? "是" : "否";
    return String(v);
  };
  const showTail = access.allows("staff.readIdTail", unit.ref);
  const maskedTail = (tail: string | null) =>
    tail ? (showTail ? maskIdNumber(`${"0".repeat(14)}${tail}`) : "已登记") : null;

  const plan: RosterUpdatePlan = {
    added: [],
    updates: [],
    changes: [],
    unchanged: 0,
    missing: [],
    rosterVersion,
  };
  const matchedAt = new Map<string, number>();
  const newHashes: { row: number; hash: string; exceptStaffId: string }[] = [];
  for (const g of rows) {
    const v = g.value;
    const hash = v.idNumber ? hashOf(v.idNumber) : null;
    const m = active.recordOf({ name: v.name, birthDate: v.birthDate, idHash: hash });
    if (!m) {
      plan.added.push(g);
      continue;
    }
    const first = matchedAt.get(m.s.id);
    if (first !== undefined) {
      problem(g.row, "name", `与第 ${first} 行是同一人（${m.p.name}，${m.p.birthDate}），同一人只能登记一次`);
      continue;
    }
    matchedAt.set(m.s.id, g.row);
    const fields = [...PERSON_COMPARED, ...POST_FIELDS].filter((f) => at.has(f));
    const merged: Record<string, unknown> = {
      name: m.p.name,
      gender: m.p.gender,
      birthDate: m.p.birthDate,
      ethnicity: m.p.ethnicity,
      idNumber: null,
      ...Object.fromEntries(POST_FIELDS.map((f) => [f, m.s[f]])),
      status: "active",
      leftOn: null,
    };
    for (const f of fields) merged[f] = v[f];
    const idChanged = hash !== null && hash !== m.p.idNumberHash;
    if (idChanged) merged.idNumber = v.idNumber;
    const issues = staffIssues(merged, ctx);
    for (const i of issues) problem(g.row, i.field, i.message);
    if (issues.length) continue;
    if (
      m.p.idNumberHash &&
      !idChanged &&
      (merged.birthDate !== m.p.birthDate || merged.gender !== m.p.gender)
    ) {
      problem(
        g.row,
        "idNumber",
        "已登记身份证号：修改出生日期或性别时，请同时填写完整的身份证号，以便核对一致",
      );
      continue;
    }
    if (idChanged) newHashes.push({ row: g.row, hash: hash!, exceptStaffId: m.s.id });
    const staffSet: Partial<StaffRow> = {};
    const personSet: Partial<PersonRow> = {};
    const model = memberModel(access, unit, m.s, m.p);
    const changes: StaffImportChangeModel[] = [];
    for (const f of fields) {
      const before = (PERSON_COMPARED as readonly string[]).includes(f)
        ? m.p[f as (typeof PERSON_COMPARED)[number]]
        : m.s[f as (typeof POST_FIELDS)[number]];
      const after = merged[f];
      if ((before ?? null) === (after ?? null)) continue;
      if ((PERSON_COMPARED as readonly string[]).includes(f)) Object.assign(personSet, { [f]: after });
      else Object.assign(staffSet, { [f]: after });
      changes.push({
        row: g.row,
        staff: model,
        field: f,
        label: L[f],
        before: shown(f, before),
        after: shown(f, after),
      });
    }
    if (idChanged) {
      Object.assign(personSet, { idNumberHash: hash, idNumberTail: v.idNumber!.slice(-4) });
      changes.push({
        row: g.row,
        staff: model,
        field: "idNumber",
        label: L.idNumber,
        before: maskedTail(m.p.idNumberTail),
        after: maskedTail(v.idNumber!.slice(-4)),
      });
    }
    if (!changes.length) {
      plan.unchanged++;
      continue;
    }
    plan.changes.push(...changes);
    plan.updates.push({ row: g.row, record: m.s, person: m.p, staffSet, personSet });
  }
  // a 身份证号 entered for a matched person must not be on duty on another record this year (THE
  // rule, staff/identity.ts); a number known only from other years or units is no clash, and
  // the answer tells nothing more
  const onDuty = await hashesOnDuty(db, schoolYear, newHashes);
  for (const n of newHashes) if (onDuty.has(n.hash)) problem(n.row, "idNumber", ID_ON_DUTY_MESSAGE);
  plan.missing = roster.filter((r) => !matchedAt.has(r.s.id)).map((r) => memberModel(access, unit, r.s, r.p));
  return plan;
}

/**
 * Apply an UPDATE import's changes inside its transaction: each changed person and record
 * updated (the record's version + 1, compared), an audit row each (staff.import, before/after).
 * The plan's changes then show the records as saved.
 */
async function applyRosterUpdate(
  tx: Tx,
  access: ScopedAccess,
  unit: ResolvedUnit,
  plan: RosterUpdatePlan,
): Promise<void> {
  const audits: AuditRecord[] = [];
  const saved = new Map<string, StaffMemberModel>();
  for (const u of plan.updates) {
    // the person's other records in scope and in years not published follow; one of a published
    // year (已发布) or of another unit keeps the old details (staff/identity.ts)
    const person = await changePersonDetails(tx, access, {
      person: u.person,
      staffId: u.record.id,
      set: u.personSet,
    });
    const [record] = await tx
      .update(staff)
      .set({ ...u.staffSet, personId: person.id, version: u.record.version + 1, updatedAt: new Date() })
      .where(and(eq(staff.id, u.record.id), eq(staff.version, u.record.version)))
      .returning();
    if (!record) throw conflict("本校花名册");
    saved.set(record.id, memberModel(access, unit, record, person));
    audits.push({
      userId: access.viewer.userId,
      action: "staff.import",
      entityType: "staff",
      entityId: record.id,
      districtId: record.districtId,
      schoolId: record.schoolId,
      before: snapshot(u.record, u.person),
      after: snapshot(record, person),
    });
  }
  await recordAudit(tx, audits);
  plan.changes = plan.changes.map((c) => ({ ...c, staff: saved.get(c.staff.id) ?? c.staff }));
}
