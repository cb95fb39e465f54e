/**
 * 学校名录 Excel through GraphQL over HTTP, on PGlite and (with DATABASE_URL) PostgreSQL: the
 * template's drop-downs read back with exceljs; a 12-row file with one bad row saves nothing and
 * names the row, column and cell, and fixed registers all 12 (queried back); headers in another
 * order; a 学校标识码 typed as a number; duplicates within the file and against the database;
 * per-row 所属区 for the city; scope (a district for another district, a school); the export
 * with 办学状态. Fixture: fixtures/smallCity.ts (海勃湾区 P1 K1 V1, 海南区 N2 K2).
 */
import { type DbHandle, districts, schools } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql } from "../../testing.ts";

const FILE = `filename contentType contentBase64`;
const TEMPLATE = `query { schoolListTemplate { ${FILE} } }`;
const EXPORT = `query($d: ID) { exportSchoolList(districtId: $d) { ${FILE} } }`;
const IMPORT = `mutation($d: ID, $f: String!, $dry: Boolean) {
  importSchoolList(districtId: $d, contentBase64: $f, dryRun: $dry) {
    rows created saved dryRun errors { sheet row column cell field message } schools { code name } } }`;
const SCHOOLS = `query($d: ID) { schools(districtId: $d, includeClosed: true) {
  code name type ownership inclusive ethnic urbanRuralCode miningArea area teachingPoint openedOn status district { name } } }`;
const AUDIT = `query($f: AuditFilter!) { auditLog(filter: $f, pageSize: 100) { total } }`;

/** The district template's columns, A to J. */
const HEADERS = [
  "学校标识码",
  "学校名称",
  "学校类别",
  "办学性质",
  "普惠性",
  "民族学校",
  "城乡分类",
  "矿区",
  "教学点",
  "开办日期",
];
/** The city template's: 所属区 third. */
const CITY_HEADERS = [...HEADERS.slice(0, 2), "所属区", ...HEADERS.slice(2)];

type Cells = Partial<Record<string, string | number | Date | null>>;
type Ext = { code?: string; field?: string };
const ext = (r: { errors?: { extensions?: unknown }[] }) => (r.errors?.[0]?.extensions ?? {}) as Ext;

async function open(base64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
  return wb;
}

async function save(wb: ExcelJS.Workbook): Promise<string> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer).toString("base64");
}

/** A template with rows filled in from row 2 on, cells by header. */
async function filled(template: string, rows: Cells[]): Promise<string> {
  const wb = await open(template);
  const ws = wb.getWorksheet("学校名录")!;
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  rows.forEach((cells, i) => {
    for (const [h, v] of Object.entries(cells)) {
      const col = headers.indexOf(h);
      if (col < 0) throw new Error(`no column ${h}`);
      ws.getCell(i + 2, col + 1).value = v ?? null;
    }
  });
  return save(wb);
}

/** A workbook written from scratch: a 学校名录 sheet with these headers and rows. */
async function fromScratch(headers: string[], rows: (string | number | Date | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("学校名录");
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return save(wb);
}

/** Every cell of a sheet as values (dates as ISO days). */
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

/** The values of the drop-down list on a cell, read from the hidden 选项 sheet. */
function dropDown(wb: ExcelJS.Workbook, cell: string): unknown[] {
  const ws = wb.getWorksheet("学校名录")!;
  const options = wb.getWorksheet("选项")!;
  const v = ws.getCell(cell).dataValidation;
  expect(v?.type).toBe("list");
  const [, col, from, to] = String(v?.formulae?.[0]).match(/\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)/)!;
  const values: unknown[] = [];
  for (let i = Number(from); i <= Number(to); i++) values.push(options.getCell(`${col}${i}`).value);
  return values;
}

const TYPE_LABELS = [
  "幼儿园",
  "小学",
  "初中",
  "九年一贯制学校",
  "完全中学",
  "普通高中",
  "中等职业学校",
  "高等职业院校",
  "特殊教育学校",
];
const URBAN_RURAL = [
  "111 主城区",
  "112 城乡结合区",
  "121 镇中心区",
  "122 镇乡结合区",
  "123 特殊区域",
  "210 乡中心区",
  "220 村庄",
];

