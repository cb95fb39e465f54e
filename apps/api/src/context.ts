/**
 * The request context, built in exactly one place: the database, the logger, and the viewer
 * behind the request's bearer token. `access()` is how resolvers reach data: it refuses
 * anonymous requests (UNAUTHENTICATED), refuses an account still on its one-time password
 * (PASSWORD_CHANGE_REQUIRED: the one place that gate lives) and scopes everything to the viewer.
 */
import type { Db } from "@edu2035/db";
import type { Logger } from "pino";
import { ScopedAccess } from "./authz/access.ts";
import type { Viewer } from "./authz/viewer.ts";
import type { Env } from "./env.ts";
import { passwordChangeRequired, unauthenticated } from "./errors.ts";
import { viewerFromToken } from "./modules/auth/service.ts";

/** What the API process shares between requests: no per-user state, only handles. */
export interface AppDeps {
  /** The primary: writes, transactions, sessions and login, version checks. */
  db: Db;
  /**
   * Reads that may lag (dashboards, lists) go here: `DbHandle.readDb`, a streaming replica when
   * DATABASE_REPLICA_URL is set. Omitted: the primary (`db`).
   */
  readDb?: Db;
  dbKind: "pglite" | "postgres";
  env: Env;
  log: Logger;
  /**
   * The API's one clock: what "now" is for anything that depends on today's date (the current
   * school year of the projection's first hire year, …). Omitted: the system clock. Tests fix it
   * (testing.ts startApiOn `now`) so their expected values hold whatever the real date.
   */
  now?: () => Date;
}

export interface Context extends AppDeps {
  /** The bearer token of the request, if any. */
  token: string | null;
  /** The client's address (the socket's, or X-Forwarded-For's behind a TRUSTED_PROXY); null outside HTTP. */
  clientAddress: string | null;
  viewer: Viewer | null;
  /**
   * The scoped access layer for this request's viewer. Throws UNAUTHENTICATED when anonymous and
   * PASSWORD_CHANGE_REQUIRED while the account must change its one-time password, so every
   * operation that reads or writes through it is refused until changePassword succeeds.
   */
  access(): ScopedAccess;
  /**
   * The access of a viewer to resolve that viewer's own fields (Viewer.orgUnit, district, school,
   * city): the one just authenticated in this request (login, changePassword) or the request's
   * own. Not gated by the password change, so only the Viewer type's resolvers may call it.
   */
  accessAs(viewer: Viewer): ScopedAccess;
  /** The current instant by the API's one clock (AppDeps.now, else the system clock). */
  now: () => Date;
}

/** Build the context of one request from its Authorization header and client address. */
export async function createContext(
  deps: AppDeps,
  authorization: string | undefined,
  clientAddress: string | null = null,
): Promise<Context> {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  const token = match?.[1] ?? null;
  const lifetimes = { ttlHours: deps.env.SESSION_TTL_HOURS, maxHours: deps.env.SESSION_MAX_HOURS };
  const viewer = token ? await viewerFromToken(deps.db, token, lifetimes) : null;
  const now = deps.now ?? (() => new Date());
  let scoped: ScopedAccess | null = null;
  const own = (v: Viewer): ScopedAccess => {
    scoped ??= new ScopedAccess(deps.db, v, deps.readDb ?? deps.db, now);
    return scoped;
  };
  const access = (): ScopedAccess => {
    if (!viewer) throw unauthenticated();
    if (viewer.mustChangePassword) throw passwordChangeRequired();
    return own(viewer);
  };
  return {
    ...deps,
    token,
    clientAddress,
    viewer,
    access,
    now,
    accessAs: (other) =>
      viewer && other.userId === viewer.userId && other.level === viewer.level
        ? own(viewer)
        : new ScopedAccess(deps.db, other, deps.readDb ?? deps.db, now),
  };
}
