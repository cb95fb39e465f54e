import { type AuditFilter, AuditLogDocument, execute } from "@edu2035/graphql";
import { useToken } from "@edu2035/ui";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";

/** A page of the audit trail: key ["auditLog", filter, page, pageSize]. */
export const auditLogQuery = (token: string, filter: AuditFilter, page: number, pageSize: number) =>
  queryOptions({
    queryKey: ["auditLog", filter, page, pageSize],
    queryFn: ({ signal }) =>
      execute(AuditLogDocument, { filter, page, pageSize }, { token, signal }).then((d) => d.auditLog),
  });

export function useAuditLog(filter: AuditFilter, page: number, pageSize: number) {
  const token = useToken();
  return useQuery({ ...auditLogQuery(token, filter, page, pageSize), placeholderData: keepPreviousData });
}
