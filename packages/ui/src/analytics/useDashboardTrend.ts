import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useToken } from "../session.tsx";
import { DashboardIndex } from "./dashboard.ts";
import { type DashboardTableArgs, keepAcrossIncludeSubmitted, targetDashboardTableQuery } from "./queries.ts";

/**
 * 历年趋势 on demand (issue 15): one target of a 指标总览 over the whole range, every year in full,
 * for the same unit and page of units below as the table (`args`); asked only while a target is
 * open (`targetId`), so the table itself carries one school year. Undefined `args`: nothing asked.
 */
export function useDashboardTrend(
  args: Omit<DashboardTableArgs, "targetIds" | "allYearsInFull"> | undefined,
  targetId: string | null,
): { index: DashboardIndex | undefined; isFetching: boolean; error: Error | null } {
  const token = useToken();
  const options = targetDashboardTableQuery(token, {
    ...(args ?? { unit: { level: "CITY" }, fromYear: 0, toYear: 0, schoolYear: 0 }),
    targetIds: targetId ? [targetId] : null,
    allYearsInFull: true,
  });
  const query = useQuery({
    ...options,
    enabled: args !== undefined && targetId !== null,
    placeholderData: keepAcrossIncludeSubmitted(options.queryKey),
  });
  const index = useMemo(() => (query.data ? new DashboardIndex(query.data) : undefined), [query.data]);
  return { index, isFetching: query.isFetching, error: query.error };
}
