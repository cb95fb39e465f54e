/**
 * What an interrupted run leaves behind is cleaned up by the next run, and what a live run is
 * using is not: temporary cache files (by the cache folder's sweep) and test databases (by the
 * server's sweep, with DATABASE_URL), told apart by the `<host>-<pid>` in their names.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { readDbEnv } from "../env.ts";
import { CACHE_DIR, cachedFile, sweepCacheDir } from "./cache.ts";
import { hostTag, isRunning, mayBeLive, processTag } from "./owner.ts";
import { createThrowawayDatabase, sweepServer } from "./server.ts";
import { adminUrl, databaseUrlFor } from "./urls.ts";

/** The pid of a Node process that has already exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  const pid = Number(r.stdout.toString());
  expect(isRunning(pid)).toBe(false);
  return pid;
}

describe("owner tags", () => {
  it("tell a dead process of this host from a live one and from another host's", () => {
    expect(processTag()).toBe(`${hostTag()}-${process.pid}`);
    expect(mayBeLive(processTag())).toBe(true);
    expect(mayBeLive(`${hostTag()}-${deadPid()}`)).toBe(false);
    const otherHost = hostTag() === "000000" ? "ffffff" : "000000";
    expect(mayBeLive(`${otherHost}-${deadPid()}`)).toBe(true);
  });
});

describe("a cache build killed half-way", () => {
  const name = `killed-build-test-${process.pid}.txt`;
  const path = join(CACHE_DIR, name);
  afterAll(() => rmSync(path, { force: true }));

  it("leaves a lock the next caller takes over and a temporary file the sweep deletes", async () => {
    // a builder that writes half its file and hangs, killed with SIGKILL as turbo's abort or a CI timeout would
    const builder = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "-e",
        `import("./src/testing/cache.ts").then(({ cachedFile }) => cachedFile(${JSON.stringify(name)}, async (tmp) => {
          require("node:fs").writeFileSync(tmp, "half");
          console.log("building");
          await new Promise(() => {});
        }))`,
      ],
      { cwd: fileURLToPath(new URL("../..", import.meta.url)), stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve, reject) => {
      builder.stdout.on("data", (d: Buffer) => d.toString().includes("building") && resolve());
      builder.on("exit", (code) => reject(new Error(`the builder exited (${code}) before building`)));
    });
    const tmp = `${path}.${hostTag()}-${builder.pid}.tmp`;
    expect(existsSync(`${path}.lock`)).toBe(true);
    expect(existsSync(tmp)).toBe(true);
    builder.kill("SIGKILL");
    await new Promise((r) => builder.once("exit", r));

    expect(await cachedFile(name, async (t) => writeFileSync(t, "complete"))).toBe(path);
    expect(readFileSync(path, "utf8")).toBe("complete");
    expect(existsSync(`${path}.lock`)).toBe(false);
    sweepCacheDir();
    expect(existsSync(tmp)).toBe(false);
  });
});

describe("the cache folder's sweep", () => {
  const dead = join(CACHE_DIR, `pglite-demo-0000000000000000.tar.${hostTag()}-${deadPid()}.tmp`);
  const live = join(CACHE_DIR, `pglite-demo-0000000000000000.tar.${processTag()}.tmp`);
  afterAll(() => {
    for (const f of [dead, live]) rmSync(f, { force: true });
  });

  it("deletes the temporary files of dead processes and keeps those of live ones", () => {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(dead, "half a dump");
    writeFileSync(live, "a dump being written");
    sweepCacheDir();
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });
});

const url = readDbEnv().DATABASE_URL;

describe.skipIf(!url)(
  url ? "the PostgreSQL server's sweep" : "the PostgreSQL server's sweep (skipped: DATABASE_URL is not set)",
  () => {
    const sql = postgres(adminUrl(url ?? ""), { max: 1, onnotice: () => {} });
    const suffix = Math.random().toString(16).slice(2, 8).padEnd(6, "0");
    const names = {
      /** left by a killed run of this host: dropped */
      stale: `edu2035_t_${hostTag()}_${deadPid()}_${suffix}`,
      /** this live process's: kept */
      live: `edu2035_t_${hostTag()}_${process.pid}_${suffix}`,
      /** another host's: kept (its process cannot be checked from here) */
      otherHost: `edu2035_t_${hostTag() === "000000" ? "ffffff" : "000000"}_${deadPid()}_${suffix}`,
      /** a dead process's with a session still connected: kept */
      connected: `edu2035_build_${hostTag()}_${deadPid()}_${suffix}`,
    };
    let session: postgres.Sql | undefined;
    afterAll(async () => {
      await session?.end();
      for (const n of Object.values(names)) await sql.unsafe(`drop database if exists "${n}" with (force)`);
      await sql.end();
    });

    it("drops the databases of dead processes of this host that nobody uses, and no other", async () => {
      for (const n of Object.values(names)) await sql.unsafe(`create database "${n}"`);
      session = postgres(databaseUrlFor(url!, names.connected), { max: 1, onnotice: () => {} });
      await session`select 1`;

      const dropped = await sweepServer(url!);
      expect(dropped).toContain(names.stale);
      expect(dropped).not.toContain(names.live);
      expect(dropped).not.toContain(names.otherHost);
      expect(dropped).not.toContain(names.connected);
      const left = (await sql<{ datname: string }[]>`select datname from pg_database`).map((r) => r.datname);
      expect(left).not.toContain(names.stale);
      expect(left).toEqual(expect.arrayContaining([names.live, names.otherHost, names.connected]));
    });

    it("names a throwaway database as this process's, so only a dead run's is dropped", async () => {
      const db = await createThrowawayDatabase(url!);
      try {
        expect(db.name).toMatch(new RegExp(`^edu2035_t_${hostTag()}_${process.pid}_[0-9a-f]+$`));
        expect(db.url).toBe(databaseUrlFor(url!, db.name));
        expect(await sweepServer(url!)).not.toContain(db.name);
      } finally {
        await db.drop();
      }
      const left = (await sql<{ datname: string }[]>`select datname from pg_database`).map((r) => r.datname);
      expect(left).not.toContain(db.name);
    });
  },
);
