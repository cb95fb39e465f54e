/**
 * Membership in a long list of texts as ONE bind parameter (issue 15): `inArray(column, values)`
 * renders a parameter per value, and for the 3,000–10,000 身份证号 hashes and names of a 花名册
 * import Drizzle's builder spent ~0.1 s of CPU (and its garbage) per statement on them. Here the
 * list travels as a jsonb array, expanded by PostgreSQL:
 *
 *   "people"."id_number_hash" in (select jsonb_array_elements_text($1::jsonb))
 *
 * Same answer as `inArray` (an empty list matches nothing; nulls never match).
 */
import { type AnyColumn, type SQL, sql } from "drizzle-orm";

/** `column in (values…)` with the values as one jsonb parameter. */
export function inTextList(column: AnyColumn | SQL, values: readonly string[]): SQL {
  return sql`${column} in (select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
}
