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
