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
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
