/**
 * The roster summary (名册汇总, issue 15) stays equal to a full recomputation from the roster
 * through every kind of roster write, and the roster figures change on the next query after each
 * write; the consistency check finds a wrong row and a stale trigger function, and the repair
 * mends both. Through GraphQL as the apps ask, on PGlite and (with DATABASE_URL) PostgreSQL.
 *
 * Fixture: fixtures/smallCity.ts. Y is the current school year (2026 when written), whose
 * 统计时点 is Y-09-01. P1 (海勃湾区第一小学) 2025: 专任 甲一 甲二 甲三 (本科; 甲三 体育) 甲四
 * (专科), 甲五 (专科, not 专任), 甲六 (校长). A08 counts 专任 小学/初中 teachers, 本科+ over all.
 *
 * Hand-worked A08 of P1 in Y, after each write:
 * 1. 名册结转 of P1 into Y carries 甲一–甲六: 本科 甲一 甲二 甲三 of 甲一–甲四 = 3/4 = 75%;
 *    B08 P1 has a 体育 专任 teacher (甲三): 1/1 = 100%.
 * 2. addStaff 辛一 (本科, 小学, 专任): 4/5 = 80%.
 * 3. staffLeave 甲一 (调出) on Y-09-01: not on the roster at the 统计时点 (left_on > 1 Sept only):
 *    甲二 甲三 辛一 of 甲二 甲三 甲四 辛一 = 3/4 = 75%.
 * 4. updateStaff 甲四 → 本科, 60 training hours: 4/4 = 100%; B43 Σ hours = 60.
 * 5. importStaffExcel 辛二 (专科, 小学, 专任): 4/5 = 80%.
 * 6. two addStaff at once, 辛三 (本科) and 辛四 (专科): 5/7 = 71.43%.
 * 7. (PostgreSQL) two transactions on two connections each add one 本科 teacher to P1, the second
 *    while the first holds its summary row: 7/9 = 77.78% — neither delta lost.
 * School type (an operator's correction in SQL; the API refuses it while a roster exists): P1
 * 小学 → 幼儿园 moves its 2025 teachers from A08 to A07/B33. City 2025, before: A08 P1 3/4 + N2
 * 3/5 = 6/9; B33 K1 1/4 + K2 0/2 = 1/6; A07 K1 3/4 + K2 1/2 = 4/6. After: A08 N2 only 3/5 = 60%;
 * B33 adds 甲一–甲四 (专任) with 3 本科: (1 + 3)/(6 + 4) = 40%; A07 adds 4 without 学前 major or
 * 幼儿园 certificate: 4/10 = 40%. Back to 小学: 6/9 again.
 */
import { type DbHandle, people, staff } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { schoolYearOf } from "@edu2035/domain";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_PASSWORD, loadSmallCity, type SmallCity } from "../../../fixtures/smallCity.ts";
import { primaryTeacher } from "../../../testing/staffInput.ts";
import { columnOfHeader, openXlsx, saveXlsx } from "../../../testing/xlsx.ts";
import { gql, loginAs, startApiOn, TEST_NOW } from "../../../testing.ts";
import { checkStaffSummary, rebuildStaffSummary } from "./staffSummary.ts";

const Y = schoolYearOf(TEST_NOW);
const RESULTS = `query($u: OrgUnitInput!, $y: Int!, $ids: [ID!]) {
  targetResults(unit: $u, schoolYear: $y, targetIds: $ids) { target { id } value numerator denominator } }`;
const MEMBER = "id name version";
const ADD = `mutation($i: AddStaffInput!) { addStaff(input: $i) { staff { ${MEMBER} } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $p: StaffPatch!) { updateStaff(id: $id, version: $v, patch: $p) { staff { ${MEMBER} } } }`;
const LEAVE = `mutation($id: ID!, $v: Int!, $d: String!) { staffLeave(id: $id, version: $v, status: TRANSFERRED_OUT, leftOn: $d) { staff { ${MEMBER} } } }`;
const CARRY = `mutation($u: OrgUnitInput!, $y: Int!) { carryOverRoster(unit: $u, schoolYear: $y) { carried } }`;
const ROSTER = `query($f: StaffFilter!) { staff(filter: $f, pageSize: 100) { items { ${MEMBER} } } }`;
const TEMPLATE = `query($s: ID!) { staffExcelTemplate(schoolId: $s) { contentBase64 } }`;
const IMPORT = `mutation($s: ID!, $y: Int!, $f: String!) { importStaffExcel(schoolId: $s, schoolYear: $y, contentBase64: $f) { created saved errors { message } } }`;

