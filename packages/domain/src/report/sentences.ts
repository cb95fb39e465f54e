/**
 * The generated sentences of the annual monitoring report (教育现代化监测报告): templates filled
 * with the platform's figures, never free text. Each clause is written only when the figures
 * support it:
 * - the value ("A08 为 94.3%"), only with full coverage; a value from part of the units reads
 *   "（暂定，16/17 所学校有数据），数据不全，暂不评价" and nothing more (coverage.ts: a partial
 *   figure is never judged);
 * - the change on the year before ("较上年提高 1.7 个百分点" / "降低" / "与上年持平"), only when
 *   the caller has a final value of the year before (otherwise "无上年数据可比");
 * - the milestone: met ("已达到 2025 年目标 ≥95%"), due and missed ("未达到 2025 年目标 ≥95%，
 *   差 0.7 个百分点"), or ahead ("距 2025 年目标 95% 差 0.7 个百分点") with a projection only from a
 *   change in the right direction; the projection agrees with the status (按进度: "符合进度要求",
 *   a slow or missing rise only as a caution; 滞后于进度: "按当前趋势不能达标"
 *   when the value did not improve), see {@link projectionClauses};
 * - a yes/no target (flag, 是否完成): "B28 已完成" / "B28 尚未完成（2025 年目标：完成）";
 * - for a roster target 未达标 or 滞后于进度, what it takes (达成路径, issue 13) as a second
 *   sentence: "按 2025 年目标值 95% 测算，需现有 175 名专科及以下学历专任教师中 24 人完成本科学历提升；
 *   或……" (spaced as the rest of the report: numbers apart from the Chinese around them).
 * Differences are taken between the values as printed (rounded to the unit's decimals), so the
 * sentence's numbers add up as the reader sees them (94.3 − 92.6 = 1.7).
 * Source of the wording: issue 14 (监测报告), the example sentence for A08.
 */
import type { Coverage } from "../plan/coverage.ts";
import { coverageLabel, coverageLevel } from "../plan/coverage.ts";
import { TARGET_STATUS_LABELS, type TargetStatus } from "../plan/evaluate.ts";
import type { Milestone, TargetDirection, TargetUnit } from "../plan/targets.ts";
import { TARGET_UNIT_LABELS } from "../plan/targets.ts";

/** Decimals a value of each unit is printed with. */
export const REPORT_DECIMALS: Record<TargetUnit, number> = {
  percent: 1,
  persons_per_100k: 1,
  count: 0,
  ratio_percent: 1,
  hours: 1,
  m2_per_student: 2,
  yuan_per_student: 0,
  per_100_students: 2,
  flag: 0,
  times_per_year: 1,
  stage: 0,
  ten_thousand_yuan: 1,
};

/** A number rounded to `decimals` (half away from zero, as printed). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * f)) / f;
}

/** A value as the report prints it: "94.3%", "12 个", "是"/"否" for a flag, "1.25 平方米/生". */
export function formatReportValue(value: number, unit: TargetUnit): string {
  if (unit === "flag") return value >= 1 ? "是" : "否";
  const n = roundTo(value, REPORT_DECIMALS[unit]).toFixed(REPORT_DECIMALS[unit]);
  if (unit === "percent") return `${n}%`;
  if (unit === "ratio_percent") return `${n}%`;
  return `${n} ${TARGET_UNIT_LABELS[unit]}`;
}

/** A milestone's number as the plan writes it: decimals only where it has them ("95%", "0.5 平方米/生"). */
export function formatMilestoneValue(value: number, unit: TargetUnit): string {
  const n = String(roundTo(value, REPORT_DECIMALS[unit]));
  return unit === "percent" || unit === "ratio_percent" ? `${n}%` : `${n} ${TARGET_UNIT_LABELS[unit]}`;
}

/** A difference in the unit's words: "1.7 个百分点" for percentages, "3 个", "0.25 平方米/生". */
export function formatReportDifference(diff: number, unit: TargetUnit): string {
  const n = roundTo(Math.abs(diff), REPORT_DECIMALS[unit]).toFixed(REPORT_DECIMALS[unit]);
  if (unit === "percent" || unit === "ratio_percent") return `${n} 个百分点`;
  return `${n} ${TARGET_UNIT_LABELS[unit]}`;
}

/** What one target sentence is made from (a TargetResult of one unit and year). */
export interface TargetSentenceInput {
  targetId: string;
  unit: TargetUnit;
  direction: TargetDirection;
  /** School year start (2024 = 2024—2025学年). */
  schoolYear: number;
  /** null: no value (无数据 / 不适用). */
  value: number | null;
  /** The final value of the school year before; null when there is none (or it was partial). */
  previousValue: number | null;
  coverage: Coverage;
  /** The result's status (after the coverage rule). */
  status: TargetStatus;
  /** The milestone the status was judged against. */
  milestone: Milestone | null;
  /**
   * 达成路径 of a lagging roster target (../plan/whatItTakes.ts, e.g. "按 2025 年目标值 95% 测算，需现有
   * …"): appended after the sentence when the status is 未达标 or 滞后于进度; absent/null: none.
   */
  whatItTakes?: string | null;
}

