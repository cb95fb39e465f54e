import type { OrgUnitInput } from "@edu2035/graphql";
import {
  DASHBOARD_FROM_YEAR,
  keepAcrossIncludeSubmitted,
  planTargetsQuery,
  targetDashboardQuery,
  useToken,
} from "@edu2035/ui";
import { useQuery } from "@tanstack/react-query";

/**
 * The city and its districts, every school year from 2020 to `toYear` (default: the chosen one),
 * in one operation; `includeSubmitted` counts submitted, not yet reviewed annual reports too
 * (default: approved only).
 */
export function useCityDashboard(schoolYear: number | undefined, includeSubmitted = false, toYear?: number) {
  const token = useToken();
  const unit: OrgUnitInput = { level: "CITY" };
  const options = targetDashboardQuery(
    token,
    unit,
    DASHBOARD_FROM_YEAR,
    toYear ?? schoolYear ?? DASHBOARD_FROM_YEAR,
    includeSubmitted,
  );
  return useQuery({
    ...options,
    enabled: schoolYear !== undefined,
    placeholderData: keepAcrossIncludeSubmitted(options.queryKey),
  });
}

/** The plan's targets measured at the city level, in the plan's order. */
export function useCityTargets() {
  const token = useToken();
  return useQuery(planTargetsQuery(token, "CITY"));
}
