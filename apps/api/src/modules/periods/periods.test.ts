/**
 * Reporting periods, completeness, lateness and targets with submitted reports, through GraphQL
 * over HTTP on PGlite and (with DATABASE_URL) PostgreSQL. Fixture: fixtures/smallCity.ts, with
 * the 2025 reports given these submission times (Beijing time) and two more reports:
 *
 *   海勃湾区 D1: P1 小学  approved, submitted 2025-10-01 → on time
 *                K1 幼儿园 submitted, submitted 2025-10-20 → late
 *                V1 中职  draft (added here)            → late (deadline passed, not submitted)
 *   海南区   D2: N2 九年一贯制 approved, submitted 2025-10-05 → on time
 *                K2 幼儿园 no report                     → late
 *
 * Deadline of 2025: 2025-10-10 24:00 Beijing time = 2025-10-10T16:00:00Z; the tests run after it.
 *   city: due 5, 未填报 1 (K2), 草稿 1 (V1), 已提交 1 (K1), 已退回 0, 已审核 2 (P1, N2), late 3
 *         (K1, V1, K2); submitted rate (1 + 2) / 5 = 60%
 *   D1:   due 3, 草稿 1, 已提交 1, 已审核 1, late 2 (K1, V1); rate 2/3 = 66.67%
 *   D2:   due 2, 未填报 1, 已审核 1, late 1 (K2); rate 50%
 *   by type: 幼儿园 due 2 (已提交 1, 未填报 1, late 2); 小学 1 (已审核); 九年一贯制 1 (已审核);
 *            中职 1 (草稿, late 1)
 *
 * B11 (体质健康合格率) of 2025 in D1: approved only P1 380/400 = 95%; with submitted reports
 * still 95%: the only submitted one is K1's, a 幼儿园, whose 10/100 (written before the rule) B11
 * does not count (domain population.ts: 中小学 only; issue 16). K1 alone: no value, 0/0.
 */
import { schoolReports } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { schoolYearOf } from "@edu2035/domain";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { fileAndSubmit, PRIMARY_REPORT, reportOperations } from "../../testing/reportCycle.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql, TEST_NOW } from "../../testing.ts";

const SET = `mutation($y: Int!, $d: DateTime!, $o: DateTime, $v: Int) { setReportingPeriod(schoolYear: $y, deadline: $d, openedAt: $o, version: $v) {
  period { schoolYear version schoolYearLabel openedAt deadline deadlinePassed updatedBy } } }`;
const GET = `query($y: Int!) { reportingPeriod(schoolYear: $y) { schoolYear openedAt deadline deadlinePassed updatedBy } }`;
const COUNTS = `due notStarted draft submitted returned approved late submittedRate`;
const COMPLETENESS = `query($y: Int!, $d: ID) { reportCompleteness(schoolYear: $y, districtId: $d) {
  unit { level name } schoolYear deadlinePassed period { deadline }
  total { ${COUNTS} }
  byDistrict { district { name } counts { ${COUNTS} } }
  bySchoolType { type label counts { ${COUNTS} } }
  missing { school { name } district { name } status statusLabel late }
  lateSubmissions { school { name } status submittedAt late } } }`;
const QUEUE = `query($d: ID!, $y: Int!) { reportQueue(districtId: $d, schoolYear: $y) { deadline entries { school { name } statusLabel late } } }`;
const TARGET = `query($u: OrgUnitInput!, $y: Int!, $s: Boolean) { targetResults(unit: $u, schoolYear: $y, targetIds: ["B11"], includeSubmitted: $s) {
  value numerator denominator unitsIncluded } }`;
const DASHBOARD = `query($u: OrgUnitInput!, $s: Boolean) { targetDashboard(unit: $u, fromYear: 2025, toYear: 2025, targetIds: ["B11"], includeSubmitted: $s) {
  results { unit { name } value } } }`;
const AUDIT = `query { auditLog(filter: { action: "period.set" }, pageSize: 10) { items { action actionLabel entityType before after } } }`;

const DEADLINE = "2025-10-10T16:00:00.000Z";
const Y = schoolYearOf(TEST_NOW);

