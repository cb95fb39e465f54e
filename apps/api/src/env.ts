/**
 * Every environment variable the API reads, in one place.
 * - DATABASE_URL: a PostgreSQL URL; unset → embedded PGlite under PGLITE_DIR.
 * - DATABASE_REPLICA_URL: a PostgreSQL streaming replica of DATABASE_URL for reads that may lag
 *   (dashboards, lists); unset → everything reads the primary. Needs DATABASE_URL.
 * - PGLITE_DIR: PGlite data folder (default <repo>/.data/pglite).
 * - API_PORT: HTTP port (default 4000).
 * - SESSION_TTL_HOURS: idle lifetime of a session: each use extends it by this much (default 12).
 * - SESSION_MAX_HOURS: absolute lifetime of a session from its login, however much it is used
 *   (default 72); never less than SESSION_TTL_HOURS.
 * - TRUSTED_PROXY: who may set X-Forwarded-For, i.e. which reverse proxies stand in front of the
 *   API: a comma-separated list of addresses or CIDR ranges (e.g. "127.0.0.1,10.0.0.0/8"), or a
 *   number of hops. Unset: the client address is the connection's own (X-Forwarded-For ignored,
 *   so a client cannot pick the address its failed logins are counted against).
 * - ID_HASH_KEY: HMAC key for 身份证号 hashes (default a development key; set it in production).
 * - LOG_LEVEL: pino level (default info; "silent" in tests).
 * - NODE_ENV: "production" makes DATABASE_URL and ID_HASH_KEY (≥ 32 characters not counting
 *   whitespace, none around it, not a development key) required; the process refuses to start
 *   without them (see `readEnv`). Once started, a database refuses any other ID_HASH_KEY
 *   (modules/staff/idHashKey.ts).
 * - API_HOST: listen address (default 127.0.0.1; 0.0.0.0 on a server behind a firewall/proxy).
 * - CORS_ORIGINS: comma-separated origins allowed to call the API from another origin
 *   (default none: only the same origin, which is how the served apps call it).
 * - CITY_PORT, DISTRICT_PORT, SCHOOL_PORT: the apps' dev-server ports (default 5173, 5174, 5175),
 *   read by the apps' vite.config.ts; the API only prints them (`pnpm start`'s banner, dev.ts).
 * - CHROMIUM_PATH: the Chromium binary that renders the 监测报告's charts (PNG) and PDF
 *   (default /usr/bin/chromium; modules/monitoringReport/browser.ts).
 */
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** ID_HASH_KEY values published in this repository: never acceptable in production. */
export const DEVELOPMENT_ID_HASH_KEYS = ["edu2035-development-key"] as const;

/** Shortest ID_HASH_KEY accepted in production (characters, whitespace not counted). */
export const MIN_PRODUCTION_KEY_LENGTH = 32;

const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  DATABASE_REPLICA_URL: z.string().url().optional(),
  PGLITE_DIR: z.string().default(fileURLToPath(new URL("../../../.data/pglite", import.meta.url))),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  CITY_PORT: z.coerce.number().int().min(1).max(65535).default(5173),
  DISTRICT_PORT: z.coerce.number().int().min(1).max(65535).default(5174),
  SCHOOL_PORT: z.coerce.number().int().min(1).max(65535).default(5175),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  SESSION_MAX_HOURS: z.coerce.number().positive().default(72),
  // a number of hops ("1") or addresses/CIDR ranges ("127.0.0.1,10.0.0.0/8"), as fastify's trustProxy
  TRUSTED_PROXY: z
    .string()
    .regex(/^(\d+|[0-9A-Fa-f.:/]+(\s*,\s*[0-9A-Fa-f.:/]+)*)$/, "a number of hops or addresses/CIDR ranges")
    .transform((v) => (/^\d+$/.test(v) ? Number(v) : v.replace(/\s+/g, "")))
    .optional(),
  ID_HASH_KEY: z.string().min(8).default("edu2035-development-key"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // a misspelt "Production" must not run development mode on a production database
  NODE_ENV: z.enum(["production", "development", "test"]).default("development"),
  API_HOST: z.string().default("127.0.0.1"),
  CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),
  CORS_ORIGINS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((o) => o.trim().replace(/\/+$/, ""))
        .filter(Boolean),
    ),
});

export type Env = z.infer<typeof schema>;

/**
 * Each variable's rule as the README's table states it, in the refusal "环境变量错误 (bad
 * environment): ID_HASH_KEY 至少 8 个字符 …": one line naming the variable (never its value: a
 * URL or key may be secret).
 */
