/**
 * Validation of a staff record (三支队伍花名册一条记录): the person (name, gender, birth date,
 * ethnicity, 身份证号) and the post in one school year (role, stage, subject, education, title,
 * certificates, training hours, status). The same rules in the apps and in the API; pure.
 */
import { z } from "zod";
import type { Stage } from "../org.ts";
import { SCHOOL_TYPE_LABELS, type SchoolType, STAGE_LABELS, STAGES, STAGES_OF_SCHOOL_TYPE } from "../org.ts";
import { ageAtCensus, censusDate, schoolYearLabel } from "../schoolYear.ts";
import {
  BACKBONE_LEVELS,
  type BackboneLevel,
  EDUCATION_LEVELS,
  type EducationLevel,
  ETHNIC_GROUPS,
  GENDER_LABELS,
  GENDERS,
  type Gender,
  isValidIdNumber,
  STAFF_ROLE_LABELS,
  STAFF_ROLES,
  STAFF_STATUSES,
  type StaffRole,
  type StaffStatus,
  SUBJECTS,
  type Subject,
  TEACHER_CERTIFICATES,
  type TeacherCertificate,
  TITLES,
  type Title,
  TRAINING_HOURS_PER_CYCLE,
} from "../staff.ts";
import { type Checked, isIsoDate, uniqueIssues, type ValidationIssue, zodIssues } from "./issues.ts";
import { TEXT_LIMITS } from "./text.ts";

/** A staff record as a form or an import row gives it. The 身份证号 is checked, then only hashed. */
export interface StaffInput {
  name: string;
  gender: Gender;
  /** ISO date "YYYY-MM-DD". */
  birthDate: string;
  ethnicity: string;
  /** 居民身份证号 (18 characters), or null when not recorded. Never stored in full. */
  idNumber: string | null;
  role: StaffRole;
  status: StaffStatus;
  /**
   * 入职/调入日期, ISO date, or null = on the roster since before the year's 统计时点. Within the
   * school year or before it, not after today, after the birth date, not after the date of leaving.
   */
  startedOn: string | null;
  /** Date of leaving (调出/退休), only when status is not active. */
  leftOn: string | null;
  fullTime: boolean;
  stage: Stage | null;
  subject: Subject | null;
  education: EducationLevel;
  preschoolMajor: boolean;
  teacherCertificate: TeacherCertificate;
  title: Title;
  dualQualified: boolean;
  backboneLevel: BackboneLevel;
  mentalHealthTrained: boolean;
  counsellingCertificate: boolean;
  bilingual: boolean;
  trainingHours: number;
}

/** Where the record belongs and when. */
export interface StaffContext {
  /** The school's type, or null for a 教研室 (city or district teaching-research office). */
  schoolType: SchoolType | null;
  /** Start year of the roster's school year. */
  schoolYear: number;
  /** Today, ISO date (dates of leaving may not lie after it); omitted = not checked. */
  today?: string;
}

/** Chinese name of every staff field, for messages and form labels. */
export const STAFF_FIELD_LABELS = {
  name: "姓名",
  gender: "性别",
  birthDate: "出生日期",
  ethnicity: "民族",
  idNumber: "身份证号",
  role: "岗位",
  status: "在岗状态",
  startedOn: "入职/调入日期",
  leftOn: "离岗日期",
  fullTime: "是否专任教师",
  stage: "任教学段",
  subject: "任教学科",
  education: "最高学历",
  preschoolMajor: "学前教育专业毕业",
  teacherCertificate: "教师资格证",
  title: "职称",
  dualQualified: "双师型教师",
  backboneLevel: "骨干教师级别",
  mentalHealthTrained: "完成心理健康教育培训",
  counsellingCertificate: "具有心理咨询资质",
  bilingual: "蒙汉双语",
  trainingHours: "继续教育学时",
} as const;

const L = STAFF_FIELD_LABELS;

/** Working ages at 统计时点 the roster accepts (inclusive). */
export const STAFF_AGE_RANGE = { min: 18, max: 70 } as const;
/** The most continuing-education hours one five-year cycle can record. */
export const MAX_TRAINING_HOURS = 2000;

/** The 56 民族 (ETHNIC_GROUPS) as a set: looked up for every row of an import. */
const ETHNIC_GROUP_SET: ReadonlySet<string> = new Set(ETHNIC_GROUPS);

const NAME_RE = /^[\p{Script=Han}A-Za-z·•.\- ]+$/u;

const flag = (label: string) => z.boolean({ error: `${label}应选择“是”或“否”` });
/** A required choice: nothing chosen (absent, null, "") reads 请选择…; anything else off the list 取值无效. */
const code = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === undefined || issue.input === null || issue.input === ""
        ? `请选择${label}`
        : `${label}取值无效`,
  });
const isoDate = (label: string) =>
  z.string({ error: `请填写${label}` }).refine(isIsoDate, `${label}应为有效日期，格式如 1985-06-30`);

