/**
 * What of an unexpected error may be written to the log. A database error's message carries
 * personal data: Drizzle's `Failed query: … params: 张三,1985-03-02,…`, PostgreSQL's
 * `Key (id_hash)=(…) already exists` detail, or `invalid input syntax for type date: "…"`.
 * The log keeps what a developer needs to find the fault and nothing typed by a user:
 * - `type`: the error's class name (DrizzleQueryError, PostgresError, TypeError …);
 * - `code`: a driver or SQLSTATE code (23505, CONNECTION_CLOSED …), when there is one;
 * - `constraint`, `table`, `column`, `routine`: PostgreSQL's names, never values;
 * - `query`: the SQL text Drizzle sent, whose values are parameters (the parameters are dropped);
 * - `stack`: the stack frames only (the first line of a stack repeats the message);
 * - `cause`: the same, for the error it wraps.
 * Errors that are bugs in our own code (no database involved) keep their message: it is ours.
 */

/** The log-safe description of `error` (see the module comment). */
export function loggableError(error: unknown, depth = 0): Record<string, unknown> {
  if (!error || typeof error !== "object") return { type: typeof error };
  const e = error as Record<string, unknown> & { name?: unknown; stack?: unknown; cause?: unknown };
  const fromDatabase = isDatabaseError(e);
  const out: Record<string, unknown> = { type: e.constructor?.name ?? e.name ?? "Error" };
  if (typeof e.code === "string") out.code = e.code;
  // postgres.js names them constraint_name …, PGlite (node-postgres style) constraint …
  for (const key of ["constraint", "table", "column", "routine"] as const) {
    const value = e[`${key}_name`] ?? e[key];
    if (typeof value === "string") out[key] = value;
  }
  if (typeof e.query === "string") out.query = e.query;
  if (!fromDatabase && typeof e.message === "string") out.message = e.message;
  if (typeof e.stack === "string") out.stack = stackFrames(e.stack);
  if (e.cause && depth < 4) out.cause = loggableError(e.cause, depth + 1);
  return out;
}

/**
 * Whether the error came from the database or its driver: Drizzle's query error (it has the
 * statement and its parameters), PostgreSQL's (a five-character SQLSTATE, or its severity
 * field) or PGlite's.
 */
function isDatabaseError(e: Record<string, unknown>): boolean {
  return (
    "params" in e ||
    "severity" in e ||
    (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) ||
    (e.cause !== undefined && typeof e.cause === "object" && e.cause !== null && "severity" in e.cause)
  );
}

/** The `at …` lines of a stack, without its first line(s), which repeat the message. */
function stackFrames(stack: string): string {
  return stack
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .join("\n");
}
