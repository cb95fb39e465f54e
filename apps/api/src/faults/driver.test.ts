/**
 * The PostgreSQL driver (postgres.js 3.4.9 with patches/postgres@3.4.9.patch) under the API's
 * own database handle (`createDb`, Drizzle transactions as the services run them), with a pool
 * of one connection so that the connection that was cut is the one used next.
 *
 * The test holds a row lock; the transaction writes a row, then waits to update the locked row;
 * the test terminates its backend (`pg_terminate_backend`). Two cases:
 * - the waiting statement ran before on that connection (prepared: the bytes of the ROLLBACK
 *   were written to the closed socket on the next tick: `TypeError: Cannot read properties of
 *   null (reading 'write')`, an uncaught exception that killed the process), and
 * - it is the statement's first run (the dead connection's 57P01 error answered the next query).
 * Either way now: the transaction rejects with a lost-connection error (DATABASE_UNAVAILABLE
 * for the API), nothing of it is written, and the same pool answers the next queries right.
 *
 * Runs on DATABASE_URL's server (a fresh database) or a private cluster; skips, saying why,
 * with neither.
 */
import { createDb, type DbHandle } from "@edu2035/db";
import { until } from "@edu2035/db/testing";
import { clusterAvailable, type PgCluster, startCluster } from "@edu2035/db/testing/cluster";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "../dbErrors.ts";
import { readEnv } from "../env.ts";
import { type SeededDatabase, seededDatabase } from "../testing/seededDatabase.ts";

const sharedUrl = readEnv().DATABASE_URL;
const cluster = clusterAvailable();
const skip = !sharedUrl && !cluster.ok;

describe.skipIf(skip)(
  `postgres.js: backend terminated inside a Drizzle transaction${skip ? ` (skipped: no DATABASE_URL and ${cluster.ok ? "" : cluster.reason})` : ""}`,
  () => {
    let server: PgCluster | undefined;
    let db: SeededDatabase;
    let h: DbHandle;
    let admin: postgres.Sql;

    beforeAll(async () => {
      server = sharedUrl ? undefined : await startCluster();
      db = await seededDatabase(sharedUrl ?? (server as PgCluster).url, false);
      admin = postgres(db.url, { max: 3, onnotice: () => {} });
      await admin`create table fault_probe (id int primary key, n int not null)`;
      await admin`create table fault_log (note text not null)`;
      await admin`insert into fault_probe values (1, 0), (2, 0)`;
      h = await createDb({ url: db.url, maxConnections: 1 });
    }, 300_000);
    afterAll(async () => {
      await h?.close();
      await admin?.end({ timeout: 5 });
      await db?.drop();
      await server?.destroy();
    }, 300_000);

    it.each([
      { name: "a statement prepared on the connection", warm: true },
      { name: "a statement's first run", warm: false },
    ])(
      "$name: the transaction fails as a lost connection, writes nothing, the pool serves again",
      async ({ warm }) => {
        // a fresh connection (its prepared statements are per connection)
        await h.close();
        h = await createDb({ url: db.url, maxConnections: 1 });
        const update = (id: number) => sql`update fault_probe set n = n + 1 where id = ${id}`;
        // warm: the same statement once before (on a row that does not exist), so it is prepared
        if (warm) await h.db.transaction(async (tx) => void (await tx.execute(update(3))));

        let release!: () => void;
        const held = new Promise<void>((r) => {
          release = r;
        });
        let lockPid = 0;
        let lockTx!: Promise<unknown>;
        await new Promise<void>((resolve, reject) => {
          lockTx = admin.begin(async (tx) => {
            await tx`select * from fault_probe where id = 2 for update`;
            const [row] = await tx`select pg_backend_pid() as pid`;
            lockPid = row?.pid as number;
            resolve();
            await held;
          });
          lockTx.catch(reject);
        });
        let failure: unknown = null;
        try {
          const run = h.db
            .transaction(async (tx) => {
              await tx.execute(sql`insert into fault_log (note) values (${"written before the cut"})`);
              await tx.execute(update(2)); // waits on the test's row lock
            })
            .then(
              () => null,
              (e: unknown) => e,
            );
          let victim = 0;
          await until(
            async () => {
              const rows =
                await admin`select pid from pg_stat_activity where ${lockPid} = any(pg_blocking_pids(pid))`;
              victim = (rows[0]?.pid as number | undefined) ?? 0;
              return victim !== 0;
            },
            60_000,
            () => "the transaction never waited on the row lock",
          );
          await admin`select pg_terminate_backend(${victim})`;
          failure = await run;
        } finally {
          release();
          await lockTx;
        }
        expect(failure, "the transaction must fail").not.toBeNull();
        expect(isDatabaseUnavailable(failure), String(failure)).toBe(true);

        // nothing of the transaction was written
        expect(await admin`select count(*)::int as n from fault_log`).toEqual([{ n: 0 }]);
        expect(await admin`select id, n from fault_probe order by id`).toEqual([
          { id: 1, n: 0 },
          { id: 2, n: 0 },
        ]);
        // the pool's only connection answers the next queries, each with its own answer
        for (let i = 0; i < 5; i++) {
          const rows = (await h.db.execute(sql`select ${i}::int as x`)) as unknown as { x: number }[];
          expect(rows[0]?.x, `query ${i} after the cut`).toBe(i);
        }
        const done = await h.db.transaction(async (tx) => {
          await tx.execute(update(2));
          return (await tx.execute(sql`select n from fault_probe where id = 2`)) as unknown as {
            n: number;
          }[];
        });
        expect(done).toEqual([{ n: 1 }]);
        await admin`update fault_probe set n = 0`;
      },
      300_000,
    );
  },
);
