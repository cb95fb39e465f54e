/**
 * The committed migrated database (prebuilt.ts, `pnpm start`'s first start) against the
 * migrations: it exists for the migrations as they are (fails after a migration is added or
 * changed until `pnpm --filter @edu2035/db prebuilt` is run and its folder committed), nothing
 * else is left in its folder, and once opened it is the database the migrations build — the
 * same tables, columns, constraints, indexes, functions and triggers as the test cache's freshly
 * migrated one, with every migration recorded (drizzle's migrate then applies none). PGlite only.
 */
import { existsSync, readdirSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, MIGRATIONS_FOLDER } from "./client.ts";
import { REPO_ROOT } from "./env.ts";
import { openPrebuiltMigrated, PREBUILT_DIR, prebuiltPath } from "./prebuilt.ts";
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

  it("is committed for the migrations as they are, alone in its folder", () => {
    const path = prebuiltPath();
    expect(
      existsSync(path),
      `${basename(path)} is missing: run pnpm --filter @edu2035/db prebuilt and commit packages/db/prebuilt`,
    ).toBe(true);
    expect(readdirSync(PREBUILT_DIR)).toEqual([basename(path)]);
  });

  it("opens as the database the migrations build, every migration recorded", async () => {
    const prebuilt = openPrebuiltMigrated(join(DIR, "pglite"));
    expect(prebuilt).not.toBeNull();
    const fresh = pgliteFromDump(await migratedPgliteDump());
    try {
      const journal = JSON.parse(
        await readFile(join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8"),
      ) as {
        entries: unknown[];
      };
      const { rows } = await prebuilt!.query<{ n: number }>(
        "select count(*)::int as n from drizzle.__drizzle_migrations",
      );
      expect(rows[0]?.n).toBe(journal.entries.length);
      const [mine, theirs] = [await schemaOf(prebuilt!), await schemaOf(fresh)];
      expect(mine.length).toBeGreaterThan(100);
      expect(mine).toEqual(theirs);
      // and drizzle's migrate finds nothing to do
      const handle = await createDb({ pglite: prebuilt! });
      await handle.migrate();
      expect(
        (await prebuilt!.query<{ n: number }>("select count(*)::int as n from drizzle.__drizzle_migrations"))
          .rows[0]?.n,
      ).toBe(journal.entries.length);
    } finally {
      await Promise.all([prebuilt?.close(), fresh.close()]);
    }
  });
});
