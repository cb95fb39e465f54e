/**
 * The API process of the demo (`pnpm start` runs this through the api's `dev` script): as
 * main.ts, but it loads the Wuhai demo data (乌海市演示数据, with its published password) into an
 * empty database first and publishes its years 2020—2024 (demoPublication.ts), and serves only
 * the API; the apps run on their Vite dev servers, which proxy /graphql here. Never used in
 * production.
 *
 * First start (issue 15: 34–67 s before): a new PGLITE_DIR is
 * - a copy of the published demo's PGlite dump (testing/publishedDemo.ts, the dump the browser
 *   tests use, in the git-ignored `.data/test-cache/`) when that dump is built for the current
 *   sources (migrations, schema, demo generator, domain, API): unpacked with plain file writes
 *   and opened (seconds);
 * - otherwise (a fresh clone, or after those sources changed) built in place: the committed
 *   migrated, empty database (@edu2035/db/prebuilt, 0.7 MB, instead of PGlite's initdb and the
 *   migrations: those added since it was built are applied by the usual migrate; initdb only when
 *   a migration it holds changed), then the demo load and publishing 2020—2024 straight into
 *   PGLITE_DIR (`prepare`).
 *   Building the dump instead (what the tests need) would dump and reload the whole database
 *   three times on the way (migrated, demo, published: about half of the CPU time of a fresh
 *   clone's first start), for a copy this start does not need; the tests build it when they run.
 * The dump is not committed: 130 MB (14 MB gzip) that changes with every change of those
 * sources. With DATABASE_URL the demo is loaded and published as before.
 */
import { existsSync, readdirSync } from "node:fs";
import { basename } from "node:path";
import { districts } from "@edu2035/db";
import { existingData, loadDemoData } from "@edu2035/db/demo";
import { openPrebuiltMigrated } from "@edu2035/db/prebuilt";
import { pgliteFromDump } from "@edu2035/db/testing/cache";
import { publishDemoYears } from "./demoPublication.ts";
import { runApiProcess } from "./http/process.ts";
import { rebuildSummaries } from "./modules/indicators/measures/summaries.ts";
import { builtPublishedDemoDump } from "./testing/publishedDemo.ts";

await runApiProcess({
  productionAllowed: false,
  apps: false,
  async openPglite(env, log) {
    // a folder with anything in it is left as it is (a later start, or not ours)
    if (existsSync(env.PGLITE_DIR) && readdirSync(env.PGLITE_DIR).length > 0) return undefined;
    const dump = builtPublishedDemoDump();
    if (!dump) {
      const started = performance.now();
      // the committed migrated database instead of initdb when it is built for these migrations
      const prebuilt = openPrebuiltMigrated(env.PGLITE_DIR);
      log.info(
        { ms: Math.round(performance.now() - started) },
        prebuilt
          ? "new database: no published demo dump for these sources: the prebuilt migrated database unpacked, loading the demo and publishing 2020—2024 in place"
          : "new database: no published demo dump for these sources: building it in place (initdb, demo, 2020—2024)",
      );
      return prebuilt ?? undefined; // prepare loads and publishes; without it createDb runs initdb
    }
    const started = performance.now();
    log.info("new database: copying the published Wuhai demo (乌海市演示数据，已发布 2020—2024)…");
    const pglite = pgliteFromDump(dump, env.PGLITE_DIR);
    log.info(
      { dump: basename(dump), ms: Math.round(performance.now() - started) },
      "published demo dump unpacked",
    );
    return pglite;
  },
  async prepare(handle, log) {
    const [any] = await handle.db.select({ id: districts.id }).from(districts).limit(1);
    if (any) return;
    const held = await existingData(handle.db);
    if (held) {
      // not the demo's database (e.g. a production one with its first administrator): leave it alone
      log.warn({ held }, "database not empty and has no district: demo data not loaded");
      return;
    }
    log.info("empty database: loading the Wuhai demo data (乌海市演示数据)…");
    // the summaries' triggers off during the bulk load, the summaries rebuilt once at its end
    const summary = await loadDemoData(handle.db, { rebuildSummaries });
    log.info({ summary }, "demo data loaded");
    // 2020—2024 published (v1) through the lifecycle service; 2025 审核中, 2026 填报中
    const published = await publishDemoYears(handle.db);
    log.info({ published }, "demo years published (已发布 2020—2024)");
  },
  banner: (env, url, handle) => [
    "",
    "  edu2035 · 乌海教育现代化2035监测平台",
    `  API (GraphQL)   ${url}   database: ${handle.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite ${env.PGLITE_DIR}`}`,
    `  市教育局 city      http://127.0.0.1:${env.CITY_PORT}`,
    `  区教育局 district  http://127.0.0.1:${env.DISTRICT_PORT}`,
    `  学校 school        http://127.0.0.1:${env.SCHOOL_PORT}`,
    "  demo accounts: see README.md (演示账号，仅用于演示)",
    "",
  ],
});
