/**
 * The committed migrated database (prebuilt.ts, `pnpm start`'s first start) against the
 * migrations: it exists for the migrations as they are (fails after a migration is added or
 * changed until `pnpm --filter @edu2035/db prebuilt` is run and its folder committed), nothing
 * else is left in its folder, and once opened it is the database the migrations build — the
 * same tables, columns, constraints, indexes, functions and triggers as the test cache's freshly
 * migrated one, once drizzle's migrate applied the migrations added since it was built (none when
 * it is current; what `pnpm start` does with one left behind). PGlite only.
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "./client.ts";
import { REPO_ROOT } from "./env.ts";
import {
  currentManifest,
  openPrebuiltMigrated,
  PREBUILT_DIR,
  PREBUILT_MANIFEST,
  type PrebuiltManifest,
  prebuiltState,
} from "./prebuilt.ts";
import { migratedPgliteDump, pgliteFromDump } from "./testing/cache.ts";

/** Scratch folder of this run under the git-ignored .data/ (never the system temp folder). */
const DIR = join(REPO_ROOT, ".data", `prebuilt-test-${process.pid}`);

/** The schema as rows of text, ordered: what two databases must share to be the same build. */
async function schemaOf(pg: PGlite): Promise<string[]> {
  const { rows } = await pg.query<{ line: string }>(`
    select 'column ' || table_schema || '.' || table_name || '.' || column_name || ' ' || data_type
      || ' ' || is_nullable || ' ' || coalesce(column_default, '-') as line
      from information_schema.columns where table_schema in ('public', 'drizzle')
    union all
    select 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
      from pg_constraint where connamespace = 'public'::regnamespace
    union all
    select 'index ' || indexdef from pg_indexes where schemaname in ('public', 'drizzle')
    union all
    select 'function ' || p.oid::regprocedure || ' ' || md5(pg_get_functiondef(p.oid))
      from pg_proc p where p.pronamespace = 'public'::regnamespace
    union all
    select 'trigger ' || tgrelid::regclass || ' ' || tgname || ' ' || md5(pg_get_triggerdef(oid))
      from pg_trigger where not tgisinternal
    order by 1`);
  return rows.map((r) => r.line);
}

describe("the prebuilt migrated PGlite database", () => {
  afterAll(() => rmSync(DIR, { recursive: true, force: true }));

  it("is committed for the migrations as they are", () => {
    expect(
      prebuiltState(),
      "packages/db/prebuilt is stale: run pnpm --filter @edu2035/db prebuilt and commit the folder",
    ).toBe("current");
    const built = JSON.parse(readFileSync(PREBUILT_MANIFEST, "utf8")) as PrebuiltManifest;
    expect(built).toEqual(currentManifest());
    expect(readdirSync(PREBUILT_DIR).sort()).toEqual(["pglite-migrated.json", "pglite-migrated.tar.br"]);
  });

  it("opens as the database the migrations build, once drizzle's migrate applied those added since", async () => {
    const built = JSON.parse(readFileSync(PREBUILT_MANIFEST, "utf8")) as PrebuiltManifest;
    const prebuilt = openPrebuiltMigrated(join(DIR, "pglite"));
    expect(prebuilt).not.toBeNull();
    const fresh = pgliteFromDump(await migratedPgliteDump());
    const recorded = async () =>
      (await prebuilt!.query<{ n: number }>("select count(*)::int as n from drizzle.__drizzle_migrations"))
        .rows[0]?.n;
    try {
      expect(await recorded()).toBe(built.migrations.length); // what its manifest says it holds
      await (await createDb({ pglite: prebuilt! })).migrate();
      expect(await recorded()).toBe(currentManifest().migrations.length);
      const [mine, theirs] = [await schemaOf(prebuilt!), await schemaOf(fresh)];
      expect(mine.length).toBeGreaterThan(100);
      expect(mine).toEqual(theirs);
    } finally {
      await Promise.all([prebuilt?.close(), fresh.close()]);
    }
  });
});
