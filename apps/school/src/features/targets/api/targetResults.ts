import type { OrgUnitInput } from "@edu2035/graphql";
import { targetResultsQuery, useToken } from "@edu2035/ui";
import { useQuery } from "@tanstack/react-query";

/** The plan's targets measured for a unit (city, district or school) in a school year. */
export function useTargetResults(unit: OrgUnitInput, schoolYear: number | undefined) {
  const token = useToken();
  return useQuery({ ...targetResultsQuery(token, unit, schoolYear ?? 0), enabled: schoolYear !== undefined });
}
