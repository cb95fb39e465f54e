/**
 * The national 义务教育优质均衡 (high-quality balanced compulsory education) standard that
 * the plan's A04 and B02 depend on, as data.
 *
 * Source: 教育部《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号), 第二章
 * "资源配置" (the seven resource-allocation indicators, the 6-of-7 + 85% school rule and
 * the district 差异系数 limits) and 第三章 "政府保障程度" (class-size limits); the older
 * 《县域义务教育均衡发展督导评估暂行办法》(教督〔2012〕3号) for the 基本均衡 limits; and
 * 国务院《关于统筹推进县域内城乡义务教育一体化改革发展的若干意见》(国发〔2016〕40号) for
 * the 大班额 / 超大班额 class-size bands. 《乌海教育现代化2035》 三(三)2, 框2 and 框4 refer to them.
 */

import type { Stage } from "../org.ts";
import type { EducationLevel } from "../staff.ts";

/**
 * The two stages the 优质均衡 indicators are computed for, separately (小学 / 初中). A
 * 九年一贯制 school counts in both groups, by its primary and by its junior students.
 */
export const BALANCE_STAGES = ["primary", "junior_secondary"] as const satisfies readonly Stage[];
export type BalanceStage = (typeof BALANCE_STAGES)[number];

/** 学段 labels for the two balance stages. */
export const BALANCE_STAGE_LABELS: Record<BalanceStage, string> = {
  primary: "小学",
  junior_secondary: "初中",
};

/** Ids of the seven resource-allocation indicators (教督〔2017〕6号 第二章第七条 (一)–(七)). */
export const BALANCE_INDICATOR_IDS = ["C1", "C2", "C3", "C4", "C5", "C6", "C7"] as const;
export type BalanceIndicatorId = (typeof BALANCE_INDICATOR_IDS)[number];

/** Unit of a balance indicator: per 100 students (persons or rooms), m² per student, yuan per student. */
export type BalanceIndicatorUnit = "per_100_students" | "m2_per_student" | "yuan_per_student";

/** One of the seven 优质均衡 resource-allocation indicators with its per-stage standard. */
export interface BalanceIndicator {
  id: BalanceIndicatorId;
  /** Key for records holding a school's seven values, e.g. `{ qualifiedTeachersPer100: 4.6, … }`. */
  key: BalanceIndicatorKey;
  /** Official Chinese name (教督〔2017〕6号 第七条). */
  name: string;
  nameEn: string;
  unit: BalanceIndicatorUnit;
  /**
   * The unit's short label, shown after a value and in the standard: 人/百生 (C1–C3, teachers),
   * 间/百生 (C7, rooms), m²/生, 元/生. The unit kind alone cannot say persons or rooms.
   */
  unitLabel: "人/百生" | "间/百生" | "m²/生" | "元/生";
  /** How the school value is computed, in Chinese. */
  formula: string;
  /** The standard a school must reach (≥), in `unit`, per stage. */
  thresholds: Readonly<Record<BalanceStage, number>>;
}

/** Keys of the seven indicators, in the order C1…C7. */
export const BALANCE_INDICATOR_KEYS = [
  "qualifiedTeachersPer100",
  "backboneTeachersPer100",
  "peArtsTeachersPer100",
  "teachingAreaPerStudent",
  "sportsAreaPerStudent",
  "equipmentValuePerStudent",
  "multimediaClassroomsPer100",
] as const;
export type BalanceIndicatorKey = (typeof BALANCE_INDICATOR_KEYS)[number];

/**
 * The seven resource-allocation indicators and their standards (教督〔2017〕6号 第七条):
 *
 * | id | indicator | primary | junior |
 * |----|-----------|---------|--------|
 * | C1 | 每百名学生拥有高于规定学历教师数 (persons / 100 students) | 4.2 | 5.3 |
 * | C2 | 每百名学生拥有县级以上骨干教师数 (persons / 100 students) | 1.0 | 1.0 |
 * | C3 | 每百名学生拥有体育、艺术（美术、音乐）专任教师数 (persons / 100 students) | 0.9 | 0.9 |
 * | C4 | 生均教学及辅助用房面积 (m² / student) | 4.5 | 5.8 |
 * | C5 | 生均体育运动场馆面积 (m² / student) | 7.5 | 10.2 |
 * | C6 | 生均教学仪器设备值 (yuan / student) | 2000 | 2500 |
 * | C7 | 每百名学生拥有网络多媒体教室数 (rooms / 100 students) | 2.3 | 2.4 |
 */
