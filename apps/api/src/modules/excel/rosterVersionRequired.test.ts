/**
 * A saving 按文件更新花名册 (importStaffExcel mode UPDATE) needs the rosterVersion its dry run read:
 * a tester confirmed an update import without it and the file's 职称 overwrote another user's
 * edit made after the dry run (with the old version it was CONFLICT). Through GraphQL as the
 * apps do, on PGlite and PostgreSQL (fixture: school p1 = 海勃湾区第一小学, its district haibowan).
 */
import { testBackends } from "@edu2035/db/testing";
import { schoolYearOf } from "@edu2035/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { columnOfHeader, openXlsx, saveXlsx } from "../../testing/xlsx.ts";
import { gql, TEST_NOW } from "../../testing.ts";

const Y = schoolYearOf(TEST_NOW);
const TEMPLATE = `query($s: ID!) { staffExcelTemplate(schoolId: $s) { contentBase64 } }`;
const EXPORT = `query($s: ID!, $y: Int!) { exportStaffExcel(schoolId: $s, schoolYear: $y) { contentBase64 } }`;
const IMPORT = `mutation($s: ID!, $y: Int!, $f: String!, $dry: Boolean, $mode: StaffImportMode, $v: String) {
  importStaffExcel(schoolId: $s, schoolYear: $y, contentBase64: $f, dryRun: $dry, mode: $mode, rosterVersion: $v) {
    saved changed rosterVersion errors { row field message } } }`;
const LIST = `query($f: StaffFilter!) { staff(filter: $f, pageSize: 100) { items { id name title version } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $patch: StaffPatch!) {
  updateStaff(id: $id, version: $v, patch: $patch) { staff { title version } } }`;

describe.each(testBackends())("按文件更新花名册 without the dry run's rosterVersion, on $name", (backend) => {
  let api: SmallCityApi<"p1" | "haibowan">;
  let file = "";

  beforeAll(async () => {
    api = await smallCityApi(backend, { logins: ["p1", "haibowan"] });
    const { url, ids, tokens } = api;
    const template = await openXlsx(
      (await gql(url, TEMPLATE, { s: ids.p1 }, tokens.p1)).data?.staffExcelTemplate.contentBase64,
    );
    const ws = template.getWorksheet("花名册")!;
    const row = {
      姓名: "李强",
      性别: "男",
      出生日期: "1979-03-12",
      职称: "二级",
      岗位: "教师",
      是否专任教师: "是",
      任教学段: "小学",
      任教学科: "数学",
      最高学历: "本科",
    };
    for (const [header, v] of Object.entries(row)) ws.getCell(2, columnOfHeader(ws, header)).value = v;
    const added = await gql(
      url,
      IMPORT,
      { s: ids.p1, y: Y, f: await saveXlsx(template), dry: false },
      tokens.p1,
    );
    expect(added.data?.importStaffExcel.saved).toBe(true);
    // the school downloads its roster and promotes 李强 to 一级 in the file
    const exported = await openXlsx(
      (await gql(url, EXPORT, { s: ids.p1, y: Y }, tokens.p1)).data?.exportStaffExcel.contentBase64,
    );
    const sheet = exported.getWorksheet("花名册")!;
    sheet.getCell(2, columnOfHeader(sheet, "职称")).value = "一级";
    file = await saveXlsx(exported);
  }, 180_000);
  afterAll(() => api?.close());

  it("refuses the confirmation naming rosterVersion, and keeps the edit made after the dry run", async () => {
    const { url, ids, tokens } = api;
    const dry = await gql(url, IMPORT, { s: ids.p1, y: Y, f: file, dry: true, mode: "UPDATE" }, tokens.p1);
    expect(dry.data?.importStaffExcel).toMatchObject({ saved: false, changed: 1, errors: [] });
    // meanwhile the district sets 李强's 职称 to 高级 in the form
    const [li] =
      (await gql(url, LIST, { f: { schoolYear: Y, schoolId: ids.p1 } }, tokens.haibowan)).data?.staff.items ??
      [];
    const edited = await gql(
      url,
      UPDATE,
      { id: li.id, v: li.version, patch: { title: "SENIOR" } },
      tokens.haibowan,
    );
    expect(edited.data?.updateStaff.staff).toEqual({ title: "SENIOR", version: li.version + 1 });

    const r = await gql(url, IMPORT, { s: ids.p1, y: Y, f: file, dry: false, mode: "UPDATE" }, tokens.p1);
    expect(r.errors?.[0]).toMatchObject({
      message: "按文件更新花名册须先检查文件，确认时带上检查返回的名册版本（rosterVersion），未保存",
      extensions: { code: "BAD_USER_INPUT", field: "rosterVersion" },
    });
    const after = (await gql(url, LIST, { f: { schoolYear: Y, schoolId: ids.p1 } }, tokens.p1)).data?.staff
      .items;
    expect(after).toEqual([{ id: li.id, name: "李强", title: "SENIOR", version: li.version + 1 }]);

    // with the old dry run's version it is CONFLICT; with a fresh one it saves
    const stale = await gql(
      url,
      IMPORT,
      { s: ids.p1, y: Y, f: file, dry: false, mode: "UPDATE", v: dry.data?.importStaffExcel.rosterVersion },
      tokens.p1,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const again = await gql(url, IMPORT, { s: ids.p1, y: Y, f: file, dry: true, mode: "UPDATE" }, tokens.p1);
    const saved = await gql(
      url,
      IMPORT,
      { s: ids.p1, y: Y, f: file, dry: false, mode: "UPDATE", v: again.data?.importStaffExcel.rosterVersion },
      tokens.p1,
    );
    expect(saved.data?.importStaffExcel).toMatchObject({ saved: true, changed: 1 });
  }, 120_000);
});
