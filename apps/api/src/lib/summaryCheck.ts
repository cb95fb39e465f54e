/**
 * Checking and repairing a trigger-maintained summary table (issue 15: 名册汇总
 * `staff_school_year_summary`, 年报汇总 `school_report_summary`), one way for every summary:
 * - compare the stored rows with a full recomputation, by key ({@link findSummaryDifferences});
 * - find the installed trigger functions whose text is not the current generated one
 *   ({@link findStaleFunctions}, by the functions' name prefix); both at once: {@link checkSummary};
 * - install the current functions and rebuild every row under a SHARE lock on the source table
 *   ({@link rebuildSummary}).
 * Each summary file (modules/indicators/measures/staffSummary.ts, reportSummary.ts) passes its
 * own SQL, keys and functions as a {@link SummaryTable}. Used by `pnpm admin check-summaries
 * [--repair]` and the summaries' tests: these read the whole source table, an operator's command
 * and a test's, not a request's.
 */
import type { Db } from "@edu2035/db";
import { sql } from "drizzle-orm";
import { toRows } from "./rows.ts";
import { type SummaryFunction, summaryFunctionsSql } from "./summaryTriggers.ts";

/** What the check and the repair need to know of one summary table. */
export interface SummaryTable {
  /** The summary table, e.g. `staff_school_year_summary`. */
  table: string;
  /** The table its rows are computed from, locked in SHARE mode while rebuilding, e.g. `staff`. */
  source: string;
  /** The key columns (SQL names) of a summary row, in order, e.g. `school_id`, `school_year`. */
  keys: readonly string[];
  /** The value columns (SQL names): integers, a missing row reading as zeros. */
  columns: readonly string[];
  /** SQL select of every row recomputed from `source`: the key columns, then the value columns. */
  recomputed: string;
  /** The trigger functions with their current text. */
  functions: readonly SummaryFunction[];
  /** The prefix of the trigger functions' names, e.g. `staff_summary_`. */
  functionPrefix: string;
}

/** A summary row that differs from the recomputation. */
export interface RowDifference {
  /** The row's key values, in the order of {@link SummaryTable.keys} (as the driver returns them). */
  key: unknown[];
  /** The differing columns: SQL name → [recomputed, stored]. */
  values: Record<string, [number, number]>;
}

/**
 * Every row whose stored values differ from the recomputation (a missing row counts as zeros, a
 * row of zeros as missing), ordered by key.
 */
export async function findSummaryDifferences(db: Db, t: SummaryTable): Promise<RowDifference[]> {
  const differs = t.columns.map((c) => `coalesce(r.${c}, 0) <> coalesce(s.${c}, 0)`).join(" or ");
  const pairs = t.columns
    .map((c) => `coalesce(r.${c}, 0) as r_${c}, coalesce(s.${c}, 0) as s_${c}`)
    .join(", ");
  const keys = t.keys.map((k) => `coalesce(r.${k}, s.${k}) as ${k}`).join(", ");
  const on = t.keys.map((k) => `s.${k} = r.${k}`).join(" and ");
  const order = t.keys.map((_, i) => i + 1).join(", ");
  const rows = toRows(
    await db.execute(
      sql.raw(`with r as (${t.recomputed})
      select ${keys}, ${pairs}
      from r full join ${t.table} s on ${on}
      where ${differs}
      order by ${order}`),
    ),
  );
  return rows.map((row) => {
    const values: Record<string, [number, number]> = {};
    for (const c of t.columns) {
      const [r, s] = [Number(row[`r_${c}`]), Number(row[`s_${c}`])];
      if (r !== s) values[c] = [r, s];
    }
    return { key: t.keys.map((k) => row[k]), values };
  });
}

/** The names of the summary's trigger functions that are missing or whose installed text is not the current one. */
export async function findStaleFunctions(db: Db, t: SummaryTable): Promise<string[]> {
  const installed = new Map(
    toRows(
      await db.execute(
        sql`select proname, prosrc from pg_proc where proname like ${`${t.functionPrefix}%`} and pronamespace = current_schema()::regnamespace`,
      ),
    ).map((r) => [String(r.proname), String(r.prosrc)]),
  );
  return t.functions.filter((f) => installed.get(f.name) !== f.body).map((f) => f.name);
}

/**
 * The whole check of a summary: its stale trigger functions ({@link findStaleFunctions}) and its
 * differing rows ({@link findSummaryDifferences}), each shaped by `difference` as the summary
 * names its key and values.
 */
export async function checkSummary<D>(
  db: Db,
  t: SummaryTable,
  difference: (d: RowDifference) => D,
): Promise<{ staleFunctions: string[]; differences: D[] }> {
  const differences = (await findSummaryDifferences(db, t)).map(difference);
  return { staleFunctions: await findStaleFunctions(db, t), differences };
}

/**
 * The repair: installs the current trigger functions and rebuilds every summary row from the
 * source, in one transaction holding the source in SHARE mode (its writes wait, reads go on).
 * @returns the number of summary rows written.
 */
export async function rebuildSummary(db: Db, t: SummaryTable): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw(`lock table ${t.source} in share mode`));
    for (const statement of summaryFunctionsSql(t.functions)) await tx.execute(sql.raw(statement));
    await tx.execute(sql.raw(`delete from ${t.table}`));
    await tx.execute(
      sql.raw(`insert into ${t.table} (${[...t.keys, ...t.columns].join(", ")}) ${t.recomputed}`),
    );
    const [row] = toRows(await tx.execute(sql.raw(`select count(*) as n from ${t.table}`)));
    return Number(row?.n ?? 0);
  });
}
