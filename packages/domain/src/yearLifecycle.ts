/**
 * The lifecycle of a statistical year (统计学年): 填报中 → 审核中 → 已发布 (封账) → 已重新开放 → 已发布 (v2) …
 *
 * - open 填报中: from the 统计时点 (1 September) until the reporting deadline (填报期截止), or while
 *   the city has set no deadline;
 * - closing 审核中: the deadline has passed, the districts review, the city has not published;
 * - published 已发布: the city published the year (all reports approved or explicitly exempted):
 *   its rosters, reports and inputs are locked and its figures are stored with the publication
 *   (who, when, version 1, 2 …); dashboards open on the latest published year;
 * - reopened 已重新开放: the city reopened a published year with a reason; it is writable again
 *   (through the usual rules: the current year, or a 补录 window) and its figures are 预览 until
 *   it is published again as the next version.
 *
 * Only `published` figures are final (正式); every other state shows 预览 (provisional) figures.
 * Source: 教育事业统计 practice (统计时点 1 September, 审核, 封账, 发布 of the year's 统计公报), and the
 * plan's 三(二) (年度实施评价) which evaluates a year on its published figures.
 */

export const SCHOOL_YEAR_STATES = ["open", "closing", "published", "reopened"] as const;
export type SchoolYearState = (typeof SCHOOL_YEAR_STATES)[number];
export const SCHOOL_YEAR_STATE_LABELS: Record<SchoolYearState, string> = {
  open: "填报中",
  closing: "审核中",
  published: "已发布",
  reopened: "已重新开放",
};

/** What is stored of a year's publication: nothing (never published), or its last state. */
export type StoredYearState = "published" | "reopened" | null;

/**
 * The state of a year from what is stored and the reporting period.
 * @param stored the stored publication state (null: never published).
 * @param deadline the reporting deadline (null: none set).
 * @param now the instant of the request.
 */
export function schoolYearState(stored: StoredYearState, deadline: Date | null, now: Date): SchoolYearState {
  if (stored) return stored;
  return deadline !== null && deadline.getTime() <= now.getTime() ? "closing" : "open";
}

/** True when a year's figures are final (正式): published and not reopened since. */
export function isFinalState(state: SchoolYearState): boolean {
  return state === "published";
}

/**
 * The year a dashboard opens on: the latest final (published) year, else the latest year given.
 * @param years the years with their states, in any order; null when empty.
 */
export function defaultDashboardYear(
  years: readonly { schoolYear: number; state: SchoolYearState }[],
): number | null {
  const finals = years.filter((y) => isFinalState(y.state)).map((y) => y.schoolYear);
  if (finals.length) return Math.max(...finals);
  return years.length ? Math.max(...years.map((y) => y.schoolYear)) : null;
}
