/**
 * The demo database as `pnpm start` serves it, for the apps' browser tests and for `pnpm start`'s
 * first start (dev.ts loads a new PGLITE_DIR from this dump): the Wuhai demo data
 * (@edu2035/db/testing's cached demo dump) with 2020—2024 published as v1 (demoPublication.ts) —
 * cached as a PGlite dump of its own, rebuilt when the demo's sources change (`cacheKey()`) or when
 * any non-test file of apps/api/src changes (the measures stored with the publications).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createDb } from "@edu2035/db";
import type { DemoDbHandle } from "@edu2035/db/testing";
// the cache itself, not the vitest helpers: `pnpm start` (dev.ts) uses this outside vitest
import { CACHE_DIR, cachedFile, cacheKey, demoPgliteDump, pgliteFromDump } from "@edu2035/db/testing/cache";
import { publishDemoYears } from "../demoPublication.ts";

const API_SRC = fileURLToPath(new URL("..", import.meta.url));

let memoHash: string | undefined;

/** SHA-256 (12 hex characters) of the path and content of every non-test file under apps/api/src. */
export function apiSourceHash(): string {
  if (memoHash) return memoHash;
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = join(dir, e.name);
      if (e.isDirectory()) return files(p);
      return /\.test\.tsx?$/.test(e.name) || !/\.(ts|graphql)$/.test(e.name) ? [] : [p];
    });
  const hash = createHash("sha256");
  for (const file of files(API_SRC).sort()) {
    hash.update(`${relative(API_SRC, file)}\n`);
    hash.update(readFileSync(file));
  }
  memoHash = hash.digest("hex").slice(0, 12);
  return memoHash;
}

/** The file name of the published demo's dump for the sources as they are now. */
function publishedDemoDumpName(): string {
  return `pglite-demo-published-${cacheKey()}-${apiSourceHash()}.tar`;
}

/**
 * The path of the published demo's dump when it is built for the sources as they are now, else
 * null (nothing is built: `pnpm start`'s first start then builds its database in place).
 */
export function builtPublishedDemoDump(): string | null {
  const path = join(CACHE_DIR, publishedDemoDumpName());
  return existsSync(path) ? path : null;
}

/**
 * The path of the published demo's dump, built when missing: the demo dump loaded, 2020—2024
 * published through the lifecycle service, dumped (a minute or so on a busy machine; the time
 * of publishing is printed once).
 */
export async function publishedDemoDump(): Promise<string> {
  const path = await cachedFile(publishedDemoDumpName(), async (tmp) => {
    const pg = pgliteFromDump((await demoPgliteDump()).path);
    const handle = await createDb({ pglite: pg });
    const published = await publishDemoYears(handle.db);
    process.stderr.write(
      `published demo years (PGlite): ${published.schoolYears.join(", ")} in ${published.ms} ms\n`,
    );
    const dump = await pg.dumpDataDir("none");
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    await handle.close();
  });
  sweepOlderDumps(path);
  return path;
}

/**
 * Delete the published demo dumps of other sources built more than two hours ago (the API's
 * sources change often; a run that started before a change may still be reading a newer one),
 * as @edu2035/db/testing's sweep does for its own dumps.
 */
function sweepOlderDumps(current: string): void {
  const dir = dirname(current);
  for (const name of readdirSync(dir)) {
    if (!/^pglite-demo-published-[0-9a-f]+-[0-9a-f]+\.tar$/.test(name) || name === basename(current))
      continue;
    try {
      if (Date.now() - statSync(join(dir, name)).mtimeMs > 2 * 3_600_000)
        rmSync(join(dir, name), { force: true });
    } catch {
      // removed meanwhile by another run
    }
  }
}

/**
 * A fresh in-memory PGlite with the demo data and 2020—2024 published (v1, 演示数据：历年数据已审核发布),
 * 2025 审核中 and 2026 填报中: a clone of the cached dump (seconds once built).
 */
export async function openPublishedDemoPglite(): Promise<DemoDbHandle> {
  const [path, demo] = await Promise.all([publishedDemoDump(), demoPgliteDump()]);
  const handle = await createDb({ pglite: pgliteFromDump(path) });
  return { ...handle, summary: demo.summary };
}
