import type { OrgUnitInput } from "@edu2035/graphql";
import {
  DASHBOARD_FROM_YEAR,
  type DashboardTableArgs,
  keepAcrossIncludeSubmitted,
  planTargetsQuery,
  targetDashboardTableQuery,
  useDashboardTrend,
  useToken,
} from "@edu2035/ui";
import { useQuery } from "@tanstack/react-query";

const CITY: OrgUnitInput = { level: "CITY" };

/**
 * The city and its districts in the chosen school year, in full, in one compact operation
 * (targetDashboardTable); `includeSubmitted` counts submitted, not yet reviewed annual reports
 * too (default: approved only).
 */
export function useCityDashboard(schoolYear: number | undefined, includeSubmitted = false) {
  const token = useToken();
  const year = schoolYear ?? DASHBOARD_FROM_YEAR;
  const options = targetDashboardTableQuery(token, {
    unit: CITY,
    fromYear: year,
    toYear: year,
    schoolYear: year,
    includeSubmitted,
  });
  return useQuery({
    ...options,
    enabled: schoolYear !== undefined,
    placeholderData: keepAcrossIncludeSubmitted(options.queryKey),
  });
}

/**
 * 历年趋势 of one target for the city and its districts, 2020 to `toYear`, asked when a target is
 * opened (null: none).
 */
export function useCityTrend(
  schoolYear: number | undefined,
  toYear: number | undefined,
  targetId: string | null,
  includeSubmitted = false,
) {
  const args: Omit<DashboardTableArgs, "targetIds" | "allYearsInFull"> | undefined =
    schoolYear === undefined
      ? undefined
      : {
          unit: CITY,
          fromYear: DASHBOARD_FROM_YEAR,
          toYear: toYear ?? schoolYear,
          schoolYear,
          includeSubmitted,
        };
  return useDashboardTrend(args, targetId);
}

/** The plan's targets measured at the city level, in the plan's order. */
export function useCityTargets() {
  const token = useToken();
  return useQuery(planTargetsQuery(token, "CITY"));
}