const RULES: Record<keyof Env, string> = {
  DATABASE_URL: "须为 PostgreSQL 连接 URL，如 postgres://user@host:5432/db (must be a PostgreSQL URL)",
  DATABASE_REPLICA_URL:
    "须为 PostgreSQL 连接 URL，如 postgres://user@replica:5432/db (must be a PostgreSQL URL)",
  PGLITE_DIR: "须为目录路径 (must be a folder path)",
  API_PORT: "须为 0–65535 的整数端口号 (must be a port number 0–65535)",
  CITY_PORT: "须为 1–65535 的整数端口号 (must be a port number 1–65535)",
  DISTRICT_PORT: "须为 1–65535 的整数端口号 (must be a port number 1–65535)",
  SCHOOL_PORT: "须为 1–65535 的整数端口号 (must be a port number 1–65535)",
  SESSION_TTL_HOURS: "须为大于 0 的小时数，如 12 (must be a positive number of hours)",
  SESSION_MAX_HOURS: "须为大于 0 的小时数，如 72 (must be a positive number of hours)",
  TRUSTED_PROXY:
    "须为代理跳数（如 1）或逗号分隔的地址/CIDR 网段（如 127.0.0.1,10.0.0.0/8） (a number of hops or addresses/CIDR ranges)",
  ID_HASH_KEY: `至少 8 个字符，生产环境至少 ${MIN_PRODUCTION_KEY_LENGTH} 个字符 (at least 8 characters, ${MIN_PRODUCTION_KEY_LENGTH} in production)`,
  LOG_LEVEL: "须为 fatal、error、warn、info、debug、trace、silent 之一 (a pino level)",
  NODE_ENV:
    "须为 production、development、test 之一（小写） (one of production, development, test, lower case)",
  API_HOST: "须为监听地址，如 127.0.0.1 或 0.0.0.0 (a listen address)",
  CHROMIUM_PATH: "须为 Chromium 可执行文件路径 (the Chromium binary's path)",
  CORS_ORIGINS: "须为逗号分隔的来源，如 https://edu.example.cn (comma-separated origins)",
};

/**
 * Parse the environment.
 * @throws Error, one line: "环境变量错误 (bad environment): <VARIABLE> <its rule>; …" (RULES), or
 * the production refusal (refuseUnsafeProduction).
 */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // production states its own, stricter rules first (ID_HASH_KEY ≥ 32, not "≥ 8")
  if (source.NODE_ENV === "production") refuseUnsafeProduction(source);
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    const names = [...new Set(parsed.error.issues.map((i) => String(i.path[0]) as keyof Env))];
    throw new Error(`环境变量错误 (bad environment): ${names.map((n) => `${n} ${RULES[n]}`).join("; ")}`);
  }
  if (parsed.data.DATABASE_REPLICA_URL && !parsed.data.DATABASE_URL) {
    throw new Error(
      "环境变量错误 (bad environment): DATABASE_REPLICA_URL 需要同时设置 DATABASE_URL (a replica needs its primary in DATABASE_URL)",
    );
  }
  if (parsed.data.SESSION_MAX_HOURS < parsed.data.SESSION_TTL_HOURS) {
    throw new Error(
      "环境变量错误 (bad environment): SESSION_MAX_HOURS 不能小于 SESSION_TTL_HOURS (the absolute session lifetime cannot be shorter than the idle one)",
    );
  }
  return parsed.data;
}

/**
 * Production refuses to run on defaults that are only safe for the demo: no DATABASE_URL (an
 * embedded PGlite), no ID_HASH_KEY, a development one (身份证号 hashes anyone could recompute), or
 * one with whitespace around it (a copy-paste slip: the same key without it would not match) or
 * fewer than MIN_PRODUCTION_KEY_LENGTH characters besides whitespace (32 spaces is no secret).
 * @throws Error naming each offending variable.
 */
function refuseUnsafeProduction(source: NodeJS.ProcessEnv): void {
  const problems: string[] = [];
  if (!source.DATABASE_URL) problems.push("DATABASE_URL 未设置 (DATABASE_URL is required: a PostgreSQL URL)");
  const key = source.ID_HASH_KEY;
  if (!key) {
    problems.push("ID_HASH_KEY 未设置 (ID_HASH_KEY is required: the HMAC key for 身份证号 hashes)");
  } else if ((DEVELOPMENT_ID_HASH_KEYS as readonly string[]).includes(key)) {
    problems.push("ID_HASH_KEY 是公开的开发密钥 (ID_HASH_KEY is a published development key)");
  } else {
    if (key.trim() !== key) {
      problems.push(
        "ID_HASH_KEY 首尾有空白字符（空格、换行等） (ID_HASH_KEY has leading or trailing whitespace: remove it)",
      );
    }
    if (key.replace(/\s/g, "").length < MIN_PRODUCTION_KEY_LENGTH) {
      problems.push(
        `ID_HASH_KEY 太短，生产环境至少 ${MIN_PRODUCTION_KEY_LENGTH} 个字符（不计空白字符） (ID_HASH_KEY must be at least ${MIN_PRODUCTION_KEY_LENGTH} characters in production, not counting whitespace)`,
      );
    }
  }
  if (problems.length) {
    throw new Error(`生产环境配置错误 (NODE_ENV=production refuses to start): ${problems.join("; ")}`);
  }
}
