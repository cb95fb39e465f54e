/**
 * C1–C7 (优质均衡) in the 指标总览 through GraphQL as the apps ask, on PGlite and (with
 * DATABASE_URL) PostgreSQL, over the hand-counted fixtures/balanceCity.ts (海勃湾区 D1, 2025):
 * - the assessment runs once per request for every year asked and both views (the district and
 *   its schools): the statements of a district's 指标总览 are as many for 2020–2025 as for 2025
 *   alone, and the assessment's figures are ONE statement of them (issue 15: C1–C7 ran one year
 *   after another, twice: 14 → 34 statements from 1 year to 6), and the schools' measures read
 *   the page's schools only;
 * - C1–C3 come from the roster summary (名册汇总, kept by the database on every roster write),
 *   so they change on the next query after a write. P3 第三小学 (300 primary students) has 14
 *   专科+ teachers of whom 3 体育艺术 (C1 14/300×100 = 4.667, C3 3/300×100 = 1.0); D1's primary
 *   X̄ of C1 = (25 + 20 + 14 + 13)/(500 + 400 + 300 + 300)×100 = 72/1500×100 = 4.8 and of C3 =
 *   (5 + 4 + 3 + 3)/1500×100 = 1.0. A 本科 体育 专任 teacher added to P3 counts in C1 and C3:
 *   P3 C1 15/300×100 = 5.0, C3 4/300×100 = 1.333; X̄ C1 73/1500×100 = 4.867, C3 16/1500×100 =
 *   1.067. The same teacher left on 1 September 2025 (not on the roster at the 统计时点): back to
 *   4.667 / 4.8. Deleted: still 4.667.
 */
import { type DbHandle, people, staff } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BALANCE_PASSWORD, type BalanceCity, loadBalanceCity } from "../../fixtures/balanceCity.ts";
import { recordStatements, type StatementRecorder } from "../../testing/statements.ts";
import { gql, loginAs, startApiOn } from "../../testing.ts";

const TABLE = `query($u: OrgUnitInput!, $f: Int!, $t: Int!, $y: Int!) {
  targetDashboardTable(unit: $u, fromYear: $f, toYear: $t, schoolYear: $y) {
    childrenTotal targetIds rows { unitId schoolYear values statuses } } }`;

const DASHBOARD = `query($u: OrgUnitInput!, $f: Int!, $t: Int!, $ids: [ID!]) {
  targetDashboard(unit: $u, fromYear: $f, toYear: $t, targetIds: $ids) {
    results { unit { id } schoolYear target { id } stage value } } }`;

interface Result {
  unit: { id: string | null };
  schoolYear: number;
  target: { id: string };
  stage: string | null;
  value: number | null;
}

describe.each(testBackends())("C1–C7 in the 指标总览 on $name", (backend) => {
  let h: DbHandle;
  let api: Awaited<ReturnType<typeof startApiOn>>;
  let ids: BalanceCity;
  let token: string;
  let recorder: StatementRecorder;

  beforeAll(async () => {
    h = await backend.open();
    ids = await loadBalanceCity(h.db);
    recorder = recordStatements(h);
    api = await startApiOn(h);
    token = await loginAs(api.url, "haibowan", BALANCE_PASSWORD, "DISTRICT");
  });
  afterAll(async () => {
    await api?.stop();
    await h?.close();
  });

  /** The statements of one district 指标总览 request (the session's own look-ups left out). */
  const tableStatements = async (fromYear: number, toYear: number) => {
    const statements = await recorder.during(async () => {
      const r = await gql(
        api.url,
        TABLE,
        { u: { level: "DISTRICT", id: ids.d1 }, f: fromYear, t: toYear, y: 2025 },
        token,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data?.targetDashboardTable.childrenTotal).toBe(7);
    });
    return statements.filter((s) => !/from "sessions"|update "sessions"/.test(s));
  };

  it("sends as many statements for 2020–2025 as for 2025 alone, the assessment's figures in one", async () => {
    await tableStatements(2025, 2025); // warm-up: the first request of a session may differ
    const one = await tableStatements(2025, 2025);
    const six = await tableStatements(2020, 2025);
    expect(six.length).toBe(one.length);
    // the 优质均衡 figures of every year and both views: one statement over the roster summary
    const figures = (xs: string[]) => xs.filter((s) => s.includes("u.year_rows as roster"));
    expect(figures(one)).toHaveLength(1);
    expect(figures(six)).toHaveLength(1);
    expect(figures(six)[0]).toContain("array[2020, 2021, 2022, 2023, 2024, 2025]");
    // the schools' measures read the page's schools only (here all 7, by id), not the district's
    const below = six.filter((s) => s.includes("s.id::text as grp"));
    expect(below.length).toBeGreaterThan(0);
    expect(below.filter((s) => !s.includes("and s.id in ("))).toEqual([]);
  });

  /** P3's and D1's primary C1 and C3 of 2025. */
  const c1c3 = async () => {
    const r = await gql(
      api.url,
      DASHBOARD,
      { u: { level: "DISTRICT", id: ids.d1 }, f: 2025, t: 2025, ids: ["C1", "C3"] },
      token,
    );
    expect(r.errors).toBeUndefined();
    const results = r.data?.targetDashboard.results as Result[];
    const at = (unitId: string, target: string) =>
      results.find((x) => x.unit.id === unitId && x.target.id === target && x.stage === "PRIMARY")?.value;
    return { p3c1: at(ids.p3, "C1"), p3c3: at(ids.p3, "C3"), d1c1: at(ids.d1, "C1"), d1c3: at(ids.d1, "C3") };
  };

  it("changes C1 and C3 on the next query after each roster write", async () => {
    const before = await c1c3();
    expect(before.p3c1).toBeCloseTo(14 / 3, 6); // 14/300×100 = 4.667
    expect(before.p3c3).toBeCloseTo(1, 6); // 3/300×100
    expect(before.d1c1).toBeCloseTo(4.8, 6); // 72/1500×100
    expect(before.d1c3).toBeCloseTo(1, 6); // 15/1500×100

    const [person] = await h.db
      .insert(people)
      .values({ name: "新体育教师", gender: "male", birthDate: "1990-05-01" })
      .returning({ id: people.id });
    const [row] = await h.db
      .insert(staff)
      .values({
        personId: person!.id,
        schoolYear: 2025,
        schoolId: ids.p3,
        districtId: ids.d1,
        role: "teacher",
        stage: "primary",
        subject: "physical_education",
        education: "bachelor",
      })
      .returning({ id: staff.id });
    const added = await c1c3();
    expect(added.p3c1).toBeCloseTo(5, 6); // 15/300×100
    expect(added.p3c3).toBeCloseTo(4 / 3, 6); // 4/300×100 = 1.333
    expect(added.d1c1).toBeCloseTo(73 / 15, 6); // 73/1500×100 = 4.867
    expect(added.d1c3).toBeCloseTo(16 / 15, 6); // 16/1500×100 = 1.067

    // left on the 统计时点 itself: not on the roster of 2025 any more
    await h.db
      .update(staff)
      .set({ status: "transferred_out", leftOn: "2025-09-01" })
      .where(eq(staff.id, row!.id));
    const left = await c1c3();
    expect(left.p3c1).toBeCloseTo(14 / 3, 6);
    expect(left.d1c1).toBeCloseTo(4.8, 6);

    await h.db.delete(staff).where(eq(staff.id, row!.id));
    const deleted = await c1c3();
    expect(deleted).toEqual(left);
  });
});
