/**
 * Reads that may lag go to a real streaming replica (DATABASE_REPLICA_URL); writes, sessions and
 * read-your-own-write paths stay on the primary. On this machine: a private primary and a hot
 * standby made from it with `pg_basebackup -R` (`startReplicaPair`), each on its own loopback
 * port, and the API as a real process with DATABASE_URL = primary and DATABASE_REPLICA_URL =
 * standby.
 *
 * The proof that the dashboard is read on the standby: with the standby's replay paused
 * (`pg_wal_replay_pause()`), an edit through the API is saved (the mutation's answer and the
 * roster, both from the primary, show it) while the targets still show the old value; after
 * replay resumes and the standby has replayed up to the primary's WAL position (LSN), the
 * targets show the new value. The API's connections to the standby carry application_name
 * `edu2035-api-replica` in its pg_stat_activity, and the primary has none of them.
 *
 * Skips, saying why, only where the PostgreSQL server binaries are missing.
 */
import { backfillWindows, createDb } from "@edu2035/db";
import { type ReplicaPair, replicaAvailable, startReplicaPair, until } from "@edu2035/db/testing";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "../env.ts";
import { FIXTURE_PASSWORD, loadSmallCity, type SmallCity } from "../fixtures/smallCity.ts";
import { type ApiProcess, startApiProcess } from "../testing/apiProcess.ts";
import { gql, loginAs } from "../testing.ts";

const available = replicaAvailable();

describe("without a replica", () => {
  it("reads everything on the primary: readDb is the primary's handle", async () => {
    // postgres.js connects lazily: nothing listens on port 1, and nothing needs to
    const handle = await createDb({ url: "postgres://edu2035@127.0.0.1:1/edu2035" });
    try {
      expect(handle.hasReplica).toBe(false);
      expect(handle.readDb).toBe(handle.db);
    } finally {
      await handle.close();
    }
  });
  it("refuses DATABASE_REPLICA_URL without DATABASE_URL, naming both", async () => {
    expect(() => readEnv({ DATABASE_REPLICA_URL: "postgres://u@standby:5432/edu2035" })).toThrow(
      "DATABASE_REPLICA_URL 需要同时设置 DATABASE_URL",
    );
    await expect(createDb({ replicaUrl: "postgres://u@standby:5432/edu2035" })).rejects.toThrow(
      "replicaUrl needs url",
    );
    expect(
      readEnv({
        DATABASE_URL: "postgres://u@primary/edu2035",
        DATABASE_REPLICA_URL: "postgres://u@standby/edu2035",
      }).DATABASE_REPLICA_URL,
    ).toBe("postgres://u@standby/edu2035");
  });
});
const DATABASE = "edu2035";

const RESULTS = `query($u: OrgUnitInput!) { targetResults(unit: $u, schoolYear: 2025, targetIds: ["A08"]) {
  target { id } value numerator denominator } }`;
const DASHBOARD = `{ targetDashboard(unit: { level: CITY }, fromYear: 2025, toYear: 2025, targetIds: ["A08"]) {
  results { unit { id } schoolYear target { id } numerator denominator } } }`;
const ROSTER = `query($f: StaffFilter!) { staff(filter: $f, pageSize: 100) { items { id name education version } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $patch: StaffPatch!) {
  updateStaff(id: $id, version: $v, patch: $patch) { staff { id name education version } } }`;

