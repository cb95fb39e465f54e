/**
 * A private, throwaway PostgreSQL cluster (服务器实例) for tests that must stop, restart or
 * replicate a server, which the shared CI server must never be. `startCluster()` initdb's a
 * cluster in a fresh mkdtemp folder, starts it on a free loopback port with trust
 * authentication, and hands back its URL and `stop()` / `start()` / `restart()` / `destroy()`.
 *
 * - Binaries: the newest /usr/lib/postgresql/<version>/bin with initdb and pg_ctl (Debian's
 *   layout); `clusterAvailable()` says whether there is one, and why not, so tests can
 *   `describe.skipIf` with the reason in their title.
 * - As root, every server command runs as the `postgres` OS user (`runuser -u postgres --`),
 *   which owns the folder; PostgreSQL refuses to run as root.
 * - Defaults are replica-ready: wal_level=replica, max_wal_senders=10, hot_standby=on and a
 *   `host replication all 127.0.0.1/32 trust` line; `basebackupFrom` makes the cluster a
 *   streaming standby of another server (pg_basebackup -R) instead of running initdb.
 * - Clean-up: `destroy()` stops the server (immediate) and removes the folder. A process exit
 *   handler does the same for every cluster still alive. A run killed before either (SIGKILL,
 *   or SIGTERM from turbo when another task failed) leaves its folder with an `owner` file
 *   (`<host>-<pid>`, see owner.ts); the next `startCluster()` stops and removes the clusters
 *   of dead processes of this host.
 */
import { execFile, execFileSync } from "node:child_process";
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mayBeLive, processTag } from "./owner.ts";
import { freePort } from "./ports.ts";

/** Options of `startCluster`. */
export interface ClusterOptions {
  /** Extra postgresql.conf lines, appended after the defaults (later lines win). */
  conf?: string[];
  /** Extra pg_hba.conf lines, appended after initdb's trust lines. */
  hba?: string[];
  /**
   * A server URL to copy with `pg_basebackup -R -X stream` instead of running initdb: the new
   * cluster starts as a hot standby streaming from that server (which must allow replication
   * from 127.0.0.1, as clusters from this helper do).
   */
  basebackupFrom?: string;
  /** Seconds `pg_ctl` waits for a start or stop (default 120: the machine may be busy). */
  timeoutSeconds?: number;
}

