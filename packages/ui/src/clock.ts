/**
 * The apps' one clock: what "now" is for the calendar in the browser — the current 学年
 * (currentSchoolYear), today's date (beijingToday: the default 撤销日期, 入职/离岗 dates), a
 * deadline's 还剩 N 天 / 逾期. It reads the browser's clock, which the browser tests pin to the
 * test API's (`pinClock` in @edu2035/ui/testing, the demo's DEMO_NOW), so the app and the API agree
 * on the day whatever the real date. Record times the API sends (lockedUntil, submittedAt) are
 * shown as they are.
 */

/** Now, by the apps' clock. */
export function appNow(): Date {
  return new Date();
}

/** The date of `at` in Beijing time, YYYY-MM-DD (default today by {@link appNow}). */
export function beijingToday(at: Date = appNow()): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
