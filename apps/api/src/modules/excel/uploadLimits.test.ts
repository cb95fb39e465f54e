import { testBackends } from "@edu2035/db/testing";
import { schoolYearOf } from "@edu2035/domain";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { saveXlsx } from "../../testing/xlsx.ts";
import { gql, TEST_NOW } from "../../testing.ts";
import { MAX_STAFF_ROWS } from "./staffExcel.ts";
import { checkXlsxLimits, MAX_UNCOMPRESSED_BYTES } from "./xlsxLimits.ts";

const IMPORT = `mutation($s: ID!, $y: Int!, $f: String!) {
  importStaffExcel(schoolId: $s, schoolYear: $y, contentBase64: $f, dryRun: true) { rows saved } }`;
const Y = schoolYearOf(TEST_NOW);
const TOO_LARGE = "文件解压后超过 40 MB，请删去多余的行或分批导入";

/** A 花名册 with the header and `rows` rows holding a name (one shared string: cheap at 10,001 rows). */
async function roster(rows: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("花名册");
  ws.addRow(["姓名", "性别"]);
  for (let i = 1; i <= rows; i++) ws.addRow(["教师", "女"]);
  return saveXlsx(wb);
}

/** A workbook whose one cell holds 41 MB of text (deflates to a few dozen KB). */
async function bomb(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("花名册").addRow(["姓名"]);
  wb.addWorksheet("说明").getCell("A1").value = "x".repeat(41 * 1024 * 1024);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The same zip with every central-directory entry claiming 100 bytes uncompressed (a lie). */
function lyingSizes(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  for (let p = 0; p + 46 <= out.length; p++) {
    if (out.readUInt32LE(p) === 0x02014b50) out.writeUInt32LE(100, p + 24);
  }
  return out;
}

describe.each(testBackends())("upload limits checked while decompressing on $name", (backend) => {
  let api: SmallCityApi<"p1">;
  let ids: SmallCity;
  let p1: string;

  beforeAll(async () => {
    api = await smallCityApi(backend, { logins: ["p1"] });
    ({ ids } = api);
    p1 = api.tokens.p1;
  }, 120_000);
  afterAll(() => api?.close());

  it("refuses a small file that expands past 40 MB, by its directory and by the stream", async () => {
    const zip = await bomb();
    expect(zip.length).toBeLessThan(1024 * 1024);
    const r = await gql(api.url, IMPORT, { s: ids.p1, y: Y, f: zip.toString("base64") }, p1);
    expect(r.data).toBeNull();
    expect(r.errors?.[0]).toMatchObject({
      message: TOO_LARGE,
      extensions: { code: "BAD_USER_INPUT", field: "contentBase64" },
    });
    // the directory claims 100 bytes a part: the inflating stream stops at 40 MB
    const lie = await gql(api.url, IMPORT, { s: ids.p1, y: Y, f: lyingSizes(zip).toString("base64") }, p1);
    expect(lie.errors?.[0]).toMatchObject({
      message: TOO_LARGE,
      extensions: { code: "BAD_USER_INPUT", field: "contentBase64" },
    });
    expect(MAX_UNCOMPRESSED_BYTES).toBe(40 * 1024 * 1024);
  }, 120_000);

  it("refuses a 花名册 of 10,001 rows before building the workbook; 10,000 pass the check", async () => {
    const r = await gql(api.url, IMPORT, { s: ids.p1, y: Y, f: await roster(10_001) }, p1);
    expect(r.data).toBeNull();
    expect(r.errors?.[0]).toMatchObject({
      message: "工作表“花名册”超过 10000 行，请分批导入",
      extensions: { code: "BAD_USER_INPUT", field: "contentBase64" },
    });
    expect(MAX_STAFF_ROWS).toBe(10_000);
    const ok = Buffer.from(await roster(10_000), "base64");
    await expect(checkXlsxLimits(ok, { 花名册: MAX_STAFF_ROWS })).resolves.toBeUndefined();
    await expect(checkXlsxLimits(ok, { 花名册: 9999 })).rejects.toThrow(
      "工作表“花名册”超过 9999 行，请分批导入",
    );
  }, 120_000);
});
