/**
 * Many rows into one table with a handful of statements (the 花名册 import's people, staff and
 * audit rows, and the Wuhai demo's load; issue 15). Drizzle's insert builder renders one bind parameter per value and
 * checks each one's kind: for a 3,000-row roster that was ~0.5 s of CPU and as much again in
 * garbage collection, 7–9× a bare multi-row INSERT of the same rows. Here the rows travel as ONE
 * jsonb parameter per statement, expanded by PostgreSQL's `jsonb_to_recordset` into the table's
 * columns, so no statement comes near PostgreSQL's limit of 65,535 bind parameters and the
 * builder does no work per row.
 *
 *   insert into "people" ("id", "name", …)
 *     select "id", "name", … from jsonb_to_recordset($1::jsonb) as r("id" uuid, "name" text, …)
 *
 * Columns: those of the table whose key any row gives (camelCase keys, snake_case columns: the
 * `casing` of createDb); a column no row gives gets its default; a row without a key another
 * row gives stores null there. Values as JSON: Date → ISO 8601 text (timestamptz reads it),
 * objects of a jsonb column as they are, booleans and numbers as themselves. Nothing is returned:
 * give the ids in the rows (randomUUID) when the caller needs them.
 */

import { getTableColumns, getTableName, sql } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db, Tx } from "./client.ts";

/** Rows per statement: bounds one statement's text (≈ 0.3 KB a staff row as JSON), not a parameter count. */
export const BULK_INSERT_CHUNK = 5000;

/** A column's name in SQL: its explicit name, or its key in snake_case (createDb's casing). */
function columnName(key: string, column: { name: string; keyAsName: boolean }): string {
  return column.keyAsName ? toSnakeCase(key) : column.name;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

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
  const names = columns.map(([key, c]) => quoted(columnName(key, c)));
  const list = names.join(", ");
  const definitions = columns.map(([, c], i) => `${names[i]} ${c.getSQLType()}`).join(", ");
  // jsonb_to_recordset reads each object's keys by the column names of the record definition
  const renamed = columns.map(([key, c]) => [key, columnName(key, c)] as const);
  for (let i = 0; i < rows.length; i += BULK_INSERT_CHUNK) {
    const part = rows.slice(i, i + BULK_INSERT_CHUNK).map((r) => {
      const o: Record<string, unknown> = {};
      for (const [key, name] of renamed) o[name] = (r as Record<string, unknown>)[key] ?? null;
      return o;
    });
    await db.execute(
      sql`insert into ${sql.raw(quoted(getTableName(table)))} (${sql.raw(list)}) select ${sql.raw(list)}
        from jsonb_to_recordset(${JSON.stringify(part)}::jsonb) as r(${sql.raw(definitions)})`,
    );
  }
}
