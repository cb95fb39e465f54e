/**
 * Many rows into one table with a handful of statements (the 花名册 import's people and staff
 * rows, audit rows, published results, and the Wuhai demo's load; issue 15). Drizzle's insert
 * builder renders one bind parameter per value and checks each one's kind: for a 3,000-row roster
 * that was ~0.5 s of CPU and as much again in garbage collection, 7–9× a bare multi-row INSERT of
 * the same rows. Here each column travels as ONE parameter, a PostgreSQL array literal, and
 * `unnest` turns the arrays back into rows, so no statement comes near PostgreSQL's limit of
 * 65,535 bind parameters and the builder does no work per row:
 *
 *   insert into "people" ("id", "name", …)
 *     select * from unnest($1::text::uuid[], $2::text::text[], …)
 *
 * (The rows were one jsonb parameter through `jsonb_to_recordset` before: every row's keys
 * written, sent and parsed again as jsonb. Measured 2026-12-06 at load 14–23: a 3,000-row 花名册
 * import's people and staff statements took 43 + 104 ms of the API's CPU, now 28 + 52; the demo's
 * districts, schools, people and staff (~48,000 rows) into PGlite 4.5 s of CPU, now 3.6 s.)
 *
 * Columns: those of the table whose key any row gives (camelCase keys, snake_case columns: the
 * `casing` of createDb); a column no row gives gets its default; a row without a key another
 * row gives stores null there. Values: null/undefined → NULL; text as is; numbers and booleans
 * as themselves; Date → ISO 8601 text (timestamptz and date read it); any other object (a jsonb
 * column's value) → its JSON. Nothing is returned: give the ids in the rows (randomUUID) when the
 * caller needs them. Not for columns of an array type (unnest would flatten them; no table has one).
 */

import { getTableColumns, getTableName, sql } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db, Tx } from "./client.ts";

/** Rows per statement: bounds one statement's text (≈ 0.2 KB a staff row), not a parameter count. */
export const BULK_INSERT_CHUNK = 5000;

/** A column's name in SQL: its explicit name, or its key in snake_case (createDb's casing). */
function columnName(key: string, column: { name: string; keyAsName: boolean }): string {
  return column.keyAsName ? toSnakeCase(key) : column.name;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

const NEEDS_ESCAPE = /[\\"]/;
const ESCAPED = /[\\"]/g;

/**
 * One value as an element of a PostgreSQL array literal: NULL, a number or boolean bare, any
 * other value double-quoted with `\` and `"` escaped (array_in's rules; quoted, commas, braces,
 * spaces and the word NULL are plain text). `json`: the element of a json/jsonb column, always
 * the value's JSON (a string or boolean value stays a JSON string or boolean).
 */
export function arrayElement(v: unknown, json = false): string {
  if (v === null || v === undefined) return "NULL";
  let s: string;
  if (json) s = JSON.stringify(v);
  else if (typeof v === "number" || typeof v === "bigint") return String(v);
  else if (typeof v === "boolean") return v ? "t" : "f";
  else s = typeof v === "string" ? v : v instanceof Date ? v.toISOString() : JSON.stringify(v);
  return NEEDS_ESCAPE.test(s) ? `"${s.replace(ESCAPED, "\\$&")}"` : `"${s}"`;
}

/**
 * Insert `rows` into `table` in the caller's transaction, {@link BULK_INSERT_CHUNK} rows a
 * statement; nothing for an empty list. A constraint violation fails the statement (and the
 * caller's transaction) as any insert does.
 */
export async function bulkInsert<T extends PgTable>(
  db: Db | Tx,
  table: T,
  rows: readonly T["$inferInsert"][],
): Promise<void> {
  if (!rows.length) return;
  const given = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r as object)) given.add(k);
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => given.has(key));
  const list = columns.map(([key, c]) => quoted(columnName(key, c))).join(", ");
  const target = sql.raw(`insert into ${quoted(getTableName(table))} (${list}) select * from unnest(`);
  for (let i = 0; i < rows.length; i += BULK_INSERT_CHUNK) {
    const part = rows.slice(i, i + BULK_INSERT_CHUNK) as readonly Record<string, unknown>[];
    // one array literal per column: '{"…","…",NULL,…}', cast from text so that no driver
    // serialises it as an array of its own
    const arrays = columns.map(([key, c], n) => {
      const type = c.getSQLType();
      const json = type === "json" || type === "jsonb";
      let literal = "{";
      for (let r = 0; r < part.length; r++) {
        if (r) literal += ",";
        literal += arrayElement(part[r]![key], json);
      }
      return sql`${sql.raw(n ? ", " : "")}${`${literal}}`}::text::${sql.raw(type)}[]`;
    });
    await db.execute(sql`${target}${sql.join(arrays)})`);
  }
}
