/**
 * Roster writes through GraphQL over HTTP, once per role, on PGlite and (with DATABASE_URL)
 * PostgreSQL: add (with the 身份证号 kept only as hash + last four), duplicates refused,
 * concurrent edits, leaving kept as history, scope, and the audit trail.
 */
import { createHmac } from "node:crypto";
import { type DbHandle, people, staff } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { composeIdNumber, schoolYearOf } from "@edu2035/domain";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql, TEST_NOW, TEST_TODAY } from "../../testing.ts";

const MEMBER = `id schoolYear name gender birthYear ethnicity idNumberMasked role status statusLabel fullTime
  stage subject education title trainingHours teacherCertificate school { name } district { name } version`;
const ADD = `mutation($input: AddStaffInput!) { addStaff(input: $input) { staff { ${MEMBER} } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $patch: StaffPatch!) { updateStaff(id: $id, version: $v, patch: $patch) { staff { ${MEMBER} } } }`;
const LEAVE = `mutation($id: ID!, $v: Int!, $s: StaffStatus!, $d: String!) { staffLeave(id: $id, version: $v, status: $s, leftOn: $d) { staff { ${MEMBER} } } }`;
const LIST = `query($f: StaffFilter!) { staff(filter: $f, pageSize: 100) { total items { id name status statusLabel } } }`;
const AUDIT = `query($f: AuditFilter!) { auditLog(filter: $f, pageSize: 100) { total items { action actionLabel userName entityId before after } } }`;

const Y = schoolYearOf(TEST_NOW);
const TODAY = TEST_TODAY;
// sequence 135: odd 17th digit → male
const WANG_ID = composeIdNumber("150302", "1990-03-15", "135");
const wang = {
  schoolId: "",
  name: "王小明",
  gender: "MALE",
  birthDate: "1990-03-15",
  idNumber: WANG_ID,
  role: "TEACHER",
  fullTime: true,
  stage: "PRIMARY",
  subject: "MATHEMATICS",
  education: "BACHELOR",
  title: "SECOND",
  trainingHours: 72,
};

type Ext = { code?: string; field?: string; reason?: string; issues?: { field: string; message: string }[] };
const ext = (r: { errors?: { extensions?: unknown }[] }) => (r.errors?.[0]?.extensions ?? {}) as Ext;

