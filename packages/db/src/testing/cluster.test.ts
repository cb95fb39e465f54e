/**
 * The private cluster helper itself: it starts on its own loopback port with the replica-ready
 * settings and the caller's extra lines, keeps its data across stop/start and restart, and
 * leaves nothing behind: `destroy()` removes its folder, and a run killed with SIGKILL has its
 * server stopped and its folder removed by the next `startCluster()`. Skips, saying why,
 * without the server binaries.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { clusterAvailable, type PgCluster, startCluster } from "./cluster.ts";

const avail = clusterAvailable();
const clusters: PgCluster[] = [];

/** Whether something accepts a PostgreSQL connection at `url` (one try). */
async function answers(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

describe.skipIf(!avail.ok)(
  `private PostgreSQL cluster${avail.ok ? "" : ` (skipped: ${avail.reason})`}`,
  () => {
    afterAll(async () => {
      for (const c of clusters) await c.destroy();
    });

    it("starts replica-ready with extra settings, keeps its data across stop/start and restart, and destroy removes it", async () => {
      const c = await startCluster({ conf: ["work_mem = '5MB'"] });
      clusters.push(c);
      expect(c.url).toBe(`postgres://postgres@127.0.0.1:${c.port}/postgres`);
      const sql = postgres(c.url, { max: 1, onnotice: () => {} });
      try {
        const [s] =
          await sql`select current_setting('wal_level') as wal, current_setting('max_wal_senders') as senders,
        current_setting('work_mem') as mem, current_setting('listen_addresses') as listen`;
        expect(s).toEqual({ wal: "replica", senders: "10", mem: "5MB", listen: "127.0.0.1" });
        const [hba] = await sql`select count(*)::int as n from pg_hba_file_rules
        where 'replication' = any(database) and address = '127.0.0.1' and auth_method = 'trust'`;
        expect(hba?.n).toBeGreaterThan(0);
        await sql`create table kept (n int)`;
        await sql`insert into kept values (1)`;

        await c.stop();
        expect(c.running).toBe(false);
        expect(await answers(c.url)).toBe(false);
        await c.start();
        await c.restart();
        expect(c.running).toBe(true);
        // the same client reconnects by itself after the restart
        expect(await sql`select n from kept`).toEqual([{ n: 1 }]);
      } finally {
        await sql.end({ timeout: 1 });
      }
      await c.destroy();
      expect(existsSync(c.dir)).toBe(false);
      expect(await answers(c.url)).toBe(false);
      await c.destroy(); // twice is fine
    });

    it("stops and removes the cluster of a run killed with SIGKILL on the next start", async () => {
      const script = `const { startCluster } = await import(${JSON.stringify(fileURLToPath(new URL("./cluster.ts", import.meta.url)))});
      const c = await startCluster(); console.log(JSON.stringify({ url: c.url, dir: c.dir })); setInterval(() => {}, 1000);`;
      const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
        cwd: fileURLToPath(new URL("../..", import.meta.url)),
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      child.stderr.on("data", (d) => {
        out += String(d);
      });
      const started = await new Promise<{ url: string; dir: string }>((resolve, reject) => {
        child.stdout.on("data", (d) => {
          out += String(d);
          const line = out.split("\n").find((l) => l.startsWith("{"));
          if (line) resolve(JSON.parse(line));
        });
        child.once("exit", (code) =>
          reject(new Error(`the child exited (${code}) before starting:\n${out}`)),
        );
      });
      const gone = new Promise((r) => child.once("exit", r));
      child.kill("SIGKILL");
      await gone;
      // the killed run's server outlives it …
      expect(await answers(started.url)).toBe(true);
      expect(existsSync(started.dir)).toBe(true);
      // … until the next cluster is started
      const next = await startCluster();
      clusters.push(next);
      expect(existsSync(started.dir)).toBe(false);
      expect(await answers(started.url)).toBe(false);
    });
  },
);
