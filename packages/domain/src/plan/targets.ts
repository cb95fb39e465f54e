/**
 * The plan as data: every measurable target of 《乌海教育现代化2035》 (乌党发〔2020〕17号,
 * issued 2020-10-29) with its milestones, how it is measured and where the plan states it.
 *
 * - Group A: the indicator table 教育事业发展和人力资源开发主要预期指标 (二(三), after 主要目标).
 * - Group B: the dated or standing targets in the plan's text (sections 二 and 三, boxes 框1–框12).
 * - Group C: the seven 义务教育优质均衡 resource indicators of 教督〔2017〕6号 that A04/B02 rest
 *   on (see ./balance.ts); the plan refers to them in 三(三)2 and 框4.
 *
 * Section references are the plan's own: 三(一)3 = part 三, section (一), item 3; 框N = box N.
 * Milestone years are calendar years as in the plan (2022, 2025, 2030, 2035); evaluation reads
 * milestone year Y as the Y—(Y+1) school year (see ../schoolYear.ts). The 2020 现状 is a
 * baseline, never a milestone.
 */

import type { OrgLevel } from "../org.ts";
import { TRAINING_HOURS_PER_CYCLE } from "../staff.ts";
import { BALANCE_CV_MAX, BALANCE_INDICATORS, type BalanceIndicatorId, type BalanceStage } from "./balance.ts";
import { TARGET_POPULATIONS } from "./population.ts";

/** Every target id: A01–A10 (indicator table), B01–B43 (text), C1–C7 (优质均衡 indicators). */
export const TARGET_IDS = [
  "A01",
  "A02",
  "A03",
  "A04",
  "A05",
  "A06",
  "A07",
  "A08",
  "A09",
  "A10",
  "B01",
  "B02",
  "B03",
  "B04",
  "B05",
  "B06",
  "B07",
  "B08",
  "B09",
  "B10",
  "B11",
  "B12",
  "B13",
  "B14",
  "B15",
  "B16",
  "B17",
  "B18",
  "B19",
  "B20",
  "B21",
  "B22",
  "B23",
  "B24",
  "B25",
  "B26",
  "B27",
  "B28",
  "B29",
  "B30",
  "B31",
  "B32",
  "B33",
  "B34",
  "B35",
  "B36",
  "B37",
  "B38",
  "B39",
  "B40",
  "B41",
  "B42",
  "B43",
  "C1",
  "C2",
  "C3",
  "C4",
  "C5",
  "C6",
  "C7",
] as const;
/** Literal union "A01" | … | "A10" | "B01" | … | "B43" | "C1" | … | "C7". */
export type TargetId = (typeof TARGET_IDS)[number];

/** Target groups: A the indicator table, B the text, C the 优质均衡 indicators. */
export const TARGET_GROUPS = ["A", "B", "C"] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export const TARGET_GROUP_LABELS: Record<TargetGroup, string> = {
  A: "教育事业发展和人力资源开发主要预期指标",
  B: "规划正文目标",
  C: "义务教育优质均衡资源配置指标",
};

/**
 * How a value is compared with a milestone value:
 * - `>=` "保持在…以上 / 不少于 / 达到"; `>` a ">" in the plan's table;
 * - `=` an exact count or 100% coverage; `<=` at most (lower is better, e.g. 大班额 count);
 * - `nondecreasing` every year not lower than the year before (逐年只增不减), value null;
 * - `track` no dated numeric target: follow the trend; `value`, when set, is the aim
 *   (e.g. B37 无线网络全覆盖 = 100) and reaching it counts as met.
 */
export const COMPARATORS = [">=", ">", "=", "<=", "nondecreasing", "track"] as const;
export type Comparator = (typeof COMPARATORS)[number];
export const COMPARATOR_LABELS: Record<Comparator, string> = {
  ">=": "≥",
  ">": ">",
  "=": "=",
  "<=": "≤",
  nondecreasing: "逐年不降低",
  track: "跟踪趋势",
};

/**
 * Unit of a target's value (closed set):
 * percent %, persons_per_100k 人/十万人口, count 个 (schools, districts, majors, …),
 * ratio_percent 比值 % (one average over another × 100), hours 学时, m2_per_student m²/生,
 * yuan_per_student 元/生, per_100_students per 100 students (persons or rooms),
 * flag 1 = done / 0 = not done, times_per_year 次/年, stage an ordinal progress stage
 * (0 = not started, 1, 2, … as the target's measuredFrom defines), ten_thousand_yuan 万元.
 */
export const TARGET_UNITS = [
  "percent",
  "persons_per_100k",
  "count",
  "ratio_percent",
  "hours",
  "m2_per_student",
  "yuan_per_student",
  "per_100_students",
  "flag",
  "times_per_year",
  "stage",
  "ten_thousand_yuan",
] as const;
export type TargetUnit = (typeof TARGET_UNITS)[number];
/** Chinese label of each unit, for table headers and axis labels. */
export const TARGET_UNIT_LABELS: Record<TargetUnit, string> = {
  percent: "%",
  persons_per_100k: "人/十万人口",
  count: "个",
  ratio_percent: "比值（%）",
  hours: "学时",
  m2_per_student: "平方米/生",
  yuan_per_student: "元/生",
  per_100_students: "每百名学生",
  flag: "是否完成（1=是，0=否）",
  times_per_year: "次/年",
  stage: "阶段",
  ten_thousand_yuan: "万元",
};

/** A target's unit label: its own ({@link PlanTarget.unitLabel}), else its unit kind's. */
export function targetUnitLabel(t: { unit: TargetUnit; unitLabel?: string }): string {
  return t.unitLabel ?? TARGET_UNIT_LABELS[t.unit];
}

