/**
 * Count the SQL statements a database handle sends (tests that check a request's statement count
 * is flat in schools or years). Drizzle hands every statement of a session to its logger; this
 * replaces the logger of the handle's sessions (`db` and `readDb`) with one that records the
 * statements while recording is on. Test-only: it reaches into Drizzle's session object, which
 * the handle does not expose otherwise.
 */
import type { DbHandle } from "@edu2035/db";

/** What {@link recordStatements} gives: run `work` and get the statements it sent. */
export interface StatementRecorder {
  /** The statements sent while `work` ran (its own and any others' on the handle meanwhile). */
  during(work: () => Promise<unknown>): Promise<string[]>;
}

/** Start recording the statements of `handle` (see the module comment). */
export function recordStatements(handle: DbHandle): StatementRecorder {
  let recording: string[] | null = null;
  const logger = { logQuery: (query: string) => recording?.push(query) };
  for (const db of new Set([handle.db, handle.readDb])) {
    const session = (db as unknown as { session?: { logger?: unknown } }).session;
    if (!session || !("logger" in session)) throw new Error("recordStatements: no Drizzle session logger");
    session.logger = logger;
  }
  return {
    async during(work) {
      recording = [];
      try {
        await work();
        return recording;
      } finally {
        recording = null;
      }
    },
  };
}