describe.skipIf(!available.ok)(
  `a streaming replica serves the dashboards${available.ok ? "" : ` (skipped: ${available.reason})`}`,
  () => {
    let pair: ReplicaPair | undefined;
    let api: ApiProcess | undefined;
    let ids: SmallCity;
    let city: string;
    let p1: string;

    /** A08 of the city in 2025 as the API answers it: numerator / denominator. */
    const cityA08 = async () => {
      const r = await gql(api!.url, RESULTS, { u: { level: "CITY" } }, city);
      const a08 = r.data?.targetResults?.[0];
      return `${a08?.numerator}/${a08?.denominator}`;
    };
    /** The same through targetDashboard (the city's own row). */
    const dashboardA08 = async () => {
      const r = await gql(api!.url, DASHBOARD, {}, city);
      const own = r.data?.targetDashboard.results.find(
        (x: { unit: { id: string | null } }) => x.unit.id === null,
      );
      return `${own?.numerator}/${own?.denominator}`;
    };
    const onStandby = async <T>(run: (sql: postgres.Sql) => Promise<T>): Promise<T> => {
      const sql = postgres(pair!.standby.urlFor(DATABASE), { max: 1, onnotice: () => {} });
      try {
        return await run(sql);
      } finally {
        await sql.end({ timeout: 5 });
      }
    };
    /** API connections by application_name on a server (the test's own connection excluded). */
    const apiConnections = async (url: string) => {
      const sql = postgres(url, { max: 1, onnotice: () => {} });
      try {
        const rows = await sql<{ name: string; n: number }[]>`
          select application_name as name, cast(count(*) as integer) as n from pg_stat_activity
          where datname = ${DATABASE} and application_name like 'edu2035-api%' group by 1 order by 1`;
        return Object.fromEntries(rows.map((r) => [r.name, r.n]));
      } finally {
        await sql.end({ timeout: 5 });
      }
    };

    beforeAll(async () => {
      pair = await startReplicaPair(async (primary) => {
        const admin = postgres(primary.url, { max: 1, onnotice: () => {} });
        await admin.unsafe(`create database ${DATABASE}`);
        await admin.end({ timeout: 5 });
        const handle = await createDb({ url: primary.urlFor(DATABASE), maxConnections: 2 });
        try {
          await handle.migrate();
          ids = await loadSmallCity(handle.db);
          // the fixture's roster is of 2025, a past year: open it for 补录 so it may be edited
          await handle.db.insert(backfillWindows).values({
            schoolYear: 2025,
            districtId: ids.d1,
            reason: "测试补录",
            closesAt: new Date("2100-01-01"),
          });
        } finally {
          await handle.close();
        }
      });
      api = await startApiProcess({
        env: {
          DATABASE_URL: pair.primary.urlFor(DATABASE),
          DATABASE_REPLICA_URL: pair.standby.urlFor(DATABASE),
        },
        wait: true,
      });
      city = await loginAs(api.url, "city", FIXTURE_PASSWORD, "CITY");
      p1 = await loginAs(api.url, "p1", FIXTURE_PASSWORD, "SCHOOL");
    }, 300_000);

    afterAll(async () => {
      await api?.stop();
      await pair?.destroy();
    }, 120_000);

    it("has a standby in recovery that replays the primary", async () => {
      expect(await onStandby((sql) => sql`select pg_is_in_recovery() as r`)).toEqual([{ r: true }]);
      // logins wrote sessions and audit rows on the primary; the standby gets them by streaming
      const count = async (url: string) => {
        const sql = postgres(url, { max: 1, onnotice: () => {} });
        try {
          const [row] = await sql<{ n: number }[]>`select cast(count(*) as integer) as n from sessions`;
          return row!.n;
        } finally {
          await sql.end({ timeout: 5 });
        }
      };
      expect(await count(pair!.primary.urlFor(DATABASE))).toBe(2);
      const lsn = await pair!.waitForReplay(DATABASE);
      expect(lsn).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
      // the two sessions reach the standby (polled: a busy standby may apply the WAL a moment after
      // reporting its position)
      let seen = -1;
      await until(
        async () => {
          seen = await count(pair!.standby.urlFor(DATABASE));
          return seen === 2;
        },
        30_000,
        () => `the standby shows ${seen} sessions of the primary's 2 after 30 s`,
      );
    });

    it("reads the targets on the standby, and the edit and the roster on the primary", async () => {
      // P1 3 of 4 full-time teachers with 本科+, N2 3 of 5 → city 6/9 (see the fixture)
      expect(await cityA08()).toBe("6/9");
      expect(await dashboardA08()).toBe("6/9");
      const connections = await apiConnections(pair!.standby.urlFor(DATABASE));
      expect(connections["edu2035-api-replica"]).toBeGreaterThan(0);
      expect(connections["edu2035-api"]).toBeUndefined();
      expect((await apiConnections(pair!.primary.urlFor(DATABASE)))["edu2035-api-replica"]).toBeUndefined();

      // the standby stops replaying: what the API reads there is frozen from here
      await onStandby((sql) => sql`select pg_wal_replay_pause()`);
      try {
        const roster = await gql(api!.url, ROSTER, { f: { schoolYear: 2025, schoolId: ids.p1 } }, p1);
        const jia4 = roster.data?.staff.items.find((s: { name: string }) => s.name === "甲四");
        expect(jia4).toMatchObject({ education: "ASSOCIATE", version: 1 });
        // 甲四 gets a bachelor's degree: P1 4 of 4, city 7/9
        const saved = await gql(
          api!.url,
          UPDATE,
          { id: jia4.id, v: 1, patch: { education: "BACHELOR" } },
          p1,
        );
        expect(saved.errors).toBeUndefined();
        // the mutation's answer and the roster come from the primary: the edit at once
        expect(saved.data?.updateStaff.staff).toEqual({
          id: jia4.id,
          name: "甲四",
          education: "BACHELOR",
          version: 2,
        });
        const after = await gql(api!.url, ROSTER, { f: { schoolYear: 2025, schoolId: ids.p1 } }, p1);
        expect(after.data?.staff.items.find((s: { id: string }) => s.id === jia4.id)).toMatchObject({
          education: "BACHELOR",
          version: 2,
        });
        // a version check is on the primary too: the old version is refused
        const stale = await gql(api!.url, UPDATE, { id: jia4.id, v: 1, patch: { trainingHours: 1 } }, p1);
        expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
        // a login during the pause works: sessions are written and read on the primary
        const again = await loginAs(api!.url, "haibowan", FIXTURE_PASSWORD, "DISTRICT");
        expect((await gql(api!.url, `{ viewer { level } }`, {}, again)).data).toEqual({
          viewer: { level: "DISTRICT" },
        });
        // the targets are read on the paused standby: still the old value
        expect(await cityA08()).toBe("6/9");
        expect(await dashboardA08()).toBe("6/9");
      } finally {
        await onStandby((sql) => sql`select pg_wal_replay_resume()`);
      }
      // once the standby has replayed up to the primary's position, the targets show the edit
      await pair!.waitForReplay(DATABASE);
      expect(await cityA08()).toBe("7/9");
      expect(await dashboardA08()).toBe("7/9");
    });
  },
);