/**
 * The 12 schools of 海勃湾区's file (Excel rows 2–13): i = 1…12, code 21503021ii; every third a
 * kindergarten (i = 3, 6, 9, 12), else a primary school; i = 2 a 民族学校 and 教学点; i = 5 in a
 * 村庄 (220) and tagged 矿区; i = 12 a private 普惠性 kindergarten; opened 2015-09-01 except
 * i = 1 (a date cell, 2010-09-01) and i = 3 (blank).
 */
const twelve = (): Cells[] =>
  Array.from({ length: 12 }, (_, k) => {
    const i = k + 1;
    const kg = i % 3 === 0;
    return {
      学校标识码: `21503021${String(i).padStart(2, "0")}`,
      学校名称: kg ? `海勃湾区新区第${i}幼儿园` : `海勃湾区新区第${i}小学`,
      学校类别: kg ? "幼儿园" : "小学",
      办学性质: i === 12 ? "民办" : "公办",
      普惠性: i === 12 ? "是" : null,
      民族学校: i === 2 ? "是" : "否",
      城乡分类: i === 5 ? "220 村庄" : "111 主城区",
      矿区: i === 5 ? "是" : null,
      教学点: i === 2 ? "是" : "否",
      开办日期: i === 1 ? new Date(Date.UTC(2010, 8, 1)) : i === 3 ? null : "2015-09-01",
    };
  });

