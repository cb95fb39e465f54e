/**
 * Workbooks edited the way school clerks edit them (issue 12's failing list), each built from the
 * product's own downloaded template and sent through GraphQL as the apps do, on PGlite and (with
 * DATABASE_URL) PostgreSQL (fixture: fixtures/smallCity.ts, school p1 = 海勃湾区第一小学, a 小学):
 * columns are read by header, never by position; renamed columns are read under their aliases;
 * "*姓名" and "姓名＊" are the 姓名 column; rich text and hyperlinks are text; formula results of 0
 * and FALSE are values; a date typed 2000.01 is refused saying what was read.
 */
import { type DbHandle, staff } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { schoolYearOf } from "@edu2035/domain";
import { and, eq } from "drizzle-orm";
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_PASSWORD, type SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { columnOfHeader, openXlsx, rowOfLabel, saveXlsx } from "../../testing/xlsx.ts";
import { gql, loginAs, TEST_NOW } from "../../testing.ts";

const FILE = `filename contentType contentBase64`;
const ERRORS = `errors { sheet row column cell field message }`;
const STAFF_TEMPLATE = `query($s: ID!) { staffExcelTemplate(schoolId: $s) { ${FILE} } }`;
const STAFF_IMPORT = `mutation($s: ID!, $y: Int!, $f: String!, $dry: Boolean) {
  importStaffExcel(schoolId: $s, schoolYear: $y, contentBase64: $f, dryRun: $dry) { rows created saved ${ERRORS} } }`;
const LIST = `query($f: StaffFilter!) { staff(filter: $f, pageSize: 100) { items {
  name ethnicity teacherCertificate title backboneLevel startedOn } } }`;
const REPORT_TEMPLATE = `query($s: ID!, $y: Int!) { reportExcelTemplate(schoolId: $s, schoolYear: $y) { ${FILE} } }`;
const REPORT_IMPORT = `mutation($s: ID!, $y: Int!, $f: String!, $v: Int, $dry: Boolean) {
  importReportExcel(schoolId: $s, schoolYear: $y, contentBase64: $f, version: $v, dryRun: $dry) {
    rows saved ${ERRORS}
    report { version innovationLabs wirelessFullCoverage notes grades { grade students classes disabledStudents } } } }`;

const Y = schoolYearOf(TEST_NOW);

/** A teacher's row by header (the template's headers, or a clerk's renamed ones). */
const TEACHER: Record<string, string | number> = {
  姓名: "王芳",
  性别: "女",
  出生日期: "1985-06-30",
  岗位: "教师",
  是否专任教师: "是",
  任教学段: "小学",
  任教学科: "数学",
  最高学历: "本科",
};

/** P1's 年报 items by label (as reports.test.ts: 300 pupils, 282 passed). */
const ITEMS: Record<string, string | number> = {
  教职工数: 8,
  专任教师数: 4,
  教学及辅助用房面积: 1800,
  室内体育用房面积: 200,
  室外体育运动场地面积: 2500,
  教学仪器设备资产值: 660000,
  网络多媒体教室数: 8,
  创新实验室数: 1,
  无线网络全覆盖: "是",
  体质健康测试参加人数: 300,
  体质健康测试合格及以上人数: 282,
  体质健康测试良好及优秀人数: 105,
  "达到《国家学校体育卫生条件试行基本标准》": "是",
  落实国家和自治区课程标准: "是",
  "形成体育品牌（一校一品/一人一项）": "是",
  "实施《国家学生体质健康标准》": "是",
  本学年举办运动会或体育节: "是",
  全国青少年校园足球特色学校: "否",
  本学年举办校园艺术节: "是",
};

