import { DASHBOARD_FROM_YEAR, useDashboardTrend } from "@edu2035/ui";

/**
 * 历年趋势 of one of the school's targets, every school year from 2020 to `toYear` (default: the
 * chosen one) in full, one compact targetDashboardTable operation asked when a target is opened
 * (`targetId`; null: none); `includeSubmitted` as on the page.
 */
export function useTargetTrend(
  schoolId: string,
  schoolYear: number | undefined,
  targetId: string | null,
  includeSubmitted = false,
  toYear?: number,
) {
  return useDashboardTrend(
    schoolYear === undefined
      ? undefined
      : {
          unit: { level: "SCHOOL", id: schoolId },
          fromYear: DASHBOARD_FROM_YEAR,
          toYear: toYear ?? schoolYear,
          schoolYear,
          includeSubmitted,
        },
    targetId,
  );
}
