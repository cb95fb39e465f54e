/**
 * 补录 (backfill) windows and per-year school sets, through GraphQL over HTTP on PGlite and
 * (with DATABASE_URL) PostgreSQL. Fixture: fixtures/smallCity.ts (rosters and reports of 2025)
 * plus two schools written here:
 *
 *   NEW 海勃湾区新建小学 (D1, primary) opened 2025-10-01: after 统计时点 2025-09-01, so not a
 *       school of 2025; a school of 2026.
 *   OLD 海南区撤并小学   (D2, primary) closed 2025-03-01: open at 统计时点 2024-09-01, closed
 *       before 2025-09-01, so a school of 2024 only (of the years here); its 2024 report is
 *       approved (written here).
 *
 * Completeness (应报), hand-worked (no reporting period, so nothing is late):
 *   2024: due 6 = 5 fixture schools + OLD (NEW not yet open); reports: OLD approved → 未填报 5,
 *         已审核 1; D1 due 3, D2 due 3 (N2, K2, OLD).
 *   2025: due 5 (OLD closed, NEW opened after 1 September); fixture reports P1, N2 approved,
 *         K1 submitted → 未填报 2 (V1, K2); D1 3, D2 2.
 *   2026: due 6 = 5 + NEW; no reports → 未填报 6; D1 4, D2 2.
 *
 * A08 (义务教育阶段专任教师 本科及以上) of D2 in 2024, from the 2024 rosters entered through
 * the district window: N2 one teacher 本科 and one 本科 teacher who retired on 2025-06-30 (on the
 * roster at the 统计时点 2024-09-01, so counted), OLD one teacher 大专 → 2 of 3 = 66.67%, 2 units.
 * With today's schools only (OLD closed) it would read 2 of 2 = 100%, 1 unit.
 */
import { backfillWindows, type DbHandle, schoolReports, schools } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { schoolYearOf } from "@edu2035/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { primaryTeacher } from "../../testing/staffInput.ts";
import { columnOfHeader, openXlsx, saveXlsx } from "../../testing/xlsx.ts";
import { gql, TEST_NOW } from "../../testing.ts";

const WINDOW = `id schoolYear schoolYearLabel district { name } school { name } reason open closedAt openedBy`;
const OPEN = `mutation($i: OpenBackfillInput!) { openBackfill(input: $i) { windows { ${WINDOW} } } }`;
const CLOSE = `mutation($id: ID!) { closeBackfill(id: $id) { window { ${WINDOW} } } }`;
const LIST = `query($y: Int, $o: Boolean) { backfillWindows(schoolYear: $y, openOnly: $o) { ${WINDOW} } }`;
const EDITABLE = `query($s: ID!) { editableSchoolYears(schoolId: $s) }`;
const ADD = `mutation($input: AddStaffInput!) { addStaff(input: $input) { staff { id schoolYear name version school { name } } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $patch: StaffPatch!) { updateStaff(id: $id, version: $v, patch: $patch) { staff { id version trainingHours } } }`;
const LEAVE = `mutation($id: ID!, $v: Int!, $s: StaffStatus!, $d: String!) { staffLeave(id: $id, version: $v, status: $s, leftOn: $d) { staff { id status } } }`;
const ROSTER = `query($f: StaffFilter!) { staff(filter: $f, pageSize: 100) { total items { id name version schoolYear } } }`;
const TEMPLATE = `query($s: ID!) { staffExcelTemplate(schoolId: $s) { contentBase64 } }`;
const IMPORT = `mutation($s: ID!, $y: Int!, $f: String!) { importStaffExcel(schoolId: $s, schoolYear: $y, contentBase64: $f, dryRun: false) { rows created saved errors { message } } }`;
const COUNTS = `due notStarted draft submitted returned approved late`;
const COMPLETENESS = `query($y: Int!) { reportCompleteness(schoolYear: $y) {
  total { ${COUNTS} } byDistrict { district { name } counts { due } } missing { school { name } } } }`;
const A08 = `query($u: OrgUnitInput!, $y: Int!) { targetResults(unit: $u, schoolYear: $y, targetIds: ["A08"]) {
  value numerator denominator unitsIncluded } }`;
