/**
 * Server state of 学年管理: the statistical years (统计学年) with their lifecycle, a year's
 * 发布条件 (publicationReadiness: pending schools, exemptions) and the writes that publish,
 * reopen, exempt and unexempt. Keys ["statisticalYears"] and ["years", "readiness", schoolYear].
 * Publishing or reopening a year changes what every page shows (figures become 正式 or 预览,
 * rosters and reports lock or unlock): it makes every answer stale. Exempting only touches the
 * year's readiness and the list.
 */
import {
  ExemptReportsDocument,
  execute,
  PublishSchoolYearDocument,
  RemoveReportExemptionDocument,
  ReopenSchoolYearDocument,
  StatisticalYearListDocument,
  YearPublicationReadinessDocument,
} from "@edu2035/graphql";
import { useToken } from "@edu2035/ui";
import { queryOptions, useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";

/** Every statistical year, newest first, with its state and publications: key ["statisticalYears"]. */
export const statisticalYearsQuery = (token: string) =>
  queryOptions({
    queryKey: ["statisticalYears"],
    queryFn: ({ signal }) =>
      execute(StatisticalYearListDocument, {}, { token, signal }).then((d) => d.statisticalYears),
  });

/** 发布条件 of one year: key ["years", "readiness", schoolYear]. */
export const readinessQuery = (token: string, schoolYear: number) =>
  queryOptions({
    queryKey: ["years", "readiness", schoolYear],
    queryFn: ({ signal }) =>
      execute(YearPublicationReadinessDocument, { schoolYear }, { token, signal }).then(
        (d) => d.publicationReadiness,
      ),
  });

/** The statistical years. */
export function useStatisticalYears() {
  const token = useToken();
  return useQuery(statisticalYearsQuery(token));
}

/** 发布条件 of every year listed (the table's 应报/已审核/豁免/待处理 counts), in the order given. */
export function useReadinessOfYears(schoolYears: readonly number[]) {
  const token = useToken();
  return useQueries({ queries: schoolYears.map((y) => ({ ...readinessQuery(token, y), retry: false })) });
}

/** 发布条件 of the selected year (undefined: none selected). */
export function useReadiness(schoolYear: number | undefined) {
  const token = useToken();
  return useQuery({ ...readinessQuery(token, schoolYear ?? 0), enabled: schoolYear !== undefined });
}

/** After publishing or reopening: every answer may have changed (locks, 正式/预览 figures). */
function useInvalidateAll() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries();
}

/** After an exemption changed: the year's readiness and the list. */
function useInvalidateYears() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["years"] }),
      queryClient.invalidateQueries({ queryKey: ["statisticalYears"] }),
    ]);
}

/** publishSchoolYear: the year published (发布) as version N+1, naming the version read (stale → CONFLICT). */
export function usePublishYear() {
  const token = useToken();
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (v: { schoolYear: number; version: number; note: string | null }) =>
      execute(PublishSchoolYearDocument, v, { token }).then((d) => d.publishSchoolYear.year),
    onSettled: invalidate,
  });
}

/** reopenSchoolYear: a published year reopened (重新开放) with a reason, naming the version read. */
export function useReopenYear() {
  const token = useToken();
  const invalidate = useInvalidateAll();
  return useMutation({
    mutationFn: (v: { schoolYear: number; version: number; reason: string }) =>
      execute(ReopenSchoolYearDocument, v, { token }).then((d) => d.reopenSchoolYear.year),
    onSettled: invalidate,
  });
}

/** exemptReports: schools exempted (豁免) from the year's 年报 with a reason; answers the readiness. */
export function useExemptReports() {
  const token = useToken();
  const invalidate = useInvalidateYears();
  return useMutation({
    mutationFn: (v: { schoolYear: number; schoolIds: string[]; reason: string }) =>
      execute(ExemptReportsDocument, v, { token }).then((d) => d.exemptReports),
    onSettled: invalidate,
  });
}

/** removeReportExemption: a school's exemption withdrawn (撤销豁免); answers the readiness. */
export function useRemoveExemption() {
  const token = useToken();
  const invalidate = useInvalidateYears();
  return useMutation({
    mutationFn: (v: { schoolYear: number; schoolId: string }) =>
      execute(RemoveReportExemptionDocument, v, { token }).then((d) => d.removeReportExemption),
    onSettled: invalidate,
  });
}
