import { DASHBOARD_FROM_YEAR, keepAcrossIncludeSubmitted, targetDashboardQuery, useToken } from "@edu2035/ui";
import { useQuery } from "@tanstack/react-query";

/**
 * The school's targets every school year from 2020 to `toYear` (default: the chosen one; one
 * targetDashboard operation), fetched when a trend chart is first opened; `includeSubmitted` as
 * on the page.
 */
export function useTargetTrend(
  schoolId: string,
  schoolYear: number | undefined,
  enabled: boolean,
  includeSubmitted = false,
  toYear?: number,
) {
  const token = useToken();
  const options = targetDashboardQuery(
    token,
    { level: "SCHOOL", id: schoolId },
    DASHBOARD_FROM_YEAR,
    toYear ?? schoolYear ?? DASHBOARD_FROM_YEAR,
    includeSubmitted,
  );
  return useQuery({
    ...options,
    enabled: enabled && schoolYear !== undefined,
    placeholderData: keepAcrossIncludeSubmitted(options.queryKey),
  });
}
