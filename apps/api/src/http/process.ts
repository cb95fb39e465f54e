/**
 * The API process, shared by `main.ts` (production: `pnpm serve`, `node apps/api/dist/main.js`)
 * and `dev.ts` (`pnpm start`): read the environment (refusing unsafe production settings),
 * open the database, run the migrations (under an advisory lock on PostgreSQL, so processes
 * starting together do not race), refuse an ID_HASH_KEY other than the one the database's
 * 身份证号 hashes were made with, optionally load the demo, listen, and shut down gracefully.
 *
 * Shutdown on SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish, close
 * the database, exit 0. A second signal, or SHUTDOWN_GRACE_MS without finishing, exits 1.
 */
import type { CreateDbOptions, DbHandle } from "@edu2035/db";
import { createDb } from "@edu2035/db";
import type { Logger } from "pino";
import type { AppDeps } from "../context.ts";
import { isDatabaseUnavailable } from "../dbErrors.ts";
import { type Env, readEnv } from "../env.ts";
import { loggableError } from "../graphql/errorLog.ts";
import { ensureIdHashKey, IdHashKeyMismatch } from "../modules/staff/idHashKey.ts";
import { startApi } from "../server.ts";
import { processLogger } from "./log.ts";

/** Longest wait for in-flight requests on shutdown before giving up (ms): nginx's proxy_read_timeout (deploy/nginx-edu2035.conf), so a restart never cuts a request the proxy would still wait for. */
export const SHUTDOWN_GRACE_MS = 120_000;

/** How the process starts. */
export interface ProcessOptions {
  /** False for the demo (`pnpm start`): NODE_ENV=production is refused before anything is opened. */
  productionAllowed: boolean;
  /**
   * Without DATABASE_URL, before the database is opened: the PGlite to open instead of a plain
   * one on PGLITE_DIR, e.g. a new PGLITE_DIR loaded from a ready-made dump (dev's first start);
   * undefined → PGLITE_DIR as it is.
   */
  openPglite?(env: Env, log: Logger): Promise<CreateDbOptions["pglite"]>;
  /** Before serving, with the migrated database: e.g. load the demo into an empty one (dev only). */
  prepare?(handle: DbHandle, log: Logger, env: Env): Promise<void>;
  /** Serve the built apps and the chooser page (production) or only the API (dev). */
  apps: boolean;
  /** Lines printed once listening, after the API's address. */
  banner(env: Env, apiUrl: string, handle: DbHandle): string[];
}

/** Read the environment, or print why not and exit 1 (the message names the variable). */
function envOrExit(): Env {
  try {
    return readEnv();
  } catch (e) {
    console.error(`edu2035: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}

/**
 * One line saying why the process could not start, for the operator (and systemd's journal):
 * the database unreachable or refusing, the port taken, or the error's own message when it is
 * ours. Never the DATABASE_URL's password, nor a database error's values.
 */
function startupFailure(error: unknown, env: Env): string {
  const e = error as { code?: unknown; message?: unknown };
  if (e?.code === "EADDRINUSE")
    return `端口已被占用 (API_HOST:API_PORT ${env.API_HOST}:${env.API_PORT} is already in use)`;
  if (isDatabaseUnavailable(error) || e?.code === "3D000" || e?.code === "28P01" || e?.code === "28000") {
    const where = env.DATABASE_URL ? new URL(env.DATABASE_URL) : null;
    const target = where ? `${where.hostname}:${where.port || 5432}${where.pathname}` : env.PGLITE_DIR;
    const code = typeof e?.code === "string" ? e.code : JSON.stringify(loggableError(error).cause ?? {});
    return `无法连接数据库 ${target} (cannot reach the database named in DATABASE_URL: ${code})`;
  }
  return typeof e?.message === "string" && !("params" in (error as object))
    ? e.message
    : JSON.stringify(loggableError(error));
}

/**
 * Refuse an ID_HASH_KEY other than the one this database's 身份证号 hashes were made with
 * (recorded at the first start, see ensureIdHashKey): print why and exit 1, like envOrExit.
 */
async function idHashKeyOrExit(handle: DbHandle, key: string): Promise<void> {
  try {
    await ensureIdHashKey(handle.db, key);
  } catch (e) {
    if (!(e instanceof IdHashKeyMismatch)) throw e;
    console.error(`edu2035: ${e.message}`);
    await handle.close().catch(() => {});
    process.exit(1);
  }
}

/** Run the API process until a signal stops it. */
export async function runApiProcess(options: ProcessOptions): Promise<void> {
  const env = envOrExit();
  if (env.NODE_ENV === "production" && !options.productionAllowed) {
    console.error(
      "edu2035: pnpm start 是演示环境，不能以 NODE_ENV=production 运行 (pnpm start is the demo; production runs pnpm build && pnpm serve)",
    );
    process.exit(1);
  }
  // asynchronous, flushed on exit: no synchronous write to stdout on the request path (log.ts)
  const log = processLogger(env);
  let handle: DbHandle | undefined;
  let api: Awaited<ReturnType<typeof startApi>>;
  try {
    // reads that may lag (dashboards, lists) go to DATABASE_REPLICA_URL when set (handle.readDb)
    handle = await createDb(
      env.DATABASE_URL
        ? { url: env.DATABASE_URL, replicaUrl: env.DATABASE_REPLICA_URL }
        : { dataDir: env.PGLITE_DIR, pglite: await options.openPglite?.(env, log) },
    );
    await handle.migrate();
    await idHashKeyOrExit(handle, env.ID_HASH_KEY);
    await options.prepare?.(handle, log, env);
    const deps: AppDeps = { db: handle.db, readDb: handle.readDb, dbKind: handle.kind, env, log };
    api = await startApi(deps, env.API_PORT, env.API_HOST, { apps: options.apps });
  } catch (e) {
    console.error(`edu2035: 启动失败 (start failed): ${startupFailure(e, env)}`);
    await handle?.close().catch(() => {});
    process.exit(1);
  }
  const opened = handle;
  console.log(options.banner(env, api.url, opened).join("\n"));

  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, "second signal: exiting without waiting");
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, "shutting down: finishing in-flight requests");
    const timer = setTimeout(() => {
      log.error({ graceMs: SHUTDOWN_GRACE_MS }, "in-flight requests did not finish in time; exiting");
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    timer.unref();
    try {
      await api.stop();
      await opened.close();
      log.info("stopped");
      process.exit(0);
    } catch (e) {
      log.error({ error: loggableError(e) }, "shutdown failed");
      process.exit(1);
    }
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, (s) => void shutdown(s));
}
