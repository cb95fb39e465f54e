import {
  ApproveReportDocument,
  execute,
  ReopenReportDocument,
  ReportingPeriodDocument,
  ReportQueueDocument,
  ReturnReportDocument,
  SchoolReportDocument,
} from "@edu2035/graphql";
import { useToken } from "@edu2035/ui";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

/** The district's review queue: key ["reportQueue", districtId, schoolYear]. */
export const reportQueueQuery = (token: string, districtId: string, schoolYear: number) =>
  queryOptions({
    queryKey: ["reportQueue", districtId, schoolYear],
    queryFn: ({ signal }) =>
      execute(ReportQueueDocument, { districtId, schoolYear }, { token, signal }).then((d) => d.reportQueue),
  });

/** One school's report: key ["schoolReport", schoolId, schoolYear]. */
export const schoolReportQuery = (token: string, schoolId: string, schoolYear: number) =>
  queryOptions({
    queryKey: ["schoolReport", schoolId, schoolYear],
    queryFn: ({ signal }) =>
      execute(SchoolReportDocument, { schoolId, schoolYear }, { token, signal }).then((d) => d.schoolReport),
  });

/**
 * A year's reporting period (填报期; null: the city has not set one): key ["reportingPeriod",
 * schoolYear], as @edu2035/ui's ReportDeadline reads it.
 */
export const reportingPeriodQuery = (token: string, schoolYear: number) =>
  queryOptions({
    queryKey: ["reportingPeriod", schoolYear],
    queryFn: ({ signal }) =>
      execute(ReportingPeriodDocument, { schoolYear }, { token, signal }).then((d) => d.reportingPeriod),
  });

/**
 * Whether the city has opened a year's 填报 (set its reporting period); undefined while unknown
 * (or when it cannot be read: callers fall back as for "not set").
 */
export function useReportingPeriodSet(schoolYear: number): boolean | undefined {
  const token = useToken();
  const { data, isError } = useQuery(reportingPeriodQuery(token, schoolYear));
  if (isError) return false;
  return data === undefined ? undefined : data !== null;
}

export function useReportQueue(districtId: string, schoolYear: number | undefined) {
  const token = useToken();
  return useQuery({
    ...reportQueueQuery(token, districtId, schoolYear ?? 0),
    enabled: schoolYear !== undefined,
  });
}

export function useSchoolReport(schoolId: string | null, schoolYear: number) {
  const token = useToken();
  return useQuery({ ...schoolReportQuery(token, schoolId ?? "", schoolYear), enabled: schoolId !== null });
}

export type ReviewAction =
  | { kind: "approve"; comment: string | null }
  | { kind: "return"; comment: string }
  | { kind: "reopen"; reason: string };

/** 审核通过 / 退回 / 重新打开, with the version read; the queue and the report refresh after. */
export function useReviewReport() {
  const token = useToken();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (v: {
      schoolId: string;
      schoolYear: number;
      version: number;
      action: ReviewAction;
    }) => {
      const base = { schoolId: v.schoolId, schoolYear: v.schoolYear, version: v.version };
      const a = v.action;
      if (a.kind === "approve")
        return (await execute(ApproveReportDocument, { ...base, comment: a.comment }, { token }))
          .approveReport.report;
      if (a.kind === "return")
        return (await execute(ReturnReportDocument, { ...base, comment: a.comment }, { token })).returnReport
          .report;
      return (await execute(ReopenReportDocument, { ...base, reason: a.reason }, { token })).reopenReport
        .report;
    },
    onSuccess: (report) => {
      queryClient.setQueryData(
        schoolReportQuery(token, report.school.id, report.schoolYear).queryKey,
        report,
      );
      void queryClient.invalidateQueries({ queryKey: ["reportQueue"] });
      void queryClient.invalidateQueries({ queryKey: ["targetResults"] });
    },
  });
}
