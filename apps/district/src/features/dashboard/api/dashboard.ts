import {
  DASHBOARD_FROM_YEAR,
  keepAcrossIncludeSubmitted,
  planTargetsQuery,
  schoolsQuery,
  targetDashboardQuery,
  useToken,
} from "@edu2035/ui";
import { useQuery } from "@tanstack/react-query";

/**
 * The district and each of its schools, every school year from 2020 to `toYear` (default: the
 * chosen one), in one operation; `includeSubmitted` counts submitted, not yet reviewed annual
 * reports too (default: approved only).
 */
export function useDistrictDashboard(
  districtId: string,
  schoolYear: number | undefined,
  includeSubmitted = false,
  toYear?: number,
) {
  const token = useToken();
  const options = targetDashboardQuery(
    token,
    { level: "DISTRICT", id: districtId },
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

/** The plan's targets measured at the district level, in the plan's order. */
export function useDistrictTargets() {
  const token = useToken();
  return useQuery(planTargetsQuery(token, "DISTRICT"));
}

/** The district's schools with their type (学校类别), to group the dashboard's columns. */
export function useDistrictSchools(districtId: string) {
  const token = useToken();
  return useQuery(schoolsQuery(token, districtId));
}