describe.each(testBackends())("Excel as clerks edit it, on $name", (backend) => {
  let h: DbHandle;
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let p1 = "";
  let staffTemplate = "";
  let reportTemplate = "";

  beforeAll(async () => {
    smallCity = await smallCityApi(backend);
    ({ handle: h, ids, url } = smallCity);
    p1 = await loginAs(url, "p1", FIXTURE_PASSWORD, "SCHOOL");
    staffTemplate = (await gql(url, STAFF_TEMPLATE, { s: ids.p1 }, p1)).data?.staffExcelTemplate
      .contentBase64;
    reportTemplate = (await gql(url, REPORT_TEMPLATE, { s: ids.p1, y: Y }, p1)).data?.reportExcelTemplate
      .contentBase64;
  }, 120_000);
  afterAll(() => smallCity?.close());

  const rosterCount = async () =>
    (
      await h.db
        .select({ id: staff.id })
        .from(staff)
        .where(and(eq(staff.schoolId, ids.p1), eq(staff.schoolYear, Y)))
    ).length;

  /** The roster template with some headers renamed and one row per entry filled in by header. */
  async function roster(renamed: Record<string, string>, rows: Record<string, string | number>[]) {
    const wb = await openXlsx(staffTemplate);
    const ws = wb.getWorksheet("花名册")!;
    const col = new Map<string, number>();
    ws.getRow(1).eachCell((cell, c) => {
      const h = String(cell.value);
      col.set(h, c);
      if (renamed[h]) col.set(renamed[h], c);
      if (renamed[h]) cell.value = renamed[h];
    });
    rows.forEach((cells, i) => {
      for (const [header, v] of Object.entries(cells)) {
        const c = col.get(header);
        if (!c) throw new Error(`no column ${header}`);
        ws.getCell(i + 2, c).value = v;
      }
    });
    return { wb, ws, file: async () => saveXlsx(wb) };
  }

  /** The report template with P1's items and grades 1–2 (150 pupils, 4 classes each). */
  async function report(): Promise<{ wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet; gs: ExcelJS.Worksheet }> {
    const wb = await openXlsx(reportTemplate);
    const ws = wb.getWorksheet("年报")!;
    for (const [label, v] of Object.entries(ITEMS)) ws.getCell(rowOfLabel(ws, label), 2).value = v;
    const gs = wb.getWorksheet("分年级")!;
    for (const r of [2, 3]) {
      gs.getCell(r, columnOfHeader(gs, "在校生数")).value = 150;
      gs.getCell(r, columnOfHeader(gs, "班级数")).value = 4;
    }
    return { wb, ws, gs };
  }

  it("reads renamed roster columns under their aliases, and *姓名 / 性别＊ as 姓名 / 性别", async () => {
    const { file } = await roster(
      {
        职称: "专业技术职务",
        教师资格证: "教师资格证种类",
        民族: "族别",
        骨干教师级别: "骨干教师",
        姓名: "*姓名",
        性别: "性别＊",
        入职日期: "调入日期",
      },
      [
        {
          ...TEACHER,
          调入日期: `${Y}-09-01`,
          专业技术职务: "高级",
          教师资格证种类: "小学教师资格",
          族别: "蒙古族",
          骨干教师: "市级骨干",
        },
      ],
    );
    const before = await rosterCount();
    const r = await gql(url, STAFF_IMPORT, { s: ids.p1, y: Y, f: await file() }, p1);
    expect(r.errors).toBeUndefined();
    expect(r.data?.importStaffExcel).toMatchObject({ rows: 1, created: 1, saved: true, errors: [] });
    expect(await rosterCount()).toBe(before + 1);
    const list = await gql(url, LIST, { f: { schoolId: ids.p1, schoolYear: Y, search: "王芳" } }, p1);
    expect(list.data?.staff.items).toEqual([
      {
        name: "王芳",
        ethnicity: "蒙古族",
        teacherCertificate: "PRIMARY",
        title: "SENIOR",
        backboneLevel: "CITY",
        startedOn: `${Y}-09-01`,
      },
    ]);
  });

  it("names an unknown and a repeated roster column before reading any row, and saves nothing", async () => {
    const { wb, ws } = await roster({}, [{ ...TEACHER, 姓名: "李强" }]);
    const last = ws.getRow(1).cellCount;
    ws.getCell(1, last + 1).value = "备注";
    ws.getCell(1, last + 2).value = "姓名";
    const before = await rosterCount();
    const r = await gql(url, STAFF_IMPORT, { s: ids.p1, y: Y, f: await saveXlsx(wb) }, p1);
    const letter = (n: number) => String.fromCharCode(64 + n);
    expect(r.data?.importStaffExcel.saved).toBe(false);
    expect(r.data?.importStaffExcel.errors).toEqual([
      {
        sheet: "花名册",
        row: 1,
        column: "备注",
        cell: `${letter(last + 1)}1`,
        field: "header",
        message: expect.stringMatching(
          new RegExp(
            `^第 1 行：无法识别的列“备注”（第 ${letter(last + 1)} 列），请删除该列或使用模板中的列名（姓名、性别、出生日期`,
          ),
        ),
      },
      {
        sheet: "花名册",
        row: 1,
        column: "姓名",
        cell: `${letter(last + 2)}1`,
        field: "name",
        message: `第 1 行：“姓名”列重复（第 A 列和第 ${letter(last + 2)} 列）`,
      },
    ]);
    expect(await rosterCount()).toBe(before);
  });

  it("refuses a birth date typed 2000.01 (a number in Excel), saying what was read and what is expected", async () => {
    const { file } = await roster({}, [{ ...TEACHER, 姓名: "赵敏", 出生日期: 2000.01 }]);
    const r = await gql(url, STAFF_IMPORT, { s: ids.p1, y: Y, f: await file(), dry: true }, p1);
    expect(r.data?.importStaffExcel.errors).toEqual([
      {
        sheet: "花名册",
        row: 2,
        column: "出生日期",
        cell: "C2",
        field: "birthDate",
        message: "第 2 行：出生日期读到“2000.01”，不是完整日期：应为年-月-日，如 1985-06-30",
      },
    ]);
  });

  it("refuses a 平均班额 column inserted into 分年级 by name, instead of reading its values as another column", async () => {
    const { wb, gs } = await report();
    const at = columnOfHeader(gs, "随班就读残疾学生数");
    gs.spliceColumns(at, 0, ["平均班额", 40, 40, 40, 40, 45, 45]);
    const r = await gql(url, REPORT_IMPORT, { s: ids.p1, y: Y, f: await saveXlsx(wb), dry: true }, p1);
    const letter = String.fromCharCode(64 + at);
    expect(r.data?.importReportExcel.errors).toEqual([
      {
        sheet: "分年级",
        row: 1,
        column: "平均班额",
        cell: `${letter}1`,
        field: "header",
        message: `分年级第 1 行：无法识别的列“平均班额”（第 ${letter} 列），请删除该列或使用模板中的列名（学段、年级、在校生数、班级数、大班额（56—65人）班级数、超大班额（66人及以上）班级数、随班就读残疾学生数）`,
      },
    ]);
  });

  it("reads 分年级 columns by header wherever they stand, and formula results of 0 and FALSE, and a rich-text hyperlink", async () => {
    const { wb, ws, gs } = await report();
    // the clerk moves 随班就读残疾学生数 to the front and fills it in
    const at = columnOfHeader(gs, "随班就读残疾学生数");
    const moved = gs.getColumn(at).values.slice(1);
    gs.spliceColumns(at, 1);
    gs.spliceColumns(1, 0, moved);
    gs.getCell(2, 1).value = 2;
    // 创新实验室数 as =COUNTIF(…) whose cached result is 0; 无线网络全覆盖 as =1=0 (FALSE)
    ws.getCell(rowOfLabel(ws, "创新实验室数"), 2).value = {
      formula: 'COUNTIF(D1:D2,"创新")',
      result: 0,
    } as ExcelJS.CellValue;
    ws.getCell(rowOfLabel(ws, "无线网络全覆盖"), 2).value = {
      formula: "1=0",
      result: false,
    } as ExcelJS.CellValue;
    // 备注: a hyperlink whose text is partly bold
    ws.getCell(rowOfLabel(ws, "备注"), 2).value = {
      text: { richText: [{ text: "体检结果见" }, { font: { bold: true }, text: "附件一" }] },
      hyperlink: "https://example.org/a.pdf",
    } as unknown as ExcelJS.CellValue;
    const r = await gql(url, REPORT_IMPORT, { s: ids.p1, y: Y, f: await saveXlsx(wb), v: null }, p1);
    expect(r.errors).toBeUndefined();
    expect(r.data?.importReportExcel).toMatchObject({ saved: true, errors: [] });
    expect(r.data?.importReportExcel.report).toEqual({
      version: 1,
      innovationLabs: 0,
      wirelessFullCoverage: false,
      notes: "体检结果见附件一",
      grades: [
        { grade: 1, students: 150, classes: 4, disabledStudents: 2 },
        { grade: 2, students: 150, classes: 4, disabledStudents: 0 },
      ],
    });
  });
});
