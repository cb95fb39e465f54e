import {
  execute,
  ReportCompletenessDocument,
  type ReportCompletenessQuery,
  ReportingPeriodDocument,
  type ReportingPeriodFieldsFragment,
  SetReportingPeriodDocument,
} from "@edu2035/graphql";
import { districtsQuery, useToken } from "@edu2035/ui";
import { queryOptions, useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";

/** The API's reportCompleteness: counts per district and school type, missing and late schools. */
export type ReportCompleteness = ReportCompletenessQuery["reportCompleteness"];

/**
 * Completeness and timeliness (报送情况) of the annual reports of a school year, for the whole
 * city (districtId omitted) or one district. Key: ["reportCompleteness", schoolYear, districtId | "city"].
 */
export const reportCompletenessQuery = (token: string, schoolYear: number, districtId?: string) =>
  queryOptions({
    queryKey: ["reportCompleteness", schoolYear, districtId ?? "city"],
    queryFn: ({ signal }) =>
      execute(
        ReportCompletenessDocument,
        { schoolYear, districtId: districtId ?? null },
        { token, signal },
      ).then((d) => d.reportCompleteness),
  });

/** The city's reporting period (填报期) of a school year, or null. Key: ["reportingPeriod", schoolYear]. */
export const reportingPeriodQuery = (token: string, schoolYear: number) =>
  queryOptions({
    queryKey: ["reportingPeriod", schoolYear],
    queryFn: ({ signal }) =>
      execute(ReportingPeriodDocument, { schoolYear }, { token, signal }).then((d) => d.reportingPeriod),
  });

/**
 * The city's completeness of a school year (one reportCompleteness for the city) and, to open a
 * district's row into its school types, each district's own (one per district, in parallel).
 */
export function useCityCompleteness(schoolYear: number | undefined) {
  const token = useToken();
  const enabled = schoolYear !== undefined;
  const city = useQuery({ ...reportCompletenessQuery(token, schoolYear ?? 0), enabled });
  const districts = useQuery(districtsQuery(token));
  const perDistrict = useQueries({
    queries: (districts.data ?? []).map((d) => ({
      ...reportCompletenessQuery(token, schoolYear ?? 0, d.id),
      enabled,
    })),
  });
  const byDistrictId = new Map<string, ReportCompleteness>();
  for (const q of perDistrict) if (q.data?.unit.id) byDistrictId.set(q.data.unit.id, q.data);
  return {
    city: city.data,
    byDistrictId,
    isLoading: city.isLoading,
    isFetching: city.isFetching,
    error: city.error ?? districts.error ?? perDistrict.find((q) => q.error)?.error ?? null,
  };
}

/**
 * The reporting period of a school year as it is now on the server (fetched, never from the
 * cache): to tell whether someone changed it while the deadline form was open. When it did
 * change, `refresh` refetches the page's completeness (lateness depends on the deadline).
 */
export function useFreshReportingPeriod() {
  const token = useToken();
  const queryClient = useQueryClient();
  return {
    fetch: (schoolYear: number): Promise<ReportingPeriodFieldsFragment | null> =>
      queryClient.fetchQuery({ ...reportingPeriodQuery(token, schoolYear), staleTime: 0 }),
    refresh: (schoolYear: number) =>
      queryClient.invalidateQueries({ queryKey: ["reportCompleteness", schoolYear] }),
  };
}

/** The deadline form's values: Beijing-time dates "YYYY-MM-DD". */
export interface PeriodDates {
  /** 报送截止日期: reports are on time until 23:59:59 Beijing time that day. */
  deadline: string;
  /** 填报开始日期 (00:00 Beijing time); null = 统计时点 1 September. */
  openedAt: string | null;
}

/**
 * setReportingPeriod (city only): the deadline is the end of the chosen day, the opening its
 * start, both Beijing time; `version` is the one read (null to create): a stale one is CONFLICT. Afterwards the completeness, the period and the audit trail refetch.
 */
export function useSetReportingPeriod() {
  const token = useToken();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      schoolYear,
      deadline,
      openedAt,
      version,
    }: PeriodDates & { schoolYear: number; version: number | null }) =>
      execute(
        SetReportingPeriodDocument,
        {
          schoolYear,
          version,
          deadline: new Date(`${deadline}T23:59:59+08:00`).toISOString(),
          openedAt: openedAt ? new Date(`${openedAt}T00:00:00+08:00`).toISOString() : null,
        },
        { token },
      ).then((d) => d.setReportingPeriod.period),
    onSuccess: (period) => {
      queryClient.setQueryData(reportingPeriodQuery(token, period.schoolYear).queryKey, period);
      void queryClient.invalidateQueries({ queryKey: ["reportCompleteness", period.schoolYear] });
      void queryClient.invalidateQueries({ queryKey: ["auditLog"] });
    },
  });
}
