/**
 * Updating a roster from a file (issue 12): a school downloads its roster (the export), changes two
 * people's 职称 and deletes one row, and imports it with mode UPDATE, through GraphQL as the apps
 * do, on PGlite and (with DATABASE_URL) PostgreSQL (fixture: fixtures/smallCity.ts, school p1 =
 * 海勃湾区第一小学, a 小学, whose current year's roster the test fills in first). The dry run
 * lists 2 changed (职称 before → after) and 1 missing and writes nothing; confirmed, both change
 * with one staff.import audit row each and the missing person stays on the roster. The export's
 * masked 身份证号 matches by name + birth date; a roster changed after the dry run is refused,
 * unless the file changes nothing on it any more (the same confirmation sent twice: 0 changes).
 */
import { auditLog, type DbHandle, staff } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { schoolYearOf } from "@edu2035/domain";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_PASSWORD, type SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { columnOfHeader, openXlsx, saveXlsx } from "../../testing/xlsx.ts";
import { gql, loginAs, TEST_NOW } from "../../testing.ts";

const Y = schoolYearOf(TEST_NOW);

const TEMPLATE = `query($s: ID!) { staffExcelTemplate(schoolId: $s) { contentBase64 } }`;
const EXPORT = `query($s: ID!, $y: Int!) { exportStaffExcel(schoolId: $s, schoolYear: $y) { contentBase64 } }`;
const IMPORT = `mutation($s: ID!, $y: Int!, $f: String!, $dry: Boolean, $mode: StaffImportMode, $v: String) {
  importStaffExcel(schoolId: $s, schoolYear: $y, contentBase64: $f, dryRun: $dry, mode: $mode, rosterVersion: $v) {
    rows created saved dryRun mode added changed unchanged skipped missingCount rosterVersion
    addedPeople { row name role roleLabel }
    errors { row field message }
    changes { row field label before after staff { name title version } }
    missing { staff { id name status } } } }`;
const LIST = `query($f: StaffFilter!) { staff(filter: $f, pageSize: 100) { items { name title status version } } }`;

