/**
 * The request context, built in exactly one place: the database, the logger, and the viewer
 * behind the request's bearer token. `access()` is how resolvers reach data: it refuses
 * anonymous requests (UNAUTHENTICATED) and scopes everything to the viewer.
 */
import type { Db } from "@edu2035/db";
import type { Logger } from "pino";
import { ScopedAccess } from "./authz/access.ts";
import type { Viewer } from "./authz/viewer.ts";
import type { Env } from "./env.ts";
import { unauthenticated } from "./errors.ts";
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
}

export interface Context extends AppDeps {
  /** The bearer token of the request, if any. */
  token: string | null;
  viewer: Viewer | null;
  /** The scoped access layer for this request's viewer; throws UNAUTHENTICATED when anonymous. */
  access(): ScopedAccess;
  /** The access of a viewer just authenticated in this request (login); the request's own otherwise. */
  accessAs(viewer: Viewer): ScopedAccess;
}

/** Build the context of one request from its Authorization header. */
export async function createContext(deps: AppDeps, authorization: string | undefined): Promise<Context> {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  const token = match?.[1] ?? null;
  const viewer = token ? await viewerFromToken(deps.db, token, deps.env.SESSION_TTL_HOURS) : null;
  let scoped: ScopedAccess | null = null;
  const access = (): ScopedAccess => {
    if (!viewer) throw unauthenticated();
    scoped ??= new ScopedAccess(deps.db, viewer, deps.readDb ?? deps.db);
    return scoped;
  };
  return {
    ...deps,
    token,
    viewer,
    access,
    accessAs: (other) =>
      viewer && other.userId === viewer.userId
        ? access()
        : new ScopedAccess(deps.db, other, deps.readDb ?? deps.db),
  };
}
