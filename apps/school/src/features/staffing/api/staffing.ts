import type { OrgUnitInput } from "@edu2035/graphql";
import { staffingSummaryQuery, useToken } from "@edu2035/ui";
import { useQuery } from "@tanstack/react-query";

/** Counts of the school's 三支队伍 in a school year. */
export function useStaffingSummary(unit: OrgUnitInput, schoolYear: number | undefined) {
  const token = useToken();
  return useQuery({
    ...staffingSummaryQuery(token, unit, schoolYear ?? 0),
    enabled: schoolYear !== undefined,
  });
}
