import { isApiError } from "@edu2035/graphql";
import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";

/** Raised (on `sessionEvents`) when the API answers UNAUTHENTICATED: the session is over. */
export const sessionEvents = new EventTarget();
export const UNAUTHENTICATED_EVENT = "unauthenticated";
/** Raised (on `sessionEvents`) when the API answers PASSWORD_CHANGE_REQUIRED: 请先修改初始密码. */
export const PASSWORD_CHANGE_REQUIRED_EVENT = "password-change-required";

function onError(error: unknown) {
  if (isApiError(error, "UNAUTHENTICATED")) sessionEvents.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
  if (isApiError(error, "PASSWORD_CHANGE_REQUIRED")) {
    sessionEvents.dispatchEvent(new Event(PASSWORD_CHANGE_REQUIRED_EVENT));
  }
}

/**
 * The apps' QueryClient: API errors with a code are final (no retries, except network
 * trouble); UNAUTHENTICATED anywhere ends the session; PASSWORD_CHANGE_REQUIRED anywhere shows
 * the change-password page (the session's viewer is marked, see SessionProvider).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          failureCount < 2 && (!isApiError(error) || isApiError(error, "NETWORK_ERROR")),
      },
    },
  });
}
