/**
 * The 指标总览 Excel counts the reports the page counts (tester FIXES-A 2: with 含已提交待审核的年报
 * on, the page and the file disagreed and the file did not say it counted approved reports only).
 * Through GraphQL on PGlite and PostgreSQL, over fixtures/balanceCity.ts: 乌达区 (D2) 2025 has
 * Q1 第一小学 (200 students, 5 多媒体教室, approved) and Q2 第二小学 (180 students, 4 rooms, report
 * only submitted). Each file's 本级值 and each school's 值 (rows other than C1–C7) equal
 * targetDashboard's with the same includeSubmitted, and some differ between the two files.
 */
import { testBackends } from "@edu2035/db/testing";
import { roundTo } from "@edu2035/domain";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BalanceCityApi, balanceCityApi } from "../../testing/balanceCityApi.ts";
import { gql } from "../../testing.ts";

const EXPORT = `query($u: OrgUnitInput!, $s: Boolean) {
  exportTargetDashboardExcel(unit: $u, schoolYear: 2025, includeSubmitted: $s) { filename contentBase64 } }`;
const DASHBOARD = `query($u: OrgUnitInput!, $s: Boolean) {
  targetDashboard(unit: $u, fromYear: 2025, toYear: 2025, includeSubmitted: $s) {
    children { id name } results { unit { id level } target { id } stage value } } }`;

interface Result {
  unit: { id: string; level: string };
  target: { id: string };
  stage: string | null;
  value: number | null;
}

describe.each(testBackends())("指标总览 Excel with submitted reports on $name", (backend) => {
  let env: BalanceCityApi<"wuda">;

  beforeAll(async () => {
    env = await balanceCityApi(backend, { logins: ["wuda"] });
  });
  afterAll(async () => {
    await env?.close();
  });

  /** 乌达区's answer to `query` (EXPORT or DASHBOARD) with includeSubmitted, asked as its account. */
  async function ofD2(query: string, includeSubmitted: boolean | undefined) {
    const r = await gql(
      env.url,
      query,
      { u: { level: "DISTRICT", id: env.ids.d2 }, s: includeSubmitted },
      env.tokens.wuda,
    );
    expect(r.errors).toBeUndefined();
    return r.data!;
  }

  /** The file's 指标总览 sheet, and its file name (the 统计口径 in it: tester m6). */
  async function sheet(includeSubmitted: boolean | undefined, filename?: RegExp) {
    const data = await ofD2(EXPORT, includeSubmitted);
    if (filename) expect(data.exportTargetDashboardExcel.filename).toMatch(filename);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(data.exportTargetDashboardExcel.contentBase64, "base64") as never);
    return wb.getWorksheet("指标总览") as ExcelJS.Worksheet;
  }

  /**
   * The file's values (编号 → 本级值 and each school's 值, rows other than C1–C7) against
   * targetDashboard's with the same includeSubmitted; returns them by target.
   */
  async function expectAsDashboard(ws: ExcelJS.Worksheet, includeSubmitted: boolean) {
    const { children, results } = (await ofD2(DASHBOARD, includeSubmitted)).targetDashboard as {
      children: { id: string }[];
      results: Result[];
    };
    const shown = (v: number | null) => (v === null ? null : roundTo(v, 2));
    const values = new Map<string, (number | null)[]>();
    for (let i = 5; i <= ws.rowCount; i++) {
      const row = ws.getRow(i);
      const id = String(row.getCell(1).value);
      if (id.startsWith("C")) continue;
      const of = (unitId: string, level: string) =>
        shown(
          results.find((x) => x.unit.level === level && x.unit.id === unitId && x.target.id === id)?.value ??
            null,
        );
      const file = [row.getCell(5).value, ...children.map((_, j) => row.getCell(10 + 2 * j).value ?? null)];
      expect(file, id).toEqual([of(env.ids.d2, "DISTRICT"), ...children.map((c) => of(c.id, "SCHOOL"))]);
      values.set(id, file as (number | null)[]);
    }
    expect(values.size).toBeGreaterThan(20);
    return values;
  }

  it("counts approved reports only by default, and says so on the data-date line", async () => {
    const ws = await sheet(undefined, /^乌达区-2025—2026学年-指标总览-\d{4}-\d{2}-\d{2}（预览）\.xlsx$/);
    expect(ws.getCell(1, 1).value).toBe("乌达区 2025—2026学年 教育现代化指标总览（预览，数据为暂定）");
    expect(String(ws.getCell(2, 1).value)).toMatch(
      /^数据日期：\d{4}-\d{2}-\d{2}；统计口径：仅统计已审核年报$/,
    );
    await expectAsDashboard(ws, false);
  });

  it("counts submitted reports as well with includeSubmitted, as the page, and says the figures are 暂定", async () => {
    // two downloads of the same year counted two ways: told apart by name
    const ws = await sheet(true, /^乌达区-2025—2026学年-指标总览-\d{4}-\d{2}-\d{2}（预览，含待审核）\.xlsx$/);
    expect(ws.getCell(1, 1).value).toBe(
      "乌达区 2025—2026学年 教育现代化指标总览（预览，含已提交待审核的年报，数据为暂定）",
    );
    expect(String(ws.getCell(2, 1).value)).toMatch(
      /^数据日期：\d{4}-\d{2}-\d{2}；统计口径：含已提交待审核的年报（审核前预览，数据为暂定）$/,
    );
    const submitted = await expectAsDashboard(ws, true);
    const approved = await expectAsDashboard(await sheet(false), false);
    // the report-based figures differ (Q2's report counted): the file follows the switch
    const changed = [...submitted.keys()].filter(
      (id) => JSON.stringify(submitted.get(id)) !== JSON.stringify(approved.get(id)),
    );
    expect(changed.length).toBeGreaterThan(0);
  });
});
