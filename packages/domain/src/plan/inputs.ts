/**
 * The figures schools cannot report, entered by the city (市级填报: 人社、统计、财政 data) and by
 * each district (区级填报), and the register entries (./registers.ts), with their validation.
 * Pure: zod schemas whose messages are Chinese and name the field; the API turns the first
 * issue into BAD_USER_INPUT with `extensions.field` = the input field path.
 *
 * Which target each figure feeds (sections of 《乌海教育现代化2035》): A01, A05 (populations,
 * 二(三) table), A02 (cohort), A03 (children with disabilities), A06 (resident population),
 * A10 (city), B04, B05 (三(二)1, 框4), B30 (三(三)5), B39–B42 (三(八)3, 框12, 一, 三(六)3).
 */
import { z } from "zod";
import { RECOGNITION_LEVELS, REGISTER_KIND_INFO, REGISTER_KINDS } from "./registers.ts";

/** Earliest and latest school year an input may be entered for. */
export const INPUT_YEAR_MIN = 2000;
export const INPUT_YEAR_MAX = 2100;

const schoolYear = (label: string) =>
  z
    .number({ error: `${label}须为整数年份` })
    .int({ error: `${label}须为整数年份` })
    .min(INPUT_YEAR_MIN, { error: `${label}须在${INPUT_YEAR_MIN}—${INPUT_YEAR_MAX}之间` })
    .max(INPUT_YEAR_MAX, { error: `${label}须在${INPUT_YEAR_MIN}—${INPUT_YEAR_MAX}之间` });

/** A whole number ≥ 0 up to `max`, or null (not reported). */
const count = (label: string, max = 100_000_000) =>
  z
    .number({ error: `${label}须为数字` })
    .int({ error: `${label}须为整数` })
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

/** A district's figures for a school year (区级填报). */
export const districtInputsSchema = z
  .object({
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
  })
  .superRefine((v, ctx) => {
    if (v.disabledChildrenEnrolled != null && v.disabledChildren != null) {
      if (v.disabledChildrenEnrolled > v.disabledChildren)
        ctx.addIssue({
          code: "custom",
          path: ["disabledChildrenEnrolled"],
          message: `${L.disabledChildrenEnrolled}不能大于${L.disabledChildren}`,
        });
    }
    if (v.urbanSubdistrictsWithGuidance != null && v.urbanSubdistricts != null) {
      if (v.urbanSubdistrictsWithGuidance > v.urbanSubdistricts)
        ctx.addIssue({
          code: "custom",
          path: ["urbanSubdistrictsWithGuidance"],
          message: `${L.urbanSubdistrictsWithGuidance}不能大于${L.urbanSubdistricts}`,
        });
    }
  });
export type DistrictInputsInput = z.infer<typeof districtInputsSchema>;

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

/**
 * A register entry. Which of district/school it must name and whether it carries a level
 * follow the kind's catalogue entry (./registers.ts); that a school exists and lies in the
 * district is checked by the API against the database.
 */
export const registerEntrySchema = z
  .object({
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
    quantity: z
      .number({ error: `${R.quantity}须为整数` })
      .int({ error: `${R.quantity}须为整数` })
      .min(1, { error: `${R.quantity}至少为1` })
      .max(10_000, { error: `${R.quantity}不能超过10000` })
      .optional(),
    notes: z
      .string()
      .max(2000, { error: `${R.notes}不能超过2000字` })
      .nullable()
      .optional(),
  })
  .superRefine((v, ctx) => {
    const info = REGISTER_KIND_INFO[v.kind];
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (v.toYear != null && v.toYear < v.fromYear) issue("toYear", `${R.toYear}不能早于${R.fromYear}`);
    switch (info.scope) {
      case "none":
        if (v.districtId) issue("districtId", `“${info.label}”为全市登记，不填${R.districtId}`);
        if (v.schoolId) issue("schoolId", `“${info.label}”为全市登记，不填${R.schoolId}`);
        break;
      case "district":
        if (!v.districtId) issue("districtId", `“${info.label}”须填写${R.districtId}`);
        if (v.schoolId) issue("schoolId", `“${info.label}”按区登记，不填${R.schoolId}`);
        break;
      case "district_optional":
        if (v.schoolId) issue("schoolId", `“${info.label}”按教研室登记，不填${R.schoolId}`);
        break;
      case "school":
        if (!v.schoolId) issue("schoolId", `“${info.label}”须填写${R.schoolId}`);
        break;
      case "school_optional":
        break;
    }
    if (v.level && !info.hasLevel) issue("level", `“${info.label}”不区分${R.level}`);
    if (info.aggregate === "flag" && v.quantity !== undefined && v.quantity !== 1)
      issue("quantity", `“${info.label}”为里程碑，${R.quantity}只能为1`);
  });
export type RegisterEntryInput = z.infer<typeof registerEntrySchema>;

/** The first issue of a failed parse as (field path, Chinese message), for BAD_USER_INPUT. */
export function firstIssue(error: z.ZodError): { path: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { path: "", message: "输入不正确" };
  return { path: issue.path.map(String).join("."), message: issue.message };
}
