/**
 * The inputs family from the district rollups (区县汇总, issue 15): the city's and a district's
 * own enrolment and school counts (A01, A05, A06, B01, B31, B32, B40) read from 学校数汇总 (with
 * its 公办 schools), 年报汇总（区县） (with 年报汇总's enrolment sums and the 学前 pupils of 公办/普惠
 * and of quality schools) and 优质幼儿园汇总（区县） equal the per-school statement's, change on
 * the next query after a register entry, a school's ownership or 普惠, or a report's approval,
 * and stay equal to a full recomputation (`check-summaries`). Through GraphQL as the apps ask, on
 * PGlite and (with DATABASE_URL) PostgreSQL.
 *
 * Fixture: fixtures/inputsCity.ts (hand-worked there), school year 2025, plus one 学前 grade of 30
 * pupils on K1's report (海勃湾区第一幼儿园, 公办, D1), which stays 已提交 until step 2:
 * 0. city A01 = 125 ÷ 270 (K2 100 + K3 25; 3—5岁 D1 140 + D2 130), 2 included 1 missing (K1);
 *    with submitted reports 155 ÷ 270, 3 included. city B31 1/2 (公办 K1, K2; K2 quality);
 *    B32 100 ÷ 125 (K2 quality; K3's entry ended 2024); B01 100 ÷ 125 (K2 公办, K3 民办 not 普惠).
 * 1. K1 registered 优质幼儿园 from 2025 (createRegisterEntry): city B31 2/2, D1 1/1; B32 with
 *    submitted reports (100 + 30) ÷ 155, approved only still 100 ÷ 125.
 * 2. K1's report approved by 海勃湾区 (approveReport): city A01 155 ÷ 270, 3 included 0 missing;
 *    D1 A01 30 ÷ 140; city B32 130 ÷ 155, B01 130 ÷ 155.
 * 3. K2 made 民办, not 普惠 (updateSchool): city B01 30 ÷ 155 (K1 only); B31 1/1 (K1); D2 B31 0/0
 *    (no 公办 幼儿园), D2 B01 0 ÷ 125. K2 made 普惠: D2 B01 100 ÷ 125, city 130 ÷ 155; B31 unchanged.
 * 4. K1's entry deleted (deleteRegisterEntry): city B31 0/1, B32 100 ÷ 155.
 * 5. K3's entry (2022–2024) made open-ended (updateRegisterEntry, toYear null): city B32 125 ÷ 155,
 *    D2 125 ÷ 125.
 * 6. A stray 优质幼儿园汇总 row (D2 2025 幼儿园, quality_public +1) is reported by the check (0
 *    recomputed: K2, K3 民办; 1 stored) and read (city B31 1/1) until the repair: 0/1.
 * Then a randomized city (seeded): schools, reports, grades, quality entries and school attributes
 * written at random in SQL, the rollups' rows compared with the per-school statement's, 2022–2026,
 * with and without submitted reports, after every ten writes. And the Wuhai demo data, 2019–2025:
 * the city by district and as a whole and each district.
 */
import { type DbHandle, registers, schoolReportGrades, schoolReports, schools } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { type SchoolType, STAGES } from "@edu2035/domain";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type InputsCity, loadInputsCity } from "../../../fixtures/inputsCity.ts";
import { toRows } from "../../../lib/rows.ts";
import { cityAccess } from "../../../testing/cityAccess.ts";
import { type SmallCityApi, smallCityApi } from "../../../testing/smallCityApi.ts";
import { gql } from "../../../testing.ts";
import { checkRollups, rebuildRollups } from "./districtRollup.ts";
import { inputsRows, inputsSchoolRows } from "./inputs.ts";

const RESULTS = `query($u: OrgUnitInput!, $y: Int!, $ids: [ID!], $s: Boolean) {
  targetResults(unit: $u, schoolYear: $y, targetIds: $ids, includeSubmitted: $s) { target { id } numerator denominator unitsIncluded unitsMissing } }`;
const CREATE_ENTRY = `mutation($input: RegisterEntryInput!) { createRegisterEntry(input: $input) { entry { id version } } }`;
const UPDATE_ENTRY = `mutation($id: ID!, $v: Int!, $input: RegisterEntryInput!) { updateRegisterEntry(id: $id, version: $v, input: $input) { entry { version } } }`;
const DELETE_ENTRY = `mutation($id: ID!, $v: Int!) { deleteRegisterEntry(id: $id, version: $v) { id } }`;
const APPROVE = `mutation($s: ID!, $y: Int!, $v: Int!) { approveReport(schoolId: $s, schoolYear: $y, version: $v) { report { status } } }`;
const UPDATE_SCHOOL = `mutation($input: UpdateSchoolInput!) { updateSchool(input: $input) { school { id } } }`;

