/**
 * Each year's roster figures count the staff on the roster at its 统计时点 (在册 at 1 September,
 * issue 16; domain statisticsDate.ts), through GraphQL as the apps ask, once per role, on PGlite
 * and (with DATABASE_URL) PostgreSQL.
 *
 * The API's clock is pinned to TEST_NOW (testing.ts: 2026-12-06 10:00 Beijing time), whatever the
 * real date: Y is its school year (schoolYearOf(TEST_NOW) = 2026, the year the API writes rosters
 * into) and L = Y − 1 (2025) the fixture's year. Dates below are written for L = 2025, Y = 2026; the
 * tests build them from L and Y (same months and days), and the ones written into Y (入职 Y-10-15,
 * 离岗 Y-10-01) lie before TEST_NOW's today (2026-12-06), as addStaff and staffLeave require.
 *
 * Fixture: fixtures/smallCity.ts loaded for L (2025—2026) — P1 (海勃湾区第一小学) 专任 甲一 甲二 甲三 (本科) 甲四
 * (专科); N2 (海南区九年一贯制) 专任 丁一–丁五, 3 本科 (丁六 retired on 2025-09-01: not counted);
 * K1 (海勃湾区第一幼儿园) 专任 乙一 (本科) 乙二 乙三 乙四 (专科); K2 戊一 戊二 (专科). Nobody there
 * has the mental-health training (B34) or a counselling qualification (B35).
 *
 * Added for 2025 (written to the database as a year's roster holds them; every one a 专任 teacher):
 * - P1 辛一 (本科, trained, counselling): 调出 on 2025-10-20 → on the roster at 2025-09-01: counts;
 * - P1 辛二 (本科, trained, counselling): 入职 on 2025-10-15, on duty → not in 2025; in 2026;
 * - P1 辛三 (本科, trained, counselling): 退休 on 2025-09-01 exactly → not counted (left_on > 1 Sept only);
 * - P1 辛五 (专科): 调出 on 2025-11-30 → counts;
 * - K1 辛四 (本科): 调出 on 2025-10-20 → counts.
 *
 * Hand-worked 2025 (the rule) — and what "on duty now" would have said:
 * - A08 P1: 本科+ 甲一 甲二 甲三 辛一 = 4 of 甲一–甲四 辛一 辛五 = 6 → 66.667% (on duty now: 4/5 = 80%);
 *   海勃湾区 = P1 4/6; 乌海市 (4 + 3)/(6 + 5) = 7/11 = 63.636%.
 * - B34 and B35 P1: 辛一 1 of 6 = 16.667%; 海勃湾区 1/6 (its 中小学: P1 only); 乌海市 1/11 = 9.091%.
 * - B33 K1: 本科 乙一 辛四 2 of 5 = 40%; 海勃湾区 2/5; 乌海市 2/(5 + 2) = 28.571%.
 * - 年报审核 of 海勃湾区 2025: P1's report states 专任教师数 5; the roster at 统计时点 has 6 →
 *   flagged "年报填报专任教师 5 人，花名册统计时点（9月1日）在册专任教师 6 人，不一致" (on duty now would also be 5: no flag).
 * - 三支队伍 of P1 2025: 甲一–甲六 + 辛一 + 辛五 = 8 (专任 6).
 * After the rollover of P1 into 2026 (people on duty now are carried, keeping their 入职日期):
 * 甲一–甲六 and 辛二 (入职 2025-10-15 ≤ 2026-09-01) → A08 P1 2026: 甲一 甲二 甲三 辛二 of 5 = 80%.
 * addStaff 辛六 (本科) into 2026 with 入职 2026-10-15: still 4 of 5; its date cleared: 5 of 6.
 * (Y is the current school year, as in rollover.test.ts: the writes go to the current year.)
 * Publishing 2025 stores 7/11; a later change of the roster underneath leaves the published figure.
 */
import { type DbHandle, people, schoolReports, staff } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { censusDate, schoolYearLabel, schoolYearOf } from "@edu2035/domain";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BALANCE_PASSWORD, type BalanceCity, loadBalanceCity } from "../../fixtures/balanceCity.ts";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql, loginAs, startApiOn, TEST_NOW } from "../../testing.ts";

