/**
 * Coverage (数据覆盖) of an aggregated value, and THE rule that turns it into a status, used by
 * every target (A, B and C) at every level.
 *
 * A value aggregated over units (a district's A08 over its schools' rosters, the city's B06 over
 * the approved 年报 of its 中小学, the city's B05 over its districts' figures) has a coverage:
 * the units whose data went into it (`reported`) over the units expected to report (`expected`:
 * the units of the kinds the target concerns — see ./applicability.ts — that were open at the
 * school year's 统计时点, 1 September). The rule:
 *
 * | coverage                         | value         | status                                   |
 * |----------------------------------|---------------|------------------------------------------|
 * | expected = 0                     | none          | 不适用 (not_applicable)                   |
 * | reported = 0                     | none          | 无数据 (no_data)                          |
 * | 0 < reported < expected          | shown, 暂定   | 数据不全 (incomplete), never 达标 / 未达标   |
 * | reported = expected              | final         | the milestone evaluation (./evaluate.ts) |
 *
 * Why: the plan's 框11 (教育现代化数据监测平台) and 三(二) (年度实施评价) judge each target on the
 * whole population it names; a figure from part of the data must never be presented as final
 * (the developers' brief: "a figure from part of the data is never presented as final").
 * 教育事业统计 publishes a year only once every 应报 unit has reported; until then its figures
 * are 暂定. The value is still shown with "N/M 所学校", so a bureau sees what it has.
 */
import type { TargetEvaluation, TargetStatus } from "./evaluate.ts";

/** Units whose data went into a value over the units expected. Counts, both ≥ 0, reported ≤ expected. */
export interface Coverage {
  /** 已报: units whose data went into the value. */
  reported: number;
  /** 应报: units of the kinds the target concerns, open at the year's 统计时点. */
  expected: number;
  /** What the units are, for labels: 所学校 (default) or 个区 (a figure each district reports). */
  units?: string;
}

/** Where a coverage stands: every expected unit reported, some, none, or none expected. */
export const COVERAGE_LEVELS = ["complete", "partial", "none", "not_applicable"] as const;
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];
export const COVERAGE_LEVEL_LABELS: Record<CoverageLevel, string> = {
  complete: "数据齐全",
  partial: "数据不全",
  none: "无数据",
  not_applicable: "不适用",
};

/**
 * The level of a coverage.
 * @throws RangeError when a count is negative or not an integer, or reported > expected.
 */
export function coverageLevel(c: Coverage): CoverageLevel {
  if (!Number.isInteger(c.reported) || !Number.isInteger(c.expected) || c.reported < 0 || c.expected < 0)
    throw new RangeError(`coverage counts must be integers ≥ 0 (${c.reported}/${c.expected})`);
  if (c.reported > c.expected)
    throw new RangeError(`coverage ${c.reported}/${c.expected}: reported > expected`);
  if (c.expected === 0) return "not_applicable";
  if (c.reported === 0) return "none";
  return c.reported < c.expected ? "partial" : "complete";
}

/** "17/51 所学校" (units default to 所学校; "2/3 个区" for district figures). */
export function coverageLabel(c: Coverage, units = c.units ?? "所学校"): string {
  return `${c.reported}/${c.expected} ${units}`;
}

/** A milestone evaluation with the coverage rule applied. */
export interface CoveredStatus {
  status: TargetStatus;
  /** 暂定: the value is shown but computed from part of the expected units. */
  provisional: boolean;
  /** Why the status is not the milestone's (Chinese), or the evaluation's own reason. */
  reason?: string;
}

/**
 * Apply THE coverage rule (see the module comment) to a milestone evaluation.
 *
 * Examples (A08, a ratio, due milestone ≥95): 17/17 schools, value 96 → met; 16/17 schools, value
 * 96 → incomplete, provisional ("16/17 所学校有数据"); 0/17 → no_data; 0/0 → not_applicable.
 * A count (B17 大班额 0 classes) or a yes/no target (B03 各区全覆盖) follows the same rule.
 *
 * @param evaluation the milestone evaluation of the value (./evaluate.ts evaluateTarget).
 * @param value the value (null when it could not be computed).
 * @param coverage the units behind the value; `units` names them in the reason (所学校, 个区).
 */
export function applyCoverage(
  evaluation: Pick<TargetEvaluation, "status" | "reason">,
  value: number | null,
  coverage: Coverage,
  units = coverage.units ?? "所学校",
): CoveredStatus {
  const level = coverageLevel(coverage);
  if (level === "not_applicable")
    return { status: "not_applicable", provisional: false, reason: "本单位没有该指标涉及的单位" };
  if (level === "none" || value === null) {
    const out: CoveredStatus = { status: "no_data", provisional: false };
    const reason = level === "none" ? `${coverageLabel(coverage, units)}有数据` : evaluation.reason;
    if (reason !== undefined) out.reason = reason;
    return out;
  }
  if (level === "partial")
    return {
      status: "incomplete",
      provisional: true,
      reason: `暂定：${coverageLabel(coverage, units)}有数据，数据齐全前不判定是否达标`,
    };
  const out: CoveredStatus = { status: evaluation.status, provisional: false };
  if (evaluation.reason !== undefined) out.reason = evaluation.reason;
  return out;
}
