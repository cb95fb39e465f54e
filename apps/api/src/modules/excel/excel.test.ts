/**
 * Roster and report Excel through GraphQL over HTTP, on PGlite and (with DATABASE_URL)
 * PostgreSQL: templates downloaded, filled in with exceljs as a person would, uploaded; a file
 * with bad rows saves nothing and names every bad row; a good file is saved whole with its
 * audit rows; exports mask the 身份证号; scope and policy (fixture: fixtures/smallCity.ts).
 */
import { type DbHandle, staff } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { schoolYearOf } from "@edu2035/domain";
import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql, TEST_NOW } from "../../testing.ts";

const FILE = `filename contentType contentBase64`;
const STAFF_TEMPLATE = `query($s: ID!) { staffExcelTemplate(schoolId: $s) { ${FILE} } }`;
const STAFF_EXPORT = `query($s: ID!, $y: Int!) { exportStaffExcel(schoolId: $s, schoolYear: $y) { ${FILE} } }`;
const ERRORS = `errors { sheet row column cell field message }`;
const STAFF_IMPORT = `mutation($s: ID!, $y: Int!, $f: String!, $dry: Boolean) {
  importStaffExcel(schoolId: $s, schoolYear: $y, contentBase64: $f, dryRun: $dry) { rows created saved dryRun ${ERRORS} } }`;
const REPORT_TEMPLATE = `query($s: ID!, $y: Int!) { reportExcelTemplate(schoolId: $s, schoolYear: $y) { ${FILE} } }`;
const REPORT_EXPORT = `query($s: ID!, $y: Int!) { exportReportExcel(schoolId: $s, schoolYear: $y) { ${FILE} } }`;
const REPORT_IMPORT = `mutation($s: ID!, $y: Int!, $f: String!, $v: Int, $dry: Boolean) {
  importReportExcel(schoolId: $s, schoolYear: $y, contentBase64: $f, version: $v, dryRun: $dry) {
    rows saved dryRun ${ERRORS}
    report { status version healthTested healthPassed wirelessFullCoverage notes totalStudents grades { stage grade students classes } } } }`;
const LIST = `query($f: StaffFilter!) { staff(filter: $f, pageSize: 100) { total items {
  name gender birthYear ethnicity idNumberMasked role fullTime stage subject education teacherCertificate title
  backboneLevel mentalHealthTrained trainingHours startedOn } } }`;
const AUDIT = `query($f: AuditFilter!) { auditLog(filter: $f, pageSize: 100) { total items { action actionLabel entityType after } } }`;
const SUBMIT = `mutation($s: ID!, $y: Int!, $v: Int!) { submitReport(schoolId: $s, schoolYear: $y, version: $v) { report { status version } } }`;

