import { TARGET_UNIT_LABELS } from "@edu2035/domain";
import type { MilestoneFieldsFragment, TargetStatus } from "@edu2035/graphql";

const numberFormat = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 });

const moneyFormat = new Intl.NumberFormat("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** An amount in yuan with its two decimals: 4600000.5 → "4,600,000.50". */
export function formatMoney(value: number): string {
  return moneyFormat.format(value);
}

/**
 * Units shown after a value differently from their column label (PlanTarget.unitLabel: the
 * target's own, e.g. C7's 间/百生, else its unit kind's).
 */
const VALUE_SUFFIX: Record<string, string> = {
  [TARGET_UNIT_LABELS.ratio_percent]: "%",
  "人/百生": " 人/百生",
  "间/百生": " 间/百生",
  [TARGET_UNIT_LABELS.m2_per_student]: " 平方米/生",
  [TARGET_UNIT_LABELS.yuan_per_student]: " 元/生",
  [TARGET_UNIT_LABELS.persons_per_100k]: " 人/十万人口",
};

/** 1234.567 → "1,234.57". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A value in a target's unit, e.g. "95.3%", "12所"; "—" when missing. */
export function formatValue(value: number | null | undefined, unitLabel: string): string {
  if (value === null || value === undefined) return "—";
  // a yes/no target (e.g. B28 建成本科层次院校) reads 已完成 / 未完成, not 1 or 0
  if (unitLabel === TARGET_UNIT_LABELS.flag) return value >= 1 ? "已完成" : "未完成";
  return `${formatNumber(value)}${VALUE_SUFFIX[unitLabel] ?? unitLabel}`;
}

/** "2025年 ≥95%", or the plan's label alone for a standing milestone. */
export function formatMilestone(m: MilestoneFieldsFragment): string {
  return m.year ? `${m.year}年 ${m.label}` : `每年 ${m.label}`;
}

/**
 * Tag colours of the target statuses (达标 green, 未达标 red, 按进度 blue, 滞后 orange, 数据不全 gold,
 * 无数据 grey, 不适用 grey).
 */
export const TARGET_STATUS_COLORS: Record<TargetStatus, string> = {
  MET: "green",
  MISSED: "red",
  ON_TRACK: "blue",
  OFF_TRACK: "orange",
  INCOMPLETE: "gold",
  NO_DATA: "default",
  NOT_APPLICABLE: "default",
};

export const TARGET_STATUS_LABELS: Record<TargetStatus, string> = {
  MET: "达标",
  MISSED: "未达标",
  ON_TRACK: "按进度",
  OFF_TRACK: "滞后于进度",
  INCOMPLETE: "数据不全",
  NO_DATA: "无数据",
  NOT_APPLICABLE: "不适用",
};

export const TARGET_GROUP_LABELS = {
  A: "主要预期指标",
  B: "规划文本目标",
  C: "优质均衡指标",
} as const;

/**
 * What is said beside a value about its 数据覆盖: the coverage label ("17/51 所学校") when it is not
 * complete, null when it is (or when no unit was expected).
 */
export function coverageNote(coverage: {
  complete: boolean;
  expected: number;
  label: string;
}): string | null {
  return coverage.complete || coverage.expected === 0 ? null : coverage.label;
}
