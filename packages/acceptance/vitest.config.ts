import { defineConfig } from "vitest/config";

/**
 * One walk-through per file, its steps in order: the API on the demo data, three Vite dev
 * servers and Chromium take a while to start, and each step waits on the previous one.
 */
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