const isNumericMilestone = (m: Milestone | null): m is Milestone & { year: number; value: number } =>
  !!m &&
  m.year !== null &&
  m.value !== null &&
  (m.comparator === ">=" || m.comparator === ">" || m.comparator === "=" || m.comparator === "<=");

/**
 * The sentence of one target for one unit and year (see the module comment), e.g.
 * "A08 为 94.3%，较上年提高 1.7 个百分点，距 2025 年目标 95% 差 0.7 个百分点，按当前增速预计 2026 年达标。"
 */
export function targetSentence(input: TargetSentenceInput): string {
  const { targetId: id, unit, coverage, status } = input;
  const level = coverageLevel(coverage);
  if (status === "not_applicable" || level === "not_applicable")
    return `${id} 不适用（本单位没有该指标涉及的单位）。`;
  if (input.value === null || level === "none")
    return `${id} 无数据（${coverageLabel(coverage)}有数据），暂不评价。`;
  const valueText = formatReportValue(input.value, unit);
  if (status === "incomplete" || level === "partial")
    return `${id} 为 ${valueText}（暂定，${coverageLabel(coverage)}有数据），数据不全，暂不评价。`;

  if (unit === "flag") return flagSentence(id, input.value, status, input.milestone);

  const clauses = [`${id} 为 ${valueText}`];
  const decimals = REPORT_DECIMALS[unit];
  const value = roundTo(input.value, decimals);
  let change: number | null = null;
  if (input.previousValue === null) clauses.push("无上年数据可比");
  else {
    change = roundTo(value - roundTo(input.previousValue, decimals), decimals);
    if (change === 0) clauses.push("与上年持平");
    else {
      const up = unit === "percent" || unit === "ratio_percent" ? "提高" : "增加";
      const down = unit === "percent" || unit === "ratio_percent" ? "降低" : "减少";
      clauses.push(`较上年${change > 0 ? up : down} ${formatReportDifference(change, unit)}`);
    }
  }

  const m = input.milestone;
  if (status === "met") {
    clauses.push(m ? `已达到${m.year ? ` ${m.year} 年` : ""}目标 ${m.label}` : "达标");
  } else if (
    isNumericMilestone(m) &&
    (status === "missed" || status === "on_track" || status === "off_track")
  ) {
    const gap = roundTo(Math.abs(m.value - value), decimals);
    const gapText = formatReportDifference(gap, unit);
    if (status === "missed") {
      clauses.push(`未达到 ${m.year} 年目标 ${m.label}，差 ${gapText}`);
    } else {
      clauses.push(`距 ${m.year} 年目标 ${formatMilestoneValue(m.value, unit)} 差 ${gapText}`);
      clauses.push(...projectionClauses(status, change, input.direction, gap, input.schoolYear, m.year));
    }
  } else {
    clauses.push(`评价结果：${TARGET_STATUS_LABELS[status]}`);
  }
  const path = (status === "missed" || status === "off_track") && input.whatItTakes ? input.whatItTakes : "";
  return `${clauses.join("，")}。${path}`;
}

/**
 * The clauses after the gap of a target not yet due, agreeing with its status (the platform's
 * verdict against the progress line, evaluate.ts): 按进度 says so and turns a slow or missing
 * rise into a caution ("但按上年增幅推算 2027 年才能达标，晚于目标年份，需加快进度"); 滞后于进度
 * says so, then the projection from the rise ("按当前增速预计 2026 年达标，晚于目标年份") or
 * "较上年未改善，按当前趋势不能达标". No projection without a change on the year before.
 */
export function projectionClauses(
  status: "on_track" | "off_track",
  change: number | null,
  direction: TargetDirection,
  gap: number,
  schoolYear: number,
  milestoneYear: number,
): string[] {
  const improving = change !== null && (direction === "higher" ? change > 0 : change < 0);
  const year =
    improving && change !== null && gap > 0
      ? schoolYear + Math.ceil(roundTo(gap / Math.abs(change), 6))
      : null;
  if (status === "on_track") {
    const onLine = "符合进度要求";
    if (change === null) return [onLine];
    if (!improving) return [onLine, "但较上年未改善，需关注"];
    if (year !== null && year > milestoneYear)
      return [onLine, `但按上年增幅推算 ${year} 年才能达标，晚于目标年份，需加快进度`];
    return year !== null ? [onLine, `按当前增速预计 ${year} 年达标`] : [onLine];
  }
  const behind = "滞后于进度";
  if (change === null) return [behind];
  if (!improving) return [behind, "较上年未改善，按当前趋势不能达标"];
  if (year === null) return [behind];
  return [
    behind,
    year <= milestoneYear ? `按当前增速预计 ${year} 年达标` : `按当前增速预计 ${year} 年达标，晚于目标年份`,
  ];
}