describe.each(testBackends())("roster writes on $name", (backend) => {
  let h: DbHandle;
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let t: Record<string, string>;
  let wangId = "";

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, { logins: ["city", "haibowan", "hainan", "p1", "n2"] });
    ({ handle: h, ids, url, tokens: t } = smallCity);
  });
  afterAll(() => smallCity?.close());

  it("lets a school add to its own roster of the current year, keeping only the 身份证号's hash and last four", async () => {
    const r = await gql(url, ADD, { input: { ...wang, schoolId: ids.p1 } }, t.p1);
    expect(r.errors).toBeUndefined();
    const m = r.data?.addStaff.staff;
    expect(m).toMatchObject({
      schoolYear: Y,
      name: "王小明",
      gender: "MALE",
      birthYear: 1990,
      ethnicity: "汉族",
      idNumberMasked: `**************${WANG_ID.slice(-4)}`,
      role: "TEACHER",
      status: "ACTIVE",
      title: "SECOND",
      teacherCertificate: "NONE",
      trainingHours: 72,
      school: { name: "海勃湾区第一小学" },
      district: { name: "海勃湾区" },
      version: 1,
    });
    wangId = m.id;
    const [p] = await h.db.select().from(people).where(eq(people.name, "王小明"));
    expect(p!.idNumberTail).toBe(WANG_ID.slice(-4));
    // the default key of readEnv: HMAC-SHA256 of the number, never the number itself
    expect(p!.idNumberHash).toBe(
      createHmac("sha256", "edu2035-development-key").update(WANG_ID).digest("hex"),
    );
    expect(JSON.stringify(p)).not.toContain(WANG_ID);
  });

  it("refuses a duplicate: the same 身份证号, or the same name and birth date in one school", async () => {
    const sameId = await gql(url, ADD, { input: { ...wang, schoolId: ids.p1, name: "王晓明" } }, t.p1);
    expect(ext(sameId)).toMatchObject({ code: "BAD_USER_INPUT", field: "idNumber" });
    expect(sameId.errors?.[0]?.message).toContain("已登记在本学年的在岗花名册中");
    const sameName = await gql(url, ADD, { input: { ...wang, schoolId: ids.p1, idNumber: null } }, t.p1);
    expect(ext(sameName)).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });
    expect(sameName.errors?.[0]?.message).toBe(
      "本单位本学年已有同名且出生日期相同的人员（王小明，1990-03-15），请勿重复录入",
    );
    // the same name and birth date in another school is another person
    const other = await gql(
      url,
      ADD,
      { input: { ...wang, schoolId: ids.n2, idNumber: null, stage: "JUNIOR_SECONDARY" } },
      t.n2,
    );
    expect(other.errors).toBeUndefined();
    const list = await gql(url, LIST, { f: { schoolYear: Y, schoolId: ids.p1 } }, t.p1);
    expect(list.data?.staff.total).toBe(1);
  });

  it("refuses a bad record naming every issue, and saves nothing", async () => {
    const r = await gql(
      url,
      ADD,
      {
        input: {
          ...wang,
          schoolId: ids.p1,
          name: "李四",
          birthDate: "1990-03-16",
          idNumber: "150302199003161234",
          stage: "SENIOR_SECONDARY",
          trainingHours: 5000,
          ethnicity: "未知",
        },
      },
      t.p1,
    );
    expect(ext(r).code).toBe("BAD_USER_INPUT");
    expect(ext(r).issues).toEqual([
      { field: "ethnicity", message: "民族应为 56 个民族之一的全称（如“汉族”“蒙古族”），或“其他”" },
      { field: "idNumber", message: "身份证号不正确：应为 18 位且校验位正确" },
      { field: "trainingHours", message: "继续教育学时不能超过 2000（每五年周期应为 360 学时）" },
      { field: "stage", message: "小学不设普通高中学段（可填：小学）" },
    ]);
    const list = await gql(url, LIST, { f: { schoolYear: Y, schoolId: ids.p1, search: "李四" } }, t.p1);
    expect(list.data?.staff.total).toBe(0);
  });

  it("scopes adding: district to its 教研室 and schools, city to its 教研室, a school not a 教研员", async () => {
    const researcher = {
      name: "赵研",
      gender: "FEMALE",
      birthDate: "1980-05-05",
      role: "RESEARCHER",
      fullTime: false,
      education: "POSTGRADUATE",
    };
    const d = await gql(url, ADD, { input: { ...researcher, districtId: ids.d1 } }, t.haibowan);
    expect(d.data?.addStaff.staff).toMatchObject({
      role: "RESEARCHER",
      school: null,
      district: { name: "海勃湾区" },
    });
    const toSchool = await gql(
      url,
      ADD,
      {
        input: {
          ...wang,
          schoolId: ids.v1,
          name: "钱职",
          idNumber: null,
          stage: "SECONDARY_VOCATIONAL",
          subject: "SPECIALTY",
        },
      },
      t.haibowan,
    );
    expect(toSchool.data?.addStaff.staff.school).toEqual({ name: "乌海市职业学校" });
    const c = await gql(url, ADD, { input: { ...researcher, name: "孙研" } }, t.city);
    expect(c.data?.addStaff.staff).toMatchObject({ school: null, district: null });
    for (const [input, token] of [
      [{ ...researcher, districtId: ids.d1 }, t.hainan],
      [{ ...wang, schoolId: ids.p1, name: "周某", idNumber: null }, t.hainan],
      [{ ...wang, schoolId: ids.p1, name: "周某", idNumber: null }, t.city],
      [{ ...researcher, districtId: ids.d2 }, t.city],
      [{ ...wang, schoolId: ids.n2, name: "周某", idNumber: null }, t.p1],
    ] as const) {
      expect(ext(await gql(url, ADD, { input }, token)).code).toBe("FORBIDDEN");
    }
    const role = await gql(url, ADD, { input: { ...researcher, schoolId: ids.p1 } }, t.p1);
    expect(ext(role)).toMatchObject({ code: "BAD_USER_INPUT", field: "role" });
  });

  it("changes a birth date (encoded in the stored 身份证号) only with the number re-entered", async () => {
    const r = await gql(url, UPDATE, { id: wangId, v: 1, patch: { birthDate: "1985-05-05" } }, t.p1);
    expect(ext(r)).toMatchObject({ code: "BAD_USER_INPUT", field: "idNumber" });
    expect(r.errors?.[0]?.message).toBe(
      "已登记身份证号：修改出生日期或性别时，请同时重新填写身份证号，以便核对一致",
    );
    // with a number that encodes another date, the domain names the mismatch
    const both = await gql(
      url,
      UPDATE,
      { id: wangId, v: 1, patch: { birthDate: "1985-05-05", idNumber: WANG_ID } },
      t.p1,
    );
    expect(ext(both)).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(both.errors?.[0]?.message).toContain("不一致");
  });

  it("lets one of two concurrent edits win and refuses the other, keeping the first's data", async () => {
    const edit = (trainingHours: number) =>
      gql(url, UPDATE, { id: wangId, v: 1, patch: { trainingHours } }, t.p1);
    const [a, b] = await Promise.all([edit(120), edit(240)]);
    const ok = [a, b].filter((r) => !r.errors);
    const refused = [a, b].filter((r) => r.errors);
    expect(ok).toHaveLength(1);
    expect(ext(refused[0]!)).toMatchObject({ code: "CONFLICT", reason: "VERSION" });
    expect(refused[0]!.errors?.[0]?.message).toBe("该教职工信息已被他人修改，请刷新后重新编辑（未保存）");
    const winner = ok[0]!.data?.updateStaff.staff;
    expect(winner.version).toBe(2);
    // the district edits its school's roster; the refused value was never written
    const r = await gql(
      url,
      UPDATE,
      { id: wangId, v: 2, patch: { title: "FIRST", subject: null } },
      t.haibowan,
    );
    expect(ext(r)).toMatchObject({ code: "BAD_USER_INPUT", field: "subject" });
    const r2 = await gql(url, UPDATE, { id: wangId, v: 2, patch: { title: "FIRST" } }, t.haibowan);
    expect(r2.data?.updateStaff.staff).toMatchObject({
      title: "FIRST",
      trainingHours: winner.trainingHours,
      version: 3,
    });
    expect(ext(await gql(url, UPDATE, { id: wangId, v: 3, patch: { title: "SENIOR" } }, t.hainan)).code).toBe(
      "FORBIDDEN",
    );
  });

  it("keeps a person who leaves as history", async () => {
    const bad = await gql(url, LEAVE, { id: wangId, v: 3, s: "ACTIVE", d: TODAY }, t.p1);
    expect(ext(bad)).toMatchObject({ code: "BAD_USER_INPUT", field: "status" });
    const early = await gql(
      url,
      LEAVE,
      { id: wangId, v: 3, s: "TRANSFERRED_OUT", d: `${Y - 1}-12-31` },
      t.p1,
    );
    expect(ext(early)).toMatchObject({ code: "BAD_USER_INPUT", field: "leftOn" });
    const r = await gql(url, LEAVE, { id: wangId, v: 3, s: "TRANSFERRED_OUT", d: TODAY }, t.p1);
    expect(r.data?.staffLeave.staff).toMatchObject({
      status: "TRANSFERRED_OUT",
      statusLabel: "调出",
      version: 4,
    });
    const active = await gql(url, LIST, { f: { schoolYear: Y, schoolId: ids.p1 } }, t.p1);
    expect(active.data?.staff.total).toBe(0);
    const gone = await gql(
      url,
      LIST,
      { f: { schoolYear: Y, schoolId: ids.p1, status: "TRANSFERRED_OUT" } },
      t.p1,
    );
    expect(gone.data?.staff.items).toEqual([
      { id: wangId, name: "王小明", status: "TRANSFERRED_OUT", statusLabel: "调出" },
    ]);
    const again = await gql(url, LEAVE, { id: wangId, v: 4, s: "RETIRED", d: TODAY }, t.p1);
    expect(ext(again)).toMatchObject({ code: "CONFLICT", reason: "STATE" });
  });

  it("lists the changes in the audit trail with before and after, never the 身份证号", async () => {
    const r = await gql(url, AUDIT, { f: { schoolId: ids.p1 } }, t.haibowan);
    const mine = r.data?.auditLog.items.filter((i: { entityId: string }) => i.entityId === wangId);
    expect(mine.map((i: { action: string }) => i.action)).toEqual([
      "staff.leave",
      "staff.update",
      "staff.update",
      "staff.add",
    ]);
    const [leave, title, hours, add] = mine;
    expect(leave).toMatchObject({
      actionLabel: "教职工离岗（调出/退休）",
      userName: "海勃湾区第一小学",
      before: { status: "active", leftOn: null, version: 3 },
      after: { status: "transferred_out", leftOn: TODAY, version: 4 },
    });
    expect(title).toMatchObject({
      userName: "海勃湾区教育局",
      before: { title: "second" },
      after: { title: "first" },
    });
    expect(hours.before.trainingHours).toBe(72);
    expect(add.before).toBeNull();
    expect(add.after).toMatchObject({
      name: "王小明",
      idNumberTail: WANG_ID.slice(-4),
      birthYear: 1990,
    });
    // the trail gives no more than the roster: a birth year, never the date
    expect(JSON.stringify(r.data)).not.toContain("1990-03-15");
    expect(JSON.stringify(r.data)).not.toContain(WANG_ID);
    // the city sees its own 教研室's addition; a school sees no audit trail
    const city = await gql(url, AUDIT, { f: { action: "staff.add" } }, t.city);
    expect(city.data?.auditLog.total).toBe(5);
    // nor does the city read the 身份证号's last four or a birth date there
    expect(JSON.stringify(city.data)).not.toMatch(/idNumberTail|birthDate/);
    expect(ext(await gql(url, AUDIT, { f: {} }, t.p1)).code).toBe("FORBIDDEN");
  });

  it("lets a person transferred out (调出) this year join another school's roster the same year", async () => {
    const r = await gql(
      url,
      ADD,
      { input: { ...wang, schoolId: ids.k2, stage: "PRESCHOOL", subject: "PRESCHOOL" } },
      t.hainan,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.addStaff.staff).toMatchObject({
      name: "王小明",
      status: "ACTIVE",
      school: { name: "海南区第二幼儿园" },
      schoolYear: Y,
    });
    // two records this year: history at the old school, active at the new one; the new school is
    // outside the old one's district, so its record has its own person row (the same 身份证号 hash)
    // and the old school's record never changes through it (identity.ts)
    const persons = await h.db
      .select()
      .from(people)
      .where(eq(people.idNumberTail, WANG_ID.slice(-4)));
    expect(persons).toHaveLength(2);
    expect(new Set(persons.map((p) => p.idNumberHash)).size).toBe(1);
    const records = await h.db
      .select()
      .from(staff)
      .where(
        inArray(
          staff.personId,
          persons.map((p) => p.id),
        ),
      );
    expect(records.map((x) => x.status).sort()).toEqual(["active", "transferred_out"]);
    // and only one active record a year
    const again = await gql(
      url,
      ADD,
      { input: { ...wang, schoolId: ids.k2, stage: "PRESCHOOL", subject: "PRESCHOOL" } },
      t.hainan,
    );
    expect(ext(again)).toMatchObject({ code: "BAD_USER_INPUT", field: "idNumber" });
    expect(again.errors?.[0]?.message).toBe(
      "该身份证号已登记在本学年的在岗花名册中，同一人每学年只能在一个单位在岗；如为调入人员，请原单位先办理调出",
    );
  });
});
