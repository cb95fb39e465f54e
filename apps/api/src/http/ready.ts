/**
 * Liveness and readiness, as a load balancer or systemd/k8s probe asks them:
 * - `databaseAnswers(db)`: the database runs `select 1` within a timeout (the GraphQL `health`
 *   query and `/ready` both use it, so neither says ok while PostgreSQL is down);
 * - `readiness(db)`: the database answers AND the migrations it has applied are exactly the
 *   committed ones (`packages/db/migrations`, compared by drizzle's journal timestamp and
 *   SHA-256 of each file), so a process built from newer code than its database (or older)
 *   is taken out of rotation instead of failing requests.
 */
import { type Db, MIGRATIONS_FOLDER } from "@edu2035/db";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";

/** How long a probe waits for the database before calling it down (ms). */
export const PROBE_TIMEOUT_MS = 5_000;

/** Why a process is not ready: a stable code for programs and a Chinese message for people. */
export interface NotReady {
  ready: false;
  code: "DATABASE_UNAVAILABLE" | "MIGRATIONS_PENDING" | "MIGRATIONS_MISMATCH";
  reason: string;
}

/** A ready process: how many migrations the database and the build agree on. */
export interface Ready {
  ready: true;
  migrations: number;
}

/** Rows of `db.execute` on either driver (postgres.js: an array; PGlite: `{ rows }`). */
function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/** Reject after `ms` (the probe must answer even when a connection attempt hangs). */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** True when the database runs a trivial query within `timeoutMs`; never throws. */
export async function databaseAnswers(db: Db, timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
  try {
    await withTimeout(db.execute(sql`select 1`), timeoutMs);
    return true;
  } catch {
    return false;
  }
}

/** A failure's driver or SQLSTATE code (ECONNREFUSED, 57P01 …), or "timeout"/"error". */
function failureCode(e: unknown): string {
  const code =
    (e as { code?: unknown; cause?: { code?: unknown } })?.code ??
    (e as { cause?: { code?: unknown } })?.cause?.code;
  if (typeof code === "string") return code;
  return e instanceof Error && e.message.startsWith("no answer within") ? "timeout" : "error";
}

/** The committed migrations (journal order): timestamp and SHA-256 of each, read once. */
let committed: { when: number; hash: string }[] | null = null;
function committedMigrations() {
  committed ??= readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).map((m) => ({
    when: m.folderMillis,
    hash: m.hash,
  }));
  return committed;
}

/**
 * Readiness of this process over `db`: the database answers and has applied exactly the
 * committed migrations. Never throws; a failure is a `NotReady` with its reason.
 */
export async function readiness(db: Db, timeoutMs = PROBE_TIMEOUT_MS): Promise<Ready | NotReady> {
  let applied: { hash: string; created_at: string | number }[];
  try {
    const result = await withTimeout(
      db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`),
      timeoutMs,
    );
    const present = rowsOf<{ present: boolean }>(result)[0]?.present;
    applied = present
      ? rowsOf(
          await withTimeout(
            db.execute(sql`select hash, created_at from drizzle.__drizzle_migrations order by created_at`),
            timeoutMs,
          ),
        )
      : [];
  } catch (e) {
    return {
      ready: false,
      code: "DATABASE_UNAVAILABLE",
      // the driver's code only: /ready is public, and a query error's message repeats the SQL
      reason: `数据库无响应 (database unavailable: ${failureCode(e)})`,
    };
  }
  const expected = committedMigrations();
  const same = (i: number) =>
    applied[i]?.hash === expected[i]?.hash && Number(applied[i]?.created_at) === expected[i]?.when;
  const prefix = Math.min(applied.length, expected.length);
  for (let i = 0; i < prefix; i++) {
    if (!same(i)) {
      return {
        ready: false,
        code: "MIGRATIONS_MISMATCH",
        reason: `数据库的第 ${i + 1} 个迁移与本版本不同 (migration ${i + 1} differs from this build's)`,
      };
    }
  }
  if (applied.length < expected.length) {
    return {
      ready: false,
      code: "MIGRATIONS_PENDING",
      reason: `数据库迁移未完成：已执行 ${applied.length} 个，本版本有 ${expected.length} 个 (migrations pending)`,
    };
  }
  if (applied.length > expected.length) {
    return {
      ready: false,
      code: "MIGRATIONS_MISMATCH",
      reason: `数据库的迁移比本版本新：已执行 ${applied.length} 个，本版本有 ${expected.length} 个 (database is newer than this build)`,
    };
  }
  return { ready: true, migrations: expected.length };
}
