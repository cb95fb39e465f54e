/**
 * The API as a real child process, as a server runs it, for the tests that need a process of
 * their own (a crash seen as a crash, SIGTERM, several processes on one database, the built
 * bundle): a source script (`src/main.ts`, `src/cli/admin.ts`, `src/dev.ts`) is bundled with
 * `pnpm build`'s own bundler (bundle.mjs) once per test file, into `.data/test-cache/api-bundle-<pid>/`
 * (removed when the test process exits), and run with plain node: the sources as they are now,
 * started in about half the time tsx takes to compile them on a busy machine; a built script
 * (`dist/main.js`, `dist/admin.js`) runs as it is.
 *
 * - The child gets `env` as its whole environment (nothing of the test run's own, such as its
 *   DATABASE_URL or NODE_ENV), plus LOG_LEVEL warn and a free loopback API_PORT unless given.
 * - Its stdout and stderr are captured for failure messages; {@link waitUntilServing} polls
 *   `/ready` until it serves; `stop()` sends SIGTERM, then SIGKILL after a grace period.
 * - The processes stay in the test's process group (an interrupted run's Ctrl-C reaches them
 *   too), and any still running when the test process exits are killed then.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, until } from "@edu2035/db/testing";
import { bundleApi } from "../../bundle.mjs";

/** The API package folder: the child's working directory, and what a relative `script` is in. */
const API_DIR = fileURLToPath(new URL("../..", import.meta.url));

/** Where this test process's bundles go: `<repo>/.data/test-cache/api-bundle-<pid>/`. */
const CACHE_DIR = fileURLToPath(new URL("../../../../.data/test-cache/", import.meta.url));
const BUNDLE_DIR = join(CACHE_DIR, `api-bundle-${process.pid}`);

/** The source scripts a test may start, bundled together on first use: entry name → source path. */
const SOURCE_SCRIPTS: Record<string, string> = {
  "src/main.ts": "main",
  "src/cli/admin.ts": "admin",
  "src/dev.ts": "dev",
};

let bundling: Promise<void> | undefined;

/**
 * The bundle of a source script (building all of SOURCE_SCRIPTS on the first call of this test
 * process; bundles of processes gone for over two hours are deleted then), or the script itself
 * when it is not one of them (a built `dist/…` script, or an unknown .ts run through tsx).
 */
async function runnable(script: string): Promise<{ file: string; tsx: boolean }> {
  const entry = SOURCE_SCRIPTS[script];
  if (!entry) return { file: script, tsx: script.endsWith(".ts") };
  bundling ??= (async () => {
    sweepBundles();
    await bundleApi({
      entryPoints: Object.fromEntries(
        Object.entries(SOURCE_SCRIPTS).map(([src, name]) => [name, join(API_DIR, src)]),
      ),
      outdir: BUNDLE_DIR,
      sourcemap: false,
    });
    process.once("exit", () => rmSync(BUNDLE_DIR, { recursive: true, force: true }));
  })();
  await bundling;
  return { file: join(BUNDLE_DIR, `${entry}.js`), tsx: false };
}

/** Delete the bundle folders of other test processes untouched for two hours (a killed run's). */
function sweepBundles(): void {
  let names: string[] = [];
  try {
    names = readdirSync(CACHE_DIR);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(CACHE_DIR, name);
    if (!/^api-bundle-\d+$/.test(name) || path === BUNDLE_DIR) continue;
    const mtime = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (Date.now() - mtime > 2 * 3_600_000) rmSync(path, { recursive: true, force: true });
  }
}

/** Child processes started and not yet exited: killed at the latest when this process exits. */
const running = new Set<ChildProcess>();
let exitHook = false;

/** Options of {@link startApiProcess}. */
export interface ApiProcessOptions {
  /**
   * The script, relative to the API package folder or absolute: `src/main.ts` (the default;
   * TypeScript, run through tsx) or a built one, `dist/main.js` or `dist/admin.js` (plain node;
   * `pnpm build` first).
   */
  script?: string;
  /** Arguments after the script (e.g. `create-city-admin --password-stdin`). */
  args?: string[];
  /** The child's whole environment, over the defaults LOG_LEVEL=warn and a free API_PORT. */
  env: Record<string, string>;
  /** Written to the child's stdin, which is then closed (default: no stdin). */
  stdin?: string;
  /**
   * Resolve only once it serves ({@link waitUntilServing}); a process that exits first or does
   * not serve within `timeoutMs` is stopped, and the error carries its output. Default: resolve
   * as soon as it is started.
   */
  wait?: boolean;
  /** How long `wait` waits (default 120 s: the machine may be busy). */
  timeoutMs?: number;
}

/** How a child process ended: its exit code, or the signal that ended it. */
export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A running (or exited) API child process. */
export interface ApiProcess {
  /** http://127.0.0.1:<API_PORT> */
  origin: string;
  /** The GraphQL endpoint, `<origin>/graphql`. */
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code (null when a signal ended it) once the process has exited. */
  exited: Promise<number | null>;
  /** How the process ended, or null while it runs. */
  exitStatus(): ExitStatus | null;
  /** Whether the process has exited. */
  hasExited(): boolean;
  /** Everything the process wrote to stdout and stderr so far (for failure messages). */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs` (default 15 s); resolves once the process is gone. */
  stop(graceMs?: number): Promise<void>;
}

/** Start `options.script` (default `src/main.ts`) as a child process; see {@link ApiProcessOptions}. */
export async function startApiProcess(options: ApiProcessOptions): Promise<ApiProcess> {
  const script = await runnable(options.script ?? "src/main.ts");
  const port = options.env.API_PORT ? Number(options.env.API_PORT) : await freePort();
  const child = spawn(
    process.execPath,
    [...(script.tsx ? ["--import", "tsx"] : []), script.file, ...(options.args ?? [])],
    {
      cwd: API_DIR,
      env: { LOG_LEVEL: "warn", API_PORT: String(port), ...options.env },
      stdio: [options.stdin === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    },
  );
  running.add(child);
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
  if (options.stdin !== undefined) child.stdin?.end(options.stdin);
  let status: ExitStatus | null = null;
  const exited = new Promise<number | null>((resolve) => {
    child.once("exit", (code, signal) => {
      status = { code, signal };
      running.delete(child);
      resolve(code);
    });
  });
  const origin = `http://127.0.0.1:${port}`;
  const api: ApiProcess = {
    origin,
    url: `${origin}/graphql`,
    child,
    exited,
    exitStatus: () => status,
    hasExited: () => status !== null,
    output: () => out,
    async stop(graceMs = 15_000) {
      if (status) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => {
        if (!status) child.kill("SIGKILL");
      }, graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
  if (options.wait) {
    try {
      await waitUntilServing(api, options.timeoutMs);
    } catch (e) {
      await api.stop(1000);
      throw e;
    }
  }
  return api;
}

/**
 * Wait until the process serves: `GET /ready` answers 200 (it listens, the database answers and
 * has exactly the committed migrations).
 * @throws when the process exits first or `timeoutMs` (default 120 s) passes, with its output.
 */
export async function waitUntilServing(api: ApiProcess, timeoutMs = 120_000): Promise<void> {
  await until(
    async () => {
      const status = api.exitStatus();
      if (status)
        throw new Error(`the API exited (${JSON.stringify(status)}) before serving:\n${api.output()}`);
      const res = await fetch(`${api.origin}/ready`).catch(() => null);
      await res?.arrayBuffer();
      return res?.status === 200;
    },
    timeoutMs,
    () => `the API did not serve within ${timeoutMs} ms:\n${api.output()}`,
    250,
  );
}
