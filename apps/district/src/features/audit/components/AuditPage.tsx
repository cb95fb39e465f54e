import { AuditPage as SharedAuditPage } from "@edu2035/ui";

/**
 * 操作日志 of a district: its own units' audit trail (the district's, its 教研室's and its
 * schools' entries, as the API scopes it), filtered by 学校, 操作人, 操作类型 and dates. The
 * shared audit screen of `@edu2035/ui`.
 */
export function AuditPage({ district }: { district: { id: string; name: string } }) {
  return <SharedAuditPage district={district} />;
}