/**
 * The sentence of a yes/no target (unit `flag`, 是否完成): "B28 已完成。" or
 * "B28 尚未完成（2025 年目标：完成），评价结果：按进度。" — no difference, no projection.
 */
export function flagSentence(
  id: string,
  value: number,
  status: TargetStatus,
  milestone: Milestone | null,
): string {
  const done = value >= 1;
  const aim =
    milestone?.year != null && milestone.value !== null
      ? `（${milestone.year} 年目标：${milestone.value >= 1 ? "完成" : "未完成"}）`
      : "";
  if (done)
    return status === "met" ? `${id} 已完成。` : `${id} 已完成，评价结果：${TARGET_STATUS_LABELS[status]}。`;
  return `${id} 尚未完成${aim}，评价结果：${TARGET_STATUS_LABELS[status]}。`;
}

/** The statuses the report's summary counts, in its order (达标 / 按进度 / 滞后 / 未达标 / 数据不全). */
export const SUMMARY_STATUSES = ["met", "on_track", "off_track", "missed", "incomplete"] as const;

/** A status count of the summary. */
export interface StatusCount {
  status: TargetStatus;
  label: string;
  count: number;
}

/** Count results by status: the five summary statuses, then 无数据 and 不适用. */
export function countStatuses(statuses: readonly TargetStatus[]): StatusCount[] {
  const order: TargetStatus[] = [...SUMMARY_STATUSES, "no_data", "not_applicable"];
  return order.map((status) => ({
    status,
    label: TARGET_STATUS_LABELS[status],
    count: statuses.filter((s) => s === status).length,
  }));
}

/**
 * The summary's sentence: "2024—2025学年共评价 53 项指标：达标 20 项、按进度 5 项、滞后于进度 3 项、
 * 未达标 2 项、数据不全 4 项；另有无数据 9 项、不适用 10 项。"
 */
export function summarySentence(yearLabel: string, counts: readonly StatusCount[]): string {
  const total = counts.reduce((a, c) => a + c.count, 0);
  const main = counts.filter((c) => (SUMMARY_STATUSES as readonly string[]).includes(c.status));
  const rest = counts.filter((c) => !(SUMMARY_STATUSES as readonly string[]).includes(c.status) && c.count);
  const list = main.map((c) => `${c.label} ${c.count} 项`).join("、");
  const tail = rest.length ? `；另有${rest.map((c) => `${c.label} ${c.count} 项`).join("、")}` : "";
  return `${yearLabel}共评价 ${total} 项指标：${list}${tail}。`;
}

/**
 * The summary's line when no target is 未达标 or 滞后于进度: it says how many were not judged
 * (无数据 / 数据不全), so a year with little data does not read as all good, e.g.
 * "没有未达标或滞后于进度的指标；另有 40 项无数据、3 项数据不全，未作评价。"
 */
export function noLaggingSentence(counts: readonly StatusCount[]): string {
  const unjudged = counts.filter((c) => (c.status === "no_data" || c.status === "incomplete") && c.count);
  const order = ["no_data", "incomplete"];
  unjudged.sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  return unjudged.length
    ? `没有未达标或滞后于进度的指标；另有 ${unjudged.map((c) => `${c.count} 项${c.label}`).join("、")}，未作评价。`
    : "没有未达标或滞后于进度的指标。";
}

/** A judged result, as {@link laggingTargets} ranks it. */
export interface LaggingCandidate {
  targetId: string;
  status: TargetStatus;
  value: number | null;
  /** The value needed now: the straight line's (requiredNow), else the milestone's value. */
  required: number | null;
}

/**
 * The targets lagging most: those 未达标 or 滞后于进度 with a value and a number to reach,
 * ordered by the relative gap |required − value| / |required| (largest first; ties by id),
 * at most `limit`.
 */
export function laggingTargets<T extends LaggingCandidate>(results: readonly T[], limit: number): T[] {
  const gap = (r: T) =>
    r.value === null || r.required === null || r.required === 0
      ? 0
      : Math.abs(r.required - r.value) / Math.abs(r.required);
  return results
    .filter(
      (r) => (r.status === "missed" || r.status === "off_track") && r.value !== null && r.required !== null,
    )
    .sort((a, b) => gap(b) - gap(a) || a.targetId.localeCompare(b.targetId))
    .slice(0, limit);
}
