/**
 * `pnpm --filter @edu2035/db seed`: open the database (PostgreSQL at DATABASE_URL when set,
 * else PGlite at PGLITE_DIR or <repo>/.data/pglite), run the migrations, and load the Wuhai
 * demo data when the database is empty (no district, school or account). Optional: DEMO_SEED,
 * DEMO_SCALE. Refuses with NODE_ENV=production, and leaves a database that holds anything alone:
 * the demo's accounts share a published password.
 */
import { createDb } from "../client.ts";
import { DEMO_PASSWORD, existingData, loadDemoData } from "../demo/index.ts";
import { readDbEnv } from "../env.ts";

const env = readDbEnv();

async function main(): Promise<void> {
  if (env.NODE_ENV === "production") {
    console.error(
      "演示数据不能载入生产环境 (NODE_ENV=production: the demo data, whose accounts share a published password, is never loaded into production)",
    );
    process.exitCode = 1;
    return;
  }
  const handle = await createDb(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.PGLITE_DIR });
  const where = env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PGlite at ${env.PGLITE_DIR}`;
  try {
    await handle.migrate();
    const held = await existingData(handle.db);
    if (held) {
      console.log(`${where}: already has data (${held}); demo data not loaded.`);
      return;
    }
    const started = Date.now();
    const summary = await loadDemoData(handle.db, { seed: env.DEMO_SEED, scale: env.DEMO_SCALE });
    console.log(`${where}: demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(JSON.stringify(summary, null, 2));
    console.log(`Log in as city, haibowan, hainan, wuda or s<学校标识码> with password ${DEMO_PASSWORD}`);
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
