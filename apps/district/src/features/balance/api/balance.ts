import { balanceAssessmentQuery, useToken } from "@edu2035/ui";
import { useQuery } from "@tanstack/react-query";

/** The district's 优质均衡 assessment for a school year. */
export function useDistrictBalance(districtId: string, schoolYear: number | undefined) {
  const token = useToken();
  return useQuery({
    ...balanceAssessmentQuery(token, districtId, schoolYear ?? 0),
    enabled: schoolYear !== undefined,
  });
}
