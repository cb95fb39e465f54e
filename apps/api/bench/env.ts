/**
 * Every environment variable the benchmark reads (`pnpm bench`; declared to turbo's `bench` task).
 * - DATABASE_URL: a PostgreSQL server to bench on (a fresh database is created and dropped);
 *   unset → PGlite in memory.
 * - BENCH_SIZES: comma-separated school counts of the synthetic cities (default "100,1000").
 * - BENCH_RUNS: timed runs per operation after a warm-up (default 7).
 * - BENCH_VERBOSE: set → print each statement's replayed time.
 */

/** The benchmark's settings. */
export interface BenchEnv {
  DATABASE_URL: string | undefined;
  BENCH_SIZES: number[];
  BENCH_RUNS: number;
  BENCH_VERBOSE: boolean;
}

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
    BENCH_SIZES: (get("BENCH_SIZES") ?? "100,1000").split(",").map((s) => positive("BENCH_SIZES", s.trim())),
    BENCH_RUNS: positive("BENCH_RUNS", get("BENCH_RUNS") ?? "7"),
    BENCH_VERBOSE: get("BENCH_VERBOSE") !== undefined,
  };
}
