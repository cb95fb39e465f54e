/**
 * 优质均衡 Excel through GraphQL over HTTP, on PGlite and (with DATABASE_URL) PostgreSQL: the
 * city's and a district's workbook read back with exceljs; every asserted figure is worked out by
 * hand in fixtures/balanceCity.ts (2025—2026, not published: 预览):
 * - 海勃湾区 小学: P1 P2 P3 N1 assessed (4/4), 3 pass (P3's C6 1680 = 84% of 2000 fails),
 *   C2 差异系数 √374/28 = 0.69068 > 0.50 (超过限值), C3 0, C6 0.15897 → 未达到; 初中: N1 alone
 *   (1/1), C3 0.5 < 85% of 0.9 → 未达到, every 差异系数 0 ≤ 0.45.
 * - 乌达区 小学: Q1 assessed and passing, Q2's report only submitted → 1/2, 待评估; 初中 不适用.
 * - left out: 千里山教学点 (30 pupils), 特殊教育学校 (both stages), 乌达区第二小学 (待评估).
 * - 国家认定: none, until the register gets 海勃湾区's national certification of 2022.
 */
import { type DbHandle, registers } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BALANCE_PASSWORD, type BalanceCity, loadBalanceCity } from "../../fixtures/balanceCity.ts";
import { gql, loginAs, startApiOn } from "../../testing.ts";

const EXPORT = `query($y: Int!, $d: ID) {
  exportBalanceExcel(schoolYear: $y, districtId: $d) { filename contentType contentBase64 } }`;

type Ext = { code?: string; field?: string };
const ext = (r: { errors?: { extensions?: unknown }[] }) => (r.errors?.[0]?.extensions ?? {}) as Ext;

/** Column of indicator Ck's first cell (差异系数 or 值) in 差异系数 and 学校达标. */
const col = (k: number) => 5 + 2 * (k - 1);

