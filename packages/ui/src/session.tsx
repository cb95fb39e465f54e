import {
  ChangePasswordDocument,
  execute,
  isApiError,
  LoginDocument,
  LogoutDocument,
  type OrgLevel,
  type ViewerFieldsFragment,
} from "@edu2035/graphql";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { viewerQuery } from "./queries.ts";
import { PASSWORD_CHANGE_REQUIRED_EVENT, sessionEvents, UNAUTHENTICATED_EVENT } from "./queryClient.ts";

export type Viewer = ViewerFieldsFragment;

export interface Session {
  /** The level of this app (CITY, DISTRICT or SCHOOL): sent with login. */
  app: OrgLevel;
  token: string | null;
  /** undefined while loading; null when logged out. */
  viewer: Viewer | null | undefined;
  /**
   * True when a logged-in session ended because the API no longer accepted it (登录已过期):
   * the login page says so. Cleared by the next login.
   */
  expired: boolean;
  login(username: string, password: string): Promise<Viewer>;
  logout(): Promise<void>;
  /**
   * Change the account's own password (修改密码). On success the viewer is the API's answer
   * (mustChangePassword false) and every other cached answer is dropped, so pages refetch;
   * this session stays logged in. Rejects with the API's error (BAD_USER_INPUT with field
   * currentPassword or newPassword) for the form to show.
   */
  changePassword(currentPassword: string, newPassword: string): Promise<Viewer>;
}

const SessionContext = createContext<Session | null>(null);

/** localStorage key of an app's token: each app level keeps its own session. */
export function tokenStorageKey(app: OrgLevel): string {
  return `edu2035.${app.toLowerCase()}.token`;
}

function readToken(app: OrgLevel): string | null {
  try {
    return window.localStorage.getItem(tokenStorageKey(app));
  } catch {
    return null;
  }
}

function writeToken(app: OrgLevel, token: string | null) {
  try {
    if (token) window.localStorage.setItem(tokenStorageKey(app), token);
    else window.localStorage.removeItem(tokenStorageKey(app));
  } catch {
    // storage unavailable (private mode): the session lives in memory only
  }
}

/** Holds the session of one app: token in localStorage, the viewer from the API. */
export function SessionProvider({ app, children }: { app: OrgLevel; children: ReactNode }) {
  const queryClient = useQueryClient();
  const [token, setTokenState] = useState<string | null>(() => readToken(app));

  const setToken = useCallback(
    (next: string | null) => {
      writeToken(app, next);
      setTokenState(next);
    },
    [app],
  );

  const [expired, setExpired] = useState(false);
  const tokenRef = useRef(token);
  tokenRef.current = token;

  const endSession = useCallback(() => {
    setToken(null);
    queryClient.clear();
  }, [queryClient, setToken]);

  // UNAUTHENTICATED from the API while logged in: the session has expired (or was ended elsewhere)
  const expireSession = useCallback(() => {
    if (tokenRef.current) setExpired(true);
    endSession();
  }, [endSession]);

  useEffect(() => {
    sessionEvents.addEventListener(UNAUTHENTICATED_EVENT, expireSession);
    return () => sessionEvents.removeEventListener(UNAUTHENTICATED_EVENT, expireSession);
  }, [expireSession]);

  // PASSWORD_CHANGE_REQUIRED from the API: the viewer is marked at once (SessionGate then shows
  // the change-password page) and refetched to be sure.
  useEffect(() => {
    const required = () => {
      queryClient.setQueryData(viewerQuery(tokenRef.current).queryKey, (v) =>
        v ? { ...v, mustChangePassword: true } : v,
      );
      void queryClient.invalidateQueries({ queryKey: viewerQuery(tokenRef.current).queryKey });
    };
    sessionEvents.addEventListener(PASSWORD_CHANGE_REQUIRED_EVENT, required);
    return () => sessionEvents.removeEventListener(PASSWORD_CHANGE_REQUIRED_EVENT, required);
  }, [queryClient]);

  const viewerResult = useQuery(viewerQuery(token));
  // A token the API no longer knows answers viewer: null.
  useEffect(() => {
    if (token && viewerResult.isSuccess && viewerResult.data === null) expireSession();
  }, [token, viewerResult.isSuccess, viewerResult.data, expireSession]);

  const login = useCallback(
    async (username: string, password: string) => {
      const { login } = await execute(LoginDocument, { input: { username, password, app } });
      queryClient.clear();
      queryClient.setQueryData(viewerQuery(login.token).queryKey, login.viewer);
      setExpired(false);
      setToken(login.token);
      return login.viewer;
    },
    [app, queryClient, setToken],
  );

  const logout = useCallback(async () => {
    try {
      if (token) await execute(LogoutDocument, {}, { token });
    } catch (error) {
      if (!isApiError(error)) throw error;
    } finally {
      setExpired(false);
      endSession();
    }
  }, [token, endSession]);

  const changePassword = useCallback(
    async (currentPassword: string, newPassword: string) => {
      const { changePassword } = await execute(
        ChangePasswordDocument,
        { input: { currentPassword, newPassword } },
        { token },
      );
      const viewerKey = viewerQuery(token).queryKey;
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== viewerKey[0] });
      queryClient.setQueryData(viewerKey, changePassword.viewer);
      return changePassword.viewer;
    },
    [token, queryClient],
  );

  const viewer = token ? (viewerResult.isError ? null : viewerResult.data) : null;
  const value = useMemo<Session>(
    () => ({ app, token, viewer, expired, login, logout, changePassword }),
    [app, token, viewer, expired, login, logout, changePassword],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The current app's session. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession() outside <SessionProvider>");
  return session;
}

/** The token of the logged-in session (inside a logged-in screen). */
export function useToken(): string {
  const { token } = useSession();
  if (!token) throw new Error("useToken() without a session");
  return token;
}

/** The logged-in viewer (inside a logged-in screen). */
export function useViewer(): Viewer {
  const { viewer } = useSession();
  if (!viewer) throw new Error("useViewer() without a session");
  return viewer;
}
