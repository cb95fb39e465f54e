/**
 * The figures schools cannot report, entered by the city (市级填报: 人社、统计、财政 data) and by
 * each district (区级填报), and the register entries (./registers.ts), with their validation.
 * Pure: zod schemas whose messages are Chinese and name the field, and check functions that
 * return every issue at once ({@link checkCityInputs}, {@link checkDistrictInputs},
 * {@link checkRegisterEntry}); the API sends them as BAD_USER_INPUT with `extensions.issues`
 * (field = "input.<field>") and the forms show each on its field.
 *
 * Which target each figure feeds (sections of 《乌海教育现代化2035》): A01, A05 (populations,
 * 二(三) table), A02 (cohort), A03 (children with disabilities), A06 (resident population),
 * A10 (city), B04, B05 (三(二)1, 框4), B30 (三(三)5), B39–B42 (三(八)3, 框12, 一, 三(六)3).
 */
import { z } from "zod";
import { type Checked, uniqueIssues, type ValidationIssue, zodIssues } from "../validation/issues.ts";
import { RECOGNITION_LEVELS, REGISTER_KIND_INFO, REGISTER_KINDS, type RegisterKind } from "./registers.ts";

/** Earliest and latest school year an input may be entered for. */
export const INPUT_YEAR_MIN = 2000;
export const INPUT_YEAR_MAX = 2100;

const schoolYear = (label: string) =>
  z
    .number({ error: `${label}须为整数年份` })
    .int({ error: `${label}须为整数年份` })
    .min(INPUT_YEAR_MIN, { error: `${label}须在${INPUT_YEAR_MIN}—${INPUT_YEAR_MAX}之间` })
    .max(INPUT_YEAR_MAX, { error: `${label}须在${INPUT_YEAR_MIN}—${INPUT_YEAR_MAX}之间` });

/**
 * A whole number ≥ 0 up to `max`, or null (not reported). "Whole" is Number.isInteger, not zod's
 * int() (safe integers only): a 20-digit whole number typed in is over the maximum, not 须为整数.
 */
const count = (label: string, max = 100_000_000) =>
  z
    .number({ error: `${label}须为数字` })
    .refine(Number.isInteger, { error: `${label}须为整数` })
    .min(0, { error: `${label}不能为负数` })
    .max(max, { error: `${label}不能超过${max}` })
    .nullable()
    .optional();

/** A percentage 0–100 (up to two decimals are kept by the database), or null. */
const percent = (label: string) =>
  z
    .number({ error: `${label}须为数字` })
    .min(0, { error: `${label}须在0—100之间` })
    .max(100, { error: `${label}须在0—100之间` })
    .nullable()
    .optional();

/** Money in yuan (元): a whole number ≥ 0, or null. */
const yuan = (label: string) => count(label, 1_000_000_000_000_000);

/** An input as a record (anything else as an empty one, so every field reports its own issue). */
function objectOf(input: unknown): Record<string, unknown> {
  return input && typeof input === "object" && !Array.isArray(input)
    ? (input as Record<string, unknown>)
    : {};
}

/** True for a finite number (a figure the cross-field rules can compare). */
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Version the client read (optimistic concurrency); absent or null when creating. */
const versionField = z
  .number({ error: "版本号须为整数" })
  .int({ error: "版本号须为整数" })
  .min(1, { error: "版本号须为正整数" })
  .nullable()
  .optional();

/** Chinese labels of the city inputs' fields. */
export const CITY_INPUT_LABELS = {
  schoolYear: "学年",
  newLabourUpperSecondaryRate: "新增劳动力中受过高中阶段及以上教育比例（%）",
  communityEducationRate: "城市居民有组织参与社区教育比例（%）",
  cityEducationSpending: "市本级一般公共预算教育支出（元）",
  gdp: "全市地区生产总值（元）",
  teacherAveragePay: "全市中小学教师年平均工资（元）",
  civilServantAveragePay: "全市公务员年平均工资（元）",
} as const;

