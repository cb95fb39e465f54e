/**
 * The demo's bulk load with the summaries' triggers off and {@link rebuildSummaries} once at its
 * end (what `pnpm start`'s first start does, dev.ts) against the same demo loaded with the
 * triggers maintaining every summary statement by statement (the test cache's demo database,
 * loadDemoData without the option), on PGlite and PostgreSQL:
 * - every row of 名册汇总, 年报汇总 and the four district rollups is the same (all columns but
 *   the rollups' surrogate `id`; the triggers compact each key to one row within the load's
 *   transaction, the rebuild writes one row per key);
 * - `check-summaries`' checks (staff, report summary, rollups) find no difference and no stale
 *   trigger function;
 * - the foreign keys dropped for the load are back as a migrated database has them;
 * - the 28 triggers are enabled again after the load (staff 4, school_report_grades 4,
 *   registers 4, school_reports 4, school_report_summary 3, staff_school_year_summary 4,
 *   schools 5: rollup_school_insert, rollup_school_move, rollup_school_delete,
 *   rollup_schools_truncate, staff_summary_school_type), so later writes keep the summaries.
 */
import type { DbHandle } from "@edu2035/db";
import { loadDemoData } from "@edu2035/db/demo";
import { testBackends } from "@edu2035/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toRows } from "../../../lib/rows.ts";
import { checkRollups } from "./districtRollup.ts";
import { checkReportSummary } from "./reportSummary.ts";
import { checkStaffSummary } from "./staffSummary.ts";
import { rebuildSummaries } from "./summaries.ts";

/** The summaries' tables, each with its columns but `id`. */
const SUMMARY_TABLES = [
  "staff_school_year_summary",
  "school_report_summary",
  "school_open_count",
  "staff_district_year_rollup",
  "report_district_year_rollup",
  "quality_district_year_rollup",
];

/** Every row of `table` but its `id` column, as text, ordered by all its columns. */
async function rowsOf(h: DbHandle, table: string): Promise<string[]> {
  const columns = toRows(
    await h.db.execute(
      sql`select column_name from information_schema.columns where table_schema = current_schema() and table_name = ${table} and column_name <> 'id' order by ordinal_position`,
    ),
  ).map((r) => `"${String(r.column_name)}"`);
  const rows = toRows(
    await h.db.execute(
      sql.raw(`select row(${columns.join(", ")})::text as line from ${table} order by ${columns.join(", ")}`),
    ),
  );
  return rows.map((r) => String(r.line));
}

describe.each(testBackends())("the demo loaded with the summaries rebuilt once, on $name", (backend) => {
  let bulk: DbHandle;
  let triggered: DbHandle;

  beforeAll(async () => {
    [bulk, triggered] = await Promise.all([backend.open(), backend.openDemo()]);
    await loadDemoData(bulk.db, { rebuildSummaries });
  }, 600_000);
  afterAll(async () => {
    await Promise.all([bulk?.close(), triggered?.close()]);
  });

  it("writes every summary and rollup row the triggers write", async () => {
    for (const table of SUMMARY_TABLES) {
      const [ours, theirs] = await Promise.all([rowsOf(bulk, table), rowsOf(triggered, table)]);
      expect(ours.length, table).toBeGreaterThan(0);
      expect(ours, table).toEqual(theirs);
    }
  });

  it("passes check-summaries: no difference, no stale function", async () => {
    expect(await checkStaffSummary(bulk.db)).toEqual({ staleFunctions: [], differences: [] });
    expect(await checkReportSummary(bulk.db)).toEqual({ staleFunctions: [], differences: [] });
    expect(await checkRollups(bulk.db)).toEqual({ staleFunctions: [], differences: [] });
  });

  it("leaves the foreign keys as the migrations made them (dropped for the load, added back)", async () => {
    const keysOf = async (h: DbHandle) =>
      toRows(
        await h.db.execute(
          sql`select conrelid::regclass::text as tbl, conname, pg_get_constraintdef(oid) as def, convalidated from pg_constraint where contype = 'f' order by 1, 2`,
        ),
      );
    const fresh = await backend.open();
    try {
      const [ours, migrated] = await Promise.all([keysOf(bulk), keysOf(fresh)]);
      expect(ours).toHaveLength(45); // 43 `references` and 2 composite `foreignKey`s in the schema
      expect(ours).toEqual(migrated);
    } finally {
      await fresh.close();
    }
  });

  it("leaves the 28 triggers enabled", async () => {
    const [row] = toRows(
      await bulk.db.execute(
        sql`select count(*)::int as n, count(*) filter (where tgenabled = 'O')::int as enabled from pg_trigger where not tgisinternal`,
      ),
    );
    expect(row).toEqual({ n: 28, enabled: 28 });
  });
});
