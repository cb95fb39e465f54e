import { defineConfig } from "vitest/config";

/** Browser tests start the API, a Vite dev server and Chromium: give them time. */
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