const AUDIT = `query($a: String!) { auditLog(filter: { action: $a }, pageSize: 50) { total items { actionLabel school { name } after } } }`;
const CARRY = `mutation($u: OrgUnitInput!, $y: Int!, $all: Boolean) { carryOverRoster(unit: $u, schoolYear: $y, includeSchools: $all) { carried } }`;
const SAVE_REPORT = `mutation($i: SaveReportDraftInput!) { saveReportDraft(input: $i) { report { schoolYear } } }`;

/** The current school year (2026 at the time of writing) and the past one opened. */
const Y = schoolYearOf(TEST_NOW);
const PAST = 2024;
const LATER = "2100-01-01T00:00:00.000Z";

type Ext = { code?: string; field?: string; reason?: string };
type Result = { errors?: readonly { message: string; extensions?: unknown }[] };
const ext = (r: Result) => (r.errors?.[0]?.extensions ?? {}) as Ext;
const msg = (r: Result) => r.errors?.[0]?.message;
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

/** The school's roster template with rows filled in from row 2. */
async function rosterFile(template: string, rows: Record<string, string>[]): Promise<string> {
  const wb = await openXlsx(template);
  const ws = wb.getWorksheet("花名册")!;
  rows.forEach((cells, i) => {
    for (const [header, v] of Object.entries(cells)) ws.getCell(i + 2, columnOfHeader(ws, header)).value = v;
  });
  return saveXlsx(wb);
}

