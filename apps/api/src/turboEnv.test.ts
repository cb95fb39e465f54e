/**
 * Turbo runs tasks in strict env mode: a variable not declared in turbo.json never reaches the
 * task, silently (the API then runs on its default). This test reads the variables each env
 * module reads and fails, naming them, when one is not declared for the turbo tasks that run
 * that code:
 * - apps/api/src/env.ts and the apps' vite.config.ts: `dev` (what `pnpm start` runs);
 * - packages/ui/src/testing/env.ts (browser tests): every `e2e` task;
 * - packages/acceptance/src/env.ts (walk-throughs): the acceptance package's `e2e`;
 * - packages/db/src/env.ts's DATABASE_URL (the database tests' PostgreSQL): `test`, `e2e` of
 *   the acceptance walk-through and `bench`;
 * - apps/api/bench/env.ts (the benchmark): `bench`.
 * A variable is declared for a task by globalEnv/globalPassThroughEnv or the task's
 * env/passThroughEnv. (`pnpm serve` runs Node directly, outside turbo.)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

interface TurboTask {
  env?: string[];
  passThroughEnv?: string[];
}
const turbo = JSON.parse(read("turbo.json")) as {
  globalEnv?: string[];
  globalPassThroughEnv?: string[];
  tasks: Record<string, TurboTask>;
};

/** The variables turbo hands to `task`. */
function declaredFor(task: string): Set<string> {
  const t = turbo.tasks[task];
  if (!t) throw new Error(`turbo.json has no task ${task}`);
  return new Set([
    ...(turbo.globalEnv ?? []),
    ...(turbo.globalPassThroughEnv ?? []),
    ...(t.env ?? []),
    ...(t.passThroughEnv ?? []),
  ]);
}

/**
 * The environment variables a module reads: upper-case keys of its schema/object literals
 * (`API_PORT: z…`, `CHROMIUM_PATH: get(…)`), `source.X`, `source["X"]`, `process.env.X` and
 * `get("X")` (not assignments `process.env.X = …`); comment lines skipped.
 */
function variablesRead(text: string): string[] {
  const code = text
    .split("\n")
    .filter((l) => !/^\s*(\*|\/\/|\/\*)/.test(l))
    .join("\n");
  const names = new Set<string>();
  const patterns = [
    /^\s+([A-Z][A-Z0-9_]*)\??\s*:/gm,
    /\b(?:source|env|process\.env)\.([A-Z][A-Z0-9_]*)\b(?!\s*=[^=])/g,
    /\b(?:source|env|process\.env)\[["']([A-Z][A-Z0-9_]*)["']\]/g,
    /\bget\(["']([A-Z][A-Z0-9_]*)["']\)/g,
  ];
  for (const p of patterns) for (const m of code.matchAll(p)) names.add(m[1]!);
  return [...names].sort();
}

const missing = (vars: string[], task: string) => vars.filter((v) => !declaredFor(task).has(v));

describe("every environment variable is declared to turbo", () => {
  it("reads the variables of apps/api/src/env.ts (sanity check of the reader)", () => {
    const vars = variablesRead(read("apps/api/src/env.ts"));
    for (const v of [
      "DATABASE_URL",
      "PGLITE_DIR",
      "API_PORT",
      "SESSION_TTL_HOURS",
      "ID_HASH_KEY",
      "LOG_LEVEL",
    ])
      expect(vars).toContain(v);
    expect(vars).not.toContain("DEVELOPMENT_ID_HASH_KEYS");
  });

  it("declares what the API and the apps' dev servers read for `dev` (pnpm start)", () => {
    const apps = readdirSync(join(ROOT, "apps")).filter((a) => a !== "api");
    const vars = new Set(variablesRead(read("apps/api/src/env.ts")));
    for (const app of apps) {
      let config: string;
      try {
        config = read(`apps/${app}/vite.config.ts`);
      } catch {
        continue;
      }
      for (const v of variablesRead(config)) vars.add(v);
    }
    expect(missing([...vars], "dev")).toEqual([]);
  });

  it("declares what the browser-test helpers read for every e2e task", () => {
    const vars = variablesRead(read("packages/ui/src/testing/env.ts"));
    expect(vars).toContain("CHROMIUM_PATH");
    for (const task of Object.keys(turbo.tasks).filter((t) => t === "e2e" || t.endsWith("#e2e")))
      expect({ task, missing: missing(vars, task) }).toEqual({ task, missing: [] });
  });

  it("declares what the walk-throughs read for the acceptance package's e2e", () => {
    const vars = variablesRead(read("packages/acceptance/src/env.ts"));
    expect(vars).toContain("WALKTHROUGH_CITY_URL");
    expect(missing(vars, "@edu2035/acceptance#e2e")).toEqual([]);
  });

  it("declares what the benchmark reads for `bench`", () => {
    const vars = variablesRead(read("apps/api/bench/env.ts"));
    expect(vars).toContain("BENCH_SIZES");
    expect(missing(vars, "bench")).toEqual([]);
  });

  it("passes DATABASE_URL to the tasks that run database tests", () => {
    expect(variablesRead(read("packages/db/src/env.ts"))).toContain("DATABASE_URL");
    for (const task of ["test", "bench", "@edu2035/acceptance#e2e"])
      expect({ task, missing: missing(["DATABASE_URL"], task) }).toEqual({ task, missing: [] });
  });
});
