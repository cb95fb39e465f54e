/**
 * Empty databases for tests of an operator's command (`pnpm admin …`, src/cli/admin.ts run as a
 * child process): a PGlite folder under the system temp folder and, with DATABASE_URL, a
 * throwaway PostgreSQL database. Each hands the command its environment and the test a way to
 * open the same database and to drop it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type DbHandle } from "@edu2035/db";
import { createThrowawayDatabase, readDbEnv } from "@edu2035/db/testing";

/** One empty database, set up. */
export interface CommandDatabase {
  /** The command's environment pointing at it (PGLITE_DIR or DATABASE_URL). */
  env: Record<string, string>;
  /** Open it in the test (not migrated by this). */
  open(): Promise<DbHandle>;
  /** Remove it. */
  tearDown(): Promise<void>;
}

/** An engine to run a command's test on (`describe.each(commandTargets(…))("… on $name")`). */
export interface CommandTarget {
  name: "pglite" | "postgres";
  setUp(): Promise<CommandDatabase>;
}

/**
 * PGlite (a new folder named `<prefix>XXXXXX` in the temp folder) and, when DATABASE_URL is set,
 * PostgreSQL (a throwaway database on that server, opened with one connection).
 */
export function commandTargets(prefix: string): CommandTarget[] {
  const url = readDbEnv().DATABASE_URL;
  const pglite: CommandTarget = {
    name: "pglite",
    async setUp() {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      return {
        env: { PGLITE_DIR: dir },
        open: () => createDb({ dataDir: dir }),
        tearDown: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  };
  if (!url) return [pglite];
  const postgres: CommandTarget = {
    name: "postgres",
    async setUp() {
      const db = await createThrowawayDatabase(url);
      return {
        env: { DATABASE_URL: db.url },
        open: () => createDb({ url: db.url, maxConnections: 1 }),
        tearDown: () => db.drop(),
      };
    },
  };
  return [pglite, postgres];
}
