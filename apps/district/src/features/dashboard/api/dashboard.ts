import type { SchoolType } from "@edu2035/graphql";
import {
  DASHBOARD_FROM_YEAR,
  type DashboardTableArgs,
  keepAcrossIncludeSubmitted,
  planTargetsQuery,
  schoolsQuery,
  targetDashboardTableQuery,
  useDashboardTrend,
  useToken,
} from "@edu2035/ui";
import { useQuery } from "@tanstack/react-query";

/**
 * A page of the district's schools: the first (0-based) and how many, of the chosen 学校类别 only
 * (`schoolTypes`, empty: every type; the API pages and totals those, the district's own figures
 * stay those of all its schools).
 */
export interface SchoolsPage {
  offset: number;
  limit: number;
  schoolTypes: SchoolType[];
}

/**
 * The district and one page of its schools in the chosen school year, in full, in one compact
 * operation (targetDashboardTable); `includeSubmitted` counts submitted, not yet reviewed annual
 * reports too (default: approved only).
 */
export function useDistrictDashboard(
  districtId: string,
  schoolYear: number | undefined,
  page: SchoolsPage,
  includeSubmitted = false,
) {
  const token = useToken();
  const year = schoolYear ?? DASHBOARD_FROM_YEAR;
  const options = targetDashboardTableQuery(token, {
    unit: { level: "DISTRICT", id: districtId },
    fromYear: year,
    toYear: year,
    schoolYear: year,
    includeSubmitted,
    childrenOffset: page.offset,
    childrenLimit: page.limit,
    schoolTypes: page.schoolTypes,
  });
  return useQuery({
    ...options,
    enabled: schoolYear !== undefined,
    placeholderData: keepAcrossIncludeSubmitted(options.queryKey),
  });
}

/**
 * 历年趋势 of one target for the district and the same page of its schools, 2020 to `toYear`,
 * asked when a target is opened (null: none).
 */
export function useDistrictTrend(
  districtId: string,
  schoolYear: number | undefined,
  toYear: number | undefined,
  page: SchoolsPage,
  targetId: string | null,
  includeSubmitted = false,
) {
  const args: Omit<DashboardTableArgs, "targetIds" | "allYearsInFull"> | undefined =
    schoolYear === undefined
      ? undefined
      : {
          unit: { level: "DISTRICT", id: districtId },
          fromYear: DASHBOARD_FROM_YEAR,
          toYear: toYear ?? schoolYear,
          schoolYear,
          includeSubmitted,
          childrenOffset: page.offset,
          childrenLimit: page.limit,
          schoolTypes: page.schoolTypes,
        };
  return useDashboardTrend(args, targetId);
}

/** The plan's targets measured at the district level, in the plan's order. */
export function useDistrictTargets() {
  const token = useToken();
  return useQuery(planTargetsQuery(token, "DISTRICT"));
}

/** The district's schools with their type (学校类别): the columns' groups and the filter's choices. */
export function useDistrictSchools(districtId: string) {
  const token = useToken();
  return useQuery(schoolsQuery(token, districtId));
}