export const BALANCE_INDICATORS: readonly BalanceIndicator[] = [
  {
    id: "C1",
    key: "qualifiedTeachersPer100",
    name: "每百名学生拥有高于规定学历教师数",
    nameEn: "Teachers above the required degree per 100 students",
    unit: "per_100_students",
    unitLabel: "人/百生",
    formula: "高于规定学历的专任教师数（小学：专科及以上；初中：本科及以上）÷ 在校生数 × 100",
    thresholds: { primary: 4.2, junior_secondary: 5.3 },
  },
  {
    id: "C2",
    key: "backboneTeachersPer100",
    name: "每百名学生拥有县级以上骨干教师数",
    nameEn: "Backbone teachers of county level or above per 100 students",
    unit: "per_100_students",
    unitLabel: "人/百生",
    formula: "县级及以上骨干教师数 ÷ 在校生数 × 100",
    thresholds: { primary: 1.0, junior_secondary: 1.0 },
  },
  {
    id: "C3",
    key: "peArtsTeachersPer100",
    name: "每百名学生拥有体育、艺术（美术、音乐）专任教师数",
    nameEn: "PE, music and fine-art teachers per 100 students",
    unit: "per_100_students",
    unitLabel: "人/百生",
    formula: "体育、音乐、美术专任教师数 ÷ 在校生数 × 100",
    thresholds: { primary: 0.9, junior_secondary: 0.9 },
  },
  {
    id: "C4",
    key: "teachingAreaPerStudent",
    name: "生均教学及辅助用房面积",
    nameEn: "Teaching and auxiliary floor area per student",
    unit: "m2_per_student",
    unitLabel: "m²/生",
    formula: "（教学及辅助用房面积 − 室内体育用房面积）÷ 在校生数，单位平方米",
    thresholds: { primary: 4.5, junior_secondary: 5.8 },
  },
  {
    id: "C5",
    key: "sportsAreaPerStudent",
    name: "生均体育运动场馆面积",
    nameEn: "Sports ground and hall area per student",
    unit: "m2_per_student",
    unitLabel: "m²/生",
    formula: "（体育运动场面积 + 室内体育用房面积）÷ 在校生数，单位平方米",
    thresholds: { primary: 7.5, junior_secondary: 10.2 },
  },
  {
    id: "C6",
    key: "equipmentValuePerStudent",
    name: "生均教学仪器设备值",
    nameEn: "Teaching equipment value per student",
    unit: "yuan_per_student",
    unitLabel: "元/生",
    formula: "教学仪器设备值 ÷ 在校生数，单位元",
    thresholds: { primary: 2000, junior_secondary: 2500 },
  },
  {
    id: "C7",
    key: "multimediaClassroomsPer100",
    name: "每百名学生拥有网络多媒体教室数",
    nameEn: "Networked multimedia classrooms per 100 students",
    unit: "per_100_students",
    unitLabel: "间/百生",
    formula: "网络多媒体教室数 ÷ 在校生数 × 100",
    thresholds: { primary: 2.3, junior_secondary: 2.4 },
  },
];

/**
 * C1's 高于规定学历 per stage (教督〔2017〕6号 第七条（一）; the required degree is 中专 for
 * 小学 and 专科 for 初中 teachers): 专科及以上 for 小学, 本科及以上 for 初中.
 */
export const BALANCE_QUALIFIED_EDUCATION: Readonly<Record<BalanceStage, readonly EducationLevel[]>> = {
  primary: ["postgraduate", "bachelor", "associate"],
  junior_secondary: ["postgraduate", "bachelor"],
};