/** The city's own figures for a school year (市级填报). */
export const cityInputsSchema = z.object({
  schoolYear: schoolYear(CITY_INPUT_LABELS.schoolYear),
  /** A10 (%), 人社/统计. */
  newLabourUpperSecondaryRate: percent(CITY_INPUT_LABELS.newLabourUpperSecondaryRate),
  /** B30 (%). */
  communityEducationRate: percent(CITY_INPUT_LABELS.communityEducationRate),
  /** B39–B41: spending of the city itself (市本级), added to the districts' (yuan). */
  cityEducationSpending: yuan(CITY_INPUT_LABELS.cityEducationSpending),
  /** B41: the whole city's GDP (yuan). */
  gdp: yuan(CITY_INPUT_LABELS.gdp),
  /** B42 at city level (yuan a year). */
  teacherAveragePay: count(CITY_INPUT_LABELS.teacherAveragePay, 10_000_000),
  civilServantAveragePay: count(CITY_INPUT_LABELS.civilServantAveragePay, 10_000_000),
  version: versionField,
});
export type CityInputsInput = z.infer<typeof cityInputsSchema>;

/** Every issue of the city's figures (ranges and types; they have no cross-field rules). */
export function cityInputsIssues(input: unknown): ValidationIssue[] {
  const parsed = cityInputsSchema.safeParse(objectOf(input));
  return parsed.success ? [] : uniqueIssues(zodIssues(parsed.error));
}

/** Check the city's figures: the parsed value, or every issue (field = the input field's name). */
export function checkCityInputs(input: unknown): Checked<CityInputsInput> {
  const parsed = cityInputsSchema.safeParse(objectOf(input));
  if (parsed.success) return { ok: true, value: parsed.data, issues: [] };
  return { ok: false, value: null, issues: uniqueIssues(zodIssues(parsed.error)) };
}

/** Chinese labels of the district inputs' fields. */
export const DISTRICT_INPUT_LABELS = {
  schoolYear: "学年",
  residentPopulation: "常住人口",
  population3to5: "3—5岁常住人口",
  population6to14: "6—14岁常住人口",
  population15to17: "15—17岁常住人口",
  disabledChildren: "适龄残疾儿童少年数",
  disabledChildrenEnrolled: "已入学适龄残疾儿童少年数",
  cohortGrade1Entrants: "九年前该届小学一年级入学人数",
  cohortGrade9Completers: "当年初中毕业生数",
  urbanSubdistricts: "城镇（街道）总数",
  urbanSubdistrictsWithGuidance: "开展早期教养指导服务的城镇（街道）数",
  parentingSessionsPerFamily: "每户适龄幼儿家庭年均公益免费科学育儿指导次数",
  educationSpending: "一般公共预算教育支出（元）",
  teacherAveragePay: "中小学教师年平均工资（元）",
  civilServantAveragePay: "公务员年平均工资（元）",
  gdp: "地区生产总值（元）",
} as const;

const L = DISTRICT_INPUT_LABELS;

/** The fields of a district's figures: types and ranges (the cross-field rules are apart). */
const districtInputFields = z.object({
  schoolYear: schoolYear(L.schoolYear),
  residentPopulation: count(L.residentPopulation),
  population3to5: count(L.population3to5),
  population6to14: count(L.population6to14),
  population15to17: count(L.population15to17),
  disabledChildren: count(L.disabledChildren),
  disabledChildrenEnrolled: count(L.disabledChildrenEnrolled),
  cohortGrade1Entrants: count(L.cohortGrade1Entrants),
  cohortGrade9Completers: count(L.cohortGrade9Completers),
  urbanSubdistricts: count(L.urbanSubdistricts, 10_000),
  urbanSubdistrictsWithGuidance: count(L.urbanSubdistrictsWithGuidance, 10_000),
  parentingSessionsPerFamily: z
    .number({ error: `${L.parentingSessionsPerFamily}须为数字` })
    .min(0, { error: `${L.parentingSessionsPerFamily}不能为负数` })
    .max(365, { error: `${L.parentingSessionsPerFamily}不能超过365` })
    .nullable()
    .optional(),
  educationSpending: yuan(L.educationSpending),
  teacherAveragePay: count(L.teacherAveragePay, 10_000_000),
  civilServantAveragePay: count(L.civilServantAveragePay, 10_000_000),
  gdp: yuan(L.gdp),
  version: versionField,
});

