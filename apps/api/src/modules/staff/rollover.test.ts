import { testBackends } from "@edu2035/db/testing";
import { schoolYearLabel, schoolYearOf } from "@edu2035/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql, TEST_NOW } from "../../testing.ts";

const CARRY = `mutation($u: OrgUnitInput!, $y: Int!, $all: Boolean) {
  carryOverRoster(unit: $u, schoolYear: $y, includeSchools: $all) {
    schoolYear fromSchoolYear carried alreadyOnRoster units { unit { level name } carried alreadyOnRoster } } }`;
const STATUS = `query($u: OrgUnitInput!, $y: Int!, $all: Boolean) {
  rosterRolloverStatus(unit: $u, schoolYear: $y, includeSchools: $all) { unit { name } previousActive current } }`;
const ROSTER = `query($f: StaffFilter!) { staff(filter: $f, pageSize: 100) { total items { name statusLabel version } } }`;
const A08 = `query($s: ID!, $y: Int!) { targetResults(unit: {level: SCHOOL, id: $s}, schoolYear: $y, targetIds: ["A08"]) {
  value numerator denominator status } }`;
const SAVE = `mutation($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { report { version fullTimeTeachers staffTotal } } }`;
const QUEUE = `query($d: ID!, $y: Int!) { reportQueue(districtId: $d, schoolYear: $y) {
  entries { school { name } flags { kind field message } } } }`;
const AUDIT = `query($f: AuditFilter!) { auditLog(filter: $f, pageSize: 100) { total items { action entityType school { name } after } } }`;

/** The school year carried into: the current one (Beijing time), as the API's rule. */
const NEW = schoolYearOf(TEST_NOW);
/** The fixture's year, carried from. */
const LAST = NEW - 1;

type Ext = { code?: string; field?: string };
const ext = (r: { errors?: { extensions?: unknown }[] }) => (r.errors?.[0]?.extensions ?? {}) as Ext;

