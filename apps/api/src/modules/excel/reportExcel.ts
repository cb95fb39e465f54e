/**
 * The annual report in Excel (学校年报): a template with one row per item of the report (项目 |
 * 填写值 | 单位 | 说明) and a sheet of the school's grades (分年级在校生及班额), an export of the
 * report in the same layout, and an import into the school's draft under the same rules as
 * saveReportDraft: every problem named by sheet, row and column and nothing saved, or the whole
 * report saved as one draft (one transaction, audit row report.import). Refused when the report
 * is submitted or approved.
 */
import { schoolReports } from "@edu2035/db";
import {
  GRADES_OF_STAGE,
  gradeLabel,
  isPrimaryOrSecondarySchool,
  REPORT_FIELD_LABELS,
  REPORT_LIMITS,
  REPORT_SECTIONS,
  REPORT_STATE_LABELS,
  type ReportGradeInput,
  type ReportInput,
  reportIssues,
  type SchoolType,
  STAGE_LABELS,
  STAGES,
  STAGES_OF_SCHOOL_TYPE,
  type Stage,
  schoolTypeReports,
  schoolYearLabel,
  schoolYearShort,
} from "@edu2035/domain";
import { and, eq } from "drizzle-orm";
import type ExcelJS from "exceljs";
import type { ScopedAccess } from "../../authz/access.ts";
import { conflict } from "../../errors.ts";
import { assertYearNotPublished } from "../../lib/rosterYear.ts";
import {
  assertEditable,
  assertNotFuture,
  type SchoolReportModel,
  saveReportDraft,
  schoolReport,
} from "../reports/service.ts";
import { assertSchoolYear } from "../staff/service.ts";
import { sortErrors } from "./staffExcel.ts";
import {
  addInstructions,
  addListValidation,
  addNumberValidation,
  type CellValue,
  cellValue,
  columnLetter,
  type ExcelFileModel,
  type ExcelImportErrorModel,
  headerKey,
  mapHeaderRow,
  newWorkbook,
  numberOf,
  OptionLists,
  readWorkbook,
  requireSheet,
  styleHeader,
  toExcelFile,
  yesNoOf,
} from "./workbook.ts";

/** Sheet of the report's items. */
export const REPORT_SHEET = "年报";
/** Sheet of the grades. */
export const GRADES_SHEET = "分年级";

type ItemField = Exclude<keyof ReportInput, "grades">;
type ItemKind = "area" | "money" | "count" | "yesno" | "text";

/** How each item of the report is filled in. */
const ITEMS: Record<ItemField, { kind: ItemKind; unit: string; max?: number }> = {
  staffTotal: { kind: "count", unit: "人", max: REPORT_LIMITS.staff },
  fullTimeTeachers: { kind: "count", unit: "人", max: REPORT_LIMITS.staff },
  teachingAuxiliaryArea: { kind: "area", unit: "平方米" },
  indoorSportsArea: { kind: "area", unit: "平方米" },
  outdoorSportsArea: { kind: "area", unit: "平方米" },
  equipmentValue: { kind: "money", unit: "元" },
  multimediaClassrooms: { kind: "count", unit: "间", max: REPORT_LIMITS.rooms },
  innovationLabs: { kind: "count", unit: "个", max: REPORT_LIMITS.rooms },
  wirelessFullCoverage: { kind: "yesno", unit: "是/否" },
  healthTested: { kind: "count", unit: "人", max: REPORT_LIMITS.healthTested },
  healthPassed: { kind: "count", unit: "人", max: REPORT_LIMITS.healthTested },
  healthGoodOrExcellent: { kind: "count", unit: "人", max: REPORT_LIMITS.healthTested },
  meetsPeHygieneStandard: { kind: "yesno", unit: "是/否" },
  implementsCurriculumStandards: { kind: "yesno", unit: "是/否" },
  hasSportsBrand: { kind: "yesno", unit: "是/否" },
  implementsHealthStandard: { kind: "yesno", unit: "是/否" },
  heldSportsMeeting: { kind: "yesno", unit: "是/否" },
  footballFeatureSchool: { kind: "yesno", unit: "是/否" },
  footballLessonsPerWeek: { kind: "count", unit: "节/周", max: REPORT_LIMITS.footballLessonsPerWeek },
  heldArtsFestival: { kind: "yesno", unit: "是/否" },
  notes: { kind: "text", unit: "" },
};