/** Which way is better. */
export type TargetDirection = "higher" | "lower";
export const TARGET_DIRECTION_LABELS: Record<TargetDirection, string> = {
  higher: "越高越好",
  lower: "越低越好",
};

/** A milestone of a target. */
export interface Milestone {
  /** Calendar year as in the plan (2022, 2025, 2030, 2035); null = every year / no date. */
  year: number | null;
  comparator: Comparator;
  /** In the target's unit; null for `nondecreasing` and for a `track` without an aim. */
  value: number | null;
  /** Chinese, as the plan says it, e.g. "≥98%", "2个区", "逐年只增不减". */
  label: string;
  /** Only on C1–C7: the stage (小学/初中) this threshold applies to. */
  stage?: BalanceStage;
}

/** A measurable target of the plan. */
export interface PlanTarget {
  id: TargetId;
  group: TargetGroup;
  /** Official Chinese name (the plan's wording, or the standard's for C). */
  name: string;
  nameEn: string;
  unit: TargetUnit;
  /**
   * The target's own unit label where its unit kind's ({@link TARGET_UNIT_LABELS}) cannot say
   * what is counted: per_100_students is 人/百生 for teachers (C1–C3) and 间/百生 for rooms (C7).
   * Read through {@link targetUnitLabel}.
   */
  unitLabel?: string;
  direction: TargetDirection;
  /** The org levels it is measured at (a school value, and/or district and city aggregates). */
  levels: readonly OrgLevel[];
  /** 2020 现状 in `unit` as the plan's table gives it; null when the plan gives none. */
  baseline: number | null;
  /** The baseline as the plan writes it, when it says more than the number (e.g. "100（基本均衡）"). */
  baselineLabel?: string;
  /**
   * The value the on/off-track straight line starts from in 2020, when it differs from
   * `baseline` (null = no line from 2020). Only A04: its baseline counts 基本均衡, the
   * milestones 优质均衡, so the two are not on one scale.
   */
  progressBaseline?: number | null;
  /** Ordered by year; undated (year null) milestones last. */
  milestones: readonly Milestone[];
  /**
   * How it is computed, in Chinese (inputs and formula), ending with its population and date
   * (统计对象、统计时点: population.ts statement, appended once here).
   */
  measuredFrom: string;
  /** The plan's section(s), e.g. "三(一)3", "框5", "三(三)4; 框6". */
  section: string;
  /** How an ambiguous wording is read, in Chinese. */
  notes?: string;
  /** Where the plan contradicts itself about this target (A04 and B02), in Chinese, shown to the user. */
  inconsistency?: string;
  /** Only on C1–C7: the standard per stage (≥), as in ./balance.ts. */
  stageThresholds?: Readonly<Record<BalanceStage, number>>;
}

const ALL_LEVELS: readonly OrgLevel[] = ["school", "district", "city"];
const CITY_DISTRICT: readonly OrgLevel[] = ["city", "district"];
const CITY: readonly OrgLevel[] = ["city"];

/** The 2025 inconsistency between the indicator table (A04) and the text (B02), in Chinese. */
const A04_B02_INCONSISTENCY =
  "规划前后表述不一致：主要预期指标表（A04）要求2025年域内义务教育优质均衡区比例达到95%，比例为通过的区数 ÷ 全市的区数，市辖区少于20个时达到95%即全部区通过；而二(三)主要目标（B02）要求2025年“2个区通过国家义务教育优质均衡发展区评估认定”，只要求其中2个区。平台两项目标同时展示、分别评价。";