type Ext = { code?: string; field?: string };
const ext = (r: { errors?: { extensions?: unknown }[] }) => (r.errors?.[0]?.extensions ?? {}) as Ext;
const counts = (due: number, o: Partial<Record<string, number>> = {}) => ({
  due,
  notStarted: 0,
  draft: 0,
  submitted: 0,
  returned: 0,
  approved: 0,
  late: 0,
  ...o,
});

describe.each(testBackends())("reporting periods and completeness on $name", (backend) => {
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let t: Record<string, string>;

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, {
      async prepare(h, ids) {
        const at = (schoolId: string, iso: string) =>
          h.db
            .update(schoolReports)
            .set({ submittedAt: new Date(iso) })
            .where(and(eq(schoolReports.schoolId, schoolId), eq(schoolReports.schoolYear, 2025)));
        await at(ids.p1, "2025-10-01T10:00:00+08:00");
        await at(ids.k1, "2025-10-20T09:00:00+08:00");
        await at(ids.n2, "2025-10-05T15:00:00+08:00");
        await h.db.insert(schoolReports).values({ schoolId: ids.v1, schoolYear: 2025, status: "draft" });
      },
      logins: ["city", "haibowan", "hainan", "p1"],
    });
    ({ ids, url, tokens: t } = smallCity);
  });
  afterAll(() => smallCity?.close());

  it("lets only the city set the reporting period", async () => {
    for (const who of ["hainan", "p1"]) {
      const r = await gql(url, SET, { y: 2025, d: DEADLINE }, t[who]);
      expect(ext(r).code).toBe("FORBIDDEN");
    }
    expect((await gql(url, GET, { y: 2025 }, t.city)).data?.reportingPeriod).toBeNull();
  });

  it("sets a period with an audit row, readable by every viewer; refuses a deadline before the opening", async () => {
    const bad = await gql(url, SET, { y: 2025, d: "2025-08-20T00:00:00Z" }, t.city);
    expect(ext(bad)).toMatchObject({ code: "BAD_USER_INPUT", field: "deadline" });
    expect(bad.errors?.[0]?.message).toBe("截止时间应晚于2025—2026学年统计时点（2025-09-01）");
    const ahead = await gql(url, SET, { y: Y + 2, d: `${Y + 3}-01-01T00:00:00Z` }, t.city);
    expect(ahead.errors?.[0]?.message).toBe(
      `填报期最多设置到${Y + 1}—${Y + 2}学年（当前为${Y}—${Y + 1}学年）`,
    );
    const far = await gql(url, SET, { y: 2025, d: "2030-01-01T00:00:00Z" }, t.city);
    expect(far.errors?.[0]?.message).toBe("截止时间不应晚于 2027 年年底，请核对年份");
    const first = await gql(url, SET, { y: 2025, d: "2025-10-31T16:00:00Z" }, t.city);
    expect(first.errors).toBeUndefined();
    expect(first.data?.setReportingPeriod.period.version).toBe(1);
    // a second "create", and a change naming a version that is not the current one: CONFLICT
    for (const v of [null, 2]) {
      const stale = await gql(url, SET, { y: 2025, d: DEADLINE, v }, t.city);
      expect(ext(stale)).toMatchObject({ code: "CONFLICT", reason: "VERSION" });
      expect(stale.errors?.[0]?.message).toBe("2025—2026学年填报期已被他人修改，请刷新后重新编辑（未保存）");
    }
    const r = await gql(url, SET, { y: 2025, d: DEADLINE, v: 1 }, t.city);
    expect(r.data?.setReportingPeriod.period).toEqual({
      schoolYear: 2025,
      version: 2,
      schoolYearLabel: "2025—2026学年",
      // not given: 统计时点 1 September 00:00 Beijing time
      openedAt: "2025-08-31T16:00:00.000Z",
      deadline: DEADLINE,
      deadlinePassed: true,
      updatedBy: "市教育局",
    });
    for (const who of ["hainan", "p1"]) {
      const g = await gql(url, GET, { y: 2025 }, t[who]);
      expect(g.data?.reportingPeriod).toMatchObject({ schoolYear: 2025, deadline: DEADLINE });
    }
    const audit = await gql(url, AUDIT, {}, t.city);
    expect(audit.data?.auditLog.items).toEqual([
      {
        action: "period.set",
        actionLabel: "设置填报期",
        entityType: "reporting_period",
        before: { schoolYear: 2025, openedAt: null, deadline: "2025-10-31T16:00:00.000Z" },
        after: { schoolYear: 2025, openedAt: null, deadline: DEADLINE },
      },
      {
        action: "period.set",
        actionLabel: "设置填报期",
        entityType: "reporting_period",
        before: null,
        after: { schoolYear: 2025, openedAt: null, deadline: "2025-10-31T16:00:00.000Z" },
      },
    ]);
  });

  it("counts the city's completeness per district and school type, with the missing and late schools", async () => {
    const r = await gql(url, COMPLETENESS, { y: 2025 }, t.city);
    expect(r.errors).toBeUndefined();
    const c = r.data?.reportCompleteness;
    expect(c.unit).toEqual({ level: "CITY", name: "乌海市" });
    expect(c.deadlinePassed).toBe(true);
    expect(c.period).toEqual({ deadline: DEADLINE });
    expect(c.total).toEqual({
      ...counts(5, { notStarted: 1, draft: 1, submitted: 1, approved: 2, late: 3 }),
      submittedRate: 60,
    });
    expect(c.byDistrict).toEqual([
      {
        district: { name: "海勃湾区" },
        counts: { ...counts(3, { draft: 1, submitted: 1, approved: 1, late: 2 }), submittedRate: 66.67 },
      },
      {
        district: { name: "海南区" },
        counts: { ...counts(2, { notStarted: 1, approved: 1, late: 1 }), submittedRate: 50 },
      },
    ]);
    expect(c.bySchoolType).toEqual([
      {
        type: "KINDERGARTEN",
        label: "幼儿园",
        counts: { ...counts(2, { notStarted: 1, submitted: 1, late: 2 }), submittedRate: 50 },
      },
      { type: "PRIMARY", label: "小学", counts: { ...counts(1, { approved: 1 }), submittedRate: 100 } },
      {
        type: "NINE_YEAR",
        label: "九年一贯制学校",
        counts: { ...counts(1, { approved: 1 }), submittedRate: 100 },
      },
      {
        type: "SECONDARY_VOCATIONAL",
        label: "中等职业学校",
        counts: { ...counts(1, { draft: 1, late: 1 }), submittedRate: 0 },
      },
    ]);
    expect(c.missing).toEqual([
      {
        school: { name: "乌海市职业学校" },
        district: { name: "海勃湾区" },
        status: "DRAFT",
        statusLabel: "草稿",
        late: true,
      },
      {
        school: { name: "海南区第二幼儿园" },
        district: { name: "海南区" },
        status: null,
        statusLabel: "未填报",
        late: true,
      },
    ]);
    expect(c.lateSubmissions).toEqual([
      {
        school: { name: "海勃湾区第一幼儿园" },
        status: "SUBMITTED",
        submittedAt: "2025-10-20T01:00:00.000Z",
        late: true,
      },
    ]);
  });

  it("lets a district read its own completeness only, the city any district, never a school", async () => {
    const own = await gql(url, COMPLETENESS, { y: 2025 }, t.hainan);
    expect(own.errors).toBeUndefined();
    expect(own.data?.reportCompleteness.unit).toEqual({ level: "DISTRICT", name: "海南区" });
    expect(own.data?.reportCompleteness.total).toEqual({
      ...counts(2, { notStarted: 1, approved: 1, late: 1 }),
      submittedRate: 50,
    });
    expect(own.data?.reportCompleteness.byDistrict).toHaveLength(1);
    expect(ext(await gql(url, COMPLETENESS, { y: 2025, d: ids.d1 }, t.hainan)).code).toBe("FORBIDDEN");
    expect(ext(await gql(url, COMPLETENESS, { y: 2025 }, t.p1)).code).toBe("FORBIDDEN");
    const d1 = await gql(url, COMPLETENESS, { y: 2025, d: ids.d1 }, t.city);
    expect(d1.data?.reportCompleteness.total.late).toBe(2);
  });

  it("counts nothing as late without a period, or before the deadline", async () => {
    const none = await gql(url, COMPLETENESS, { y: 2024 }, t.city);
    expect(none.data?.reportCompleteness).toMatchObject({
      period: null,
      deadlinePassed: false,
      total: { ...counts(5, { notStarted: 5 }), submittedRate: 0 },
      lateSubmissions: [],
    });
    expect(none.data?.reportCompleteness.missing.every((m: { late: boolean }) => !m.late)).toBe(true);
    // this school year, with a deadline still to come
    const future = `${Y + 1}-06-30T16:00:00.000Z`;
    expect((await gql(url, SET, { y: Y, d: future }, t.city)).errors).toBeUndefined();
    const open = await gql(url, COMPLETENESS, { y: Y }, t.city);
    expect(open.data?.reportCompleteness).toMatchObject({
      deadlinePassed: false,
      total: { ...counts(5, { notStarted: 5 }), submittedRate: 0 },
    });
  });

  it("marks late schools and the deadline in the review queue", async () => {
    const r = await gql(url, QUEUE, { d: ids.d1, y: 2025 }, t.haibowan);
    expect(r.errors).toBeUndefined();
    expect(r.data?.reportQueue.deadline).toBe(DEADLINE);
    expect(r.data?.reportQueue.entries).toEqual([
      { school: { name: "海勃湾区第一小学" }, statusLabel: "已审核", late: false },
      { school: { name: "海勃湾区第一幼儿园" }, statusLabel: "已提交", late: true },
      { school: { name: "乌海市职业学校" }, statusLabel: "草稿", late: true },
    ]);
  });

  it("counts submitted reports in B11 only when asked (includeSubmitted)", async () => {
    const k1 = { level: "SCHOOL", id: ids.k1 };
    const d1 = { level: "DISTRICT", id: ids.d1 };
    const approvedOnly = await gql(url, TARGET, { u: k1, y: 2025 }, t.city);
    expect(approvedOnly.data?.targetResults[0]).toMatchObject({ value: null, denominator: 0 });
    // B11 concerns the 中小学 (domain 适用学校类别): a 幼儿园's is 不适用, no value (0/0 所学校)
    const withSubmitted = await gql(url, TARGET, { u: k1, y: 2025, s: true }, t.city);
    expect(withSubmitted.data?.targetResults[0]).toEqual({
      value: null,
      numerator: 0,
      denominator: 0,
      unitsIncluded: 0,
    });
    expect((await gql(url, TARGET, { u: d1, y: 2025, s: false }, t.city)).data?.targetResults[0]).toEqual({
      value: 95,
      numerator: 380,
      denominator: 400,
      unitsIncluded: 1,
    });
    // K1's submitted figures are a kindergarten's: not counted even with includeSubmitted
    expect((await gql(url, TARGET, { u: d1, y: 2025, s: true }, t.city)).data?.targetResults[0]).toEqual({
      value: 95,
      numerator: 380,
      denominator: 400,
      unitsIncluded: 1,
    });
    // the dashboard threads it to the district and its schools alike
    const dash = await gql(url, DASHBOARD, { u: d1, s: true }, t.haibowan);
    expect(dash.errors).toBeUndefined();
    const byName = Object.fromEntries(
      dash.data?.targetDashboard.results.map((x: { unit: { name: string }; value: number | null }) => [
        x.unit.name,
        x.value,
      ]),
    );
    expect(byName).toEqual({
      海勃湾区: 95,
      海勃湾区第一小学: 95,
      海勃湾区第一幼儿园: null,
      乌海市职业学校: null,
    });
  });
});