/** [numerator, denominator, unitsIncluded, unitsMissing] of a target. */
type Figure = [number | null, number | null, number, number];

/** A small seeded generator (mulberry32): the same writes on every run and engine. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  return { next, int, pick };
}

/** Rows with every value but the unit key a number (null kept), by unit key and year. */
const norm = (rows: Record<string, unknown>[]) =>
  rows
    .map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === "grp" || v === null ? v : Number(v)])),
    )
    .sort((a, b) => `${a.grp}${a.y}`.localeCompare(`${b.grp}${b.y}`));

describe.each(testBackends())(
  "inputs family from the district rollups over the demo data on $name",
  (backend) => {
    let h: DbHandle;
    beforeAll(async () => {
      h = await backend.openDemo();
    }, 300_000);
    afterAll(() => h?.close());

    it("gives the per-school statement's rows for the city and each district, 2019–2025", async () => {
      const access = cityAccess(h);
      const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
      const city = await access.resolveUnit({ level: "city" }, "targets.read");
      const units: [typeof city, "self" | "children"][] = [
        [city, "children"],
        [city, "self"],
      ];
      for (const d of toRows(await h.db.execute(sql`select id from districts order by id`)))
        units.push([
          await access.resolveUnit({ level: "district", id: String(d.id) }, "targets.read"),
          "self",
        ]);
      let quality = 0;
      for (const [unit, breakdown] of units)
        for (const includeSubmitted of [false, true]) {
          const o = { includeSubmitted };
          const rolled = norm(await inputsRows(access, unit, years, breakdown, o));
          expect(rolled).toEqual(norm(await inputsSchoolRows(access, unit, years, breakdown, o)));
          if (unit.level === "city" && breakdown === "self")
            quality += rolled.reduce((n, row) => n + Number(row.kg_quality) + Number(row.quality_public), 0);
        }
      // the demo has quality kindergartens and their pupils: the comparison covers them
      expect(quality).toBeGreaterThan(0);
      expect(await checkRollups(h.db)).toEqual({ staleFunctions: [], differences: [] });
    }, 300_000);
  },
);