/** The zod schema of a staff record's fields (cross-field rules are in staffIssues). */
export const staffSchema = z.object({
  name: z
    .string({ error: `请填写${L.name}` })
    .trim()
    .min(1, `请填写${L.name}`)
    .max(TEXT_LIMITS.personName, `${L.name}不能超过 ${TEXT_LIMITS.personName} 个字`)
    .regex(NAME_RE, `${L.name}只能包含汉字、字母和间隔号“·”`),
  gender: code(GENDERS, L.gender),
  birthDate: isoDate(L.birthDate),
  ethnicity: z
    .string({ error: `请填写${L.ethnicity}` })
    .trim()
    .min(1, `请填写${L.ethnicity}`)
    .max(10, `${L.ethnicity}不能超过 10 个字`)
    .refine(
      (s) => s === "其他" || ETHNIC_GROUP_SET.has(s),
      `${L.ethnicity}应为 56 个民族之一的全称（如“汉族”“蒙古族”），或“其他”`,
    ),
  idNumber: z
    .string({ error: `${L.idNumber}应为文字` })
    .trim()
    .transform((s) => s.toUpperCase())
    .refine((s) => s === "" || isValidIdNumber(s), `${L.idNumber}不正确：应为 18 位且校验位正确`)
    .nullish()
    .transform((s) => s || null),
  role: code(STAFF_ROLES, L.role),
  status: code(STAFF_STATUSES, L.status).default("active"),
  startedOn: isoDate(L.startedOn)
    .nullish()
    .transform((s) => s ?? null),
  leftOn: isoDate(L.leftOn)
    .nullish()
    .transform((s) => s ?? null),
  fullTime: flag(L.fullTime),
  stage: code(STAGES, L.stage)
    .nullish()
    .transform((s) => s ?? null),
  subject: code(SUBJECTS, L.subject)
    .nullish()
    .transform((s) => s ?? null),
  education: code(EDUCATION_LEVELS, L.education),
  preschoolMajor: flag(L.preschoolMajor).default(false),
  teacherCertificate: code(TEACHER_CERTIFICATES, L.teacherCertificate).default("none"),
  title: code(TITLES, L.title).default("unrated"),
  dualQualified: flag(L.dualQualified).default(false),
  backboneLevel: code(BACKBONE_LEVELS, L.backboneLevel).default("none"),
  mentalHealthTrained: flag(L.mentalHealthTrained).default(false),
  counsellingCertificate: flag(L.counsellingCertificate).default(false),
  bilingual: flag(L.bilingual).default(false),
  trainingHours: z
    .number({ error: `${L.trainingHours}应为数字` })
    .int(`${L.trainingHours}应为整数`)
    .min(0, `${L.trainingHours}不能为负数`)
    .max(
      MAX_TRAINING_HOURS,
      `${L.trainingHours}不能超过 ${MAX_TRAINING_HOURS}（每五年周期应为 ${TRAINING_HOURS_PER_CYCLE} 学时）`,
    )
    .default(0),
});

/** The birth date ("YYYY-MM-DD") and gender a valid 身份证号 encodes. */
export function idNumberFacts(idNumber: string): { birthDate: string; gender: Gender } {
  const s = idNumber.trim().toUpperCase();
  return {
    birthDate: `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`,
    gender: Number(s[16]) % 2 === 1 ? "male" : "female",
  };
}

/** A field's text, trimmed; null when it is not text. */
function trimmedText(raw: Record<string, unknown>, key: string): string | null {
  const v = raw[key];
  return typeof v === "string" ? v.trim() : null;
}

