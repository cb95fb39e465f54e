import { defineConfig } from "vitest/config";

/**
 * Pure tests, but CI runs them beside the database and browser suites on 2 busy cores, where a
 * test of a few hundred ms idle can take 10× as long (issues.test.ts's 24,000 check characters:
 * 6.7 s at load ~20, over vitest's default 5 s): a timeout there is the machine, not the code.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
  },
});
