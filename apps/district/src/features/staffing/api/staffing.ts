import type { OrgUnitInput } from "@edu2035/graphql";
import { schoolsQuery, staffingSummaryQuery, useToken } from "@edu2035/ui";
import { useQuery } from "@tanstack/react-query";

/** Counts of the 三支队伍 of a unit in a school year. */
export function useStaffingSummary(unit: OrgUnitInput, schoolYear: number | undefined) {
  const token = useToken();
  return useQuery({
    ...staffingSummaryQuery(token, unit, schoolYear ?? 0),
    enabled: schoolYear !== undefined,
  });
}

/** Schools of a district (for the roster's school filter); none for the city or a school. */
export function useDistrictSchools(unit: OrgUnitInput) {
  const token = useToken();
  const districtId = unit.level === "DISTRICT" ? unit.id : null;
  return useQuery({ ...schoolsQuery(token, districtId), enabled: Boolean(districtId) });
}