/** Ordered A/B targets as in targets.md; C targets are appended from ./balance.ts. */
const TEXT_TARGETS: readonly PlanTarget[] = [
  // ---- A. 教育事业发展和人力资源开发主要预期指标 (二(三), table; unit % unless stated) ----
  {
    id: "A01",
    group: "A",
    name: "学前教育毛入园率",
    nameEn: "Preschool gross enrolment rate",
    unit: "percent",
    direction: "higher",
    levels: CITY_DISTRICT,
    baseline: 97,
    milestones: [
      { year: 2025, comparator: ">=", value: 98, label: "≥98%" },
      { year: 2030, comparator: ">=", value: 99, label: "≥99%" },
      { year: 2035, comparator: ">=", value: 99, label: "≥99%" },
    ],
    measuredFrom: "幼儿园在园幼儿数 ÷ 常住人口中3—5岁人口数 × 100（3—5岁常住人口由区填报）",
    section: "二(三) 主要预期指标表",
  },
  {
    id: "A02",
    group: "A",
    name: "九年义务教育巩固率",
    nameEn: "Nine-year compulsory education retention rate",
    unit: "percent",
    direction: "higher",
    levels: CITY_DISTRICT,
    baseline: 93,
    milestones: [
      { year: 2025, comparator: ">=", value: 97, label: "≥97%" },
      { year: 2030, comparator: ">", value: 97, label: ">97%" },
      { year: 2035, comparator: ">", value: 97, label: ">97%" },
    ],
    measuredFrom: "初中毕业生数 ÷ 九年前该届小学一年级入学人数 × 100（按届次，各区填报）",
    section: "二(三) 主要预期指标表",
  },
  {
    id: "A03",
    group: "A",
    name: "残疾儿童入学率",
    nameEn: "Enrolment rate of children with disabilities",
    unit: "percent",
    direction: "higher",
    levels: CITY_DISTRICT,
    baseline: 95,
    milestones: [
      { year: 2025, comparator: ">=", value: 95, label: "≥95%" },
      { year: 2030, comparator: ">=", value: 97, label: "≥97%" },
      { year: 2035, comparator: ">=", value: 97, label: "≥97%" },
    ],
    measuredFrom:
      "已入学适龄残疾儿童数（特殊教育学校 + 随班就读 + 送教上门）÷ 适龄残疾儿童数 × 100（区填报）",
    section: "二(三) 主要预期指标表",
  },
  {
    id: "A04",
    group: "A",
    name: "域内义务教育均衡旗县（市、区）比例",
    nameEn: "Share of districts with balanced compulsory education",
    unit: "percent",
    direction: "higher",
    levels: CITY,
    baseline: 100,
    baselineLabel: "100（基本均衡）",
    progressBaseline: null,
    milestones: [
      { year: 2025, comparator: ">=", value: 95, label: "≥95%（优质均衡）" },
      { year: 2030, comparator: "=", value: 100, label: "100%（优质均衡）" },
      { year: 2035, comparator: "=", value: 100, label: "100%（优质均衡）" },
    ],
    measuredFrom: "通过义务教育优质均衡督导评估认定的区数 ÷ 全市区数 × 100",
    section: "二(三) 主要预期指标表",
    notes:
      "2020年现状100%指三区全部通过义务教育基本均衡评估认定（一），与2025年起的优质均衡口径不同，不作为进度基线。比例为通过的区数 ÷ 全市的区数（以平台中的区计），只能按整区变化，每个区占 100% ÷ 区数。",
    inconsistency: A04_B02_INCONSISTENCY,
  },
  {
    id: "A05",
    group: "A",
    name: "高中阶段毛入学率",
    nameEn: "Upper-secondary gross enrolment rate",
    unit: "percent",
    direction: "higher",
    levels: CITY,
    baseline: 97,
    milestones: [
      { year: 2025, comparator: ">=", value: 98, label: "≥98%" },
      { year: 2030, comparator: ">=", value: 98, label: "≥98%" },
      { year: 2035, comparator: ">=", value: 98, label: "≥98%" },
    ],
    measuredFrom: "高中阶段在校生数（普通高中 + 中等职业教育）÷ 常住人口中15—17岁人口数 × 100",
    section: "二(三) 主要预期指标表",
  },
  {
    id: "A06",
    group: "A",
    name: "每十万人口高等教育在校生数",
    nameEn: "Higher-education students per 100,000 population",
    unit: "persons_per_100k",
    direction: "higher",
    levels: CITY,
    baseline: 2170,
    baselineLabel: "2170人",
    milestones: [
      { year: 2025, comparator: ">=", value: 2300, label: "≥2300人" },
      { year: 2030, comparator: ">=", value: 2500, label: "≥2500人" },
      { year: 2035, comparator: ">=", value: 2800, label: "≥2800人" },
    ],
    measuredFrom: "高等教育在校生数（乌海职业技术学院等）× 100000 ÷ 常住人口数（市级）",
    section: "二(三) 主要预期指标表",
    notes: "规划表中写作“每十万人人口高等教育在校生数”，单位为人。",
  },
  {
    id: "A07",
    group: "A",
    name: "学前教育教师受过专业教育比例",
    nameEn: "Preschool teachers with professional preschool training",
    unit: "percent",
    direction: "higher",
    levels: ALL_LEVELS,
    baseline: 78,
    milestones: [
      { year: 2025, comparator: ">=", value: 85, label: "≥85%" },
      { year: 2030, comparator: ">", value: 90, label: ">90%" },
      { year: 2035, comparator: ">=", value: 98, label: "≥98%" },
    ],
    measuredFrom:
      "教师名册：幼儿园专任教师中学前教育专业毕业或持有幼儿园教师资格证者 ÷ 幼儿园专任教师数 × 100",
    section: "二(三) 主要预期指标表",
  },
  {
    id: "A08",
    group: "A",
    name: "义务教育专任教师中本科以上学历比例",
    nameEn: "Compulsory-education full-time teachers with a bachelor's degree or above",
    unit: "percent",
    direction: "higher",
    levels: ALL_LEVELS,
    baseline: 83.7,
    milestones: [
      { year: 2025, comparator: ">=", value: 95, label: "≥95%" },
      { year: 2030, comparator: ">=", value: 98, label: "≥98%" },
      { year: 2035, comparator: ">=", value: 98, label: "≥98%" },
    ],
    measuredFrom: "教师名册：小学、初中专任教师中本科、研究生学历者 ÷ 小学、初中专任教师数 × 100",
    section: "二(三) 主要预期指标表",
  },
  {
    id: "A09",
    group: "A",
    name: "职业教育双师型教师占专业课教师比例",
    nameEn: "Dual-qualified teachers among vocational specialty-course teachers",
    unit: "percent",
    direction: "higher",
    levels: ["school", "city"],
    baseline: 41.9,
    milestones: [
      { year: 2025, comparator: ">=", value: 50, label: "≥50%" },
      { year: 2030, comparator: ">", value: 60, label: ">60%" },
      { year: 2035, comparator: ">", value: 65, label: ">65%" },
    ],
    measuredFrom: "职业院校教师名册：专业课教师中双师型教师数 ÷ 专业课教师数 × 100",
    section: "二(三) 主要预期指标表",
  },
  {
    id: "A10",
    group: "A",
    name: "新增劳动力中受过高中阶段及以上教育比例",
    nameEn: "New labour-force entrants with upper-secondary education or above",
    unit: "percent",
    direction: "higher",
    levels: CITY,
    baseline: 90,
    milestones: [
      { year: 2025, comparator: ">=", value: 95, label: "≥95%" },
      { year: 2030, comparator: ">", value: 95, label: ">95%" },
      { year: 2035, comparator: ">", value: 95, label: ">95%" },
    ],
    measuredFrom: "市级填报（人社、统计部门数据）",
    section: "二(三) 主要预期指标表",
  },

  // ---- B. Targets in the text ----
  {
    id: "B01",
    group: "B",
    name: "普惠性学前三年教育覆盖率",
    nameEn: "Inclusive preschool coverage",
    unit: "percent",
    direction: "higher",
    levels: ["district", "city"],
    baseline: null,
    milestones: [{ year: 2022, comparator: ">=", value: 90, label: "保持在90%以上" }],
    measuredFrom: "公办幼儿园与认定的普惠性民办幼儿园在园幼儿数 ÷ 全部在园幼儿数 × 100",
    section: "二(三); 三(二)1",
    notes: "“保持在90%以上”：2022年以后继续按≥90%评价。",
  },
  {
    id: "B02",
    group: "B",
    name: "通过国家义务教育优质均衡发展督导评估认定的区数",
    nameEn: "Districts passing the national high-quality balanced compulsory education inspection",
    unit: "count",
    direction: "higher",
    levels: CITY,
    baseline: null,
    milestones: [
      { year: 2022, comparator: ">=", value: 1, label: "1个区通过国家义务教育优质均衡发展区督导验收" },
      { year: 2025, comparator: ">=", value: 2, label: "2个区通过国家义务教育优质均衡发展区评估认定" },
    ],
    measuredFrom: "各区义务教育优质均衡评估结果（C1—C7逐校达标及各指标学生加权差异系数，见C组）",
    section: "二(三)",
    inconsistency: A04_B02_INCONSISTENCY,
  },
  {
    id: "B03",
    group: "B",
    name: "早期教养指导服务中心（站）建设",
    nameEn: "Early-childhood parenting guidance centres (stations) built",
    unit: "count",
    direction: "higher",
    levels: CITY_DISTRICT,
    baseline: null,
    milestones: [
      { year: 2025, comparator: ">=", value: 1, label: "完成1个早期教养指导服务中心（站）建设试点" },
      { year: null, comparator: "track", value: 3, label: "实现各区早期教养指导服务中心（站）全覆盖" },
    ],
    measuredFrom: "区填报：建有早期教养指导服务中心（站）的区数",
    section: "二(三); 三(三)1",
    notes: "2025年完成1个试点；此后“各区全覆盖”未定时限，按趋势跟踪，市辖各区均建成即达标。",
  },
  {
    id: "B04",
    group: "B",
    name: "城镇开展早期教养指导服务率",
    nameEn: "Towns providing early-childhood parenting guidance",
    unit: "percent",
    direction: "higher",
    levels: CITY,
    baseline: null,
    milestones: [
      { year: 2025, comparator: "=", value: 100, label: "全市城镇开展早期教养指导服务率达到100%" },
    ],
    measuredFrom: "区填报：开展早期教养指导服务的城镇（街道）数 ÷ 城镇（街道）总数 × 100",
    section: "框4",
  },
  {
    id: "B05",
    group: "B",
    name: "每年为适龄幼儿家庭提供公益免费科学育儿指导服务次数",
    nameEn: "Free science-based parenting sessions per family per year",
    unit: "times_per_year",
    direction: "higher",
    levels: ["district"],
    baseline: null,
    milestones: [{ year: 2035, comparator: ">=", value: 6, label: "每年6次以上" }],
    measuredFrom: "区填报：当年为常住人口适龄幼儿家庭提供的公益免费科学育儿指导服务次数（每户）",
    section: "三(二)1",
  },
  {
    id: "B06",
    group: "B",
    name: "达到《国家学校体育卫生条件试行基本标准》的中小学比例",
    nameEn: "Schools meeting the national school sports and hygiene conditions standard",
    unit: "percent",
    direction: "higher",
    levels: ALL_LEVELS,
    baseline: null,
    milestones: [{ year: 2022, comparator: "=", value: 100, label: "100%的中小学达到" }],
    measuredFrom: "学校设施填报“达到《国家学校体育卫生条件试行基本标准》”为是的中小学数 ÷ 中小学数 × 100",
    section: "三(一)3",
  },
  {
    id: "B07",
    group: "B",
    name: "落实国家和自治区课程标准的学校比例",
    nameEn: "Schools implementing the national and regional curriculum standards",
    unit: "percent",
    direction: "higher",
    levels: ALL_LEVELS,
    baseline: null,
    milestones: [{ year: 2022, comparator: "=", value: 100, label: "100%的学校落实" }],
    measuredFrom: "学校填报“落实国家和自治区课程标准”为是的学校数 ÷ 学校数 × 100",
    section: "三(一)3",
  },
  {
    id: "B08",
    group: "B",
    name: "配齐体育专职教师的学校比例",
    nameEn: "Schools fully staffed with full-time PE teachers",
    unit: "percent",
    direction: "higher",
    levels: ALL_LEVELS,
    baseline: null,
    milestones: [{ year: 2022, comparator: "=", value: 100, label: "100%的学校配齐体育专职教师" }],
    measuredFrom:
      "教师名册：至少有1名在岗体育与健康专任教师（并符合已知编制标准）的中小学数 ÷ 中小学数 × 100",
    section: "三(一)3",
  },
  {
    id: "B09",
    group: "B",
    name: "形成“一校一品”“一人一项”或“一校多品”“一人多项”体育品牌的学校比例",
    nameEn: "Schools with a sports brand (one school one brand / one student one sport)",
    unit: "percent",
    direction: "higher",
    levels: ALL_LEVELS,
    baseline: null,
    milestones: [
      { year: 2022, comparator: ">=", value: 80, label: "80%以上的学校形成学校体育品牌" },
      { year: 2025, comparator: ">=", value: 90, label: "90%以上的学校形成学校体育育人模式" },
    ],
    measuredFrom: "学校填报“形成体育品牌”为是的学校数 ÷ 学校数 × 100",
    section: "三(一)3",
  },
  {
    id: "B10",
    group: "B",
    name: "实施《国家学生体质健康标准》的中小学比例",
    nameEn: "Schools implementing the national student physical-health standard",
    unit: "percent",
    direction: "higher",
    levels: ALL_LEVELS,
    baseline: null,
    milestones: [{ year: 2022, comparator: "=", value: 100, label: "100%的中小学实施" }],
    measuredFrom: "学校填报“实施《国家学生体质健康标准》”为是的中小学数 ÷ 中小学数 × 100",
    section: "三(一)3",
  },
  {
    id: "B11",
    group: "B",
    name: "学生体质健康合格率",
    nameEn: "Student physical-health test pass rate",
    unit: "percent",
    direction: "higher",
    levels: ALL_LEVELS,
    baseline: null,
    milestones: [
      { year: 2022, comparator: ">=", value: 90, label: "保持在90%以上" },
      { year: 2025, comparator: ">=", value: 95, label: "达到95%以上" },
    ],
    measuredFrom: "体质健康测试合格学生数 ÷ 参测学生数 × 100（区、市按学生数加权汇总）",
    section: "三(一)3",
  },
  {
    id: "B12",
    group: "B",
    name: "学生体质健康优良率",
    nameEn: "Student physical-health good-or-excellent rate",
    unit: "percent",
    direction: "higher",
    levels: ALL_LEVELS,
    baseline: null,
    milestones: [
      { year: 2022, comparator: ">=", value: 30, label: "达到30%以上" },
      { year: 2025, comparator: ">=", value: 50, label: "达到50%以上" },
    ],
    measuredFrom: "测试等级为良好或优秀的学生数 ÷ 参测学生数 × 100（区、市按学生数加权汇总）",
    section: "三(一)3",
  },
  {
    id: "B13",
    group: "B",
    name: "每年举办一次综合运动会或体育节的中小学比例",
    nameEn: "Schools holding a sports meeting or festival each year",
    unit: "percent",
    direction: "higher",
    levels: ALL_LEVELS,
    baseline: null,
    milestones: [{ year: 2022, comparator: "=", value: 100, label: "100%的中小学每年举办一次" }],
    measuredFrom: "学校填报“当年举办综合运动会或体育节”为是的中小学数 ÷ 中小学数 × 100",
    section: "三(一)3",
  },
  {
    id: "B14",
    group: "B",
    name: "国家级足球特色学校每周开设2节足球课比例",
    nameEn: "National football-feature schools teaching two football lessons a week",
    unit: "percent",
    direction: "higher",
    levels: ALL_LEVELS,
    baseline: null,
    milestones: [{ year: 2025, comparator: "=", value: 100, label: "国家级足球特色学校每周开设2节足球课" }],
    measuredFrom:
      "学校填报（足球特色学校标识、每周足球课节数）：每周不少于2节的国家级足球特色学校数 ÷ 国家级足球特色学校数 × 100",
    section: "三(一)3",
  },
  {
    id: "B15",
    group: "B",
    name: "每年举办一届校园文化艺术节的学校比例",
    nameEn: "Schools holding a campus arts festival every year",
    unit: "percent",
    direction: "higher",
    levels: ALL_LEVELS,
    baseline: null,
    milestones: [{ year: null, comparator: "=", value: 100, label: "每年举办一届校园文化艺术节" }],
    measuredFrom: "学校填报“当年举办校园文化艺术节”为是的学校数 ÷ 学校数 × 100",
    section: "三(一)3",
  },
  {
    id: "B16",
    group: "B",
    name: "专兼职蒙授教研员配齐率",
    nameEn: "Mongolian-language teaching researcher posts filled",
    unit: "percent",
    direction: "higher",
    levels: CITY_DISTRICT,
    baseline: null,
    milestones: [{ year: 2025, comparator: "=", value: 100, label: "配齐专兼职蒙授教研员" }],
    measuredFrom: "教研员名册：在岗专兼职蒙授教研员数 ÷ 核定岗位数 × 100",
    section: "三(二)2",
  },
  {
    id: "B17",
    group: "B",
    name: "大班额班级数",
    nameEn: "Oversized classes (56 or more students)",
    unit: "count",
    direction: "lower",
    levels: ALL_LEVELS,
    baseline: null,
    milestones: [{ year: 2025, comparator: "<=", value: 0, label: "逐步消除大班额、大校额现象" }],
    measuredFrom:
      "学校填报各班学生数：56—65人为大班额、66人及以上为超大班额（国发〔2016〕40号），统计两者班级数之和，每年分别展示",
    section: "框2",
    notes:
      "规划仅写“到2025年逐步消除大班额、大校额现象”，平台以2025年大班额班级数为0作为目标，逐年展示大班额与超大班额班级数。",
  },
  {
    id: "B18",
    group: "B",
    name: "幼儿园课程领导力提升工程",
    nameEn: "Kindergarten curriculum-leadership improvement rounds",
    unit: "stage",
    direction: "higher",
    levels: CITY,
    baseline: null,
    milestones: [
      { year: 2022, comparator: ">=", value: 1, label: "完成第一轮幼儿园课程领导力试点提升工程" },
      { year: 2025, comparator: ">=", value: 2, label: "完成第二轮幼儿园课程领导力提升工程" },
      { year: 2035, comparator: ">=", value: 3, label: "实现全市各类幼儿园课程领导力的整体提升" },
    ],
    measuredFrom: "幼儿园参与记录，阶段：0=未完成，1=第一轮完成，2=第二轮完成，3=全市各类幼儿园全部完成提升",
    section: "三(三)1",
  },
  {
    id: "B19",
    group: "B",
    name: "建有创新实验室的中小学比例",
    nameEn: "Schools with at least one innovation lab",
    unit: "percent",
    direction: "higher",
    levels: ALL_LEVELS,
    baseline: null,
    milestones: [
      { year: 2025, comparator: "=", value: 100, label: "全市每所中小学校都建立至少一个创新实验室" },
    ],
    measuredFrom: "学校设施填报：创新实验室数≥1的中小学数 ÷ 中小学数 × 100",
    section: "框3",
  },
  {
    id: "B20",
    group: "B",
    name: "市级一流职业院校示范专业数",
    nameEn: "City-level model vocational majors",
    unit: "count",
    direction: "higher",
    levels: CITY,
    baseline: null,
    milestones: [{ year: 2022, comparator: ">=", value: 10, label: "10个以上" }],
    measuredFrom: "职业院校专业名册：认定为市级一流职业院校示范专业的专业数",
    section: "框5",
  },
  {
    id: "B21",
    group: "B",
    name: "有重要影响的职业院校品牌专业数",
    nameEn: "Vocational brand majors of regional or national influence",
    unit: "count",
    direction: "higher",
    levels: CITY,
    baseline: null,
    milestones: [{ year: 2025, comparator: ">=", value: 5, label: "5个左右" }],
    measuredFrom: "职业院校专业名册：在内蒙古乃至全国范围内有重要影响的品牌专业数",
    section: "框5",
    notes: "规划为“5个左右”，按≥5评价。",
  },
  {
    id: "B22",
    group: "B",
    name: "品牌专业课程数",
    nameEn: "Brand vocational courses",
    unit: "count",
    direction: "higher",
    levels: CITY,
    baseline: null,
    milestones: [
      { year: 2022, comparator: ">=", value: 10, label: "10个品牌专业课程" },
      { year: 2025, comparator: ">=", value: 25, label: "25个品牌专业课程" },
    ],
    measuredFrom: "职业教育课程名册：品牌专业课程数",
    section: "框5",
  },
  {
    id: "B23",
    group: "B",
    name: "高水平职业教育专业教学试点专业数",
    nameEn: "High-level vocational teaching pilot majors",
    unit: "count",
    direction: "higher",
    levels: CITY,
    baseline: null,
    milestones: [{ year: 2030, comparator: ">=", value: 8, label: "试点实施专业达到8个" }],
    measuredFrom: "职业院校专业名册：高水平职业教育专业教学试点专业数",
    section: "框5",
  },
  {
    id: "B24",
    group: "B",
    name: "职业教育集团数",
    nameEn: "Vocational education groups",
    unit: "count",
    direction: "higher",
    levels: CITY,
    baseline: null,
    milestones: [{ year: 2030, comparator: ">=", value: 2, label: "2—3个" }],
    measuredFrom: "市级登记：跨行业、跨部门的职业教育集团数",
    section: "三(三)4; 框6",
    notes: "三(三)4为“到2030年建设2—3个”，框6为“到2030年共建3个职业教育集团”；按≥2评价，并注明框6为3个。",
  },
  {
    id: "B25",
    group: "B",
    name: "校企合作品牌数",
    nameEn: "School–enterprise cooperation brands",
    unit: "count",
    direction: "higher",
    levels: CITY,
    baseline: null,
    milestones: [{ year: 2025, comparator: ">=", value: 10, label: "10个特色化的校企合作品牌" }],
    measuredFrom: "市级登记：特色化校企合作品牌数",
    section: "框6",
  },
  {
    id: "B26",
    group: "B",
    name: "产教融合示范性实训基地数",
    nameEn: "Industry–education integration model training bases",
    unit: "count",
    direction: "higher",
    levels: CITY,
    baseline: null,
    milestones: [
      { year: 2025, comparator: ">=", value: 10, label: "10个以上" },
      { year: 2035, comparator: ">=", value: 30, label: "30个以上" },
    ],
    measuredFrom: "市级登记：校企共同投入的产教融合示范性实训基地数",
    section: "框6",
  },
  {
    id: "B27",
    group: "B",
    name: "政府与企业共建的职业院校数",
    nameEn: "Government–enterprise co-built vocational schools",
    unit: "count",
    direction: "higher",
    levels: CITY,
    baseline: null,
    milestones: [{ year: null, comparator: "track", value: 1, label: "试点建设1—2所（未定时限）" }],
    measuredFrom: "市级登记：政府与企业共建的职业院校数",
    section: "框6",
    notes: "规划为“试点建设1—2所”且未定时限，按趋势跟踪，建成1所即视为达到。",
  },
  {
    id: "B28",
    group: "B",
    name: "乌海职业技术学院建成本科层次“乌海应用技术学院”",
    nameEn:
      "Wuhai Vocational and Technical College upgraded to the bachelor-level Wuhai Institute of Applied Technology",
    unit: "flag",
    direction: "higher",
    levels: CITY,
    baseline: null,
    milestones: [{ year: 2025, comparator: "=", value: 1, label: "力争建成本科层次的“乌海应用技术学院”" }],
    measuredFrom: "市级登记的里程碑：1=已建成，0=未建成",
    section: "三(三)4",
  },
  {
    id: "B29",
    group: "B",
    name: "新建高水平职业院校数",
    nameEn: "Further high-level vocational schools built",
    unit: "count",
    direction: "higher",
    levels: CITY,
    baseline: null,
    milestones: [{ year: 2030, comparator: ">=", value: 1, label: "再建设一所高水平职业院校" }],
    measuredFrom: "市级登记的里程碑：2020年后新建成的高水平职业院校数",
    section: "三(三)4",
  },
  {
    id: "B30",
    group: "B",
    name: "城市居民有组织参与社区教育比例",
    nameEn: "Urban residents taking part in organised community education",
    unit: "percent",
    direction: "higher",
    levels: CITY,
    baseline: null,
    milestones: [{ year: 2030, comparator: ">=", value: 90, label: "90%以上" }],
    measuredFrom: "市级填报",
    section: "三(三)5",
  },
  {
    id: "B31",
    group: "B",
    name: "公办优质幼儿园占比",
    nameEn: "Quality public kindergartens among public kindergartens",
    unit: "percent",
    direction: "higher",
    levels: ["district", "city"],
    baseline: null,
    milestones: [{ year: 2022, comparator: ">=", value: 20, label: "达到20%" }],
    measuredFrom: "幼儿园等级评定：评定为优质（示范性）的公办幼儿园数 ÷ 公办幼儿园数 × 100",
    section: "三(五)1",
  },
  {
    id: "B32",
    group: "B",
    name: "优质园幼儿占比",
    nameEn: "Children in quality kindergartens",
    unit: "percent",
    direction: "higher",
    levels: ["district", "city"],
    baseline: null,
    milestones: [
      { year: 2025, comparator: ">=", value: 30, label: "达到30%" },
      { year: 2035, comparator: ">=", value: 60, label: "再提高30个百分点" },
    ],
    measuredFrom: "幼儿园等级评定 × 在园幼儿数：优质幼儿园在园幼儿数 ÷ 全部在园幼儿数 × 100",
    section: "三(五)1",
    notes: "2035年“再提高30个百分点”即在2025年30%的基础上达到60%。",
  },
  {
    id: "B33",
    group: "B",
    name: "幼儿园专任教师本科及以上学历占比",
    nameEn: "Kindergarten full-time teachers with a bachelor's degree or above",
    unit: "percent",
    direction: "higher",
    levels: ALL_LEVELS,
    baseline: null,
    milestones: [
      { year: 2022, comparator: ">=", value: 80, label: "提升至80%" },
      { year: 2035, comparator: "=", value: 100, label: "提升至100%" },
    ],
    measuredFrom: "教师名册：幼儿园专任教师中本科、研究生学历者 ÷ 幼儿园专任教师数 × 100",
    section: "三(六)1",
  },
  {
    id: "B34",
    group: "B",
    name: "完成全员心理健康培训的中小学专任教师比例",
    nameEn: "School teachers who completed mental-health training",
    unit: "percent",
    direction: "higher",
    levels: ALL_LEVELS,
    baseline: null,
    milestones: [
      { year: 2022, comparator: "=", value: 100, label: "完成全市中小学专任教师的全员心理健康培训" },
    ],
    measuredFrom: "教师名册：已完成心理健康培训的中小学专任教师数 ÷ 中小学专任教师数 × 100",
    section: "三(六)2",
  },
  {
    id: "B35",
    group: "B",
    name: "具有专业心理辅导素养的中小学教师比例",
    nameEn: "School teachers with professional psychological-counselling competence",
    unit: "percent",
    direction: "higher",
    levels: ALL_LEVELS,
    baseline: null,
    milestones: [
      { year: 2025, comparator: ">=", value: 30, label: "不少于30%" },
      { year: 2030, comparator: "track", value: null, label: "中小学教师普遍具有较高的心理辅导素养" },
    ],
    measuredFrom: "教师名册（心理辅导相关证书）：持证中小学教师数 ÷ 中小学教师数 × 100",
    section: "三(六)2",
    notes: "2030年“普遍具有”无数值，按趋势跟踪。",
  },
  {
    id: "B36",
    group: "B",
    name: "智慧教育标杆学校数",
    nameEn: "Smart-education benchmark schools",
    unit: "count",
    direction: "higher",
    levels: CITY,
    baseline: null,
    milestones: [
      { year: 2022, comparator: ">=", value: 6, label: "6所以上" },
      { year: 2025, comparator: ">=", value: 15, label: "15所以上" },
    ],
    measuredFrom: "市级认定：智慧教育标杆学校数",
    section: "框10",
  },
  {
    id: "B37",
    group: "B",
    name: "无线网络覆盖学校比例",
    nameEn: "Schools with full wireless network coverage",
    unit: "percent",
    direction: "higher",
    levels: ALL_LEVELS,
    baseline: null,
    milestones: [{ year: null, comparator: "track", value: 100, label: "实现无线网络全覆盖（未定时限）" }],
    measuredFrom: "学校设施填报“无线网络全覆盖”为是的学校数 ÷ 学校数 × 100",
    section: "三(七)1",
  },
  {
    id: "B38",
    group: "B",
    name: "教育现代化试验区数",
    nameEn: "Education modernisation pilot zones",
    unit: "count",
    direction: "higher",
    levels: CITY,
    baseline: null,
    milestones: [{ year: 2025, comparator: "=", value: 3, label: "成立3个教育现代化试验区" }],
    measuredFrom: "市级登记：教育现代化试验区试点创新区域数",
    section: "框11",
  },
  {
    id: "B39",
    group: "B",
    name: "一般公共预算教育支出",
    nameEn: "General public-budget education spending",
    unit: "ten_thousand_yuan",
    direction: "higher",
    levels: CITY_DISTRICT,
    baseline: null,
    milestones: [{ year: null, comparator: "nondecreasing", value: null, label: "逐年只增不减" }],
    measuredFrom: "财政填报：当年一般公共预算教育支出（万元），与上年比较",
    section: "三(八)3; 框12",
  },
  {
    id: "B40",
    group: "B",
    name: "按在校学生人数平均的一般公共预算教育支出",
    nameEn: "General public-budget education spending per enrolled student",
    unit: "yuan_per_student",
    direction: "higher",
    levels: CITY_DISTRICT,
    baseline: null,
    milestones: [{ year: null, comparator: "nondecreasing", value: null, label: "逐年只增不减" }],
    measuredFrom: "财政填报一般公共预算教育支出（元）÷ 在校学生数，与上年比较",
    section: "三(八)3; 框12",
  },
  {
    id: "B41",
    group: "B",
    name: "教育支出占GDP比重",
    nameEn: "Education spending as a share of GDP",
    unit: "percent",
    direction: "higher",
    levels: CITY,
    baseline: 3,
    baselineLabel: "3%（国家4.11%、自治区4%）",
    milestones: [
      { year: null, comparator: "track", value: 4, label: "逐步提高，向自治区4%（国家4.11%）靠拢" },
    ],
    measuredFrom: "财政填报：教育支出 ÷ 地区生产总值 × 100",
    section: "一",
    notes:
      "规划仅在发展形势中给出现状3%及国家4.11%、自治区4%的对比，无定时目标，按趋势跟踪，达到4%视为达到。",
  },
  {
    id: "B42",
    group: "B",
    name: "中小学教师平均工资收入水平与当地公务员平均工资水平之比",
    nameEn: "Teachers' average pay relative to local civil servants' average pay",
    unit: "ratio_percent",
    direction: "higher",
    levels: CITY_DISTRICT,
    baseline: null,
    milestones: [
      { year: null, comparator: ">=", value: 100, label: "每年不低于或高于当地公务员平均工资水平" },
    ],
    measuredFrom: "财政填报：中小学教师年平均工资 ÷ 当地公务员年平均工资 × 100",
    section: "三(六)3",
  },
  {
    id: "B43",
    group: "B",
    name: "义务教育专任教师五年一周期培训学时",
    nameEn: "Continuing-education hours per compulsory-education teacher per five-year cycle",
    unit: "hours",
    direction: "higher",
    levels: ALL_LEVELS,
    baseline: null,
    milestones: [
      {
        year: null,
        comparator: ">=",
        value: TRAINING_HOURS_PER_CYCLE,
        label: `五年一周期，每人不少于${TRAINING_HOURS_PER_CYCLE}学时`,
      },
    ],
    measuredFrom:
      "教师名册培训记录：义务教育专任教师当前五年周期内人均累计培训学时；另列达到360学时的教师占比",
    section: "三(六)2",
    notes:
      "规划提出“五年一轮”的校长、教师培训；学时标准按国家规定每五年不少于360学时（教师〔2011〕1号）。周期按国家五年一周期（2021—2025、2026—2030……）：学时计入取得时所在的周期，新周期从零起算，上一周期的学时不计入。",
  },
];

