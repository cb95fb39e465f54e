import { defineConfig } from "vitest/config";

/**
 * Browser tests start the API on the demo data, a Vite dev server and Chromium: give them time
 * (the setup alone can take a minute when turbo runs the three apps' tests at once).
 */
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // The test files of the worker share its module graph (the API's in-process test server:
    // Apollo, drizzle, exceljs, docx, ECharts …; vite, playwright-core) instead of importing it
    // again for each file: school's 5 files took 99 s of CPU and 494 s at load 17–25 isolated,
    // 53 s and 256 s at load 15–25 sharing (each run rebuilding the published demo once). Safe:
    // the API keeps no state in memory between requests, no test mocks modules, and each file
    // starts its own API, app server and browser (startE2E); only API_URL is set, before each.
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // a failed step dumps its pages: screenshot, what they show, console and GraphQL log
    setupFiles: ["@edu2035/ui/testing/recordFailures"],
  },
});
