import { schoolBalanceQuery, useToken } from "@edu2035/ui";
import { useQuery } from "@tanstack/react-query";

/** The school's seven 优质均衡 figures per stage for a school year. */
export function useSchoolBalance(schoolId: string, schoolYear: number | undefined) {
  const token = useToken();
  return useQuery({
    ...schoolBalanceQuery(token, schoolId, schoolYear ?? 0),
    enabled: schoolYear !== undefined,
  });
}
