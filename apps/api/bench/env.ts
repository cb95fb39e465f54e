/**
 * Every environment variable the benchmark reads (`pnpm bench`; declared to turbo's `bench` task).
 * - DATABASE_URL: a PostgreSQL server to bench on (a fresh database is created and dropped);
 *   unset → PGlite in memory.
 * - BENCH_SIZES: comma-separated school counts of the synthetic cities (default "100,1000,10000"
 *   on PostgreSQL — issue 15's 10,000-school city, ~10 min to build idle — and "100,1000" on
 *   PGlite, where a 10,000-school city would take hours).
 * - BENCH_RUNS: timed runs per operation after a warm-up (default 7).
 * - BENCH_VERBOSE: set → print each statement's replayed time.
 * - BENCH_CITY_ONLY: set → dashboard.bench.ts runs the city dashboard row only (and the roster
 *   write), skipping the district rows (minutes each at 10,000 schools).
 * - BENCH_KEEP: set → dashboard.bench.ts keeps its PostgreSQL databases (prints their names) for
 *   EXPLAIN ANALYZE afterwards; drop them by hand.
 * - BENCH_DATABASE: the name of a database on DATABASE_URL's server that districtTable.bench.ts
 *   measures as it is (e.g. one kept by BENCH_KEEP; required there, nothing is built or dropped);
 *   several, comma-separated, are timed in the same rounds (e.g. a city at two sizes).
 * - BENCH_UNIT: `district` (default) or `city` → districtTable.bench.ts measures the district
 *   指标总览 as the largest district's account, or the city's operations as the city account.
 * - BENCH_ONLY: comma-separated rows of overhead.bench.ts to run (start, apps, viewer, gzip);
 *   unset → all of them (e.g. BENCH_ONLY=viewer to measure the per-request overhead alone).
 * - BENCH_CPU_PROF: a folder → the API process of the viewer row runs with `--cpu-prof` and
 *   writes its V8 CPU profile there when it stops (open it in Chrome DevTools); import.bench.ts
 *   and districtTable.bench.ts profile their own process (the API) over the timed runs.
 * - BENCH_BASELINE_REV: a commit → import.bench.ts and districtTable.bench.ts also serve that
 *   commit's API (its apps/api and packages from `git archive`) and time it in the same rounds
 *   (before/after in one run).
 * - BENCH_BASELINE_API: a built API script (e.g. a copy of an earlier `dist/main.js`) → the viewer
 *   row also measures it, in the same interleaved rounds (before/after in one run).
 */

/** The benchmark's settings. */
export interface BenchEnv {
  DATABASE_URL: string | undefined;
  BENCH_SIZES: number[];
  BENCH_RUNS: number;
  BENCH_VERBOSE: boolean;
  BENCH_CITY_ONLY: boolean;
  BENCH_KEEP: boolean;
  BENCH_DATABASE: string | undefined;
  /** Whose operations districtTable.bench.ts measures. */
  BENCH_UNIT: "district" | "city";
  /** The rows of overhead.bench.ts to run; null → all. */
  BENCH_ONLY: OverheadRow[] | null;
  BENCH_CPU_PROF: string | undefined;
  BENCH_BASELINE_API: string | undefined;
  BENCH_BASELINE_REV: string | undefined;
}

/** The rows of overhead.bench.ts. */
export const OVERHEAD_ROWS = ["start", "apps", "viewer", "gzip"] as const;
export type OverheadRow = (typeof OVERHEAD_ROWS)[number];

/**
 * Read the benchmark's variables (empty strings count as unset).
 * @throws Error naming the variable when a size or the run count is not a positive integer.
 */
export function readBenchEnv(source: NodeJS.ProcessEnv = process.env): BenchEnv {
  const get = (name: string) => (source[name] === "" ? undefined : source[name]);
  const positive = (name: string, text: string) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n <= 0)
      throw new Error(`环境变量错误 (bad environment): ${name} must be positive integers, got ${text}`);
    return n;
  };
  return {
    DATABASE_URL: get("DATABASE_URL"),
    BENCH_SIZES: (get("BENCH_SIZES") ?? (get("DATABASE_URL") ? "100,1000,10000" : "100,1000"))
      .split(",")
      .map((s) => positive("BENCH_SIZES", s.trim())),
    BENCH_RUNS: positive("BENCH_RUNS", get("BENCH_RUNS") ?? "7"),
    BENCH_VERBOSE: get("BENCH_VERBOSE") !== undefined,
    BENCH_CITY_ONLY: get("BENCH_CITY_ONLY") !== undefined,
    BENCH_KEEP: get("BENCH_KEEP") !== undefined,
    BENCH_DATABASE: get("BENCH_DATABASE"),
    BENCH_UNIT: benchUnit(get("BENCH_UNIT")),
    BENCH_ONLY: onlyRows(get("BENCH_ONLY")),
    BENCH_CPU_PROF: get("BENCH_CPU_PROF"),
    BENCH_BASELINE_API: get("BENCH_BASELINE_API"),
    BENCH_BASELINE_REV: get("BENCH_BASELINE_REV"),
  };
}

/** BENCH_UNIT: district (default) or city. */
function benchUnit(text: string | undefined): "district" | "city" {
  if (text === undefined || text === "district" || text === "city") return text ?? "district";
  throw new Error(`环境变量错误 (bad environment): BENCH_UNIT takes district or city, got ${text}`);
}

/** BENCH_ONLY's rows, each checked against OVERHEAD_ROWS. */
function onlyRows(text: string | undefined): OverheadRow[] | null {
  if (text === undefined) return null;
  return text.split(",").map((s) => {
    const row = s.trim();
    if (!(OVERHEAD_ROWS as readonly string[]).includes(row))
      throw new Error(
        `环境变量错误 (bad environment): BENCH_ONLY takes ${OVERHEAD_ROWS.join(", ")}, got ${row}`,
      );
    return row as OverheadRow;
  });
}
