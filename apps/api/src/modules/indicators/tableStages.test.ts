/**
 * C1–C7 in the compact 指标总览 (targetDashboardTable) have a column per stage (tester FIXES-A 1:
 * only the 初中 result reached the table, so a 九年一贯制 school's failing 小学 read as 达标 — or
 * here, its 达标 小学 as 未达标). Through GraphQL as the district app asks, on PGlite and
 * PostgreSQL, over the hand-counted fixtures/balanceCity.ts (海勃湾区 D1, 2025), C3 (体育艺术专任
 * 教师数 per 100 students; standard 0.9 for both stages):
 * - N1 九年一贯制: 小学 3 PE/music/art teachers / 300 students × 100 = 1.0 (达标), 初中 1/200×100
 *   = 0.5 (未达标);
 * - P1 第一小学: 小学 5/500×100 = 1.0, no 初中 column value (a primary school: null);
 * - D1 itself: 小学 X̄ = (5 + 4 + 3 + 3)/(500 + 400 + 300 + 300)×100 = 1.0, 初中 N1 alone 0.5;
 * - K1 幼儿园: one result without a stage (不适用) in both columns.
 * Each column equals targetDashboard's result of that unit, target and stage; the 指标总览 Excel
 * has the same two C3 rows (本级值 and each school's 值 of that stage).
 */
import { testBackends } from "@edu2035/db/testing";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BalanceCityApi, balanceCityApi } from "../../testing/balanceCityApi.ts";
import { gql } from "../../testing.ts";

const TABLE = `query($u: OrgUnitInput!, $ids: [ID!]) {
  targetDashboardTable(unit: $u, fromYear: 2025, toYear: 2025, schoolYear: 2025, targetIds: $ids) {
    targetIds stages rows { unitId values statuses details { reasons } } texts } }`;

const DASHBOARD = `query($u: OrgUnitInput!, $ids: [ID!]) {
  targetDashboard(unit: $u, fromYear: 2025, toYear: 2025, targetIds: $ids) {
    results { unit { id } target { id } stage value status } } }`;

const EXPORT = `query($u: OrgUnitInput!) {
  exportTargetDashboardExcel(unit: $u, schoolYear: 2025) { contentBase64 } }`;

interface Row {
  unitId: string | null;
  values: (number | null)[];
  statuses: (string | null)[];
  details: { reasons: (number | null)[] };
}

describe.each(testBackends())("C1–C7 stage columns of targetDashboardTable on $name", (backend) => {
  let env: BalanceCityApi<"haibowan">;

  beforeAll(async () => {
    env = await balanceCityApi(backend, { logins: ["haibowan"] });
  });
  afterAll(async () => {
    await env?.close();
  });

  it("gives C3 a 小学 and a 初中 column, each unit's result of that stage in it", async () => {
    const u = { level: "DISTRICT", id: env.ids.d1 };
    const r = await gql(env.url, TABLE, { u, ids: ["A01", "C3"] }, env.tokens.haibowan);
    expect(r.errors).toBeUndefined();
    const t = r.data?.targetDashboardTable;
    expect(t.targetIds).toEqual(["A01", "C3", "C3"]);
    expect(t.stages).toEqual([null, "PRIMARY", "JUNIOR_SECONDARY"]);
    const row = (id: string) => t.rows.find((x: Row) => x.unitId === id) as Row;
    const n1 = row(env.ids.n1);
    expect(n1.values[1]).toBeCloseTo(1.0, 6);
    expect(n1.statuses[1]).toBe("MET");
    expect(n1.values[2]).toBeCloseTo(0.5, 6);
    expect(n1.statuses[2]).toBe("MISSED");
    const p1 = row(env.ids.p1);
    expect(p1.values[1]).toBeCloseTo(1.0, 6);
    expect(p1.statuses[1]).toBe("MET");
    expect([p1.values[2], p1.statuses[2]]).toEqual([null, null]);
    const d1 = row(env.ids.d1);
    expect(d1.values[1]).toBeCloseTo(1.0, 6);
    expect(d1.values[2]).toBeCloseTo(0.5, 6);
    // a kindergarten: one result without a stage, 不适用 with its reason, in both columns
    const k1 = row(env.ids.k1);
    expect(k1.statuses.slice(1)).toEqual(["NOT_APPLICABLE", "NOT_APPLICABLE"]);
    expect(t.texts[k1.details.reasons[1] as number]).toContain("不适用");
    expect(k1.details.reasons[2]).toBe(k1.details.reasons[1]);

    // the same figures as targetDashboard's per-stage results
    const d = await gql(env.url, DASHBOARD, { u, ids: ["C3"] }, env.tokens.haibowan);
    expect(d.errors).toBeUndefined();
    const results = d.data?.targetDashboard.results as {
      unit: { id: string };
      stage: string | null;
      value: number | null;
      status: string;
    }[];
    for (const x of results.filter((x) => x.stage)) {
      const col = x.stage === "PRIMARY" ? 1 : 2;
      const y = row(x.unit.id);
      expect([x.unit.id, x.stage, y.values[col], y.statuses[col]]).toEqual([
        x.unit.id,
        x.stage,
        x.value,
        x.status,
      ]);
    }
  });

  it("exports the same two C3 rows in the Excel, each unit's value of that stage", async () => {
    const r = await gql(env.url, EXPORT, { u: { level: "DISTRICT", id: env.ids.d1 } }, env.tokens.haibowan);
    expect(r.errors).toBeUndefined();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(r.data?.exportTargetDashboardExcel.contentBase64, "base64") as never);
    const ws = wb.getWorksheet("指标总览") as ExcelJS.Worksheet;
    const header = ws.getRow(3).values as unknown[];
    const col = (name: string) => header.indexOf(name);
    const c3 = [...Array(ws.rowCount).keys()]
      .map((i) => ws.getRow(i + 1))
      .filter((x) => x.getCell(1).value === "C3");
    expect(c3.map((x) => String(x.getCell(2).value).slice(-4))).toEqual(["（小学）", "（初中）"]);
    const at = (name: string) => c3.map((x) => [x.getCell(col(name)).value, x.getCell(col(name) + 1).value]);
    // 本级值 and 状态 of D1: 小学 1.0, 初中 0.5 (N1 alone, under the 0.9 standard)
    expect(c3.map((x) => x.getCell(5).value)).toEqual([1, 0.5]);
    expect(at("海勃湾区九年一贯制学校")).toEqual([
      [1, "达标"],
      [0.5, "未达标"],
    ]);
    expect(at("海勃湾区第一小学")).toEqual([
      [1, "达标"],
      [null, "不适用"],
    ]);
  });

  it("names no stage for a target without stages, and one column per stage a school has", async () => {
    const r = await gql(
      env.url,
      TABLE,
      { u: { level: "SCHOOL", id: env.ids.p1 }, ids: ["C3"] },
      env.tokens.haibowan,
    );
    expect(r.errors).toBeUndefined();
    const t = r.data?.targetDashboardTable;
    // the district's other schools have 初中, P1 alone has none: its own table has 小学 only
    expect(t.targetIds).toEqual(["C3"]);
    expect(t.stages).toEqual(["PRIMARY"]);
    expect(t.rows[0].values[0]).toBeCloseTo(1.0, 6);
  });
});