/** C1–C7, built from the 优质均衡 standard in ./balance.ts (one source for the thresholds). */
const BALANCE_TARGETS: readonly PlanTarget[] = BALANCE_INDICATORS.map(
  (b): PlanTarget => ({
    id: b.id satisfies BalanceIndicatorId,
    group: "C",
    name: b.name,
    nameEn: b.nameEn,
    unit: b.unit,
    // persons or rooms per 100 students: the kind's 每百名学生 does not say which
    ...(b.unit === "per_100_students" ? { unitLabel: b.unitLabel } : {}),
    direction: "higher",
    levels: ["school", "district"],
    baseline: null,
    milestones: [
      {
        year: null,
        comparator: ">=",
        value: b.thresholds.primary,
        label: `小学≥${b.thresholds.primary}`,
        stage: "primary",
      },
      {
        year: null,
        comparator: ">=",
        value: b.thresholds.junior_secondary,
        label: `初中≥${b.thresholds.junior_secondary}`,
        stage: "junior_secondary",
      },
    ],
    measuredFrom: `${b.formula}（学校设施填报与教师名册，小学、初中分别计算）；区级另算各校学生加权差异系数，小学≤${BALANCE_CV_MAX.primary.toFixed(2)}、初中≤${BALANCE_CV_MAX.junior_secondary.toFixed(2)}`,
    section: "三(三)2; 框4（教督〔2017〕6号 第七条）",
    notes: "每所学校至少6项达到标准、余项不低于标准的85%；特殊教育学校和不足50人的教学点不参评。",
    stageThresholds: b.thresholds,
  }),
);

