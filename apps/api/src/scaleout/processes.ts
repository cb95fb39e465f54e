/**
 * Helpers for the scale-out tests: real API processes (`node --import tsx src/main.ts`, the
 * entry point a server runs) on a PostgreSQL database, and throwaway databases on the server
 * of DATABASE_URL. The processes stay in the test's process group (an interrupted run's Ctrl-C
 * reaches them too), and any still running when the test process exits are killed then.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import postgres from "postgres";

/** The API package folder (cwd of the child processes). */
const API_DIR = fileURLToPath(new URL("../..", import.meta.url));

/** API processes started and not yet exited: killed at the latest when this process exits. */
const running = new Set<ChildProcess>();
let exitHook = false;

/** A port free on 127.0.0.1 right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** A running API child process. */
export interface ApiProcess {
  /** GraphQL endpoint, e.g. http://127.0.0.1:41234/graphql */
  url: string;
  child: ChildProcess;
  /** What the process wrote to stdout and stderr so far (for failure messages). */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when it exited. */
  kill(graceMs?: number): Promise<void>;
}

/**
 * Start `src/main.ts` as a child process with `env` as its whole environment, plus LOG_LEVEL
 * silent and a free API_PORT unless given. Does not wait for it to listen: see
 * {@link waitUntilServing}.
 */
export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const port = env.API_PORT ? Number(env.API_PORT) : await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: API_DIR,
    // only what the API reads: not the test run's own DATABASE_URL or NODE_ENV
    env: { LOG_LEVEL: "silent", API_PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  child.once("exit", () => running.delete(child));
  if (!exitHook) {
    exitHook = true;
    process.once("exit", () => {
      for (const c of running) c.kill("SIGKILL");
    });
  }
  let out = "";
  child.stdout?.on("data", (d) => {
    out += String(d);
  });
  child.stderr?.on("data", (d) => {
    out += String(d);
  });
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
  const signal = (sig: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
  };
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    child,
    output: () => out,
    async kill(graceMs = 5_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signal("SIGTERM");
      const timer = setTimeout(() => signal("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Wait until the process answers GraphQL (`{ health { ok } }`).
 * @throws when the process exits first or `timeoutMs` passes, with its output.
 */
export async function waitUntilServing(api: ApiProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (api.child.exitCode !== null || api.child.signalCode !== null) {
      throw new Error(`API process exited (${api.child.exitCode ?? api.child.signalCode}):\n${api.output()}`);
    }
    try {
      const res = await fetch(api.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ health { ok } }" }),
      });
      if (res.ok) {
        const body = (await res.json()) as { data?: { health?: { ok?: boolean } } };
        if (body.data?.health?.ok) return;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`API process not serving after ${timeoutMs} ms:\n${api.output()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * Create an empty database (no migrations) on the server of `url`, named
 * `edu2035_t_scaleout_<pid>_<random>`; `drop()` removes it, closing its connections.
 */
export async function createEmptyDatabase(
  url: string,
): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `edu2035_t_scaleout_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  return {
    name,
    url: withDatabase(url, name),
    async drop() {
      const a = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await a.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await a.end({ timeout: 5 });
      }
    },
  };
}