/** Items a 中小学 must fill in before submitting (beyond those every school must). */
const PRIMARY_SECONDARY_ONLY = new Set<string>([
  "innovationLabs",
  "healthTested",
  "healthPassed",
  "healthGoodOrExcellent",
  "meetsPeHygieneStandard",
  "implementsCurriculumStandards",
  "hasSportsBrand",
  "implementsHealthStandard",
  "heldSportsMeeting",
  "footballFeatureSchool",
  "heldArtsFestival",
]);

/** The grade sheet's columns, read by header (every one required: a missing column is named). */
const GRADE_COLUMNS = [
  { field: "stage", header: "学段", required: true },
  { field: "grade", header: "年级", required: true },
  {
    field: "students",
    header: REPORT_FIELD_LABELS.students,
    required: true,
    aliases: ["在校生人数", "学生数"],
  },
  { field: "classes", header: REPORT_FIELD_LABELS.classes, required: true, aliases: ["班数", "教学班数"] },
  { field: "largeClasses", header: REPORT_FIELD_LABELS.largeClasses, required: true },
  { field: "oversizedClasses", header: REPORT_FIELD_LABELS.oversizedClasses, required: true },
  {
    field: "disabledStudents",
    header: REPORT_FIELD_LABELS.disabledStudents,
    required: true,
    aliases: ["随班就读学生数"],
  },
] as const;

/** The report sheet's columns, read by header: the item's name and its value (单位 and 说明 are the template's notes). */
const ITEM_COLUMNS = [
  { field: "item", header: "项目", required: true },
  { field: "value", header: "填写值", required: true, aliases: ["填报值", "数值", "值"] },
  { field: "unit", header: "单位", required: false },
  { field: "note", header: "说明", required: false, aliases: ["备注说明"] },
] as const;
type GradeCount = "students" | "classes" | "largeClasses" | "oversizedClasses" | "disabledStudents";
const COUNT_COLUMNS = GRADE_COLUMNS.slice(2) as readonly { field: GradeCount; header: string }[];

/**
 * The grade sheet's columns a school type reports (a kindergarten: no 大班额/超大班额, domain
 * GRADE_ITEMS_NOT_REPORTED); on import the others are optional and, when present (an old
 * template), checked by the domain (a count > 0 is refused naming the column).
 */
function gradeColumnsOf(type: SchoolType) {
  return GRADE_COLUMNS.filter((c) => schoolTypeReports(type, c.field));
}

/** The note beside an item: when it must be filled in. */
function itemNote(field: ItemField, schoolType: SchoolType): string {
  if (field === "notes") return "选填";
  if (field === "footballLessonsPerWeek") return "足球特色学校必填";
  if (field === "indoorSportsArea") return "包含在教学及辅助用房面积之内";
  if (field === "fullTimeTeachers") return "必填，不超过教职工数";
  if (PRIMARY_SECONDARY_ONLY.has(field))
    return isPrimaryOrSecondarySchool(schoolType) ? "必填" : "中小学填写";
  return "必填";
}

