import { DASHBOARD_FROM_YEAR, targetDashboardQuery, useToken } from "@edu2035/ui";
import { useQuery } from "@tanstack/react-query";

/**
 * The school's targets every school year from 2020 to the chosen one (one targetDashboard
 * operation), fetched when a trend chart is first opened.
 */
export function useTargetTrend(schoolId: string, schoolYear: number | undefined, enabled: boolean) {
  const token = useToken();
  return useQuery({
    ...targetDashboardQuery(
      token,
      { level: "SCHOOL", id: schoolId },
      DASHBOARD_FROM_YEAR,
      schoolYear ?? DASHBOARD_FROM_YEAR,
    ),
    enabled: enabled && schoolYear !== undefined,
  });
}
