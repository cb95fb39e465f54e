/**
 * 三支队伍统计 Excel through GraphQL over HTTP, on PGlite and (with DATABASE_URL) PostgreSQL: the
 * city's, a district's and a school's workbook read back with exceljs, every asserted cell worked
 * out by hand from fixtures/smallCity.ts (ages at 统计时点 2025-09-01; the fixture gives person n
 * the gender female for odd n and the birth date 1970+n-0(1+n%9)-15):
 *
 * 2025—2026 (not published: 预览), the staff on the roster at 统计时点 (丁六 retired on 1 September):
 * - P1 甲一…甲六 (n 1–6): 5 teachers (专任: 甲一–甲四) + 甲六 principal; 女 3 男 3; 本科 4
 *   (甲一 甲二 甲三 甲六) 专科 2; ages 54 53 52 51 50 → 50—54岁 5, 49 → 40—49岁 1.
 * - 海勃湾区 = P1 6 + K1 4 + V1 6 = 16: 教师 15 校长 1, 专任 4 + 4 + 6 = 14, 男 8 女 8,
 *   本科 4 + 1 + 6 = 11, 专科 2 + 3 = 5; coverage 3/3 所学校.
 * - 海南区 = N2 5 + K2 2 + 教研员 己一 = 8: 教师 7 教研员 1, 专任 7, 男 3 女 5 (n 17–21 F M F M F,
 *   23 F, 24 M, 25 F), 研究生 1 本科 3 (丁一 丁四 己一) 专科 4; coverage 2/2.
 * - 乌海市 合计 = 16 + 8 + the city's 教研员 庚一 (n 26, 男, 本科) = 25: 教师 22 校长 1 教研员 2,
 *   专任 21, 男 12 女 13, 研究生 1 本科 15 专科 9; coverage 5/5 所学校 — more than the rows' 24.
 * 2026—2027 (as in staffingCoverage.test.ts): P1 乙甲 乙乙 active; N2 only 丙甲, retired on
 * 2026-09-01 (not on the roster at the 统计时点); the
 * city's 教研员 丁甲; K2 closed 2026-08-31 → 海勃湾区 1/3 暂定 (2), 海南区 0/1 无名册 (0), 乌海市
 * 1/4 所学校 暂定 (3).
 */
import { people, schools, staff } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql } from "../../testing.ts";

const EXPORT = `query($u: OrgUnitInput!, $y: Int!) {
  exportStaffingSummaryExcel(unit: $u, schoolYear: $y) { filename contentType contentBase64 } }`;

type Ext = { code?: string; field?: string };
const ext = (r: { errors?: { extensions?: unknown }[] }) => (r.errors?.[0]?.extensions ?? {}) as Ext;

/** The header of row 4 (categories) by column, with row 3's name where row 4 is empty. */
const HEADER = [
  "单位",
  "名册覆盖",
  "数据状态",
  "总人数",
  "专任教师",
  "教师",
  "校长",
  "副校长",
  "教研员",
  "男",
  "女",
  "研究生",
  "本科",
  "专科",
  "高中及以下",
  "正高级",
  "高级",
  "一级",
  "二级",
  "三级",
  "未定级",
  "30岁以下",
  "30—39岁",
  "40—49岁",
  "50—54岁",
  "55岁及以上",
];

