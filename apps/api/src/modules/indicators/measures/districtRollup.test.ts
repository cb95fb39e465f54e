/**
 * The district rollups (区县汇总, issue 15): the city's and a district's own roster figures read
 * from per-(district, year, type) delta rows equal the per-school statement's, change on the next
 * query after a roster or a schools write, stay equal to a full recomputation, and two
 * transactions writing schools of one district at once both commit without waiting. Through
 * GraphQL as the apps ask, on PGlite and (with DATABASE_URL) PostgreSQL.
 *
 * Fixture: fixtures/smallCity.ts, school year 2025. A08 (专任 小学/初中 teachers, 本科+): P1 3/4
 * (D1), N2 3/5 (D2) → city 6/9, 2 schools included of 2 (P1 小学, N2 九年一贯制). A07
 * (幼儿园 专任, 学前 major or 幼儿园 certificate): K1 3/4 (D1), K2 1/2 (D2) → city 4/6.
 *
 * Hand-worked after each schools write (2025):
 * 1. createSchool 海勃湾区第二小学 (D1, 小学, no 开办日期: open in 2025), no roster: D1 A08 3/4,
 *    1 included, 1 missing; city 6/9, 2 included, 1 missing.
 * 2. moved to D2 (an operator's SQL: district_id): D1 A08 missing 0; D2 3/5 missing 1.
 * 3. closeSchool it on 2025-08-31 (before the 统计时点 2025-09-01): not expected in 2025: D2
 *    missing 0, city 6/9, 2 included, 0 missing.
 * 4. N2 opened on 2025-09-02 (after the 统计时点; SQL): not open in 2025, its roster not
 *    counted: city A08 3/4 (P1 only), 1 included; D2 A08 no data (0/0), 0 included 0 missing.
 *    Back to no 开办日期: 6/9.
 * Reports (B11 over the 中小学' approved reports: P1 380/400, N2 540/600; B17 the 年报汇总's
 * 大班额 + 超大班额 classes; K1's report is only submitted), 2025:
 * 6. city B11 920/1000, 2 included 0 missing; D2 540/600. P1's report given a grade with 1 大班额
 *    and 1 超大班额 class: city and D1 B17 = 2 (2 and 1 reports).
 * 7. P1's report back to 已提交 (SQL): city B11 540/600, 1 included 1 missing; with submitted
 *    reports (includeSubmitted) 920/1000 and B17 2; approved again: 920/1000.
 * 8. N2 closed on 2025-08-31 (SQL): its report not counted, N2 not expected: city B11 380/400,
 *    1 included 0 missing; reopened: 920/1000. N2's report deleted (its grades' and 年报汇总
 *    rows by cascade): city 380/400, 1 included, 1 missing.
 * 5. (PostgreSQL) 海勃湾区第三小学 created in D1 (小学, open in 2025); two transactions add a
 *    本科 小学 teacher each, to P1 and to it (one rollup key: D1, 2025, 小学), the second while
 *    the first holds that key's rows (deleted by its compaction, uncommitted; lock_timeout 10 s:
 *    a wait fails the test): D1 A08 P1 4/5 + 1/1 = 5/6, 2 included; city 8/11, 3 included. The
 *    key keeps 2 rows: the first's compacted row and the second's delta (it skipped the rows the
 *    first held).
 */
import { type DbHandle, people, staff } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_PASSWORD, loadSmallCity, type SmallCity } from "../../../fixtures/smallCity.ts";
import { toRows } from "../../../lib/rows.ts";
import { cityAccess } from "../../../testing/cityAccess.ts";
import { gql, loginAs, startApiOn } from "../../../testing.ts";
import { checkRollups, rebuildRollups } from "./districtRollup.ts";
import { inputsRows, inputsSchoolRows } from "./inputs.ts";
import { reportsRows, reportsSchoolRows } from "./reports.ts";
import { staffRows, staffSchoolRows } from "./staff.ts";

const RESULTS = `query($u: OrgUnitInput!, $y: Int!, $ids: [ID!], $s: Boolean) {
  targetResults(unit: $u, schoolYear: $y, targetIds: $ids, includeSubmitted: $s) { target { id } numerator denominator unitsIncluded unitsMissing } }`;
