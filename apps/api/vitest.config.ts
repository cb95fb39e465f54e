import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // one migrated PGlite (and PostgreSQL template when DATABASE_URL is set) for all test files
    globalSetup: ["./node_modules/@edu2035/db/src/testing/globalSetup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