describe.each(testBackends())("补录 and per-year school sets on $name", (backend) => {
  let h: DbHandle;
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let newId = "";
  let oldId = "";
  let t: Record<string, string>;
  const w: Record<string, string> = {};
  const staffIds: Record<string, { id: string; version: number }> = {};

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, {
      async prepare(h, ids) {
        const [n] = await h.db
          .insert(schools)
          .values({
            code: "2150300006",
            name: "海勃湾区新建小学",
            districtId: ids.d1,
            type: "primary",
            openedOn: "2025-10-01",
          })
          .returning();
        const [o] = await h.db
          .insert(schools)
          .values({
            code: "2150300007",
            name: "海南区撤并小学",
            districtId: ids.d2,
            type: "primary",
            closedOn: "2025-03-01",
            closureReason: "生源不足撤并",
          })
          .returning();
        newId = n!.id;
        oldId = o!.id;
        await h.db.insert(schoolReports).values({ schoolId: oldId, schoolYear: PAST, status: "approved" });
      },
      // an account for OLD with the fixture password
      accounts: () => [{ username: "old", displayName: "海南区撤并小学", level: "school", schoolId: oldId }],
      logins: ["city", "haibowan", "hainan", "p1", "n2", "old"],
    });
    ({ handle: h, ids, url, tokens: t } = smallCity);
  });
  afterAll(() => smallCity?.close());

  const input = (o: Record<string, unknown>) => ({
    i: { schoolYear: PAST, closesAt: LATER, reason: "补录2024学年花名册", ...o },
  });

  it("lets only the city open or close a window", async () => {
    for (const who of ["haibowan", "p1"]) {
      const r = await gql(url, OPEN, input({ schoolIds: [ids.p1] }), t[who]);
      expect(ext(r).code).toBe("FORBIDDEN");
    }
    expect(ext(await gql(url, CLOSE, { id: "00000000-0000-4000-8000-000000000000" }, t.hainan)).code).toBe(
      "FORBIDDEN",
    );
    expect(ext(await gql(url, CLOSE, { id: "00000000-0000-4000-8000-000000000000" }, t.city)).code).toBe(
      "NOT_FOUND",
    );
    expect(await h.db.select().from(backfillWindows)).toEqual([]);
  });

  it("refuses the current year, before 2000, no unit, a past deadline, a short reason, a school not open that year", async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { schoolYear: Y, schoolIds: [ids.p1] },
        "schoolYear",
        `只能为过去的学年开放补录（当前为${Y}—${Y + 1}学年）`,
      ],
      [
        { schoolYear: 1999, schoolIds: [ids.p1] },
        "schoolYear",
        "学年应为 2000 至 2100 之间的起始年份，例如 2025 表示 2025—2026学年",
      ],
      [{}, "districtIds", "请至少选择一个区或一所学校"],
      [{ schoolIds: [ids.p1], closesAt: "2020-01-01T00:00:00Z" }, "closesAt", "补录截止时间应晚于当前时间"],
      [{ schoolIds: [ids.p1], reason: " 补 " }, "reason", "补录原因应为 2 至 200 个字"],
      [
        { schoolIds: [ids.p1, newId] },
        "schoolIds",
        "海勃湾区新建小学在2024—2025学年统计时点（2024-09-01）未办学，不能开放补录",
      ],
    ];
    for (const [o, field, message] of cases) {
      const r = await gql(url, OPEN, input(o), t.city);
      expect(ext(r)).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(msg(r)).toBe(message);
    }
    expect(await h.db.select().from(backfillWindows)).toEqual([]);
  });

  it("refuses a deadline that is not a real instant, never moving it to another date", async () => {
    const bad = "截止时间格式不正确：应为 ISO 8601 时间，例如 2027-01-05T18:00:00+08:00";
    // 30 February, 29 February of a common year (Beijing time), hour 24, minute 60, words, no offset
    for (const closesAt of [
      "2027-02-30T00:00:00Z",
      "2027-02-29T10:00:00+08:00",
      "2027-01-05T24:00:00Z",
      "2027-01-05T18:60:00+08:00",
      "tomorrow",
      "2027-01-05 18:00",
    ]) {
      const r = await gql(url, OPEN, input({ schoolIds: [ids.p1], closesAt }), t.city);
      // the variable $i and the path inside it, as the services name fields (input.closesAt from the apps' $input)
      expect(ext(r)).toMatchObject({ code: "BAD_USER_INPUT", field: "i.closesAt" });
      expect(msg(r)).toBe(bad);
    }
    // another field's coercion error: named, in Chinese
    const y = await gql(url, OPEN, input({ schoolIds: [ids.p1], schoolYear: "2024年" }), t.city);
    expect(ext(y)).toMatchObject({ code: "BAD_USER_INPUT", field: "i.schoolYear" });
    expect(msg(y)).toBe("字段 i.schoolYear 的值格式不正确");
    const missing = await gql(
      url,
      OPEN,
      { i: { schoolYear: PAST, reason: "补录", schoolIds: [ids.p1] } },
      t.city,
    );
    expect(ext(missing)).toMatchObject({ code: "BAD_USER_INPUT", field: "i.closesAt" });
    expect(msg(missing)).toBe("缺少必填字段 i.closesAt");
    // written into the document (a literal): refused naming the field, nothing written
    const literal = await gql(
      url,
      `mutation { openBackfill(input: { schoolYear: ${PAST}, schoolIds: ["${ids.p1}"], reason: "补录", closesAt: "2099-02-29T18:00:00+08:00" }) { windows { id } } }`,
      {},
      t.city,
    );
    expect(ext(literal).code).toBe("BAD_USER_INPUT");
    expect(msg(literal)).toContain("时间格式不正确：应为 ISO 8601 时间");
    expect(await h.db.select().from(backfillWindows)).toEqual([]);
  });

  it("opens 2024 to one school and to a district as a whole, with an audit row each", async () => {
    const r = await gql(url, OPEN, input({ schoolIds: [ids.p1], districtIds: [ids.d2] }), t.city);
    expect(r.errors).toBeUndefined();
    const windows = r.data?.openBackfill.windows as { id: string }[];
    expect(windows.map(({ id: _id, ...rest }) => rest)).toEqual([
      {
        schoolYear: 2024,
        schoolYearLabel: "2024—2025学年",
        district: { name: "海南区" },
        school: null,
        reason: "补录2024学年花名册",
        open: true,
        closedAt: null,
        openedBy: "市教育局",
      },
      {
        schoolYear: 2024,
        schoolYearLabel: "2024—2025学年",
        district: { name: "海勃湾区" },
        school: { name: "海勃湾区第一小学" },
        reason: "补录2024学年花名册",
        open: true,
        closedAt: null,
        openedBy: "市教育局",
      },
    ]);
    w.d2 = windows[0]!.id;
    w.p1 = windows[1]!.id;
    const audit = await gql(url, AUDIT, { a: "backfill.open" }, t.city);
    expect(audit.data?.auditLog.total).toBe(2);
    expect(audit.data?.auditLog.items.map((i: { actionLabel: string }) => i.actionLabel)).toEqual([
      "开放补录",
      "开放补录",
    ]);
    // what 操作日志 lists (labels and Beijing times: domain audit.ts): 学年, 范围, 补录原因, 开放时间, 截止时间, 关闭时间
    const afters = (audit.data!.auditLog.items as { after: Record<string, unknown> }[])
      .map((i) => i.after)
      .sort((a, b) => String(a.scope).localeCompare(String(b.scope)));
    expect(
      afters.map(({ opensAt, districtId: _d, schoolId: _s, ...rest }) => [typeof opensAt, rest]),
    ).toEqual(
      ["district", "school"].map((scope) => [
        "string",
        { schoolYear: 2024, scope, reason: "补录2024学年花名册", closesAt: LATER, closedAt: null },
      ]),
    );
  });

  it("refuses a window over one already open: the same school, its district as a whole, or a district with an open window", async () => {
    // open now: 海勃湾区第一小学 (P1) alone and 海南区 (D2) as a whole, both until 2100-01-01 08:00 Beijing time
    const cases: [Record<string, unknown>, string][] = [
      [
        { schoolIds: [ids.p1] },
        "2024—2025学年海勃湾区第一小学的补录窗口已开放（截止 2100/01/01 08:00），请先关闭或等待其截止",
      ],
      [
        { schoolIds: [ids.n2] },
        "2024—2025学年海南区的补录窗口已开放（截止 2100/01/01 08:00），请先关闭或等待其截止",
      ],
      [
        { districtIds: [ids.d2] },
        "2024—2025学年海南区的补录窗口已开放（截止 2100/01/01 08:00），请先关闭或等待其截止",
      ],
      [
        { districtIds: [ids.d1] },
        "2024—2025学年海勃湾区第一小学的补录窗口已开放（截止 2100/01/01 08:00），请先关闭或等待其截止",
      ],
      // one new unit with one already open: nothing is opened
      [
        { schoolIds: [ids.k1, ids.p1] },
        "2024—2025学年海勃湾区第一小学的补录窗口已开放（截止 2100/01/01 08:00），请先关闭或等待其截止",
      ],
    ];
    for (const [o, message] of cases) {
      const r = await gql(url, OPEN, input(o), t.city);
      expect(ext(r)).toMatchObject({ code: "CONFLICT", reason: "STATE" });
      expect(msg(r)).toBe(message);
    }
    // a district and one of its schools in one request
    const both = await gql(
      url,
      OPEN,
      input({ districtIds: [ids.d1], schoolIds: [ids.k1], closesAt: LATER }),
      t.city,
    );
    expect(ext(both)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolIds" });
    expect(msg(both)).toBe("海勃湾区第一幼儿园已在所选的海勃湾区（全区）补录范围内，请勿重复选择");
    expect((await h.db.select().from(backfillWindows)).length).toBe(2);
    expect((await gql(url, AUDIT, { a: "backfill.open" }, t.city)).data?.auditLog.total).toBe(2);
  });

  it("shows each viewer the windows that concern it, and the years it may enter", async () => {
    const seen = async (who: string) =>
      (((await gql(url, LIST, {}, t[who])).data?.backfillWindows ?? []) as { id: string }[])
        .map((x) => x.id)
        .sort();
    expect(await seen("city")).toEqual([w.d2, w.p1].sort());
    expect(await seen("haibowan")).toEqual([w.p1]);
    expect(await seen("hainan")).toEqual([w.d2]);
    expect(await seen("p1")).toEqual([w.p1]);
    expect(await seen("n2")).toEqual([w.d2]);
    expect((await gql(url, EDITABLE, { s: ids.p1 }, t.p1)).data?.editableSchoolYears).toEqual([Y, 2024]);
    expect((await gql(url, EDITABLE, { s: ids.k1 }, t.haibowan)).data?.editableSchoolYears).toEqual([Y]);
    expect((await gql(url, EDITABLE, { s: ids.n2 }, t.n2)).data?.editableSchoolYears).toEqual([Y, 2024]);
    // closed today: no current year, but 2024 (open then) through the district's window
    expect((await gql(url, EDITABLE, { s: oldId }, t.hainan)).data?.editableSchoolYears).toEqual([2024]);
    expect((await gql(url, EDITABLE, { s: newId }, t.haibowan)).data?.editableSchoolYears).toEqual([Y]);
    expect(ext(await gql(url, EDITABLE, { s: ids.n2 }, t.p1)).code).toBe("FORBIDDEN");
  });

  it("lets the schools add to and import their 2024 roster inside the window", async () => {
    const a = await gql(
      url,
      ADD,
      { input: { ...primaryTeacher("补录甲"), schoolId: ids.p1, schoolYear: PAST } },
      t.p1,
    );
    expect(a.errors).toBeUndefined();
    expect(a.data?.addStaff.staff).toMatchObject({
      schoolYear: 2024,
      name: "补录甲",
      school: { name: "海勃湾区第一小学" },
    });
    staffIds.p1 = a.data?.addStaff.staff;
    // the same person twice on the 2024 roster is a duplicate; on the current one it is not
    const dup = await gql(
      url,
      ADD,
      { input: { ...primaryTeacher("补录甲"), schoolId: ids.p1, schoolYear: PAST } },
      t.p1,
    );
    expect(ext(dup)).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });
    const now = await gql(url, ADD, { input: { ...primaryTeacher("补录甲"), schoolId: ids.p1 } }, t.p1);
    expect(now.data?.addStaff.staff.schoolYear).toBe(Y);

    const template = (await gql(url, TEMPLATE, { s: ids.p1 }, t.p1)).data?.staffExcelTemplate.contentBase64;
    const file = await rosterFile(template, [
      {
        姓名: "补录乙",
        性别: "男",
        出生日期: "1986-02-03",
        岗位: "教师",
        是否专任教师: "是",
        任教学段: "小学",
        任教学科: "数学",
        最高学历: "本科",
      },
    ]);
    const imp = await gql(url, IMPORT, { s: ids.p1, y: PAST, f: file }, t.p1);
    expect(imp.data?.importStaffExcel).toEqual({ rows: 1, created: 1, saved: true, errors: [] });
    const roster = await gql(url, ROSTER, { f: { schoolYear: PAST, schoolId: ids.p1 } }, t.p1);
    expect(roster.data?.staff.items.map((m: { name: string }) => m.name).sort()).toEqual([
      "补录乙",
      "补录甲",
    ]);

    // the district window: N2 itself, and the district for OLD (closed 2025, open in 2024)
    const n2 = await gql(
      url,
      ADD,
      { input: { ...primaryTeacher("补录丙"), schoolId: ids.n2, schoolYear: PAST } },
      t.n2,
    );
    expect(n2.errors).toBeUndefined();
    staffIds.n2 = n2.data?.addStaff.staff;
    const old = await gql(
      url,
      ADD,
      {
        input: { ...primaryTeacher("补录丁", { education: "ASSOCIATE" }), schoolId: oldId, schoolYear: PAST },
      },
      t.hainan,
    );
    expect(old.errors).toBeUndefined();
    // leaving within the record's school year (2024-09-01 to 2025-08-31), not after it
    const leaver = await gql(
      url,
      ADD,
      {
        input: {
          ...primaryTeacher("补录辛", { birthDate: "1965-01-02" }),
          schoolId: ids.n2,
          schoolYear: PAST,
        },
      },
      t.n2,
    );
    const leaverId = leaver.data?.addStaff.staff.id;
    const late = await gql(url, LEAVE, { id: leaverId, v: 1, s: "RETIRED", d: "2025-10-01" }, t.n2);
    expect(ext(late)).toMatchObject({ code: "BAD_USER_INPUT", field: "leftOn" });
    const left = await gql(url, LEAVE, { id: leaverId, v: 1, s: "RETIRED", d: "2025-06-30" }, t.n2);
    expect(left.data?.staffLeave.staff.status).toBe("RETIRED");
    // a district carries its schools into the open year (its 教研室 is current-year only, left out)
    const carry = await gql(
      url,
      CARRY,
      { u: { level: "DISTRICT", id: ids.d2 }, y: PAST, all: true },
      t.hainan,
    );
    expect(ext(carry)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    expect(msg(carry)).toBe(
      "2023—2024学年花名册没有在岗人员，无法结转；请直接在2024—2025学年花名册中添加人员或导入 Excel",
    );
    const office = await gql(url, CARRY, { u: { level: "DISTRICT", id: ids.d2 }, y: PAST }, t.hainan);
    expect(msg(office)).toBe(`教研室花名册只能填报本学年（${Y}—${Y + 1}学年），2024—2025学年不能修改`);
    // edits of a record of the open year
    const u = await gql(url, UPDATE, { id: staffIds.p1!.id, v: 1, patch: { trainingHours: 24 } }, t.p1);
    expect(u.data?.updateStaff.staff).toMatchObject({ version: 2, trainingHours: 24 });
    staffIds.p1!.version = 2;
  });

  it("refuses a past year outside a window: another school, another year, a 教研室, the fixture's 2025 records", async () => {
    const closed = "2024—2025学年未开放补录，不能修改该学年名册";
    const k1 = await gql(
      url,
      ADD,
      { input: { ...primaryTeacher("外甲"), schoolId: ids.k1, schoolYear: PAST } },
      t.haibowan,
    );
    expect(ext(k1)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    expect(msg(k1)).toBe(closed);
    const y2023 = await gql(
      url,
      ADD,
      { input: { ...primaryTeacher("外乙"), schoolId: ids.p1, schoolYear: 2023 } },
      t.p1,
    );
    expect(msg(y2023)).toBe("2023—2024学年未开放补录，不能修改该学年名册");
    const office = await gql(
      url,
      ADD,
      {
        input: {
          ...primaryTeacher("外丙", { role: "RESEARCHER", stage: null }),
          districtId: ids.d2,
          schoolYear: PAST,
        },
      },
      t.hainan,
    );
    expect(ext(office)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    expect(msg(office)).toBe(`教研室花名册只能填报本学年（${Y}—${Y + 1}学年），2024—2025学年不能修改`);
    const future = await gql(
      url,
      ADD,
      { input: { ...primaryTeacher("外丁"), schoolId: ids.p1, schoolYear: Y + 1 } },
      t.p1,
    );
    expect(ext(future)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    // the fixture's 2025 roster: closed for edits and leaving
    const list = await gql(url, ROSTER, { f: { schoolYear: 2025, schoolId: ids.p1 } }, t.p1);
    const m = list.data?.staff.items[0] as { id: string; version: number };
    const u = await gql(url, UPDATE, { id: m.id, v: m.version, patch: { trainingHours: 10 } }, t.p1);
    expect(ext(u)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    expect(msg(u)).toBe("2025—2026学年未开放补录，不能修改该学年名册");
    const l = await gql(url, LEAVE, { id: m.id, v: m.version, s: "RETIRED", d: "2026-01-31" }, t.p1);
    expect(msg(l)).toBe("2025—2026学年未开放补录，不能修改该学年名册");
  });

  it("closes a window: the school's 2024 roster is closed again, and a second close is refused", async () => {
    const c = await gql(url, CLOSE, { id: w.p1 }, t.city);
    expect(c.errors).toBeUndefined();
    expect(c.data?.closeBackfill.window).toMatchObject({ id: w.p1, open: false });
    expect(c.data?.closeBackfill.window.closedAt).not.toBeNull();
    const again = await gql(url, CLOSE, { id: w.p1 }, t.city);
    expect(ext(again)).toMatchObject({ code: "CONFLICT", reason: "STATE" });
    expect(msg(again)).toBe("该补录已关闭，不能重复关闭");
    const audit = await gql(url, AUDIT, { a: "backfill.close" }, t.city);
    expect(audit.data?.auditLog.items).toMatchObject([
      { actionLabel: "关闭补录", school: { name: "海勃湾区第一小学" } },
    ]);

    const closed = "2024—2025学年的补录已关闭，不能修改该学年名册";
    const a = await gql(
      url,
      ADD,
      { input: { ...primaryTeacher("补录戊"), schoolId: ids.p1, schoolYear: PAST } },
      t.p1,
    );
    expect(ext(a)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    expect(msg(a)).toBe(closed);
    const u = await gql(url, UPDATE, { id: staffIds.p1!.id, v: 2, patch: { trainingHours: 30 } }, t.p1);
    expect(msg(u)).toBe(closed);
    const template = (await gql(url, TEMPLATE, { s: ids.p1 }, t.p1)).data?.staffExcelTemplate.contentBase64;
    const file = await rosterFile(template, [
      { 姓名: "补录己", 性别: "男", 出生日期: "1986-02-03", 岗位: "教师", 最高学历: "本科" },
    ]);
    const imp = await gql(url, IMPORT, { s: ids.p1, y: PAST, f: file }, t.p1);
    expect(ext(imp)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    expect((await gql(url, EDITABLE, { s: ids.p1 }, t.p1)).data?.editableSchoolYears).toEqual([Y]);
    expect((await gql(url, LIST, { o: true }, t.haibowan)).data?.backfillWindows).toEqual([]);
  });

  it("counts the schools of each year in completeness (应报)", async () => {
    const c = async (y: number) => (await gql(url, COMPLETENESS, { y }, t.city)).data?.reportCompleteness;
    const y2024 = await c(2024);
    expect(y2024.total).toEqual(counts(6, { notStarted: 5, approved: 1 }));
    expect(y2024.byDistrict).toEqual([
      { district: { name: "海勃湾区" }, counts: { due: 3 } },
      { district: { name: "海南区" }, counts: { due: 3 } },
    ]);
    expect(y2024.missing.map((m: { school: { name: string } }) => m.school.name)).not.toContain(
      "海南区撤并小学",
    );
    const y2025 = await c(2025);
    expect(y2025.total).toEqual(counts(5, { notStarted: 2, submitted: 1, approved: 2 }));
    expect(y2025.byDistrict.map((d: { counts: { due: number } }) => d.counts.due)).toEqual([3, 2]);
    const y2026 = await c(2026);
    expect(y2026.total).toEqual(counts(6, { notStarted: 6 }));
    expect(y2026.byDistrict.map((d: { counts: { due: number } }) => d.counts.due)).toEqual([4, 2]);
    expect(y2026.missing.map((m: { school: { name: string } }) => m.school.name)).toContain(
      "海勃湾区新建小学",
    );
  });

  it("counts a school closed in 2025 in the 2024 indicator: A08 of 海南区 = 2 of 3 = 66.67%", async () => {
    const r = await gql(url, A08, { u: { level: "DISTRICT", id: ids.d2 }, y: 2024 }, t.city);
    // N2's teacher who retired on 2025-06-30 was on the roster at 2024-09-01: counted (issue 16)
    expect(r.data?.targetResults[0]).toMatchObject({
      value: (2 * 100) / 3,
      numerator: 2,
      denominator: 3,
      unitsIncluded: 2,
    });
  });

  it("lists a district's schools of the years shown in its dashboard: OLD in 2024, not in 2025–2026", async () => {
    const DASH = `query($u: OrgUnitInput!, $f: Int!, $t: Int!) { targetDashboard(unit: $u, fromYear: $f, toYear: $t, targetIds: ["A08"]) {
      children { name } } }`;
    const names = async (from: number, to: number) => {
      const r = await gql(url, DASH, { u: { level: "DISTRICT", id: ids.d2 }, f: from, t: to }, t.city);
      expect(r.errors).toBeUndefined();
      return (r.data!.targetDashboard.children as { name: string }[]).map((c) => c.name);
    };
    expect(await names(2024, 2024)).toContain("海南区撤并小学");
    expect(await names(2023, 2025)).toContain("海南区撤并小学");
    expect(await names(2025, 2026)).not.toContain("海南区撤并小学");
  });

  it("refuses a 年报 for a year the school did not exist", async () => {
    const r = await gql(url, SAVE_REPORT, { i: { schoolId: oldId, schoolYear: 2025, grades: [] } }, t.old);
    expect(ext(r)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    expect(msg(r)).toBe("海南区撤并小学在2025—2026学年统计时点（2025-09-01）未办学，不能填报该学年年报");
  });

  it("treats an expired window as closed: no entry, no close", async () => {
    // the district window ran out at 2026-01-05 10:00 UTC = 18:00 Beijing time
    await h.db
      .update(backfillWindows)
      .set({ opensAt: new Date("2026-01-01T00:00:00Z"), closesAt: new Date("2026-01-05T10:00:00Z") })
      .where(eq(backfillWindows.id, w.d2!));
    const a = await gql(
      url,
      ADD,
      { input: { ...primaryTeacher("补录庚"), schoolId: ids.n2, schoolYear: PAST } },
      t.n2,
    );
    expect(ext(a)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    expect(msg(a)).toBe("2024—2025学年的补录已于 2026/01/05 18:00 截止，不能修改该学年名册");
    const c = await gql(url, CLOSE, { id: w.d2 }, t.city);
    expect(ext(c)).toMatchObject({ code: "CONFLICT", reason: "STATE" });
    const listed = await gql(url, LIST, { y: 2024 }, t.hainan);
    expect(listed.data?.backfillWindows).toMatchObject([{ id: w.d2, open: false, closedAt: null }]);
    expect((await gql(url, EDITABLE, { s: ids.n2 }, t.n2)).data?.editableSchoolYears).toEqual([Y]);
  });
  it("opens a year again once its windows are closed or expired, and closes it again", async () => {
    // P1's window was closed, D2's ran out: nothing open over P1 or N2 any more
    // the deadline given with its offset: 08:00 Beijing time is 00:00 UTC
    const r = await gql(
      url,
      OPEN,
      input({ schoolIds: [ids.p1, ids.n2], closesAt: "2100-01-01T08:00:00+08:00" }),
      t.city,
    );
    expect(r.errors).toBeUndefined();
    const deadlines = await gql(url, "query { backfillWindows(openOnly: true) { closesAt } }", {}, t.city);
    expect(deadlines.data?.backfillWindows).toEqual([{ closesAt: LATER }, { closesAt: LATER }]);
    const again = r.data?.openBackfill.windows as { id: string; school: { name: string } }[];
    expect(again.map((x) => x.school.name)).toEqual(["海勃湾区第一小学", "海南区九年一贯制学校"]);
    expect((await gql(url, EDITABLE, { s: ids.p1 }, t.p1)).data?.editableSchoolYears).toEqual([Y, 2024]);
    for (const x of again) expect((await gql(url, CLOSE, { id: x.id }, t.city)).errors).toBeUndefined();
    expect((await gql(url, EDITABLE, { s: ids.p1 }, t.p1)).data?.editableSchoolYears).toEqual([Y]);
    expect((await gql(url, EDITABLE, { s: ids.n2 }, t.n2)).data?.editableSchoolYears).toEqual([Y]);
  });

  it("opens one window when two requests for the same school and year come at once", async () => {
    const [a, b] = await Promise.all(
      [1, 2].map(() => gql(url, OPEN, input({ schoolYear: 2023, schoolIds: [ids.k1] }), t.city)),
    );
    const ok = [a!, b!].filter((r) => !r.errors);
    const refused = [a!, b!].filter((r) => r.errors);
    expect(ok).toHaveLength(1);
    expect(refused.map(ext)).toMatchObject([{ code: "CONFLICT", reason: "STATE" }]);
    expect(msg(refused[0]!)).toBe(
      "2023—2024学年海勃湾区第一幼儿园的补录窗口已开放（截止 2100/01/01 08:00），请先关闭或等待其截止",
    );
    const id = ok[0]!.data?.openBackfill.windows[0].id as string;
    expect((await gql(url, CLOSE, { id }, t.city)).errors).toBeUndefined();
  });
});