/** A synthetic valid 身份证号 of 乌海市海勃湾区 (GB 11643 check character). */
function idNumber(birthDate: string, male: boolean): string {
  const body = `150302${birthDate.replaceAll("-", "")}${male ? "013" : "012"}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((a, c, i) => a + Number(c) * (weights[i] ?? 0), 0);
  return body + "10X98765432"[sum % 11];
}

/** The four teachers the school starts with (王芳 with her 身份证号). */
const PEOPLE = [
  { 姓名: "王芳", 性别: "女", 出生日期: "1985-06-30", 身份证号: idNumber("1985-06-30", false), 职称: "一级" },
  { 姓名: "李强", 性别: "男", 出生日期: "1979-03-12", 职称: "二级" },
  { 姓名: "张敏", 性别: "女", 出生日期: "1990-11-02", 职称: "一级" },
  { 姓名: "赵磊", 性别: "男", 出生日期: "1988-01-20", 职称: "高级" },
];
const POST = { 岗位: "教师", 是否专任教师: "是", 任教学段: "小学", 任教学科: "数学", 最高学历: "本科" };

describe.each(testBackends())("roster update from a file, on $name", (backend) => {
  let h: DbHandle;
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let p1 = "";
  /** The corrected export: 王芳 and 李强 promoted, 张敏's row deleted. */
  let corrected = "";

  beforeAll(async () => {
    smallCity = await smallCityApi(backend);
    ({ handle: h, ids, url } = smallCity);
    p1 = await loginAs(url, "p1", FIXTURE_PASSWORD, "SCHOOL");
    // this year's roster, imported from the template as a clerk fills it in
    const wb = await openXlsx(
      (await gql(url, TEMPLATE, { s: ids.p1 }, p1)).data?.staffExcelTemplate.contentBase64,
    );
    const ws = wb.getWorksheet("花名册")!;
    PEOPLE.forEach((p, i) => {
      for (const [header, v] of Object.entries({ ...p, ...POST }))
        ws.getCell(i + 2, columnOfHeader(ws, header)).value = v;
    });
    const added = await gql(url, IMPORT, { s: ids.p1, y: Y, f: await saveXlsx(wb), dry: false }, p1);
    expect(added.data?.importStaffExcel).toMatchObject({
      created: 4,
      saved: true,
      mode: "ADD_ONLY",
      added: 4,
    });

    // the school downloads its roster, changes two people's 职称 and deletes 张敏's row
    const exported = await openXlsx(
      (await gql(url, EXPORT, { s: ids.p1, y: Y }, p1)).data?.exportStaffExcel.contentBase64,
    );
    const sheet = exported.getWorksheet("花名册")!;
    const nameCol = columnOfHeader(sheet, "姓名");
    const titleCol = columnOfHeader(sheet, "职称");
    const idCol = columnOfHeader(sheet, "身份证号");
    const rowOf = (name: string) => {
      for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getCell(r, nameCol).value === name) return r;
      throw new Error(`no row ${name}`);
    };
    // the export shows 王芳's 身份证号 masked: the update matches her by name + birth date
    expect(sheet.getCell(rowOf("王芳"), idCol).value).toBe(
      `**************${idNumber("1985-06-30", false).slice(-4)}`,
    );
    sheet.getCell(rowOf("王芳"), titleCol).value = "高级";
    sheet.getCell(rowOf("李强"), titleCol).value = "一级";
    sheet.spliceRows(rowOf("张敏"), 1);
    corrected = await saveXlsx(exported);
  }, 180_000);
  afterAll(() => smallCity?.close());

  const roster = async () =>
    (
      await gql(url, LIST, { f: { schoolYear: Y, schoolId: ids.p1, status: "ACTIVE" } }, p1)
    ).data?.staff.items.map((s: { name: string; title: string }) => [s.name, s.title]);

  it("the ADD_ONLY import of the export still refuses the people already on the roster", async () => {
    const r = await gql(url, IMPORT, { s: ids.p1, y: Y, f: corrected, dry: true }, p1);
    expect(r.data?.importStaffExcel.saved).toBe(false);
    expect(r.data?.importStaffExcel.errors.map((e: { field: string }) => e.field)).toContain("name");
  });

  it("the dry run lists 2 changed (职称 before → after) and 1 missing, and writes nothing", async () => {
    const before = await roster();
    const r = await gql(url, IMPORT, { s: ids.p1, y: Y, f: corrected, dry: true, mode: "UPDATE" }, p1);
    expect(r.errors).toBeUndefined();
    const res = r.data?.importStaffExcel;
    expect(res).toMatchObject({
      rows: 3,
      created: 0,
      saved: false,
      dryRun: true,
      mode: "UPDATE",
      added: 0,
      changed: 2,
      unchanged: 1,
      skipped: 0,
      missingCount: 1,
      errors: [],
    });
    const byName = (n: string) => res.changes.find((c: { staff: { name: string } }) => c.staff.name === n);
    expect(res.changes).toHaveLength(2);
    expect(byName("王芳")).toMatchObject({ field: "title", label: "职称", before: "一级", after: "高级" });
    expect(byName("李强")).toMatchObject({ field: "title", label: "职称", before: "二级", after: "一级" });
    expect(
      res.missing.map((m: { staff: { name: string; status: string } }) => [m.staff.name, m.staff.status]),
    ).toEqual([["张敏", "ACTIVE"]]);
    expect(res.rosterVersion).toMatch(/^[0-9a-f]{64}$/);
    expect(await roster()).toEqual(before);
  });

  it("refuses a confirmation when the roster changed after the dry run (CONFLICT, nothing saved)", async () => {
    const r = await gql(
      url,
      IMPORT,
      { s: ids.p1, y: Y, f: corrected, dry: false, mode: "UPDATE", v: "0".repeat(64) },
      p1,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await roster())?.find((p: string[]) => p[0] === "王芳")?.[1]).toBe("FIRST");
  });

  it("confirmed: both change in one transaction with an audit row each; the missing person stays", async () => {
    const dry = await gql(url, IMPORT, { s: ids.p1, y: Y, f: corrected, dry: true, mode: "UPDATE" }, p1);
    const v = dry.data?.importStaffExcel.rosterVersion;
    const r = await gql(url, IMPORT, { s: ids.p1, y: Y, f: corrected, dry: false, mode: "UPDATE", v }, p1);
    expect(r.errors).toBeUndefined();
    expect(r.data?.importStaffExcel).toMatchObject({ saved: true, created: 0, changed: 2, missingCount: 1 });
    expect(
      r.data?.importStaffExcel.changes.map(
        (c: { staff: { name: string; title: string; version: number } }) => [
          c.staff.name,
          c.staff.title,
          c.staff.version,
        ],
      ),
    ).toEqual([
      // in file order: the export lists people by name (李 before 王)
      ["李强", "FIRST", 2],
      ["王芳", "SENIOR", 2],
    ]);
    expect(new Map(await roster())).toEqual(
      new Map([
        ["王芳", "SENIOR"],
        ["李强", "FIRST"],
        ["张敏", "FIRST"],
        ["赵磊", "SENIOR"],
      ]),
    );
    const records = await h.db
      .select({ id: staff.id })
      .from(staff)
      .where(and(eq(staff.schoolId, ids.p1), eq(staff.schoolYear, Y)));
    const audits = await h.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, "staff.import"),
          inArray(
            auditLog.entityId,
            records.map((x) => x.id),
          ),
        ),
      );
    const updates = audits.filter((a) => a.before !== null);
    expect(
      updates
        .map((a) => [
          (a.before as { name: string }).name,
          (a.before as { title: string }).title,
          (a.after as { title: string }).title,
        ])
        .sort(),
    ).toEqual([
      ["李强", "second", "first"],
      ["王芳", "first", "senior"],
    ]);
    expect(audits).toHaveLength(4 + 2);
    // the same file again: nothing left to change, 张敏 still offered
    const again = await gql(url, IMPORT, { s: ids.p1, y: Y, f: corrected, dry: true, mode: "UPDATE" }, p1);
    expect(again.data?.importStaffExcel).toMatchObject({ changed: 0, unchanged: 3, missingCount: 1 });
    // the same confirmation sent again (a double click, a replay) with the version its dry run
    // read: the roster changed since, but only by this import, which changes nothing more — 0
    // changes, nothing saved, no audit row, not 已被他人修改 (CONFLICT)
    const replay = await gql(
      url,
      IMPORT,
      { s: ids.p1, y: Y, f: corrected, dry: false, mode: "UPDATE", v },
      p1,
    );
    expect(replay.errors).toBeUndefined();
    expect(replay.data?.importStaffExcel).toMatchObject({
      saved: false,
      created: 0,
      changed: 0,
      unchanged: 3,
      missingCount: 1,
      errors: [],
    });
    expect(
      await h.db
        .select({ id: auditLog.id })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.action, "staff.import"),
            inArray(
              auditLog.entityId,
              records.map((x) => x.id),
            ),
          ),
        ),
    ).toHaveLength(4 + 2);
  });

  it("a full 身份证号 finds the person even when the name is corrected; a closed past year is refused", async () => {
    const wb = await openXlsx(corrected);
    const ws = wb.getWorksheet("花名册")!;
    const nameCol = columnOfHeader(ws, "姓名");
    let row = 0;
    for (let r = 2; r <= ws.rowCount; r++) if (ws.getCell(r, nameCol).value === "王芳") row = r;
    ws.getCell(row, nameCol).value = "王芳芳";
    ws.getCell(row, columnOfHeader(ws, "身份证号")).value = idNumber("1985-06-30", false);
    ws.getCell(row, columnOfHeader(ws, "职称")).value = "高级";
    const f = await saveXlsx(wb);
    const dry = await gql(url, IMPORT, { s: ids.p1, y: Y, f, dry: true, mode: "UPDATE" }, p1);
    expect(dry.data?.importStaffExcel).toMatchObject({ added: 0, changed: 1, missingCount: 1, errors: [] });
    expect(
      dry.data?.importStaffExcel.changes.map((c: { field: string; before: string; after: string }) => [
        c.field,
        c.before,
        c.after,
      ]),
    ).toEqual([["name", "王芳", "王芳芳"]]);
    // last school year's roster is closed (no 补录 window): refused before any row is read
    const closed = await gql(url, IMPORT, { s: ids.p1, y: Y - 1, f, dry: true, mode: "UPDATE" }, p1);
    expect(closed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
  });

  it("the dry run lists the new people by row, name and post (岗位), not only their count", async () => {
    const wb = await openXlsx(corrected);
    const ws = wb.getWorksheet("花名册")!;
    const last = ws.rowCount;
    const newcomers = [
      { 姓名: "孙丽", 性别: "女", 出生日期: "1992-04-18", 职称: "二级" },
      { 姓名: "周杰", 性别: "男", 出生日期: "1995-09-09", 职称: "三级" },
    ];
    newcomers.forEach((p, i) => {
      for (const [header, v] of Object.entries({ ...p, ...POST }))
        ws.getCell(last + 1 + i, columnOfHeader(ws, header)).value = v;
    });
    const f = await saveXlsx(wb);
    const dry = await gql(url, IMPORT, { s: ids.p1, y: Y, f, dry: true, mode: "UPDATE" }, p1);
    expect(dry.errors).toBeUndefined();
    expect(dry.data?.importStaffExcel).toMatchObject({ errors: [], added: 2, saved: false });
    expect(dry.data?.importStaffExcel.addedPeople).toEqual([
      { row: last + 1, name: "孙丽", role: "TEACHER", roleLabel: "教师" },
      { row: last + 2, name: "周杰", role: "TEACHER", roleLabel: "教师" },
    ]);
    // the same two in an ADD_ONLY check of a file holding only them
    const only = await openXlsx(f);
    const onlySheet = only.getWorksheet("花名册")!;
    const nameCol = columnOfHeader(onlySheet, "姓名");
    for (let r = onlySheet.rowCount; r >= 2; r--) {
      const name = onlySheet.getCell(r, nameCol).value;
      if (name !== "孙丽" && name !== "周杰") onlySheet.spliceRows(r, 1);
    }
    const add = await gql(url, IMPORT, { s: ids.p1, y: Y, f: await saveXlsx(only), dry: true }, p1);
    expect(add.data?.importStaffExcel).toMatchObject({ errors: [], added: 2, mode: "ADD_ONLY" });
    expect(
      add.data?.importStaffExcel.addedPeople.map((p: { row: number; name: string }) => [p.row, p.name]),
    ).toEqual([
      [2, "孙丽"],
      [3, "周杰"],
    ]);
  });
});
