/**
 * Checks of the 义务教育优质均衡 standard (教督〔2017〕6号 第七条): a school against the
 * seven resource indicators (6 of 7 met, the rest ≥ 85% of the standard), and a district's
 * per-indicator coefficients of variation against 0.50 (primary) / 0.45 (junior).
 */

import {
  BALANCE_CV_MAX,
  BALANCE_INDICATORS,
  BALANCE_SCHOOL_RULE,
  BASIC_BALANCE_CV_MAX,
  type BalanceIndicatorId,
  type BalanceStage,
  getBalanceIndicator,
} from "../plan/balance.ts";
import { EVALUATION_TOLERANCE } from "../plan/evaluate.ts";
import { per100Students, perStudent, type Ratio } from "./ratio.ts";

/**
 * A school's value of a 优质均衡 indicator from its amount and its students, in the indicator's
 * unit (BALANCE_INDICATORS; 教督〔2017〕6号 第七条): per 100 students for C1–C3 (teachers) and C7
 * (rooms), per student for C4, C5 (m²) and C6 (元), by ratio.ts's per100Students / perStudent.
 * Example: 21 qualified teachers for 500 pupils → C1 = 4.2; 2,250 m² for 500 pupils → C4 = 4.5.
 * @returns value null when students is 0.
 * @throws RangeError when amount or students is negative or not finite.
 */
export function balanceIndicatorValue(id: BalanceIndicatorId, amount: number, students: number): Ratio {
  return getBalanceIndicator(id).unit === "per_100_students"
    ? per100Students(amount, students)
    : perStudent(amount, students);
}

/** A school's (or a district's) values of C1–C7, in each indicator's unit; absent/null = no data. */
export type BalanceValues = Readonly<Partial<Record<BalanceIndicatorId, number | null>>>;

/** One indicator of a school check. */
export interface BalanceIndicatorCheck {
  id: BalanceIndicatorId;
  name: string;
  /** The school's value in the indicator's unit; null = no data. */
  value: number | null;
  /** The stage's standard (≥). */
  threshold: number;
  /** value ÷ threshold (1 = exactly the standard); null without data. */
  ratioOfStandard: number | null;
  /** value ≥ threshold (tolerance 1e-9); false without data. */
  met: boolean;
}

/** Result of {@link balanceSchoolCheck}. */
export interface BalanceSchoolCheck {
  stage: BalanceStage;
  /** C1…C7 in order. */
  indicators: BalanceIndicatorCheck[];
  /** How many of the seven reach their standard. */
  metCount: number;
  /** Indicators with no value (they count as not met). */
  missing: BalanceIndicatorId[];
  /** At least 6 met and every unmet one ≥ 85% of its standard. */
  passed: boolean;
  /** Why it passed or failed, in Chinese. */
  summary: string;
}

/**
 * Check one school's seven values against the 优质均衡 standard of its stage (a 九年一贯制
 * school is checked twice, with its primary and with its junior values).
 *
 * Passes when at least BALANCE_SCHOOL_RULE.minMet (6) indicators reach their standard and
 * each remaining one reaches at least 85% of it (inclusive). A missing value counts as not met
 * and below 85%, so one missing value with six met fails.
 *
 * Example (primary): six met and C7 = 1.978 (86% of 2.3) → passed; C7 = 1.932 (84%) → failed.
 * @throws RangeError when a value is negative or not finite.
 */
export function balanceSchoolCheck(stage: BalanceStage, values: BalanceValues): BalanceSchoolCheck {
  const indicators = BALANCE_INDICATORS.map((b): BalanceIndicatorCheck => {
    const v = values[b.id] ?? null;
    if (v !== null && (!Number.isFinite(v) || v < 0)) throw new RangeError(`${b.id} must be ≥ 0, got ${v}`);
    const threshold = b.thresholds[stage];
    return {
      id: b.id,
      name: b.name,
      value: v,
      threshold,
      ratioOfStandard: v === null ? null : v / threshold,
      met: v !== null && v >= threshold - EVALUATION_TOLERANCE,
    };
  });
  const metCount = indicators.filter((i) => i.met).length;
  const missing = indicators.filter((i) => i.value === null).map((i) => i.id);
  const unmet = indicators.filter((i) => !i.met);
  const remainderOk = unmet.every(
    (i) =>
      i.ratioOfStandard !== null &&
      i.ratioOfStandard >= BALANCE_SCHOOL_RULE.remainderMinRatio - EVALUATION_TOLERANCE,
  );
  const passed = metCount >= BALANCE_SCHOOL_RULE.minMet && remainderOk;
  let summary: string;
  if (metCount === BALANCE_SCHOOL_RULE.total) summary = "7项指标全部达到标准";
  else if (passed) summary = `${metCount}项达到标准，余项${unmet.map((i) => i.id).join("、")}不低于标准的85%`;
  else if (missing.length > 0) summary = `缺少${missing.join("、")}数据，${metCount}项达到标准`;
  else if (metCount < BALANCE_SCHOOL_RULE.minMet) summary = `仅${metCount}项达到标准（至少需6项）`;
  else summary = `余项${unmet.map((i) => i.id).join("、")}低于标准的85%`;
  return { stage, indicators, metCount, missing, passed, summary };
}

