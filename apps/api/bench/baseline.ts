/**
 * What the benchmarks share to measure before/after in one run and to profile (import.bench.ts,
 * districtTable.bench.ts): an earlier commit's API served beside this checkout's, from the same
 * process and on the same database, and V8's sampling profiler over the timed runs.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DbHandle } from "@edu2035/db";

/**
 * BENCH_CPU_PROF: V8's sampling profiler over the timed runs of this process (the API is served
 * from it, so the profile holds the API's own work; on PGlite also its SQL), written as
 * `<name>.cpuprofile` into that folder (Chrome DevTools, Performance → Load profile).
 */
export function cpuProfiler(dir: string | undefined) {
  if (!dir) return { start() {}, stop(_name: string) {} };
  const session = new Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 200 });
  return {
    start() {
      session.post("Profiler.start");
    },
    stop(name: string) {
      // the in-thread session answers synchronously
      session.post("Profiler.stop", (error, result) => {
        if (error) throw error;
        writeFileSync(`${dir}/${name}.cpuprofile`, JSON.stringify(result.profile));
      });
    },
  };
}

/** This checkout's root, and the folders whose node_modules the baseline borrows. */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../../..");
const BORROWED_MODULES = ["apps/api", "packages/db", "packages/domain"];

/**
 * The API of commit `rev` started on `handle` (BENCH_BASELINE_REV): its apps/api and packages
 * extracted into a temporary folder, whose node_modules holds its own workspace packages
 * (@edu2035/*) and links to this checkout's other dependencies (the same exceljs, drizzle, zod).
 */
export async function baselineApi(
  rev: string,
  handle: DbHandle,
): Promise<{ url: string; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "edu2035-baseline-"));
  const archive = execFileSync("git", ["archive", rev, "apps/api", "packages"], {
    cwd: ROOT,
    maxBuffer: 1 << 30,
  });
  execFileSync("tar", ["-x", "-C", dir], { input: archive });
  const modules = join(dir, "node_modules");
  mkdirSync(join(modules, "@edu2035"), { recursive: true });
  for (const name of readdirSync(join(dir, "packages")))
    symlinkSync(join(dir, "packages", name), join(modules, "@edu2035", name));
  const linked = new Set<string>(["@edu2035"]);
  for (const from of BORROWED_MODULES) {
    for (const entry of readdirSync(join(ROOT, from, "node_modules"))) {
      const scoped = entry.startsWith("@");
      const names = scoped
        ? readdirSync(join(ROOT, from, "node_modules", entry)).map((n) => `${entry}/${n}`)
        : [entry];
      if (scoped && entry !== "@edu2035") mkdirSync(join(modules, entry), { recursive: true });
      for (const name of names) {
        if (linked.has(name) || name.startsWith("@edu2035") || name.startsWith(".")) continue;
        linked.add(name);
        symlinkSync(join(ROOT, from, "node_modules", name), join(modules, name));
      }
    }
  }
  const { startApiOn: startBaseline } = (await import(
    join(dir, "apps/api/src/testing.ts")
  )) as typeof import("../src/testing.ts");
  const api = await startBaseline(handle);
  return {
    url: api.url,
    async stop() {
      await api.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