function crossFieldIssues(raw: Record<string, unknown>, ctx: StaffContext): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const birthDate = trimmedText(raw, "birthDate");
  const idNumber = trimmedText(raw, "idNumber")?.toUpperCase() || null;
  const role = raw.role as StaffRole;
  const status = (raw.status ?? "active") as StaffStatus;
  const leftOn = trimmedText(raw, "leftOn");
  const startedOn = trimmedText(raw, "startedOn");
  const stage = raw.stage as Stage | null | undefined;

  if (birthDate && isIsoDate(birthDate)) {
    const age = ageAtCensus(birthDate, ctx.schoolYear);
    if (age < STAFF_AGE_RANGE.min || age > STAFF_AGE_RANGE.max) {
      out.push({
        field: "birthDate",
        message: `${L.birthDate}（${birthDate}）对应统计时点年龄 ${age} 岁，应在 ${STAFF_AGE_RANGE.min} 至 ${STAFF_AGE_RANGE.max} 岁之间`,
      });
    }
  }
  if (idNumber && isValidIdNumber(idNumber)) {
    const facts = idNumberFacts(idNumber);
    if (birthDate && isIsoDate(birthDate) && facts.birthDate !== birthDate) {
      out.push({
        field: "idNumber",
        message: `${L.idNumber}中的出生日期（${facts.birthDate}）与填写的${L.birthDate}（${birthDate}）不一致`,
      });
    }
    if ((GENDERS as readonly string[]).includes(raw.gender as string) && facts.gender !== raw.gender) {
      out.push({
        field: "idNumber",
        message: `${L.idNumber}中的性别（${GENDER_LABELS[facts.gender]}）与填写的${L.gender}（${GENDER_LABELS[raw.gender as Gender]}）不一致`,
      });
    }
  }
  if ((STAFF_ROLES as readonly string[]).includes(role)) {
    if (ctx.schoolType === null && role !== "researcher") {
      out.push({ field: "role", message: `教研室的人员${L.role}应为“教研员”` });
    }
    if (ctx.schoolType !== null && role === "researcher") {
      out.push({ field: "role", message: `学校的人员${L.role}不能为“教研员”（教研员属于市、区教研室）` });
    }
    if (role === "teacher") {
      if (stage === null || stage === undefined) {
        out.push({ field: "stage", message: `请填写${STAFF_ROLE_LABELS.teacher}的${L.stage}` });
      }
      if (raw.subject === null || raw.subject === undefined) {
        out.push({ field: "subject", message: `请填写${STAFF_ROLE_LABELS.teacher}的${L.subject}` });
      }
    }
  }
  if (ctx.schoolType !== null && stage && (STAGES as readonly string[]).includes(stage)) {
    const allowed = STAGES_OF_SCHOOL_TYPE[ctx.schoolType];
    if (!allowed.includes(stage)) {
      out.push({
        field: "stage",
        message: `${SCHOOL_TYPE_LABELS[ctx.schoolType]}不设${STAGE_LABELS[stage]}学段（可填：${allowed.map((s) => STAGE_LABELS[s]).join("、")}）`,
      });
    }
  }
  if (status === "active" && leftOn) {
    out.push({ field: "leftOn", message: `在岗人员不填${L.leftOn}` });
  }
  if ((status === "transferred_out" || status === "retired") && raw.leftOn == null) {
    out.push({ field: "leftOn", message: `请填写${L.leftOn}（调出或退休的日期）` });
  }
  if (status !== "active" && leftOn && isIsoDate(leftOn)) {
    const from = censusDate(ctx.schoolYear);
    const to = `${ctx.schoolYear + 1}-08-31`;
    if (leftOn < from || leftOn > to) {
      out.push({
        field: "leftOn",
        message: `${L.leftOn}（${leftOn}）应在${schoolYearLabel(ctx.schoolYear)}之内（${from} 至 ${to}）`,
      });
    } else if (ctx.today && leftOn > ctx.today) {
      out.push({ field: "leftOn", message: `${L.leftOn}（${leftOn}）不能晚于今天（${ctx.today}）` });
    }
  }
  if (startedOn && isIsoDate(startedOn)) {
    const end = `${ctx.schoolYear + 1}-08-31`;
    if (startedOn > end) {
      out.push({
        field: "startedOn",
        message: `${L.startedOn}（${startedOn}）应在${schoolYearLabel(ctx.schoolYear)}之内或之前（不晚于 ${end}）`,
      });
    } else if (ctx.today && startedOn > ctx.today) {
      out.push({ field: "startedOn", message: `${L.startedOn}（${startedOn}）不能晚于今天（${ctx.today}）` });
    } else if (birthDate && isIsoDate(birthDate) && startedOn <= birthDate) {
      out.push({
        field: "startedOn",
        message: `${L.startedOn}（${startedOn}）应晚于${L.birthDate}（${birthDate}）`,
      });
    } else if (leftOn && isIsoDate(leftOn) && leftOn < startedOn) {
      out.push({
        field: "leftOn",
        message: `${L.leftOn}（${leftOn}）不能早于${L.startedOn}（${startedOn}）`,
      });
    }
  }
  return out;
}

/**
 * Every issue of a staff record: the person (name of Han characters or letters, a real birth
 * date giving an age of 18–70 at 统计时点, an ethnicity, a 身份证号 of 18 characters with a
 * correct check character whose birth date and gender agree with the fields), the coded values
 * (role, stage, subject, education, certificate, title, backbone level, status), the role
 * belonging to the unit (教研员 only in a 教研室, never in a school), a teacher's stage and
 * subject, the stage taught by the school's type, training hours 0–2000, the date of
 * leaving (only when not active, within the school year, not after today) and the 入职/调入日期
 * (optional; within the school year or before, not after today, after the birth date, not after
 * the date of leaving). Empty when it may be saved.
 */
export function staffIssues(input: unknown, ctx: StaffContext): ValidationIssue[] {
  return checkStaff(input, ctx).issues;
}

/**
 * Check a staff record and return it parsed (trimmed, 身份证号 upper-cased, defaults filled), or all
 * issues ({@link staffIssues}). One pass of the schema (a 花名册 import checks 10,000 rows).
 */
export function checkStaff(input: unknown, ctx: StaffContext): Checked<StaffInput> {
  const raw = (input && typeof input === "object" ? input : {}) as Record<string, unknown>;
  const parsed = staffSchema.safeParse(raw);
  const cross = crossFieldIssues(raw, ctx);
  // the usual row of an import: nothing to gather
  if (parsed.success && !cross.length) return { ok: true, value: parsed.data as StaffInput, issues: [] };
  const issues = uniqueIssues([...(parsed.success ? [] : zodIssues(parsed.error)), ...cross]);
  if (issues.length || !parsed.success) return { ok: false, value: null, issues };
  return { ok: true, value: parsed.data as StaffInput, issues: [] };
}
