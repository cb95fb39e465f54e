/**
 * Test databases for vitest: every database test runs once on PGlite and, when DATABASE_URL
 * is set, once more on that PostgreSQL server. Each test file gets its own fresh database,
 * migrated and empty (`open`) or with the Wuhai demo data (`openDemo`): a PGlite loaded from a
 * cached dump, or a PostgreSQL database copied from a cached template (CREATE DATABASE …
 * TEMPLATE) and dropped on close. The dumps and templates are built once and shared by every
 * package and run (see `cache.ts`, `server.ts`).
 */
import { inject } from "vitest";
import { createDb, type DbHandle } from "../client.ts";
import type { DemoSummary } from "../demo/index.ts";
import { readDbEnv } from "../env.ts";
import { demoPgliteDump, pgliteFromDump } from "./cache.ts";
import "./provided.ts";
import { openFromTemplate } from "./server.ts";

/** The test cache (see cache.ts), for caches of other packages built on the demo database. */
export { cachedFile, cacheKey, demoPgliteDump, pgliteFromDump } from "./cache.ts";
/** A private PostgreSQL cluster for fault and replica tests (see cluster.ts). */
export { type ClusterOptions, clusterAvailable, type PgCluster, startCluster } from "./cluster.ts";
/** A free loopback port for a server or child process a test starts (see ports.ts). */
export { freePort } from "./ports.ts";
/** A primary and its streaming standby for replica tests (see replica.ts). */
export { type ReplicaPair, replicaAvailable, startReplicaPair } from "./replica.ts";
/**
 * A throwaway database on the server of DATABASE_URL, named so the next run's sweep drops it if
 * this run is killed (see server.ts).
 */
export { createThrowawayDatabase, type ThrowawayDatabase } from "./server.ts";
/** Polling with a deadline instead of sleeps (see until.ts). */
export { until } from "./until.ts";

/** A database with the full Wuhai demo data (default seed, scale 1), and what was loaded. */
export interface DemoDbHandle extends DbHandle {
  summary: DemoSummary;
}

/** One engine the database tests run on. */
export interface TestBackend {
  name: "pglite" | "postgres";
  /** A fresh migrated, empty database; `close()` also drops it on PostgreSQL. */
  open(): Promise<DbHandle>;
  /**
   * A fresh database with the demo data already loaded (a clone: seconds instead of the tens
   * of seconds loadDemoData takes); `close()` also drops it on PostgreSQL.
   */
  openDemo(): Promise<DemoDbHandle>;
}

/** The engines to run database tests on: PGlite always, PostgreSQL when DATABASE_URL is set. */
export function testBackends(): TestBackend[] {
  const backends: TestBackend[] = [
    {
      name: "pglite",
      open: () => createDb({ pglite: pgliteFromDump(inject("pgliteDumpPath")) }),
      openDemo: openDemoPglite,
    },
  ];
  const url = readDbEnv().DATABASE_URL;
  if (url && inject("pgTemplateDatabase")) {
    backends.push({
      name: "postgres",
      open: () => openFromTemplate(url, "migrated"),
      async openDemo() {
        const [handle, dump] = await Promise.all([openFromTemplate(url, "demo"), demoPgliteDump()]);
        return { ...handle, summary: dump.summary };
      },
    });
  }
  return backends;
}

/**
 * A fresh in-memory PGlite with the Wuhai demo data: a clone of the cached demo dump, built
 * on first use (also outside vitest's global setup, e.g. for the API's browser-test server).
 */
export async function openDemoPglite(): Promise<DemoDbHandle> {
  const dump = await demoPgliteDump();
  const handle = await createDb({ pglite: pgliteFromDump(dump.path) });
  return { ...handle, summary: dump.summary };
}

/** The db package's environment (DATABASE_URL …), for tests that must not read process.env themselves. */
export { type DbEnv, readDbEnv } from "../env.ts";
