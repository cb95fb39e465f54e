/**
 * Evaluation of a measured value against the plan's milestones (达标评价).
 *
 * A school year is identified by its start year (2025 = 2025—2026学年, see ../schoolYear.ts)
 * and compared with the plan's milestone year of the same number: the value of school year
 * 2025 is judged against the "到2025年" milestone. The on/off-track line starts from the
 * 2020 现状 (FIRST_SCHOOL_YEAR), the plan's baseline year.
 */

import { FIRST_SCHOOL_YEAR } from "../schoolYear.ts";
import type { BalanceStage } from "./balance.ts";
import type { Comparator, Milestone, PlanTarget, TargetDirection } from "./targets.ts";

/** Absolute tolerance for comparing floats (e.g. 95 − 1e-12 still meets ≥95). */
export const EVALUATION_TOLERANCE = 1e-9;

/**
 * Decimals at which progress against the straight line (按进度 / 滞后于进度) is judged: the
 * plan states its baselines and aims to one decimal (e.g. A08 83.7 → 95), so a value that
 * rounds to the line is on it (83.69 in 2020 is the baseline 83.7, not behind it). Whether a
 * milestone is met (达标) is judged on the exact value.
 */
export const PROGRESS_DECIMALS = 1;

const atPrecision = (v: number) => Math.round(v * 10 ** PROGRESS_DECIMALS) / 10 ** PROGRESS_DECIMALS;

/**
 * Status of a value against a milestone:
 * - met 达标: the value satisfies the milestone (in any year, including before it is due);
 * - missed 未达标: the milestone is due (its year ≤ the school year, or it applies every year)
 *   and the value does not satisfy it;
 * - on_track 按进度 / off_track 滞后于进度: the milestone is in the future and not yet
 *   satisfied; the value is at / behind the straight line to it (or, for `track`, the value
 *   is at least as good / worse than the year before or the baseline);
 * - no_data 无数据: no value, or nothing to judge it against (see `reason`);
 * - incomplete 数据不全 and not_applicable 不适用: set only by the coverage rule (./coverage.ts),
 *   never by the milestone evaluation: a value from part of the expected units, and a unit with
 *   no unit the target concerns.
 */
export const TARGET_STATUSES = [
  "met",
  "missed",
  "on_track",
  "off_track",
  "incomplete",
  "no_data",
  "not_applicable",
] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];
export const TARGET_STATUS_LABELS: Record<TargetStatus, string> = {
  met: "达标",
  missed: "未达标",
  on_track: "按进度",
  off_track: "滞后于进度",
  incomplete: "数据不全",
  no_data: "无数据",
  not_applicable: "不适用",
};

/** Input of {@link evaluateMilestone}. */
export interface MilestoneEvaluationInput {
  /** School year start, e.g. 2025 for 2025—2026学年. */
  schoolYear: number;
  /** The measured value in the target's unit; null = not measured. */
  value: number | null;
  /** The value of the school year before (for `nondecreasing` and trends); null/absent = unknown. */
  previousValue?: number | null;
  /**
   * The 2020 value the straight line starts from. Absent = the target's own
   * (`progressBaseline` if defined, else `baseline`); null = no 2020 value (no line from 2020).
   */
  baseline?: number | null;
}

/** Result of {@link evaluateMilestone}. */
export interface MilestoneEvaluation {
  milestone: Milestone;
  status: TargetStatus;
  /** Chinese label of `status` (TARGET_STATUS_LABELS). */
  statusLabel: string;
  /** True when the milestone applies this school year (year ≤ school year, or undated). */
  due: boolean;
  /**
   * For a future numeric milestone: the value the straight line needs in this school year, in
   * the target's unit; null when the milestone is due, has no number, or no line can be drawn.
   */
  requiredNow: number | null;
  /** Why the status is no_data, or how it was judged when not by the milestone itself; Chinese. */
  reason?: string;
}

/** Input of {@link evaluateTarget}. */
export interface TargetEvaluationInput extends MilestoneEvaluationInput {
  /** Required for C1–C7 (their thresholds differ by stage); ignored for other targets. */
  stage?: BalanceStage;
}

/** Result of {@link evaluateTarget}. */
export interface TargetEvaluation {
  targetId: PlanTarget["id"];
  schoolYear: number;
  value: number | null;
  /** Status against the current milestone. */
  status: TargetStatus;
  statusLabel: string;
  /** The current milestone: the first dated one with year ≥ school year, else the first undated one, else the last one. */
  milestone: Milestone | null;
  /** The current milestone's required value this year (see MilestoneEvaluation.requiredNow). */
  requiredNow: number | null;
  reason?: string;
  /** Every milestone (of the stage, for C1–C7) evaluated, in the target's order. */
  milestones: MilestoneEvaluation[];
}

