import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // one migrated PGlite (and PostgreSQL template when DATABASE_URL is set) for all test files
    globalSetup: ["./node_modules/@edu2035/db/src/testing/globalSetup.ts"],
    // Test files of a worker share its module graph (the API: Apollo, drizzle, exceljs, docx,
    // ECharts …) instead of importing it again each: on a busy 2-core machine that import took
    // 4–6 s per file, more than half of the suite's time. Safe because the API keeps no state in
    // memory between requests and no test mocks modules or assigns process.env; each file opens
    // its own database and server.
    isolate: false,
    // Two workers, not vitest's default of one on a 2-core machine (cores − 1): a worker spends
    // much of its time waiting — on PostgreSQL (a process of its own), on the API, admin and
    // cluster processes the process tests start, on polling — while the other core sits idle.
    // The lead's full run this session (one worker, load 13–25): 348 s of CPU in 1,056 s of wall
    // time; CI's idle run at 6063a2f took 712 s. On a busy machine a second worker gains nothing
    // (8 files, load 19–25: 194 s wall / 39 s CPU with one worker, 218 s / 45 s with two: the
    // module graph is imported once per worker); on an idle one it runs a second file on the
    // free core. Each file opens its own databases, servers and free ports, so files may overlap.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