describe.each(testBackends())("学校名录 Excel on $name", (backend) => {
  let h: DbHandle;
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let t: Record<string, string>;
  let districtTemplate = "";
  let cityTemplate = "";

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, { logins: ["city", "haibowan", "hainan", "p1"] });
    ({ handle: h, ids, url, tokens: t } = smallCity);
  });
  afterAll(() => smallCity?.close());

  const count = async (districtId: string) =>
    (await h.db.select({ id: schools.id }).from(schools).where(eq(schools.districtId, districtId))).length;

  it("gives a district its template: red required headers, drop-downs, 学校标识码 as text, 填写说明", async () => {
    const r = await gql(url, TEMPLATE, {}, t.haibowan);
    expect(r.errors).toBeUndefined();
    expect(r.data?.schoolListTemplate.filename).toBe("海勃湾区-学校名录导入模板.xlsx");
    districtTemplate = r.data?.schoolListTemplate.contentBase64;
    const wb = await open(districtTemplate);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["学校名录", "填写说明", "选项"]);
    const ws = wb.getWorksheet("学校名录")!;
    expect(sheetRows(ws)).toEqual([HEADERS]);
    // required: 学校标识码, 学校名称, 学校类别, 办学性质, 城乡分类 (red); the rest black
    expect(HEADERS.map((_, i) => ws.getRow(1).getCell(i + 1).font?.color?.argb)).toEqual([
      "FFC00000",
      "FFC00000",
      "FFC00000",
      "FFC00000",
      "FF000000",
      "FF000000",
      "FFC00000",
      "FF000000",
      "FF000000",
      "FF000000",
    ]);
    expect(dropDown(wb, "C2")).toEqual(TYPE_LABELS);
    expect(dropDown(wb, "D1001")).toEqual(["公办", "民办"]);
    for (const c of ["E2", "F2", "H2", "I2"]) expect(dropDown(wb, c)).toEqual(["是", "否"]);
    expect(dropDown(wb, "G2")).toEqual(URBAN_RURAL);
    expect(ws.getColumn(1).numFmt).toBe("@");
    expect(ws.getColumn(10).numFmt).toBe("yyyy-mm-dd");
    const notes = sheetRows(wb.getWorksheet("填写说明")!).map((row) => row[0]);
    expect(notes[0]).toBe("海勃湾区学校名录填写说明");
    expect(notes).toContain("4. 本模板登记的学校均属于本区。");
  });

  it("gives the city its template with a 所属区 drop-down of its open districts", async () => {
    const r = await gql(url, TEMPLATE, {}, t.city);
    expect(r.errors).toBeUndefined();
    expect(r.data?.schoolListTemplate.filename).toBe("乌海市-学校名录导入模板.xlsx");
    cityTemplate = r.data?.schoolListTemplate.contentBase64;
    const wb = await open(cityTemplate);
    const ws = wb.getWorksheet("学校名录")!;
    expect(sheetRows(ws)).toEqual([CITY_HEADERS]);
    expect(dropDown(wb, "C2")).toEqual(["海勃湾区", "海南区"]);
    expect(dropDown(wb, "D2")).toEqual(TYPE_LABELS);
    expect(dropDown(wb, "H2")).toEqual(URBAN_RURAL);
  });

  it("refuses a school the template, the export and the import (FORBIDDEN)", async () => {
    for (const [q, v] of [
      [TEMPLATE, {}],
      [EXPORT, {}],
      [IMPORT, { f: await filled(districtTemplate, twelve().slice(0, 1)) }],
      [IMPORT, { d: ids.d1, f: await filled(districtTemplate, twelve().slice(0, 1)) }],
    ] as const) {
      const r = await gql(url, q, v, t.p1);
      expect(ext(r).code).toBe("FORBIDDEN");
    }
    expect(await count(ids.d1)).toBe(3);
  });

  it("refuses a 12-row file with one bad row, naming the row and the column, and saves nothing", async () => {
    const rows = twelve();
    rows[5]!.学校标识码 = "215030210"; // Excel row 7: 9 digits
    const file = await filled(districtTemplate, rows);
    for (const dry of [true, false]) {
      const r = await gql(url, IMPORT, { f: file, dry }, t.haibowan);
      expect(r.errors).toBeUndefined();
      expect(r.data?.importSchoolList).toEqual({
        rows: 12,
        created: 0,
        saved: false,
        dryRun: dry,
        schools: [],
        errors: [
          {
            sheet: "学校名录",
            row: 7,
            column: "学校标识码",
            cell: "A7",
            field: "code",
            message: "第 7 行：学校标识码应为 10 位数字",
          },
        ],
      });
    }
    expect(await count(ids.d1)).toBe(3);
  });

  it("registers the 12 schools once the row is fixed (dry run first), each audited", async () => {
    const file = await filled(districtTemplate, twelve());
    const dry = await gql(url, IMPORT, { f: file, dry: true }, t.haibowan);
    expect(dry.data?.importSchoolList).toEqual({
      rows: 12,
      created: 0,
      saved: false,
      dryRun: true,
      schools: [],
      errors: [],
    });
    expect(await count(ids.d1)).toBe(3);

    const r = await gql(url, IMPORT, { f: file }, t.haibowan);
    expect(r.errors).toBeUndefined();
    const codes = Array.from({ length: 12 }, (_, k) => `21503021${String(k + 1).padStart(2, "0")}`);
    expect(r.data?.importSchoolList).toMatchObject({
      rows: 12,
      created: 12,
      saved: true,
      dryRun: false,
      errors: [],
    });
    expect(r.data?.importSchoolList.schools.map((s: { code: string }) => s.code)).toEqual(codes);

    const list = await gql(url, SCHOOLS, { d: ids.d1 }, t.haibowan);
    expect(list.errors).toBeUndefined();
    const byCode = Object.fromEntries(
      ((list.data?.schools ?? []) as { code: string }[]).map((s) => [s.code, s]),
    );
    expect(Object.keys(byCode)).toHaveLength(15); // P1, K1, V1 + 12
    const base = {
      ownership: "PUBLIC",
      inclusive: false,
      ethnic: false,
      urbanRuralCode: "111",
      miningArea: false,
      area: "URBAN",
      teachingPoint: false,
      openedOn: "2015-09-01",
      status: "OPEN",
      district: { name: "海勃湾区" },
    };
    expect(byCode["2150302101"]).toEqual({
      ...base,
      code: "2150302101",
      name: "海勃湾区新区第1小学",
      type: "PRIMARY",
      openedOn: "2010-09-01",
    });
    expect(byCode["2150302102"]).toEqual({
      ...base,
      code: "2150302102",
      name: "海勃湾区新区第2小学",
      type: "PRIMARY",
      ethnic: true,
      teachingPoint: true,
    });
    expect(byCode["2150302103"]).toEqual({
      ...base,
      code: "2150302103",
      name: "海勃湾区新区第3幼儿园",
      type: "KINDERGARTEN",
      // a public kindergarten is 普惠 by definition
      inclusive: true,
      openedOn: null,
    });
    expect(byCode["2150302105"]).toEqual({
      ...base,
      code: "2150302105",
      name: "海勃湾区新区第5小学",
      type: "PRIMARY",
      urbanRuralCode: "220",
      miningArea: true,
      area: "MINING",
    });
    expect(byCode["2150302112"]).toEqual({
      ...base,
      code: "2150302112",
      name: "海勃湾区新区第12幼儿园",
      type: "KINDERGARTEN",
      ownership: "PRIVATE",
      inclusive: true,
    });
    const audit = await gql(url, AUDIT, { f: { action: "school.create", districtId: ids.d1 } }, t.city);
    expect(audit.data?.auditLog.total).toBe(12);
  });

  it("reads headers in another order, a bare 城乡分类 code and a 学校标识码 typed as a number", async () => {
    const file = await fromScratch(
      ["开办日期", "城乡分类代码", "学校名称", "办学性质", "学校类别", "学校标识码"],
      [
        ["2020-09-01", "121", "海南区第三小学", "公办", "小学", "2150303001"],
        [null, 220, "海南区巴音陶亥幼儿园", "公办", "幼儿园", 2150303002],
      ],
    );
    const r = await gql(url, IMPORT, { d: ids.d2, f: file }, t.city);
    expect(r.errors).toBeUndefined();
    expect(r.data?.importSchoolList).toEqual({
      rows: 2,
      created: 2,
      saved: true,
      dryRun: false,
      errors: [],
      schools: [
        { code: "2150303001", name: "海南区第三小学" },
        { code: "2150303002", name: "海南区巴音陶亥幼儿园" },
      ],
    });
    const list = await gql(url, SCHOOLS, { d: ids.d2 }, t.hainan);
    const mine = ((list.data?.schools ?? []) as { code: string }[]).filter((s) =>
      s.code.startsWith("21503030"),
    );
    expect(mine).toEqual([
      expect.objectContaining({
        code: "2150303001",
        urbanRuralCode: "121",
        area: "RURAL",
        openedOn: "2020-09-01",
      }),
      expect.objectContaining({
        code: "2150303002",
        urbanRuralCode: "220",
        type: "KINDERGARTEN",
        openedOn: null,
      }),
    ]);
  });

  it("names every problem at once: a code that lost its leading digits, duplicates in the file and in the database", async () => {
    const row = (code: string | number, name: string, o: Cells = {}): Cells => ({
      学校标识码: code,
      学校名称: name,
      学校类别: "小学",
      办学性质: "公办",
      城乡分类: "111 主城区",
      ...o,
    });
    const file = await filled(cityTemplate, [
      row(2150302201, "海勃湾区实验小学"), // 2: a 10-digit code typed as a number: fine
      row(150302202, "海勃湾区育才小学"), // 3: 9 digits left of a number
      row("2150302201", "海勃湾区启航小学"), // 4: the code of row 2
      row("2150300001", "海勃湾区明德小学"), // 5: P1's code
      row("2150302205", "海勃湾区实验小学"), // 6: row 2's name in the same district
      row("2150302206", "海勃湾区第一小学"), // 7: P1's name
      row("2150302207", "海勃湾区光明小学", { 所属区: "海南区" }), // 8: not the import's district
      row("2150302208", "海勃湾区星光小学", { 学校类别: "大学", 城乡分类: "999" }), // 9
    ]);
    const r = await gql(url, IMPORT, { d: ids.d1, f: file }, t.city);
    expect(r.errors).toBeUndefined();
    const e = (n: number, column: string, col: string, field: string, message: string) => ({
      sheet: "学校名录",
      row: n,
      column,
      cell: `${col}${n}`,
      field,
      message: `第 ${n} 行：${message}`,
    });
    expect(r.data?.importSchoolList).toEqual({
      rows: 8,
      created: 0,
      saved: false,
      dryRun: false,
      schools: [],
      errors: [
        e(
          3,
          "学校标识码",
          "A",
          "code",
          "学校标识码“150302202”只有 9 位：以数字格式输入时开头的 0 会丢失，请将该列设为文本格式后按 10 位重新输入",
        ),
        e(4, "学校标识码", "A", "code", "学校标识码“2150302201”与第 2 行重复"),
        e(5, "学校标识码", "A", "code", "学校标识码（2150300001）已被“海勃湾区第一小学”使用"),
        e(6, "学校名称", "B", "name", "学校名称“海勃湾区实验小学”与第 2 行重复（同一区内学校名称不能相同）"),
        e(7, "学校名称", "B", "name", "海勃湾区已有在办学校名为“海勃湾区第一小学”，学校名称不能重复"),
        e(
          8,
          "所属区",
          "C",
          "districtId",
          "所属区“海南区”与本次导入的区（海勃湾区）不一致：一次只能导入一个区的学校",
        ),
        e(9, "学校类别", "D", "type", `学校类别“大学”不是可选项（可选：${TYPE_LABELS.join("、")}）`),
        e(9, "城乡分类", "H", "urbanRuralCode", `城乡分类“999”不是可选项（可选：${URBAN_RURAL.join("、")}）`),
      ],
    });
    expect(await count(ids.d1)).toBe(15);
  });

  it("lets the city name the district on each row; an unknown or missing 所属区 is named", async () => {
    const row = (code: string, name: string, district: string | null): Cells => ({
      学校标识码: code,
      学校名称: name,
      所属区: district,
      学校类别: "初中",
      办学性质: "公办",
      城乡分类: "112",
    });
    const bad = await filled(cityTemplate, [
      row("2150304001", "海勃湾区第九中学", "海勃湾区"),
      row("2150304002", "乌达区第一中学", "乌达区"),
      row("2150304003", "海南区第四中学", null),
    ]);
    const r = await gql(url, IMPORT, { f: bad }, t.city);
    expect(
      r.data?.importSchoolList.errors.map((x: { cell: string; message: string }) => [x.cell, x.message]),
    ).toEqual([
      ["C3", "第 3 行：所属区“乌达区”不是本市的区（可选：海勃湾区、海南区）"],
      ["C4", "第 4 行：请填写所属区"],
    ]);
    const good = await filled(cityTemplate, [
      row("2150304001", "海勃湾区第九中学", "海勃湾区"),
      row("2150304003", "海南区第四中学", "海南区"),
    ]);
    const ok = await gql(url, IMPORT, { f: good }, t.city);
    expect(ok.data?.importSchoolList).toMatchObject({ created: 2, saved: true, errors: [] });
    expect([await count(ids.d1), await count(ids.d2)]).toEqual([16, 5]);
  });

  it("keeps a district to its own district", async () => {
    // another district's id: FORBIDDEN, nothing read
    const file = await filled(districtTemplate, [
      {
        学校标识码: "2150305001",
        学校名称: "海南区第五小学",
        学校类别: "小学",
        办学性质: "公办",
        城乡分类: "111",
      },
    ]);
    const r = await gql(url, IMPORT, { d: ids.d2, f: file }, t.haibowan);
    expect(ext(r).code).toBe("FORBIDDEN");
    // a 所属区 naming another district: an error on that row
    const other = await filled(cityTemplate, [
      {
        学校标识码: "2150305001",
        学校名称: "海勃湾区第五小学",
        所属区: "海勃湾区",
        学校类别: "小学",
        办学性质: "公办",
        城乡分类: "111",
      },
    ]);
    const r2 = await gql(url, IMPORT, { f: other }, t.hainan);
    expect(r2.data?.importSchoolList.errors).toEqual([
      {
        sheet: "学校名录",
        row: 2,
        column: "所属区",
        cell: "C2",
        field: "districtId",
        message: "第 2 行：所属区“海勃湾区”与本次导入的区（海南区）不一致：一次只能导入一个区的学校",
      },
    ]);
    // the district's export of another district: FORBIDDEN
    expect(ext(await gql(url, EXPORT, { d: ids.d2 }, t.haibowan)).code).toBe("FORBIDDEN");
    expect([await count(ids.d1), await count(ids.d2)]).toEqual([16, 5]);
  });

  it("names an unknown header and a missing required one; refuses a file that is not .xlsx", async () => {
    const file = await fromScratch(
      ["学校标识码", "学校名称", "办学性质", "城乡分类", "备注"],
      [["2150306001", "海勃湾区第六中学", "公办", "111", "新建"]],
    );
    const r = await gql(url, IMPORT, { f: file }, t.haibowan);
    expect(r.data?.importSchoolList).toMatchObject({ rows: 0, created: 0, saved: false });
    expect(r.data?.importSchoolList.errors).toEqual([
      {
        sheet: "学校名录",
        row: 1,
        column: "学校类别",
        cell: null,
        field: "type",
        message: "第 1 行：缺少必填列“学校类别”，请使用平台下载的模板",
      },
      {
        sheet: "学校名录",
        row: 1,
        column: "备注",
        cell: "E1",
        field: "header",
        message:
          "第 1 行：无法识别的列“备注”（第 E 列），请删除该列或使用模板中的列名（学校标识码、学校名称、所属区、学校类别、办学性质、普惠性、民族学校、城乡分类、矿区、教学点、开办日期、办学状态、撤销日期）",
      },
    ]);
    const bad = await gql(url, IMPORT, { f: "这不是文件" }, t.haibowan);
    expect(ext(bad)).toMatchObject({ code: "BAD_USER_INPUT", field: "contentBase64" });
    const noSheet = new ExcelJS.Workbook();
    noSheet.addWorksheet("Sheet1");
    const r3 = await gql(url, IMPORT, { f: await save(noSheet) }, t.haibowan);
    expect(ext(r3)).toMatchObject({ code: "BAD_USER_INPUT", field: "contentBase64" });
    expect(r3.errors?.[0]?.message).toBe("文件中没有名为“学校名录”的工作表，请使用平台下载的模板");
  });

  it("refuses a sheet with no school rows, naming the sheet (not 检查通过：共 0 行)", async () => {
    const before = await count(ids.d1);
    for (const dry of [true, false]) {
      const r = await gql(url, IMPORT, { f: districtTemplate, dry }, t.haibowan);
      expect(r.errors).toBeUndefined();
      expect(r.data?.importSchoolList).toEqual({
        rows: 0,
        created: 0,
        saved: false,
        dryRun: dry,
        schools: [],
        errors: [
          {
            sheet: "学校名录",
            row: 2,
            column: null,
            cell: null,
            field: "contentBase64",
            message: "学校名录中没有学校数据：请从第 2 行起每行填写一所学校",
          },
        ],
      });
    }
    expect(await count(ids.d1)).toBe(before);
  });

  it("mentions lost leading zeros only for a number that would be a code with zeros prepended", async () => {
    const row = (code: number, name: string) => [
      code,
      name,
      "小学",
      "公办",
      null,
      null,
      "111",
      null,
      null,
      null,
    ];
    const file = await fromScratch(HEADERS, [
      row(150302207, "海勃湾区甲小学"), // 0150302207: one lost 0
      row(2150302, "海勃湾区乙小学"), // 0002150302 would begin 00: no 学校类别码 does
      row(15030220, "海勃湾区丙小学"), // 0015030220: likewise
    ]);
    const r = await gql(url, IMPORT, { f: file, dry: true }, t.haibowan);
    expect(
      r.data?.importSchoolList.errors.map((e: { cell: string; message: string }) => [e.cell, e.message]),
    ).toEqual([
      [
        "A2",
        "第 2 行：学校标识码“150302207”只有 9 位：以数字格式输入时开头的 0 会丢失，请将该列设为文本格式后按 10 位重新输入",
      ],
      ["A3", "第 3 行：学校标识码“2150302”应为 10 位数字"],
      ["A4", "第 4 行：学校标识码“15030220”应为 10 位数字"],
    ]);
  });

  it("offers no closed district: not in the drop-down, refused on a row and as the import's district", async () => {
    const [wuda] = await h.db
      .insert(districts)
      .values({ code: "150304", name: "乌达区", sortOrder: 3, closedOn: "2024-12-31" })
      .returning();
    const wb = await open((await gql(url, TEMPLATE, {}, t.city)).data?.schoolListTemplate.contentBase64);
    expect(dropDown(wb, "C2")).toEqual(["海勃湾区", "海南区"]);
    const row: Cells = {
      学校标识码: "2150307001",
      学校名称: "乌达区第一小学",
      所属区: "乌达区",
      学校类别: "小学",
      办学性质: "公办",
      城乡分类: "111",
    };
    const r = await gql(url, IMPORT, { f: await filled(cityTemplate, [row]) }, t.city);
    expect(r.data?.importSchoolList.errors).toEqual([
      {
        sheet: "学校名录",
        row: 2,
        column: "所属区",
        cell: "C2",
        field: "districtId",
        message: "第 2 行：所属区“乌达区”已撤销，不能再登记学校",
      },
    ]);
    const r2 = await gql(
      url,
      IMPORT,
      {
        d: wuda!.id,
        f: await filled(
          districtTemplate,
          [row].map(({ 所属区: _, ...x }) => x),
        ),
      },
      t.city,
    );
    expect(ext(r2)).toMatchObject({ code: "BAD_USER_INPUT", field: "districtId" });
    expect(r2.errors?.[0]?.message).toBe("乌达区已于 2024-12-31 撤销，不能再登记学校");
    expect(await count(wuda!.id)).toBe(0);
  });

  it("refuses a re-imported export row of a closed school", async () => {
    const file = await fromScratch(
      ["学校标识码", "学校名称", "学校类别", "办学性质", "城乡分类", "办学状态", "撤销日期"],
      [
        ["2150308001", "海勃湾区第八小学", "小学", "公办", "111", "已撤销", "2025-03-01"],
        ["2150308002", "海勃湾区第九小学", "小学", "公办", "111", null, "2025-03-01"],
        ["2150308003", "海勃湾区第十小学", "小学", "公办", "111", "在办", null],
      ],
    );
    const r = await gql(url, IMPORT, { f: file }, t.haibowan);
    expect(r.data?.importSchoolList).toMatchObject({ rows: 3, created: 0, saved: false });
    expect(
      r.data?.importSchoolList.errors.map((e: { cell: string; message: string }) => [e.cell, e.message]),
    ).toEqual([
      ["F2", "第 2 行：导入只登记在办学校，办学状态为“已撤销”的行请删除（撤销、合并请在机构管理中办理）"],
      ["G3", "第 3 行：导入只登记在办学校，填有撤销日期的行请删除（撤销、合并请在机构管理中办理）"],
    ]);
  });

  it("exports every school, open or closed, with 办学状态 and 撤销日期, printable", async () => {
    await h.db
      .update(schools)
      .set({ closedOn: "2025-03-01", closureReason: "生源不足" })
      .where(eq(schools.id, ids.k2));
    const r = await gql(url, EXPORT, {}, t.city);
    expect(r.errors).toBeUndefined();
    expect(r.data?.exportSchoolList.filename).toMatch(/^乌海市-学校名录-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = await open(r.data?.exportSchoolList.contentBase64);
    const ws = wb.getWorksheet("学校名录")!;
    const rows = sheetRows(ws);
    expect(rows[0]).toEqual([...CITY_HEADERS, "办学状态", "撤销日期"]);
    // 5 fixture schools + 12 + 2 + 2 imported; 海勃湾区 (16) first, then 海南区 (5), by code
    expect(rows).toHaveLength(1 + 21);
    expect(rows.slice(1).map((x) => x[2])).toEqual([
      ...Array(16).fill("海勃湾区"),
      ...Array(5).fill("海南区"),
    ]);
    expect(rows[1]).toEqual([
      "2150300001",
      "海勃湾区第一小学",
      "海勃湾区",
      "小学",
      "公办",
      "否",
      "否",
      "111 主城区",
      "否",
      "否",
      null,
      "在办",
      null,
    ]);
    expect(rows.find((x) => x[0] === "2150300005")).toEqual([
      "2150300005",
      "海南区第二幼儿园",
      "海南区",
      "幼儿园",
      "公办",
      "否",
      "否",
      "111 主城区",
      "否",
      "否",
      null,
      "已撤销",
      "2025-03-01",
    ]);
    expect(rows.find((x) => x[0] === "2150302112")).toEqual([
      "2150302112",
      "海勃湾区新区第12幼儿园",
      "海勃湾区",
      "幼儿园",
      "民办",
      "是",
      "否",
      "111 主城区",
      "否",
      "否",
      "2015-09-01",
      "在办",
      null,
    ]);
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, printTitlesRow: "1:1" });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });

    // a district: its own schools, no 所属区 column
    const d = await gql(url, EXPORT, {}, t.hainan);
    expect(d.data?.exportSchoolList.filename).toMatch(/^海南区-学校名录-/);
    const drows = sheetRows((await open(d.data?.exportSchoolList.contentBase64)).getWorksheet("学校名录")!);
    expect(drows[0]).toEqual([...HEADERS, "办学状态", "撤销日期"]);
    expect(drows.slice(1).map((x) => [x[0], x[10], x[11]])).toEqual([
      ["2150300004", "在办", null],
      ["2150300005", "已撤销", "2025-03-01"],
      ["2150303001", "在办", null],
      ["2150303002", "在办", null],
      ["2150304003", "在办", null],
    ]);
    // the city narrowed to one district
    const one = await gql(url, EXPORT, { d: ids.d2 }, t.city);
    expect(one.data?.exportSchoolList.filename).toMatch(/^海南区-学校名录-/);
    expect(
      sheetRows((await open(one.data?.exportSchoolList.contentBase64)).getWorksheet("学校名录")!),
    ).toHaveLength(6);
  });
});
