/**
 * 待办, 消息通知 and 催报 (issue 14) through GraphQL over HTTP, once per role, on PGlite and (with
 * DATABASE_URL) PostgreSQL. Fixture: fixtures/smallCity.ts — 海勃湾区 D1: P1 小学, K1 幼儿园, V1 职业学校;
 * 海南区 D2: N2 九年一贯制, K2 幼儿园; 2025 reports P1 approved, N2 approved, K1 submitted; 2025
 * rosters P1 6 people active, N2 5 of 6 active. The current school year Y is the calendar's
 * (schoolYearOf(now), 2026 when written; every school due, none has a Y report yet); the fixture
 * is loaded for the year before it, L = Y − 1 (2025 when written, the year the comments name).
 *
 * The city sets Y's deadline to now + 2 days 1 hour: 2 whole days left, within the 3 days of the
 * 截止前提醒. Worked out by hand, step by step in the tests below.
 */
import { auditLog, type DbHandle, notices, people, schoolReports, staff } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { schoolYearLabel, schoolYearOf } from "@edu2035/domain";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { fileAndSubmit, reportOperations } from "../../testing/reportCycle.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql, TEST_NOW } from "../../testing.ts";

const Y = schoolYearOf(TEST_NOW);
const LABEL = schoolYearLabel(Y);
/** The fixture's year: last year (2025 when written). */
const L = Y - 1;
const L_LABEL = schoolYearLabel(L);
const DAY = 86_400_000;

const SET_PERIOD = `mutation($y: Int!, $d: DateTime!, $v: Int) { setReportingPeriod(schoolYear: $y, deadline: $d, version: $v) { period { deadline version } } }`;
const TODOS = `{ todos { schoolYear deadline items { kind title detail count schoolYear deadline daysLeft overdue link
  entries { name detail schoolYear } } } }`;
const NOTICES = `query($f: Int, $a: String, $u: Boolean) { notices(first: $f, after: $a, unreadOnly: $u) {
  items { id kind kindLabel title body schoolYear senderName read } endCursor hasMore unreadCount } }`;
const UNREAD = `{ unreadNoticeCount }`;
const MARK = `mutation($ids: [ID!]!) { markNoticesRead(ids: $ids) { marked unreadCount } }`;
const MARK_ALL = `mutation { markAllNoticesRead { marked unreadCount } }`;
const REMIND = `mutation($y: Int!, $s: [ID!], $m: String) { sendReportReminder(schoolYear: $y, schoolIds: $s, message: $m) {
  schoolYear sent alreadyRemindedToday schools { name } } }`;
const { SUBMIT, RETURN, APPROVE } = reportOperations("version status");
const EXEMPT = `mutation($y: Int!, $s: [ID!]!, $r: String!) { exemptReports(schoolYear: $y, schoolIds: $s, reason: $r) { due } }`;
const PUBLISH = `mutation($y: Int!, $v: Int!) { publishSchoolYear(schoolYear: $y, version: $v) { year { state } } }`;

type Ext = { code?: string; field?: string };
const ext = (r: { errors?: { extensions?: unknown }[] }) => (r.errors?.[0]?.extensions ?? {}) as Ext;
type NoticeItem = {
  id: string;
  kind: string;
  title: string;
  body: string;
  senderName: string | null;
  read: boolean;
};

