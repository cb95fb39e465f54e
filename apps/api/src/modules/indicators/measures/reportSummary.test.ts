/**
 * The annual-report summary (年报汇总, issue 15) stays equal to a full recomputation from the
 * grade rows through every kind of grade write, and the report and enrolment figures of the
 * city dashboard change on the next query after each write (a report saved, approved, reopened
 * and corrected; a district input saved; a register entry added); the consistency check finds
 * a wrong row and a stale trigger function, and the repair mends both. Through GraphQL as the
 * apps ask, on PGlite and (with DATABASE_URL) PostgreSQL.
 *
 * Fixture: fixtures/smallCity.ts. Y = 2026 (schoolYearOf(TEST_NOW)), a year no school has
 * reported yet. 海勃湾区 (D1): P1 (小学), K1 (公办幼儿园), V1. The city dashboard for Y, D1's row:
 * 1. before anything: no approved report → B17 无数据; B31 K1 not a quality kindergarten → 0/1 = 0%.
 * 2. 海勃湾区 saves its 一般公共预算教育支出 6,000,000 元 for Y; P1 saves a draft with grades 150
 *    (4 classes, 1 大班额) + 150 (4 classes): a draft does not count, B17 still 无数据, B40 has
 *    no pupils (在校学生数为0).
 * 3. P1 submits, 海勃湾区 approves: B17 = 1 大班额 class; B40 = 6,000,000 ÷ 300 = 20,000 元/生.
 * 4. 海勃湾区 reopens (its figures stop counting), P1 corrects grade 2 to 160 pupils with 2
 *    超大班额 classes, submits, 海勃湾区 approves: B17 = 1 + 2 = 3; B40 = 6,000,000 ÷ 310 =
 *    19,354.84 元/生.
 * 5. the city registers K1 as a quality kindergarten from Y: B31 = 1/1 = 100%.
 * 6. P1's grades deleted (SQL, as an operator would): B17 = 0 classes of its 1 report; the
 *    report deleted: its summary row goes with it.
 */
import { type DbHandle, schoolReportGrades, schoolReports } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { schoolYearOf } from "@edu2035/domain";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_PASSWORD, loadSmallCity, type SmallCity } from "../../../fixtures/smallCity.ts";
import {
  PRIMARY_REPORT_ITEMS,
  primaryGrade,
  reportOperations,
  reportStep,
} from "../../../testing/reportCycle.ts";
import { gql, loginAs, startApiOn, TEST_NOW } from "../../../testing.ts";
import { toRows } from "../measures.ts";
import { checkReportSummary, rebuildReportSummary } from "./reportSummary.ts";

const Y = schoolYearOf(TEST_NOW);
const DASHBOARD = `query($y: Int!, $ids: [ID!]) { targetDashboard(unit: { level: CITY }, fromYear: $y, toYear: $y, targetIds: $ids) {
  results { unit { id } target { id } value numerator denominator reason } } }`;
const { SAVE, SUBMIT, APPROVE, REOPEN } = reportOperations("version status");
const SAVE_DISTRICT = `mutation($d: ID!, $input: DistrictInputsInput!) { saveDistrictInputs(districtId: $d, input: $input) { districtInputs { version } } }`;
const CREATE_ENTRY = `mutation($input: RegisterEntryInput!) { createRegisterEntry(input: $input) { entry { id } } }`;

type Result = {
  unit: { id: string };
  target: { id: string };
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  reason: string | null;
};

