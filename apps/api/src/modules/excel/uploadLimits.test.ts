/**
 * An upload checked while it is decompressed, before exceljs builds the workbook
 * (excel/xlsxLimits.ts), through GraphQL as the school app uploads a 花名册, on PGlite and (with
 * DATABASE_URL) PostgreSQL (fixture: fixtures/smallCity.ts):
 * - a 41 MB text in one cell compresses to a few dozen KB: refused by the central directory's
 *   declared size, and again by the streaming budget when the directory lies (sizes patched);
 * - 花名册 with a header and 10,001 named rows: "工作表“花名册”超过 10000 行，请分批导入" (the cap of
 *   the roster import, MAX_STAFF_ROWS, raised from 3,000 in issue 15), counted in the sheet XML;
 *   10,000 rows pass the check, and one cap lower refuses them.
 */
import type { DbHandle } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { schoolYearOf } from "@edu2035/domain";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_PASSWORD, loadSmallCity, type SmallCity } from "../../fixtures/smallCity.ts";
import { saveXlsx } from "../../testing/xlsx.ts";
import { gql, loginAs, startApiOn, TEST_NOW } from "../../testing.ts";
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
  let h: DbHandle;
  let api: Awaited<ReturnType<typeof startApiOn>>;
  let ids: SmallCity;
  let p1: string;

  beforeAll(async () => {
    h = await backend.open();
    ids = await loadSmallCity(h.db);
    api = await startApiOn(h);
    p1 = await loginAs(api.url, "p1", FIXTURE_PASSWORD, "SCHOOL");
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    await h?.close();
  });

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
