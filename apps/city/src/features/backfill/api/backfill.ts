/**
 * Server state of 补录管理: the 补录 windows (backfill of past school years) and the writes that
 * open and close them. Key ["backfill", "windows"]; opening or closing also makes every
 * ["backfill", …] answer stale (a school's editable years included).
 */
import {
  BackfillWindowsDocument,
  CloseBackfillDocument,
  execute,
  OpenBackfillDocument,
  type OpenBackfillInput,
  SchoolsOfYearDocument,
} from "@edu2035/graphql";
import { useToken } from "@edu2035/ui";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

/** Every 补录 window, open and closed, newest first: key ["backfill", "windows"]. */
export const backfillWindowsQuery = (token: string) =>
  queryOptions({
    queryKey: ["backfill", "windows"],
    queryFn: ({ signal }) =>
      execute(BackfillWindowsDocument, {}, { token, signal }).then((d) => d.backfillWindows),
  });

/** The city's 补录 windows. */
export function useBackfillWindows() {
  const token = useToken();
  return useQuery(backfillWindowsQuery(token));
}

/** Schools open at `schoolYear`'s 统计时点 (the ones 补录 may be opened to): key ["schools", "ofYear", year]. */
export function useSchoolsOfYear(schoolYear: number | undefined) {
  const token = useToken();
  return useQuery({
    queryKey: ["schools", "ofYear", schoolYear],
    queryFn: ({ signal }) =>
      execute(SchoolsOfYearDocument, { schoolYear: schoolYear as number }, { token, signal }).then(
        (d) => d.schools,
      ),
    enabled: schoolYear !== undefined,
  });
}

/** After opening or closing a window: every 补录 answer is stale. */
function useInvalidateBackfill() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ["backfill"] });
}

/** openBackfill: a past school year opened to districts and/or schools; answers the windows made. */
export function useOpenBackfill() {
  const token = useToken();
  const invalidate = useInvalidateBackfill();
  return useMutation({
    mutationFn: (input: OpenBackfillInput) =>
      execute(OpenBackfillDocument, { input }, { token }).then((d) => d.openBackfill.windows),
    onSuccess: invalidate,
  });
}

/** closeBackfill: a window closed now. */
export function useCloseBackfill() {
  const token = useToken();
  const invalidate = useInvalidateBackfill();
  return useMutation({
    mutationFn: (id: string) =>
      execute(CloseBackfillDocument, { id }, { token }).then((d) => d.closeBackfill.window),
    onSuccess: invalidate,
  });
}