/** A district figure's name (a key of {@link DISTRICT_INPUT_LABELS}). */
export type DistrictInputField = keyof typeof DISTRICT_INPUT_LABELS;

/**
 * The figures that are a part of another (part ≤ whole): each age group's 常住人口 ≤ 常住人口
 * (3—5岁 is A01's denominator and 15—17岁 A05's: an age group above the whole population is a
 * typing slip that would make 毛入园率 near 0), 已入学 ≤ 适龄残疾儿童少年 (A03),
 * 开展指导服务的城镇（街道） ≤ 城镇（街道）总数 (B04). (当年初中毕业生数 has its own bound against
 * 九年前该届小学一年级入学人数: {@link COHORT_COMPLETION_MAX_RATIO}.)
 */
export const DISTRICT_INPUT_PARTS: readonly { part: DistrictInputField; whole: DistrictInputField }[] = [
  { part: "population3to5", whole: "residentPopulation" },
  { part: "population6to14", whole: "residentPopulation" },
  { part: "population15to17", whole: "residentPopulation" },
  { part: "disabledChildrenEnrolled", whole: "disabledChildren" },
  { part: "urbanSubdistrictsWithGuidance", whole: "urbanSubdistricts" },
];

/**
 * The highest plausible 九年义务教育巩固率 (A02 = 当年初中毕业生数 ÷ 九年前该届小学一年级入学人数):
 * completers ≤ 1.2 × entrants. Pupils moving into the district over the nine years (随迁子女)
 * can carry the ratio a little over 1 — the demo's districts read 95–99.5 %, and a net
 * in-migration of a fifth of a cohort is already far beyond what a 乌海 district sees — so a
 * figure above 120 % is a typing slip or two different cohorts (a tester saved 100 entrants and
 * 500 completers, and A02 read 500 % 达标).
 */
export const COHORT_COMPLETION_MAX_RATIO = 1.2;

/**
 * The 巩固率 rule ({@link COHORT_COMPLETION_MAX_RATIO}) on the merged figures: the issue names
 * 当年初中毕业生数 unless only the entrants were sent (then the entrants, with the stored completers).
 */
function cohortIssues(
  raw: Record<string, unknown>,
  figure: (k: DistrictInputField) => unknown,
): ValidationIssue[] {
  const entrants = figure("cohortGrade1Entrants");
  const completers = figure("cohortGrade9Completers");
  if (!isNumber(entrants) || !isNumber(completers)) return [];
  if (completers <= COHORT_COMPLETION_MAX_RATIO * entrants) return [];
  const bound = `${COHORT_COMPLETION_MAX_RATIO}倍（巩固率不超过${Math.round(COHORT_COMPLETION_MAX_RATIO * 100)}%）`;
  if (raw.cohortGrade9Completers === undefined)
    return [
      {
        field: "cohortGrade1Entrants",
        message: `${L.cohortGrade1Entrants}过小：已填报的${L.cohortGrade9Completers}（${completers}）不能超过它的${bound}`,
      },
    ];
  const storedEntrants = raw.cohortGrade1Entrants === undefined ? `（已填报${entrants}）` : "";
  return [
    {
      field: "cohortGrade9Completers",
      message: `${L.cohortGrade9Completers}不能超过${L.cohortGrade1Entrants}${storedEntrants}的${bound}`,
    },
  ];
}