/** A valid 身份证号 (check character by ISO 7064 MOD 11-2). */
function idNumber(region: string, birth: string, seq: string): string {
  const body = `${region}${birth.replaceAll("-", "")}${seq}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((a, c, i) => a + Number(c) * (w[i] as number), 0);
  return body + "10X98765432"[sum % 11];
}

const Y = schoolYearOf(TEST_NOW);
// sequence 135: odd 17th digit → male; 246: even → female
const WANG_ID = idNumber("150302", "1990-03-15", "135");
const CHEN_ID = idNumber("150303", "1995-09-10", "246");
/** A wrong check character. */
const BAD_ID = (() => {
  const ok = idNumber("150302", "1988-08-08", "246");
  return ok.slice(0, 17) + (ok[17] === "1" ? "2" : "1");
})();

/** The template's columns, A to T. */
const HEADERS = [
  "姓名",
  "性别",
  "出生日期",
  "民族",
  "身份证号",
  "岗位",
  "是否专任教师",
  "任教学段",
  "任教学科",
  "最高学历",
  "学前教育专业毕业",
  "教师资格证",
  "职称",
  "双师型教师",
  "骨干教师级别",
  "完成心理健康教育培训",
  "具有心理咨询资质",
  "蒙汉双语",
  "继续教育学时",
  "入职日期",
];

type Cells = Partial<Record<(typeof HEADERS)[number], string | number | Date>>;
type Ext = { code?: string; field?: string; reason?: string };
const ext = (r: { errors?: { extensions?: unknown }[] }) => (r.errors?.[0]?.extensions ?? {}) as Ext;

async function open(base64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
  return wb;
}

async function save(wb: ExcelJS.Workbook): Promise<string> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer).toString("base64");
}

/** The roster template with rows filled in at the given Excel row numbers. */
async function rosterFile(template: string, rows: Record<number, Cells>): Promise<string> {
  const wb = await open(template);
  const ws = wb.getWorksheet("花名册")!;
  for (const [r, cells] of Object.entries(rows)) {
    for (const [header, v] of Object.entries(cells)) {
      ws.getCell(Number(r), HEADERS.indexOf(header) + 1).value = v;
    }
  }
  return save(wb);
}

/** Every cell of a sheet as text rows (for assertions). */
function sheetRows(ws: ExcelJS.Worksheet): (string | number | null)[][] {
  const out: (string | number | null)[][] = [];
  ws.eachRow((row) => {
    const cells: (string | number | null)[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = row.getCell(c).value;
      cells.push(
        v === null || v === undefined
          ? null
          : v instanceof Date
            ? v.toISOString().slice(0, 10)
            : (v as string | number),
      );
    }
    out.push(cells);
  });
  return out;
}

const teacher = (name: string, o: Cells = {}): Cells => ({
  姓名: name,
  性别: "男",
  出生日期: "1985-06-30",
  岗位: "教师",
  是否专任教师: "是",
  任教学段: "小学",
  任教学科: "数学",
  最高学历: "本科",
  ...o,
});

describe.each(testBackends())("Excel import and export on $name", (backend) => {
  let h: DbHandle;
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let t: Record<string, string>;
  let template = "";

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, { logins: ["city", "haibowan", "hainan", "p1", "n2"] });
    ({ handle: h, ids, url, tokens: t } = smallCity);
  });
  afterAll(() => smallCity?.close());

  const rosterCount = async () =>
    (
      await h.db
        .select({ id: staff.id })
        .from(staff)
        .where(and(eq(staff.schoolId, ids.p1), eq(staff.schoolYear, Y)))
    ).length;

  describe("the roster", () => {
    it("downloads a template with Chinese headers, drop-down lists and instructions", async () => {
      const r = await gql(url, STAFF_TEMPLATE, { s: ids.p1 }, t.p1);
      expect(r.errors).toBeUndefined();
      const file = r.data?.staffExcelTemplate;
      expect(file.filename).toBe("海勃湾区第一小学-教职工花名册导入模板.xlsx");
      expect(file.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      template = file.contentBase64;
      const wb = await open(template);
      expect(wb.worksheets.map((w) => w.name)).toEqual(["花名册", "填写说明", "选项"]);
      const ws = wb.getWorksheet("花名册")!;
      expect(sheetRows(ws)[0]).toEqual(HEADERS);
      const options = wb.getWorksheet("选项")!;
      const list = (cell: string) => {
        const f = String(ws.getCell(cell).dataValidation?.formulae?.[0]);
        const [, col, from, to] = f.match(/\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)/)!;
        const values: unknown[] = [];
        for (let i = Number(from); i <= Number(to); i++) values.push(options.getCell(`${col}${i}`).value);
        return values;
      };
      expect(list("B2")).toEqual(["男", "女"]);
      expect(list("F500")).toEqual(["教师", "校长", "副校长"]);
      expect(list("G2")).toEqual(["是", "否"]);
      // a primary school teaches only 小学
      expect(list("H2")).toEqual(["小学"]);
      expect(list("J2")).toEqual(["研究生", "本科", "专科", "高中及以下"]);
      expect(list("M2")).toEqual(["正高级", "高级", "一级", "二级", "三级", "未定级"]);
      expect(list("O2")).toEqual(["非骨干", "区级骨干", "市级骨干", "自治区级骨干", "国家级骨干"]);
      expect(ws.getCell("S2").dataValidation).toMatchObject({ type: "whole", formulae: [0, 2000] });
      const notes = sheetRows(wb.getWorksheet("填写说明")!).map((row) => row[0]);
      expect(notes[0]).toBe("海勃湾区第一小学教职工花名册填写说明");
      expect(notes).toContain(
        "1. 导入时逐行检查全部数据：只要有一行有误，就不保存任何数据，并列出每一处错误（行号、列名和原因），请改正后重新导入。",
      );
    });

    it("saves nothing from a file with bad rows, and names every bad row", async () => {
      const file = await rosterFile(template, {
        2: teacher("张三"),
        3: teacher("李四", { 性别: "男的", 出生日期: "1986-01-02", 任教学科: "语文" }),
        4: teacher("王五", {
          性别: "女",
          出生日期: "1990-05-05",
          任教学段: "",
          任教学科: "",
          最高学历: "专科",
        }),
        5: teacher("赵六", { 性别: "女", 出生日期: "1988-08-08", 身份证号: BAD_ID }),
        6: teacher("张三"),
        // row 7 left blank
        8: teacher("孙七", {
          性别: "女",
          出生日期: `${Y - 16}-03-01`,
          是否专任教师: "也许",
          任教学段: "初中",
        }),
        9: teacher("周八", {
          岗位: "校长",
          是否专任教师: "否",
          任教学科: "",
          最高学历: "研究生",
          继续教育学时: "很多",
          入职日期: `${Y + 1}-09-01`,
        }),
      });
      for (const dry of [true, false]) {
        const r = await gql(url, STAFF_IMPORT, { s: ids.p1, y: Y, f: file, dry }, t.p1);
        expect(r.errors).toBeUndefined();
        expect(r.data?.importStaffExcel).toEqual({
          rows: 7,
          created: 0,
          saved: false,
          dryRun: dry,
          errors: [
            ["3", "性别", "B", "gender", "性别“男的”不是可选项（可选：男、女）"],
            ["4", "任教学段", "H", "stage", "请填写教师的任教学段"],
            ["4", "任教学科", "I", "subject", "请填写教师的任教学科"],
            ["5", "身份证号", "E", "idNumber", "身份证号不正确：应为 18 位且校验位正确"],
            ["6", "姓名", "A", "name", "与第 2 行姓名和出生日期相同（张三，1985-06-30），请勿重复录入"],
            [
              "8",
              "出生日期",
              "C",
              "birthDate",
              `出生日期（${Y - 16}-03-01）对应统计时点年龄 16 岁，应在 18 至 70 岁之间`,
            ],
            ["8", "是否专任教师", "G", "fullTime", "是否专任教师应填写“是”或“否”（现为“也许”）"],
            ["8", "任教学段", "H", "stage", "任教学段“初中”不是可选项（可选：小学）"],
            ["9", "继续教育学时", "S", "trainingHours", "继续教育学时应为数字（现为“很多”）"],
            [
              "9",
              "入职日期",
              "T",
              "startedOn",
              `入职/调入日期（${Y + 1}-09-01）应在${Y}—${Y + 1}学年之内或之前（不晚于 ${Y + 1}-08-31）`,
            ],
          ].map(([row, column, col, field, message]) => ({
            sheet: "花名册",
            row: Number(row),
            column,
            cell: `${col}${row}`,
            field,
            message: `第 ${row} 行：${message}`,
          })),
        });
      }
      // row 2 was good, but nothing is saved while any row is wrong
      expect(await rosterCount()).toBe(0);
    });

    let good = "";
    it("re-imports a filled-in template: checked on a dry run, then saved whole with an audit row each", async () => {
      good = await rosterFile(template, {
        2: teacher("王小明", {
          出生日期: new Date(Date.UTC(1990, 2, 15)),
          民族: "汉族",
          身份证号: WANG_ID,
          教师资格证: "小学教师资格",
          职称: "二级",
          双师型教师: "否",
          骨干教师级别: "区级骨干",
          完成心理健康教育培训: "是",
          继续教育学时: 72,
          入职日期: `${Y}-09-01`,
        }),
        3: teacher("李芳", {
          性别: "女",
          出生日期: "1985/6/30",
          民族: "蒙古族",
          岗位: "副校长",
          是否专任教师: "否",
          任教学科: "语文",
          最高学历: "研究生",
          职称: "高级",
        }),
        4: teacher("陈静", { 性别: "女", 出生日期: "1995-09-10", 身份证号: CHEN_ID, 任教学科: "英语" }),
      });
      const dry = await gql(url, STAFF_IMPORT, { s: ids.p1, y: Y, f: good, dry: true }, t.p1);
      expect(dry.data?.importStaffExcel).toEqual({
        rows: 3,
        created: 0,
        saved: false,
        dryRun: true,
        errors: [],
      });
      expect(await rosterCount()).toBe(0);

      const r = await gql(url, STAFF_IMPORT, { s: ids.p1, y: Y, f: good }, t.p1);
      expect(r.data?.importStaffExcel).toEqual({
        rows: 3,
        created: 3,
        saved: true,
        dryRun: false,
        errors: [],
      });
      const list = await gql(url, LIST, { f: { schoolYear: Y, schoolId: ids.p1 } }, t.p1);
      expect(list.data?.staff.total).toBe(3);
      const byName = Object.fromEntries(
        list.data?.staff.items.map((m: { name: string }) => [m.name, m]) as [string, unknown][],
      );
      expect(byName.王小明).toEqual({
        name: "王小明",
        gender: "MALE",
        birthYear: 1990,
        ethnicity: "汉族",
        idNumberMasked: `**************${WANG_ID.slice(-4)}`,
        role: "TEACHER",
        fullTime: true,
        stage: "PRIMARY",
        subject: "MATHEMATICS",
        education: "BACHELOR",
        teacherCertificate: "PRIMARY",
        title: "SECOND",
        backboneLevel: "DISTRICT",
        mentalHealthTrained: true,
        trainingHours: 72,
        startedOn: `${Y}-09-01`,
      });
      expect(byName.李芳).toMatchObject({
        gender: "FEMALE",
        birthYear: 1985,
        ethnicity: "蒙古族",
        idNumberMasked: null,
        role: "VICE_PRINCIPAL",
        fullTime: false,
        education: "POSTGRADUATE",
        title: "SENIOR",
        // defaults of the columns left empty
        startedOn: null,
        teacherCertificate: "NONE",
        backboneLevel: "NONE",
        trainingHours: 0,
      });
      const audit = await gql(url, AUDIT, { f: { schoolId: ids.p1, action: "staff.import" } }, t.haibowan);
      expect(audit.data?.auditLog.total).toBe(3);
      expect(audit.data?.auditLog.items[0]).toMatchObject({
        actionLabel: "Excel导入教职工",
        entityType: "staff",
      });
      const names = audit.data?.auditLog.items.map((i: { after: { name: string } }) => i.after.name).sort();
      expect(names).toEqual(["李芳", "王小明", "陈静"].sort());
      expect(JSON.stringify(audit.data)).not.toContain(WANG_ID);
    });

    it("refuses the same people twice: every row is a duplicate against the roster", async () => {
      const r = await gql(url, STAFF_IMPORT, { s: ids.p1, y: Y, f: good }, t.p1);
      const on =
        "该身份证号已登记在本学年的在岗花名册中，同一人每学年只能在一个单位在岗；如为调入人员，请原单位先办理调出";
      const same = (n: string, b: string) =>
        `本单位本学年已有同名且出生日期相同的人员（${n}，${b}），请勿重复录入`;
      expect(
        r.data?.importStaffExcel.errors.map((e: { row: number; field: string; message: string }) => [
          e.row,
          e.field,
          e.message,
        ]),
      ).toEqual([
        [2, "name", `第 2 行：${same("王小明", "1990-03-15")}`],
        [2, "idNumber", `第 2 行：${on}`],
        [3, "name", `第 3 行：${same("李芳", "1985-06-30")}`],
        [4, "name", `第 4 行：${same("陈静", "1995-09-10")}`],
        [4, "idNumber", `第 4 行：${on}`],
      ]);
      expect(r.data?.importStaffExcel.created).toBe(0);
      expect(await rosterCount()).toBe(3);
    });

    it("exports the roster with the 身份证号 masked (blank for the city), never in full", async () => {
      const r = await gql(url, STAFF_EXPORT, { s: ids.p1, y: Y }, t.p1);
      expect(r.data?.exportStaffExcel.filename).toBe(`海勃湾区第一小学-${Y}—${Y + 1}-教职工花名册.xlsx`);
      const rows = sheetRows((await open(r.data?.exportStaffExcel.contentBase64)).getWorksheet("花名册")!);
      expect(rows[0]).toEqual([...HEADERS, "在岗状态", "离岗日期"]);
      // teachers first (by name), then the vice-principal
      expect(rows.slice(1).map((row) => [row[0], row[4], row[5], row[20]])).toEqual([
        ["陈静", `**************${CHEN_ID.slice(-4)}`, "教师", "在岗"],
        ["王小明", `**************${WANG_ID.slice(-4)}`, "教师", "在岗"],
        ["李芳", null, "副校长", "在岗"],
      ]);
      expect(rows[2]).toEqual([
        "王小明",
        "男",
        "1990-03-15",
        "汉族",
        `**************${WANG_ID.slice(-4)}`,
        "教师",
        "是",
        "小学",
        "数学",
        "本科",
        "否",
        "小学教师资格",
        "二级",
        "否",
        "区级骨干",
        "是",
        "否",
        "否",
        72,
        `${Y}-09-01`,
        "在岗",
        null,
      ]);
      expect(JSON.stringify(rows)).not.toContain(WANG_ID);
      const city = await gql(url, STAFF_EXPORT, { s: ids.p1, y: Y }, t.city);
      const cityRows = sheetRows(
        (await open(city.data?.exportStaffExcel.contentBase64)).getWorksheet("花名册")!,
      );
      expect(cityRows.slice(1).map((row) => row[4])).toEqual([null, null, null]);
      // the city gets the birth year only
      expect(cityRows[2]?.slice(0, 3)).toEqual(["王小明", "男", "1990"]);
    });

    it("keeps imports within scope: a school its own, a district its schools, never the city", async () => {
      const one = await rosterFile(template, { 2: teacher("吴九", { 任教学段: "小学" }) });
      const n2 = await gql(url, STAFF_IMPORT, { s: ids.n2, y: Y, f: one }, t.p1);
      expect(ext(n2).code).toBe("FORBIDDEN");
      expect(ext(await gql(url, STAFF_IMPORT, { s: ids.p1, y: Y, f: one }, t.city)).code).toBe("FORBIDDEN");
      expect(ext(await gql(url, STAFF_IMPORT, { s: ids.p1, y: Y, f: one }, t.hainan)).code).toBe("FORBIDDEN");
      const district = await gql(url, STAFF_IMPORT, { s: ids.p1, y: Y, f: one, dry: true }, t.haibowan);
      expect(district.data?.importStaffExcel).toMatchObject({ rows: 1, errors: [] });
      const lastYear = await gql(url, STAFF_IMPORT, { s: ids.p1, y: Y - 1, f: one }, t.p1);
      expect(ext(lastYear)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
      const junk = await gql(
        url,
        STAFF_IMPORT,
        { s: ids.p1, y: Y, f: Buffer.from("姓名,性别").toString("base64") },
        t.p1,
      );
      expect(ext(junk)).toMatchObject({ code: "BAD_USER_INPUT", field: "contentBase64" });
      expect(junk.errors?.[0]?.message).toBe("无法读取该文件：请上传由模板填写的 .xlsx 格式 Excel 文件");
      expect(ext(await gql(url, STAFF_EXPORT, { s: ids.p1, y: Y }, t.n2)).code).toBe("FORBIDDEN");
    });
  });

  describe("the annual report", () => {
    /** 年报 sheet rows by item (see the template's layout). */
    const ITEM_ROWS = {
      staffTotal: 3,
      fullTimeTeachers: 4,
      teachingAuxiliaryArea: 6,
      indoorSportsArea: 7,
      outdoorSportsArea: 8,
      equipmentValue: 10,
      multimediaClassrooms: 11,
      innovationLabs: 12,
      wirelessFullCoverage: 13,
      healthTested: 15,
      healthPassed: 16,
      healthGoodOrExcellent: 17,
      meetsPeHygieneStandard: 19,
      implementsCurriculumStandards: 20,
      hasSportsBrand: 21,
      implementsHealthStandard: 22,
      heldSportsMeeting: 23,
      footballFeatureSchool: 24,
      footballLessonsPerWeek: 25,
      heldArtsFestival: 26,
      notes: 27,
    };
    /** P1's report as in reports.test.ts: 300 pupils, tested 300, passed 282 (94%), good 105. */
    const P1: Partial<Record<keyof typeof ITEM_ROWS, string | number>> = {
      staffTotal: 8,
      fullTimeTeachers: 4,
      teachingAuxiliaryArea: 1800,
      indoorSportsArea: 200,
      outdoorSportsArea: 2500,
      equipmentValue: 660000,
      multimediaClassrooms: 8,
      innovationLabs: 1,
      wirelessFullCoverage: "是",
      healthTested: 300,
      healthPassed: 282,
      healthGoodOrExcellent: 105,
      meetsPeHygieneStandard: "是",
      implementsCurriculumStandards: "是",
      hasSportsBrand: "是",
      implementsHealthStandard: "是",
      heldSportsMeeting: "是",
      footballFeatureSchool: "否",
      heldArtsFestival: "是",
      notes: "按统计时点填报",
    };
    let reportTemplate = "";

    async function reportFile(
      base: string,
      items: Partial<Record<keyof typeof ITEM_ROWS, string | number>>,
      grades: Record<number, (number | string | null)[]>,
    ): Promise<string> {
      const wb = await open(base);
      const ws = wb.getWorksheet("年报")!;
      for (const [k, v] of Object.entries(items))
        ws.getCell(`B${ITEM_ROWS[k as keyof typeof ITEM_ROWS]}`).value = v;
      const gs = wb.getWorksheet("分年级")!;
      for (const [r, counts] of Object.entries(grades)) {
        counts.forEach((v, i) => {
          gs.getCell(Number(r), i + 3).value = v;
        });
      }
      return save(wb);
    }

    it("downloads a template listing every item and the school's grades", async () => {
      const r = await gql(url, REPORT_TEMPLATE, { s: ids.p1, y: Y }, t.p1);
      expect(r.errors).toBeUndefined();
      expect(r.data?.reportExcelTemplate.filename).toBe(`海勃湾区第一小学-${Y}—${Y + 1}-年报导入模板.xlsx`);
      reportTemplate = r.data?.reportExcelTemplate.contentBase64;
      const wb = await open(reportTemplate);
      expect(wb.worksheets.map((w) => w.name)).toEqual(["年报", "分年级", "填写说明", "选项"]);
      const items = sheetRows(wb.getWorksheet("年报")!);
      expect(items[0]).toEqual(["项目", "填写值", "单位", "说明"]);
      expect(items[ITEM_ROWS.healthPassed - 1]).toEqual(["体质健康测试合格及以上人数", null, "人", "必填"]);
      expect(items[ITEM_ROWS.footballLessonsPerWeek - 1]).toEqual([
        "每周足球课节数",
        null,
        "节/周",
        "足球特色学校必填",
      ]);
      expect(items[ITEM_ROWS.notes - 1]).toEqual(["备注", null, null, "选填"]);
      expect(
        wb.getWorksheet("年报")!.getCell(`B${ITEM_ROWS.wirelessFullCoverage}`).dataValidation,
      ).toMatchObject({ type: "list" });
      const grades = sheetRows(wb.getWorksheet("分年级")!);
      expect(grades.map((g) => `${g[0]}${g[1]}`)).toEqual([
        "学段年级",
        "小学一年级",
        "小学二年级",
        "小学三年级",
        "小学四年级",
        "小学五年级",
        "小学六年级",
      ]);
    });

    it("saves nothing from a report with mistakes, naming each sheet, row and column", async () => {
      const file = await reportFile(
        reportTemplate,
        { ...P1, fullTimeTeachers: 9, wirelessFullCoverage: "有", healthPassed: 320 },
        { 2: [150, 4], 3: [150, 4], 4: [3, 5] },
      );
      const r = await gql(url, REPORT_IMPORT, { s: ids.p1, y: Y, f: file, v: null }, t.p1);
      expect(r.errors).toBeUndefined();
      expect(r.data?.importReportExcel).toEqual({
        rows: 23,
        saved: false,
        dryRun: false,
        report: null,
        errors: [
          {
            sheet: "年报",
            row: 4,
            column: "填写值",
            cell: "B4",
            field: "fullTimeTeachers",
            message: "年报第 4 行：专任教师数（9）不能超过教职工数（8）",
          },
          {
            sheet: "年报",
            row: 13,
            column: "填写值",
            cell: "B13",
            field: "wirelessFullCoverage",
            message: "年报第 13 行：无线网络全覆盖应填写“是”或“否”（现为“有”）",
          },
          {
            sheet: "年报",
            row: 16,
            column: "填写值",
            cell: "B16",
            field: "healthPassed",
            message: "年报第 16 行：体质健康测试合格及以上人数（320）不能超过体质健康测试参加人数（300）",
          },
          {
            sheet: "分年级",
            row: 4,
            column: "班级数",
            cell: "D4",
            field: "grades.2.classes",
            message: "分年级第 4 行：小学三年级：班级数（5）不能超过在校生数（3），每班至少一名学生",
          },
        ],
      });
      expect((await gql(url, REPORT_EXPORT, { s: ids.p1, y: Y }, t.p1)).errors).toBeUndefined();
      const stored = await gql(
        url,
        `query($s: ID!, $y: Int!) { schoolReport(schoolId: $s, schoolYear: $y) { id } }`,
        {
          s: ids.p1,
          y: Y,
        },
        t.p1,
      );
      expect(stored.data?.schoolReport).toBeNull();
    });

    it("names a formula with no value and a grade the school does not teach, each once, on its own row", async () => {
      const wb = await open(await reportFile(reportTemplate, P1, { 2: [150, 4], 3: [150, 4] }));
      wb.getWorksheet("年报")!.getCell(`B${ITEM_ROWS.innovationLabs}`).value = {
        formula: "1+0",
      } as ExcelJS.CellValue;
      const gs = wb.getWorksheet("分年级")!;
      gs.getRow(8).values = ["初中", "初一", 40, 1];
      const r = await gql(url, REPORT_IMPORT, { s: ids.p1, y: Y, f: await save(wb), dry: true }, t.p1);
      expect(r.data?.importReportExcel.errors.map((e: { message: string }) => e.message)).toEqual([
        `年报第 ${ITEM_ROWS.innovationLabs} 行：创新实验室数应为数字（现为“（公式未计算，请粘贴为数值）”）`,
        "分年级第 8 行：小学不设初中学段（可填：小学）",
      ]);
    });

    it("imports a filled-in template into the draft, and re-imports its own export", async () => {
      const file = await reportFile(reportTemplate, P1, { 2: [150, 4], 3: [150, 4] });
      const dry = await gql(url, REPORT_IMPORT, { s: ids.p1, y: Y, f: file, dry: true }, t.p1);
      expect(dry.data?.importReportExcel).toMatchObject({
        rows: 22,
        saved: false,
        dryRun: true,
        errors: [],
        report: null,
      });
      const r = await gql(url, REPORT_IMPORT, { s: ids.p1, y: Y, f: file, v: null }, t.p1);
      expect(r.data?.importReportExcel).toEqual({
        rows: 22,
        saved: true,
        dryRun: false,
        errors: [],
        report: {
          status: "DRAFT",
          version: 1,
          healthTested: 300,
          healthPassed: 282,
          wirelessFullCoverage: true,
          notes: "按统计时点填报",
          totalStudents: 300,
          grades: [
            { stage: "PRIMARY", grade: 1, students: 150, classes: 4 },
            { stage: "PRIMARY", grade: 2, students: 150, classes: 4 },
          ],
        },
      });
      // a stale version is refused, as by saveReportDraft
      const stale = await gql(url, REPORT_IMPORT, { s: ids.p1, y: Y, f: file, v: null }, t.p1);
      expect(ext(stale)).toMatchObject({ code: "CONFLICT", reason: "VERSION" });

      const exported = await gql(url, REPORT_EXPORT, { s: ids.p1, y: Y }, t.p1);
      const wb = await open(exported.data?.exportReportExcel.contentBase64);
      expect(wb.getWorksheet("年报")!.getCell(`B${ITEM_ROWS.healthPassed}`).value).toBe(282);
      expect(sheetRows(wb.getWorksheet("分年级")!)[1]).toEqual(["小学", "一年级", 150, 4, 0, 0, 0]);
      const again = await gql(
        url,
        REPORT_IMPORT,
        { s: ids.p1, y: Y, f: exported.data?.exportReportExcel.contentBase64, v: 1 },
        t.p1,
      );
      expect(again.data?.importReportExcel).toMatchObject({
        saved: true,
        errors: [],
        report: { version: 2, totalStudents: 300 },
      });
      const audit = await gql(url, AUDIT, { f: { schoolId: ids.p1, action: "report.import" } }, t.haibowan);
      expect(audit.data?.auditLog.total).toBe(2);
    });

    it("refuses an import into a submitted report, and from anyone but the school", async () => {
      const file = await reportFile(reportTemplate, P1, { 2: [150, 4], 3: [150, 4] });
      expect(ext(await gql(url, REPORT_IMPORT, { s: ids.p1, y: Y, f: file, v: 2 }, t.haibowan)).code).toBe(
        "FORBIDDEN",
      );
      expect(ext(await gql(url, REPORT_IMPORT, { s: ids.p1, y: Y, f: file, v: 2 }, t.n2)).code).toBe(
        "FORBIDDEN",
      );
      expect(ext(await gql(url, REPORT_IMPORT, { s: ids.p1, y: Y, f: file, v: 2 }, t.city)).code).toBe(
        "FORBIDDEN",
      );
      const s = await gql(url, SUBMIT, { s: ids.p1, y: Y, v: 2 }, t.p1);
      expect(s.data?.submitReport.report).toEqual({ status: "SUBMITTED", version: 3 });
      const r = await gql(url, REPORT_IMPORT, { s: ids.p1, y: Y, f: file, v: 3 }, t.p1);
      expect(ext(r)).toMatchObject({ code: "CONFLICT", reason: "STATE" });
      expect(r.errors?.[0]?.message).toBe("已提交的年报不能修改，请等待审核或退回");
      // the district and the city read it in Excel
      for (const who of ["haibowan", "city"]) {
        const e = await gql(url, REPORT_EXPORT, { s: ids.p1, y: Y }, t[who]);
        expect(e.errors).toBeUndefined();
      }
      expect(ext(await gql(url, REPORT_EXPORT, { s: ids.p1, y: Y }, t.hainan)).code).toBe("FORBIDDEN");
    });
  });
});
