import { balanceAssessmentsQuery, useToken } from "@edu2035/ui";
import { useQuery } from "@tanstack/react-query";

/** 优质均衡 of every district for a school year. */
export function useBalanceAssessments(schoolYear: number | undefined) {
  const token = useToken();
  return useQuery({ ...balanceAssessmentsQuery(token, schoolYear ?? 0), enabled: schoolYear !== undefined });
}