/**
 * The cross-field issues of a district's figures. A field the input omits keeps its stored
 * value (`stored`, the row being updated), so an update of one figure is checked against the
 * other; the issue names the field the input sent (the part, unless only the whole was sent).
 */
function districtCrossIssues(
  raw: Record<string, unknown>,
  stored?: Readonly<Record<string, unknown>> | null,
): ValidationIssue[] {
  const figure = (k: DistrictInputField) => (raw[k] !== undefined ? raw[k] : stored?.[k]);
  const issues: ValidationIssue[] = [];
  for (const { part, whole } of DISTRICT_INPUT_PARTS) {
    const p = figure(part);
    const w = figure(whole);
    if (!isNumber(p) || !isNumber(w) || p <= w) continue;
    if (raw[part] === undefined) {
      issues.push({ field: whole, message: `${L[whole]}不能小于已填报的${L[part]}（${p}）` });
    } else {
      const storedWhole = raw[whole] === undefined ? `（已填报${w}）` : "";
      issues.push({ field: part, message: `${L[part]}不能大于${L[whole]}${storedWhole}` });
    }
  }
  issues.push(...cohortIssues(raw, figure));
  return issues;
}

/** A district's figures for a school year (区级填报), with the part ≤ whole rules. */
export const districtInputsSchema = districtInputFields.superRefine((v, ctx) => {
  for (const i of districtCrossIssues(v))
    ctx.addIssue({ code: "custom", path: [i.field], message: i.message });
});
export type DistrictInputsInput = z.infer<typeof districtInputsSchema>;

/**
 * Every issue of a district's figures: types and ranges of each field, and the part ≤ whole
 * rules against `stored` (the figures saved before, for an update; omitted fields keep theirs).
 */
export function districtInputsIssues(
  input: unknown,
  stored?: Readonly<Record<string, unknown>> | null,
): ValidationIssue[] {
  const raw = objectOf(input);
  const parsed = districtInputFields.safeParse(raw);
  return uniqueIssues([
    ...(parsed.success ? [] : zodIssues(parsed.error)),
    ...districtCrossIssues(raw, stored),
  ]);
}

/** Check a district's figures (see {@link districtInputsIssues}): the parsed value, or every issue. */
export function checkDistrictInputs(
  input: unknown,
  stored?: Readonly<Record<string, unknown>> | null,
): Checked<DistrictInputsInput> {
  const issues = districtInputsIssues(input, stored);
  if (issues.length) return { ok: false, value: null, issues };
  return { ok: true, value: districtInputFields.parse(objectOf(input)), issues: [] };
}

/** Chinese labels of a register entry's fields. */
export const REGISTER_ENTRY_LABELS = {
  kind: "登记类别",
  name: "名称",
  districtId: "所属区",
  schoolId: "所属学校",
  level: "认定级别",
  fromYear: "起始学年",
  toYear: "截止学年",
  quantity: "数量",
  notes: "备注",
} as const;

const R = REGISTER_ENTRY_LABELS;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOrNull = (label: string) =>
  z
    .string({ error: `${label}须为编号` })
    .regex(UUID, { error: `${label}编号格式不正确` })
    .nullable()
    .optional();

/** The fields of a register entry: types and ranges (the kind's rules are apart). */
const registerEntryFields = z.object({
  kind: z.enum(REGISTER_KINDS, { error: `${R.kind}不在目录中` }),
  name: z
    .string({ error: `${R.name}不能为空` })
    .trim()
    .min(1, { error: `${R.name}不能为空` })
    .max(200, { error: `${R.name}不能超过200字` }),
  districtId: uuidOrNull(R.districtId),
  schoolId: uuidOrNull(R.schoolId),
  level: z
    .enum(RECOGNITION_LEVELS, { error: `${R.level}须为市级、自治区级或国家级` })
    .nullable()
    .optional(),
  fromYear: schoolYear(R.fromYear),
  toYear: schoolYear(R.toYear).nullable().optional(),
  /** How many things the entry counts; absent or null = 1. */
  quantity: z
    .number({ error: `${R.quantity}须为整数` })
    .int({ error: `${R.quantity}须为整数` })
    .min(1, { error: `${R.quantity}至少为1` })
    .max(10_000, { error: `${R.quantity}不能超过10000` })
    .nullable()
    .optional(),
  notes: z
    .string({ error: `${R.notes}须为文字` })
    .max(2000, { error: `${R.notes}不能超过2000字` })
    .nullable()
    .optional(),
});