describe.each(testBackends())("roster rollover on $name", (backend) => {
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let t: Record<string, string>;

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, {
      schoolYear: LAST,
      logins: ["city", "hainan", "p1"],
    });
    ({ ids, url, tokens: t } = smallCity);
  });
  afterAll(() => smallCity?.close());

  it("has no roster and no A08 value of the current year before the rollover", async () => {
    const r = await gql(url, ROSTER, { f: { schoolId: ids.p1, schoolYear: NEW } }, t.p1);
    expect(r.data?.staff.total).toBe(0);
    const a = await gql(url, A08, { s: ids.p1, y: NEW }, t.p1);
    expect(a.data?.targetResults[0]).toMatchObject({ value: null, status: "NO_DATA" });
  });

  it("refuses a school another school's roster, the city the schools', and a future year", async () => {
    const other = await gql(url, CARRY, { u: { level: "SCHOOL", id: ids.n2 }, y: NEW }, t.p1);
    expect(ext(other).code).toBe("FORBIDDEN");
    const city = await gql(url, CARRY, { u: { level: "CITY" }, y: NEW, all: true }, t.city);
    expect(ext(city).code).toBe("FORBIDDEN");
    const future = NEW + 1;
    const f = await gql(url, CARRY, { u: { level: "SCHOOL", id: ids.p1 }, y: future }, t.p1);
    expect(ext(f)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    expect(f.errors?.[0]?.message).toContain("不能结转到未来学年");
  });

  it("refuses a past year outside a 补录 window, and a rollover from a year with no one on the roster", async () => {
    const closed = await gql(url, CARRY, { u: { level: "SCHOOL", id: ids.p1 }, y: LAST }, t.p1);
    expect(ext(closed)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    expect(closed.errors?.[0]?.message).toBe(`${schoolYearLabel(LAST)}未开放补录，不能修改该学年名册`);
    const opened = await gql(
      url,
      `mutation($i: OpenBackfillInput!) { openBackfill(input: $i) { windows { id } } }`,
      {
        i: {
          schoolYear: LAST,
          schoolIds: [ids.p1],
          closesAt: "2100-01-01T00:00:00Z",
          reason: `补录${LAST}学年名册`,
        },
      },
      t.city,
    );
    expect(opened.errors).toBeUndefined();
    const r = await gql(url, CARRY, { u: { level: "SCHOOL", id: ids.p1 }, y: LAST }, t.p1);
    expect(ext(r)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    // e.g. "2024—2025学年花名册没有在岗人员，无法结转；请直接在2025—2026学年花名册中添加人员或导入 Excel"
    expect(r.errors?.[0]?.message).toBe(
      `${schoolYearLabel(LAST - 1)}花名册没有在岗人员，无法结转；请直接在${schoolYearLabel(LAST)}花名册中添加人员或导入 Excel`,
    );
  });

  it("carries a school's six active people over; A08 then reads 3 of 4 = 75%", async () => {
    const r = await gql(url, CARRY, { u: { level: "SCHOOL", id: ids.p1 }, y: NEW }, t.p1);
    expect(r.errors).toBeUndefined();
    expect(r.data?.carryOverRoster).toEqual({
      schoolYear: NEW,
      fromSchoolYear: LAST,
      carried: 6,
      alreadyOnRoster: 0,
      units: [{ unit: { level: "SCHOOL", name: "海勃湾区第一小学" }, carried: 6, alreadyOnRoster: 0 }],
    });
    const roster = await gql(url, ROSTER, { f: { schoolId: ids.p1, schoolYear: NEW } }, t.p1);
    expect(roster.data?.staff.total).toBe(6);
    expect(roster.data?.staff.items.every((m: { version: number }) => m.version === 1)).toBe(true);
    const a = await gql(url, A08, { s: ids.p1, y: NEW }, t.p1);
    expect(a.data?.targetResults[0]).toMatchObject({ value: 75, numerator: 3, denominator: 4 });
  });

  it("adds nothing the second time: everyone is already on the new roster", async () => {
    const r = await gql(url, CARRY, { u: { level: "SCHOOL", id: ids.p1 }, y: NEW }, t.p1);
    expect(r.data?.carryOverRoster).toMatchObject({ carried: 0, alreadyOnRoster: 6 });
    const roster = await gql(url, ROSTER, { f: { schoolId: ids.p1, schoolYear: NEW } }, t.p1);
    expect(roster.data?.staff.total).toBe(6);
  });

  it("shows the district where its rosters stand: 1, 5 and 2 active last year, none this year", async () => {
    const r = await gql(url, STATUS, { u: { level: "DISTRICT", id: ids.d2 }, y: NEW, all: true }, t.hainan);
    expect(r.data?.rosterRolloverStatus).toEqual([
      { unit: { name: "海南区教研室" }, previousActive: 1, current: 0 },
      { unit: { name: "海南区九年一贯制学校" }, previousActive: 5, current: 0 },
      { unit: { name: "海南区第二幼儿园" }, previousActive: 2, current: 0 },
    ]);
    expect(ext(await gql(url, STATUS, { u: { level: "DISTRICT", id: ids.d1 }, y: NEW }, t.hainan)).code).toBe(
      "FORBIDDEN",
    );
  });

  it("carries a district's 教研室 and its schools, leaving the retired behind", async () => {
    const r = await gql(url, CARRY, { u: { level: "DISTRICT", id: ids.d2 }, y: NEW, all: true }, t.hainan);
    expect(r.errors).toBeUndefined();
    expect(r.data?.carryOverRoster).toMatchObject({ carried: 8, alreadyOnRoster: 0 });
    expect(r.data?.carryOverRoster.units).toEqual([
      { unit: { level: "DISTRICT", name: "海南区教研室" }, carried: 1, alreadyOnRoster: 0 },
      { unit: { level: "SCHOOL", name: "海南区九年一贯制学校" }, carried: 5, alreadyOnRoster: 0 },
      { unit: { level: "SCHOOL", name: "海南区第二幼儿园" }, carried: 2, alreadyOnRoster: 0 },
    ]);
    const n2 = await gql(url, ROSTER, { f: { schoolId: ids.n2, schoolYear: NEW } }, t.hainan);
    expect(n2.data?.staff.items.map((m: { name: string }) => m.name).sort()).toEqual(
      ["丁一", "丁二", "丁三", "丁四", "丁五"].sort(),
    );
  });

  it("lets the city carry its own 教研室", async () => {
    const r = await gql(url, CARRY, { u: { level: "CITY" }, y: NEW }, t.city);
    expect(r.data?.carryOverRoster.units).toEqual([
      { unit: { level: "CITY", name: "乌海市教研室" }, carried: 1, alreadyOnRoster: 0 },
    ]);
  });

  it("writes one audit row per roster that gained people", async () => {
    const r = await gql(url, AUDIT, { f: { action: "staff.carryOver" } }, t.city);
    expect(r.data?.auditLog.total).toBe(5);
    const p1 = r.data?.auditLog.items.find(
      (i: { school: { name: string } | null }) => i.school?.name === "海勃湾区第一小学",
    );
    expect(p1).toMatchObject({
      entityType: "roster",
      after: { fromSchoolYear: LAST, schoolYear: NEW, carried: 6, alreadyOnRoster: 0 },
    });
  });

  it("flags a report whose 专任教师数 differs from the carried roster (5 stated, 4 on the roster)", async () => {
    const s = await gql(
      url,
      SAVE,
      {
        input: {
          schoolId: ids.p1,
          schoolYear: NEW,
          version: null,
          staffTotal: 9,
          fullTimeTeachers: 5,
          grades: [],
        },
      },
      t.p1,
    );
    expect(s.errors).toBeUndefined();
    expect(s.data?.saveReportDraft.report).toEqual({ version: 1, staffTotal: 9, fullTimeTeachers: 5 });
    const q = await gql(url, QUEUE, { d: ids.d1, y: NEW }, t.city);
    const p1 = q.data?.reportQueue.entries.find(
      (e: { school: { name: string } }) => e.school.name === "海勃湾区第一小学",
    );
    expect(p1.flags).toEqual([
      {
        kind: "ROSTER_MISMATCH",
        field: "fullTimeTeachers",
        message: "年报填报专任教师 5 人，花名册统计时点（9月1日）在册专任教师 4 人，不一致",
      },
    ]);
  });
});
