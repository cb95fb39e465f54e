/**
 * Vitest global setup for every package whose tests touch the database: first drops what
 * interrupted runs left behind (temporary cache files, test databases of dead processes), then
 * makes sure the migrated PGlite dump and the demo one are cached (initdb in WASM, the
 * migrations and the demo load cost seconds to tens of seconds, so they run once, not per test
 * file) and, when DATABASE_URL is set, that the migrated and demo template databases exist on
 * that server. Nothing is written to the system temp folder, and
 * nothing needs cleaning at the end: the cache is kept for the next run, and each test database
 * is dropped by the test that made it (or swept by the next run if this one is killed).
 */
import type { TestProject } from "vitest/node";
import { readDbEnv } from "../env.ts";
import { demoPgliteDump, migratedPgliteDump, sweepCacheDir } from "./cache.ts";
import "./provided.ts";
import { ensureTemplate, sweepServer } from "./server.ts";

export default async function setup(project: TestProject) {
  sweepCacheDir();
  project.provide("pgliteDumpPath", await migratedPgliteDump());
  // built here, where no hook timeout applies, rather than in the first test's beforeAll
  await demoPgliteDump();
  const url = readDbEnv().DATABASE_URL;
  let template: string | null = null;
  if (url) {
    const dropped = await sweepServer(url);
    if (dropped.length) console.log(`dropped ${dropped.length} test databases left by interrupted runs`);
    template = await ensureTemplate(url, "migrated");
    await ensureTemplate(url, "demo");
  }
  project.provide("pgTemplateDatabase", template);
}
