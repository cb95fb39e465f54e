/**
 * Test databases for vitest: every database test runs once on PGlite and, when DATABASE_URL
 * is set, once more on that PostgreSQL server. Each test file gets its own fresh, migrated
 * database: a PGlite loaded from the dump made in global setup, or a PostgreSQL database
 * copied from the migrated template (CREATE DATABASE … TEMPLATE), dropped on close.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { inject } from "vitest";
import { createDb, type DbHandle } from "../client.ts";
import "./provided.ts";
import { adminUrl, databaseUrlFor } from "./urls.ts";

export { type ClusterOptions, clusterAvailable, type PgCluster, startCluster } from "./cluster.ts";
/** A primary and its streaming standby for replica tests (see replica.ts). */
export { type ReplicaPair, replicaAvailable, startReplicaPair } from "./replica.ts";

/** One engine the database tests run on. */
export interface TestBackend {
  name: "pglite" | "postgres";
  /** A fresh migrated database; `close()` also drops it on PostgreSQL. */
  open(): Promise<DbHandle>;
}

/** The engines to run database tests on: PGlite always, PostgreSQL when DATABASE_URL is set. */
export function testBackends(): TestBackend[] {
  const backends: TestBackend[] = [{ name: "pglite", open: openPglite }];
  const template = inject("pgTemplateDatabase");
  const url = process.env.DATABASE_URL;
  if (url && template) backends.push({ name: "postgres", open: () => openPostgres(url, template) });
  return backends;
}

async function openPglite(): Promise<DbHandle> {
  const dump = readFileSync(inject("pgliteDumpPath"));
  const pg = new PGlite({ loadDataDir: new Blob([dump]) });
  return createDb({ pglite: pg });
}

async function openPostgres(url: string, template: string): Promise<DbHandle> {
  const name = `edu2035_t_${randomBytes(5).toString("hex")}`;
  const admin = postgres(adminUrl(url), { max: 1, onnotice: () => {} });
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.unsafe(`create database "${name}" template "${template}"`);
      break;
    } catch (e) {
      // two files copying the template at the same instant: PostgreSQL refuses one; retry
      if (attempt >= 20) throw e;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  await admin.end();
  const handle = await createDb({ url: databaseUrlFor(url, name), maxConnections: 5 });
  return {
    ...handle,
    async close() {
      await handle.close();
      const a = postgres(adminUrl(url), { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists "${name}" with (force)`);
      await a.end();
    },
  };
}