type Figure = [number | null, number | null, number | null];

describe.each(testBackends())("roster summary maintained on write on $name", (backend) => {
  let h: DbHandle;
  let api: Awaited<ReturnType<typeof startApiOn>>;
  let ids: SmallCity;
  let url: string;
  const t: Record<string, string> = {};

  beforeAll(async () => {
    h = await backend.open();
    ids = await loadSmallCity(h.db);
    api = await startApiOn(h);
    url = api.url;
    t.city = await loginAs(url, "city", FIXTURE_PASSWORD, "CITY");
    t.p1 = await loginAs(url, "p1", FIXTURE_PASSWORD, "SCHOOL");
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    await h?.close();
  });

  /** { A08: [value, numerator, denominator], … } of a unit and year. */
  const results = async (u: { level: string; id?: string }, y: number, targets: string[]) => {
    const r = await gql(url, RESULTS, { u, y, ids: targets }, t.city);
    expect(r.errors).toBeUndefined();
    type Row = { target: { id: string }; value: number; numerator: number; denominator: number };
    const rows: Row[] = r.data?.targetResults ?? [];
    return Object.fromEntries(
      rows.map((x) => [x.target.id, [x.value, x.numerator, x.denominator]]),
    ) as Record<string, Figure>;
  };
  const p1A08 = async () => (await results({ level: "SCHOOL", id: ids.p1 }, Y, ["A08"])).A08;
  const close = (got: Figure | undefined, n: number, d: number) => {
    expect(got?.slice(1)).toEqual([n, d]);
    expect(got?.[0]).toBeCloseTo((n / d) * 100, 6);
  };
  const consistent = async () =>
    expect(await checkStaffSummary(h.db)).toEqual({ staleFunctions: [], differences: [] });
  const member = async (name: string) => {
    const r = await gql(url, ROSTER, { f: { schoolId: ids.p1, schoolYear: Y } }, t.p1);
    return ((r.data?.staff.items ?? []) as { id: string; name: string; version: number }[]).find(
      (m) => m.name === name,
    )!;
  };

  it("is consistent after loading the fixture, with the installed functions generated from the populations", async () => {
    await consistent();
  });

  it("changes P1's A08 on the next query after each roster write, and stays consistent", async () => {
    const carry = await gql(url, CARRY, { u: { level: "SCHOOL", id: ids.p1 }, y: Y }, t.p1);
    expect(carry.errors).toBeUndefined();
    expect(carry.data?.carryOverRoster.carried).toBe(6);
    close(await p1A08(), 3, 4);
    close((await results({ level: "SCHOOL", id: ids.p1 }, Y, ["B08"])).B08, 1, 1);
    await consistent();

    const add = await gql(url, ADD, { i: { ...primaryTeacher("辛一"), schoolId: ids.p1 } }, t.p1);
    expect(add.errors).toBeUndefined();
    close(await p1A08(), 4, 5);

    const jia1 = await member("甲一");
    const leave = await gql(url, LEAVE, { id: jia1.id, v: jia1.version, d: `${Y}-09-01` }, t.p1);
    expect(leave.errors).toBeUndefined();
    close(await p1A08(), 3, 4);

    const jia4 = await member("甲四");
    const update = await gql(
      url,
      UPDATE,
      { id: jia4.id, v: jia4.version, p: { education: "BACHELOR", trainingHours: 60 } },
      t.p1,
    );
    expect(update.errors).toBeUndefined();
    close(await p1A08(), 4, 4);
    expect((await results({ level: "SCHOOL", id: ids.p1 }, Y, ["B43"])).B43?.[1]).toBe(60);
    await consistent();

    const template = (await gql(url, TEMPLATE, { s: ids.p1 }, t.p1)).data?.staffExcelTemplate.contentBase64;
    const wb = await openXlsx(template);
    const row: Record<string, string> = {
      姓名: "辛二",
      性别: "男",
      出生日期: "1986-02-03",
      岗位: "教师",
      是否专任教师: "是",
      任教学段: "小学",
      任教学科: "数学",
      最高学历: "专科",
    };
    const ws = wb.getWorksheet("花名册")!;
    for (const [header, v] of Object.entries(row)) ws.getCell(2, columnOfHeader(ws, header)).value = v;
    const file = await saveXlsx(wb);
    const imp = await gql(url, IMPORT, { s: ids.p1, y: Y, f: file }, t.p1);
    expect(imp.data?.importStaffExcel).toEqual({ created: 1, saved: true, errors: [] });
    close(await p1A08(), 4, 5);

    const both = await Promise.all([
      gql(url, ADD, { i: { ...primaryTeacher("辛三"), schoolId: ids.p1 } }, t.p1),
      gql(url, ADD, { i: { ...primaryTeacher("辛四", { education: "ASSOCIATE" }), schoolId: ids.p1 } }, t.p1),
    ]);
    expect(both.map((r) => r.errors)).toEqual([undefined, undefined]);
    close(await p1A08(), 5, 7);
    await consistent();
  }, 120_000);

  it("loses no update when two transactions add to one school at once (PostgreSQL)", async () => {
    if (h.kind !== "postgres") return; // PGlite has one connection: nothing runs at once
    const add = async (name: string) => {
      const [p] = await h.db
        .insert(people)
        .values({ name, gender: "male", birthDate: "1990-03-03" })
        .returning();
      return {
        personId: p!.id,
        schoolYear: Y,
        schoolId: ids.p1,
        districtId: ids.d1,
        role: "teacher" as const,
        stage: "primary" as const,
        subject: "chinese" as const,
        education: "bachelor" as const,
      };
    };
    const [a, b] = [await add("壬一"), await add("壬二")];
    // the first transaction inserts and holds its summary row; the second inserts before the
    // first commits (its upsert waits for the row), then both commit
    let firstInserted!: () => void;
    const inserted = new Promise<void>((r) => {
      firstInserted = r;
    });
    let secondSent!: () => void;
    const sent = new Promise<void>((r) => {
      secondSent = r;
    });
    await Promise.all([
      h.db.transaction(async (tx) => {
        await tx.insert(staff).values(a);
        firstInserted();
        await sent;
      }),
      h.db.transaction(async (tx) => {
        await inserted;
        const insert = tx.insert(staff).values(b).execute();
        secondSent();
        await insert;
      }),
    ]);
    close(await p1A08(), 7, 9);
    await consistent();
  }, 120_000);

  it("recomputes a school's rows when its type changes", async () => {
    const city = () => results({ level: "CITY" }, 2025, ["A08", "B33", "A07"]);
    let c = await city();
    close(c.A08, 6, 9);
    close(c.B33, 1, 6);
    close(c.A07, 4, 6);
    await h.db.execute(sql`update schools set type = 'kindergarten' where id = ${ids.p1}`);
    c = await city();
    close(c.A08, 3, 5);
    close(c.B33, 4, 10);
    close(c.A07, 4, 10);
    await consistent();
    await h.db.execute(sql`update schools set type = 'primary' where id = ${ids.p1}`);
    close((await city()).A08, 6, 9);
    await consistent();
  }, 120_000);

  it("reports a wrong row and a stale function, and the repair mends both", async () => {
    await h.db.execute(
      sql`update staff_school_year_summary set a08_denominator = a08_denominator + 1 where school_id = ${ids.p1} and school_year = 2025`,
    );
    await h.db.execute(
      sql.raw(
        "create or replace function staff_summary_truncate() returns trigger language plpgsql as $fn$ begin return null; end $fn$",
      ),
    );
    // P1 2025: 4 teachers in A08's population (甲一–甲四), the row says 5
    expect(await checkStaffSummary(h.db)).toEqual({
      staleFunctions: ["staff_summary_truncate"],
      differences: [{ schoolId: ids.p1, schoolYear: 2025, counts: { a08_denominator: [4, 5] } }],
    });
    // the dashboard reads the row: 6/10 until repaired
    close((await results({ level: "CITY" }, 2025, ["A08"])).A08, 6, 10);
    const rows = await rebuildStaffSummary(h.db);
    // one row per school and year with a roster: 2025 P1 K1 V1 N2 K2, Y P1
    expect(rows).toBe(6);
    await consistent();
    close((await results({ level: "CITY" }, 2025, ["A08"])).A08, 6, 9);
  }, 120_000);
});
