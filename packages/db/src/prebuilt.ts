/**
 * The migrated, empty PGlite database, prebuilt and committed (`packages/db/prebuilt/`), so that
 * `pnpm start`'s first start on a fresh clone skips PGlite's initdb (issue 15: initdb and the
 * migrations were 7–9 s of CPU on the 2-core machine, writing a new cluster through NodeFS).
 *
 * The artefact is the data folder PGlite's `dumpDataDir` writes (a ustar), compressed with
 * brotli (`pglite-migrated.tar.br`, ~0.7 MB), with a manifest (`pglite-migrated.json`) of the
 * PGlite version and of each migration it holds (tag, journal time, SHA-256 of its SQL). Before dumping, the WAL is switched and checkpointed with `wal_recycle` off, so
 * PostgreSQL itself removes the segment initdb filled (a 16 MB segment that compresses to
 * 1.5 MB); what is left is the three databases' files (postgres, template0, template1) and one
 * mostly empty WAL segment.
 *
 * A migration added since it was built is applied by drizzle's migrate after it is opened; a
 * migration it holds changed (or another PGlite) makes it unusable: {@link openPrebuiltMigrated}
 * returns null and the caller builds the database the usual way (initdb, migrations). Either
 * way prebuilt.test.ts fails until `pnpm --filter @edu2035/db prebuilt` rewrites it. Used only
 * for a new, empty PGlite folder; never with PostgreSQL.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, rmdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, brotliDecompressSync, constants } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import { createDb, MIGRATIONS_FOLDER } from "./client.ts";
import { unpackTar } from "./testing/tar.ts";

/** Folder of the committed artefact (absolute). */
export const PREBUILT_DIR = fileURLToPath(new URL("../prebuilt", import.meta.url));

/** The artefact: the data folder's ustar, brotli-compressed. */
export const PREBUILT_TAR = join(PREBUILT_DIR, "pglite-migrated.tar.br");

/** What the artefact holds: {@link PrebuiltManifest}, JSON. */
export const PREBUILT_MANIFEST = join(PREBUILT_DIR, "pglite-migrated.json");

/** What the artefact was built with: the PGlite version and the migrations applied, in order. */
export interface PrebuiltManifest {
  pglite: string;
  /** drizzle-kit's journal entry (tag, `when` in ms) and the SHA-256 (hex) of its SQL file. */
  migrations: { tag: string; when: number; sha256: string }[];
}

/** The installed PGlite's version (its package.json is not exported: found from its entry point). */
export function pgliteVersion(): string {
  let dir = dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
}

/** The manifest of the PGlite and the migrations as they are now (a few milliseconds). */
export function currentManifest(): PrebuiltManifest {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
    entries: { tag: string; when: number }[];
  };
  return {
    pglite: pgliteVersion(),
    migrations: journal.entries.map(({ tag, when }) => ({
      tag,
      when,
      sha256: createHash("sha256")
        .update(readFileSync(join(MIGRATIONS_FOLDER, `${tag}.sql`)))
        .digest("hex"),
    })),
  };
}

/**
 * How the committed artefact stands against the migrations as they are: `current` (built with
 * all of them), `behind` (built with the same PGlite and the first of them unchanged, later ones
 * added since: drizzle's migrate applies those, as on any existing database), or `stale` (missing,
 * another PGlite, or a migration it holds changed or gone: unusable).
 */
export function prebuiltState(): "current" | "behind" | "stale" {
  if (!existsSync(PREBUILT_TAR) || !existsSync(PREBUILT_MANIFEST)) return "stale";
  const built = JSON.parse(readFileSync(PREBUILT_MANIFEST, "utf8")) as PrebuiltManifest;
  const now = currentManifest();
  if (built.pglite !== now.pglite || built.migrations.length > now.migrations.length) return "stale";
  const same = built.migrations.every(
    (m, i) =>
      m.tag === now.migrations[i]?.tag &&
      m.when === now.migrations[i]?.when &&
      m.sha256 === now.migrations[i]?.sha256,
  );
  if (!same) return "stale";
  return built.migrations.length === now.migrations.length ? "current" : "behind";
}

/**
 * A new file-backed PGlite in `dataDir` (an empty or missing folder) holding the migrated, empty
 * database, unpacked from the committed artefact with plain file writes (the caller then runs
 * drizzle's migrate, which applies the migrations added since it was built, if any); null when
 * the artefact is stale ({@link prebuiltState}: the caller then lets PGlite run initdb).
 */
export function openPrebuiltMigrated(dataDir: string): PGlite | null {
  if (prebuiltState() === "stale") return null;
  // unpacked beside it and renamed when complete: an interrupted start leaves no half a database
  // where the next start would open it
  const tmp = `${dataDir}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  unpackTar(brotliDecompressSync(readFileSync(PREBUILT_TAR)), tmp);
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
export async function buildPrebuiltMigrated(): Promise<{ tar: Buffer; manifest: PrebuiltManifest }> {
  const manifest = currentManifest();
  const pg = new PGlite();
  const handle = await createDb({ pglite: pg });
  await handle.migrate();
  // wal_recycle off (this session, where PGlite's single backend runs its checkpoints): the
  // checkpoint after the switch deletes the segments before it instead of renaming them
  await pg.exec("SET wal_recycle = off; CHECKPOINT; SELECT pg_switch_wal(); CHECKPOINT;");
  const tar = Buffer.from(await (await pg.dumpDataDir("none")).arrayBuffer());
  await handle.close();
  const compressed = brotliCompressSync(tar, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: tar.length,
    },
  });
  return { tar: compressed, manifest };
}
