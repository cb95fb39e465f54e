/**
 * The report form's values and their conversion to the API input and to the domain validation's
 * input; which tab each field lives on.
 */
import {
  type SchoolType as DomainSchoolType,
  type Stage as DomainStage,
  GRADES_OF_STAGE,
  gradeLabel,
  REPORT_CONTENT_FIELDS,
  REPORT_SECTIONS,
  type ReportInput,
  STAGE_LABELS,
  STAGES_OF_SCHOOL_TYPE,
  schoolTypeReports,
} from "@edu2035/domain";
import type { SaveReportDraftInput, SchoolReportFieldsFragment, SchoolType, Stage } from "@edu2035/graphql";
import type { FieldIssue } from "@edu2035/ui";

/** The content fields of a report (everything but the grades): the domain's list. */
export const CONTENT_FIELDS = REPORT_CONTENT_FIELDS;
type ContentField = (typeof CONTENT_FIELDS)[number];

export interface GradeRow {
  stage: Stage;
  grade: number;
  students?: number | null;
  classes?: number | null;
  largeClasses?: number | null;
  oversizedClasses?: number | null;
  disabledStudents?: number | null;
}

export type ReportFormValues = { [K in ContentField]?: number | boolean | string | null } & {
  grades: GradeRow[];
};

const COUNT_KEYS = ["students", "classes", "largeClasses", "oversizedClasses", "disabledStudents"] as const;

export const toDomainType = (t: SchoolType) => t.toLowerCase() as DomainSchoolType;
const toDomainStage = (s: Stage) => s.toLowerCase() as DomainStage;

/** Every grade the school type has (小学一年级 … 初三), the stored figures filled in. */
export function formValuesOf(
  schoolType: SchoolType,
  report: SchoolReportFieldsFragment | null,
): ReportFormValues {
  const stored = new Map((report?.grades ?? []).map((g) => [`${g.stage}:${g.grade}`, g]));
  const grades: GradeRow[] = [];
  for (const stage of STAGES_OF_SCHOOL_TYPE[toDomainType(schoolType)]) {
    for (const grade of GRADES_OF_STAGE[stage]) {
      const s = stored.get(`${stage.toUpperCase()}:${grade}`);
      grades.push({
        stage: stage.toUpperCase() as Stage,
        grade,
        students: s?.students ?? null,
        classes: s?.classes ?? null,
        largeClasses: s?.largeClasses ?? null,
        oversizedClasses: s?.oversizedClasses ?? null,
        disabledStudents: s?.disabledStudents ?? null,
      });
    }
  }
  // grades stored outside the school type's (should not happen) stay visible
  for (const g of report?.grades ?? []) {
    if (!grades.some((r) => r.stage === g.stage && r.grade === g.grade)) grades.push({ ...g });
  }
  const values: ReportFormValues = { grades };
  for (const f of CONTENT_FIELDS) values[f] = report?.[f] ?? null;
  return values;
}

/** "小学一年级" for a row. */
export function gradeRowLabel(row: Partial<Pick<GradeRow, "stage" | "grade">> | undefined): string {
  if (!row?.stage || row.grade === undefined) return "";
  const stage = toDomainStage(row.stage);
  const label = gradeLabel(stage, row.grade);
  return stage === "preschool" || /^[初高]/.test(label) ? label : `${STAGE_LABELS[stage]}${label}`;
}

/** The draft to send: empty grade rows left out; `formIndex[j]` is the form row of grade j. */
export interface Draft {
  input: Omit<SaveReportDraftInput, "schoolId" | "schoolYear" | "version">;
  domain: ReportInput;
  formIndex: number[];
  /** Rows started but missing 在校生数 or 班级数. */
  rowIssues: FieldIssue[];
}

const blank = (v: unknown) => v === null || v === undefined || v === "";

/**
 * The draft of the form's values. With `schoolType`, the items that type does not report (a
 * kindergarten: 体质健康, 大班额/超大班额; domain schoolTypeReports) are sent empty (0 for a
 * grade's counts): the form hides them, so a figure an older report holds is cleared on save.
 */
export function draftOf(values: ReportFormValues, schoolType?: DomainSchoolType): Draft {
  const reports = (f: Parameters<typeof schoolTypeReports>[1]) =>
    !schoolType || schoolTypeReports(schoolType, f);
  const formIndex: number[] = [];
  const rowIssues: FieldIssue[] = [];
  const grades: SaveReportDraftInput["grades"] = [];
  (values.grades ?? []).forEach((row, i) => {
    if (COUNT_KEYS.every((k) => blank(row[k]) || row[k] === 0)) return;
    for (const k of ["students", "classes"] as const) {
      if (blank(row[k])) {
        rowIssues.push({
          field: `grades.${i}.${k}`,
          message: `${gradeRowLabel(row)}：请填写${k === "students" ? "在校生数" : "班级数"}`,
        });
      }
    }
    formIndex.push(i);
    grades.push({
      stage: row.stage,
      grade: row.grade,
      students: row.students ?? 0,
      classes: row.classes ?? 0,
      largeClasses: reports("largeClasses") ? (row.largeClasses ?? 0) : 0,
      oversizedClasses: reports("oversizedClasses") ? (row.oversizedClasses ?? 0) : 0,
      disabledStudents: row.disabledStudents ?? 0,
    });
  });
  const content: Record<string, unknown> = {};
  for (const f of CONTENT_FIELDS) {
    const v = values[f];
    content[f] = blank(v) || !reports(f) ? null : v;
  }
  const input = { ...content, grades } as Draft["input"];
  const domain = {
    ...content,
    grades: grades.map((g) => ({ ...g, stage: toDomainStage(g.stage) })),
  } as unknown as ReportInput;
  return { input, domain, formIndex, rowIssues };
}

/** "grades.j.x" of the sent grades → "grades.<form row>.x". */
export function toFormField(field: string, formIndex: readonly number[]): string {
  const m = /^grades\.(\d+)(\..*)?$/.exec(field);
  if (!m) return field;
  const row = formIndex[Number(m[1])];
  return row === undefined ? "grades" : `grades.${row}${m[2] ?? ""}`;
}

/** The tabs of the form. */
export const TABS = [
  { key: "basic", label: "基本信息" },
  { key: "enrolment", label: "分年级学生与班级" },
  { key: "staff", label: "教职工" },
  { key: "buildings", label: "校舍与体育场地" },
  { key: "equipment", label: "装备与信息化" },
  { key: "health", label: "学生体质健康" },
  { key: "planItems", label: "体育卫生与课程（B06—B15）" },
  { key: "notes", label: "备注" },
] as const;
export type TabKey = (typeof TABS)[number]["key"];

const SECTION_OF_FIELD = new Map<string, TabKey>(
  REPORT_SECTIONS.flatMap((s) => s.fields.map((f) => [f as string, s.key as TabKey])),
);

/** The tab a field (or field path) is on. */
export function tabOf(field: string): TabKey {
  const head = field.split(".")[0] ?? "";
  return SECTION_OF_FIELD.get(head) ?? "basic";
}
