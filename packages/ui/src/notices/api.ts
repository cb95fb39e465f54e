/**
 * 待办 and 消息通知 queries (keys ["todos"], ["notices", …]) and writes (mark read, 催报). Every
 * write refreshes both: a 催报 or a review changes what others have to do and the bell's count.
 */
import {
  execute,
  MarkAllNoticesReadDocument,
  MarkNoticesReadDocument,
  NoticesDocument,
  SendReportReminderDocument,
  TodosDocument,
  UnreadNoticeCountDocument,
} from "@edu2035/graphql";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useToken } from "../session.tsx";

/** How often the bell asks for the unread count (ms): notices come from other accounts. */
const UNREAD_POLL_MS = 60_000;

export const todosQuery = (token: string) =>
  queryOptions({
    queryKey: ["todos"],
    queryFn: ({ signal }) => execute(TodosDocument, {}, { token, signal }).then((d) => d.todos),
  });

export const unreadNoticeCountQuery = (token: string) =>
  queryOptions({
    queryKey: ["notices", "unread"],
    queryFn: ({ signal }) =>
      execute(UnreadNoticeCountDocument, {}, { token, signal }).then((d) => d.unreadNoticeCount),
    refetchInterval: UNREAD_POLL_MS,
  });

export const noticesQuery = (token: string, unreadOnly: boolean) =>
  queryOptions({
    queryKey: ["notices", "list", { unreadOnly }],
    queryFn: ({ signal }) =>
      execute(NoticesDocument, { first: 50, unreadOnly }, { token, signal }).then((d) => d.notices),
  });

/** The viewer's 待办 (derived by the API on each request). */
export function useTodos() {
  return useQuery(todosQuery(useToken()));
}

/** The bell's 未读消息数, polled. */
export function useUnreadNoticeCount() {
  return useQuery(unreadNoticeCountQuery(useToken()));
}

/** The latest 50 notices of the viewer's unit, while `enabled` (the list is open). */
export function useNotices(unreadOnly: boolean, enabled: boolean) {
  return useQuery({ ...noticesQuery(useToken(), unreadOnly), enabled });
}

function useRefreshCycle() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([["notices"], ["todos"]].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/** 标为已读 (ids) and 全部已读 (no ids). */
export function useMarkNoticesRead() {
  const token = useToken();
  const refresh = useRefreshCycle();
  return useMutation({
    mutationFn: (ids: string[] | null) =>
      ids
        ? execute(MarkNoticesReadDocument, { ids }, { token }).then((d) => d.markNoticesRead)
        : execute(MarkAllNoticesReadDocument, {}, { token }).then((d) => d.markAllNoticesRead),
    onSuccess: refresh,
  });
}

/** 催报 for a school year to some schools (null: every school in scope not submitted). */
export function useSendReportReminder() {
  const token = useToken();
  const refresh = useRefreshCycle();
  return useMutation({
    mutationFn: (v: { schoolYear: number; schoolIds: string[] | null; message?: string | null }) =>
      execute(SendReportReminderDocument, v, { token }).then((d) => d.sendReportReminder),
    onSuccess: refresh,
  });
}
