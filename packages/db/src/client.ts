import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import * as schema from "./schema/index.ts";

export type Schema = typeof schema;

/** The database handle every service uses: the same type for PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** A transaction handle; services accept `Db | Tx` where they can run inside one. */
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/**
 * What `createDb` returns: the Drizzle handles, which engine they run on, and a close function.
 * - `db`: the primary. Every write, every transaction, sessions/login, version checks and the
 *   object a mutation returns (read-your-own-write) use it.
 * - `readDb`: for reads that may lag by the replication delay (seconds at most in normal
 *   operation): dashboards and lists. A streaming replica (只读副本) when `replicaUrl` is given;
 *   otherwise the very same handle as `db`, so code written against `readDb` is correct without
 *   a replica. Never write through it, never read through it what a version check or a
 *   just-made write depends on.
 */
export interface DbHandle {
  db: Db;
  readDb: Db;
  /** Whether `readDb` is a separate replica (false: `readDb === db`). */
  hasReplica: boolean;
  kind: "pglite" | "postgres";
  /** Runs the committed migrations (idempotent; serialised across processes on PostgreSQL). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** Options of `createDb`. */
export interface CreateDbOptions {
  /** A PostgreSQL URL (postgres://…). When set, postgres.js is used. */
  url?: string;
  /**
   * A PostgreSQL streaming replica (hot standby) of `url`, for `readDb`. Only with `url`.
   * Its pool has the same size as the primary's.
   */
  replicaUrl?: string;
  /** PGlite data folder (file-backed, survives restarts). Omitted: in memory. Ignored with `url`. */
  dataDir?: string;
  /** An existing PGlite instance to wrap (tests clone one per file). */
  pglite?: PGlite;
  /** Pool size for postgres.js (default 10). */
  maxConnections?: number;
  /** Called with every SQL statement Drizzle sends (benchmarks count and replay them). */
  onQuery?: (query: string, params: unknown[]) => void;
}

/** Folder of the committed drizzle-kit SQL migrations. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../migrations", import.meta.url));

/** Drizzle option shared by both drivers: columns are snake_case in SQL, camelCase in code. */
const DRIZZLE_OPTIONS = { schema, casing: "snake_case" } as const;

/** Drizzle options with the optional statement hook. */
function drizzleOptions(onQuery: CreateDbOptions["onQuery"]) {
  return onQuery ? { ...DRIZZLE_OPTIONS, logger: { logQuery: onQuery } } : DRIZZLE_OPTIONS;
}

/** An arbitrary, fixed key for the advisory lock that serialises migrations across processes. */
const MIGRATION_LOCK_KEY = 2035_0001;

/**
 * Open the database: postgres.js when `url` is given (a real PostgreSQL server), PGlite
 * otherwise (embedded; file-backed when `dataDir` is given). The same schema and migrations
 * serve both.
 */
export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
  if (options.replicaUrl && !options.url)
    throw new Error("replicaUrl needs url (a replica of which primary?)");
  if (options.url) {
    // application_name shows in pg_stat_activity which pool a connection belongs to; a URL's
    // ?application_name=… overrides it
    const client = postgres(options.url, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
      connection: { application_name: "edu2035-api" },
      // numeric and bigint arrive as strings; Drizzle's column modes turn them into numbers
    });
    const db = drizzlePostgres(client, drizzleOptions(options.onQuery)) as unknown as Db;
    const replica = options.replicaUrl
      ? postgres(options.replicaUrl, {
          max: options.maxConnections ?? 10,
          onnotice: () => {},
          connection: { application_name: "edu2035-api-replica" },
        })
      : null;
    const readDb = replica
      ? (drizzlePostgres(replica, drizzleOptions(options.onQuery)) as unknown as Db)
      : db;
    return {
      db,
      readDb,
      hasReplica: replica !== null,
      kind: "postgres",
      async migrate() {
        // a connection of its own holds the lock, so a pool of one can still migrate
        const lock = postgres(options.url as string, { max: 1, onnotice: () => {} });
        try {
          await lock`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
          await migratePostgres(drizzlePostgres(client, DRIZZLE_OPTIONS), {
            migrationsFolder: MIGRATIONS_FOLDER,
          });
        } finally {
          await lock`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => {});
          await lock.end({ timeout: 5 });
        }
      },
      async close() {
        await Promise.all([client.end({ timeout: 5 }), replica?.end({ timeout: 5 })]);
      },
    };
  }
  let pg = options.pglite;
  if (!pg) {
    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
    pg = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  }
  const client = pg;
  const db = drizzlePglite(client, drizzleOptions(options.onQuery)) as unknown as Db;
  return {
    db,
    readDb: db,
    hasReplica: false,
    kind: "pglite",
    async migrate() {
      await migratePglite(drizzlePglite(client, DRIZZLE_OPTIONS), { migrationsFolder: MIGRATIONS_FOLDER });
    },
    close: () => client.close(),
  };
}
