import {
  ApproveReportDocument,
  execute,
  ReopenReportDocument,
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