describe.each(testBackends())("优质均衡 Excel on $name", (backend) => {
  let h: DbHandle;
  let api: Awaited<ReturnType<typeof startApiOn>>;
  let ids: BalanceCity;
  let url: string;
  const t: Record<string, string> = {};

  beforeAll(async () => {
    h = await backend.open();
    ids = await loadBalanceCity(h.db);
    api = await startApiOn(h);
    url = api.url;
    t.city = await loginAs(url, "city", BALANCE_PASSWORD, "CITY");
    t.haibowan = await loginAs(url, "haibowan", BALANCE_PASSWORD, "DISTRICT");
    t.p1 = await loginAs(url, "p1", BALANCE_PASSWORD, "SCHOOL");
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    await h?.close();
  });

  async function open(token: string, vars: { y: number; d?: string }) {
    const r = await gql<{ exportBalanceExcel: { filename: string; contentBase64: string } }>(
      url,
      EXPORT,
      vars,
      token,
    );
    expect(r.errors).toBeUndefined();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      Buffer.from(r.data!.exportBalanceExcel.contentBase64, "base64") as unknown as ArrayBuffer,
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "区结论",
      "差异系数",
      "学校达标（小学）",
      "学校达标（初中）",
      "未参评学校",
    ]);
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1 });
    }
    return { wb, filename: r.data!.exportBalanceExcel.filename };
  }
  const cells = (ws: ExcelJS.Worksheet, r: number, from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => ws.getCell(r, from + i).value);

  it("exports the city's districts: verdict, coverage and 国家认定 per district and stage", async () => {
    const { wb, filename } = await open(t.city!, { y: 2025 });
    // 2025 is a 预览 (not published): the file name says so, as the 监测报告's
    expect(filename).toMatch(/^乌海市-2025—2026学年-优质均衡-\d{4}-\d{2}-\d{2}（预览）\.xlsx$/);
    const ws = wb.getWorksheet("区结论")!;
    expect(ws.getCell(1, 1).value).toBe("乌海市 2025—2026学年 义务教育优质均衡资源配置（预览，数据为暂定）");
    expect(cells(ws, 3, 1, 9)).toEqual([
      "区",
      "学段",
      "监测测算",
      "评估覆盖",
      "达标学校",
      "结论说明",
      "全区监测测算",
      "国家认定",
      "说明",
    ]);
    expect(cells(ws, 4, 1, 5)).toEqual(["海勃湾区", "小学", "未达到", "4/4 所学校已评估", 3]);
    expect(String(ws.getCell(4, 6).value)).toMatch(/^小学未达到优质均衡资源配置要求：/);
    expect(cells(ws, 4, 7, 9)).toEqual(["未达到", "未认定", ""]);
    expect(cells(ws, 5, 1, 5)).toEqual(["海勃湾区", "初中", "未达到", "1/1 所学校已评估", 0]);
    expect(cells(ws, 6, 1, 8)).toEqual([
      "乌达区",
      "小学",
      "待评估",
      "1/2 所学校已评估",
      1,
      "待评估：1所学校年报尚未审核（乌达区第二小学），已评估的1所学校均达标，7项差异系数均未超过限值",
      "待评估",
      "未认定",
    ]);
    expect(cells(ws, 7, 1, 6)).toEqual([
      "乌达区",
      "初中",
      "不适用",
      "0/0 所学校已评估",
      0,
      "初中不适用：本区没有参加初中优质均衡评估的学校",
    ]);
    expect(ws.getCell(8, 1).value).toBeNull();
  }, 120_000);

  it("exports the seven 差异系数 per district and stage with the limit and a verdict each", async () => {
    const { wb } = await open(t.city!, { y: 2025 });
    const ws = wb.getWorksheet("差异系数")!;
    expect(cells(ws, 3, 1, 4)).toEqual(["区", "学段", "评估覆盖", "限值"]);
    expect(ws.getCell(3, col(2)).value).toBe("C2 每百名学生拥有县级以上骨干教师数");
    expect(cells(ws, 4, col(1), col(1) + 1)).toEqual(["差异系数", "判定"]);
    expect(ws.getCell(3, col(8)).value).toBe("监测测算");
    // 海勃湾区 小学
    expect(cells(ws, 5, 1, 4)).toEqual(["海勃湾区", "小学", "4/4 所学校已评估", 0.5]);
    expect(ws.getCell(5, col(2)).value as number).toBeCloseTo(Math.sqrt(374) / 28, 9);
    expect(ws.getCell(5, col(2) + 1).value).toBe("超过限值");
    expect(ws.getCell(5, col(3)).value as number).toBeCloseTo(0, 12);
    expect(ws.getCell(5, col(3) + 1).value).toBe("达到");
    // C6: S = √103 936, X̄ = 2028
    expect(ws.getCell(5, col(6)).value as number).toBeCloseTo(Math.sqrt(103_936) / 2028, 9);
    expect(ws.getCell(5, col(6) + 1).value).toBe("达到");
    expect(ws.getCell(5, col(8)).value).toBe("未达到");
    // 海勃湾区 初中: N1 alone, every 差异系数 0 against 0.45
    expect(cells(ws, 6, 1, 4)).toEqual(["海勃湾区", "初中", "1/1 所学校已评估", 0.45]);
    for (let k = 1; k <= 7; k++) {
      expect(cells(ws, 6, col(k), col(k) + 1)).toEqual([0, "达到"]);
    }
    // 乌达区 小学: Q1 alone → 0, 待评估; 初中: no school → no 差异系数
    expect(cells(ws, 7, col(1), col(1) + 1)).toEqual([0, "达到"]);
    expect(ws.getCell(7, col(8)).value).toBe("待评估");
    expect(ws.getCell(8, col(1)).value).toBeNull();
    expect(String(ws.getCell(8, col(1) + 1).value)).toMatch(/^无法计算/);
    expect(ws.getCell(8, col(8)).value).toBe("不适用");
  }, 120_000);

  it("exports each school's seven values against the stage's standard, and the schools left out", async () => {
    const { wb } = await open(t.city!, { y: 2025 });
    const primary = wb.getWorksheet("学校达标（小学）")!;
    expect(primary.getCell(3, col(1)).value).toBe("C1 每百名学生拥有高于规定学历教师数（标准≥4.2 人/百生）");
    expect(primary.getCell(3, col(6)).value).toBe("C6 生均教学仪器设备值（标准≥2000 元/生）");
    expect([5, 6, 7, 8, 9].map((r) => primary.getCell(r, 3).value)).toEqual([
      "海勃湾区第一小学",
      "海勃湾区第二小学",
      "海勃湾区第三小学",
      "海勃湾区九年一贯制学校",
      "乌达区第一小学",
    ]);
    // P1: 500 pupils; C1 25/5 = 5.0, C2 1.2, C3 1.0, C4 5.0, C5 8.0, C6 2200, C7 2.4 — all met
    expect(cells(primary, 5, 1, 4)).toEqual(["海勃湾区", "2150300001", "海勃湾区第一小学", 500]);
    const p1 = [5, 1.2, 1, 5, 8, 2200, 2.4];
    p1.forEach((v, k) => {
      expect(primary.getCell(5, col(k + 1)).value as number).toBeCloseTo(v, 9);
      expect(primary.getCell(5, col(k + 1) + 1).value).toBe("是");
    });
    expect(cells(primary, 5, col(8), col(8) + 1)).toEqual([7, "达标"]);
    // P3: C6 504 000/300 = 1680 (84%) → 6 met, 未达标
    expect(cells(primary, 7, col(6), col(6) + 1)).toEqual([1680, "否"]);
    expect(cells(primary, 7, col(8), col(8) + 1)).toEqual([6, "未达标"]);
    const junior = wb.getWorksheet("学校达标（初中）")!;
    expect(junior.getCell(3, col(1)).value).toBe("C1 每百名学生拥有高于规定学历教师数（标准≥5.3 人/百生）");
    // N1 junior: 200 pupils, C1 12/2 = 6.0, C3 1/2 = 0.5 (< 85% of 0.9)
    expect(cells(junior, 5, 1, 4)).toEqual(["海勃湾区", "2150300004", "海勃湾区九年一贯制学校", 200]);
    expect(cells(junior, 5, col(1), col(1) + 1)).toEqual([6, "是"]);
    expect(cells(junior, 5, col(3), col(3) + 1)).toEqual([0.5, "否"]);
    expect(cells(junior, 5, col(8), col(8) + 1)).toEqual([6, "未达标"]);
    expect(junior.getCell(6, 1).value).toBeNull();

    const out = wb.getWorksheet("未参评学校")!;
    expect(cells(out, 3, 1, 6)).toEqual(["区", "学段", "学校标识码", "学校", "原因", "影响结论"]);
    expect([4, 5, 6, 7, 8].map((r) => cells(out, r, 1, 6))).toEqual([
      ["海勃湾区", "小学", "2150300005", "海勃湾区千里山教学点", "不足50人的教学点（在校生30人）", "否"],
      ["海勃湾区", "小学", "2150300006", "海勃湾区特殊教育学校", "特殊教育学校，不参加校际均衡评估", "否"],
      ["海勃湾区", "初中", "2150300006", "海勃湾区特殊教育学校", "特殊教育学校，不参加校际均衡评估", "否"],
      ["乌达区", "小学", "2150400002", "乌达区第二小学", "该学年没有已审核的年报", "是（待评估）"],
      [null, null, null, null, null, null],
    ]);
  }, 120_000);

  it("exports a district its own district only; refuses another district and a school", async () => {
    const { wb, filename } = await open(t.haibowan!, { y: 2025 });
    expect(filename).toMatch(/^海勃湾区-2025—2026学年-优质均衡-\d{4}-\d{2}-\d{2}（预览）\.xlsx$/);
    const ws = wb.getWorksheet("区结论")!;
    expect(ws.getCell(1, 1).value).toBe(
      "海勃湾区 2025—2026学年 义务教育优质均衡资源配置（预览，数据为暂定）",
    );
    expect([4, 5, 6].map((r) => ws.getCell(r, 1).value)).toEqual(["海勃湾区", "海勃湾区", null]);
    const named = await open(t.haibowan!, { y: 2025, d: ids.d1 });
    expect(named.wb.getWorksheet("差异系数")!.getCell(5, 1).value).toBe("海勃湾区");
    // the city names one district
    const wuda = await open(t.city!, { y: 2025, d: ids.d2 });
    expect(wuda.wb.getWorksheet("区结论")!.getCell(1, 1).value).toMatch(/^乌达区 2025—2026学年/);

    const other = await gql(url, EXPORT, { y: 2025, d: ids.d2 }, t.haibowan);
    expect(ext(other).code).toBe("FORBIDDEN");
    expect(other.data).toBeNull();
    const school = await gql(url, EXPORT, { y: 2025 }, t.p1);
    expect(ext(school).code).toBe("FORBIDDEN");
    const schoolNamed = await gql(url, EXPORT, { y: 2025, d: ids.d1 }, t.p1);
    expect(ext(schoolNamed).code).toBe("FORBIDDEN");
    const bad = await gql(url, EXPORT, { y: 1999 }, t.city);
    expect(ext(bad)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    const anon = await gql(url, EXPORT, { y: 2025 });
    expect(ext(anon).code).toBe("UNAUTHENTICATED");
  }, 120_000);

  it("states the register's 国家认定 beside the 监测测算, with why they differ", async () => {
    await h.db.insert(registers).values({
      kind: "balance_certification",
      name: "海勃湾区通过国家义务教育优质均衡发展督导评估认定",
      districtId: ids.d1,
      level: "national",
      fromYear: 2022,
      notes: "国家督导评估认定",
    });
    const { wb } = await open(t.city!, { y: 2025 });
    const ws = wb.getWorksheet("区结论")!;
    expect(cells(ws, 4, 7, 8)).toEqual(["未达到", "国家认定（2022年）"]);
    expect(String(ws.getCell(4, 9).value)).toMatch(/^已通过国家认定（2022年），但本学年监测测算未达到：/);
    expect(cells(ws, 6, 7, 9)).toEqual(["待评估", "未认定", ""]);
  }, 120_000);
});