/**
 * Lateness is judged on the FIRST submission (issue 10: "a report submitted on time, returned by
 * the district after the deadline and resubmitted, becomes 逾期"). In the current school year Y,
 * through GraphQL as the apps do:
 *   1. the city sets a deadline one hour ahead; P1 submits (t1, before it);
 *   2. the city moves the deadline to t1 + 1 ms (before now): P1's return and resubmission come
 *      after it — P1 stays on time (returned: not late; resubmitted: not in 逾期提交);
 *   3. N2 submits for the first time after the deadline → late (逾期提交, 提交时间 its submission).
 *   Completeness of D1 then: due 3 (P1, K1, V1), 已提交 1 (P1), 未填报 2 (K1, V1 have no report
 *   for Y), late 2 (K1, V1: not submitted after the deadline), P1 not late.
 */
describe.each(testBackends())("lateness on the first submission on $name", (backend) => {
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let t: Record<string, string>;
  const REPORT = "status version submittedAt";
  const { SUBMIT, RETURN } = reportOperations(REPORT);
  /** A school files P1's complete report (testing/reportCycle.ts: 2 grades of 150 pupils in 4 classes). */
  const file = (schoolId: string, token: string | undefined) =>
    fileAndSubmit<{ version: number; submittedAt: string }>(url, token, schoolId, Y, PRIMARY_REPORT, REPORT);

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, { logins: ["city", "haibowan", "hainan", "p1", "n2"] });
    ({ ids, url, tokens: t } = smallCity);
  });
  afterAll(() => smallCity?.close());

  it("keeps an on-time report on time through a return and resubmission after the deadline", async () => {
    const ahead = new Date(TEST_NOW.getTime() + 3_600_000).toISOString();
    expect((await gql(url, SET, { y: Y, d: ahead }, t.city)).errors).toBeUndefined();
    const first = await file(ids.p1, t.p1);
    // the deadline now lies between the first submission and what follows
    const deadline = new Date(new Date(first.submittedAt).getTime() + 1).toISOString();
    const moved = await gql(url, SET, { y: Y, d: deadline, v: 1 }, t.city);
    expect(moved.errors).toBeUndefined();
    await new Promise((r) => setTimeout(r, 5));
    const returned = await gql(
      url,
      RETURN,
      { s: ids.p1, y: Y, v: first.version, c: "请核对在校生数" },
      t.haibowan,
    );
    expect(returned.data?.returnReport.report.status).toBe("RETURNED");
    const whileReturned = await gql(url, QUEUE, { d: ids.d1, y: Y }, t.haibowan);
    expect(whileReturned.data?.reportQueue.entries).toContainEqual({
      school: { name: "海勃湾区第一小学" },
      statusLabel: "已退回",
      late: false,
    });
    const again = await gql(url, SUBMIT, { s: ids.p1, y: Y, v: first.version + 1 }, t.p1);
    expect(again.errors).toBeUndefined();
    const resubmittedAt = again.data?.submitReport.report.submittedAt as string;
    expect(resubmittedAt > deadline).toBe(true); // the last submission is after the deadline…
    const q = await gql(url, QUEUE, { d: ids.d1, y: Y }, t.haibowan);
    expect(q.data?.reportQueue.entries).toEqual([
      { school: { name: "海勃湾区第一小学" }, statusLabel: "已提交", late: false }, // …the first was not
      { school: { name: "海勃湾区第一幼儿园" }, statusLabel: "未填报", late: true },
      { school: { name: "乌海市职业学校" }, statusLabel: "未填报", late: true },
    ]);
    const c = await gql(url, COMPLETENESS, { y: Y, d: ids.d1 }, t.city);
    expect(c.errors).toBeUndefined();
    expect(c.data?.reportCompleteness.total).toEqual({
      ...counts(3, { notStarted: 2, submitted: 1, late: 2 }),
      submittedRate: 33.33,
    });
    expect(c.data?.reportCompleteness.lateSubmissions).toEqual([]);
  });

  it("counts a first submission after the deadline as late", async () => {
    const n2 = await file(ids.n2, t.n2);
    const c = await gql(url, COMPLETENESS, { y: Y, d: ids.d2 }, t.city);
    expect(c.data?.reportCompleteness.lateSubmissions).toEqual([
      {
        school: { name: "海南区九年一贯制学校" },
        status: "SUBMITTED",
        submittedAt: n2.submittedAt,
        late: true,
      },
    ]);
    const q = await gql(url, QUEUE, { d: ids.d2, y: Y }, t.hainan);
    expect(q.data?.reportQueue.entries).toContainEqual({
      school: { name: "海南区九年一贯制学校" },
      statusLabel: "已提交",
      late: true,
    });
  });
});
