/**
 * Start the API: open the database (PGlite under PGLITE_DIR, or PostgreSQL at DATABASE_URL),
 * run the migrations, load the Wuhai demo data on first start, and serve GraphQL.
 */
import { createDb, districts } from "@edu2035/db";
import { loadDemoData } from "@edu2035/db/demo";
import pino from "pino";
import { readEnv } from "./env.ts";
import { startApi } from "./server.ts";

const env = readEnv();
const log = pino({ level: env.LOG_LEVEL });
const handle = await createDb(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.PGLITE_DIR });
await handle.migrate();
const [any] = await handle.db.select({ id: districts.id }).from(districts).limit(1);
if (!any) {
  log.info("empty database: loading the Wuhai demo data (乌海市演示数据)…");
  const summary = await loadDemoData(handle.db);
  log.info({ summary }, "demo data loaded");
}
const api = await startApi({ db: handle.db, dbKind: handle.kind, env, log }, env.API_PORT, "127.0.0.1");
const where = handle.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite ${env.PGLITE_DIR}`;
console.log(
  [
    "",
    "  edu2035 · 乌海教育现代化2035监测平台",
    `  API (GraphQL)   ${api.url}   database: ${where}`,
    "  市教育局 city      http://127.0.0.1:5173",
    "  区教育局 district  http://127.0.0.1:5174",
    "  学校 school        http://127.0.0.1:5175",
    "  demo accounts: see README.md (演示账号，仅用于演示)",
    "",
  ].join("\n"),
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await api.stop();
    await handle.close();
    process.exit(0);
  });
}
