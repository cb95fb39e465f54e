/**
 * The API process for production (`pnpm serve` = `node apps/api/dist/main.js`, built by
 * `pnpm build`): GraphQL at /graphql, /health and /ready, and the three built apps at /city/,
 * /district/, /school/ with a chooser at /, on one port (API_HOST:API_PORT).
 *
 * It NEVER loads demo data: an empty database stays empty until the platform is set up with
 * its city and first administrator (`pnpm admin init`). With NODE_ENV=production it refuses to start
 * without DATABASE_URL and a real ID_HASH_KEY (see env.ts). `pnpm start` runs dev.ts instead.
 */
import { runApiProcess } from "./http/process.ts";

await runApiProcess({
  productionAllowed: true,
  apps: true,
  banner: (env, url, handle) => {
    const origin = new URL(url).origin;
    return [
      "",
      "  edu2035 · 教育现代化2035监测平台",
      `  mode: ${env.NODE_ENV}   database: ${handle.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite ${env.PGLITE_DIR}`}`,
      `  listening on ${env.API_HOST}:${new URL(url).port}`,
      `  选择平台 chooser   ${origin}/`,
      `  市教育局 city      ${origin}/city/`,
      `  区教育局 district  ${origin}/district/`,
      `  学校 school        ${origin}/school/`,
      `  GraphQL           ${url}   probes: ${origin}/health ${origin}/ready`,
      "",
    ];
  },
});