/** A running (or stopped) private cluster. */
export interface PgCluster {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` (trust auth, no password). */
  url: string;
  port: number;
  /** The mkdtemp folder: `data/` (PGDATA), `server.log`, and the Unix socket. */
  dir: string;
  dataDir: string;
  /** Whether the server was started and not stopped since, as far as this helper knows. */
  readonly running: boolean;
  /** The same server URL with another database. */
  urlFor(database: string): string;
  /** Start a stopped server on the same port; waits until it accepts connections. */
  start(): Promise<void>;
  /** Stop the server (`fast`: disconnect clients, roll back; `immediate`: no shutdown checkpoint). */
  stop(mode?: "fast" | "immediate"): Promise<void>;
  /** Stop (fast) and start again on the same port. */
  restart(): Promise<void>;
  /** Stop (immediate) if running and remove the folder. Safe to call twice. */
  destroy(): Promise<void>;
  /** The server log so far (for a failing test's message). */
  log(): string;
  /** Run one of the server's binaries (e.g. "psql", "pg_basebackup") as the folder's owner. */
  run(binary: string, args: string[]): Promise<string>;
}

/** Whether private clusters can be made here, and why not. */
export function clusterAvailable(): { ok: true; binDir: string } | { ok: false; reason: string } {
  const binDir = findBinDir();
  if (!binDir) return { ok: false, reason: "no PostgreSQL server binaries in /usr/lib/postgresql/*/bin" };
  if (isRoot() && !ownerIds()) return { ok: false, reason: "running as root without a `postgres` OS user" };
  return { ok: true, binDir };
}

/** Alive clusters, stopped and removed at process exit if a test did not. */
const alive = new Set<{ dataDir: string; dir: string; binDir: string; running: boolean }>();
let exitHook = false;

/** Create a cluster in a fresh temporary folder and start it on a free loopback port. */
export async function startCluster(options: ClusterOptions = {}): Promise<PgCluster> {
  const avail = clusterAvailable();
  if (!avail.ok) throw new Error(`cannot start a PostgreSQL cluster: ${avail.reason}`);
  const binDir = avail.binDir;
  const timeout = options.timeoutSeconds ?? 120;
  sweepClusters(binDir);
  const dir = mkdtempSync(join(tmpdir(), PREFIX));
  writeFileSync(join(dir, "owner"), processTag());
  const dataDir = join(dir, "data");
  const state = { dataDir, dir, binDir, running: false };
  alive.add(state);
  if (!exitHook) {
    exitHook = true;
    process.once("exit", () => {
      for (const s of alive) cleanupSync(s);
    });
  }
  const owner = ownerIds();
  if (owner) chownSync(dir, owner.uid, owner.gid);

  const run = (binary: string, args: string[]) => runAsOwner(join(binDir, binary), args);
  const port = await freePort();
  try {
    if (options.basebackupFrom) {
      await run("pg_basebackup", [
        "-D",
        dataDir,
        "-R",
        "-X",
        "stream",
        "-c",
        "fast",
        "-d",
        options.basebackupFrom,
      ]);
      // the copy brings the primary's settings; only port and socket differ
      await appendFile(
        join(dataDir, "postgresql.conf"),
        `\n${ownConf(port, dir, options.conf).join("\n")}\n`,
      );
    } else {
      await run("initdb", [
        "-D",
        dataDir,
        "-U",
        "postgres",
        "-A",
        "trust",
        "-E",
        "UTF8",
        "--locale=C",
        "--no-sync",
      ]);
      await appendFile(
        join(dataDir, "postgresql.conf"),
        `\n${[...REPLICA_READY, ...ownConf(port, dir, options.conf)].join("\n")}\n`,
      );
      await appendFile(
        join(dataDir, "pg_hba.conf"),
        `\n${["host replication all 127.0.0.1/32 trust", ...(options.hba ?? [])].join("\n")}\n`,
      );
    }
    // written by root: make sure the owner can still read the files
    if (owner) execFileSync("chown", ["-R", `${owner.uid}:${owner.gid}`, dir]);
  } catch (e) {
    await removeDir(state);
    throw e;
  }

  const logFile = join(dir, "server.log");
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const cluster: PgCluster = {
    url,
    port,
    dir,
    dataDir,
    get running() {
      return state.running;
    },
    urlFor(database) {
      const u = new URL(url);
      u.pathname = `/${database}`;
      return u.toString();
    },
    async start() {
      if (state.running) return;
      try {
        await run("pg_ctl", ["-D", dataDir, "-l", logFile, "-w", "-t", String(timeout), "start"]);
      } catch (e) {
        throw new Error(`PostgreSQL cluster did not start: ${(e as Error).message}\n${cluster.log()}`);
      }
      state.running = true;
    },
    async stop(mode = "fast") {
      if (!state.running) return;
      await run("pg_ctl", ["-D", dataDir, "-m", mode, "-w", "-t", String(timeout), "stop"]);
      state.running = false;
    },
    async restart() {
      await cluster.stop("fast");
      await cluster.start();
    },
    async destroy() {
      if (state.running) await cluster.stop("immediate").catch(() => cleanupSync(state));
      await removeDir(state);
    },
    log() {
      try {
        return execFileSync("tail", ["-n", "40", logFile], { encoding: "utf8" });
      } catch {
        return "(no server log)";
      }
    },
    run,
  };
  try {
    await cluster.start();
  } catch (e) {
    await cluster.destroy();
    throw e;
  }
  return cluster;
}

/** Name prefix of the cluster folders in the system temp folder. */
const PREFIX = "edu2035-pgcluster-";

/**
 * Stop and remove the clusters that killed runs left behind: folders whose `owner` names a
 * dead process of this host. Folders of live processes, of other hosts, or without an owner
 * file (still being created) are left alone.
 */
function sweepClusters(binDir: string): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir()).filter((n) => n.startsWith(PREFIX));
  } catch {
    return;
  }
  for (const name of names) {
    const dir = join(tmpdir(), name);
    let owner: string;
    try {
      owner = readFileSync(join(dir, "owner"), "utf8");
    } catch {
      continue;
    }
    if (!mayBeLive(owner)) cleanupSync({ dataDir: join(dir, "data"), dir, binDir, running: true });
  }
}

/** Settings every cluster gets: loopback only, its own port and socket folder, fast and quiet. */
function ownConf(port: number, dir: string, extra: string[] = []): string[] {
  return [
    "listen_addresses = '127.0.0.1'",
    `port = ${port}`,
    `unix_socket_directories = '${dir}'`,
    "fsync = off",
    "synchronous_commit = off",
    "full_page_writes = off",
    "max_connections = 50",
    "shared_buffers = 32MB",
    ...extra,
  ];
}

/** A primary that a standby can stream from (harmless without one). */
const REPLICA_READY = [
  "wal_level = replica",
  "max_wal_senders = 10",
  "hot_standby = on",
  "wal_keep_size = 64MB",
];

function findBinDir(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "initdb")) && existsSync(join(root, v, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], "bin") : null;
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/** The `postgres` OS user's ids when running as root (PostgreSQL refuses root), else null. */
function ownerIds(): { uid: number; gid: number } | null {
  if (!isRoot()) return null;
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : null;
  } catch {
    return null;
  }
}

/** Run a command as the cluster folder's owner; rejects with its stderr on a non-zero exit. */
function runAsOwner(command: string, args: string[]): Promise<string> {
  const [file, argv] = isRoot() ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    // cwd: a folder the postgres user can enter (it cannot enter root's current directory)
    execFile(file as string, argv as string[], { cwd: tmpdir(), encoding: "utf8" }, (err, stdout, stderr) => {
      if (err)
        reject(new Error(`${command.split("/").pop()} ${args.join(" ")} failed: ${stderr || err.message}`));
      else resolve(stdout);
    });
  });
}

async function removeDir(state: { dir: string }): Promise<void> {
  rmSync(state.dir, { recursive: true, force: true });
  for (const s of alive) if (s.dir === state.dir) alive.delete(s);
}

/** Synchronous last-resort clean-up (process exit): immediate stop, then remove the folder. */
function cleanupSync(s: { dataDir: string; dir: string; binDir: string; running: boolean }): void {
  try {
    if (existsSync(join(s.dataDir, "postmaster.pid"))) {
      const cmd = join(s.binDir, "pg_ctl");
      const args = ["-D", s.dataDir, "-m", "immediate", "-w", "-t", "30", "stop"];
      if (isRoot())
        execFileSync("runuser", ["-u", "postgres", "--", cmd, ...args], { cwd: tmpdir(), stdio: "ignore" });
      else execFileSync(cmd, args, { cwd: tmpdir(), stdio: "ignore" });
    }
  } catch {
    // already stopped
  }
  s.running = false;
  rmSync(s.dir, { recursive: true, force: true });
}