const CREATE_SCHOOL = `mutation($input: CreateSchoolInput!) { createSchool(input: $input) { school { id version } } }`;
const CLOSE_SCHOOL = `mutation($input: CloseSchoolInput!) { closeSchool(input: $input) { school { id closedOn } } }`;

/** [numerator, denominator, unitsIncluded, unitsMissing] of a target. */
type Figure = [number, number, number, number];

describe.each(testBackends())("district rollups on $name", (backend) => {
  let h: DbHandle;
  let api: Awaited<ReturnType<typeof startApiOn>>;
  let ids: SmallCity;
  let url: string;
  let city: string;

  beforeAll(async () => {
    h = await backend.open();
    ids = await loadSmallCity(h.db);
    api = await startApiOn(h);
    url = api.url;
    city = await loginAs(url, "city", FIXTURE_PASSWORD, "CITY");
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    await h?.close();
  });

  const results = async (u: { level: string; id?: string }, targets: string[], includeSubmitted = false) => {
    const r = await gql(url, RESULTS, { u, y: 2025, ids: targets, s: includeSubmitted }, city);
    expect(r.errors).toBeUndefined();
    type Row = {
      target: { id: string };
      numerator: number;
      denominator: number;
      unitsIncluded: number;
      unitsMissing: number;
    };
    const rows: Row[] = r.data?.targetResults ?? [];
    return Object.fromEntries(
      rows.map((x) => [x.target.id, [x.numerator, x.denominator, x.unitsIncluded, x.unitsMissing]]),
    ) as Record<string, Figure>;
  };
  const a08 = async (u: { level: string; id?: string }) => (await results(u, ["A08"])).A08;
  const D1 = () => ({ level: "DISTRICT", id: ids.d1 });
  const D2 = () => ({ level: "DISTRICT", id: ids.d2 });
  const CITY = { level: "CITY" };
  /**
   * Every column of every row of the roster and report families, 2023–2026, the city by district
   * and as a whole and each district, with and without submitted reports: the rollups' rows
   * equal the per-school statements'.
   */
  const samePerSchool = async () => {
    const access = cityAccess(h);
    const years = [2023, 2024, 2025, 2026];
    const norm = (rows: Record<string, unknown>[]) =>
      rows
        .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === "grp" ? v : Number(v)])))
        .sort((a, b) => `${a.grp}${a.y}`.localeCompare(`${b.grp}${b.y}`));
    const cityUnit = await access.resolveUnit({ level: "city" }, "targets.read");
    for (const [unit, breakdown] of [
      [cityUnit, "children"],
      [cityUnit, "self"],
      [await access.resolveUnit({ level: "district", id: ids.d1 }, "targets.read"), "self"],
      [await access.resolveUnit({ level: "district", id: ids.d2 }, "targets.read"), "self"],
    ] as const) {
      const rolled = norm(await staffRows(access, unit, years, breakdown));
      expect(rolled.length).toBe(breakdown === "children" ? 8 : 4);
      expect(rolled).toEqual(norm(await staffSchoolRows(access, unit, years, breakdown)));
      for (const includeSubmitted of [false, true]) {
        const o = { includeSubmitted };
        expect(norm(await reportsRows(access, unit, years, breakdown, o))).toEqual(
          norm(await reportsSchoolRows(access, unit, years, breakdown, o)),
        );
        expect(norm(await inputsRows(access, unit, years, breakdown, o))).toEqual(
          norm(await inputsSchoolRows(access, unit, years, breakdown, o)),
        );
      }
    }
  };
  const consistent = async () =>
    expect(await checkRollups(h.db)).toEqual({ staleFunctions: [], differences: [] });

  it("gives the city's and the districts' figures of the per-school statement", async () => {
    await consistent();
    expect(await a08(CITY)).toEqual([6, 9, 2, 0]);
    expect(await a08(D1())).toEqual([3, 4, 1, 0]);
    expect(await a08(D2())).toEqual([3, 5, 1, 0]);
    const c = await results(CITY, ["A07", "B08"]);
    expect(c.A07).toEqual([4, 6, 2, 0]);
    // every column of every row, 2023–2026, city by district and as a whole, each district
    const access = cityAccess(h);
    const years = [2023, 2024, 2025, 2026];
    const norm = (rows: Record<string, unknown>[]) =>
      rows
        .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === "grp" ? v : Number(v)])))
        .sort((a, b) => `${a.grp}${a.y}`.localeCompare(`${b.grp}${b.y}`));
    const cityUnit = await access.resolveUnit({ level: "city" }, "targets.read");
    for (const [unit, breakdown] of [
      [cityUnit, "children"],
      [cityUnit, "self"],
      [await access.resolveUnit({ level: "district", id: ids.d1 }, "targets.read"), "self"],
      [await access.resolveUnit({ level: "district", id: ids.d2 }, "targets.read"), "self"],
    ] as const) {
      const rolled = norm(await staffRows(access, unit, years, breakdown));
      expect(rolled.length).toBe(breakdown === "children" ? 8 : 4);
      expect(rolled).toEqual(norm(await staffSchoolRows(access, unit, years, breakdown)));
    }
  }, 120_000);

  it("moves a school's contribution when it is created, moved, closed or its dates change", async () => {
    const created = await gql(
      url,
      CREATE_SCHOOL,
      {
        input: {
          districtId: ids.d1,
          code: "2150300009",
          name: "海勃湾区第二小学",
          type: "PRIMARY",
          ownership: "PUBLIC",
          urbanRuralCode: "111",
        },
      },
      city,
    );
    expect(created.errors).toBeUndefined();
    const school = { id: String(created.data?.createSchool.school.id) };
    expect(await a08(D1())).toEqual([3, 4, 1, 1]);
    expect(await a08(CITY)).toEqual([6, 9, 2, 1]);
    await consistent();

    await h.db.execute(sql`update schools set district_id = ${ids.d2} where id = ${school.id}`);
    expect(await a08(D1())).toEqual([3, 4, 1, 0]);
    expect(await a08(D2())).toEqual([3, 5, 1, 1]);
    await consistent();

    const [row] = toRows(await h.db.execute(sql`select version from schools where id = ${school.id}`));
    const closed = await gql(
      url,
      CLOSE_SCHOOL,
      { input: { id: school.id, version: Number(row?.version), closedOn: "2025-08-31", reason: "测试撤销" } },
      city,
    );
    expect(closed.errors).toBeUndefined();
    expect(await a08(D2())).toEqual([3, 5, 1, 0]);
    expect(await a08(CITY)).toEqual([6, 9, 2, 0]);
    await consistent();

    await h.db.execute(sql`update schools set opened_on = '2025-09-02' where id = ${ids.n2}`);
    expect(await a08(CITY)).toEqual([3, 4, 1, 0]);
    expect(await a08(D2())).toEqual([0, 0, 0, 0]);
    await consistent();
    await h.db.execute(sql`update schools set opened_on = null where id = ${ids.n2}`);
    expect(await a08(CITY)).toEqual([6, 9, 2, 0]);
    await consistent();
  }, 120_000);

  it("moves a report's contribution when its grades, status or school change, or it is deleted", async () => {
    const b11 = async (u: { level: string; id?: string }, s = false) => (await results(u, ["B11"], s)).B11;
    expect(await b11(CITY)).toEqual([920, 1000, 2, 0]);
    expect(await b11(D2())).toEqual([540, 600, 1, 0]);
    const [p1Report] = toRows(
      await h.db.execute(
        sql`select id from school_reports where school_id = ${ids.p1} and school_year = 2025`,
      ),
    );
    await h.db.execute(
      sql`insert into school_report_grades (report_id, stage, grade, students, classes, large_classes, oversized_classes) values (${String(p1Report?.id)}, 'primary', 1, 300, 6, 1, 1)`,
    );
    expect((await results(CITY, ["B17"])).B17?.slice(0, 1)).toEqual([2]);
    expect((await results(D1(), ["B17"])).B17?.slice(0, 1)).toEqual([2]);
    await consistent();

    await h.db.execute(
      sql`update school_reports set status = 'submitted' where id = ${String(p1Report?.id)}`,
    );
    expect(await b11(CITY)).toEqual([540, 600, 1, 1]);
    expect(await b11(CITY, true)).toEqual([920, 1000, 2, 0]);
    expect((await results(CITY, ["B17"], true)).B17?.slice(0, 1)).toEqual([2]);
    await consistent();
    await samePerSchool();
    await h.db.execute(sql`update school_reports set status = 'approved' where id = ${String(p1Report?.id)}`);
    expect(await b11(CITY)).toEqual([920, 1000, 2, 0]);

    await h.db.execute(sql`update schools set closed_on = '2025-08-31' where id = ${ids.n2}`);
    expect(await b11(CITY)).toEqual([380, 400, 1, 0]);
    await consistent();
    await h.db.execute(sql`update schools set closed_on = null where id = ${ids.n2}`);
    expect(await b11(CITY)).toEqual([920, 1000, 2, 0]);
    await h.db.execute(sql`delete from school_reports where school_id = ${ids.n2} and school_year = 2025`);
    expect(await b11(CITY)).toEqual([380, 400, 1, 1]);
    await consistent();
    await samePerSchool();
  }, 120_000);

  it("reports a wrong rollup row and a stale function, and the repair mends both", async () => {
    await h.db.execute(
      sql`insert into staff_district_year_rollup (district_id, school_year, school_type, a08_denominator) values (${ids.d1}, 2025, 'primary', 1)`,
    );
    await h.db.execute(
      sql.raw(
        "create or replace function rollup_staff_truncate() returns trigger language plpgsql as $fn$ begin return null; end $fn$",
      ),
    );
    expect(await checkRollups(h.db)).toEqual({
      staleFunctions: ["rollup_staff_truncate"],
      differences: [
        {
          table: "staff_district_year_rollup",
          key: `${ids.d1} 2025 primary`,
          values: { a08_denominator: [4, 5] },
        },
      ],
    });
    // the dashboard reads the rollup: 3/5 until repaired
    expect(await a08(D1())).toEqual([3, 5, 1, 0]);
    expect(await rebuildRollups(h.db)).toBeGreaterThan(0);
    await consistent();
    expect(await a08(D1())).toEqual([3, 4, 1, 0]);
  }, 120_000);

  it("lets two transactions write schools of one district at once, no delta lost (PostgreSQL)", async () => {
    if (h.kind !== "postgres") return; // PGlite has one connection: nothing runs at once
    const third = await gql(
      url,
      CREATE_SCHOOL,
      {
        input: {
          districtId: ids.d1,
          code: "2150300010",
          name: "海勃湾区第三小学",
          type: "PRIMARY",
          ownership: "PUBLIC",
          urbanRuralCode: "111",
        },
      },
      city,
    );
    expect(third.errors).toBeUndefined();
    const s3 = String(third.data?.createSchool.school.id);
    const teacher = async (name: string, schoolId: string) => {
      const [p] = await h.db
        .insert(people)
        .values({ name, gender: "female", birthDate: "1991-04-04" })
        .returning();
      return {
        personId: p!.id,
        schoolYear: 2025,
        schoolId,
        districtId: ids.d1,
        role: "teacher" as const,
        stage: "primary" as const,
        subject: "chinese" as const,
        education: "bachelor" as const,
      };
    };
    const [a, b] = [await teacher("癸一", ids.p1), await teacher("癸二", s3)];
    // the first inserts (its summary and rollup deltas written, uncommitted) and waits for the
    // second's insert, which must not wait for the first (lock_timeout: an error, not a hang)
    let firstInserted!: () => void;
    const inserted = new Promise<void>((r) => {
      firstInserted = r;
    });
    let secondDone!: () => void;
    const done = new Promise<void>((r) => {
      secondDone = r;
    });
    await Promise.all([
      h.db.transaction(async (tx) => {
        await tx.insert(staff).values(a);
        firstInserted();
        await done;
      }),
      h.db.transaction(async (tx) => {
        await inserted;
        await tx.execute(sql`set local lock_timeout = '10s'`);
        try {
          await tx.insert(staff).values(b);
        } finally {
          secondDone();
        }
      }),
    ]);
    expect(await a08(D1())).toEqual([5, 6, 2, 0]);
    expect(await a08(CITY)).toEqual([8, 11, 3, 0]);
    const [key] = toRows(
      await h.db.execute(
        sql`select count(*) as n from staff_district_year_rollup where district_id = ${ids.d1} and school_year = 2025 and school_type = 'primary'`,
      ),
    );
    expect(Number(key?.n)).toBe(2);
    await consistent();
  }, 120_000);
});
