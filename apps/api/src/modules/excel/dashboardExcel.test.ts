/**
 * 指标总览 Excel through GraphQL over HTTP, on PGlite and (with DATABASE_URL) PostgreSQL: the
 * city's and a district's workbook read back with exceljs and compared, row by row, with the
 * same year's targetDashboard (value, 状态, 数据覆盖, 达成路径 of the unit and value, 状态 of every
 * child unit); the city's 达成路径 of A08 and B34 worked out by hand; the title row states
 * 已发布 vN or 预览; scope (a district for another district, a school:
 * FORBIDDEN). Fixture: fixtures/smallCity.ts (海勃湾区 P1 K1 V1, 海南区 N2 K2), year 2025.
 */
import type { DbHandle } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { roundTo } from "@edu2035/domain";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_PASSWORD, loadSmallCity, type SmallCity } from "../../fixtures/smallCity.ts";
import { gql, loginAs, startApiOn } from "../../testing.ts";

const EXPORT = `query($u: OrgUnitInput!, $y: Int!) {
  exportTargetDashboardExcel(unit: $u, schoolYear: $y) { filename contentType contentBase64 } }`;
const DASHBOARD = `query($u: OrgUnitInput!, $y: Int!) {
  targetDashboard(unit: $u, fromYear: $y, toYear: $y) {
    unit { name } children { id name }
    years { schoolYear final publishedVersion }
    results { target { id name unitLabel } unit { level id } stage value statusLabel coverage { label }
      provisional publishedVersion whatItTakes } } }`;

interface Result {
  target: { id: string; name: string; unitLabel: string };
  unit: { level: string; id: string | null };
  stage: "PRIMARY" | "JUNIOR_SECONDARY" | null;
  value: number | null;
  statusLabel: string;
  coverage: { label: string };
  provisional: boolean;
  publishedVersion: number | null;
  whatItTakes: string | null;
}
interface Dashboard {
  unit: { name: string };
  children: { id: string; name: string }[];
  years: { schoolYear: number; final: boolean; publishedVersion: number | null }[];
  results: Result[];
}

type Ext = { code?: string; field?: string };
const ext = (r: { errors?: { extensions?: unknown }[] }) => (r.errors?.[0]?.extensions ?? {}) as Ext;

async function open(base64: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("指标总览");
  if (!ws) throw new Error("no 指标总览 sheet");
  return ws;
}

const STAGE_LABEL = { PRIMARY: "小学", JUNIOR_SECONDARY: "初中" } as const;

/** A value as the file shows it: rounded to 2 decimals. */
const shown = (v: number | null) => (v === null ? null : roundTo(v, 2));
const text = (ws: ExcelJS.Worksheet, row: number, col: number) => {
  const v = ws.getCell(row, col).value;
  return v === null || v === undefined ? null : v;
};

