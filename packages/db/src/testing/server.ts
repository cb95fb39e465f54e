/**
 * Test databases on the PostgreSQL server of DATABASE_URL (the role needs CREATEDB):
 *
 * - `edu2035_cache_migrated_<key>` and `edu2035_cache_demo_<key>`: templates, migrated and with
 *   the Wuhai demo data, built once per {@link cacheKey} under an advisory lock (several
 *   packages' runs start together) and kept for later runs; a template of another key is
 *   dropped two hours after it was built.
 * - `edu2035_t_<host>_<pid>_<random>`: one test file's database, copied from a template and
 *   dropped when the test closes it, or a throwaway database a process test makes
 *   ({@link createThrowawayDatabase}) and drops. `edu2035_build_<host>_<pid>_<random>`: a template being
 *   built, renamed when complete. A run that is killed leaves these behind; the next run drops
 *   those whose process is dead on this host and that nobody is connected to
 *   ({@link sweepServer}), never a live run's.
 */
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { createDb, type DbHandle } from "../client.ts";
import { loadDemoData } from "../demo/index.ts";
import { cacheKey } from "./cache.ts";
import { hostTag, mayBeLive } from "./owner.ts";
import { adminUrl, databaseUrlFor } from "./urls.ts";

/** Which cached template. */
export type TemplateKind = "migrated" | "demo";

/** The name of a cached template database on the server. */
export function templateName(kind: TemplateKind): string {
  return `edu2035_cache_${kind}_${cacheKey()}`;
}

/** A new database name owned by this process: `edu2035_<prefix>_<host>_<pid>_<random>`. */
function ownedName(prefix: "t" | "build"): string {
  return `edu2035_${prefix}_${hostTag()}_${process.pid}_${randomBytes(3).toString("hex")}`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A short-lived admin connection (one connection, notices ignored). */
function admin(url: string) {
  return postgres(adminUrl(url), { max: 1, onnotice: () => {} });
}

/**
 * Run a DDL statement that PostgreSQL refuses while another session is connected to the
 * database it copies or renames (55006, e.g. a pool that is still closing, or two test files
 * copying the template at the same instant): retried for up to a minute.
 */
async function retryWhileBusy(run: () => Promise<unknown>): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await run();
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== "55006" || Date.now() > deadline) throw e;
      await sleep(100 + Math.random() * 300);
    }
  }
}

/** Whether a database exists on the server. */
async function exists(sql: postgres.Sql, name: string): Promise<boolean> {
  const rows = await sql`select 1 from pg_database where datname = ${name}`;
  return rows.length > 0;
}

/**
 * The name of the template `kind` on the server of `url`, built first when missing: the
 * migrated one by running the migrations, the demo one as a copy of the migrated one with the
 * demo data loaded. Builders wait for each other on an advisory lock.
 */
export async function ensureTemplate(url: string, kind: TemplateKind): Promise<string> {
  const name = templateName(kind);
  const sql = admin(url);
  try {
    if (await exists(sql, name)) return name;
    const source = kind === "demo" ? await ensureTemplate(url, "migrated") : null;
    const lockKey = Number.parseInt(cacheKey().slice(0, 8), 16) ^ (kind === "demo" ? 1 : 2);
    await sql`select pg_advisory_lock(2035, ${lockKey | 0})`;
    try {
      if (await exists(sql, name)) return name;
      const build = ownedName("build");
      await retryWhileBusy(() =>
        sql.unsafe(source ? `create database "${build}" template "${source}"` : `create database "${build}"`),
      );
      const handle = await createDb({ url: databaseUrlFor(url, build), maxConnections: 1 });
      try {
        if (kind === "demo") await loadDemoData(handle.db);
        else await handle.migrate();
      } finally {
        await handle.close();
      }
      await retryWhileBusy(() => sql.unsafe(`alter database "${build}" rename to "${name}"`));
      await sql.unsafe(
        `comment on database "${name}" is 'edu2035 test template, built ${new Date().toISOString()}'`,
      );
    } finally {
      await sql`select pg_advisory_unlock(2035, ${lockKey | 0})`;
    }
    return name;
  } finally {
    await sql.end();
  }
}

/** A throwaway database on a PostgreSQL server (see {@link createThrowawayDatabase}). */
export interface ThrowawayDatabase {
  /** `edu2035_t_<host>_<pid>_<random>`. */
  name: string;
  /** The server's URL with this database. */
  url: string;
  /** Drop it, closing its sessions (`with (force)`); safe to call twice. */
  drop(): Promise<void>;
}

/**
 * Create a database on the server of `serverUrl` (the role needs CREATEDB), owned by this
 * process: named like every test database (`edu2035_t_<host>_<pid>_<random>`), so the next
 * run's sweep ({@link sweepServer}) drops it if this run is killed before `drop()`. Empty (no
 * migrations) unless `template` names a database to copy.
 */
export async function createThrowawayDatabase(
  serverUrl: string,
  template?: string,
): Promise<ThrowawayDatabase> {
  const name = ownedName("t");
  const sql = admin(serverUrl);
  try {
    await retryWhileBusy(() =>
      sql.unsafe(template ? `create database "${name}" template "${template}"` : `create database "${name}"`),
    );
  } finally {
    await sql.end();
  }
  return {
    name,
    url: databaseUrlFor(serverUrl, name),
    async drop() {
      const a = admin(serverUrl);
      try {
        await a.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await a.end();
      }
    },
  };
}

/** A fresh copy of template `kind`, owned by this process; `close()` drops it. */
export async function openFromTemplate(url: string, kind: TemplateKind): Promise<DbHandle> {
  const database = await createThrowawayDatabase(url, await ensureTemplate(url, kind));
  const handle = await createDb({ url: database.url, maxConnections: 5 });
  return {
    ...handle,
    async close() {
      await handle.close();
      await database.drop();
    },
  };
}

/**
 * Drop what interrupted runs left on the server: test and build databases of a dead process
 * of this host with no session connected, and templates of another cache key built more than
 * two hours ago with no session connected. Returns the names dropped. Failures to drop (a session
 * connected meanwhile) are ignored: the database is then not stale.
 */
export async function sweepServer(url: string): Promise<string[]> {
  const sql = admin(url);
  const dropped: string[] = [];
  try {
    const rows = await sql<{ name: string; comment: string | null; sessions: number }[]>`
      select d.datname as name, shobj_description(d.oid, 'pg_database') as comment,
        (select count(*)::int from pg_stat_activity a where a.datid = d.oid) as sessions
      from pg_database d where d.datname like 'edu2035\\_%'`;
    for (const { name, comment, sessions } of rows) {
      if (sessions > 0) continue;
      const owned = /^edu2035_(?:t|build)_([0-9a-f]{6})_(\d+)_[0-9a-f]+$/.exec(name);
      const template = /^edu2035_cache_(?:migrated|demo)_([0-9a-f]{16})$/.exec(name);
      const built = /built (\S+)/.exec(comment ?? "")?.[1];
      const stale = owned
        ? !mayBeLive(`${owned[1]}-${owned[2]}`)
        : template
          ? template[1] !== cacheKey() &&
            built !== undefined &&
            Date.now() - Date.parse(built) > 2 * 3_600_000
          : false;
      if (!stale) continue;
      try {
        await sql.unsafe(`drop database if exists "${name}"`);
        dropped.push(name);
      } catch {
        // someone connected meanwhile: not stale after all
      }
    }
  } finally {
    await sql.end();
  }
  return dropped;
}