/**
 * The rules of an entry's kind (./registers.ts) and its years: which of district/school it must
 * or must not name, whether it carries a level, a milestone's quantity of 1, toYear ≥ fromYear.
 * Checked on the raw input, so they are reported beside the fields' own issues.
 */
function registerEntryRuleIssues(raw: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const issue = (field: string, message: string) => issues.push({ field, message });
  if (isNumber(raw.toYear) && isNumber(raw.fromYear) && raw.toYear < raw.fromYear)
    issue("toYear", `${R.toYear}不能早于${R.fromYear}`);
  if (!REGISTER_KINDS.includes(raw.kind as RegisterKind)) return issues;
  const info = REGISTER_KIND_INFO[raw.kind as RegisterKind];
  switch (info.scope) {
    case "none":
      if (raw.districtId) issue("districtId", `“${info.label}”为全市登记，不填${R.districtId}`);
      if (raw.schoolId) issue("schoolId", `“${info.label}”为全市登记，不填${R.schoolId}`);
      break;
    case "district":
      if (!raw.districtId) issue("districtId", `“${info.label}”须填写${R.districtId}`);
      if (raw.schoolId) issue("schoolId", `“${info.label}”按区登记，不填${R.schoolId}`);
      break;
    case "district_optional":
      if (raw.schoolId) issue("schoolId", `“${info.label}”按教研室登记，不填${R.schoolId}`);
      break;
    case "school":
      if (!raw.schoolId) issue("schoolId", `“${info.label}”须填写${R.schoolId}`);
      break;
    case "school_optional":
      break;
  }
  if (raw.level && !info.hasLevel) issue("level", `“${info.label}”不区分${R.level}`);
  if (info.aggregate === "flag" && isNumber(raw.quantity) && raw.quantity !== 1)
    issue("quantity", `“${info.label}”为里程碑，${R.quantity}只能为1`);
  return issues;
}

/**
 * A register entry. Which of district/school it must name and whether it carries a level
 * follow the kind's catalogue entry (./registers.ts); that a school exists, lies in the
 * district and is of a type the kind allows is checked by the API against the database.
 */
export const registerEntrySchema = registerEntryFields.superRefine((v, ctx) => {
  for (const i of registerEntryRuleIssues(v))
    ctx.addIssue({ code: "custom", path: [i.field], message: i.message });
});
export type RegisterEntryInput = z.infer<typeof registerEntrySchema>;

/** Every issue of a register entry: each field's own, and the rules of its kind and years. */
export function registerEntryIssues(input: unknown): ValidationIssue[] {
  const raw = objectOf(input);
  const parsed = registerEntryFields.safeParse(raw);
  return uniqueIssues([...(parsed.success ? [] : zodIssues(parsed.error)), ...registerEntryRuleIssues(raw)]);
}

/** Check a register entry (see {@link registerEntryIssues}): the parsed value, or every issue. */
export function checkRegisterEntry(input: unknown): Checked<RegisterEntryInput> {
  const issues = registerEntryIssues(input);
  if (issues.length) return { ok: false, value: null, issues };
  return { ok: true, value: registerEntryFields.parse(objectOf(input)), issues: [] };
}

/** The first issue of a failed parse as (field path, Chinese message). */
export function firstIssue(error: z.ZodError): { path: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { path: "", message: "输入不正确" };
  return { path: issue.path.map(String).join("."), message: issue.message };
}
