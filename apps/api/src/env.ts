/**
 * Every environment variable the API reads, in one place.
 * - DATABASE_URL: a PostgreSQL URL; unset → embedded PGlite under PGLITE_DIR.
 * - DATABASE_REPLICA_URL: a PostgreSQL streaming replica of DATABASE_URL for reads that may lag
 *   (dashboards, lists); unset → everything reads the primary. Needs DATABASE_URL.
 * - PGLITE_DIR: PGlite data folder (default <repo>/.data/pglite).
 * - API_PORT: HTTP port (default 4000).
 * - SESSION_TTL_HOURS: session lifetime, sliding (default 12).
 * - ID_HASH_KEY: HMAC key for 身份证号 hashes (default a development key; set it in production).
 * - LOG_LEVEL: pino level (default info; "silent" in tests).
 */
import { fileURLToPath } from "node:url";
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  DATABASE_REPLICA_URL: z.string().url().optional(),
  PGLITE_DIR: z.string().default(fileURLToPath(new URL("../../../.data/pglite", import.meta.url))),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  ID_HASH_KEY: z.string().min(8).default("edu2035-development-key"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof schema>;

/** Parse the environment (throws a readable error naming the bad variable). */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    throw new Error(
      `环境变量错误 (bad environment): ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  return parsed.data;
}