describe.each(testBackends())("待办, notices and 催报 on $name", (backend) => {
  let h: DbHandle;
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let t: Record<string, string>;
  /** Y's deadline: the API's pinned now (TEST_NOW) + 2 days 1 hour: 2 whole days left. */
  const deadline = new Date(TEST_NOW.getTime() + 2 * DAY + 3_600_000).toISOString();
  let periodVersion = 0;

  const todosOf = async (token: string | undefined) => {
    const r = await gql(url, TODOS, {}, token);
    expect(r.errors).toBeUndefined();
    return r.data?.todos;
  };
  const noticesOf = async (token: string | undefined, vars: Record<string, unknown> = {}) => {
    const r = await gql(url, NOTICES, vars, token);
    expect(r.errors).toBeUndefined();
    return r.data?.notices as {
      items: NoticeItem[];
      unreadCount: number;
      hasMore: boolean;
      endCursor: string;
    };
  };
  const count = async (where: ReturnType<typeof sql>) => {
    const [row] = await h.db.select({ n: sql<number>`cast(count(*) as integer)` }).from(notices).where(where);
    return row!.n;
  };

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, {
      schoolYear: L,
      // a second account of P1 (read state is per account)
      accounts: (ids) => [
        { username: "p1b", displayName: "海勃湾区第一小学（教务处）", level: "school", schoolId: ids.p1 },
      ],
      logins: ["city", "haibowan", "hainan", "p1", "p1b", "n2"],
    });
    ({ handle: h, ids, url, tokens: t } = smallCity);
  }, 120_000);
  afterAll(() => smallCity?.close());

  it("raises the 3-day deadline notice once per school not submitted, even when requests race", async () => {
    // no period yet: nothing to raise
    expect((await noticesOf(t.p1)).items).toEqual([]);
    const set = await gql(url, SET_PERIOD, { y: Y, d: deadline }, t.city);
    expect(set.errors).toBeUndefined();
    periodVersion = set.data?.setReportingPeriod.period.version;
    // six requests of five accounts at once, each raising the notices before it reads
    const answers = await Promise.all([
      gql(url, NOTICES, {}, t.p1),
      gql(url, UNREAD, {}, t.p1b),
      gql(url, NOTICES, {}, t.n2),
      gql(url, TODOS, {}, t.hainan),
      gql(url, TODOS, {}, t.city),
      gql(url, TODOS, {}, t.p1),
    ]);
    for (const a of answers) expect(a.errors).toBeUndefined();
    // every school is due in Y and none has submitted: P1, K1, V1, N2, K2 — one notice each
    expect(await count(sql`${notices.kind} = 'deadline_soon'`)).toBe(5);
    expect(
      await count(sql`${notices.kind} = 'deadline_soon' and ${notices.recipientUnitId} = ${ids.p1}`),
    ).toBe(1);
    // asked again: nothing more
    await gql(url, TODOS, {}, t.haibowan);
    expect(await count(sql`${notices.kind} = 'deadline_soon'`)).toBe(5);
    const p1 = await noticesOf(t.p1);
    expect(p1.items).toMatchObject([
      {
        kind: "DEADLINE_SOON",
        kindLabel: "报送截止提醒",
        title: `${LABEL}年报将于 3 天内截止`,
        schoolYear: Y,
        senderName: null,
        read: false,
      },
    ]);
    expect(p1.unreadCount).toBe(1);
    // the bureaus are not schools: no deadline notice for them
    expect((await noticesOf(t.haibowan)).items).toEqual([]);
  });

  it("gives a school its 年报 to submit with the deadline and days left, and its roster to carry over", async () => {
    expect(await todosOf(t.p1)).toEqual({
      schoolYear: Y,
      deadline,
      items: [
        {
          kind: "REPORT_TO_SUBMIT",
          title: `填报并提交${LABEL}年报`,
          detail: "当前状态：未填报",
          count: 1,
          schoolYear: Y,
          deadline,
          daysLeft: 2,
          overdue: false,
          link: "report",
          entries: [],
        },
        {
          // P1's 2025 roster: 甲一 … 甲六, all active
          kind: "ROSTER_CARRY_OVER",
          title: `结转${LABEL}教职工名册`,
          detail: "上学年在岗 6 人，本学年名册尚无记录",
          count: 6,
          schoolYear: Y,
          deadline: null,
          daysLeft: null,
          overdue: false,
          link: "roster",
          entries: [],
        },
      ],
    });
  });

  it("gives a district its reviews, its schools not reporting and its missing figures; the city the districts behind", async () => {
    const d1 = await todosOf(t.haibowan);
    expect(d1.items).toEqual([
      {
        // K1's 2025 report is submitted (2025 not published): the item names 2025 and opens it
        kind: "REPORTS_TO_REVIEW",
        title: `审核${L_LABEL}学校年报（1 份待审核）`,
        detail: null,
        count: 1,
        schoolYear: L,
        deadline: null,
        daysLeft: null,
        overdue: false,
        link: `review?schoolYear=${L}`,
        entries: [{ name: "海勃湾区第一幼儿园", detail: `${L_LABEL}已提交`, schoolYear: L }],
      },
      {
        kind: "SCHOOLS_NOT_REPORTING",
        title: `3 所学校尚未报送${LABEL}年报`,
        detail: null,
        count: 3,
        schoolYear: Y,
        deadline,
        daysLeft: 2,
        overdue: false,
        link: `review?schoolYear=${Y}`,
        entries: [
          { name: "海勃湾区第一小学", detail: "未填报", schoolYear: null },
          { name: "海勃湾区第一幼儿园", detail: "未填报", schoolYear: null },
          { name: "乌海市职业学校", detail: "未填报", schoolYear: null },
        ],
      },
      {
        // no 区级年度填报 for Y: all 15 figures missing
        kind: "DISTRICT_INPUTS_MISSING",
        title: `填报${LABEL}区级年度数据`,
        detail: "尚未填写：常住人口、3—5岁常住人口、6—14岁常住人口 等 15 项",
        count: 15,
        schoolYear: Y,
        deadline: null,
        daysLeft: null,
        overdue: false,
        link: "inputs",
        entries: [],
      },
    ]);
    const city = await todosOf(t.city);
    expect(city.items).toEqual([
      {
        kind: "DISTRICTS_BEHIND",
        title: "2 个区的年报报送或审核未完成",
        // 5 schools have no Y report; the one to review is K1's 2025 report, and says so
        detail: `全市未报送 5 所学校（${LABEL}），待审核年报 1 份（${L_LABEL}）`,
        count: 2,
        schoolYear: Y,
        deadline,
        daysLeft: 2,
        overdue: false,
        link: "progress",
        entries: [
          { name: "海勃湾区", detail: `未报送 3 所 · 待审核 1 份（${L_LABEL}）`, schoolYear: null },
          { name: "海南区", detail: "未报送 2 所", schoolYear: null },
        ],
      },
      {
        kind: "CITY_INPUTS_MISSING",
        title: `填报${LABEL}市级年度数据`,
        detail:
          "尚未填写：新增劳动力中受过高中阶段及以上教育比例（%）、城市居民有组织参与社区教育比例（%）、市本级一般公共预算教育支出（元） 等 6 项",
        count: 6,
        schoolYear: Y,
        deadline: null,
        daysLeft: null,
        overdue: false,
        link: "inputs",
        entries: [],
      },
    ]);
  });

  it("after submission the school's 年报 is no longer to do, and the district has it to review", async () => {
    // P1's complete report (testing/reportCycle.ts: 2 grades, 300 pupils) saved and submitted
    expect(await fileAndSubmit(url, t.p1, ids.p1, Y)).toEqual({ version: 2, status: "SUBMITTED" });
    expect((await todosOf(t.p1)).items.map((i: { kind: string }) => i.kind)).toEqual(["ROSTER_CARRY_OVER"]);
    const d1 = await todosOf(t.haibowan);
    // one item per year, newest first, each opening its own year
    expect(d1.items[0]).toMatchObject({
      kind: "REPORTS_TO_REVIEW",
      title: `审核${LABEL}学校年报（1 份待审核）`,
      count: 1,
      schoolYear: Y,
      link: `review?schoolYear=${Y}`,
      entries: [{ name: "海勃湾区第一小学", detail: `${LABEL}已提交`, schoolYear: Y }],
    });
    expect(d1.items[1]).toMatchObject({
      kind: "REPORTS_TO_REVIEW",
      title: `审核${L_LABEL}学校年报（1 份待审核）`,
      count: 1,
      schoolYear: L,
      link: `review?schoolYear=${L}`,
      entries: [{ name: "海勃湾区第一幼儿园", detail: `${L_LABEL}已提交`, schoolYear: L }],
    });
    expect(d1.items[2]).toMatchObject({ kind: "SCHOOLS_NOT_REPORTING", count: 2 });
    // the city: 海勃湾区 has 2 to review, one of each year
    const city = await todosOf(t.city);
    expect(city.items[0].entries[0]).toEqual({
      name: "海勃湾区",
      detail: `未报送 2 所 · 待审核 2 份（${LABEL} 1 份、${L_LABEL} 1 份）`,
      schoolYear: null,
    });
  });

  it("a return notifies that school only, with the comment, and shows in its 待办", async () => {
    const comment = "在校生人数与学籍系统不一致，请核对后重新提交";
    const r = await gql(url, RETURN, { s: ids.p1, y: Y, v: 2, c: comment }, t.haibowan);
    expect(r.data?.returnReport.report).toEqual({ version: 3, status: "RETURNED" });
    const p1 = await noticesOf(t.p1);
    expect(p1.items[0]).toMatchObject({
      kind: "REPORT_RETURNED",
      kindLabel: "年报退回",
      title: `${LABEL}年报已退回，请修改后重新提交`,
      body: comment,
      senderName: "海勃湾区教育局",
      read: false,
    });
    expect(p1.unreadCount).toBe(2);
    // another school, and the district itself, see nothing of it
    const n2 = await noticesOf(t.n2);
    expect(n2.items.map((i) => i.kind)).toEqual(["DEADLINE_SOON"]);
    expect((await noticesOf(t.haibowan)).items).toEqual([]);
    expect(await count(sql`${notices.kind} = 'report_returned'`)).toBe(1);
    const todos = await todosOf(t.p1);
    expect(todos.items[0]).toEqual({
      kind: "REPORT_RETURNED",
      title: `${LABEL}年报已退回，请按意见修改后重新提交`,
      detail: comment,
      count: 1,
      schoolYear: Y,
      deadline,
      daysLeft: 2,
      overdue: false,
      link: "report",
      entries: [],
    });
    expect(todos.items.map((i: { kind: string }) => i.kind)).toEqual([
      "REPORT_RETURNED",
      "ROSTER_CARRY_OVER",
    ]);
  });

  it("keeps the read state per account, and marks only the viewer's unit's notices", async () => {
    const a = await noticesOf(t.p1);
    const returned = a.items.find((i) => i.kind === "REPORT_RETURNED")!;
    const m = await gql(url, MARK, { ids: [returned.id] }, t.p1);
    expect(m.data?.markNoticesRead).toEqual({ marked: 1, unreadCount: 1 });
    // again: nothing newly marked
    expect((await gql(url, MARK, { ids: [returned.id] }, t.p1)).data?.markNoticesRead).toEqual({
      marked: 0,
      unreadCount: 1,
    });
    const after = await noticesOf(t.p1);
    expect(after.items.map((i) => [i.kind, i.read])).toEqual([
      ["REPORT_RETURNED", true],
      ["DEADLINE_SOON", false],
    ]);
    expect((await noticesOf(t.p1, { u: true })).items.map((i) => i.kind)).toEqual(["DEADLINE_SOON"]);
    // the other P1 account has read nothing
    const b = await noticesOf(t.p1b);
    expect(b.items.map((i) => i.read)).toEqual([false, false]);
    expect((await gql(url, UNREAD, {}, t.p1b)).data?.unreadNoticeCount).toBe(2);
    // pages of one: the second page after the first's cursor, then none left
    const page1 = await noticesOf(t.p1b, { f: 1 });
    expect(page1).toMatchObject({ hasMore: true, unreadCount: 2 });
    const page2 = await noticesOf(t.p1b, { f: 1, a: page1.endCursor });
    expect(page2.items.map((i) => i.kind)).toEqual(["DEADLINE_SOON"]);
    expect(page2.hasMore).toBe(false);
    // N2's notice is not P1's to mark: refused, nothing marked
    const n2Notice = (await noticesOf(t.n2)).items[0]!;
    const bad = await gql(url, MARK, { ids: [returned.id, n2Notice.id] }, t.p1b);
    expect(bad.data).toBeNull();
    expect(ext(bad)).toMatchObject({ code: "BAD_USER_INPUT", field: "ids" });
    expect((await gql(url, UNREAD, {}, t.p1b)).data?.unreadNoticeCount).toBe(2);
    expect((await noticesOf(t.n2)).items[0]!.read).toBe(false);
    const all = await gql(url, MARK_ALL, {}, t.p1b);
    expect(all.data?.markAllNoticesRead).toEqual({ marked: 2, unreadCount: 0 });
    expect((await gql(url, UNREAD, {}, t.p1)).data?.unreadNoticeCount).toBe(1);
  });

  it("an approval notifies the school", async () => {
    expect((await gql(url, SUBMIT, { s: ids.p1, y: Y, v: 3 }, t.p1)).data?.submitReport.report.version).toBe(
      4,
    );
    const a = await gql(url, APPROVE, { s: ids.p1, y: Y, v: 4 }, t.haibowan);
    expect(a.data?.approveReport.report).toEqual({ version: 5, status: "APPROVED" });
    expect((await noticesOf(t.p1)).items[0]).toMatchObject({
      kind: "REPORT_APPROVED",
      title: `${LABEL}年报已审核通过`,
      body: "",
      senderName: "海勃湾区教育局",
      read: false,
    });
    // approved: nothing about the report left to do
    expect((await todosOf(t.p1)).items.map((i: { kind: string }) => i.kind)).toEqual(["ROSTER_CARRY_OVER"]);
  });

  it("催报 reminds the schools not submitted once a day, refuses a school submitted or out of scope", async () => {
    // D1 in Y: P1 approved; K1 and V1 not submitted
    const first = await gql(url, REMIND, { y: Y }, t.haibowan);
    expect(first.errors).toBeUndefined();
    expect(first.data?.sendReportReminder).toEqual({
      schoolYear: Y,
      sent: 2,
      alreadyRemindedToday: 0,
      schools: [{ name: "海勃湾区第一幼儿园" }, { name: "乌海市职业学校" }],
    });
    // twice the same day: sent once
    const again = await gql(url, REMIND, { y: Y, s: [ids.v1] }, t.haibowan);
    expect(again.data?.sendReportReminder).toEqual({
      schoolYear: Y,
      sent: 0,
      alreadyRemindedToday: 1,
      schools: [],
    });
    expect(await count(sql`${notices.kind} = 'reminder'`)).toBe(2);
    // P1 has submitted (approved): refused, naming the school
    const approved = await gql(url, REMIND, { y: Y, s: [ids.p1, ids.k1] }, t.haibowan);
    expect(approved.data).toBeNull();
    expect(ext(approved)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolIds" });
    expect(approved.errors?.[0]?.message).toBe(`海勃湾区第一小学：${LABEL}年报已审核，无需催报`);
    // out of scope, or a school account: FORBIDDEN, nothing sent
    for (const [vars, token] of [
      [{ y: Y, s: [ids.n2] }, t.haibowan],
      [{ y: Y }, t.p1],
    ] as const) {
      const r = await gql(url, REMIND, vars, token);
      expect(r.data).toBeNull();
      expect(ext(r).code).toBe("FORBIDDEN");
    }
    expect(await count(sql`${notices.kind} = 'reminder'`)).toBe(2);
    // the city reminds a school of any district, with its own text
    const city = await gql(url, REMIND, { y: Y, s: [ids.n2], m: "请于本周五前提交" }, t.city);
    expect(city.data?.sendReportReminder).toMatchObject({
      sent: 1,
      schools: [{ name: "海南区九年一贯制学校" }],
    });
    expect((await noticesOf(t.n2)).items[0]).toMatchObject({
      kind: "REMINDER",
      kindLabel: "催报",
      title: `催报：请尽快提交${LABEL}年报`,
      body: "请于本周五前提交",
      senderName: "市教育局",
    });
    // …and N2's district the same day: already reminded
    const hainan = await gql(url, REMIND, { y: Y, s: [ids.n2] }, t.hainan);
    expect(hainan.data?.sendReportReminder).toMatchObject({ sent: 0, alreadyRemindedToday: 1 });
    // recorded: one audit row per school reminded (K1, V1, N2)
    const [audited] = await h.db
      .select({ n: sql<number>`cast(count(*) as integer)` })
      .from(auditLog)
      .where(eq(auditLog.action, "report.remind"));
    expect(audited!.n).toBe(3);
    // a message over 200 characters: refused on message
    const long = await gql(url, REMIND, { y: Y, m: "催".repeat(201) }, t.hainan);
    expect(ext(long)).toMatchObject({ code: "BAD_USER_INPUT", field: "message" });
  });

  it("a year ready to publish is the city's 待办, and its publication notifies every district and school", async () => {
    // 2025: P1, N2 approved; K1 submitted → approve; V1, K2 no report → exempt
    const [k1] = await h.db
      .select({ version: schoolReports.version })
      .from(schoolReports)
      .where(and(eq(schoolReports.schoolId, ids.k1), eq(schoolReports.schoolYear, L)));
    expect((await gql(url, APPROVE, { s: ids.k1, y: L, v: k1!.version }, t.haibowan)).errors).toBeUndefined();
    // V1, K2 (no report, not exempted) still pending: 2025 is not ready (years' canPublish)
    expect((await todosOf(t.city)).items.map((i: { kind: string }) => i.kind)).not.toContain(
      "YEAR_READY_TO_PUBLISH",
    );
    const ex = await gql(url, EXEMPT, { y: L, s: [ids.v1, ids.k2], r: "停办整顿" }, t.city);
    expect(ex.errors).toBeUndefined();
    const ready = (await todosOf(t.city)).items.filter(
      (i: { kind: string }) => i.kind === "YEAR_READY_TO_PUBLISH",
    );
    expect(ready).toEqual([
      {
        kind: "YEAR_READY_TO_PUBLISH",
        title: `${L_LABEL}可以发布`,
        detail: "应报 5 所学校均已审核或豁免",
        count: 1,
        schoolYear: L,
        deadline: null,
        daysLeft: null,
        overdue: false,
        link: "years",
        entries: [],
      },
    ]);
    const pub = await gql(url, PUBLISH, { y: L, v: 0 }, t.city);
    expect(pub.errors).toBeUndefined();
    // 2 districts + 5 schools, one notice each; none to the city itself
    expect(await count(sql`${notices.kind} = 'year_published'`)).toBe(7);
    expect(await count(sql`${notices.kind} = 'year_published' and ${notices.recipientLevel} = 'city'`)).toBe(
      0,
    );
    for (const token of [t.haibowan, t.hainan, t.p1, t.n2]) {
      expect((await noticesOf(token)).items[0]).toMatchObject({
        kind: "YEAR_PUBLISHED",
        title: `${L_LABEL}数据已发布（v1）`,
        senderName: "市教育局",
      });
    }
    expect((await noticesOf(t.city)).items).toEqual([]);
    expect((await todosOf(t.city)).items.map((i: { kind: string }) => i.kind)).not.toContain(
      "YEAR_READY_TO_PUBLISH",
    );
  });

  it("marks the schools not reporting 逾期 once the deadline has passed", async () => {
    const past = new Date(TEST_NOW.getTime() - 3_600_000).toISOString();
    const set = await gql(url, SET_PERIOD, { y: Y, d: past, v: periodVersion }, t.city);
    expect(set.errors).toBeUndefined();
    const d2 = await todosOf(t.hainan);
    expect(d2.items.find((i: { kind: string }) => i.kind === "SCHOOLS_NOT_REPORTING")).toMatchObject({
      count: 2,
      deadline: past,
      daysLeft: null,
      overdue: true,
    });
  });

  it("keeps 结转教职工名册 (待办 and the roster's toCarry) until last year's 在岗 are all on this year's roster", async () => {
    const STATUS = `query($u: OrgUnitInput!, $y: Int!) { rosterRolloverStatus(unit: $u, schoolYear: $y) { previousActive current toCarry } }`;
    const carryItem = async () =>
      (await todosOf(t.p1)).items.find((i: { kind: string }) => i.kind === "ROSTER_CARRY_OVER");
    const status = async () => {
      const r = await gql(url, STATUS, { u: { level: "SCHOOL", id: ids.p1 }, y: Y }, t.p1);
      expect(r.errors).toBeUndefined();
      return r.data?.rosterRolloverStatus;
    };
    // P1: 甲一 … 甲六 active in 2025, nothing in Y
    expect(await status()).toEqual([{ previousActive: 6, current: 0, toCarry: 6 }]);
    // the school adds one newly hired teacher to Y: none of the 6 is carried over yet
    const [hired] = await h.db
      .insert(people)
      .values({ name: "乙新", gender: "female", birthDate: "1998-03-15" })
      .returning();
    await h.db.insert(staff).values({
      personId: hired!.id,
      schoolYear: Y,
      schoolId: ids.p1,
      districtId: ids.d1,
      role: "teacher",
      education: "bachelor",
    });
    expect(await status()).toEqual([{ previousActive: 6, current: 1, toCarry: 6 }]);
    expect(await carryItem()).toMatchObject({
      title: `结转${LABEL}教职工名册`,
      detail: "上学年在岗 6 人，尚有 6 人未结转到本学年名册",
      count: 6,
      link: "roster",
    });
    // 甲六 is marked 调出 in Y: 5 left to carry over
    const [jia6] = await h.db
      .select({ personId: staff.personId })
      .from(staff)
      .innerJoin(people, eq(people.id, staff.personId))
      .where(and(eq(people.name, "甲六"), eq(staff.schoolYear, L)));
    await h.db.insert(staff).values({
      personId: jia6!.personId,
      schoolYear: Y,
      schoolId: ids.p1,
      districtId: ids.d1,
      role: "principal",
      status: "transferred_out",
      education: "bachelor",
    });
    expect(await status()).toEqual([{ previousActive: 6, current: 2, toCarry: 5 }]);
    expect(await carryItem()).toMatchObject({
      detail: "上学年在岗 6 人，尚有 5 人未结转到本学年名册",
      count: 5,
    });
    // the rollover carries the 5: 1 + 1 + 5 = 7 on Y's roster, nothing left, the 待办 gone
    const CARRY = `mutation($u: OrgUnitInput!, $y: Int!) { carryOverRoster(unit: $u, schoolYear: $y) { carried alreadyOnRoster } }`;
    const carried = await gql(url, CARRY, { u: { level: "SCHOOL", id: ids.p1 }, y: Y }, t.p1);
    expect(carried.errors).toBeUndefined();
    expect(carried.data?.carryOverRoster).toEqual({ carried: 5, alreadyOnRoster: 1 });
    expect(await status()).toEqual([{ previousActive: 6, current: 7, toCarry: 0 }]);
    expect(await carryItem()).toBeUndefined();
  });
});