/** The report workbook of a school, filled with `report` when given. */
function reportWorkbook(
  school: { name: string; code: string; type: SchoolType },
  schoolYear: number,
  report: SchoolReportModel | null,
): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(REPORT_SHEET);
  const gs = wb.addWorksheet(GRADES_SHEET);
  addInstructions(wb, `${school.name}${schoolYearLabel(schoolYear)}年报填写说明`, [
    `学校：${school.name}（学校标识码 ${school.code}）　学年：${schoolYearLabel(schoolYear)}（统计时点 ${schoolYear}年9月1日）`,
    ...(report
      ? [
          `导出时年报状态：${REPORT_STATE_LABELS[report.status]}，版本 ${report.version}（导入时请提交该版本号）`,
        ]
      : []),
    "一、填写方法",
    `1. 在“${REPORT_SHEET}”工作表的“填写值”列逐项填写，不要修改“项目”列；“说明”列注明是否必填。面积单位为平方米，金额单位为元，最多保留两位小数。`,
    "2. 是/否项请从下拉列表中选择。",
    schoolTypeReports(school.type, "largeClasses")
      ? `3. 在“${GRADES_SHEET}”工作表中按年级填写在校生数和班级数；本校没有的年级整行留空。大班额指 56—65 人的班级，超大班额指 66 人及以上的班级，不填视为 0。`
      : `3. 在“${GRADES_SHEET}”工作表中按年级填写在园幼儿数和班级数；本园没有的年级整行留空。幼儿园不填报大班额、超大班额和体质健康测试人数，班额按《幼儿园工作规程》核对。`,
    "二、导入规则",
    "1. 导入的内容保存为年报草稿（整份替换原有草稿内容，含分年级数据），提交审核仍需在平台中操作；已提交或已审核的年报不能导入。",
    "2. 导入时检查全部数据：只要有一处有误，就不保存任何内容，并列出每一处错误（工作表、行号、列名和原因）。",
    "3. 数据须符合年报填写规则：专任教师数不超过教职工数，合格人数不超过测试人数，良好及优秀人数不超过合格人数，室内体育用房面积不超过教学及辅助用房面积，大班额与超大班额班级数之和不超过班级数等。",
  ]);
  const lists = new OptionLists(wb);
  const yesNo = lists.add("是/否", ["是", "否"]);

  styleHeader(ws, ws.addRow(["项目", "填写值", "单位", "说明"]));
  ws.getColumn(1).width = 44;
  ws.getColumn(2).width = 16;
  ws.getColumn(3).width = 10;
  ws.getColumn(4).width = 24;
  for (const section of REPORT_SECTIONS) {
    // the items the school's type does not report (a kindergarten: 体质健康) are left out
    const fields = section.fields.filter(
      (f): f is ItemField => f in ITEMS && schoolTypeReports(school.type, f as ItemField),
    );
    if (!fields.length) continue;
    // a section of one item of the same name (备注) needs no heading
    if (!(fields.length === 1 && REPORT_FIELD_LABELS[fields[0]!] === section.label)) {
      const head = ws.addRow([section.label]);
      head.font = { bold: true };
      head.getCell(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
    }
    for (const field of fields) {
      const item = ITEMS[field];
      const v = report?.[field] ?? null;
      const shown = v === null ? null : item.kind === "yesno" ? (v ? "是" : "否") : (v as string | number);
      const row = ws.addRow([
        REPORT_FIELD_LABELS[field],
        shown,
        item.unit || null,
        itemNote(field, school.type),
      ]);
      const address = `B${row.number}`;
      if (item.kind === "yesno") addListValidation(ws, address, yesNo, REPORT_FIELD_LABELS[field]);
      if (item.kind === "count") {
        addNumberValidation(ws, address, "whole", 0, item.max!, REPORT_FIELD_LABELS[field]);
      }
      if (item.kind === "area" || item.kind === "money") {
        const max = item.kind === "area" ? REPORT_LIMITS.area : REPORT_LIMITS.equipmentValue;
        addNumberValidation(ws, address, "decimal", 0, max, REPORT_FIELD_LABELS[field]);
        row.getCell(2).numFmt = "0.00";
      }
    }
  }

  const gradeColumns = gradeColumnsOf(school.type);
  const countColumns = gradeColumns.slice(2) as readonly { field: GradeCount; header: string }[];
  styleHeader(gs, gs.addRow(gradeColumns.map((c) => c.header)));
  gradeColumns.forEach((_c, i) => {
    gs.getColumn(i + 1).width = i < 2 ? 14 : 18;
  });
  const stages = STAGES_OF_SCHOOL_TYPE[school.type];
  const filled = new Map((report?.grades ?? []).map((g) => [`${g.stage}:${g.grade}`, g]));
  const rows: [Stage, number][] = stages.flatMap((s) =>
    GRADES_OF_STAGE[s].map((g): [Stage, number] => [s, g]),
  );
  // a stored grade outside the school type's grades (the type changed) is still exported
  for (const g of report?.grades ?? []) {
    if (!rows.some(([s, n]) => s === g.stage && n === g.grade)) rows.push([g.stage, g.grade]);
  }
  for (const [stage, grade] of rows) {
    const g = filled.get(`${stage}:${grade}`);
    gs.addRow([
      STAGE_LABELS[stage],
      gradeLabel(stage, grade),
      ...countColumns.map((c) => (g ? g[c.field] : null)),
    ]);
  }
  const last = Math.max(rows.length + 1, 40);
  addListValidation(
    gs,
    `A2:A${last}`,
    lists.add(
      "学段",
      stages.map((s) => STAGE_LABELS[s]),
    ),
    "学段",
  );
  for (let i = 0; i < countColumns.length; i++) {
    const l = columnLetter(i + 3);
    const c = countColumns[i]!;
    const max =
      c.field === "students" || c.field === "disabledStudents"
        ? REPORT_LIMITS.studentsPerGrade
        : REPORT_LIMITS.classesPerGrade;
    addNumberValidation(gs, `${l}2:${l}${last}`, "whole", 0, max, c.header);
  }
  return wb;
}

