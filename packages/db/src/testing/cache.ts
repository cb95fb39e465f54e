/**
 * Databases the tests build once and then clone, cached across packages and runs:
 *
 * - PGlite: tar dumps of a migrated database and of one with the Wuhai demo data, under
 *   `<repo>/.data/test-cache/` (git-ignored), named by {@link cacheKey}: a hash of the
 *   migrations, the schema, the demo generator, the domain package and the PGlite version.
 *   A change to any of those builds new dumps; dumps of other keys are deleted two hours later.
 * - PostgreSQL (DATABASE_URL): template databases `edu2035_cache_migrated_<key>` and
 *   `edu2035_cache_demo_<key>` on that server, which test databases are copied from.
 *
 * Building is serialised (a lock file for the dumps, an advisory lock on the server), so the
 * packages that turbo tests at the same time build each database once. A build is written
 * under a temporary name and renamed when complete, so an interrupted build leaves nothing
 * that looks finished; what it does leave is named after its process (host and pid) and
 * swept by a later run once that process is dead (see `sweep.ts`).
 */
import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { createDb } from "../client.ts";
import { type DemoSummary, loadDemoData } from "../demo/index.ts";
import { REPO_ROOT } from "../env.ts";
import { mayBeLive, processTag } from "./owner.ts";
import { unpackTar } from "./tar.ts";

/** Folder of the cached PGlite dumps (absolute). */
export const CACHE_DIR = join(REPO_ROOT, ".data", "test-cache");

/** What the cached databases are built from, relative to the repository root. */
const KEY_SOURCES = [
  "packages/db/migrations",
  "packages/db/src/schema",
  "packages/db/src/demo",
  "packages/db/src/client.ts",
  // the demo load writes its tables with bulkInsert
  "packages/db/src/bulkInsert.ts",
  "packages/domain/src",
];

let memoKey: string | undefined;

/**
 * The cache key (16 hex characters): SHA-256 of the path and content of every non-test file of
 * {@link KEY_SOURCES}, and of the PGlite version. Computed once per process.
 */
export function cacheKey(): string {
  if (memoKey) return memoKey;
  const hash = createHash("sha256");
  hash.update(`pglite ${pgliteVersion()}\n`);
  for (const file of KEY_SOURCES.flatMap((s) => filesUnder(join(REPO_ROOT, s))).sort()) {
    hash.update(`${relative(REPO_ROOT, file)}\n`);
    hash.update(readFileSync(file));
  }
  memoKey = hash.digest("hex").slice(0, 16);
  return memoKey;
}

/** The installed PGlite's version (its package.json is not exported: found from its entry point). */
function pgliteVersion(): string {
  let dir = dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
}

/** Every file under `path` (or `path` itself), skipping tests. */
function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((e) => {
    const p = join(path, e.name);
    if (e.isDirectory()) return filesUnder(p);
    return /\.test\.tsx?$/.test(e.name) ? [] : [p];
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Run `fn` holding the lock file `lockPath` (created exclusively; it holds `<host> <pid>`).
 * A lock whose process is dead on this host is taken over. Waits up to 20 minutes.
 */
async function withLockFile<T>(lockPath: string, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 20 * 60_000;
  for (;;) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, processTag());
      closeSync(fd);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      if (lockIsStale(lockPath)) {
        rmSync(lockPath, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`test cache: gave up waiting for ${lockPath}`);
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lockPath, { force: true });
  }
}

/** Whether a lock file was left by a dead process (or is an empty file older than a minute). */
function lockIsStale(lockPath: string): boolean {
  try {
    const owner = readFileSync(lockPath, "utf8");
    if (owner === "") return Date.now() - statSync(lockPath).mtimeMs > 60_000;
    return !mayBeLive(owner);
  } catch {
    return false; // gone already: the next attempt creates it
  }
}

/**
 * The path of the cached file `name`, building it first with `build(tmpPath)` when missing.
 * `build` writes to `tmpPath`, which is renamed to the final name only once it is complete.
 * Processes asking for the same file wait for one builder; a builder that was killed leaves a
 * lock the next caller takes over and a temporary file {@link sweepCacheDir} deletes.
 */
export async function cachedFile(name: string, build: (tmpPath: string) => Promise<void>): Promise<string> {
  const path = join(CACHE_DIR, name);
  if (existsSync(path)) return path;
  mkdirSync(CACHE_DIR, { recursive: true });
  return withLockFile(`${path}.lock`, async () => {
    if (existsSync(path)) return path;
    const tmp = `${path}.${processTag()}.tmp`;
    try {
      await build(tmp);
      renameSync(tmp, path);
    } finally {
      rmSync(tmp, { force: true });
    }
    return path;
  });
}

