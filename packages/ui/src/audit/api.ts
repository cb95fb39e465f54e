import { type AuditFilter, AuditLogDocument, execute } from "@edu2035/graphql";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { useToken } from "../session.tsx";

/** A page of the audit trail: key ["auditLog", filter, page, pageSize]. */
export const auditLogQuery = (token: string, filter: AuditFilter, page: number, pageSize: number) =>
  queryOptions({
    queryKey: ["auditLog", filter, page, pageSize],
    queryFn: ({ signal }) =>
      execute(AuditLogDocument, { filter, page, pageSize }, { token, signal }).then((d) => d.auditLog),
  });

/** The audit trail page for a filter (the previous page shown while the next loads). */
export function useAuditLog(filter: AuditFilter, page: number, pageSize: number) {
  const token = useToken();
  return useQuery({ ...auditLogQuery(token, filter, page, pageSize), placeholderData: keepPreviousData });
}