const reportFilename = (schoolName: string, schoolYear: number, what: string) =>
  `${schoolName}-${schoolYearShort(schoolYear)}-${what}.xlsx`;

/**
 * The annual-report template of a school for a school year: items with units and whether they
 * are required, the school's grades ready to fill in, drop-downs for the yes/no items.
 * @throws FORBIDDEN outside the viewer's scope; BAD_USER_INPUT (schoolYear).
 */
export async function reportExcelTemplate(
  access: ScopedAccess,
  schoolId: string,
  schoolYear: number,
): Promise<ExcelFileModel> {
  assertSchoolYear(schoolYear, "schoolYear");
  const unit = await access.resolveUnit({ level: "school", id: schoolId }, "report.read");
  const school = unit.school!;
  return toExcelFile(
    reportWorkbook(school, schoolYear, null),
    reportFilename(school.name, schoolYear, "年报导入模板"),
  );
}

/**
 * A school's annual report of a school year in the template's layout (empty items when there
 * is no report yet): for the school to work on offline, or for its district and the city.
 * @throws FORBIDDEN outside the viewer's scope; BAD_USER_INPUT (schoolYear).
 */
export async function exportReportExcel(
  access: ScopedAccess,
  schoolId: string,
  schoolYear: number,
): Promise<ExcelFileModel> {
  const report = await schoolReport(access, schoolId, schoolYear);
  const school = await access.school(schoolId);
  return toExcelFile(
    reportWorkbook(school, schoolYear, report),
    reportFilename(school.name, schoolYear, "年报"),
  );
}

/** Outcome of a report import. */
export interface ReportImportResultModel {
  /** Items and grade rows read with a value. */
  rows: number;
  errors: ExcelImportErrorModel[];
  saved: boolean;
  dryRun: boolean;
  report: SchoolReportModel | null;
}

/** Stage of a grade-sheet cell: its label (or code). */
function stageOf(v: CellValue): Stage | null {
  if (v === null) return null;
  const s = String(v).trim();
  return STAGES.find((x) => STAGE_LABELS[x] === s || x === s) ?? null;
}

/** Grade number of a grade-sheet cell: its label for the stage (三年级, 初一, 小班 …) or the number. */
function gradeOf(stage: Stage, v: CellValue): number | null {
  if (v === null) return null;
  if (typeof v === "number") return Number.isInteger(v) ? v : null;
  const s = String(v).trim();
  const byLabel = GRADES_OF_STAGE[stage].find((g) => gradeLabel(stage, g) === s);
  if (byLabel !== undefined) return byLabel;
  return /^\d+$/.test(s) ? Number(s) : null;
}

/**
 * Import a report workbook into the school's draft for a school year, under the rules of
 * saveReportDraft (the school itself only; the domain's report validation; the version last
 * read, null to create; refused when submitted or approved). Every problem is named (sheet,
 * row, column, field, message) and nothing saved; otherwise, unless `dryRun`, the content
 * replaces the draft in one transaction with an audit row (report.import).
 * @throws FORBIDDEN; BAD_USER_INPUT (schoolYear; unreadable file or missing sheet);
 *   CONFLICT (STATE: submitted or approved; VERSION: stale version).
 */
