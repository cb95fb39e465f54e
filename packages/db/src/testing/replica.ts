/**
 * A real PostgreSQL streaming replica (流复制只读副本) for tests: a private primary cluster and a
 * hot standby copied from it with `pg_basebackup -R -X stream` (standby.signal and
 * primary_conninfo written by pg_basebackup), each on its own free loopback port, both in
 * throwaway folders (see `cluster.ts`). `waitForReplay()` waits until the standby has replayed
 * everything the primary had written when it was called, by comparing WAL positions (LSN).
 */
import postgres from "postgres";
import { clusterAvailable, type PgCluster, startCluster } from "./cluster.ts";
import { until } from "./until.ts";

/** A primary and its streaming standby. */
export interface ReplicaPair {
  primary: PgCluster;
  standby: PgCluster;
  /**
   * Wait until the standby's replay position reaches the primary's current WAL position
   * (`pg_last_wal_replay_lsn() >= pg_current_wal_lsn()` read on the primary first).
   * @returns the LSN waited for, e.g. "0/3000148".
   * @throws after `timeoutMs` (default 60 s), with both positions and the standby's log.
   */
  waitForReplay(database?: string, timeoutMs?: number): Promise<string>;
  /** Destroy the standby, then the primary (stop, remove folders). Safe to call twice. */
  destroy(): Promise<void>;
}

/** Whether a replica pair can be started here, and why not (no server binaries, …). */
export const replicaAvailable = clusterAvailable;

/**
 * Start a private primary, then a standby streaming from it. `prepare` runs on the primary
 * before the base backup (e.g. create a database), so the standby starts with it; anything
 * later reaches the standby by streaming.
 */
export async function startReplicaPair(
  prepare?: (primary: PgCluster) => Promise<void>,
): Promise<ReplicaPair> {
  const primary = await startCluster();
  let standby: PgCluster | undefined;
  try {
    if (prepare) await prepare(primary);
    standby = await startCluster({ basebackupFrom: primary.url });
  } catch (e) {
    await standby?.destroy();
    await primary.destroy();
    throw e;
  }
  const s = standby;
  return {
    primary,
    standby: s,
    async waitForReplay(database = "postgres", timeoutMs = 60_000) {
      const p = postgres(primary.urlFor(database), { max: 1, onnotice: () => {} });
      const r = postgres(s.urlFor(database), { max: 1, onnotice: () => {} });
      try {
        const [{ lsn }] = (await p`select pg_current_wal_lsn()::text as lsn`) as unknown as [{ lsn: string }];
        let replayed: string | null = null;
        await until(
          async () => {
            const [row] = (await r`
              select pg_is_in_recovery() as standby, pg_last_wal_replay_lsn()::text as replayed,
                coalesce(pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn, false) as done`) as unknown as [
              { standby: boolean; replayed: string | null; done: boolean },
            ];
            if (!row.standby) throw new Error("the standby is not in recovery: not a replica");
            replayed = row.replayed;
            return row.done;
          },
          timeoutMs,
          () => `standby replayed ${replayed} of primary ${lsn} after ${timeoutMs} ms\n${s.log()}`,
        );
        return lsn;
      } finally {
        await Promise.all([p.end({ timeout: 5 }), r.end({ timeout: 5 })]);
      }
    },
    async destroy() {
      await s.destroy();
      await primary.destroy();
    },
  };
}
