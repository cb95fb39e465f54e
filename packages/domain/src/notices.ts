/**
 * In-app notices (消息通知) of the reporting cycle (issue 14): what a unit is told, and by whom.
 * A notice is addressed to a unit (the city, a district or a school); every account of that unit
 * sees it and marks it read for itself. E-mail or SMS are out of scope: a delivery channel plugs
 * in behind the API's notice service.
 */
export const NOTICE_KINDS = [
  "report_returned",
  "report_approved",
  "year_published",
  "deadline_soon",
  "reminder",
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = {
  report_returned: "年报退回",
  report_approved: "年报审核通过",
  year_published: "学年数据发布",
  deadline_soon: "报送截止提醒",
  reminder: "催报",
};

/** 截止前提醒: a school not yet submitted is told once when the deadline is this many days away or less. */
export const DEADLINE_SOON_DAYS = 3;

const DAY_MS = 86_400_000;

/**
 * Where a deadline (截止时间) stands at `now`: whole days left (剩余天数, rounded down: 2 days
 * and 5 hours → 2; 0 on the last day), or `overdue` (逾期) once `now` is past it, and whether it
 * is within {@link DEADLINE_SOON_DAYS} days (截止前3天提醒). Same rule in the API (待办, the
 * notice) and the apps (the tag beside a deadline).
 */
export function deadlineStatus(
  deadline: Date,
  now: Date,
): { daysLeft: number; overdue: boolean; soon: boolean } {
  const ms = deadline.getTime() - now.getTime();
  if (ms < 0) return { daysLeft: 0, overdue: true, soon: false };
  return { daysLeft: Math.floor(ms / DAY_MS), overdue: false, soon: ms <= DEADLINE_SOON_DAYS * DAY_MS };
}

/** "还剩 2 天" / "今天截止" / "已逾期" for a deadline at `now` (see {@link deadlineStatus}). */
export function deadlineLabel(deadline: Date, now: Date): string {
  const s = deadlineStatus(deadline, now);
  if (s.overdue) return "已逾期";
  return s.daysLeft === 0 ? "今天截止" : `还剩 ${s.daysLeft} 天`;
}

/**
 * The dedupe key of a notice raised by an event that may be seen by several API processes at once:
 * 截止前提醒 "deadline_soon:<year>:<schoolId>" (once per school and year), 催报
 * "reminder:<year>:<schoolId>:<Beijing date>" (at most once per school a day).
 */
export const noticeDedupeKey = {
  deadlineSoon: (schoolYear: number, schoolId: string) => `deadline_soon:${schoolYear}:${schoolId}`,
  reminder: (schoolYear: number, schoolId: string, beijingDate: string) =>
    `reminder:${schoolYear}:${schoolId}:${beijingDate}`,
};
