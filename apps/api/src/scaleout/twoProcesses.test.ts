/**
 * Two API processes on one PostgreSQL behave as one (issue 8, "It scales out on PostgreSQL"):
 * - started at the same moment on an EMPTY database, both come up and the migrations run once
 *   (an advisory lock serialises them: each migration is in drizzle's table exactly once);
 * - a session opened by login on process 1 works on process 2, and a logout on 2 ends it on 1;
 * - login throttling counts across them: wrong passwords split between the two reach the limit
 *   (PAIR_LIMIT for an account from one address) and refuse that address on both;
 * - two edits naming the same version, sent at once through different processes: one is saved,
 *   the other refused with CONFLICT, and the refused value is nowhere.
 *
 * Real child processes (`node --import tsx src/main.ts`), a fresh database on the server of
 * DATABASE_URL, dropped after; the processes are killed even when a test fails. Runs only with
 * DATABASE_URL: PGlite is one process's embedded database, there is nothing to share.
 */
import { readFileSync } from "node:fs";
import { backfillWindows, createDb, MIGRATIONS_FOLDER } from "@edu2035/db";
import { createThrowawayDatabase, type ThrowawayDatabase } from "@edu2035/db/testing";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "../env.ts";
import { FIXTURE_PASSWORD, loadSmallCity, type SmallCity } from "../fixtures/smallCity.ts";
import { PAIR_LIMIT } from "../modules/auth/throttle.ts";
import { type ApiProcess, startApiProcess, waitUntilServing } from "../testing/apiProcess.ts";
import { gql, loginAs } from "../testing.ts";

const DATABASE_URL = readEnv().DATABASE_URL;

/** The committed migrations (drizzle-kit's journal): what the migrations table must hold once each. */
const JOURNAL = JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, "utf8")) as {
  entries: { tag: string; when: number }[];
};

const UPDATE = `mutation($id: ID!, $v: Int!, $patch: StaffPatch!) {
  updateStaff(id: $id, version: $v, patch: $patch) { staff { id trainingHours version } } }`;

