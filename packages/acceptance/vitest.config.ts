import { defineConfig } from "vitest/config";

/**
 * One walk-through per file, its steps in order: the API on the demo data, three Vite dev
 * servers and Chromium take a while to start, and each step waits on the previous one.
 */
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // The test files of the worker share its module graph (the API's in-process test server:
    // Apollo, drizzle, exceljs, docx, ECharts …; vite, playwright-core; and the API bundle the
    // process walk-throughs run, built once per worker) instead of importing it again for each
    // file, as in the apps (school: 99 → 53 s CPU). Safe: the API keeps no state in memory between
    // requests, no test mocks modules, each file starts its own API, app servers and browser.
    // All 8 files pass this way (122 s CPU, 897 s wall at load 15–25).
    isolate: false,
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // a failed step dumps its pages: screenshot, what they show, console and GraphQL log
    setupFiles: ["@edu2035/ui/testing/recordFailures"],
  },
});
