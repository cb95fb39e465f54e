import { AuditPage as SharedAuditPage } from "@edu2035/ui";

/**
 * 操作日志 of the city: the whole audit trail, filtered by 区, 学校, 操作人, 操作类型 and dates.
 * The shared audit screen of `@edu2035/ui`.
 */
export function AuditPage() {
  return <SharedAuditPage />;
}
