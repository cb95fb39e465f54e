/**
 * Helpers for the fault tests: the API as a real child process (`node --import tsx src/main.ts`,
 * what a server runs), so that a crash is seen as a crash; throwaway databases on a server;
 * polling with deadlines instead of sleeps.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { hostname } from "node:os";
import { fileURLToPath } from "node:url";
import { createDb } from "@edu2035/db";
import postgres from "postgres";
import { loadSmallCity, type SmallCity } from "../fixtures/smallCity.ts";
import { type GraphQLResponse, gql } from "../testing.ts";

/** The API package folder (cwd of the child process). */
const API_DIR = fileURLToPath(new URL("../..", import.meta.url));

/** A running API child process. */
export interface ApiChild {
  /** The GraphQL endpoint, http://127.0.0.1:<port>/graphql. */
  url: string;
  /** How the process ended ({ code, signal }), or null while it runs. */
  exited(): { code: number | null; signal: NodeJS.Signals | null } | null;
  /** Everything the process wrote to stdout and stderr (for failure messages). */
  output(): string;
  /** SIGTERM, SIGKILL after `graceMs`; resolves once the process is gone. */
  stop(graceMs?: number): Promise<void>;
}

/** A loopback port free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Start the API on `databaseUrl` (already migrated and seeded) and wait, up to `timeoutMs`,
 * until it answers GraphQL. Throws with the process output if it exits or never answers.
 */
export async function startApiChild(databaseUrl: string, timeoutMs = 120_000): Promise<ApiChild> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: API_DIR,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      API_PORT: String(port),
      API_HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      ID_HASH_KEY: "edu2035-fault-test-key",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  child.stdout?.on("data", (d) => {
    out += String(d);
  });
  child.stderr?.on("data", (d) => {
    out += String(d);
  });
  const gone = new Promise<void>((resolve) => {
    child.once("exit", (code, signal) => {
      exit = { code, signal };
      resolve();
    });
  });
  const api: ApiChild = {
    url: `http://127.0.0.1:${port}/graphql`,
    exited: () => exit,
    output: () => out,
    async stop(graceMs = 15_000) {
      if (exit) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await gone;
      clearTimeout(timer);
    },
  };
  try {
    await until(
      async () => {
        if (exit) throw new Error(`the API exited (${JSON.stringify(exit)}) before serving:\n${out}`);
        const r = await gql(api.url, "{ __typename }").catch(() => null);
        return r?.data?.__typename === "Query";
      },
      timeoutMs,
      () => `the API did not answer within ${timeoutMs} ms:\n${out}`,
    );
  } catch (e) {
    await api.stop(1000);
    throw e;
  }
  return api;
}

/**
 * Call `check` every `intervalMs` until it returns true; throws `message()` after `timeoutMs`.
 * `check` may throw to stop early.
 */
export async function until(
  check: () => Promise<boolean>,
  timeoutMs: number,
  message: () => string,
  intervalMs = 100,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(message());
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** The first error's code, message and `extensions.retryable` of a GraphQL response. */
export function firstError(r: GraphQLResponse) {
  const e = r.errors?.[0];
  const ext = (e?.extensions ?? {}) as { code?: string; retryable?: boolean };
  return { code: ext.code, retryable: ext.retryable, message: e?.message };
}

/** A throwaway database on a server: its URL, the small city's ids, and how to drop it. */
export interface SeededDatabase {
  url: string;
  /** The small city's ids (empty when not seeded). */
  ids: SmallCity;
  drop(): Promise<void>;
}

/**
 * Create a fresh database on the server of `serverUrl`, migrate it and (unless `seed` is
 * false) load the small city (fixtures/smallCity.ts) into it. Named like the test databases
 * of `@edu2035/db/testing` (`edu2035_t_<host>_<pid>_<random>`, host: 6 hex characters of the
 * host name's SHA-256), so the next run's sweep drops it if this run is killed before `drop()`.
 */
export async function seededDatabase(serverUrl: string, seed = true): Promise<SeededDatabase> {
  const host = createHash("sha256").update(hostname()).digest("hex").slice(0, 6);
  const name = `edu2035_t_${host}_${process.pid}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const drop = async () => {
    const a = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await a.unsafe(`drop database if exists "${name}" with (force)`);
    await a.end();
  };
  try {
    const h = await createDb({ url, maxConnections: 2 });
    try {
      await h.migrate();
      const ids = seed ? await loadSmallCity(h.db) : ({} as SmallCity);
      return { url, ids, drop };
    } finally {
      await h.close();
    }
  } catch (e) {
    await drop();
    throw e;
  }
}