describe.each(testBackends())("annual-report summary maintained on write on $name", (backend) => {
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
    t.haibowan = await loginAs(url, "haibowan", FIXTURE_PASSWORD, "DISTRICT");
    t.p1 = await loginAs(url, "p1", FIXTURE_PASSWORD, "SCHOOL");
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    await h?.close();
  });

  /** D1's results on the city dashboard for Y, by target id. */
  const d1 = async () => {
    const r = await gql(url, DASHBOARD, { y: Y, ids: ["B17", "B31", "B40"] }, t.city);
    expect(r.errors).toBeUndefined();
    const rows = (r.data?.targetDashboard.results ?? []) as Result[];
    return Object.fromEntries(rows.filter((x) => x.unit.id === ids.d1).map((x) => [x.target.id, x]));
  };
  const consistent = async () =>
    expect(await checkReportSummary(h.db)).toEqual({ staleFunctions: [], differences: [] });
  const ok = (r: { errors?: unknown }) => expect(r.errors).toBeUndefined();
  let version = 0;
  const step = async (query: string, vars: Record<string, unknown>, token: string | undefined) => {
    version = (await reportStep(url, query, vars, token)).version;
  };
  const p1 = () => ({ s: ids.p1, y: Y, v: version });

  it("is consistent after loading the fixture, with the installed functions generated from the populations", async () => {
    await consistent();
  });

  it("changes D1's B17 and B40 on the next query after each report write, and stays consistent", async () => {
    let r = await d1();
    expect(r.B17).toMatchObject({ value: null });
    // K1 is D1's one public kindergarten, not registered as quality: 0/1
    expect(r.B31).toMatchObject({ value: 0, numerator: 0, denominator: 1 });

    ok(
      await gql(
        url,
        SAVE_DISTRICT,
        { d: ids.d1, input: { schoolYear: Y, educationSpending: 6_000_000 } },
        t.haibowan,
      ),
    );
    await step(
      SAVE,
      {
        input: {
          schoolId: ids.p1,
          schoolYear: Y,
          version: null,
          ...PRIMARY_REPORT_ITEMS,
          grades: [primaryGrade(1, 150, 4, 1), primaryGrade(2, 150)],
        },
      },
      t.p1,
    );
    await consistent();
    r = await d1();
    expect(r.B17).toMatchObject({ value: null });
    expect(r.B40).toMatchObject({ value: null, numerator: 6_000_000, denominator: 0 });

    await step(SUBMIT, p1(), t.p1);
    await step(APPROVE, p1(), t.haibowan);
    r = await d1();
    expect(r.B17).toMatchObject({ value: 1, numerator: 1 });
    // 6,000,000 ÷ 300 = 20,000 元/生
    expect(r.B40).toMatchObject({ value: 20_000, numerator: 6_000_000, denominator: 300 });

    await step(REOPEN, { ...p1(), r: "二年级人数有误" }, t.haibowan);
    r = await d1();
    expect(r.B17).toMatchObject({ value: null });
    await step(
      SAVE,
      {
        input: {
          schoolId: ids.p1,
          schoolYear: Y,
          version,
          ...PRIMARY_REPORT_ITEMS,
          grades: [primaryGrade(1, 150, 4, 1), primaryGrade(2, 160, 4, 0, 2)],
        },
      },
      t.p1,
    );
    await consistent();
    await step(SUBMIT, p1(), t.p1);
    await step(APPROVE, p1(), t.haibowan);
    r = await d1();
    // 1 大班额 + 2 超大班额 = 3; 6,000,000 ÷ (150 + 160) = 19,354.84 元/生
    expect(r.B17).toMatchObject({ value: 3, numerator: 3 });
    expect(r.B40).toMatchObject({ numerator: 6_000_000, denominator: 310 });
    expect(r.B40?.value).toBeCloseTo(19_354.84, 2);
    await consistent();
  }, 120_000);

  it("changes D1's B31 on the next query after a quality-kindergarten register entry", async () => {
    ok(
      await gql(
        url,
        CREATE_ENTRY,
        {
          input: {
            kind: "QUALITY_KINDERGARTEN",
            name: "海勃湾区第一幼儿园",
            districtId: ids.d1,
            schoolId: ids.k1,
            level: "CITY",
            fromYear: Y,
          },
        },
        t.city,
      ),
    );
    expect((await d1()).B31).toMatchObject({ value: 100, numerator: 1, denominator: 1 });
  }, 120_000);

  it("follows grades deleted and a report deleted in SQL", async () => {
    const [report] = await h.db
      .select({ id: schoolReports.id })
      .from(schoolReports)
      .where(and(eq(schoolReports.schoolId, ids.p1), eq(schoolReports.schoolYear, Y)));
    await h.db.delete(schoolReportGrades).where(eq(schoolReportGrades.reportId, report!.id));
    await consistent();
    // P1's approved report now has no grades: 0 classes of 1 report, no pupils for B40
    const r = await d1();
    expect(r.B17).toMatchObject({ value: 0, numerator: 0 });
    expect(r.B40).toMatchObject({ value: null, denominator: 0 });

    await h.db.insert(schoolReportGrades).values({
      reportId: report!.id,
      stage: "primary",
      grade: 1,
      students: 40,
      classes: 1,
      largeClasses: 0,
    });
    expect((await d1()).B40).toMatchObject({ value: 150_000, denominator: 40 }); // 6,000,000 ÷ 40
    await h.db.delete(schoolReports).where(eq(schoolReports.id, report!.id));
    await consistent();
    const [left] = toRows(
      await h.db.execute(
        sql`select count(*) as n from school_report_summary where report_id = ${report!.id}`,
      ),
    );
    expect(Number(left?.n)).toBe(0);
  }, 120_000);

  it("loses no update when two transactions add grades to one report at once (PostgreSQL)", async () => {
    if (h.kind !== "postgres") return; // PGlite has one connection: nothing runs at once
    const [n2] = await h.db
      .select({ id: schoolReports.id })
      .from(schoolReports)
      .where(and(eq(schoolReports.schoolId, ids.n2), eq(schoolReports.schoolYear, 2025)));
    const row = (g: number, students: number) => ({
      reportId: n2!.id,
      stage: "junior_secondary" as const,
      grade: g,
      students,
      classes: 1,
    });
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
        await tx.insert(schoolReportGrades).values(row(8, 30));
        firstInserted();
        await sent;
      }),
      h.db.transaction(async (tx) => {
        await inserted;
        const insert = tx.insert(schoolReportGrades).values(row(9, 20)).execute();
        secondSent();
        await insert;
      }),
    ]);
    const [s] = toRows(
      await h.db.execute(sql`select students from school_report_summary where report_id = ${n2!.id}`),
    );
    // N2 2025 had no grades in the fixture: 30 + 20 = 50, neither delta lost
    expect(Number(s?.students)).toBe(50);
    await consistent();
  }, 120_000);

  it("reports a wrong row and a stale function, and the repair mends both", async () => {
    const [n2] = await h.db
      .select({ id: schoolReports.id })
      .from(schoolReports)
      .where(and(eq(schoolReports.schoolId, ids.n2), eq(schoolReports.schoolYear, 2025)));
    await h.db.insert(schoolReportGrades).values({
      reportId: n2!.id,
      stage: "primary",
      grade: 1,
      students: 60,
      classes: 2,
      largeClasses: 1,
    });
    await consistent();
    await h.db.execute(
      sql`update school_report_summary set large_classes = large_classes + 2 where report_id = ${n2!.id}`,
    );
    await h.db.execute(
      sql.raw(
        "create or replace function report_summary_truncate() returns trigger language plpgsql as $fn$ begin return null; end $fn$",
      ),
    );
    // N2 2025: 1 大班额 class in its grades, the row says 3
    expect(await checkReportSummary(h.db)).toEqual({
      staleFunctions: ["report_summary_truncate"],
      differences: [{ reportId: n2!.id, sums: { large_classes: [1, 3] } }],
    });
    const b17 = async () => {
      const r = await gql(url, DASHBOARD, { y: 2025, ids: ["B17"] }, t.city);
      return ((r.data?.targetDashboard.results ?? []) as Result[]).find(
        (x) => x.unit.id === ids.d2 && x.target.id === "B17",
      );
    };
    // the dashboard reads the row: 海南区 B17 = 3 until repaired, then 1
    expect(await b17()).toMatchObject({ value: 3 });
    const rows = await rebuildReportSummary(h.db);
    // one row per report with grades: N2 2025 only (P1's Y report was deleted above)
    expect(rows).toBe(1);
    await consistent();
    expect(await b17()).toMatchObject({ value: 1 });
  }, 120_000);
});
