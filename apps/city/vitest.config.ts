import { defineConfig } from "vitest/config";

/**
 * Browser tests start the API on the demo data, a Vite dev server and Chromium: give them time
 * (the setup alone can take a minute when turbo runs the three apps' tests at once).
 */
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // a failed step dumps its pages: screenshot, what they show, console and GraphQL log
    setupFiles: ["@edu2035/ui/testing/recordFailures"],
  },
});