describe.each(testBackends())("inputs family from the district rollups on $name", (backend) => {
  let api: SmallCityApi;
  let h: DbHandle;
  let ids: InputsCity;

  beforeAll(async () => {
    api = await smallCityApi(backend, {
      async prepare(handle, small) {
        ids = await loadInputsCity(handle.db, small);
        const [k1Report] = await handle.db
          .select({ id: schoolReports.id })
          .from(schoolReports)
          .where(and(eq(schoolReports.schoolId, small.k1), eq(schoolReports.schoolYear, 2025)));
        await handle.db
          .insert(schoolReportGrades)
          .values({ reportId: k1Report!.id, stage: "preschool", grade: 1, students: 30, classes: 1 });
      },
      logins: ["city", "haibowan"],
    });
    h = api.handle;
  }, 120_000);
  afterAll(() => api?.close());

  const results = async (u: { level: string; id?: string }, targets: string[], includeSubmitted = false) => {
    const r = await gql(api.url, RESULTS, { u, y: 2025, ids: targets, s: includeSubmitted }, api.tokens.city);
    expect(r.errors).toBeUndefined();
    type Row = {
      target: { id: string };
      numerator: number | null;
      denominator: number | null;
      unitsIncluded: number;
      unitsMissing: number;
    };
    const rows: Row[] = r.data?.targetResults ?? [];
    return Object.fromEntries(
      rows.map((x) => [x.target.id, [x.numerator, x.denominator, x.unitsIncluded, x.unitsMissing]]),
    ) as Record<string, Figure>;
  };
  const CITY = { level: "CITY" };
  const D1 = () => ({ level: "DISTRICT", id: ids.d1 });
  const D2 = () => ({ level: "DISTRICT", id: ids.d2 });
  const consistent = async () =>
    expect(await checkRollups(h.db)).toEqual({ staleFunctions: [], differences: [] });
  /**
   * Every column of every inputs row, `years`, the city by district and as a whole and each
   * district, with and without submitted reports: the rollups' rows equal the per-school
   * statement's.
   */
  const samePerSchool = async (years: readonly number[]) => {
    const access = cityAccess(h);
    const cityUnit = await access.resolveUnit({ level: "city" }, "targets.read");
    let compared = 0;
    for (const [unit, breakdown] of [
      [cityUnit, "children"],
      [cityUnit, "self"],
      [await access.resolveUnit({ level: "district", id: ids.d1 }, "targets.read"), "self"],
      [await access.resolveUnit({ level: "district", id: ids.d2 }, "targets.read"), "self"],
    ] as const) {
      for (const includeSubmitted of [false, true]) {
        const o = { includeSubmitted };
        const rolled = norm(await inputsRows(access, unit, years, breakdown, o));
        expect(rolled.length).toBe(years.length * (breakdown === "children" ? 2 : 1));
        expect(rolled).toEqual(norm(await inputsSchoolRows(access, unit, years, breakdown, o)));
        compared += rolled.length;
      }
    }
    return compared;
  };
  const version = async (table: typeof registers | typeof schoolReports, id: string) => {
    const [row] = await h.db.select({ v: table.version }).from(table).where(eq(table.id, id));
    return row!.v;
  };
  /** updateSchool with the school's current fields and `change`, as 机构管理 sends it. */
  const updateSchool = async (id: string, change: { ownership?: string; inclusive?: boolean }) => {
    const [s] = await h.db.select().from(schools).where(eq(schools.id, id));
    const input = {
      id,
      version: s!.version,
      code: s!.code,
      name: s!.name,
      type: s!.type.toUpperCase(),
      ownership: s!.ownership.toUpperCase(),
      inclusive: s!.inclusive,
      ethnic: s!.ethnic,
      urbanRuralCode: s!.urbanRuralCode,
      miningArea: s!.miningArea,
      teachingPoint: s!.teachingPoint,
      openedOn: s!.openedOn,
      ...change,
    };
    const r = await gql(api.url, UPDATE_SCHOOL, { input }, api.tokens.city);
    expect(r.errors).toBeUndefined();
  };

  it("changes A01, B01, B31 and B32 on the next query after a register, school or report write", async () => {
    await consistent();
    let c = await results(CITY, ["A01", "B01", "B31", "B32"]);
    expect(c.A01).toEqual([125, 270, 2, 1]);
    expect(c.B31).toEqual([1, 2, 2, 0]);
    expect(c.B32).toEqual([100, 125, 2, 1]);
    expect(c.B01).toEqual([100, 125, 2, 1]);
    expect((await results(CITY, ["A01"], true)).A01).toEqual([155, 270, 3, 0]);
    expect(await samePerSchool([2024, 2025])).toBe(20);

    // 1. K1 registered as quality from 2025
    const created = await gql(
      api.url,
      CREATE_ENTRY,
      {
        input: {
          kind: "QUALITY_KINDERGARTEN",
          name: "海勃湾区第一幼儿园",
          schoolId: ids.k1,
          level: "CITY",
          fromYear: 2025,
        },
      },
      api.tokens.city,
    );
    expect(created.errors).toBeUndefined();
    const entry = String(created.data?.createRegisterEntry.entry.id);
    expect((await results(CITY, ["B31"])).B31).toEqual([2, 2, 2, 0]);
    expect((await results(D1(), ["B31"])).B31).toEqual([1, 1, 1, 0]);
    expect((await results(CITY, ["B32"])).B32).toEqual([100, 125, 2, 1]);
    expect((await results(CITY, ["B32"], true)).B32).toEqual([130, 155, 3, 0]);
    await consistent();

    // 2. K1's report approved by its district
    const [k1Report] = await h.db
      .select({ id: schoolReports.id })
      .from(schoolReports)
      .where(and(eq(schoolReports.schoolId, ids.k1), eq(schoolReports.schoolYear, 2025)));
    const approved = await gql(
      api.url,
      APPROVE,
      { s: ids.k1, y: 2025, v: await version(schoolReports, k1Report!.id) },
      api.tokens.haibowan,
    );
    expect(approved.errors).toBeUndefined();
    c = await results(CITY, ["A01", "B01", "B32"]);
    expect(c.A01).toEqual([155, 270, 3, 0]);
    expect(c.B32).toEqual([130, 155, 3, 0]);
    expect(c.B01).toEqual([130, 155, 3, 0]);
    expect((await results(D1(), ["A01"])).A01).toEqual([30, 140, 1, 0]);
    await consistent();

    // 3. K2 made 民办 (not 普惠), then 普惠
    await updateSchool(ids.k2, { ownership: "PRIVATE", inclusive: false });
    c = await results(CITY, ["B01", "B31"]);
    expect(c.B01).toEqual([30, 155, 3, 0]);
    expect(c.B31).toEqual([1, 1, 1, 0]);
    const d2 = await results(D2(), ["B01", "B31"]);
    expect(d2.B01).toEqual([0, 125, 2, 0]);
    expect(d2.B31).toEqual([0, 0, 0, 0]);
    await consistent();
    await updateSchool(ids.k2, { inclusive: true });
    expect((await results(D2(), ["B01"])).B01).toEqual([100, 125, 2, 0]);
    c = await results(CITY, ["B01", "B31"]);
    expect(c.B01).toEqual([130, 155, 3, 0]);
    expect(c.B31).toEqual([1, 1, 1, 0]);
    await consistent();

    // 4. K1's entry deleted
    const deleted = await gql(
      api.url,
      DELETE_ENTRY,
      { id: entry, v: await version(registers, entry) },
      api.tokens.city,
    );
    expect(deleted.errors).toBeUndefined();
    c = await results(CITY, ["B31", "B32"]);
    expect(c.B31).toEqual([0, 1, 1, 0]);
    expect(c.B32).toEqual([100, 155, 3, 0]);
    await consistent();

    // 5. K3's entry (2022–2024) made open-ended
    const [k3Entry] = await h.db
      .select()
      .from(registers)
      .where(and(eq(registers.schoolId, ids.k3), eq(registers.kind, "quality_kindergarten")));
    const updated = await gql(
      api.url,
      UPDATE_ENTRY,
      {
        id: k3Entry!.id,
        v: k3Entry!.version,
        input: {
          kind: "QUALITY_KINDERGARTEN",
          name: k3Entry!.name,
          schoolId: ids.k3,
          level: "CITY",
          fromYear: 2022,
          toYear: null,
        },
      },
      api.tokens.city,
    );
    expect(updated.errors).toBeUndefined();
    expect((await results(CITY, ["B32"])).B32).toEqual([125, 155, 3, 0]);
    expect((await results(D2(), ["B32"])).B32).toEqual([125, 125, 2, 0]);
    await consistent();
    expect(await samePerSchool([2022, 2023, 2024, 2025, 2026])).toBe(50);

    // 6. a stray quality row (D2 2025 幼儿园 one 公办 quality school; K2 and K3 are 民办): the check
    // names it, the dashboard reads it (city B31 1/1) until the repair rebuilds the rollups
    await h.db.execute(
      sql`insert into quality_district_year_rollup (district_id, school_year, school_type, quality_public) values (${ids.d2}, 2025, 'kindergarten', 1)`,
    );
    expect(await checkRollups(h.db)).toEqual({
      staleFunctions: [],
      differences: [
        {
          table: "quality_district_year_rollup",
          key: `${ids.d2} 2025 kindergarten`,
          values: { quality_public: [0, 1] },
        },
      ],
    });
    expect((await results(CITY, ["B31"])).B31).toEqual([1, 1, 1, 0]);
    expect(await rebuildRollups(h.db)).toBeGreaterThan(0);
    await consistent();
    expect((await results(CITY, ["B31"])).B31).toEqual([0, 1, 1, 0]);
  }, 300_000);

  it("equals the per-school statement after random writes of schools, reports, grades and registers", async () => {
    const r = random(2035);
    const years = [2022, 2023, 2024, 2025, 2026];
    const types: SchoolType[] = [
      "kindergarten",
      "kindergarten",
      "kindergarten",
      "primary",
      "nine_year",
      "senior_secondary",
      "secondary_vocational",
      "higher_vocational",
    ];
    const dates = [null, null, "2022-09-01", "2023-09-02", "2024-03-01", "2025-09-01"];
    const closings = [null, null, null, "2024-08-31", "2025-09-02", "2026-09-01"];
    let codes = 0;
    const all = async (q: ReturnType<typeof sql>) => toRows(await h.db.execute(q));
    const ops: (() => Promise<unknown>)[] = [
      // a new school
      async () => {
        const opened = r.pick(dates);
        const closed = r.pick(closings);
        await h.db.insert(schools).values({
          code: `21509${String(++codes).padStart(5, "0")}`,
          name: `随机学校${codes}`,
          districtId: r.pick([ids.d1, ids.d2]),
          type: r.pick(types),
          ownership: r.pick(["public", "private"] as const),
          inclusive: r.next() < 0.5,
          openedOn: opened,
          closedOn: closed !== null && opened !== null && closed <= opened ? null : closed,
        });
      },
      // a report with grades (any stage: one of another type's is not counted)
      async () => {
        const s = r.pick(await all(sql`select id from schools order by code`));
        const [rep] = await h.db
          .insert(schoolReports)
          .values({
            schoolId: String(s?.id),
            schoolYear: r.pick(years),
            status: r.pick(["draft", "submitted", "approved", "approved", "returned"] as const),
          })
          .onConflictDoNothing()
          .returning();
        if (!rep) return;
        const stages = [...new Set([r.pick(STAGES), r.pick(STAGES), "preschool" as const])];
        await h.db.insert(schoolReportGrades).values(
          stages.map((stage) => ({
            reportId: rep.id,
            stage,
            grade: 1,
            students: 1 + r.int(60),
            classes: 1,
          })),
        );
      },
      // a report's status changed, or a grade added to it, or it deleted
      async () => {
        const rep = r.pick(await all(sql`select id from school_reports order by id`));
        const id = String(rep?.id);
        const what = r.int(4);
        if (what === 0) await h.db.delete(schoolReports).where(eq(schoolReports.id, id));
        else if (what === 1)
          await h.db
            .insert(schoolReportGrades)
            .values({ reportId: id, stage: "preschool", grade: 2, students: 1 + r.int(40), classes: 1 })
            .onConflictDoNothing();
        else
          await h.db
            .update(schoolReports)
            .set({ status: r.pick(["draft", "submitted", "approved", "returned"] as const) })
            .where(eq(schoolReports.id, id));
      },
      // quality entries: one, or two overlapping in one statement
      async () => {
        const s = r.pick(await all(sql`select id, district_id from schools order by code`));
        const from = 2021 + r.int(6);
        const entry = () => ({
          kind: "quality_kindergarten" as const,
          name: "随机优质园",
          schoolId: String(s?.id),
          districtId: String(s?.district_id),
          fromYear: from + r.int(2),
          toYear: r.next() < 0.4 ? null : from + 2 + r.int(3),
        });
        await h.db.insert(registers).values(r.next() < 0.3 ? [entry(), entry()] : [entry()]);
      },
      // a quality entry deleted, its years changed, or its kind changed
      async () => {
        const e = r.pick(
          await all(
            sql`select id from registers where kind in ('quality_kindergarten', 'smart_benchmark_school') and school_id is not null order by id`,
          ),
        );
        if (!e) return;
        const id = String(e.id);
        const what = r.int(3);
        if (what === 0) await h.db.delete(registers).where(eq(registers.id, id));
        else if (what === 1) {
          const from = 2021 + r.int(5);
          await h.db
            .update(registers)
            .set({ fromYear: from, toYear: r.next() < 0.5 ? null : from + r.int(3) })
            .where(eq(registers.id, id));
        } else
          await h.db.execute(
            sql`update registers set kind = case when kind = 'quality_kindergarten' then 'smart_benchmark_school' else 'quality_kindergarten' end where id = ${id}`,
          );
      },
      // a school's ownership, 普惠, type or dates changed; every kindergarten's 普惠 flipped at once
      async () => {
        const s = r.pick(await all(sql`select id, opened_on from schools order by code`));
        const id = String(s?.id);
        const what = r.int(5);
        if (what === 0)
          await h.db.execute(
            sql`update schools set ownership = case when ownership = 'public' then 'private' else 'public' end where id = ${id}`,
          );
        else if (what === 1)
          await h.db.execute(sql`update schools set inclusive = not inclusive where type = 'kindergarten'`);
        else if (what === 2)
          await h.db
            .update(schools)
            .set({ type: r.pick(types) })
            .where(eq(schools.id, id));
        else if (what === 3)
          await h.db
            .update(schools)
            .set({ openedOn: r.pick(dates), closedOn: null })
            .where(eq(schools.id, id));
        else
          await h.db.execute(
            sql`update schools set closed_on = ${r.pick(closings)} where id = ${id} and (opened_on is null or opened_on < ${"2024-08-31"})`,
          );
      },
      // a school without register entries moved to the other district
      async () => {
        await h.db.execute(sql`update schools set district_id = case when district_id = ${ids.d1} then ${ids.d2}::uuid else ${ids.d1}::uuid end
          where id = (select s.id from schools s where not exists (select 1 from registers q where q.school_id = s.id) and s.merged_into_id is null
            and not exists (select 1 from staff f where f.school_id = s.id) order by s.code offset ${r.int(5)} limit 1)`);
      },
    ];
    let compared = 0;
    for (let i = 1; i <= 60; i++) {
      await r.pick(ops)();
      if (i % 10 === 0) {
        compared += await samePerSchool(years);
        await consistent();
      }
    }
    expect(compared).toBe(6 * 50);
    const [n] = await all(
      sql`select (select count(*) from schools) as schools, (select count(*) from registers where kind = 'quality_kindergarten') as quality`,
    );
    // the writes reached the rollups' inputs: more schools and quality entries than the fixture's
    expect(Number(n?.schools)).toBeGreaterThan(6);
    expect(Number(n?.quality)).toBeGreaterThan(2);
  }, 600_000);
});
