/**
 * `pnpm start`'s API (src/dev.ts, a real child process on PGlite) on a new PGLITE_DIR: the
 * database is a copy of the published demo's cached dump (testing/publishedDemo.ts), not initdb +
 * demo load + publishing 2020—2024 (issue 15, first start); the next start on the same folder
 * keeps its data. Also the process log (http/log.ts): written asynchronously, yet every line of a
 * process that exits is there (flushed on exit).
 */
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO_PASSWORD } from "@edu2035/db/demo";
import { until } from "@edu2035/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiProcess, startApiProcess } from "../testing/apiProcess.ts";
import { publishedDemoDump } from "../testing/publishedDemo.ts";
import { gql, loginAs } from "../testing.ts";

/** A PGLITE_DIR of this run under the git-ignored .data/ (never the system temp folder). */
const DIR = fileURLToPath(new URL(`../../../../.data/dev-start-${process.pid}`, import.meta.url));

const YEARS = "{ statisticalYears { schoolYear state publishedVersion } }";

/** Start dev.ts on DIR and wait until it serves (on a busy 2-core machine this can take minutes). */
async function startDev(): Promise<ApiProcess> {
  return startApiProcess({
    script: "src/dev.ts",
    env: { PGLITE_DIR: DIR, LOG_LEVEL: "info" },
    wait: true,
    timeoutMs: 900_000,
  });
}

/** Stop the process and wait until its last log line ("stopped", flushed on exit) has been read. */
async function stopAndRead(api: ApiProcess): Promise<string> {
  await api.stop(60_000);
  await until(
    () => api.output().includes('"msg":"stopped"'),
    10_000,
    () => `no "stopped" line in the log:\n${api.output()}`,
  );
  return api.output();
}

describe("pnpm start's first start copies the published demo", () => {
  beforeAll(async () => {
    rmSync(DIR, { recursive: true, force: true });
    // built once per version of its sources and shared with the browser tests
    await publishedDemoDump();
  }, 1_800_000);
  afterAll(() => rmSync(DIR, { recursive: true, force: true }));

  it("serves the demo with 2020—2024 published from a copy of the dump, then keeps it on the next start", async () => {
    const first = await startDev();
    const token = await loginAs(first.url, "city", DEMO_PASSWORD, "CITY");
    const years = await gql<{
      statisticalYears: { schoolYear: number; state: string; publishedVersion: number | null }[];
    }>(first.url, YEARS, {}, token);
    expect(years.errors).toBeUndefined();
    const published = years
      .data!.statisticalYears.filter((y) => y.state === "PUBLISHED")
      .sort((a, b) => a.schoolYear - b.schoolYear);
    expect(published.map((y) => [y.schoolYear, y.publishedVersion])).toEqual([
      [2020, 1],
      [2021, 1],
      [2022, 1],
      [2023, 1],
      [2024, 1],
    ]);
    const firstLog = await stopAndRead(first);
    expect(firstLog).toContain("new database: copying the published Wuhai demo");
    expect(firstLog).toContain('"msg":"published demo dump unpacked"');
    // nothing loaded or published in the process itself
    expect(firstLog).not.toContain("empty database: loading the Wuhai demo data");
    expect(firstLog).not.toContain("demo years published");
    expect(existsSync(join(DIR, "PG_VERSION"))).toBe(true);

    const second = await startDev();
    expect(await loginAs(second.url, "city", DEMO_PASSWORD, "CITY")).toMatch(/^[\w-]{43}$/);
    const secondLog = await stopAndRead(second);
    expect(secondLog).not.toContain("new database: copying");
    expect(secondLog).not.toContain("empty database: loading");
    expect(readdirSync(DIR).length).toBeGreaterThan(0);
  }, 1_800_000);

  it("writes the log asynchronously yet loses no line: one graphql line per request, flushed on exit", async () => {
    const api = await startDev();
    // 3 requests: ~200 bytes of log each, well under the 4 KB buffer, so only the exit flush writes them
    for (let i = 0; i < 3; i++) {
      const r = await gql(api.url, "{ __typename }");
      expect(r.data).toEqual({ __typename: "Query" });
    }
    const log = await stopAndRead(api);
    const lines = log
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as { msg: string; kind?: string });
    expect(lines.filter((l) => l.msg === "graphql" && l.kind === "query").length).toBeGreaterThanOrEqual(3);
    expect(lines.at(-1)?.msg).toBe("stopped");
  }, 1_800_000);
});