/**
 * Whether `value` satisfies a numeric comparator against `target` (tolerance 1e-9):
 * `>=` value ≥ target; `>` value > target (equality is NOT enough: 60 does not satisfy >60);
 * `=` |value − target| ≤ tol; `<=` value ≤ target.
 * @throws RangeError for `nondecreasing` or `track` (they compare with other values; see evaluateMilestone).
 */
export function satisfies(comparator: Comparator, value: number, target: number): boolean {
  const tol = EVALUATION_TOLERANCE;
  switch (comparator) {
    case ">=":
      return value >= target - tol;
    case ">":
      return value > target + tol;
    case "=":
      return Math.abs(value - target) <= tol;
    case "<=":
      return value <= target + tol;
    default:
      throw new RangeError(`comparator ${comparator} is not a numeric comparison`);
  }
}

/** True when `value` is at least as good as `reference` in `direction` (tolerance 1e-9). */
export function atLeastAsGood(direction: TargetDirection, value: number, reference: number): boolean {
  return direction === "higher"
    ? value >= reference - EVALUATION_TOLERANCE
    : value <= reference + EVALUATION_TOLERANCE;
}

function isNumeric(m: Milestone): m is Milestone & { value: number } {
  return (
    m.value !== null &&
    (m.comparator === ">=" || m.comparator === ">" || m.comparator === "=" || m.comparator === "<=")
  );
}

function baselineOf(target: PlanTarget, override: number | null | undefined): number | null {
  if (override !== undefined) return override;
  return target.progressBaseline !== undefined ? target.progressBaseline : target.baseline;
}

/**
 * The value the straight line to a future milestone needs in `schoolYear`.
 *
 * The line is piecewise: it runs through the 2020 baseline (when there is one) and every
 * earlier dated numeric milestone of the target (of the same stage), up to `milestone`
 * (whose value is the end point, also for `>`). E.g. A08 (2020: 83.7, 2025: ≥95) in 2022:
 * 83.7 + (95 − 83.7) × 2/5 = 88.22; for its 2030 milestone in 2027 the line runs from 95
 * in 2025 to 98 in 2030: 95 + 3 × 2/5 = 96.2.
 *
 * @returns null when the milestone has no year or number, is not in the future, or
 *   `schoolYear` lies before the first point of the line (no baseline, no earlier milestone).
 */
export function requiredValueAt(
  target: PlanTarget,
  milestone: Milestone,
  schoolYear: number,
  baseline?: number | null,
): number | null {
  if (milestone.year === null || !isNumeric(milestone) || milestone.year <= schoolYear) return null;
  const end = milestone.year;
  const points: { year: number; value: number }[] = [];
  const base = baselineOf(target, baseline);
  if (base !== null) points.push({ year: FIRST_SCHOOL_YEAR, value: base });
  for (const m of target.milestones) {
    if (m === milestone) break;
    if (m.stage !== milestone.stage || m.year === null || !isNumeric(m) || m.year >= end) continue;
    points.push({ year: m.year, value: m.value });
  }
  points.push({ year: end, value: milestone.value });
  points.sort((a, b) => a.year - b.year);
  const first = points[0]!;
  if (schoolYear < first.year || points.length < 2) return null;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (schoolYear <= b.year) {
      if (b.year === a.year) return b.value;
      return a.value + ((b.value - a.value) * (schoolYear - a.year)) / (b.year - a.year);
    }
  }
  return milestone.value;
}

function result(
  milestone: Milestone,
  status: TargetStatus,
  due: boolean,
  requiredNow: number | null,
  reason?: string,
): MilestoneEvaluation {
  const r: MilestoneEvaluation = {
    milestone,
    status,
    statusLabel: TARGET_STATUS_LABELS[status],
    due,
    requiredNow,
  };
  if (reason !== undefined) r.reason = reason;
  return r;
}

/**
 * Judge a value against one milestone of a target.
 *
 * Rules (tolerance 1e-9, `direction` from the target):
 * - value null → no_data.
 * - `nondecreasing` (every year): met when value ≥ previousValue, else missed; no
 *   previousValue → no_data.
 * - `track`: met when the milestone has an aim (`value`) and the value reaches it; otherwise
 *   on_track when the value is at least as good as previousValue (or, without one, the
 *   baseline), else off_track; neither known → no_data.
 * - `>=`, `>`, `=`, `<=`: met when satisfied (even before the milestone year); else missed
 *   when due (year ≤ schoolYear, or undated = every year); else (future) on_track / off_track
 *   against {@link requiredValueAt}, both rounded to {@link PROGRESS_DECIMALS}; when no line can be drawn, against previousValue;
 *   with neither → no_data.
 */
