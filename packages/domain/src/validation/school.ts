/**
 * Validation of a school's registration (学校基本信息, 机构管理 and the 学校名录 import): 学校标识码,
 * name, 学校类别, 办学性质, 普惠性, 民族学校, 城乡分类代码, 矿区, 教学点, 开办日期. The same rules in
 * the apps, the API's createSchool/updateSchool and the Excel import; pure. Uniqueness (code in
 * the city, name in the district) needs the database and is the API's (org/manage.ts).
 *
 * Sources: 学校标识码 — 教育部《教育统计报表》学校（机构）代码, 10 digits; 城乡分类代码 — 国家统计局
 * 《统计用城乡划分代码》; 普惠性 — only 民办幼儿园 are certified 普惠性 (公办 ones are by definition).
 */
import { z } from "zod";
import {
  OWNERSHIP_LABELS,
  OWNERSHIPS,
  type Ownership,
  SCHOOL_TYPE_LABELS,
  SCHOOL_TYPES,
  type SchoolType,
  URBAN_RURAL_CODES,
  URBAN_RURAL_LABELS,
  type UrbanRuralCode,
} from "../org.ts";
import { type Checked, isIsoDate, uniqueIssues, type ValidationIssue, zodIssues } from "./issues.ts";
import { TEXT_LIMITS } from "./text.ts";

/** A school's registration as a form or an import row gives it (domain codes, lower-case types). */
export interface SchoolRegistration {
  /** 学校标识码, 10 digits. */
  code: string;
  /** 学校名称, 2–60 characters after trimming. */
  name: string;
  type: SchoolType;
  ownership: Ownership;
  /** 普惠性: a private kindergarten certified inclusive (false for every other school). */
  inclusive: boolean;
  /** 民族学校. */
  ethnic: boolean;
  urbanRuralCode: UrbanRuralCode;
  /** 矿区 (the plan's local tag). */
  miningArea: boolean;
  /** 教学点. */
  teachingPoint: boolean;
  /** 开办日期, ISO "YYYY-MM-DD"; null: open before the platform's first school year. */
  openedOn: string | null;
}

/** What the rules need besides the input. */
export interface SchoolRegistrationContext {
  /** Today, ISO date (Beijing): 开办日期 may not lie after it; omitted = not checked. */
  today?: string;
}

/** Chinese name of every registration field, for messages, form labels and Excel headers. */
export const SCHOOL_FIELD_LABELS = {
  districtId: "所属区",
  code: "学校标识码",
  name: "学校名称",
  type: "学校类别",
  ownership: "办学性质",
  inclusive: "普惠性",
  ethnic: "民族学校",
  urbanRuralCode: "城乡分类",
  miningArea: "矿区",
  teachingPoint: "教学点",
  openedOn: "开办日期",
  closedOn: "撤销日期",
  mergedOn: "合并日期",
  intoSchoolId: "合并到的学校",
  reason: "撤销原因",
} as const;

const L = SCHOOL_FIELD_LABELS;

/** Length of a school name (学校名称) in characters, after trimming. */
export const SCHOOL_NAME_LENGTH = { min: 2, max: TEXT_LIMITS.schoolName } as const;

/** A yes/no field: null or omitted is 否. */
const flag = (label: string) =>
  z
    .boolean({ error: `${label}应选择“是”或“否”` })
    .nullish()
    .transform((v) => v ?? false);

/** The zod schema of a registration's fields (the 普惠性 and date rules are in schoolRegistrationIssues). */
export const schoolRegistrationSchema = z.object({
  code: z
    .string({ error: `请填写${L.code}` })
    .trim()
    .regex(/^[0-9]{10}$/, `${L.code}应为 10 位数字`),
  name: z
    .string({ error: `请填写${L.name}` })
    .trim()
    .min(1, `请填写${L.name}`)
    .max(SCHOOL_NAME_LENGTH.max, `${L.name}不能超过 ${SCHOOL_NAME_LENGTH.max} 个字`)
    .refine(
      (s) => s.length === 0 || s.length >= SCHOOL_NAME_LENGTH.min,
      `${L.name}至少 ${SCHOOL_NAME_LENGTH.min} 个字`,
    ),
  type: z.enum(SCHOOL_TYPES, {
    error: `${L.type}取值无效（可选：${SCHOOL_TYPES.map((t) => SCHOOL_TYPE_LABELS[t]).join("、")}）`,
  }),
  ownership: z.enum(OWNERSHIPS, {
    error: `${L.ownership}应为“${OWNERSHIP_LABELS.public}”或“${OWNERSHIP_LABELS.private}”`,
  }),
  inclusive: flag(L.inclusive),
  ethnic: flag(L.ethnic),
  urbanRuralCode: z.enum(URBAN_RURAL_CODES, {
    error: `${L.urbanRuralCode}代码无效（可选：${URBAN_RURAL_CODES.map((c) => `${c} ${URBAN_RURAL_LABELS[c]}`).join("、")}）`,
  }),
  miningArea: flag(L.miningArea),
  teachingPoint: flag(L.teachingPoint),
  openedOn: z
    .string({ error: `${L.openedOn}应为日期` })
    .trim()
    .refine((s) => s === "" || isIsoDate(s), `${L.openedOn}应为有效日期，格式如 2015-09-01`)
    .nullish()
    .transform((s) => s || null),
});

