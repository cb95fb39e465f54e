/**
 * The migrated, empty PGlite database, prebuilt and committed (`packages/db/prebuilt/`), so that
 * `pnpm start`'s first start on a fresh clone skips PGlite's initdb (issue 15: initdb and the
 * migrations were 7–9 s of CPU on the 2-core machine, writing a new cluster through NodeFS).
 *
 * The artefact is the data folder PGlite's `dumpDataDir` writes (a ustar), compressed with
 * brotli: `pglite-migrated-<key>.tar.br`, ~0.7 MB, where `<key>` ({@link prebuiltKey}) is a
 * SHA-256 of the migrations folder (every file, the journal included) and of the PGlite
 * version. Before dumping, the WAL is switched and checkpointed with `wal_recycle` off, so
 * PostgreSQL itself removes the segment initdb filled (a 16 MB segment that compresses to
 * 1.5 MB); what is left is the three databases' files (postgres, template0, template1) and one
 * mostly empty WAL segment.
 *
 * A change of a migration (or of PGlite) changes the key: {@link openPrebuiltMigrated} then finds
 * no artefact and the caller builds the database the usual way (initdb, migrations), and
 * prebuilt.test.ts fails until `pnpm --filter @edu2035/db prebuilt` writes the new one and
 * deletes the old. Used only for a new, empty PGlite folder; never with PostgreSQL.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, brotliDecompressSync, constants } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import { createDb, MIGRATIONS_FOLDER } from "./client.ts";
import { unpackTar } from "./testing/tar.ts";

/** Folder of the committed artefact (absolute). */
export const PREBUILT_DIR = fileURLToPath(new URL("../prebuilt", import.meta.url));

/** File name pattern of the artefacts, `pglite-migrated-<key>.tar.br`. */
export const PREBUILT_NAME = /^pglite-migrated-([0-9a-f]{16})\.tar\.br$/;

/** The installed PGlite's version (its package.json is not exported: found from its entry point). */
export function pgliteVersion(): string {
  let dir = dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
}

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : [p];
  });
}

/**
 * The artefact's key (16 hex characters): SHA-256 of the PGlite version and of the path and
 * content of every file of the migrations folder. A few milliseconds.
 */
export function prebuiltKey(): string {
  const hash = createHash("sha256");
  hash.update(`pglite ${pgliteVersion()}\n`);
  for (const file of filesUnder(MIGRATIONS_FOLDER).sort()) {
    hash.update(`${relative(MIGRATIONS_FOLDER, file)}\n`);
    hash.update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

/** The artefact's path for the migrations as they are now (it may not exist). */
export function prebuiltPath(): string {
  return join(PREBUILT_DIR, `pglite-migrated-${prebuiltKey()}.tar.br`);
}

/**
 * A new file-backed PGlite in `dataDir` (an empty or missing folder) holding the migrated, empty
 * database, unpacked from the committed artefact with plain file writes; null when there is no
 * artefact for the current migrations (the caller then lets PGlite run initdb).
 */
export function openPrebuiltMigrated(dataDir: string): PGlite | null {
  const path = prebuiltPath();
  if (!existsSync(path)) return null;
  // unpacked beside it and renamed when complete: an interrupted start leaves no half a database
  // where the next start would open it
  const tmp = `${dataDir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  unpackTar(brotliDecompressSync(readFileSync(path)), tmp);
  if (existsSync(dataDir)) rmdirSync(dataDir); // empty (the caller's contract): fails otherwise
  renameSync(tmp, dataDir);
  return new PGlite(dataDir);
}

/**
 * Build the artefact's bytes: a new in-memory PGlite (initdb), the migrations, the WAL switched
 * and checkpointed without recycling (the segments before the checkpoint deleted), dumped and
 * compressed with brotli at its highest quality (tens of seconds of CPU; done once per change
 * of the migrations, by `pnpm --filter @edu2035/db prebuilt`).
 */
export async function buildPrebuiltMigrated(): Promise<Buffer> {
  const pg = new PGlite();
  const handle = await createDb({ pglite: pg });
  await handle.migrate();
  // wal_recycle off (this session, where PGlite's single backend runs its checkpoints): the
  // checkpoint after the switch deletes the segments before it instead of renaming them
  await pg.exec("SET wal_recycle = off; CHECKPOINT; SELECT pg_switch_wal(); CHECKPOINT;");
  const tar = Buffer.from(await (await pg.dumpDataDir("none")).arrayBuffer());
  await handle.close();
  return brotliCompressSync(tar, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: tar.length,
    },
  });
}
