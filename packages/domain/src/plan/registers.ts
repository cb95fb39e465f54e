/**
 * Registers (登记册): the counted things the plan's count targets are measured from — model
 * majors, training bases, benchmark schools, pilot zones, certifications … One entry per
 * thing (DHIS2-style: a generic register with a `kind` from this catalogue), valid from a
 * school year (`fromYear`) until a school year (`toYear`, null = still valid).
 *
 * Counting rule: an entry counts in school year Y when fromYear ≤ Y and (toYear is null or
 * toYear ≥ Y); it counts `quantity` things (default 1), except where the kind says otherwise
 * (see {@link RegisterKindInfo.aggregate}).
 *
 * Sources (sections of 《乌海教育现代化2035》): 二(三) (A04, B02), 三(三)1 (B03, B18), 三(二)2
 * (B16), 框5 (B20–B23), 三(三)4 and 框6 (B24–B29), 三(五)1 (B31, B32), 框10 (B36), 框11 (B38).
 */

import { trainingCycleOf } from "../indicators/training.ts";
import type { TargetId } from "./targets.ts";

/** Every register kind. */
export const REGISTER_KINDS = [
  "balance_certification",
  "early_education_centre",
  "mongolian_researcher_post",
  "curriculum_leadership_round",
  "model_vocational_major",
  "brand_vocational_major",
  "brand_course",
  "high_level_pilot_major",
  "vocational_group",
  "school_enterprise_brand",
  "training_base",
  "cobuilt_vocational_school",
  "undergraduate_upgrade",
  "high_level_vocational_school",
  "quality_kindergarten",
  "smart_benchmark_school",
  "modernisation_pilot_zone",
] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

/** Recognition level of an entry (认定级别): 市级, 自治区级, 国家级. */
export const RECOGNITION_LEVELS = ["city", "region", "national"] as const;
export type RecognitionLevel = (typeof RECOGNITION_LEVELS)[number];
export const RECOGNITION_LEVEL_LABELS: Record<RecognitionLevel, string> = {
  city: "市级",
  region: "自治区级",
  national: "国家级",
};

/**
 * Which unit an entry hangs on:
 * - `none`: a city-wide entry (no district, no school), e.g. a 职业教育集团;
 * - `district`: a district is required (e.g. a district's 优质均衡 certification);
 * - `district_optional`: a district, or none for the city's own (e.g. the city 教研室's posts);
 * - `school`: a school is required (its district follows from the school);
 * - `school_optional`: a school when it belongs to one (e.g. a model major of a vocational school).
 */
export type RegisterScope = "none" | "district" | "district_optional" | "school" | "school_optional";

/**
 * How the entries of a kind make a value:
 * - `quantity`: Σ quantity of the entries counted in the year;
 * - `districts`: the number of distinct districts with an entry (e.g. districts certified);
 * - `rounds`: the number of entries (each a completed round);
 * - `flag`: 1 when any entry counts, else 0;
 * - `posts`: Σ quantity is a number of posts, compared with the staff filling them (B16);
 * - `schools`: marks schools (the share of schools / children is computed with enrolment).
 */
export type RegisterAggregate = "quantity" | "districts" | "rounds" | "flag" | "posts" | "schools";

/** What the catalogue says about a kind. */
export interface RegisterKindInfo {
  kind: RegisterKind;
  /** Chinese label, as the plan names the thing. */
  label: string;
  /** The targets this kind feeds. */
  targets: readonly TargetId[];
  /** Unit of `quantity` in Chinese (个, 所, 个专业, 个岗位 …). */
  unitLabel: string;
  scope: RegisterScope;
  aggregate: RegisterAggregate;
  /** True when the entry carries a recognition level (市级/自治区级/国家级). */
  hasLevel: boolean;
  /** Only these school types may be referenced, when the kind references schools. */
  schoolTypes?: readonly string[];
  /** The plan's section. */
  section: string;
}

const VOCATIONAL_TYPES = ["secondary_vocational", "higher_vocational"] as const;