/**
 * The earliest date an organisation date (学校开办、撤销、合并, 区撤销) may carry: the founding of
 * the People's Republic, 1949-10-01 — anything earlier is a typing error (a year like 0202 or 1900).
 */
export const EARLIEST_ORG_DATE = "1949-10-01";

function crossFieldIssues(raw: Record<string, unknown>, ctx: SchoolRegistrationContext): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  // a public kindergarten reads inclusive (普惠 by definition): sent back as read, it is accepted
  if (raw.inclusive === true && raw.type !== "kindergarten") {
    out.push({
      field: "inclusive",
      message: `${L.inclusive}只适用于民办幼儿园（公办幼儿园均为普惠性，其他学校不填）`,
    });
  }
  const openedOn = typeof raw.openedOn === "string" ? raw.openedOn.trim() : "";
  if (openedOn && isIsoDate(openedOn) && ctx.today && openedOn > ctx.today) {
    out.push({ field: "openedOn", message: `${L.openedOn}（${openedOn}）不能晚于今天（${ctx.today}）` });
  }
  if (openedOn && isIsoDate(openedOn) && openedOn < EARLIEST_ORG_DATE) {
    out.push({ field: "openedOn", message: `${L.openedOn}（${openedOn}）不能早于 ${EARLIEST_ORG_DATE}` });
  }
  return out;
}

/**
 * Every issue of a registration: 学校标识码 of 10 digits; a name of 2–60 characters (trimmed);
 * 学校类别, 办学性质 and 城乡分类代码 from their catalogues; yes/no flags; 普惠性 only on a
 * kindergarten (a public one's true, as the API reads it, is accepted and kept as false: 普惠 by
 * definition); 开办日期 a real ISO date from EARLIEST_ORG_DATE (1949-10-01) and not after
 * `ctx.today`. Empty when it may be saved
 * (uniqueness apart).
 */
export function schoolRegistrationIssues(
  input: unknown,
  ctx: SchoolRegistrationContext = {},
): ValidationIssue[] {
  const raw = (input && typeof input === "object" ? input : {}) as Record<string, unknown>;
  const parsed = schoolRegistrationSchema.safeParse(raw);
  return uniqueIssues([...(parsed.success ? [] : zodIssues(parsed.error)), ...crossFieldIssues(raw, ctx)]);
}

/**
 * Check a registration and return it parsed (trimmed, defaults filled, "" date = null, 普惠性
 * false unless a private kindergarten), or all issues.
 */
export function checkSchoolRegistration(
  input: unknown,
  ctx: SchoolRegistrationContext = {},
): Checked<SchoolRegistration> {
  const issues = schoolRegistrationIssues(input, ctx);
  if (issues.length) return { ok: false, value: null, issues };
  const value = schoolRegistrationSchema.parse(input) as SchoolRegistration;
  // 普惠性 is kept as a private kindergarten's certification; a public one is 普惠 by definition
  return {
    ok: true,
    value: { ...value, inclusive: value.inclusive && value.ownership === "private" },
    issues: [],
  };
}

/**
 * Normalise a school name for the uniqueness rule within a district: trimmed, inner white space
 * removed, full-width letters and digits folded (NFKC), so "乌海市第一中学 " and "乌海市第一 中学"
 * are the same name.
 */
export function schoolNameKey(name: string): string {
  return name.normalize("NFKC").replace(/\s+/gu, "").toLowerCase();
}
