/**
 * Lost or refused database connections, told apart from bugs. When PostgreSQL goes away (a
 * restart, a failover, `pg_terminate_backend`, a network cut), the request fails with
 * `DATABASE_UNAVAILABLE` (数据库连接中断，请稍后重试) and `extensions.retryable: true`, never
 * with INTERNAL_SERVER_ERROR: the transaction was rolled back by the server, nothing was
 * written, and the same request can simply be sent again.
 */
import type { GraphQLFormattedError } from "graphql";
import { databaseUnavailable } from "./errors.ts";

/**
 * postgres.js's own connection codes, and Node's socket and DNS codes postgres.js passes on:
 * CONNECTION_CLOSED (the server closed the socket), CONNECTION_ENDED (the pool is ending),
 * CONNECTION_DESTROYED (the connection was terminated), CONNECT_TIMEOUT, and the OS's
 * refused / reset / unreachable errors.
 */
const CONNECTION_CODES = new Set([
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/**
 * PostgreSQL SQLSTATEs meaning "the server is going away or not there yet": 57P01
 * admin_shutdown (also what pg_terminate_backend sends), 57P02 crash_shutdown, 57P03
 * cannot_connect_now (starting up or in recovery), and class 08 (connection_exception).
 */
function isUnavailableSqlState(code: string): boolean {
  return code === "57P01" || code === "57P02" || code === "57P03" || /^08[0-9A-Z]{3}$/.test(code);
}

/**
 * Whether `error` (or anything it wraps: GraphQLError.originalError, DrizzleQueryError.cause,
 * AggregateError.errors) is a lost or refused database connection.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 8) return false;
  const e = error as { code?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown };
  if (typeof e.code === "string" && (CONNECTION_CODES.has(e.code) || isUnavailableSqlState(e.code)))
    return true;
  if (isDatabaseUnavailable(e.originalError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1))
    return true;
  return Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1));
}

/**
 * For Apollo's `formatError`: the DATABASE_UNAVAILABLE error (keeping the field path) when
 * `error` is a lost connection, else null. Whether it failed in a resolver or while the
 * request's session was read (context creation), the client sees the same code.
 */
export function formatDatabaseUnavailable(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError | null {
  if (!isDatabaseUnavailable(error)) return null;
  const e = databaseUnavailable();
  return {
    message: e.message,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: e.extensions,
  };
}

/** True for a unique-constraint violation from either driver (drizzle wraps it in `cause`). */
export function isUniqueViolation(e: unknown): boolean {
  for (let x: unknown = e, i = 0; x && i < 4; x = (x as { cause?: unknown }).cause, i++) {
    if ((x as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

/**
 * True for a deadlock PostgreSQL broke (SQLSTATE 40P01) from either driver: the transaction was
 * rolled back whole, so it may run again (see {@link retryOnDeadlock}).
 */
export function isDeadlock(e: unknown): boolean {
  for (let x: unknown = e, i = 0; x && i < 4; x = (x as { cause?: unknown }).cause, i++) {
    if ((x as { code?: unknown }).code === "40P01") return true;
  }
  return false;
}

/**
 * Run a whole transaction again when PostgreSQL broke a deadlock by rolling it back (40P01),
 * up to `tries` times in all: the rerun reads what the other transaction committed, so it ends
 * as that order would (usually a CONFLICT on a version), never as an internal error.
 * @param run starts and finishes its own transaction (nothing outside it may have been written).
 */
export async function retryOnDeadlock<T>(run: () => Promise<T>, tries = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (e) {
      if (attempt >= tries || !isDeadlock(e)) throw e;
    }
  }
}
