import { testBackends } from "@edu2035/db/testing";
import { composeIdNumber, schoolYearOf } from "@edu2035/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { columnOfHeader, openXlsx, saveXlsx } from "../../testing/xlsx.ts";
import { gql, TEST_NOW } from "../../testing.ts";

const Y = schoolYearOf(TEST_NOW);
const P = 2025;

const CARRY = `mutation($u: OrgUnitInput!, $y: Int!) { carryOverRoster(unit: $u, schoolYear: $y) { carried } }`;
const EXEMPT = `mutation($y: Int!, $s: [ID!]!, $r: String!) { exemptReports(schoolYear: $y, schoolIds: $s, reason: $r) { ready } }`;
const PUBLISH = `mutation($y: Int!, $v: Int!) { publishSchoolYear(schoolYear: $y, version: $v) { year { state version } } }`;
const REOPEN = `mutation($y: Int!, $v: Int!, $r: String!) { reopenSchoolYear(schoolYear: $y, version: $v, reason: $r) { year { state version } } }`;
const LIST = `query($f: StaffFilter!) { staff(filter: $f, pageSize: 100) {
  total items { id name gender birthYear age ethnicity idNumberMasked status version } } }`;
const SUMMARY = `query($u: OrgUnitInput!, $y: Int!) { staffingSummary(unit: $u, schoolYear: $y) {
  total fullTimeTeachers byGender { key count } byAgeBand { key count } byRole { key count } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $patch: StaffPatch!) { updateStaff(id: $id, version: $v, patch: $patch) {
  staff { name gender birthYear idNumberMasked version } } }`;
const LEAVE = `mutation($id: ID!, $v: Int!) { staffLeave(id: $id, version: $v, status: TRANSFERRED_OUT, leftOn: "${Y}-10-31") {
  staff { status } } }`;
const ADD = `mutation($input: AddStaffInput!) { addStaff(input: $input) { staff { name ethnicity idNumberMasked } } }`;
const TEMPLATE = `query($s: ID!) { staffExcelTemplate(schoolId: $s) { contentBase64 } }`;
const EXPORT = `query($s: ID!, $y: Int!) { exportStaffExcel(schoolId: $s, schoolYear: $y) { contentBase64 } }`;
const IMPORT = `mutation($s: ID!, $y: Int!, $f: String!, $dry: Boolean, $mode: StaffImportMode, $v: String) {
  importStaffExcel(schoolId: $s, schoolYear: $y, contentBase64: $f, dryRun: $dry, mode: $mode, rosterVersion: $v) {
    saved changed rosterVersion errors { row field message } } }`;

/** A synthetic valid 身份证号 of 乌海市海勃湾区 (GB 11643 check character). */
function idNumber(birthDate: string, male: boolean): string {
  return composeIdNumber("150302", birthDate, male ? "013" : "012");
}

type Member = {
  id: string;
  name: string;
  gender: string;
  birthYear: number;
  ethnicity: string;
  idNumberMasked: string | null;
  version: number;
};