/**
 * Every target of the plan, in id order: A01–A10, B01–B43, C1–C7 (60 targets). Its 统计口径
 * (measuredFrom) ends with the statement of its population (population.ts): who is counted and
 * at which date, the one description the API's measures take their filters from.
 */
export const PLAN_TARGETS: readonly PlanTarget[] = [...TEXT_TARGETS, ...BALANCE_TARGETS].map((t) => ({
  ...t,
  measuredFrom: `${t.measuredFrom}；${TARGET_POPULATIONS[t.id].statement}`,
}));

const BY_ID = new Map<string, PlanTarget>(PLAN_TARGETS.map((t) => [t.id, t]));

/**
 * The target with this id.
 * @throws RangeError for an id that is not a {@link TargetId} (e.g. from user input).
 */
export function getTarget(id: TargetId): PlanTarget {
  const t = BY_ID.get(id);
  if (!t) throw new RangeError(`unknown plan target ${id}`);
  return t;
}

/** True when `id` is one of {@link TARGET_IDS} (narrows a string from user input). */
export function isTargetId(id: string): id is TargetId {
  return BY_ID.has(id);
}

/** The targets measured at an org level, optionally of one group, in id order. */
export function targetsAtLevel(level: OrgLevel, group?: TargetGroup): PlanTarget[] {
  return PLAN_TARGETS.filter((t) => t.levels.includes(level) && (group === undefined || t.group === group));
}