/** One indicator of a district CV check. */
export interface BalanceCvCheck {
  id: BalanceIndicatorId;
  /** The district's student-weighted CV; null = not computed. */
  cv: number | null;
  /** The limit for the stage (0.50 / 0.45, or 0.65 / 0.55 for 基本均衡). */
  max: number;
  /** cv ≤ max (tolerance 1e-9); false without a value. */
  passed: boolean;
}

/**
 * Check a district's per-indicator CVs (from weightedCoefficientOfVariation) against the
 * limit of the stage: EACH indicator on its own must be ≤ 0.50 (primary) / 0.45 (junior)
 * for 优质均衡 (教督〔2017〕6号). `standard: "basic"` applies the older 基本均衡 limits
 * 0.65 / 0.55 (教督〔2012〕3号) to the same seven, for comparison only (基本均衡 had eight
 * different indicators).
 * @returns per indicator C1…C7, and `passed` = every one of the seven passes (a missing CV fails).
 */
export function balanceDistrictCvCheck(
  stage: BalanceStage,
  cvs: BalanceValues,
  standard: "quality" | "basic" = "quality",
): { indicators: BalanceCvCheck[]; passed: boolean } {
  const max = (standard === "quality" ? BALANCE_CV_MAX : BASIC_BALANCE_CV_MAX)[stage];
  const indicators = BALANCE_INDICATORS.map((b): BalanceCvCheck => {
    const cv = cvs[b.id] ?? null;
    return { id: b.id, cv, max, passed: cv !== null && cv <= max + EVALUATION_TOLERANCE };
  });
  return { indicators, passed: indicators.every((i) => i.passed) };
}

/**
 * The 监测测算 outcome of a district-stage (or a district): 达到 / 未达到 / 待评估, or 不适用 when the
 * district has no school to assess in the stage (e.g. no 初中: its pupils attend another district's).
 */
export type BalanceOutcome = "PASSED" | "FAILED" | "PENDING" | "NOT_APPLICABLE";

/** Chinese labels of the outcomes. */
export const BALANCE_OUTCOME_LABELS: Readonly<Record<BalanceOutcome, string>> = {
  PASSED: "达到",
  FAILED: "未达到",
  PENDING: "待评估",
  NOT_APPLICABLE: "不适用",
};

/** What a district-stage's outcome is decided from. */
export interface BalanceStageFacts {
  /** Schools assessed (with an approved report and in the group). */
  assessed: number;
  /** Schools of the group awaiting an approved report (NO_APPROVED_REPORT). */
  pending: number;
  /** Assessed schools failing the 6-of-7 rule ({@link balanceSchoolCheck}). */
  schoolsFailing: number;
  /** Indicators whose 差异系数 over the ASSESSED schools exceeds the limit (or cannot be computed). */
  variationsOver: number;
}

/**
 * The outcome of a district-stage. The national 办法 (教督〔2017〕6号 第七条) judges a district on
 * ALL its schools, so while some schools have no approved report the verdict can only be
 * 待评估 (PENDING), unless a failure is certain whatever the missing schools report:
 * - an assessed school failing the 6-of-7 rule is certain (a school's figures do not depend on
 *   the other schools) → FAILED;
 * - a 差异系数 over the limit among the assessed schools is NOT certain (the missing schools
 *   change X̄ and S and may bring it under the limit) → PENDING, the excess provisional;
 * - no school at all to assess and none awaiting a report → NOT_APPLICABLE (不适用: the district
 *   has no school of the stage, or only schools the 办法 leaves out, e.g. 教学点 under 50 pupils).
 * With every school assessed: PASSED when no school fails and no 差异系数 exceeds, else FAILED.
 *
 * Example: 11 assessed, all passing, 7/7 差异系数 within the limit, 6 awaiting → PENDING; the
 * same with one assessed school at 5 of 7 → FAILED; 17 assessed, all passing → PASSED.
 */
export function balanceStageOutcome(f: BalanceStageFacts): BalanceOutcome {
  if (f.assessed === 0 && f.pending === 0) return "NOT_APPLICABLE";
  if (f.schoolsFailing > 0) return "FAILED";
  if (f.pending > 0) return "PENDING";
  if (f.variationsOver > 0) return "FAILED";
  return "PASSED";
}

/**
 * A district's outcome from its stages' (不适用 stages left out): FAILED if any fails, else PENDING
 * if any is pending, else PASSED; NOT_APPLICABLE when no stage applies.
 */
export function balanceDistrictOutcome(stages: readonly BalanceOutcome[]): BalanceOutcome {
  if (stages.every((s) => s === "NOT_APPLICABLE")) return "NOT_APPLICABLE";
  if (stages.includes("FAILED")) return "FAILED";
  if (stages.includes("PENDING")) return "PENDING";
  return "PASSED";
}
