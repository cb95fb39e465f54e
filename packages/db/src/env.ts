/**
 * Every environment variable the db package reads (its seed command and its test helpers), in
 * one place. The API reads its own in `apps/api/src/env.ts`.
 * - DATABASE_URL: a PostgreSQL URL; unset → embedded PGlite (seed) / PGlite only (tests).
 * - PGLITE_DIR: PGlite data folder of the seed command (default <repo>/.data/pglite).
 * - DEMO_SEED, DEMO_SCALE: the seed command's demo generator options (numbers; default the
 *   generator's seed and scale 1).
 * - NODE_ENV: "production" makes the seed command refuse (demo data never goes into production).
 */
import { fileURLToPath } from "node:url";

/** The repository's root folder (absolute). */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** The db package's environment, parsed. */
export interface DbEnv {
  DATABASE_URL: string | undefined;
  PGLITE_DIR: string;
  DEMO_SEED: number | undefined;
  DEMO_SCALE: number | undefined;
  NODE_ENV: string | undefined;
}

/**
 * Read the db package's variables from `source` (default the process environment); empty
 * strings count as unset.
 * @throws Error naming the variable when DEMO_SEED or DEMO_SCALE is not a number.
 */
export function readDbEnv(source: NodeJS.ProcessEnv = process.env): DbEnv {
  const get = (name: string) => (source[name] === "" ? undefined : source[name]);
  const num = (name: string) => {
    const v = get(name);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isFinite(n))
      throw new Error(`环境变量错误 (bad environment): ${name} must be a number, got ${v}`);
    return n;
  };
  return {
    DATABASE_URL: get("DATABASE_URL"),
    PGLITE_DIR: get("PGLITE_DIR") ?? `${REPO_ROOT}.data/pglite`,
    DEMO_SEED: num("DEMO_SEED"),
    DEMO_SCALE: num("DEMO_SCALE"),
    NODE_ENV: get("NODE_ENV"),
  };
}
