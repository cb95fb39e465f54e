/**
 * THE duplicate rule and who owns a person's record (identity.ts), through GraphQL over HTTP
 * as the apps send it, on PGlite and (with DATABASE_URL) PostgreSQL:
 * - one district cannot rewrite another district's record by adding or editing a person with
 *   the same 身份证号 (issue 11: 乌达区 → 海南区, here 海勃湾区 → 海南区);
 * - a transfer (调入) creates a new record at the receiver and leaves the sender's (name, 民族,
 *   audit trail) as it was;
 * - a school learns nothing about another unit's people from an error message;
 * - 20 identical addStaff at once create exactly one record; two imports of one file at once
 *   save it once and refuse the other as duplicates (on PGlite's single connection these run
 *   one after another; on PostgreSQL they really race).
 */
import { type DbHandle, people, staff } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { composeIdNumber, schoolYearOf } from "@edu2035/domain";
import { and, eq, inArray } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql, TEST_NOW, TEST_TODAY } from "../../testing.ts";
import { ID_ON_DUTY_MESSAGE } from "./identity.ts";
import { hashIdNumber } from "./mutations.ts";

const MEMBER = "id name ethnicity status idNumberMasked school { name } version";
const ADD = `mutation($input: AddStaffInput!) { addStaff(input: $input) { staff { ${MEMBER} } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $patch: StaffPatch!) { updateStaff(id: $id, version: $v, patch: $patch) { staff { ${MEMBER} } } }`;
const LEAVE = `mutation($id: ID!, $v: Int!, $s: StaffStatus!, $d: String!) { staffLeave(id: $id, version: $v, status: $s, leftOn: $d) { staff { ${MEMBER} } } }`;
const LIST = `query($f: StaffFilter!) { staff(filter: $f, pageSize: 100) { total items { id name ethnicity status } } }`;
const AUDIT = `query($f: AuditFilter!) { auditLog(filter: $f, pageSize: 100) { total items { action userName entityId } } }`;
const TEMPLATE = `query($s: ID!) { staffExcelTemplate(schoolId: $s) { contentBase64 } }`;
const IMPORT = `mutation($s: ID!, $y: Int!, $f: String!) {
  importStaffExcel(schoolId: $s, schoolYear: $y, contentBase64: $f) { rows created saved errors { row field message } } }`;

const Y = schoolYearOf(TEST_NOW);
const TODAY = TEST_TODAY;
// sequence 135 / 157: odd 17th digit → male
const ZHAO_ID = composeIdNumber("150302", "1988-04-12", "135");
const QIAN_ID = composeIdNumber("150302", "1979-11-02", "157");
const teacher = {
  gender: "MALE",
  role: "TEACHER",
  fullTime: true,
  stage: "PRIMARY",
  subject: "MATHEMATICS",
  education: "BACHELOR",
};
/** 海南区九年一贯制学校 teaches primary too; the same post fields do for both schools. */
const zhao = { ...teacher, name: "赵建国", birthDate: "1988-04-12", ethnicity: "蒙古族", idNumber: ZHAO_ID };

type Err = { message: string; extensions?: Record<string, unknown> };
const err = (r: { errors?: unknown[] }) => r.errors?.[0] as Err | undefined;