/**
 * The indicator with this id.
 * @throws RangeError for an unknown id.
 */
export function getBalanceIndicator(id: BalanceIndicatorId): BalanceIndicator {
  const found = BALANCE_INDICATORS.find((i) => i.id === id);
  if (!found) throw new RangeError(`unknown balance indicator ${id}`);
  return found;
}

/**
 * The school pass rule (教督〔2017〕6号 第七条): "每所学校至少6项指标达到上述要求，余项
 * 不能低于要求的85%". A school passes when at least `minMet` of the `total` indicators reach
 * their standard and every other one reaches at least `remainderMinRatio` (85%, inclusive:
 * "不低于") of its standard.
 */
export const BALANCE_SCHOOL_RULE = { total: 7, minMet: 6, remainderMinRatio: 0.85 } as const;

/**
 * The district rule of 优质均衡 (教督〔2017〕6号 第七条): for EACH of the seven indicators on
 * its own, the district's student-weighted coefficient of variation (差异系数) across its
 * schools must be ≤ 0.50 for primary and ≤ 0.45 for junior-secondary schools.
 */
export const BALANCE_CV_MAX: Readonly<Record<BalanceStage, number>> = {
  primary: 0.5,
  junior_secondary: 0.45,
};

/**
 * The older 基本均衡 limits (《县域义务教育均衡发展督导评估暂行办法》教督〔2012〕3号): the district CV of the eight 基本均衡
 * indicators ≤ 0.65 for primary and ≤ 0.55 for junior-secondary schools. Wuhai's three
 * districts passed this by 2020 (A04 baseline, plan 一).
 */
export const BASIC_BALANCE_CV_MAX: Readonly<Record<BalanceStage, number>> = {
  primary: 0.65,
  junior_secondary: 0.55,
};

/**
 * 教学点 (teaching points) with fewer than this many students, and special schools, are left
 * out of the school checks and the CV (教督〔2017〕6号 as the product reads it, targets.md C).
 * A teaching point with `students < 50` is excluded.
 */
export const BALANCE_SMALL_TEACHING_POINT_MIN_STUDENTS = 50;

/**
 * Class-size ceilings of the 优质均衡 standard (教督〔2017〕6号 第八条 政府保障程度):
 * "小学、初中所有班级学生数分别不超过45人、50人" (persons per class).
 */
export const BALANCE_CLASS_SIZE_MAX: Readonly<Record<BalanceStage, number>> = {
  primary: 45,
  junior_secondary: 50,
};

/** Class-size bands (班额分段). */
export const CLASS_SIZE_BANDS = ["normal", "large", "oversized", "super_oversized"] as const;
export type ClassSizeBand = (typeof CLASS_SIZE_BANDS)[number];

/**
 * The bands by persons per class, bounds inclusive (max null = no upper bound):
 * - normal ≤ 45 (标准班额以内);
 * - large 46–55 (the statistics' 46—55人 band, above the standard but not 大班额);
 * - oversized 56–65 = 大班额;
 * - super_oversized ≥ 66 = 超大班额.
 * Source: 国发〔2016〕40号 (消除56人以上大班额、66人以上超大班额), 教育统计 班额分段; the
 * plan's B17 (框2 "逐步消除大班额、大校额现象").
 */
export const CLASS_SIZE_BAND_DEFS: readonly {
  band: ClassSizeBand;
  label: string;
  min: number;
  max: number | null;
}[] = [
  { band: "normal", label: "45人及以下", min: 0, max: 45 },
  { band: "large", label: "46—55人", min: 46, max: 55 },
  { band: "oversized", label: "大班额（56—65人）", min: 56, max: 65 },
  { band: "super_oversized", label: "超大班额（66人及以上）", min: 66, max: null },
];

/** Chinese label of each class-size band (from {@link CLASS_SIZE_BAND_DEFS}). */
export const CLASS_SIZE_BAND_LABELS = Object.fromEntries(
  CLASS_SIZE_BAND_DEFS.map((d) => [d.band, d.label]),
) as Record<ClassSizeBand, string>;