describe.each(testBackends())("三支队伍统计 Excel on $name", (backend) => {
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let t: Record<string, string>;

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, {
      async prepare(h, ids) {
        const person = async (name: string, birthDate: string) => {
          const [p] = await h.db.insert(people).values({ name, gender: "female", birthDate }).returning();
          return p!.id;
        };
        const base = { schoolYear: 2026, role: "teacher" as const, education: "bachelor" as const };
        await h.db.insert(staff).values([
          { ...base, personId: await person("乙甲", "1985-03-15"), schoolId: ids.p1, districtId: ids.d1 },
          { ...base, personId: await person("乙乙", "1990-05-15"), schoolId: ids.p1, districtId: ids.d1 },
          {
            ...base,
            personId: await person("丙甲", "1962-01-15"),
            schoolId: ids.n2,
            districtId: ids.d2,
            status: "retired",
            leftOn: "2026-09-01",
          },
          {
            ...base,
            personId: await person("丁甲", "1980-07-15"),
            schoolId: null,
            districtId: null,
            role: "researcher",
            fullTime: false,
          },
        ]);
        await h.db.update(schools).set({ closedOn: "2026-08-31" }).where(eq(schools.id, ids.k2));
      },
      logins: ["city", "haibowan", "p1"],
    });
    ({ ids, url, tokens: t } = smallCity);
  }, 120_000);
  afterAll(() => smallCity?.close());

  /** The workbook's sheet, with its file name; the header checked. */
  async function exportSheet(token: string, unit: Record<string, unknown>, y: number) {
    const r = await gql<{
      exportStaffingSummaryExcel: { filename: string; contentBase64: string; contentType: string };
    }>(url, EXPORT, { u: unit, y }, token);
    expect(r.errors).toBeUndefined();
    const file = r.data!.exportStaffingSummaryExcel;
    expect(file.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, "base64") as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("三支队伍统计")!;
    expect(ws).toBeDefined();
    const header = HEADER.map((_, i) => ws.getCell(4, i + 1).value ?? ws.getCell(3, i + 1).value);
    expect(header).toEqual(HEADER);
    expect([ws.getCell(3, 6).value, ws.getCell(3, 10).value, ws.getCell(3, 12).value]).toEqual([
      "岗位（人）",
      "性别（人）",
      "最高学历（人）",
    ]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1 });
    return { ws, filename: file.filename };
  }
  const row = (ws: ExcelJS.Worksheet, r: number) => HEADER.map((_, i) => ws.getCell(r, i + 1).value);
  const pick = (ws: ExcelJS.Worksheet, r: number, cols: string[]) =>
    Object.fromEntries(cols.map((c) => [c, ws.getCell(r, HEADER.indexOf(c) + 1).value]));

  it("exports the city's 三支队伍 by district, with each coverage and the city's 合计", async () => {
    const { ws, filename } = await exportSheet(t.city!, { level: "CITY" }, 2025);
    // 2025 is a 预览 (not published): the file name says so, as the 监测报告's
    expect(filename).toMatch(/^乌海市-2025—2026学年-三支队伍统计-\d{4}-\d{2}-\d{2}（预览）\.xlsx$/);
    expect(ws.getCell(1, 1).value).toBe("乌海市 2025—2026学年 三支队伍统计（预览，数据为暂定）");
    expect(ws.getCell(2, 1).value).toMatch(/^数据日期：\d{4}-\d{2}-\d{2}；名册覆盖：5\/5 所学校有名册$/);
    // 海勃湾区: 16 = 教师 15 + 校长 1; 专任 14; 男 8 女 8; 本科 11 专科 5; all 未定级
    expect(row(ws, 5).slice(0, 15)).toEqual([
      "海勃湾区",
      "3/3 所学校",
      "预览",
      16,
      14,
      15,
      1,
      0,
      0,
      8,
      8,
      0,
      11,
      5,
      0,
    ]);
    expect(pick(ws, 5, ["未定级", "正高级"])).toEqual({ 未定级: 16, 正高级: 0 });
    expect(row(ws, 6).slice(0, 15)).toEqual([
      "海南区",
      "2/2 所学校",
      "预览",
      8,
      7,
      7,
      0,
      0,
      1,
      3,
      5,
      1,
      3,
      4,
      0,
    ]);
    // the 合计 includes the city's own 教研员 庚一: 25, not 16 + 8
    expect(row(ws, 7).slice(0, 15)).toEqual([
      "合计（乌海市）",
      "5/5 所学校",
      "预览",
      25,
      21,
      22,
      1,
      0,
      2,
      12,
      13,
      1,
      15,
      9,
      0,
    ]);
    expect(ws.getRow(7).font?.bold).toBe(true);
    expect(String(ws.getCell(9, 1).value)).toMatch(/^注：人数为统计时点（9月1日）名册在岗人员/);
  }, 120_000);

  it("states 暂定 and 无名册 per row and in the title line when only part of the schools have a roster", async () => {
    const { ws } = await exportSheet(t.city!, { level: "CITY" }, 2026);
    expect(ws.getCell(2, 1).value).toMatch(/；名册覆盖：1\/4 所学校有名册（暂定）$/);
    expect(pick(ws, 5, ["单位", "名册覆盖", "数据状态", "总人数"])).toEqual({
      单位: "海勃湾区",
      名册覆盖: "1/3 所学校",
      数据状态: "暂定",
      总人数: 2,
    });
    expect(pick(ws, 6, ["单位", "名册覆盖", "数据状态", "总人数"])).toEqual({
      单位: "海南区",
      名册覆盖: "0/1 所学校",
      数据状态: "无名册",
      总人数: 0,
    });
    expect(pick(ws, 7, ["单位", "名册覆盖", "数据状态", "总人数", "教研员"])).toEqual({
      单位: "合计（乌海市）",
      名册覆盖: "1/4 所学校",
      数据状态: "暂定",
      总人数: 3,
      教研员: 1,
    });
  }, 120_000);

  it("exports a district's 三支队伍 by school", async () => {
    const { ws } = await exportSheet(t.haibowan!, { level: "DISTRICT", id: ids.d1 }, 2025);
    expect(ws.getCell(1, 1).value).toBe("海勃湾区 2025—2026学年 三支队伍统计（预览，数据为暂定）");
    expect([5, 6, 7, 8].map((r) => ws.getCell(r, 1).value)).toEqual([
      "海勃湾区第一小学",
      "海勃湾区第一幼儿园",
      "乌海市职业学校",
      "合计（海勃湾区）",
    ]);
    // P1: 教师 5 + 校长 1; 专任 4; 男 3 女 3; 本科 4 专科 2; 50—54岁 5, 40—49岁 1
    expect(row(ws, 5)).toEqual([
      "海勃湾区第一小学",
      "1/1 所学校",
      "预览",
      6,
      4,
      5,
      1,
      0,
      0,
      3,
      3,
      0,
      4,
      2,
      0,
      0,
      0,
      0,
      0,
      0,
      6,
      0,
      0,
      1,
      5,
      0,
    ]);
    expect(pick(ws, 8, ["名册覆盖", "总人数", "专任教师"])).toEqual({
      名册覆盖: "3/3 所学校",
      总人数: 16,
      专任教师: 14,
    });
  }, 120_000);

  it("exports a school's own row only", async () => {
    const { ws } = await exportSheet(t.p1!, { level: "SCHOOL", id: ids.p1 }, 2025);
    expect(ws.getCell(1, 1).value).toBe("海勃湾区第一小学 2025—2026学年 三支队伍统计（预览，数据为暂定）");
    expect(pick(ws, 5, ["单位", "名册覆盖", "总人数", "校长", "50—54岁"])).toEqual({
      单位: "海勃湾区第一小学",
      名册覆盖: "1/1 所学校",
      总人数: 6,
      校长: 1,
      "50—54岁": 5,
    });
    expect(ws.getCell(6, 1).value).toBeNull();
  }, 120_000);

  it("refuses a unit outside the scope (FORBIDDEN) and an impossible year (BAD_USER_INPUT)", async () => {
    const other = await gql(url, EXPORT, { u: { level: "DISTRICT", id: ids.d2 }, y: 2025 }, t.haibowan);
    expect(ext(other).code).toBe("FORBIDDEN");
    expect(other.data).toBeNull();
    const up = await gql(url, EXPORT, { u: { level: "DISTRICT", id: ids.d1 }, y: 2025 }, t.p1);
    expect(ext(up).code).toBe("FORBIDDEN");
    const sibling = await gql(url, EXPORT, { u: { level: "SCHOOL", id: ids.n2 }, y: 2025 }, t.p1);
    expect(ext(sibling).code).toBe("FORBIDDEN");
    const city = await gql(url, EXPORT, { u: { level: "CITY" }, y: 2025 }, t.haibowan);
    expect(ext(city).code).toBe("FORBIDDEN");
    const bad = await gql(url, EXPORT, { u: { level: "CITY" }, y: 1999 }, t.city);
    expect(ext(bad)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    const anon = await gql(url, EXPORT, { u: { level: "CITY" }, y: 2025 });
    expect(ext(anon).code).toBe("UNAUTHENTICATED");
  }, 120_000);

  it("states 已发布 v1 in the title and on every row once the year is published", async () => {
    const EXEMPT = `mutation($y: Int!, $s: [ID!]!, $r: String!) { exemptReports(schoolYear: $y, schoolIds: $s, reason: $r) { ready } }`;
    const PUBLISH = `mutation($y: Int!, $v: Int!) { publishSchoolYear(schoolYear: $y, version: $v) { year { state version } } }`;
    const ex = await gql(
      url,
      EXEMPT,
      { y: 2025, s: [ids.v1, ids.k1, ids.k2], r: "停办整顿，当年无在校生" },
      t.city,
    );
    expect(ex.errors).toBeUndefined();
    const pub = await gql(url, PUBLISH, { y: 2025, v: 0 }, t.city);
    expect(pub.data?.publishSchoolYear.year).toEqual({ state: "PUBLISHED", version: 1 });
    const { ws } = await exportSheet(t.haibowan!, { level: "DISTRICT", id: ids.d1 }, 2025);
    expect(ws.getCell(1, 1).value).toBe("海勃湾区 2025—2026学年 三支队伍统计（已发布 v1）");
    expect([5, 6, 7, 8].map((r) => ws.getCell(r, 3).value)).toEqual(Array(4).fill("已发布 v1"));
    expect(pick(ws, 8, ["总人数"])).toEqual({ 总人数: 16 });
  }, 180_000);
});
