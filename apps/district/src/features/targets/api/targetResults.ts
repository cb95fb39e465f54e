import type { OrgUnitInput } from "@edu2035/graphql";
import { keepAcrossIncludeSubmitted, targetResultsQuery, useToken } from "@edu2035/ui";
import { useQuery } from "@tanstack/react-query";

/**
 * The plan's targets measured for a unit (city, district or school) in a school year;
 * `includeSubmitted` counts submitted, not yet reviewed annual reports too (default: approved
 * only). The figures stay on screen while only the 统计口径 changes.
 */
export function useTargetResults(
  unit: OrgUnitInput,
  schoolYear: number | undefined,
  includeSubmitted = false,
) {
  const token = useToken();
  const options = targetResultsQuery(token, unit, schoolYear ?? 0, includeSubmitted);
  return useQuery({
    ...options,
    enabled: schoolYear !== undefined,
    placeholderData: keepAcrossIncludeSubmitted(options.queryKey),
  });
}