describe.each(testBackends())("指标总览 Excel on $name", (backend) => {
  let h: DbHandle;
  let api: Awaited<ReturnType<typeof startApiOn>>;
  let ids: SmallCity;
  let url: string;
  const t = { city: "", haibowan: "", p1: "" };

  beforeAll(async () => {
    h = await backend.open();
    ids = await loadSmallCity(h.db);
    api = await startApiOn(h);
    url = api.url;
    t.city = await loginAs(url, "city", FIXTURE_PASSWORD, "CITY");
    t.haibowan = await loginAs(url, "haibowan", FIXTURE_PASSWORD, "DISTRICT");
    t.p1 = await loginAs(url, "p1", FIXTURE_PASSWORD, "SCHOOL");
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    await h?.close();
  });

  /** Export and dashboard of one unit, the workbook checked against the dashboard cell by cell. */
  async function check(unit: Record<string, unknown>, token: string) {
    const file = await gql(url, EXPORT, { u: unit, y: 2025 }, token);
    expect(file.errors).toBeUndefined();
    const dash = (await gql<{ targetDashboard: Dashboard }>(url, DASHBOARD, { u: unit, y: 2025 }, token))
      .data!.targetDashboard;
    const ws = await open(file.data!.exportTargetDashboardExcel.contentBase64);
    const year = dash.years.find((y) => y.schoolYear === 2025)!;
    const state = year.final ? `已发布 v${year.publishedVersion}` : "预览，数据为暂定";
    expect(text(ws, 1, 1)).toBe(`${dash.unit.name} 2025—2026学年 教育现代化指标总览（${state}）`);
    // a 预览 year's file says so in its name too, as the 监测报告's (tester finding F4)
    expect(file.data!.exportTargetDashboardExcel.filename).toMatch(
      new RegExp(
        `^${dash.unit.name}-2025—2026学年-指标总览-\\d{4}-\\d{2}-\\d{2}${year.final ? "" : "（预览）"}\\.xlsx$`,
      ),
    );
    // the 统计口径 stated (tester FIXES-A 2): approved reports only, as the page's default
    expect(String(text(ws, 2, 1))).toMatch(/^数据日期：\d{4}-\d{2}-\d{2}；统计口径：仅统计已审核年报$/);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => text(ws, 3, c))).toEqual([
      "编号",
      "指标",
      "单位",
      "目标值/里程碑",
      "本级值",
      "状态",
      "数据覆盖",
      "数据状态",
      "达成路径",
    ]);
    dash.children.forEach((c, i) => {
      expect(text(ws, 3, 10 + 2 * i)).toBe(c.name);
      expect([text(ws, 4, 10 + 2 * i), text(ws, 4, 11 + 2 * i)]).toEqual(["值", "状态"]);
    });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1 });

    const level = unit.level === "CITY" ? "CITY" : "DISTRICT";
    const own = dash.results.filter((r) => r.unit.level === level);
    expect(own.length).toBeGreaterThan(0);
    // a row per own result; a C1–C7 target once per stage any unit has a result of (小学 then
    // 初中: the on-screen table's columns), a result without a stage (the city's) in each
    const rows = own.flatMap((r): { r: Result; stage: Result["stage"] }[] => {
      if (r.stage) return [{ r, stage: r.stage }];
      const stages = (["PRIMARY", "JUNIOR_SECONDARY"] as const).filter((s) =>
        dash.results.some((x) => x.target.id === r.target.id && x.stage === s),
      );
      return stages.length ? stages.map((stage) => ({ r, stage })) : [{ r, stage: null }];
    });
    expect(ws.rowCount).toBe(4 + rows.length);
    rows.forEach(({ r, stage }, i) => {
      const row = 5 + i;
      expect(text(ws, row, 1)).toBe(r.target.id);
      expect(text(ws, row, 2)).toBe(stage ? `${r.target.name}（${STAGE_LABEL[stage]}）` : r.target.name);
      expect(text(ws, row, 3)).toBe(r.target.unitLabel);
      // as shown (2 decimals at most), in a format without a trailing point (tester finding F8)
      expect(text(ws, row, 5)).toBe(shown(r.value));
      if (r.value !== null) expect(ws.getCell(row, 5).numFmt).toMatch(/^0(\.0{1,2})?$/);
      expect(text(ws, row, 6)).toBe(r.statusLabel);
      expect(text(ws, row, 7)).toBe(r.coverage.label);
      const st =
        r.publishedVersion != null ? `已发布 v${r.publishedVersion}` : r.provisional ? "暂定" : "预览";
      expect(text(ws, row, 8)).toBe(st);
      expect(text(ws, row, 9)).toBe(r.whatItTakes);
      dash.children.forEach((c, j) => {
        const cr = dash.results.find(
          (x) => x.unit.id === c.id && x.target.id === r.target.id && (x.stage === stage || !x.stage),
        );
        expect(text(ws, row, 10 + 2 * j)).toBe(cr ? shown(cr.value) : null);
        expect(text(ws, row, 11 + 2 * j)).toBe(cr ? cr.statusLabel : "不适用");
      });
    });
    return { ws, dash, own };
  }

  it("exports the city's 指标总览: every target of the city, and 值 + 状态 per district", async () => {
    const { ws, dash, own } = await check({ level: "CITY" }, t.city);
    // 2025 is not published yet: the figures are measured now
    expect(ws.getCell(1, 1).value).toBe("乌海市 2025—2026学年 教育现代化指标总览（预览，数据为暂定）");
    expect(dash.children.map((c) => c.name)).toEqual(["海勃湾区", "海南区"]);
    // at least one value computed from the fixture's data, and its row in the file
    const valued = own.filter((r) => r.value !== null);
    expect(valued.length).toBeGreaterThan(0);
    const row = 5 + own.indexOf(valued[0]!);
    expect(ws.getCell(row, 5).value).toBe(shown(valued[0]!.value));
    // 达成路径 (issue 13) of the lagging roster targets, worked out as in indicators/whatItTakes.test.ts:
    // A08 6 of 9 本科+ (66.67%, 2025 ≥95% 未达标): 8.55 − 6 = 2.55 → all 3 below 本科; hires
    // (855 − 600)/5 = 51 > 0.2 × 9 → 51/9 = 567% of the staff
    const cell = (id: string) => {
      const row = [...Array(ws.rowCount).keys()].map((i) => i + 1).find((r) => text(ws, r, 1) === id);
      expect(row, id).toBeDefined();
      return ws.getCell(row as number, 9).value;
    };
    expect(cell("A08")).toBe(
      "按 2025 年目标值 95% 测算，需现有 3 名专科及以下学历专任教师全部完成本科学历提升；仅靠新增本科及以上学历专任教师需 51 人（相当于现有教师的 567%），不宜作为主要途径。",
    );
    // B34: no one trained in the fixture, 0 of 9 中小学专任教师, 2022 =100% 未达标 → all 9
    expect(cell("B34")).toBe(
      "按 2022 年目标值 100% 测算，需现有 9 名尚未完成心理健康培训的中小学专任教师全部完成心理健康培训。",
    );
    // a target from the annual reports has none (B11 体质健康)
    expect(cell("B11")).toBeNull();
    // every lagging roster target of the city has one, and no other row
    const roster = ["A07", "A08", "A09", "B08", "B33", "B34", "B35", "B43"];
    for (const r of own) {
      const lagging = r.statusLabel === "未达标" || r.statusLabel === "滞后于进度";
      expect(!!r.whatItTakes).toBe(lagging && roster.includes(r.target.id));
    }
  }, 120_000);

  it("exports a district's 指标总览 with one column group per school", async () => {
    const { dash } = await check({ level: "DISTRICT", id: ids.d1 }, t.haibowan);
    expect(dash.children.map((c) => c.id).sort()).toEqual([ids.p1, ids.k1, ids.v1].sort());
  }, 120_000);

  it("exports what a 学校类别 filter leaves on screen, and says the filter in the title and the date line", async () => {
    const FILTERED = `query($u: OrgUnitInput!, $y: Int!, $t: [SchoolType!]) {
      exportTargetDashboardExcel(unit: $u, schoolYear: $y, schoolTypes: $t) { filename contentBase64 } }`;
    const unit = { level: "DISTRICT", id: ids.d1 };
    // the types in another order than the catalogue's, one twice: named once each, 小学 first
    const file = await gql(
      url,
      FILTERED,
      { u: unit, y: 2025, t: ["SECONDARY_VOCATIONAL", "PRIMARY", "PRIMARY"] },
      t.haibowan,
    );
    expect(file.errors).toBeUndefined();
    const ws = await open(file.data!.exportTargetDashboardExcel.contentBase64);
    expect(text(ws, 1, 1)).toBe(
      "海勃湾区 2025—2026学年 教育现代化指标总览 · 学校类别：小学、中等职业学校（预览，数据为暂定）",
    );
    expect(String(text(ws, 2, 1))).toMatch(
      /^数据日期：\d{4}-\d{2}-\d{2}；学校类别：小学、中等职业学校（仅列出这些类别的学校；本级值为全区所有学校）；统计口径：仅统计已审核年报$/,
    );
    // P1 (小学) and V1 (中职) in code order; K1 (幼儿园) left out
    expect([text(ws, 3, 10), text(ws, 3, 12), text(ws, 3, 14)]).toEqual([
      "海勃湾区第一小学",
      "乌海市职业学校",
      null,
    ]);
    // the district's own values are of all its schools: the unfiltered file's, row by row
    const all = await open(
      (await gql(url, EXPORT, { u: unit, y: 2025 }, t.haibowan)).data!.exportTargetDashboardExcel
        .contentBase64,
    );
    expect(ws.rowCount).toBe(all.rowCount);
    const row = (sheet: ExcelJS.Worksheet, r: number, cols: number[]) => cols.map((c) => text(sheet, r, c));
    // unfiltered: P1 is the first group (10, 11), K1 the second, V1 the third (14, 15)
    for (let r = 5; r <= ws.rowCount; r++) {
      expect(row(ws, r, [1, 5, 6, 7]), `row ${r}`).toEqual(row(all, r, [1, 5, 6, 7]));
      expect(row(ws, r, [10, 11, 12, 13]), `row ${r}`).toEqual(row(all, r, [10, 11, 14, 15]));
    }
    // by hand (fixtures/smallCity.ts): A08 of 海勃湾区 3 of 4 = 75 (P1 alone), P1 75, V1 不适用
    const a08 = [...Array(ws.rowCount).keys()].map((i) => i + 1).find((r) => text(ws, r, 1) === "A08")!;
    expect(row(ws, a08, [5, 10, 13])).toEqual([75, 75, "不适用"]);
    // the city has no schools below it to filter
    const city = await gql(url, FILTERED, { u: { level: "CITY" }, y: 2025, t: ["PRIMARY"] }, t.city);
    expect(ext(city)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolTypes" });
  }, 120_000);

  it("refuses another district and a school (FORBIDDEN)", async () => {
    const other = await gql(url, EXPORT, { u: { level: "DISTRICT", id: ids.d2 }, y: 2025 }, t.haibowan);
    expect(ext(other).code).toBe("FORBIDDEN");
    const own = await gql(url, EXPORT, { u: { level: "SCHOOL", id: ids.p1 }, y: 2025 }, t.p1);
    expect(ext(own).code).toBe("FORBIDDEN");
    const district = await gql(url, EXPORT, { u: { level: "DISTRICT", id: ids.d1 }, y: 2025 }, t.p1);
    expect(ext(district).code).toBe("FORBIDDEN");
    const bad = await gql(url, EXPORT, { u: { level: "CITY" }, y: 1999 }, t.city);
    expect(ext(bad)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
  }, 120_000);

  it("states 已发布 v1 once the year is published, and reads the published figures", async () => {
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
    const { ws, own } = await check({ level: "CITY" }, t.city);
    expect(ws.getCell(1, 1).value).toBe("乌海市 2025—2026学年 教育现代化指标总览（已发布 v1）");
    expect(own.every((r) => r.publishedVersion === 1)).toBe(true);
    expect(ws.getCell(5, 8).value).toBe("已发布 v1");
    await check({ level: "DISTRICT", id: ids.d1 }, t.haibowan);
  }, 180_000);
});