const RESULTS = `query($u: OrgUnitInput!, $y: Int!, $ids: [ID!]) {
  targetResults(unit: $u, schoolYear: $y, targetIds: $ids) { target { id } value numerator denominator publishedVersion } }`;
const QUEUE = `query($d: ID!, $y: Int!) { reportQueue(districtId: $d, schoolYear: $y) {
  entries { school { name } flags { kind field message } } } }`;
const SUMMARY = `query($u: OrgUnitInput!, $y: Int!) { staffingSummary(unit: $u, schoolYear: $y) { total fullTimeTeachers } }`;
const ROSTER = `query($f: StaffFilter!) { staff(filter: $f, pageSize: 100) {
  items { id name status startedOn leftOn onRosterAtStatisticsDate version } } }`;
const CARRY = `mutation($u: OrgUnitInput!, $y: Int!) { carryOverRoster(unit: $u, schoolYear: $y) { carried } }`;
const MEMBER = "id schoolYear startedOn leftOn onRosterAtStatisticsDate version";
const ADD = `mutation($i: AddStaffInput!) { addStaff(input: $i) { staff { ${MEMBER} } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $p: StaffPatch!) { updateStaff(id: $id, version: $v, patch: $p) { staff { ${MEMBER} } } }`;
const LEAVE = `mutation($id: ID!, $v: Int!, $d: String!) { staffLeave(id: $id, version: $v, status: TRANSFERRED_OUT, leftOn: $d) { staff { ${MEMBER} } } }`;
const EXEMPT = `mutation($y: Int!, $s: [ID!]!, $r: String!) { exemptReports(schoolYear: $y, schoolIds: $s, reason: $r) { ready } }`;
const PUBLISH = `mutation($y: Int!, $v: Int!) { publishSchoolYear(schoolYear: $y, version: $v) { year { publishedVersion } } }`;

// biome-ignore lint/suspicious/noExplicitAny: responses are asserted field by field
type Any = any;

/** The current school year of the API's pinned clock (2026): the rollover and addStaff write into it. */
const Y = schoolYearOf(TEST_NOW);
/** The fixture's year (2025). */
const L = Y - 1;

