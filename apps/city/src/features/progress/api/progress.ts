import { execute, ReportQueueDocument } from "@edu2035/graphql";
import { districtsQuery, useToken } from "@edu2035/ui";
import { queryOptions, useQueries, useQuery } from "@tanstack/react-query";

/** A district's review queue: key ["reportQueue", districtId, schoolYear]. */
export const reportQueueQuery = (token: string, districtId: string, schoolYear: number) =>
  queryOptions({
    queryKey: ["reportQueue", districtId, schoolYear],
    queryFn: ({ signal }) =>
      execute(ReportQueueDocument, { districtId, schoolYear }, { token, signal }).then((d) => d.reportQueue),
  });

/** Every district's queue for the school year (one reportQueue per district). */
export function useCityProgress(schoolYear: number | undefined) {
  const token = useToken();
  const districts = useQuery(districtsQuery(token));
  const queues = useQueries({
    queries: (districts.data ?? []).map((d) => ({
      ...reportQueueQuery(token, d.id, schoolYear ?? 0),
      enabled: schoolYear !== undefined,
    })),
  });
  return {
    districts: districts.data,
    queues: queues.map((q) => q.data).filter((q) => q !== undefined),
    isLoading: districts.isLoading || queues.some((q) => q.isLoading),
    error: districts.error ?? queues.find((q) => q.error)?.error ?? null,
  };
}