describe.skipIf(!DATABASE_URL)("two API processes on one PostgreSQL (needs DATABASE_URL)", () => {
  let database: ThrowawayDatabase | undefined;
  const apis: ApiProcess[] = [];
  let ids: SmallCity;
  let one: string;
  let two: string;

  beforeAll(async () => {
    database = await createThrowawayDatabase(DATABASE_URL as string);
    // both at the same moment, on the empty database: each runs the migrations at start
    apis.push(
      ...(await Promise.all([
        startApiProcess({ env: { DATABASE_URL: database.url } }),
        startApiProcess({ env: { DATABASE_URL: database.url } }),
      ])),
    );
    await Promise.all(apis.map((a) => waitUntilServing(a)));
    one = apis[0]!.url;
    two = apis[1]!.url;
    // the small fixture, written through the db package (no demo accounts in this database)
    const handle = await createDb({ url: database.url, maxConnections: 2 });
    try {
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
  }, 240_000);

  afterAll(async () => {
    await Promise.all(apis.map((a) => a.stop()));
    await database?.drop();
  }, 60_000);

  it("both came up on the empty database and ran each migration once", async () => {
    const sql = postgres(database!.url, { max: 1, onnotice: () => {} });
    try {
      const rows = await sql<{ hash: string; created_at: string }[]>`
        select hash, created_at from drizzle.__drizzle_migrations order by created_at`;
      expect(rows).toHaveLength(JOURNAL.entries.length);
      expect(new Set(rows.map((r) => r.hash)).size).toBe(JOURNAL.entries.length);
      expect(rows.map((r) => Number(r.created_at))).toEqual(JOURNAL.entries.map((e) => e.when));
      // no demo data: the fixture's 2 districts are all there is
      const [d] = await sql<{ n: number }[]>`select cast(count(*) as integer) as n from districts`;
      expect(d!.n).toBe(2);
    } finally {
      await sql.end({ timeout: 5 });
    }
    for (const url of [one, two]) {
      expect((await gql(url, "{ health { ok database } }")).data).toEqual({
        health: { ok: true, database: "postgres" },
      });
    }
  });

  it("serves a session opened on process 1 from process 2, and ends it on both by a logout on 2", async () => {
    const token = await loginAs(one, "hainan", FIXTURE_PASSWORD, "DISTRICT");
    const viewer = `{ viewer { level user { username } orgUnit { id name } } }`;
    expect((await gql(two, viewer, {}, token)).data).toEqual({
      viewer: { level: "DISTRICT", user: { username: "hainan" }, orgUnit: { id: ids.d2, name: "海南区" } },
    });
    // scoped on process 2 as on process 1: the other district is refused
    const other = await gql(two, `query($id: ID!) { district(id: $id) { name } }`, { id: ids.d1 }, token);
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await gql(two, `mutation { logout { ok } }`, {}, token)).data).toEqual({ logout: { ok: true } });
    expect((await gql(one, viewer, {}, token)).data).toEqual({ viewer: null });
    const after = await gql(one, `{ districts { id } }`, {}, token);
    expect(after.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("counts wrong passwords across both processes and throttles the address on both", async () => {
    const attempt = (url: string, password: string) =>
      gql(url, `mutation($i: LoginInput!) { login(input: $i) { token } }`, {
        i: { username: "n2", password, app: "SCHOOL" },
      });
    // wrong passwords alternate between the processes: 1, 2, 1, 2, 1 (PAIR_LIMIT = 5)
    expect(PAIR_LIMIT).toBe(5);
    for (let i = 0; i < PAIR_LIMIT; i++) {
      const r = await attempt(i % 2 === 0 ? one : two, "Wrong@2035");
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "password" });
      expect(r.errors?.[0]?.message).toBe("用户名或密码错误");
    }
    // now the right password is refused from this address on either process
    for (const url of [two, one]) {
      const r = await attempt(url, FIXTURE_PASSWORD);
      expect(r.data).toBeNull();
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "password" });
      expect(r.errors?.[0]?.message).toMatch(/^登录尝试过于频繁，请 1[45] 分钟后再试$/);
    }
    // four wrong ones split between them do not throttle another account
    for (let i = 0; i < PAIR_LIMIT - 1; i++) {
      const r = await gql(i % 2 ? two : one, `mutation($i: LoginInput!) { login(input: $i) { token } }`, {
        i: { username: "p1", password: "Wrong@2035", app: "SCHOOL" },
      });
      expect(r.errors?.[0]?.message).toBe("用户名或密码错误");
    }
    expect(await loginAs(two, "p1", FIXTURE_PASSWORD, "SCHOOL")).toMatch(/^[\w-]{43}$/);
  });

  it("refuses one of two edits naming the same version sent through different processes", async () => {
    const t1 = await loginAs(one, "p1", FIXTURE_PASSWORD, "SCHOOL");
    const t2 = await loginAs(two, "haibowan", FIXTURE_PASSWORD, "DISTRICT");
    const list = await gql(
      two,
      `query($f: StaffFilter!) { staff(filter: $f, pageSize: 100) { items { id name version trainingHours } } }`,
      { f: { schoolYear: 2025, schoolId: ids.p1 } },
      t2,
    );
    const member = list.data?.staff.items[0] as { id: string; version: number; trainingHours: number | null };
    expect(member).toBeDefined();
    // 5 rounds, each a fresh race between the processes on the record's current version
    let version = member.version;
    for (let round = 0; round < 5; round++) {
      const a = 100 + round;
      const b = 200 + round;
      const [ra, rb] = await Promise.all([
        gql(one, UPDATE, { id: member.id, v: version, patch: { trainingHours: a } }, t1),
        gql(two, UPDATE, { id: member.id, v: version, patch: { trainingHours: b } }, t2),
      ]);
      const saved = [ra, rb].filter((r) => !r.errors);
      const refused = [ra, rb].filter((r) => r.errors);
      expect(saved).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect(refused[0]!.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "VERSION" });
      expect(refused[0]!.errors?.[0]?.message).toBe("该教职工信息已被他人修改，请刷新后重新编辑（未保存）");
      const winner = saved[0]!.data?.updateStaff.staff as { trainingHours: number; version: number };
      expect(winner.version).toBe(version + 1);
      expect([a, b]).toContain(winner.trainingHours);
      // both processes now read the winner's value, never the refused one
      for (const [url, token] of [
        [one, t1],
        [two, t2],
      ] as const) {
        const r = await gql(
          url,
          `query($f: StaffFilter!) { staff(filter: $f, pageSize: 100) { items { id version trainingHours } } }`,
          { f: { schoolYear: 2025, schoolId: ids.p1 } },
          token,
        );
        const items = (r.data?.staff.items ?? []) as { id: string; version: number; trainingHours: number }[];
        const now = items.find((x) => x.id === member.id);
        expect(now).toEqual({ id: member.id, version: version + 1, trainingHours: winner.trainingHours });
      }
      version += 1;
    }
  });
});