describe.each(testBackends())("roster identity on $name", (backend) => {
  let h: DbHandle;
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let t: Record<string, string>;

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, { logins: ["haibowan", "hainan", "p1", "n2"] });
    ({ handle: h, ids, url, tokens: t } = smallCity);
  }, 120_000);
  afterAll(() => smallCity?.close());

  /** 海勃湾区第一小学's records of the year with this status (default 在岗), as 海勃湾区 sees them. */
  const p1Roster = async (status = "ACTIVE") =>
    (await gql(url, LIST, { f: { schoolYear: Y, schoolId: ids.p1, status } }, t.haibowan)).data?.staff
      .items as {
      id: string;
      name: string;
      ethnicity: string;
      status: string;
    }[];
  /** 海勃湾区's 操作日志 (audit trail) of its schools. */
  const d1Audit = async () =>
    (await gql(url, AUDIT, { f: { districtId: ids.d1 } }, t.haibowan)).data?.auditLog.items as {
      action: string;
      userName: string;
      entityId: string;
    }[];

  let zhaoAtP1 = "";
  let zhaoAtN2 = "";

  it("keeps another district's record as it was when a school adds and edits the same 身份证号 (调入)", async () => {
    // 海勃湾区 adds 赵建国 (蒙古族) to 海勃湾区第一小学 and marks him 调出
    const added = await gql(url, ADD, { input: { ...zhao, schoolId: ids.p1 } }, t.haibowan);
    expect(added.errors).toBeUndefined();
    zhaoAtP1 = added.data?.addStaff.staff.id;
    const left = await gql(url, LEAVE, { id: zhaoAtP1, v: 1, s: "TRANSFERRED_OUT", d: TODAY }, t.haibowan);
    expect(left.errors).toBeUndefined();
    const auditBefore = await d1Audit();
    expect(auditBefore.filter((a) => a.entityId === zhaoAtP1).map((a) => a.action)).toEqual([
      "staff.leave",
      "staff.add",
    ]);

    // 海南区九年一贯制学校 adds the same 身份证号 under another name and 民族
    const received = await gql(
      url,
      ADD,
      { input: { ...zhao, name: "赵建华", ethnicity: "回族", schoolId: ids.n2 } },
      t.n2,
    );
    expect(received.errors).toBeUndefined();
    expect(received.data?.addStaff.staff).toMatchObject({
      name: "赵建华",
      ethnicity: "回族",
      status: "ACTIVE",
      school: { name: "海南区九年一贯制学校" },
    });
    zhaoAtN2 = received.data?.addStaff.staff.id;
    expect(zhaoAtN2).not.toBe(zhaoAtP1);

    // and renames it again
    const renamed = await gql(
      url,
      UPDATE,
      { id: zhaoAtN2, v: 1, patch: { name: "赵建军", ethnicity: "满族" } },
      t.n2,
    );
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data?.updateStaff.staff).toMatchObject({ name: "赵建军", ethnicity: "满族", version: 2 });

    // 海勃湾区's record is exactly as 海勃湾区 left it, and its 操作日志 holds only its own changes
    expect((await p1Roster("TRANSFERRED_OUT")).find((s) => s.id === zhaoAtP1)).toEqual({
      id: zhaoAtP1,
      name: "赵建国",
      ethnicity: "蒙古族",
      status: "TRANSFERRED_OUT",
    });
    expect(await d1Audit()).toEqual(auditBefore);

    // two person rows with the one 身份证号 hash: the sender's untouched, the receiver's own
    const rows = await h.db
      .select({ staffId: staff.id, personId: staff.personId, name: people.name, hash: people.idNumberHash })
      .from(staff)
      .innerJoin(people, eq(people.id, staff.personId))
      .where(inArray(staff.id, [zhaoAtP1, zhaoAtN2]));
    expect(rows).toHaveLength(2);
    const [a, b] = rows;
    expect(a!.personId).not.toBe(b!.personId);
    expect(a!.hash).toBe(b!.hash);
    expect(rows.map((r) => r.name).sort()).toEqual(["赵建军", "赵建国"].sort());
  }, 120_000);

  it("lets the sender's district still edit its own record, which changes nothing at the receiver", async () => {
    const [rec] = (await p1Roster("TRANSFERRED_OUT")).filter((s) => s.id === zhaoAtP1);
    const staffRow = await h.db.select().from(staff).where(eq(staff.id, rec!.id));
    const r = await gql(
      url,
      UPDATE,
      { id: zhaoAtP1, v: staffRow[0]!.version, patch: { ethnicity: "达斡尔族" } },
      t.haibowan,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.updateStaff.staff).toMatchObject({ name: "赵建国", ethnicity: "达斡尔族" });
    const n2 = await gql(url, LIST, { f: { schoolYear: Y, schoolId: ids.n2 } }, t.n2);
    expect(n2.data?.staff.items.find((s: { id: string }) => s.id === zhaoAtN2)).toMatchObject({
      name: "赵建军",
      ethnicity: "满族",
      status: "ACTIVE",
    });
  }, 60_000);

  it("tells a school nothing about another unit's people in an error message", async () => {
    // 钱志强 is on duty at 海勃湾区第一小学
    const qian = {
      ...teacher,
      name: "钱志强",
      birthDate: "1979-11-02",
      ethnicity: "满族",
      idNumber: QIAN_ID,
    };
    expect((await gql(url, ADD, { input: { ...qian, schoolId: ids.p1 } }, t.p1)).errors).toBeUndefined();
    // 海南区九年一贯制学校 tries the same 身份证号 under any name: the rule only, no name, unit or 民族
    const refused = await gql(
      url,
      ADD,
      { input: { ...qian, name: "某某", ethnicity: "汉族", schoolId: ids.n2 } },
      t.n2,
    );
    expect(err(refused)?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "idNumber" });
    expect(err(refused)?.message).toBe(ID_ON_DUTY_MESSAGE);
    expect(JSON.stringify(refused)).not.toMatch(/钱志强|海勃湾|第一小学|满族|1979/);
    // the very same answer as for a person on duty at the school itself
    const own = await gql(url, ADD, { input: { ...zhao, name: "某某", schoolId: ids.n2 } }, t.n2);
    expect(err(own)?.message).toBe(ID_ON_DUTY_MESSAGE);
    expect(err(own)?.extensions).toEqual(err(refused)?.extensions);

    // a 身份证号 seen before only at another unit (赵建国 left 海勃湾区第一小学): entering it on
    // another record is not refused as "registered to someone else", which would reveal it
    const other = await gql(
      url,
      ADD,
      { input: { ...teacher, name: "孙丽", gender: "FEMALE", birthDate: "1992-02-02", schoolId: ids.n2 } },
      t.n2,
    );
    expect(other.errors).toBeUndefined();
    // 赵建国's number on duty at n2 already (赵建军): refused by the rule, same message
    const dup = await gql(
      url,
      UPDATE,
      {
        id: other.data?.addStaff.staff.id,
        v: 1,
        patch: { idNumber: ZHAO_ID, gender: "MALE", birthDate: "1988-04-12" },
      },
      t.n2,
    );
    expect(err(dup)?.message).toBe(ID_ON_DUTY_MESSAGE);
    // and the record at 海勃湾区 is still as its district left it
    expect((await p1Roster("TRANSFERRED_OUT")).find((s) => s.id === zhaoAtP1)).toMatchObject({
      name: "赵建国",
      ethnicity: "达斡尔族",
    });
  }, 60_000);

  it("creates exactly one record from 20 identical addStaff at the same moment (five rounds)", async () => {
    for (const [round, n] of ["一", "二", "三", "四", "五"].entries()) {
      const same = { ...teacher, name: `周同${n}`, birthDate: `1991-07-0${round + 1}`, schoolId: ids.p1 };
      const results = await Promise.all(
        Array.from({ length: 20 }, () => gql(url, ADD, { input: same }, t.p1)),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      for (const r of results.filter((x) => x.errors)) {
        expect(err(r)?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "name" });
        expect(err(r)?.message).toBe(
          `本单位本学年已有同名且出生日期相同的人员（周同${n}，1991-07-0${round + 1}），请勿重复录入`,
        );
      }
      expect((await p1Roster()).filter((s) => s.name === `周同${n}`)).toHaveLength(1);
    }
  }, 300_000);

  it("saves a roster file imported twice at the same moment once, refusing the other as duplicates", async () => {
    const template = (await gql(url, TEMPLATE, { s: ids.p1 }, t.p1)).data?.staffExcelTemplate.contentBase64;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(template, "base64") as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("花名册")!;
    const col = new Map<string, number>();
    ws.getRow(1).eachCell((c, n) => col.set(String(c.value), n));
    const rows = [
      { 姓名: "吴一", 出生日期: "1980-01-01", 身份证号: composeIdNumber("150302", "1980-01-01", "011") },
      { 姓名: "吴二", 出生日期: "1981-02-02" },
      { 姓名: "吴三", 出生日期: "1982-03-03" },
    ];
    rows.forEach((r, i) => {
      const cells = {
        性别: "男",
        民族: "汉族",
        岗位: "教师",
        是否专任教师: "是",
        任教学段: "小学",
        任教学科: "数学",
        最高学历: "本科",
        ...r,
      };
      for (const [header, v] of Object.entries(cells)) ws.getCell(i + 2, col.get(header)!).value = v;
    });
    const file = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer).toString("base64");
    const before = (await p1Roster()).length;

    const [a, b] = await Promise.all([0, 1].map(() => gql(url, IMPORT, { s: ids.p1, y: Y, f: file }, t.p1)));
    expect(a!.errors).toBeUndefined();
    expect(b!.errors).toBeUndefined();
    const outcomes = [a!.data?.importStaffExcel, b!.data?.importStaffExcel];
    const saved = outcomes.filter((o) => o.saved);
    const refused = outcomes.filter((o) => !o.saved);
    expect(saved).toEqual([{ rows: 3, created: 3, saved: true, errors: [] }]);
    expect(refused).toEqual([
      {
        rows: 3,
        created: 0,
        saved: false,
        errors: [
          // by row, then column: 姓名 (A) before 身份证号 (E)
          {
            row: 2,
            field: "name",
            message: "第 2 行：本单位本学年已有同名且出生日期相同的人员（吴一，1980-01-01），请勿重复录入",
          },
          { row: 2, field: "idNumber", message: `第 2 行：${ID_ON_DUTY_MESSAGE}` },
          {
            row: 3,
            field: "name",
            message: "第 3 行：本单位本学年已有同名且出生日期相同的人员（吴二，1981-02-02），请勿重复录入",
          },
          {
            row: 4,
            field: "name",
            message: "第 4 行：本单位本学年已有同名且出生日期相同的人员（吴三，1982-03-03），请勿重复录入",
          },
        ],
      },
    ]);
    expect((await p1Roster()).length).toBe(before + 3);
  }, 180_000);

  it("keeps another school's record as it was when a school changes a person its district placed at both (in the form or from a file)", async () => {
    const k1List = async () =>
      (
        await gql(
          url,
          LIST,
          { f: { schoolYear: Y, schoolId: ids.k1, status: "TRANSFERRED_OUT" } },
          t.haibowan,
        )
      ).data?.staff.items as { id: string; name: string; ethnicity: string }[];
    const placed: Record<string, { atK1: string; atP1: string }> = {};
    // 海勃湾区 has 孙海 and 李河 leave its 幼儿园 and join its 小学: within its scope, the same person
    for (const [name, birth, seq] of [
      ["孙海", "1986-05-05", "171"],
      ["李河", "1987-06-06", "193"],
    ] as const) {
      const person = {
        ...teacher,
        name,
        birthDate: birth,
        ethnicity: "汉族",
        idNumber: composeIdNumber("150302", birth, seq),
      };
      const k = await gql(
        url,
        ADD,
        { input: { ...person, stage: "PRESCHOOL", subject: "PRESCHOOL", schoolId: ids.k1 } },
        t.haibowan,
      );
      expect(k.errors).toBeUndefined();
      const atK1 = k.data?.addStaff.staff.id;
      const left = await gql(url, LEAVE, { id: atK1, v: 1, s: "TRANSFERRED_OUT", d: TODAY }, t.haibowan);
      expect(left.errors).toBeUndefined();
      const p = await gql(url, ADD, { input: { ...person, schoolId: ids.p1 } }, t.haibowan);
      expect(p.errors).toBeUndefined();
      placed[name] = { atK1, atP1: p.data?.addStaff.staff.id };
    }
    const personOf = async (id: string) =>
      (await h.db.select({ personId: staff.personId }).from(staff).where(eq(staff.id, id)))[0]!.personId;
    expect(await personOf(placed.孙海!.atP1)).toBe(await personOf(placed.孙海!.atK1));

    // the school changes 孙海's 民族 in the form
    const r = await gql(url, UPDATE, { id: placed.孙海!.atP1, v: 1, patch: { ethnicity: "回族" } }, t.p1);
    expect(r.errors).toBeUndefined();
    expect(r.data?.updateStaff.staff).toMatchObject({ name: "孙海", ethnicity: "回族" });

    // and 李河's 民族 from its exported roster (按文件更新花名册)
    const EXPORT = `query($s: ID!, $y: Int!) { exportStaffExcel(schoolId: $s, schoolYear: $y) { contentBase64 } }`;
    const UPDATE_IMPORT = `mutation($s: ID!, $y: Int!, $f: String!, $dry: Boolean, $v: String) {
        importStaffExcel(schoolId: $s, schoolYear: $y, contentBase64: $f, dryRun: $dry, mode: UPDATE, rosterVersion: $v) {
          saved changed errors { row field message } rosterVersion } }`;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      Buffer.from(
        (await gql(url, EXPORT, { s: ids.p1, y: Y }, t.p1)).data?.exportStaffExcel.contentBase64,
        "base64",
      ) as unknown as ArrayBuffer,
    );
    const ws = wb.getWorksheet("花名册")!;
    const col = new Map<string, number>();
    ws.getRow(1).eachCell((c, n) => col.set(String(c.value), n));
    let row = 0;
    for (let i = 2; i <= ws.rowCount; i++) if (ws.getCell(i, col.get("姓名")!).value === "李河") row = i;
    ws.getCell(row, col.get("民族")!).value = "满族";
    const file = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer).toString("base64");
    // checked first, then confirmed with the roster version the check read (as the apps do)
    const checked = await gql(url, UPDATE_IMPORT, { s: ids.p1, y: Y, f: file, dry: true }, t.p1);
    const v = checked.data?.importStaffExcel.rosterVersion;
    const imported = await gql(url, UPDATE_IMPORT, { s: ids.p1, y: Y, f: file, v }, t.p1);
    expect(imported.errors).toBeUndefined();
    expect(imported.data?.importStaffExcel).toMatchObject({ saved: true, changed: 1, errors: [] });

    // the 幼儿园's records are as 海勃湾区 left them; the 小学's carry the changes
    expect(
      (await k1List())
        .filter((s) => s.id === placed.孙海!.atK1 || s.id === placed.李河!.atK1)
        .map((s) => [s.name, s.ethnicity])
        .sort(),
    ).toEqual([
      ["孙海", "汉族"],
      ["李河", "汉族"],
    ]);
    const p1 = (await p1Roster()).filter((s) => s.name === "孙海" || s.name === "李河");
    expect(p1.map((s) => [s.name, s.ethnicity]).sort()).toEqual([
      ["孙海", "回族"],
      ["李河", "满族"],
    ]);
    expect(await personOf(placed.孙海!.atP1)).not.toBe(await personOf(placed.孙海!.atK1));
    expect(await personOf(placed.李河!.atP1)).not.toBe(await personOf(placed.李河!.atK1));
  }, 180_000);

  it("leaves out of a 学年名册结转 a person whose 身份证号 another district already put on duty this year", async () => {
    const CARRY = `mutation($u: OrgUnitInput!, $y: Int!) { carryOverRoster(unit: $u, schoolYear: $y) { carried alreadyOnRoster } }`;
    // 甲二 is on 海勃湾区第一小学's roster of last year (fixture), here with a 身份证号 on file
    const [jia] = await h.db
      .select({ p: people })
      .from(staff)
      .innerJoin(people, eq(people.id, staff.personId))
      .where(and(eq(people.name, "甲二"), eq(staff.schoolYear, Y - 1), eq(staff.schoolId, ids.p1)));
    const male = jia!.p.gender === "male";
    const id = composeIdNumber("150302", jia!.p.birthDate, male ? "135" : "246");
    await h.db
      .update(people)
      .set({ idNumberHash: hashIdNumber(id, "edu2035-development-key"), idNumberTail: id.slice(-4) })
      .where(eq(people.id, jia!.p.id));
    // 海南区九年一贯制学校 takes 甲二 on this year before the 小学 carries its roster over
    const taken = await gql(
      url,
      ADD,
      {
        input: {
          ...teacher,
          name: "甲二",
          gender: male ? "MALE" : "FEMALE",
          birthDate: jia!.p.birthDate,
          idNumber: id,
          schoolId: ids.n2,
        },
      },
      t.n2,
    );
    expect(taken.errors).toBeUndefined();
    const carried = await gql(url, CARRY, { u: { level: "SCHOOL", id: ids.p1 }, y: Y }, t.haibowan);
    expect(carried.errors).toBeUndefined();
    expect(carried.data?.carryOverRoster.carried).toBeGreaterThan(0);
    // 甲二 is on duty once this year: at the school that took them on, not carried over
    const names = (await p1Roster()).map((s) => s.name);
    expect(names).toContain("甲一");
    expect(names).not.toContain("甲二");
    const onDuty = await h.db
      .select({ schoolId: staff.schoolId })
      .from(staff)
      .innerJoin(people, eq(people.id, staff.personId))
      .where(
        and(
          eq(people.idNumberHash, hashIdNumber(id, "edu2035-development-key")),
          eq(staff.schoolYear, Y),
          eq(staff.status, "active"),
        ),
      );
    expect(onDuty).toEqual([{ schoolId: ids.n2 }]);
  }, 120_000);
});