export function evaluateMilestone(
  target: PlanTarget,
  milestone: Milestone,
  input: MilestoneEvaluationInput,
): MilestoneEvaluation {
  const { schoolYear, value } = input;
  const previous = input.previousValue ?? null;
  const due = milestone.year === null || milestone.year <= schoolYear;
  if (value === null) return result(milestone, "no_data", due, null, "无数据");

  if (milestone.comparator === "nondecreasing") {
    if (previous === null)
      return result(milestone, "no_data", due, null, "缺少上年数据，无法判断是否逐年不降低");
    return result(milestone, value >= previous - EVALUATION_TOLERANCE ? "met" : "missed", due, null);
  }

  if (milestone.comparator === "track") {
    if (milestone.value !== null && atLeastAsGood(target.direction, value, milestone.value)) {
      return result(milestone, "met", due, null);
    }
    const base = baselineOf(target, input.baseline);
    const reference = previous ?? base;
    if (reference === null)
      return result(milestone, "no_data", due, null, "缺少上年数据和基线，无法判断趋势");
    const status = atLeastAsGood(target.direction, value, reference) ? "on_track" : "off_track";
    return result(milestone, status, due, null, previous !== null ? "与上年比较" : "与2020年基线比较");
  }

  if (milestone.value === null)
    throw new RangeError(`milestone of ${target.id} has comparator ${milestone.comparator} but no value`);
  if (satisfies(milestone.comparator, value, milestone.value)) return result(milestone, "met", due, null);
  if (due) return result(milestone, "missed", due, null);

  const required = requiredValueAt(target, milestone, schoolYear, input.baseline);
  if (required !== null) {
    return result(
      milestone,
      atLeastAsGood(target.direction, atPrecision(value), atPrecision(required)) ? "on_track" : "off_track",
      due,
      required,
    );
  }
  if (previous !== null) {
    const status = atLeastAsGood(target.direction, value, previous) ? "on_track" : "off_track";
    return result(milestone, status, due, null, "无基线，与上年比较");
  }
  return result(milestone, "no_data", due, null, "无基线和上年数据，无法判断进度");
}

/**
 * The milestones of a target that apply to `stage`: for C1–C7 (milestones carrying a stage)
 * only those of that stage; for every other target all of them.
 * @throws RangeError when the target's milestones are per stage and `stage` is absent.
 */
export function milestonesFor(target: PlanTarget, stage?: BalanceStage): readonly Milestone[] {
  if (!target.milestones.some((m) => m.stage !== undefined)) return target.milestones;
  if (stage === undefined)
    throw new RangeError(`target ${target.id} needs a stage (primary or junior_secondary)`);
  return target.milestones.filter((m) => m.stage === stage);
}

/**
 * The milestone a school year is judged against: the first dated milestone whose year ≥
 * `schoolYear`; when all dated ones have passed, the first undated one (a standing target
 * such as B03's 各区全覆盖); otherwise the last milestone (it keeps applying, e.g. B01
 * "保持在90%以上"). null when the target has no milestones.
 * @throws RangeError as {@link milestonesFor}.
 */
export function currentMilestone(
  target: PlanTarget,
  schoolYear: number,
  stage?: BalanceStage,
): Milestone | null {
  const ms = milestonesFor(target, stage);
  return (
    ms.find((m) => m.year !== null && m.year >= schoolYear) ??
    ms.find((m) => m.year === null) ??
    ms[ms.length - 1] ??
    null
  );
}

/**
 * Evaluate a target for one school year: every milestone (see {@link evaluateMilestone}), and
 * the overall status = that of the {@link currentMilestone}, with its `requiredNow`.
 *
 * Example: A08 in school year 2022 with value 88.5: current milestone 2025 ≥95, requiredNow
 * 88.22, status on_track (按进度).
 *
 * C1–C7 without `input.stage` cannot be judged (their standards differ by stage): status
 * no_data with a reason, no milestone, no milestones (no throw, so a list of all targets
 * can be evaluated in one pass).
 */
export function evaluateTarget(target: PlanTarget, input: TargetEvaluationInput): TargetEvaluation {
  if (input.stage === undefined && target.milestones.some((m) => m.stage !== undefined)) {
    return {
      targetId: target.id,
      schoolYear: input.schoolYear,
      value: input.value,
      status: "no_data",
      statusLabel: TARGET_STATUS_LABELS.no_data,
      milestone: null,
      requiredNow: null,
      reason: "该指标小学、初中标准不同，需指定学段",
      milestones: [],
    };
  }
  const ms = milestonesFor(target, input.stage);
  const evaluations = ms.map((m) => evaluateMilestone(target, m, input));
  const current = currentMilestone(target, input.schoolYear, input.stage);
  const currentEval = current ? evaluations[ms.indexOf(current)] : undefined;
  const status: TargetStatus = currentEval?.status ?? "no_data";
  const out: TargetEvaluation = {
    targetId: target.id,
    schoolYear: input.schoolYear,
    value: input.value,
    status,
    statusLabel: TARGET_STATUS_LABELS[status],
    milestone: current,
    requiredNow: currentEval?.requiredNow ?? null,
    milestones: evaluations,
  };
  const reason = currentEval ? currentEval.reason : "该目标无里程碑";
  if (reason !== undefined) out.reason = reason;
  return out;
}
