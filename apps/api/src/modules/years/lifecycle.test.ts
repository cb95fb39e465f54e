/**
 * The statistical year lifecycle (填报中 → 审核中 → 已发布 → 已重新开放 → 已发布 v2) and THE lock of a
 * published year, through GraphQL over HTTP on PGlite and (with DATABASE_URL) PostgreSQL.
 * Fixture: fixtures/smallCity.ts. Y is the current school year (2026 at the time of writing),
 * P = 2025 the year published here.
 *
 * Readiness of 2025, hand-worked: due 5 (P1, K1, V1 of 海勃湾区; N2, K2 of 海南区: all open at
 * 2025-09-01); approved 2 (P1, N2); K1 submitted, V1 and K2 never started → pending 3, in district
 * order then school code: K1 (2150300002), V1 (2150300003), K2 (2150300005).
 * After exempting V1 and K2: pending 1 (K1); after exempting K1 too: pending 0, ready.
 *
 * States of 2025: no reporting period → 填报中 (OPEN); a deadline on 15 January of year Y (always
 * past once Y has begun) → 审核中 (CLOSING); published → 已发布 (final); reopened → 已重新开放.
 */
import {
  auditLog,
  cityInputs,
  type DbHandle,
  districtInputs,
  people,
  registers,
  schoolReports,
  schoolYearPublications,
  staff,
} from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { schoolYearLabel, schoolYearOf } from "@edu2035/domain";
import { eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { primaryTeacher } from "../../testing/staffInput.ts";
import { gql, TEST_NOW } from "../../testing.ts";

const YEAR = `schoolYear label state stateLabel final current publishedVersion version
  publications { version publishedBy note reopenedBy reopenReason }`;
const YEARS = `query { statisticalYears { schoolYear state } }`;
const ONE = `query($y: Int!) { statisticalYear(schoolYear: $y) { ${YEAR} } }`;
const READINESS_FIELDS = `schoolYear due approved ready state
  exemptions { school { name } district { name } reason createdBy }
  pending { school { name } district { name } statusLabel }`;
const READINESS = `query($y: Int!) { publicationReadiness(schoolYear: $y) { ${READINESS_FIELDS} } }`;
const PUBLISH = `mutation($y: Int!, $v: Int!, $n: String) { publishSchoolYear(schoolYear: $y, version: $v, note: $n) { year { ${YEAR} } } }`;
const REOPEN = `mutation($y: Int!, $v: Int!, $r: String!) { reopenSchoolYear(schoolYear: $y, version: $v, reason: $r) { year { ${YEAR} } } }`;
const EXEMPT = `mutation($y: Int!, $s: [ID!]!, $r: String!) { exemptReports(schoolYear: $y, schoolIds: $s, reason: $r) { ${READINESS_FIELDS} } }`;
const UNEXEMPT = `mutation($y: Int!, $s: ID!) { removeReportExemption(schoolYear: $y, schoolId: $s) { due ready } }`;
const PERIOD = `mutation($y: Int!, $d: DateTime!) { setReportingPeriod(schoolYear: $y, deadline: $d) { period { schoolYear } } }`;
const OPEN_BACKFILL = `mutation($i: OpenBackfillInput!) { openBackfill(input: $i) { windows { id } } }`;
const EDITABLE = `query($s: ID!) { editableSchoolYears(schoolId: $s) }`;
const ADD = `mutation($input: AddStaffInput!) { addStaff(input: $input) { staff { id version } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $patch: StaffPatch!) { updateStaff(id: $id, version: $v, patch: $patch) { staff { id version } } }`;
const ROSTER = `query($f: StaffFilter!) { staff(filter: $f, pageSize: 100) { total items { id name version } } }`;
const TEMPLATE = `query($s: ID!) { staffExcelTemplate(schoolId: $s) { contentBase64 } }`;
const IMPORT = `mutation($s: ID!, $y: Int!, $f: String!) { importStaffExcel(schoolId: $s, schoolYear: $y, contentBase64: $f, dryRun: false) { created } }`;
const REPORT_IMPORT = `mutation($s: ID!, $y: Int!, $f: String!, $v: Int) { importReportExcel(schoolId: $s, schoolYear: $y, contentBase64: $f, version: $v) { saved } }`;
const SAVE_REPORT = `mutation($i: SaveReportDraftInput!) { saveReportDraft(input: $i) { report { schoolYear } } }`;
const DISTRICT_INPUTS = `mutation($d: ID!, $input: DistrictInputsInput!) { saveDistrictInputs(districtId: $d, input: $input) { districtInputs { version } } }`;
const HISTORY = `query($u: OrgUnitInput!, $y: Int!) { publishedHistory(unit: $u, targetId: "A08", schoolYear: $y) { version superseded result { numerator } } }`;
const REOPEN_REPORT = `mutation($s: ID!, $y: Int!, $v: Int!, $r: String!) { reopenReport(schoolId: $s, schoolYear: $y, version: $v, reason: $r) { report { status } } }`;
const CARRY = `mutation($u: OrgUnitInput!, $y: Int!) { carryOverRoster(unit: $u, schoolYear: $y) { carried } }`;
const CITY_INPUTS = `mutation($input: CityInputsInput!) { saveCityInputs(input: $input) { cityInputs { version } } }`;
const CREATE_ENTRY = `mutation($input: RegisterEntryInput!) { createRegisterEntry(input: $input) { entry { id } } }`;
const AUDIT = `query($a: String!) { auditLog(filter: { action: $a }, pageSize: 50) { total items { actionLabel school { name } after } } }`;

const Y = schoolYearOf(TEST_NOW);
const P = 2025;
const LATER = "2100-01-01T00:00:00.000Z";
const LOCKED = "2025—2026学年已发布（v1），数据已锁定；如需修改，请市教育局重新开放该学年";

type Ext = { code?: string; field?: string };
type Result = { errors?: readonly { message: string; extensions?: unknown }[] };
const ext = (r: Result) => (r.errors?.[0]?.extensions ?? {}) as Ext;
const msg = (r: Result) => r.errors?.[0]?.message;

describe.each(testBackends())("statistical year lifecycle on $name", (backend) => {
  let h: DbHandle;
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  const t = { city: "", haibowan: "", p1: "" };

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, { logins: ["city", "haibowan", "p1"] });
    ({ handle: h, ids, url } = smallCity);
    Object.assign(t, smallCity.tokens);
  }, 120_000);
  afterAll(() => smallCity?.close());

  /** Data of a response that must have no errors. */
  async function ok(query: string, variables: Record<string, unknown>, token: string) {
    const r = await gql(url, query, variables, token);
    expect(r.errors).toBeUndefined();
    return r.data!;
  }
  const year = async (y: number) => (await ok(ONE, { y }, t.city)).statisticalYear;
  /** Rows that a refused write must leave untouched. */
  const written = async () => ({
    staff: (await h.db.select({ n: sql<number>`cast(count(*) as integer)` }).from(staff))[0]!.n,
    people: (await h.db.select({ n: sql<number>`cast(count(*) as integer)` }).from(people))[0]!.n,
    inputs: (await h.db.select({ n: sql<number>`cast(count(*) as integer)` }).from(districtInputs))[0]!.n,
    audit: (await h.db.select({ n: sql<number>`cast(count(*) as integer)` }).from(auditLog))[0]!.n,
    cityInputs: (await h.db.select({ n: sql<number>`cast(count(*) as integer)` }).from(cityInputs))[0]!.n,
    registers: (await h.db.select({ n: sql<number>`cast(count(*) as integer)` }).from(registers))[0]!.n,
    reports: await h.db.select({ id: schoolReports.id, version: schoolReports.version }).from(schoolReports),
  });

  it("lists the years with data and the current one, newest first; a year's state follows its deadline", async () => {
    const list = (await ok(YEARS, {}, t.p1)).statisticalYears as { schoolYear: number; state: string }[];
    // the fixture's rosters and reports are of 2025; the current year is always listed
    expect(list).toEqual(
      [...new Set([Y, P])].sort((a, b) => b - a).map((y) => ({ schoolYear: y, state: "OPEN" })),
    );
    expect(await year(P)).toEqual({
      schoolYear: P,
      label: "2025—2026学年",
      state: "OPEN",
      stateLabel: "填报中",
      final: false,
      current: P === Y,
      publishedVersion: null,
      version: 0,
      publications: [],
    });
    // a deadline on 15 January of the current year: passed for 2025 whenever the test runs
    await ok(PERIOD, { y: P, d: `${P + 1}-01-15T10:00:00+08:00` }, t.city);
    expect(await year(P)).toMatchObject({ state: "CLOSING", stateLabel: "审核中", final: false });
    // a deadline ahead: still 填报中
    await ok(PERIOD, { y: Y, d: `${Y + 1}-06-30T18:00:00+08:00` }, t.city);
    expect((await year(Y)).state).toBe("OPEN");
  });

  it("gives a district or a school account FORBIDDEN on readiness and every mutation, writing nothing", async () => {
    const before = await written();
    for (const who of ["haibowan", "p1"] as const) {
      const calls: [string, Record<string, unknown>][] = [
        [READINESS, { y: P }],
        [PUBLISH, { y: P, v: 0 }],
        [REOPEN, { y: P, v: 0, r: "更正数据" }],
        [EXEMPT, { y: P, s: [ids.v1], r: "停办整顿" }],
        [UNEXEMPT, { y: P, s: ids.v1 }],
      ];
      for (const [query, variables] of calls) {
        expect(ext(await gql(url, query, variables, t[who])).code).toBe("FORBIDDEN");
      }
    }
    expect(await written()).toEqual(before);
  });

  it("lists the pending schools; publishing is refused while any is neither approved nor exempted", async () => {
    // a 补录 window for 海勃湾区 2025, so its rosters of 2025 are writable (until published)
    await ok(
      OPEN_BACKFILL,
      { i: { schoolYear: P, districtIds: [ids.d1], closesAt: LATER, reason: "补录2025学年" } },
      t.city,
    );
    expect((await ok(EDITABLE, { s: ids.p1 }, t.p1)).editableSchoolYears).toEqual([Y, P]);
    const r = (await ok(READINESS, { y: P }, t.city)).publicationReadiness;
    expect(r).toEqual({
      schoolYear: P,
      due: 5,
      approved: 2,
      ready: false,
      state: "CLOSING",
      exemptions: [],
      pending: [
        { school: { name: "海勃湾区第一幼儿园" }, district: { name: "海勃湾区" }, statusLabel: "已提交" },
        { school: { name: "乌海市职业学校" }, district: { name: "海勃湾区" }, statusLabel: "未填报" },
        { school: { name: "海南区第二幼儿园" }, district: { name: "海南区" }, statusLabel: "未填报" },
      ],
    });
    const refused = await gql(url, PUBLISH, { y: P, v: 0 }, t.city);
    expect(ext(refused)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    expect(msg(refused)).toBe("仍有 3 所学校的年报未审核且未豁免，不能发布2025—2026学年");
    // a future year, a bad reason
    const future = await gql(url, PUBLISH, { y: Y + 1, v: 0 }, t.city);
    expect(ext(future)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    for (const [reason, message] of [
      ["  ", "请填写豁免原因"],
      ["因".repeat(201), "豁免原因不能超过 200 个字"],
    ] as const) {
      const e = await gql(url, EXEMPT, { y: P, s: [ids.v1], r: reason }, t.city);
      expect(ext(e)).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });
      expect(msg(e)).toBe(message);
    }
    expect(ext(await gql(url, EXEMPT, { y: P, s: [], r: "停办" }, t.city))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "schoolIds",
    });
    // a future year has nothing to exempt; an approved report needs no exemption (应报 = 已审核 + 豁免 + 待处理)
    const futureExempt = await gql(url, EXEMPT, { y: Y + 1, s: [ids.v1], r: "停办" }, t.city);
    expect(ext(futureExempt)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    expect(msg(futureExempt)).toBe(`不能豁免未来学年（当前为${schoolYearLabel(Y)}）`);
    const approved = await gql(url, EXEMPT, { y: P, s: [ids.p1, ids.v1], r: "停办" }, t.city);
    expect(ext(approved)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolIds" });
    expect(msg(approved)).toBe("海勃湾区第一小学的2025—2026学年年报已审核，无需豁免");
    expect((await ok(READINESS, { y: P }, t.city)).publicationReadiness.exemptions).toEqual([]);
    expect(await year(P)).toMatchObject({ state: "CLOSING", version: 0, publishedVersion: null });
  });

  it("publishes once the rest are exempted with a reason, storing v1; a stale version is CONFLICT", async () => {
    const two = (await ok(EXEMPT, { y: P, s: [ids.v1, ids.k2], r: "停办整顿，当年无在校生" }, t.city))
      .exemptReports;
    expect(two.exemptions).toEqual([
      {
        school: { name: "乌海市职业学校" },
        district: { name: "海勃湾区" },
        reason: "停办整顿，当年无在校生",
        createdBy: "市教育局",
      },
      {
        school: { name: "海南区第二幼儿园" },
        district: { name: "海南区" },
        reason: "停办整顿，当年无在校生",
        createdBy: "市教育局",
      },
    ]);
    expect(two.pending.map((p: { school: { name: string } }) => p.school.name)).toEqual([
      "海勃湾区第一幼儿园",
    ]);
    expect(msg(await gql(url, PUBLISH, { y: P, v: 0 }, t.city))).toBe(
      "仍有 1 所学校的年报未审核且未豁免，不能发布2025—2026学年",
    );
    const all = (await ok(EXEMPT, { y: P, s: [ids.k1], r: "园所改扩建" }, t.city)).exemptReports;
    expect(all).toMatchObject({ due: 5, approved: 2, ready: true, pending: [] });
    const audit = (await ok(AUDIT, { a: "year.exempt" }, t.city)).auditLog;
    expect(audit.total).toBe(3);
    expect(audit.items[0]).toMatchObject({ actionLabel: "豁免年报", school: { name: "海勃湾区第一幼儿园" } });

    const stale = await gql(url, PUBLISH, { y: P, v: 1 }, t.city);
    expect(ext(stale).code).toBe("CONFLICT");
    const published = (await ok(PUBLISH, { y: P, v: 0, n: "2025学年统计数据" }, t.city)).publishSchoolYear
      .year;
    expect(published).toEqual({
      schoolYear: P,
      label: "2025—2026学年",
      state: "PUBLISHED",
      stateLabel: "已发布",
      final: true,
      current: P === Y,
      publishedVersion: 1,
      version: 1,
      publications: [
        {
          version: 1,
          publishedBy: "市教育局",
          note: "2025学年统计数据",
          reopenedBy: null,
          reopenReason: null,
        },
      ],
    });
    // figures stored with the publication (snapshot.ts)
    const [stored] = await h.db
      .execute(sql`select count(*)::integer as n from published_results`)
      .then((x) => (Array.isArray(x) ? x : (x as { rows: { n: number }[] }).rows));
    expect(Number((stored as { n: number }).n)).toBeGreaterThan(0);
    // again: refused, and a stale version (0) is CONFLICT
    const again = await gql(url, PUBLISH, { y: P, v: 1 }, t.city);
    expect(ext(again)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    expect(msg(again)).toBe("2025—2026学年已发布（v1），如需再次发布，请先重新开放该学年");
    expect(ext(await gql(url, PUBLISH, { y: P, v: 0 }, t.city)).code).toBe("CONFLICT");
    const audit2 = (await ok(AUDIT, { a: "year.publish" }, t.city)).auditLog;
    expect(audit2.total).toBe(1);
    expect(audit2.items[0].actionLabel).toBe("发布学年数据（封账）");
  });

  it("refuses every write of the published year with the lock message, writing nothing", async () => {
    const roster = (await ok(ROSTER, { f: { schoolYear: P, schoolId: ids.p1 } }, t.p1)).staff;
    expect(roster.total).toBe(6);
    const member = roster.items[0] as { id: string; version: number };
    const template = (await ok(TEMPLATE, { s: ids.p1 }, t.p1)).staffExcelTemplate.contentBase64 as string;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(template, "base64") as unknown as ArrayBuffer);
    const file = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer).toString("base64");
    const [p1Report] = await h.db
      .select({ version: schoolReports.version })
      .from(schoolReports)
      .where(sql`${schoolReports.schoolId} = ${ids.p1} and ${schoolReports.schoolYear} = ${P}`);
    if (!p1Report) throw new Error("the fixture's 2025 report of P1 is missing");
    const before = await written();
    const calls: [string, Record<string, unknown>, string, string][] = [
      [ADD, { input: { schoolId: ids.p1, schoolYear: P, ...primaryTeacher("王丽") } }, t.p1, "schoolYear"],
      [UPDATE, { id: member.id, v: member.version, patch: { trainingHours: 80 } }, t.p1, "schoolYear"],
      [IMPORT, { s: ids.p1, y: P, f: file }, t.p1, "schoolYear"],
      [SAVE_REPORT, { i: { schoolId: ids.p1, schoolYear: P, grades: [] } }, t.p1, "schoolYear"],
      // the 年报 import answers with the year's lock, not "已审核的年报不能修改" (the report is approved)
      [REPORT_IMPORT, { s: ids.p1, y: P, f: "eA==", v: p1Report.version }, t.p1, "schoolYear"],
      [
        DISTRICT_INPUTS,
        { d: ids.d1, input: { schoolYear: P, population6to14: 30000 } },
        t.haibowan,
        "schoolYear",
      ],
      [UNEXEMPT, { y: P, s: ids.k1 }, t.city, "schoolYear"],
      [
        REOPEN_REPORT,
        { s: ids.p1, y: P, v: p1Report.version, r: "更正体质健康数据" },
        t.haibowan,
        "schoolYear",
      ],
      [CARRY, { u: { level: "SCHOOL", id: ids.p1 }, y: P }, t.p1, "schoolYear"],
      [CITY_INPUTS, { input: { schoolYear: P, gdp: 600 } }, t.city, "schoolYear"],
      [
        CREATE_ENTRY,
        {
          input: {
            kind: "SMART_BENCHMARK_SCHOOL",
            name: "海勃湾区第一小学",
            schoolId: ids.p1,
            level: "CITY",
            fromYear: P,
          },
        },
        t.city,
        "fromYear",
      ],
    ];
    for (const [query, variables, token, field] of calls) {
      const r = await gql(url, query, variables, token);
      expect(ext(r), query).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(msg(r), query).toBe(LOCKED);
    }
    const backfill = await gql(
      url,
      OPEN_BACKFILL,
      { i: { schoolYear: P, districtIds: [ids.d2], closesAt: LATER, reason: "补录2025学年" } },
      t.city,
    );
    expect(ext(backfill)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    expect(msg(backfill)).toBe("2025—2026学年已发布（v1），请先重新开放该学年再开放补录");
    // the deadline decides the year's 逾期 figures: locked with it
    const period = await gql(url, PERIOD, { y: P, d: "2026-06-30T00:00:00Z" }, t.city);
    expect(ext(period)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    expect(msg(period)).toBe("2025—2026学年已发布（v1），填报期随该学年锁定；如需修改，请先重新开放该学年");
    expect(await written()).toEqual(before);
    // 可填报学年 no longer lists the published year
    expect((await ok(EDITABLE, { s: ids.p1 }, t.p1)).editableSchoolYears).toEqual(P === Y ? [] : [Y]);
  });

  it("reopens with a reason (writes allowed again), republishes as v2 with the history", async () => {
    for (const [reason, message] of [
      ["", "请填写重新开放原因"],
      ["改".repeat(201), "重新开放原因不能超过 200 个字"],
    ] as const) {
      const e = await gql(url, REOPEN, { y: P, v: 1, r: reason }, t.city);
      expect(ext(e)).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });
      expect(msg(e)).toBe(message);
    }
    expect(ext(await gql(url, REOPEN, { y: P, v: 0, r: "更正花名册" }, t.city)).code).toBe("CONFLICT");
    const reopened = (await ok(REOPEN, { y: P, v: 1, r: "海勃湾区第一小学更正花名册" }, t.city))
      .reopenSchoolYear.year;
    expect(reopened).toMatchObject({
      state: "REOPENED",
      stateLabel: "已重新开放",
      final: false,
      publishedVersion: 1,
      version: 2,
    });
    expect(reopened.publications).toEqual([
      {
        version: 1,
        publishedBy: "市教育局",
        note: "2025学年统计数据",
        reopenedBy: "市教育局",
        reopenReason: "海勃湾区第一小学更正花名册",
      },
    ]);
    const notPublished = await gql(url, REOPEN, { y: P, v: 2, r: "再次" }, t.city);
    expect(ext(notPublished)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    // writable again (the 补录 window of 海勃湾区 is still open)
    expect((await ok(EDITABLE, { s: ids.p1 }, t.p1)).editableSchoolYears).toEqual(
      [Y, P].filter((y, i, a) => a.indexOf(y) === i),
    );
    await ok(ADD, { input: { schoolId: ids.p1, schoolYear: P, ...primaryTeacher("王丽") } }, t.p1);
    await ok(DISTRICT_INPUTS, { d: ids.d1, input: { schoolYear: P, population6to14: 30000 } }, t.haibowan);
    expect((await ok(ROSTER, { f: { schoolYear: P, schoolId: ids.p1 } }, t.p1)).staff.total).toBe(7);

    const v2 = (await ok(PUBLISH, { y: P, v: 2 }, t.city)).publishSchoolYear.year;
    expect(v2).toMatchObject({ state: "PUBLISHED", final: true, publishedVersion: 2, version: 3 });
    expect(v2.publications).toEqual([
      { version: 2, publishedBy: "市教育局", note: null, reopenedBy: null, reopenReason: null },
      {
        version: 1,
        publishedBy: "市教育局",
        note: "2025学年统计数据",
        reopenedBy: "市教育局",
        reopenReason: "海勃湾区第一小学更正花名册",
      },
    ]);
    const r = await gql(
      url,
      ADD,
      { input: { schoolId: ids.p1, schoolYear: P, ...primaryTeacher("李强") } },
      t.p1,
    );
    expect(msg(r)).toBe("2025—2026学年已发布（v2），数据已锁定；如需修改，请市教育局重新开放该学年");
    const audit = (await ok(AUDIT, { a: "year.reopen" }, t.city)).auditLog;
    expect(audit.items.map((i: { actionLabel: string }) => i.actionLabel)).toEqual(["重新开放学年"]);
  });

  it("never leaves a staff row written into a published year when a publication and addStaff race", async () => {
    // the current year: every school exempted, so it can be published; P1's roster is writable
    await ok(EXEMPT, { y: Y, s: [ids.p1, ids.k1, ids.v1, ids.n2, ids.k2], r: "并发测试" }, t.city);
    let version = (await year(Y)).version as number;
    for (let round = 1; round <= 5; round++) {
      // the publication starts a little later each round, so the two meet at different points
      const [pub, add] = await Promise.all([
        new Promise((go) => setTimeout(go, (round - 1) * 15)).then(() =>
          gql(url, PUBLISH, { y: Y, v: version }, t.city),
        ),
        gql(
          url,
          ADD,
          { input: { schoolId: ids.p1, schoolYear: Y, ...primaryTeacher(`并发${"甲乙丙丁戊己"[round]}`) } },
          t.p1,
        ),
      ]);
      expect(pub.errors).toBeUndefined();
      const added = add.data?.addStaff?.staff as { id: string } | undefined;
      if (!added) {
        // the publication came first: refused by the lock, nothing written
        expect(msg(add)).toBe(
          `${Y}—${Y + 1}学年已发布（v${round}），数据已锁定；如需修改，请市教育局重新开放该学年`,
        );
      } else {
        // the write came first: it committed before the publication wrote anything
        const [order] = await h.db
          .select({
            staffTx: sql<string>`(select xmin::text from ${staff} where ${staff.id} = ${added.id})`,
            publicationTx: sql<string>`${schoolYearPublications}.xmin::text`,
          })
          .from(schoolYearPublications)
          .where(
            sql`${schoolYearPublications.schoolYear} = ${Y} and ${schoolYearPublications.version} = ${round}`,
          );
        expect(BigInt(order!.staffTx) < BigInt(order!.publicationTx)).toBe(true);
      }
      const names = await h.db
        .select({ name: people.name })
        .from(staff)
        .innerJoin(people, eq(people.id, staff.personId))
        .where(sql`${staff.schoolYear} = ${Y} and ${people.name} = ${`并发${"甲乙丙丁戊己"[round]}`}`);
      expect(names.length).toBe(added ? 1 : 0);
      // the figure published is the roster as it stands: no write slipped in after the publication
      const onRoster = await h.db
        .select({ id: staff.id })
        .from(staff)
        .where(sql`${staff.schoolYear} = ${Y} and ${staff.schoolId} = ${ids.p1}`);
      const history = (await ok(HISTORY, { u: { level: "SCHOOL", id: ids.p1 }, y: Y }, t.city))
        .publishedHistory;
      expect(history.map((f: { version: number }) => f.version)).toEqual(
        Array.from({ length: round }, (_, i) => i + 1),
      );
      expect(history[round - 1].result.numerator).toBe(onRoster.length);
      const reopened = await ok(REOPEN, { y: Y, v: version + 1, r: `第${round}轮` }, t.city);
      version = reopened.reopenSchoolYear.year.version;
    }
  }, 240_000);

  it("carries a published year's roster over into the next year (it only reads the published year)", async () => {
    // 2025 is published (v2); 2026 is the current year (reopened by the last round above) or, in a
    // later calendar year, a past one opened for 补录 here
    expect((await year(P)).state).toBe("PUBLISHED");
    if (P + 1 < Y) {
      await ok(
        OPEN_BACKFILL,
        { i: { schoolYear: P + 1, districtIds: [ids.d1], closesAt: LATER, reason: "补录2026学年" } },
        t.city,
      );
    }
    // 乌海市职业学校's 2025 roster: 6 teachers in post (丙一 … 丙六), none on the 2026 roster yet
    expect((await ok(ROSTER, { f: { schoolYear: P, schoolId: ids.v1 } }, t.city)).staff.total).toBe(6);
    const carried = (await ok(CARRY, { u: { level: "SCHOOL", id: ids.v1 }, y: P + 1 }, t.haibowan))
      .carryOverRoster;
    expect(carried.carried).toBe(
      (
        await h.db
          .select({ id: staff.id })
          .from(staff)
          .where(sql`${staff.schoolYear} = ${P + 1} and ${staff.schoolId} = ${ids.v1}`)
      ).length,
    );
    expect(carried.carried).toBe(6);
  });
});