describe.each(testBackends())("roster figures at the 统计时点 (1 September) on $name", (backend) => {
  let h: DbHandle;
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let t: Record<string, string>;

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, {
      schoolYear: L,
      async prepare(h, ids) {
        const teacher = async (
          name: string,
          schoolId: string,
          o: Partial<typeof staff.$inferInsert>,
        ): Promise<void> => {
          const [p] = await h.db
            .insert(people)
            .values({ name, gender: "female", birthDate: "1980-05-15" })
            .returning();
          await h.db.insert(staff).values({
            personId: p!.id,
            schoolYear: L,
            schoolId,
            districtId: ids.d1,
            role: "teacher",
            education: "bachelor",
            ...o,
          });
        };
        const p1 = { stage: "primary" as const, subject: "chinese" as const };
        const trained = { mentalHealthTrained: true, counsellingCertificate: true };
        await teacher("辛一", ids.p1, { ...p1, ...trained, status: "transferred_out", leftOn: `${L}-10-20` });
        await teacher("辛二", ids.p1, { ...p1, ...trained, startedOn: `${L}-10-15` });
        await teacher("辛三", ids.p1, { ...p1, ...trained, status: "retired", leftOn: censusDate(L) });
        await teacher("辛五", ids.p1, {
          ...p1,
          education: "associate",
          status: "transferred_out",
          leftOn: `${L}-11-30`,
        });
        await teacher("辛四", ids.k1, {
          stage: "preschool",
          subject: "preschool",
          status: "transferred_out",
          leftOn: `${L}-10-20`,
        });
        await h.db
          .update(schoolReports)
          .set({ fullTimeTeachers: 5, staffTotal: 8 })
          .where(and(eq(schoolReports.schoolId, ids.p1), eq(schoolReports.schoolYear, L)));
      },
      logins: ["city", "haibowan", "p1"],
    });
    ({ handle: h, ids, url, tokens: t } = smallCity);
  }, 120_000);
  afterAll(() => smallCity?.close());

  /** { A08: [value, numerator, denominator], … } of a unit and year. */
  const results = async (token: string, u: { level: string; id?: string }, y: number, targets: string[]) => {
    const r = await gql(url, RESULTS, { u, y, ids: targets }, token);
    expect(r.errors).toBeUndefined();
    return Object.fromEntries(
      ((r.data?.targetResults ?? []) as Any[]).map((x) => [
        x.target.id,
        [x.value, x.numerator, x.denominator],
      ]),
    ) as Record<string, [number | null, number | null, number | null]>;
  };
  const close = (got: [number | null, number | null, number | null] | undefined, n: number, d: number) => {
    expect(got?.slice(1)).toEqual([n, d]);
    expect(got?.[0]).toBeCloseTo((n / d) * 100, 6);
  };

  it("counts the teachers who left after 1 September in last year's A08, B34 and B35 of the school, district and city", async () => {
    const school = await results(t.p1!, { level: "SCHOOL", id: ids.p1 }, L, ["A08", "B34", "B35"]);
    close(school.A08, 4, 6);
    close(school.B34, 1, 6);
    close(school.B35, 1, 6);
    const district = await results(t.haibowan!, { level: "DISTRICT", id: ids.d1 }, L, ["A08", "B34", "B35"]);
    close(district.A08, 4, 6);
    close(district.B34, 1, 6);
    close(district.B35, 1, 6);
    const city = await results(t.city!, { level: "CITY" }, L, ["A08", "B34", "B35"]);
    close(city.A08, 7, 11);
    close(city.B34, 1, 11);
    close(city.B35, 1, 11);
  });

  it("counts a kindergarten teacher who left on 20 October in last year's B33", async () => {
    close((await results(t.city!, { level: "SCHOOL", id: ids.k1 }, L, ["B33"])).B33, 2, 5);
    close((await results(t.haibowan!, { level: "DISTRICT", id: ids.d1 }, L, ["B33"])).B33, 2, 5);
    close((await results(t.city!, { level: "CITY" }, L, ["B33"])).B33, 2, 7);
  });

  it("counts the same people in 三支队伍 and compares the 年报's 专任教师数 with them", async () => {
    const s = await gql(url, SUMMARY, { u: { level: "SCHOOL", id: ids.p1 }, y: L }, t.p1);
    expect(s.data?.staffingSummary).toEqual({ total: 8, fullTimeTeachers: 6 });
    const q = await gql(url, QUEUE, { d: ids.d1, y: L }, t.haibowan);
    expect(q.errors).toBeUndefined();
    const p1 = ((q.data?.reportQueue.entries ?? []) as Any[]).find(
      (e) => e.school.name === "海勃湾区第一小学",
    );
    expect(p1.flags).toEqual([
      {
        kind: "ROSTER_MISMATCH",
        field: "fullTimeTeachers",
        message: "年报填报专任教师 5 人，花名册统计时点（9月1日）在册专任教师 6 人，不一致",
      },
    ]);
  });

  it("shows each record's dates and whether it is on the roster at the 统计时点", async () => {
    const r = await gql(url, ROSTER, { f: { schoolId: ids.p1, schoolYear: L } }, t.p1);
    const byName = (items: Any[]) => Object.fromEntries(items.map((m) => [m.name, m]));
    const active = byName(r.data?.staff.items);
    expect(active.辛二).toMatchObject({
      startedOn: `${L}-10-15`,
      leftOn: null,
      onRosterAtStatisticsDate: false,
    });
    expect(active.甲一).toMatchObject({ startedOn: null, leftOn: null, onRosterAtStatisticsDate: true });
    const left = await gql(
      url,
      ROSTER,
      { f: { schoolId: ids.p1, schoolYear: L, status: "TRANSFERRED_OUT" } },
      t.p1,
    );
    expect(byName(left.data?.staff.items).辛一).toMatchObject({
      status: "TRANSFERRED_OUT",
      leftOn: `${L}-10-20`,
      onRosterAtStatisticsDate: true,
    });
    const retired = await gql(
      url,
      ROSTER,
      { f: { schoolId: ids.p1, schoolYear: L, status: "RETIRED" } },
      t.p1,
    );
    expect(byName(retired.data?.staff.items).辛三).toMatchObject({
      leftOn: censusDate(L),
      onRosterAtStatisticsDate: false,
    });
  });

  it("counts the teacher who joined on 15 October last year in the current year after the rollover, with the date kept", async () => {
    const c = await gql(url, CARRY, { u: { level: "SCHOOL", id: ids.p1 }, y: Y }, t.p1);
    expect(c.errors).toBeUndefined();
    // 甲一–甲六 and 辛二: the people on duty now; 辛一 辛三 辛五 have left
    expect(c.data?.carryOverRoster.carried).toBe(7);
    const r = await gql(url, ROSTER, { f: { schoolId: ids.p1, schoolYear: Y } }, t.p1);
    const xin2 = ((r.data?.staff.items ?? []) as Any[]).find((m) => m.name === "辛二");
    expect(xin2).toMatchObject({ startedOn: `${L}-10-15`, onRosterAtStatisticsDate: true });
    close((await results(t.p1!, { level: "SCHOOL", id: ids.p1 }, Y, ["A08"])).A08, 4, 5);
  });

  it("takes a 入职/调入日期 on addStaff and updateStaff, and refuses one outside the year or after the date of leaving", async () => {
    const add = await gql(
      url,
      ADD,
      {
        i: {
          schoolId: ids.p1,
          name: "辛六",
          gender: "FEMALE",
          birthDate: "1990-04-15",
          role: "TEACHER",
          fullTime: true,
          stage: "PRIMARY",
          subject: "MATHEMATICS",
          education: "BACHELOR",
          startedOn: `${Y}-10-15`,
        },
      },
      t.p1,
    );
    expect(add.errors).toBeUndefined();
    const m = add.data?.addStaff.staff;
    expect(m).toMatchObject({ schoolYear: Y, startedOn: `${Y}-10-15`, onRosterAtStatisticsDate: false });
    // joined after Y-09-01: P1's A08 of Y stays 4 of 5
    close((await results(t.p1!, { level: "SCHOOL", id: ids.p1 }, Y, ["A08"])).A08, 4, 5);

    // the next year's 统计时点 (2027-09-01 for Y = 2026) is after Y's last day (2027-08-31)
    const next = censusDate(Y + 1);
    const late = await gql(url, UPDATE, { id: m.id, v: m.version, p: { startedOn: next } }, t.p1);
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "startedOn" });
    expect(late.errors?.[0]?.message).toContain(
      `入职/调入日期（${next}）应在${schoolYearLabel(Y)}之内或之前（不晚于 ${Y + 1}-08-31）`,
    );
    const bad = await gql(url, UPDATE, { id: m.id, v: m.version, p: { startedOn: `${Y}-02-30` } }, t.p1);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "startedOn" });
    expect(bad.errors?.[0]?.message).toContain("入职/调入日期应为有效日期");

    const early = await gql(url, LEAVE, { id: m.id, v: m.version, d: `${Y}-10-01` }, t.p1);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "leftOn" });
    expect(early.errors?.[0]?.message).toContain(`离岗日期（${Y}-10-01）不能早于入职/调入日期（${Y}-10-15）`);

    // cleared: on the roster since before the 统计时点 → counted: A08 P1 of Y 5 of 6
    const cleared = await gql(url, UPDATE, { id: m.id, v: m.version, p: { startedOn: null } }, t.p1);
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data?.updateStaff.staff).toMatchObject({
      startedOn: null,
      onRosterAtStatisticsDate: true,
    });
    close((await results(t.p1!, { level: "SCHOOL", id: ids.p1 }, Y, ["A08"])).A08, 5, 6);
  });

  it("keeps a published year's stored figures when the roster changes underneath", async () => {
    const ex = await gql(url, EXEMPT, { y: L, s: [ids.k1, ids.v1, ids.k2], r: "测试：年报豁免" }, t.city);
    expect(ex.errors).toBeUndefined();
    const p = await gql(url, PUBLISH, { y: L, v: 0 }, t.city);
    expect(p.errors).toBeUndefined();
    // 辛一's date of leaving moved to 1 September underneath (as a late correction would): live 6/10
    await h.db.execute(sql`update staff set left_on = ${censusDate(L)}
      where school_year = ${L} and person_id = (select id from people where name = '辛一')`);
    const r = await gql(url, RESULTS, { u: { level: "CITY" }, y: L, ids: ["A08"] }, t.city);
    expect(r.data?.targetResults[0]).toMatchObject({ numerator: 7, denominator: 11, publishedVersion: 1 });
  });
});