/** The catalogue, in the order of the targets the kinds feed. */
export const REGISTER_KIND_INFO: Readonly<Record<RegisterKind, RegisterKindInfo>> = {
  balance_certification: {
    kind: "balance_certification",
    label: "通过国家义务教育优质均衡发展督导评估认定",
    targets: ["A04", "B02"],
    unitLabel: "个区",
    scope: "district",
    aggregate: "districts",
    hasLevel: true,
    section: "二(三)",
  },
  early_education_centre: {
    kind: "early_education_centre",
    label: "早期教养指导服务中心（站）",
    targets: ["B03"],
    unitLabel: "个",
    scope: "district",
    aggregate: "districts",
    hasLevel: false,
    section: "二(三); 三(三)1",
  },
  mongolian_researcher_post: {
    kind: "mongolian_researcher_post",
    label: "蒙授教研员核定岗位",
    targets: ["B16"],
    unitLabel: "个岗位",
    scope: "district_optional",
    aggregate: "posts",
    hasLevel: false,
    section: "三(二)2",
  },
  curriculum_leadership_round: {
    kind: "curriculum_leadership_round",
    label: "幼儿园课程领导力提升工程（完成的轮次）",
    targets: ["B18"],
    unitLabel: "所参与幼儿园",
    scope: "none",
    aggregate: "rounds",
    hasLevel: false,
    section: "三(三)1",
  },
  model_vocational_major: {
    kind: "model_vocational_major",
    label: "市级一流职业院校示范专业",
    targets: ["B20"],
    unitLabel: "个专业",
    scope: "school_optional",
    aggregate: "quantity",
    hasLevel: true,
    schoolTypes: VOCATIONAL_TYPES,
    section: "框5",
  },
  brand_vocational_major: {
    kind: "brand_vocational_major",
    label: "有重要影响的职业院校品牌专业",
    targets: ["B21"],
    unitLabel: "个专业",
    scope: "school_optional",
    aggregate: "quantity",
    hasLevel: true,
    schoolTypes: VOCATIONAL_TYPES,
    section: "框5",
  },
  brand_course: {
    kind: "brand_course",
    label: "品牌专业课程",
    targets: ["B22"],
    unitLabel: "门课程",
    scope: "school_optional",
    aggregate: "quantity",
    hasLevel: true,
    schoolTypes: VOCATIONAL_TYPES,
    section: "框5",
  },
  high_level_pilot_major: {
    kind: "high_level_pilot_major",
    label: "高水平职业教育专业教学试点专业",
    targets: ["B23"],
    unitLabel: "个专业",
    scope: "school_optional",
    aggregate: "quantity",
    hasLevel: true,
    schoolTypes: VOCATIONAL_TYPES,
    section: "框5",
  },
  vocational_group: {
    kind: "vocational_group",
    label: "职业教育集团",
    targets: ["B24"],
    unitLabel: "个",
    scope: "none",
    aggregate: "quantity",
    hasLevel: false,
    section: "三(三)4; 框6",
  },
  school_enterprise_brand: {
    kind: "school_enterprise_brand",
    label: "特色化校企合作品牌",
    targets: ["B25"],
    unitLabel: "个",
    scope: "school_optional",
    aggregate: "quantity",
    hasLevel: false,
    schoolTypes: VOCATIONAL_TYPES,
    section: "框6",
  },
  training_base: {
    kind: "training_base",
    label: "产教融合示范性实训基地",
    targets: ["B26"],
    unitLabel: "个",
    scope: "school_optional",
    aggregate: "quantity",
    hasLevel: true,
    schoolTypes: VOCATIONAL_TYPES,
    section: "框6",
  },
  cobuilt_vocational_school: {
    kind: "cobuilt_vocational_school",
    label: "政府与企业共建的职业院校",
    targets: ["B27"],
    unitLabel: "所",
    scope: "school_optional",
    aggregate: "quantity",
    hasLevel: false,
    schoolTypes: VOCATIONAL_TYPES,
    section: "框6",
  },
  undergraduate_upgrade: {
    kind: "undergraduate_upgrade",
    label: "乌海职业技术学院建成本科层次“乌海应用技术学院”",
    targets: ["B28"],
    unitLabel: "项",
    scope: "school_optional",
    aggregate: "flag",
    hasLevel: false,
    schoolTypes: ["higher_vocational"],
    section: "三(三)4",
  },
  high_level_vocational_school: {
    kind: "high_level_vocational_school",
    label: "2020年后新建成的高水平职业院校",
    targets: ["B29"],
    unitLabel: "所",
    scope: "school_optional",
    aggregate: "quantity",
    hasLevel: false,
    schoolTypes: VOCATIONAL_TYPES,
    section: "三(三)4",
  },
  quality_kindergarten: {
    kind: "quality_kindergarten",
    label: "优质（示范性）幼儿园",
    targets: ["B31", "B32"],
    unitLabel: "所",
    scope: "school",
    aggregate: "schools",
    hasLevel: true,
    schoolTypes: ["kindergarten"],
    section: "三(五)1",
  },
  smart_benchmark_school: {
    kind: "smart_benchmark_school",
    label: "智慧教育标杆学校",
    targets: ["B36"],
    unitLabel: "所",
    scope: "school",
    aggregate: "quantity",
    hasLevel: true,
    section: "框10",
  },
  modernisation_pilot_zone: {
    kind: "modernisation_pilot_zone",
    label: "教育现代化试验区",
    targets: ["B38"],
    unitLabel: "个",
    scope: "district",
    aggregate: "quantity",
    hasLevel: false,
    section: "框11",
  },
};

/** Chinese label of each kind. */
export const REGISTER_KIND_LABELS: Record<RegisterKind, string> = Object.fromEntries(
  REGISTER_KINDS.map((k) => [k, REGISTER_KIND_INFO[k].label]),
) as Record<RegisterKind, string>;

/** The kind whose entries a target counts (each target is fed by at most one kind). */
export function registerKindOfTarget(id: TargetId): RegisterKind | null {
  for (const k of REGISTER_KINDS) if (REGISTER_KIND_INFO[k].targets.includes(id)) return k;
  return null;
}

/** Whether an entry valid from `fromYear` to `toYear` (null = still valid) counts in school year `year`. */
export function entryCountsIn(entry: { fromYear: number; toYear: number | null }, year: number): boolean {
  return entry.fromYear <= year && (entry.toYear === null || entry.toYear >= year);
}

/**
 * B43: the five-year continuing-education cycles (五年一周期) run 2016–2020, 2021–2025,
 * 2026–2030 … (教师〔2011〕1号: 360 hours per cycle). The first school year of the cycle
 * `schoolYear` lies in.
 */
export function trainingCycleStart(schoolYear: number): number {
  return trainingCycleOf(schoolYear).start; // the cycles are data: indicators/training.ts
}

/** B43: school years of the cycle elapsed by `schoolYear`, the current one included (1–5). */
export function trainingCycleYearsElapsed(schoolYear: number): number {
  return schoolYear - trainingCycleStart(schoolYear) + 1;
}
