import { defineConfig } from "vitest/config";

/**
 * Browser tests start the API on the demo data, a Vite dev server and Chromium: give them time
 * (the setup alone can take a minute when turbo runs the three apps' tests at once).
 *
 * Two projects: build.e2e.test.ts runs Vite's `build()` in the test process, after which a later
 * `preview()` in the same process fails to load vite.config.ts ("viteApp.js does not provide an
 * export named 'appDevServer'"), so it keeps a process of its own (isolated); the other files
 * share their worker's module graph (isolate: false, as in the school and district apps: the
 * in-process test API, vite and playwright-core imported once per run instead of once per file).
 */
const shared = { testTimeout: 120_000, hookTimeout: 300_000 };

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: "build", include: ["src/build.e2e.test.ts"] } },
      {
        test: {
          ...shared,
          name: "app",
          include: ["src/**/*.test.ts"],
          exclude: ["src/build.e2e.test.ts", "**/node_modules/**"],
          isolate: false,
        },
      },
    ],
  },
});