export async function importReportExcel(
  access: ScopedAccess,
  schoolId: string,
  schoolYear: number,
  contentBase64: string,
  version: number | null | undefined,
  dryRun: boolean,
): Promise<ReportImportResultModel> {
  assertSchoolYear(schoolYear, "schoolYear");
  assertNotFuture(schoolYear, access.now(), "schoolYear");
  const unit = await access.resolveUnit({ level: "school", id: schoolId }, "report.edit");
  const school = unit.school!;
  // a published year answers with the year's lock, as saveReportDraft does, before the
  // report's own state (an approved report of a published year is not the district's to reopen)
  await access.db.transaction((tx) => assertYearNotPublished(tx, schoolYear, "schoolYear"));
  const [current] = await access.db
    .select({ status: schoolReports.status, version: schoolReports.version })
    .from(schoolReports)
    .where(and(eq(schoolReports.schoolId, school.id), eq(schoolReports.schoolYear, schoolYear)));
  if (current) assertEditable(current.status);
  if ((current?.version ?? null) !== (version ?? null)) throw conflict(`${schoolYearLabel(schoolYear)}年报`);

  const wb = await readWorkbook(contentBase64);
  const ws = requireSheet(wb, REPORT_SHEET);
  const gs = requireSheet(wb, GRADES_SHEET);
  const errors: ExcelImportErrorModel[] = [];
  const problems = new Set<string>();
  const push = (
    sheet: string,
    row: number,
    column: string | null,
    col: number | null,
    field: string,
    message: string,
  ) => {
    problems.add(field);
    errors.push({
      sheet,
      row,
      column,
      cell: col === null ? null : `${columnLetter(col)}${row}`,
      field,
      message: `${sheet}第 ${row} 行：${message}`,
    });
  };

  // both sheets are read by header, never by position (workbook.ts mapHeaderRow): an unknown, a
  // repeated or a missing column is named before any row is read
  const itemHeader = mapHeaderRow(ws, ITEM_COLUMNS);
  const gradeHeader = mapHeaderRow(gs, GRADE_COLUMNS, {
    required: (c) => c.required && schoolTypeReports(school.type, c.field),
  });
  if (itemHeader.errors.length || gradeHeader.errors.length) {
    for (const e of [...itemHeader.errors, ...gradeHeader.errors]) {
      problems.add(e.field);
      errors.push({ ...e, message: `${e.sheet}${e.message}` });
    }
    return {
      rows: 0,
      errors: sortErrors(errors, [REPORT_SHEET, GRADES_SHEET]),
      saved: false,
      dryRun,
      report: null,
    };
  }
  const itemCol = itemHeader.at.get("item")!;
  const valueCol = itemHeader.at.get("value")!;
  const gradeCol = gradeHeader.at;

  // items: the 项目 column names the item, the 填写值 column holds its value
  const content: Record<string, unknown> = {};
  const itemRow = new Map<string, number>();
  const byLabel = new Map(
    (Object.keys(ITEMS) as ItemField[]).map((f) => [headerKey(REPORT_FIELD_LABELS[f]), f]),
  );
  const sections = new Set(REPORT_SECTIONS.map((s) => headerKey(s.label)));
  let rows = 0;
  for (let r = 2; r <= (ws.lastRow?.number ?? 0); r++) {
    const row = ws.getRow(r);
    const label = headerKey(cellValue(row.getCell(itemCol)));
    const v = cellValue(row.getCell(valueCol));
    const field = byLabel.get(label);
    if (!field) {
      if (v !== null && !sections.has(label)) {
        push(
          REPORT_SHEET,
          r,
          "项目",
          itemCol,
          "item",
          `无法识别的项目“${String(cellValue(row.getCell(itemCol)) ?? "")}”，请使用平台下载的模板`,
        );
      }
      continue;
    }
    if (itemRow.has(field)) {
      if (v !== null)
        push(
          REPORT_SHEET,
          r,
          "项目",
          itemCol,
          field,
          `项目“${REPORT_FIELD_LABELS[field]}”重复（第 ${itemRow.get(field)} 行已填写），请只保留一行`,
        );
      continue;
    }
    itemRow.set(field, r);
    if (v === null) continue;
    rows++;
    const item = ITEMS[field];
    const name = REPORT_FIELD_LABELS[field];
    if (item.kind === "yesno") {
      const b = yesNoOf(v);
      if (typeof b === "string")
        push(REPORT_SHEET, r, "填写值", valueCol, field, `${name}应填写“是”或“否”（现为“${b}”）`);
      else content[field] = b;
    } else if (item.kind === "text") {
      content[field] = String(v);
    } else {
      const n = numberOf(v);
      if (typeof n === "string")
        push(REPORT_SHEET, r, "填写值", valueCol, field, `${name}应为数字（现为“${n}”）`);
      else content[field] = n;
    }
  }

  // grades: one row per grade; a row with no count is a grade the school does not have
  const grades: Record<string, unknown>[] = [];
  const gradeRow: number[] = [];
  for (let r = 2; r <= (gs.lastRow?.number ?? 0); r++) {
    const row = gs.getRow(r);
    const cells = GRADE_COLUMNS.map((c) => {
      const col = gradeCol.get(c.field); // absent: a column the school's type does not report
      return col === undefined ? null : cellValue(row.getCell(col));
    });
    const counts = cells.slice(2);
    if (counts.every((c) => c === null)) continue;
    rows++;
    const i = grades.length;
    const at = (k: string) => `grades.${i}.${k}`;
    const g: Record<string, unknown> = {};
    const stage = stageOf(cells[0]!);
    if (!stage) {
      push(
        GRADES_SHEET,
        r,
        "学段",
        gradeCol.get("stage")!,
        at("stage"),
        cells[0] === null ? "请填写学段" : `学段“${String(cells[0])}”不是可选项`,
      );
    } else {
      g.stage = stage;
      const grade = gradeOf(stage, cells[1]!);
      if (grade === null) {
        push(
          GRADES_SHEET,
          r,
          "年级",
          gradeCol.get("grade")!,
          at("grade"),
          cells[1] === null
            ? "请填写年级"
            : `年级“${String(cells[1])}”无法识别（可填：${GRADES_OF_STAGE[stage].map((x) => gradeLabel(stage, x)).join("、")}）`,
        );
      } else g.grade = grade;
    }
    COUNT_COLUMNS.forEach((c, k) => {
      const v = counts[k]!;
      const n = numberOf(v);
      if (n === null) {
        if (c.field === "students" || c.field === "classes")
          push(GRADES_SHEET, r, c.header, gradeCol.get(c.field)!, at(c.field), `请填写${c.header}`);
        else g[c.field] = 0;
      } else if (typeof n === "string") {
        push(
          GRADES_SHEET,
          r,
          c.header,
          gradeCol.get(c.field)!,
          at(c.field),
          `${c.header}应为数字（现为“${n}”）`,
        );
      } else g[c.field] = n;
    });
    grades.push(g);
    gradeRow.push(r);
  }
  content.grades = grades;

  // the domain's rules, each issue placed on its sheet, row and column
  for (const issue of reportIssues(content, { schoolType: school.type })) {
    if (problems.has(issue.field)) continue;
    const m = issue.field.match(/^grades\.(\d+)(?:\.(\w+))?$/);
    if (m) {
      const idx = GRADE_COLUMNS.findIndex((c) => c.field === m[2]);
      push(
        GRADES_SHEET,
        gradeRow[Number(m[1])] ?? 1,
        idx >= 0 ? GRADE_COLUMNS[idx]!.header : null,
        idx >= 0 ? (gradeCol.get(GRADE_COLUMNS[idx]!.field) ?? null) : null,
        issue.field,
        // the domain names a grade "第 n 行" of the form when it cannot name it by 学段 and 年级;
        // here the sheet's own row number says where
        issue.message.replace(/^第 \d+ 行：/, ""),
      );
    } else if (issue.field === "grades") {
      push(GRADES_SHEET, 1, null, null, issue.field, issue.message);
    } else {
      push(REPORT_SHEET, itemRow.get(issue.field) ?? 1, "填写值", valueCol, issue.field, issue.message);
    }
  }
  if (errors.length || dryRun) {
    return {
      rows,
      errors: sortErrors(errors, [REPORT_SHEET, GRADES_SHEET]),
      saved: false,
      dryRun,
      report: null,
    };
  }
  const report = await saveReportDraft(
    access,
    {
      schoolId: school.id,
      schoolYear,
      version: version ?? null,
      ...content,
      grades: grades as unknown as ReportGradeInput[],
    },
    "report.import",
  );
  return { rows, errors: [], saved: true, dryRun, report };
}
