/**
 * The API process of the demo (`pnpm start` runs this through the api's `dev` script): as
 * main.ts, but it loads the Wuhai demo data (乌海市演示数据, with its published password) into an
 * empty database first and publishes its years 2020—2024 (demoPublication.ts), and serves only
 * the API; the apps run on their Vite dev servers, which proxy /graphql here. Never used in
 * production.
 */
import { districts } from "@edu2035/db";
import { existingData, loadDemoData } from "@edu2035/db/demo";
import { publishDemoYears } from "./demoPublication.ts";
import { runApiProcess } from "./http/process.ts";

await runApiProcess({
  productionAllowed: false,
  apps: false,
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
    const summary = await loadDemoData(handle.db);
    log.info({ summary }, "demo data loaded");
    // 2020—2024 published (v1) through the lifecycle service; 2025 审核中, 2026 填报中
    const published = await publishDemoYears(handle.db);
    log.info({ published }, "demo years published (已发布 2020—2024)");
  },
  banner: (env, url, handle) => [
    "",
    "  edu2035 · 乌海教育现代化2035监测平台",
    `  API (GraphQL)   ${url}   database: ${handle.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite ${env.PGLITE_DIR}`}`,
    "  市教育局 city      http://127.0.0.1:5173",
    "  区教育局 district  http://127.0.0.1:5174",
    "  学校 school        http://127.0.0.1:5175",
    "  demo accounts: see README.md (演示账号，仅用于演示)",
    "",
  ],
});