/** Dump a PGlite's data folder (uncompressed tar) to `path`. */
async function dumpTo(pg: PGlite, path: string): Promise<void> {
  const dump = await pg.dumpDataDir("none");
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
}

/** Path of the dump of a migrated, empty PGlite (built when missing). */
export function migratedPgliteDump(): Promise<string> {
  return cachedFile(`pglite-migrated-${cacheKey()}.tar`, async (tmp) => {
    const pg = new PGlite();
    const handle = await createDb({ pglite: pg });
    await handle.migrate();
    await dumpTo(pg, tmp);
    await handle.close();
  });
}

/** A cached demo database: its PGlite dump and what {@link loadDemoData} reported loading. */
export interface DemoDump {
  path: string;
  summary: DemoSummary;
}

/**
 * The dump of a migrated PGlite with the full Wuhai demo data (default seed, scale 1), built
 * when missing (tens of seconds on a busy machine; a clone then loads in a few seconds).
 */
export async function demoPgliteDump(): Promise<DemoDump> {
  const summaryPath = join(CACHE_DIR, `pglite-demo-${cacheKey()}.json`);
  const path = await cachedFile(`pglite-demo-${cacheKey()}.tar`, async (tmp) => {
    const pg = new PGlite({ loadDataDir: dumpData(await migratedPgliteDump()) });
    const handle = await createDb({ pglite: pg });
    const summary = await loadDemoData(handle.db);
    await dumpTo(pg, tmp);
    await handle.close();
    writeFileSync(`${tmp}.json`, JSON.stringify(summary));
    renameSync(`${tmp}.json`, summaryPath);
  });
  return { path, summary: JSON.parse(readFileSync(summaryPath, "utf8")) as DemoSummary };
}

/**
 * A dump file as PGlite's `loadDataDir` reads it — it only asks for `arrayBuffer()` (and `type`,
 * to see whether it is gzipped): the bytes as read, handed over without a copy. A Blob made of
 * them (`new Blob([readFileSync(path)])`) copies them and reads them back in chunks: 0.55 s of
 * CPU for the 42 MB migrated dump and 1.2 s for the 94 MB demo one against 0.15 s and 0.3 s to
 * read the file, paid by every test file that opens a PGlite (each API test file, each browser
 * test file's published demo).
 */
function dumpData(path: string): Blob {
  const bytes = readFileSync(path);
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const buffer = whole
    ? bytes.buffer
    : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const blob: Pick<Blob, "type" | "size" | "arrayBuffer"> = {
    type: "",
    size: bytes.byteLength,
    arrayBuffer: async () => buffer as ArrayBuffer,
  };
  return blob as Blob;
}

/**
 * A fresh PGlite loaded from a dump file: in memory, or, given `dataDir` (an empty or missing
 * folder), file-backed there, the dump unpacked into that folder with plain file writes
 * (`unpackTar`, a fraction of PGlite's own `loadDataDir`) and opened as an existing database
 * (`pnpm start`'s first start).
 */
export function pgliteFromDump(path: string, dataDir?: string): PGlite {
  if (dataDir === undefined) return new PGlite({ loadDataDir: dumpData(path) });
  // unpacked beside it and renamed when complete: an interrupted copy leaves no half a database
  // where the next start would open it (only a temporary folder named after this process)
  const tmp = `${dataDir}.${processTag()}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  unpackTar(readFileSync(path), tmp);
  if (existsSync(dataDir)) rmdirSync(dataDir); // empty (the caller's contract): fails otherwise
  renameSync(tmp, dataDir);
  return new PGlite(dataDir);
}

/**
 * Delete what earlier runs left in the cache folder: temporary files of dead processes, and
 * dumps of other keys built more than two hours ago (a run that started before a source changed
 * may still be reading a newer one).
 */
export function sweepCacheDir(): void {
  if (!existsSync(CACHE_DIR)) return;
  const key = cacheKey();
  for (const name of readdirSync(CACHE_DIR)) {
    const path = join(CACHE_DIR, name);
    const tmp = /\.([0-9a-f]{6}-\d+)\.tmp(\.json)?$/.exec(name);
    try {
      if (tmp) {
        if (!mayBeLive(tmp[1]!)) rmSync(path, { force: true });
      } else if (!name.includes(key) && !name.endsWith(".lock")) {
        if (Date.now() - statSync(path).mtimeMs > 2 * 3_600_000) rmSync(path, { force: true });
      }
    } catch {
      // removed meanwhile by another run
    }
  }
}