/**
 * 优质均衡 C1–C3 at the 统计时点, over fixtures/balanceCity.ts 2025 (海勃湾区第一小学 P1: 500 pupils,
 * C1 25, C3 5 专任 teachers; the district's primary group P1 P2 P3 N1: 1500 pupils, C1 72, C3 15;
 * its retired PE teacher left on 1 September exactly and counts nowhere). Added to P1:
 * 辛一 (语文, 专科) 调出 2025-10-20 and 辛三 (体育, 本科) 调出 2025-11-01 → both count;
 * 辛二 (体育, 本科) 入职 2025-10-15 → not in 2025.
 * P1: C1 (25 + 2)/500 × 100 = 5.4; C3 (5 + 1)/500 × 100 = 1.2.
 * 海勃湾区 小学 X̄: C1 (72 + 2)/1500 × 100 = 4.9333; C3 (15 + 1)/1500 × 100 = 1.0667.
 */
describe.each(testBackends())("优质均衡 C1–C3 at the 统计时点 on $name", (backend) => {
  let h: DbHandle;
  let api: Awaited<ReturnType<typeof startApiOn>>;
  let ids: BalanceCity;
  let url: string;
  const t: Record<string, string> = {};

  beforeAll(async () => {
    h = await backend.open();
    ids = await loadBalanceCity(h.db);
    const teacher = async (name: string, o: Partial<typeof staff.$inferInsert>) => {
      const [p] = await h.db
        .insert(people)
        .values({ name, gender: "male", birthDate: "1982-02-15" })
        .returning();
      await h.db.insert(staff).values({
        personId: p!.id,
        schoolYear: 2025,
        schoolId: ids.p1,
        districtId: ids.d1,
        role: "teacher",
        stage: "primary",
        education: "bachelor",
        ...o,
      });
    };
    await teacher("辛一", {
      subject: "chinese",
      education: "associate",
      status: "transferred_out",
      leftOn: "2025-10-20",
    });
    await teacher("辛三", { subject: "physical_education", status: "transferred_out", leftOn: "2025-11-01" });
    await teacher("辛二", { subject: "physical_education", startedOn: "2025-10-15" });
    api = await startApiOn(h);
    url = api.url;
    t.haibowan = await loginAs(url, "haibowan", BALANCE_PASSWORD, "DISTRICT");
    t.p1 = await loginAs(url, "p1", BALANCE_PASSWORD, "SCHOOL");
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    await h?.close();
  });

  const C = `query($u: OrgUnitInput!) { targetResults(unit: $u, schoolYear: 2025, targetIds: ["C1", "C3"]) {
    target { id } stage value } }`;
  const primary = async (token: string, u: { level: string; id: string }) => {
    const r = await gql(url, C, { u }, token);
    expect(r.errors).toBeUndefined();
    return Object.fromEntries(
      ((r.data?.targetResults ?? []) as Any[])
        .filter((x) => x.stage === "PRIMARY")
        .map((x) => [x.target.id, x.value]),
    ) as Record<string, number>;
  };

  it("counts the school's teachers who left after 1 September, not the one who joined after it", async () => {
    const v = await primary(t.p1!, { level: "SCHOOL", id: ids.p1 });
    expect(v.C1).toBeCloseTo(5.4, 9);
    expect(v.C3).toBeCloseTo(1.2, 9);
  });

  it("counts them in the district's X̄", async () => {
    const v = await primary(t.haibowan!, { level: "DISTRICT", id: ids.d1 });
    expect(v.C1).toBeCloseTo((74 / 1500) * 100, 9);
    expect(v.C3).toBeCloseTo((16 / 1500) * 100, 9);
  });
});
