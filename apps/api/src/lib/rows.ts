/**
 * Reading the rows of a raw SQL statement (`db.execute(sql…)`) the same way on both engines:
 * postgres.js answers an array of rows, PGlite `{ rows }`; bigint and numeric columns arrive as
 * strings (postgres.js) or numbers (PGlite). Shared by every module that runs raw SQL.
 */

/** The rows of a raw query, from either driver's result shape (postgres.js: an array; PGlite: { rows }). */
export function toRows(result: unknown): Record<string, unknown>[] {
  const rows = Array.isArray(result) ? result : (result as { rows?: unknown[] }).rows;
  return (rows ?? []) as Record<string, unknown>[];
}

/** A column as a number, null and absent read as 0 (bigint/numeric strings converted). */
export function num(v: unknown): number {
  if (v === null || v === undefined) return 0;
  return typeof v === "number" ? v : Number(v);
}

/** A column as a number that may be null (null and absent stay null). */
export function numOrNull(v: unknown): number | null {
  return v === null || v === undefined ? null : Number(v);
}
