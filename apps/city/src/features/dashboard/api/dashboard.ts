import type { OrgUnitInput } from "@edu2035/graphql";
import { DASHBOARD_FROM_YEAR, planTargetsQuery, targetDashboardQuery, useToken } from "@edu2035/ui";
import { useQuery } from "@tanstack/react-query";

/** The city and its districts, every school year from 2020 to the chosen one, in one operation. */
export function useCityDashboard(schoolYear: number | undefined) {
  const token = useToken();
  const unit: OrgUnitInput = { level: "CITY" };
  return useQuery({
    ...targetDashboardQuery(token, unit, DASHBOARD_FROM_YEAR, schoolYear ?? DASHBOARD_FROM_YEAR),
    enabled: schoolYear !== undefined,
  });
}

/** The plan's targets measured at the city level, in the plan's order. */
export function useCityTargets() {
  const token = useToken();
  return useQuery(planTargetsQuery(token, "CITY"));
}