describe.each(testBackends())("a published year's roster and a person's details, on $name", (backend) => {
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  const t = { city: "", p1: "" };

  async function ok(query: string, variables: Record<string, unknown>, token: string) {
    const r = await gql(url, query, variables, token);
    expect(r.errors).toBeUndefined();
    return r.data!;
  }
  /** The active roster of p1 in a year, by name. */
  const roster = async (y: number) =>
    (
      (await ok(LIST, { f: { schoolYear: y, schoolId: ids.p1, status: "ACTIVE" } }, t.p1)).staff
        .items as Member[]
    ).sort((a, b) => a.name.localeCompare(b.name));
  const member = async (y: number, name: string) => (await roster(y)).find((m) => m.name === name)!;
  /** P's figures as the roster page and the 三支队伍 page show them (school and district). */
  const published = async () => ({
    roster: await roster(P),
    school: (await ok(SUMMARY, { u: { level: "SCHOOL", id: ids.p1 }, y: P }, t.city)).staffingSummary,
    district: (await ok(SUMMARY, { u: { level: "DISTRICT", id: ids.d1 }, y: P }, t.city)).staffingSummary,
  });
  let before: Awaited<ReturnType<typeof published>>;
  /** The version of P to send with publishSchoolYear / reopenSchoolYear. */
  let yearVersion = 1;

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, { logins: ["city", "p1"] });
    ({ ids, url } = smallCity);
    Object.assign(t, smallCity.tokens);
    // this year's roster of p1: the 2025 people carried over (the same person rows)
    const carried = await ok(CARRY, { u: { level: "SCHOOL", id: ids.p1 }, y: Y }, t.p1);
    expect(carried.carryOverRoster.carried).toBe(6);
    await ok(EXEMPT, { y: P, s: [ids.v1, ids.k1, ids.k2], r: "停办整顿，当年无在校生" }, t.city);
    const v1 = await ok(PUBLISH, { y: P, v: 0 }, t.city);
    expect(v1.publishSchoolYear.year).toEqual({ state: "PUBLISHED", version: 1 });
    before = await published();
  }, 180_000);
  afterAll(() => smallCity?.close());

  it("the published roster is the fixture's, worked out by hand", () => {
    expect(before.roster.map((m) => [m.name, m.gender, m.birthYear, m.ethnicity])).toEqual([
      ["甲一", "FEMALE", 1971, "汉族"],
      ["甲三", "FEMALE", 1973, "汉族"],
      ["甲二", "MALE", 1972, "汉族"],
      ["甲五", "FEMALE", 1975, "汉族"],
      ["甲六", "MALE", 1976, "汉族"],
      ["甲四", "MALE", 1974, "汉族"],
    ]);
    expect(before.school.total).toBe(6);
    expect(
      Object.fromEntries(before.school.byGender.map((g: { key: string; count: number }) => [g.key, g.count])),
    ).toEqual({ female: 3, male: 3 });
  });

  it("an edit of this year's record of a person on the published roster leaves that roster as it was", async () => {
    const mine = await member(Y, "甲二");
    const id = idNumber("1995-01-01", false);
    const r = await ok(
      UPDATE,
      {
        id: mine.id,
        v: mine.version,
        patch: { name: "甲二改", gender: "FEMALE", birthDate: "1995-01-01", idNumber: id },
      },
      t.p1,
    );
    expect(r.updateStaff.staff).toEqual({
      name: "甲二改",
      gender: "FEMALE",
      birthYear: 1995,
      idNumberMasked: `**************${id.slice(-4)}`,
      version: mine.version + 1,
    });
    expect(await published()).toEqual(before);
    expect((await member(P, "甲二")).gender).toBe("MALE");
    expect(await member(Y, "甲二")).toBeUndefined();
    // a second edit of the (now own) person changes only this year's record
    const again = await member(Y, "甲二改");
    await ok(UPDATE, { id: again.id, v: again.version, patch: { ethnicity: "回族" } }, t.p1);
    expect((await member(Y, "甲二改")).ethnicity).toBe("回族");
    expect(await published()).toEqual(before);
  }, 60_000);

  it("the update from a file (mode UPDATE) of this year's roster leaves the published roster as it was", async () => {
    const exported = await openXlsx(
      (await ok(EXPORT, { s: ids.p1, y: Y }, t.p1)).exportStaffExcel.contentBase64,
    );
    const sheet = exported.getWorksheet("花名册")!;
    const nameCol = columnOfHeader(sheet, "姓名");
    let row = 0;
    for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getCell(r, nameCol).value === "甲四") row = r;
    expect(row).toBeGreaterThan(0);
    sheet.getCell(row, columnOfHeader(sheet, "性别")).value = "女";
    sheet.getCell(row, columnOfHeader(sheet, "民族")).value = "蒙古族";
    const file = await saveXlsx(exported);
    const dry = await ok(IMPORT, { s: ids.p1, y: Y, f: file, dry: true, mode: "UPDATE" }, t.p1);
    expect(dry.importStaffExcel).toMatchObject({ saved: false, changed: 1, errors: [] });
    const saved = await ok(
      IMPORT,
      { s: ids.p1, y: Y, f: file, dry: false, mode: "UPDATE", v: dry.importStaffExcel.rosterVersion },
      t.p1,
    );
    expect(saved.importStaffExcel).toMatchObject({ saved: true, changed: 1, errors: [] });
    expect(await member(Y, "甲四")).toMatchObject({ gender: "FEMALE", ethnicity: "蒙古族", birthYear: 1974 });
    expect(await published()).toEqual(before);
    expect(await member(P, "甲四")).toMatchObject({ gender: "MALE", ethnicity: "汉族" });
  }, 60_000);

  it("once the year is reopened (重新开放), an edit of this year's record corrects its record too", async () => {
    const reopened = await ok(REOPEN, { y: P, v: 1, r: "更正人员信息" }, t.city);
    expect(reopened.reopenSchoolYear.year.state).toBe("REOPENED");
    yearVersion = reopened.reopenSchoolYear.year.version;
    const mine = await member(Y, "甲三");
    await ok(UPDATE, { id: mine.id, v: mine.version, patch: { name: "甲三新" } }, t.p1);
    expect(await member(Y, "甲三新")).toMatchObject({ gender: "FEMALE", birthYear: 1973 });
    expect(await member(P, "甲三新")).toMatchObject({ gender: "FEMALE", birthYear: 1973 });
    expect(await member(P, "甲三")).toBeUndefined();
    // the records split off while P was published keep P's details: 甲二 and 甲四 as before
    expect(await member(P, "甲二")).toMatchObject({ gender: "MALE", birthYear: 1972 });
    expect(await member(P, "甲四")).toMatchObject({ gender: "MALE", ethnicity: "汉族" });
  }, 60_000);

  it("addStaff and a roster file reusing a person by 身份证号 leave the published roster as it was", async () => {
    const id = idNumber("1975-06-15", false);
    const id6 = idNumber("1976-07-15", true);
    for (const [name, n] of [
      ["甲五", id],
      ["甲六", id6],
    ] as const) {
      const mine = await member(Y, name);
      await ok(UPDATE, { id: mine.id, v: mine.version, patch: { idNumber: n } }, t.p1);
      // P is open: its record follows
      expect((await member(P, name)).idNumberMasked).toBe(`**************${n.slice(-4)}`);
    }
    const v2 = await ok(PUBLISH, { y: P, v: yearVersion }, t.city);
    expect(v2.publishSchoolYear.year.state).toBe("PUBLISHED");
    const frozen = await published();
    for (const name of ["甲五", "甲六"]) {
      const left = await member(Y, name);
      expect((await ok(LEAVE, { id: left.id, v: left.version }, t.p1)).staffLeave.staff.status).toBe(
        "TRANSFERRED_OUT",
      );
    }
    const added = await ok(
      ADD,
      {
        input: {
          schoolId: ids.p1,
          schoolYear: Y,
          name: "甲五",
          gender: "FEMALE",
          birthDate: "1975-06-15",
          ethnicity: "满族",
          idNumber: id,
          role: "TEACHER",
          fullTime: true,
          stage: "PRIMARY",
          subject: "MUSIC",
          education: "BACHELOR",
        },
      },
      t.p1,
    );
    expect(added.addStaff.staff).toEqual({
      name: "甲五",
      ethnicity: "满族",
      idNumberMasked: `**************${id.slice(-4)}`,
    });
    expect(await published()).toEqual(frozen);
    expect(await member(P, "甲五")).toMatchObject({ ethnicity: "汉族", gender: "FEMALE" });

    const wb = await openXlsx((await ok(TEMPLATE, { s: ids.p1 }, t.p1)).staffExcelTemplate.contentBase64);
    const ws = wb.getWorksheet("花名册")!;
    const row6 = {
      姓名: "甲六",
      性别: "男",
      出生日期: "1976-07-15",
      民族: "蒙古族",
      身份证号: id6,
      岗位: "校长",
      是否专任教师: "否",
      任教学段: "小学",
      最高学历: "本科",
    };
    for (const [header, v] of Object.entries(row6)) ws.getCell(2, columnOfHeader(ws, header)).value = v;
    const imported = await ok(IMPORT, { s: ids.p1, y: Y, f: await saveXlsx(wb), dry: false }, t.p1);
    expect(imported.importStaffExcel).toMatchObject({ saved: true, errors: [] });
    expect(await member(Y, "甲六")).toMatchObject({ ethnicity: "蒙古族", gender: "MALE", birthYear: 1976 });
    expect(await published()).toEqual(frozen);
    expect(await member(P, "甲六")).toMatchObject({ ethnicity: "汉族", gender: "MALE" });
  }, 60_000);
});
