/**
 * 数据报送情况 Excel through GraphQL over HTTP, on PGlite and (with DATABASE_URL) PostgreSQL: the
 * workbook read back with exceljs equals the reportCompleteness data query (counts per district
 * and school type, 合计, the missing and late schools), and the values worked out by hand; a
 * district exports its own only; a school cannot export. Fixture: fixtures/smallCity.ts, 2025
 * reports as in periods.test.ts:
 *
 *   海勃湾区 D1: P1 小学 approved 2025-10-01 (on time); K1 幼儿园 submitted first 2025-10-20 (late),
 *                again 2025-10-25 (the sheet shows the first);
 *                V1 中职 draft (added here; late: deadline passed, not submitted)
 *   海南区   D2: N2 九年一贯制 approved 2025-10-05 (on time); K2 幼儿园 no report (late)
 *
 * Deadline 2025-10-10 24:00 Beijing time. City: 应报 5, 未填报 1, 草稿 1, 已提交 1, 已退回 0,
 * 已审核 2, 逾期 3, 报送率 60%; D1 3/0/1/1/0/1/2 66.67%; D2 2/1/0/0/0/1/1 50%.
 */
import { schoolReports } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql } from "../../testing.ts";

const EXPORT = `query($y: Int!, $d: ID) { exportReportCompletenessExcel(schoolYear: $y, districtId: $d) {
  filename contentType contentBase64 } }`;
const SET = `mutation($y: Int!, $d: DateTime!) { setReportingPeriod(schoolYear: $y, deadline: $d) { period { version } } }`;
const COUNTS = `due notStarted draft submitted returned approved late submittedRate`;
const COMPLETENESS = `query($y: Int!, $d: ID) { reportCompleteness(schoolYear: $y, districtId: $d) {
  unit { name } total { ${COUNTS} }
  byDistrict { district { name } counts { ${COUNTS} } }
  bySchoolType { label counts { ${COUNTS} } }
  missing { school { code name } district { name } statusLabel late }
  lateSubmissions { school { code name } district { name } statusLabel submittedAt } } }`;
const DEADLINE = "2025-10-10T16:00:00.000Z";

type Counts = Record<string, number | null>;
type Ext = { code?: string };
const ext = (r: { errors?: { extensions?: unknown }[] }) => (r.errors?.[0]?.extensions ?? {}) as Ext;

async function open(base64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
  return wb;
}

/** The data rows of a sheet (below the title and header rows), cells as read back. */
function dataRows(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n > 2) out.push((row.values as unknown[]).slice(1));
  });
  return out;
}

/** A counts row as the sheet should have it, from the data query's counts. */
const expectedRow = (name: string, c: Counts) => [
  name,
  c.due,
  c.notStarted,
  c.draft,
  c.submitted,
  c.returned,
  c.approved,
  c.late,
  c.submittedRate === null ? "—" : `${c.submittedRate}%`,
];

/** "2025-10-20 09:00" Beijing time from an ISO instant. */
const beijing = (iso: string) =>
  new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ");

describe.each(testBackends())("数据报送情况 Excel on $name", (backend) => {
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let t: Record<string, string>;

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, {
      async prepare(h, ids) {
        const at = (schoolId: string, iso: string) =>
          h.db
            .update(schoolReports)
            .set({ submittedAt: new Date(iso) })
            .where(and(eq(schoolReports.schoolId, schoolId), eq(schoolReports.schoolYear, 2025)));
        await at(ids.p1, "2025-10-01T10:00:00+08:00");
        // K1 first submitted on 10-20 (late), returned and submitted again on 10-25
        await h.db
          .update(schoolReports)
          .set({
            firstSubmittedAt: new Date("2025-10-20T09:00:00+08:00"),
            submittedAt: new Date("2025-10-25T14:30:00+08:00"),
          })
          .where(and(eq(schoolReports.schoolId, ids.k1), eq(schoolReports.schoolYear, 2025)));
        await at(ids.n2, "2025-10-05T15:00:00+08:00");
        await h.db.insert(schoolReports).values({ schoolId: ids.v1, schoolYear: 2025, status: "draft" });
      },
      logins: ["city", "haibowan", "hainan", "p1"],
    });
    ({ ids, url, tokens: t } = smallCity);
    const set = await gql(url, SET, { y: 2025, d: DEADLINE }, t.city);
    expect(set.errors).toBeUndefined();
  }, 120_000);
  afterAll(() => smallCity?.close());

  it("exports the city's 数据报送情况: 按区, 按学校类别, 未报送学校, 逾期报送 as the data query counts them", async () => {
    const [file, data] = await Promise.all([
      gql(url, EXPORT, { y: 2025 }, t.city),
      gql(url, COMPLETENESS, { y: 2025 }, t.city),
    ]);
    expect(file.errors).toBeUndefined();
    const f = file.data?.exportReportCompletenessExcel;
    expect(f.filename).toMatch(/^乌海市-2025—2026学年-数据报送情况-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(f.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const c = data.data?.reportCompleteness;
    const wb = await open(f.contentBase64);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["按区", "按学校类别", "未报送学校", "逾期报送"]);

    const byDistrict = wb.getWorksheet("按区")!;
    expect(String(byDistrict.getCell("A1").value)).toMatch(
      /^乌海市 2025—2026学年 数据报送情况（截止时间：2025-10-11 00:00；数据日期：\d{4}-\d{2}-\d{2}）$/,
    );
    expect((byDistrict.getRow(2).values as unknown[]).slice(1)).toEqual([
      "区",
      "应报",
      "未填报",
      "草稿",
      "已提交",
      "已退回",
      "已审核",
      "逾期",
      "报送率",
    ]);
    expect(byDistrict.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(byDistrict.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1 });
    // by hand, then the same as the data query
    expect(dataRows(byDistrict)).toEqual([
      ["海勃湾区", 3, 0, 1, 1, 0, 1, 2, "66.67%"],
      ["海南区", 2, 1, 0, 0, 0, 1, 1, "50%"],
      ["合计", 5, 1, 1, 1, 0, 2, 3, "60%"],
    ]);
    expect(dataRows(byDistrict)).toEqual([
      ...c.byDistrict.map((d: { district: { name: string }; counts: Counts }) =>
        expectedRow(d.district.name, d.counts),
      ),
      expectedRow("合计", c.total),
    ]);

    const byType = wb.getWorksheet("按学校类别")!;
    expect(dataRows(byType)).toEqual([
      ...c.bySchoolType.map((x: { label: string; counts: Counts }) => expectedRow(x.label, x.counts)),
      expectedRow("合计", c.total),
    ]);
    const kindergarten = dataRows(byType).find((r) => r[0] === "幼儿园");
    expect(kindergarten).toEqual(["幼儿园", 2, 1, 0, 1, 0, 0, 2, "50%"]);

    const missing = dataRows(wb.getWorksheet("未报送学校")!);
    expect(missing.map((r) => [r[0], r[3], r[4]])).toEqual([
      ["海勃湾区", "草稿", "是"],
      ["海南区", "未填报", "是"],
    ]);
    expect(missing).toEqual(
      c.missing.map(
        (e: {
          district: { name: string };
          school: { code: string; name: string };
          statusLabel: string;
          late: boolean;
        }) => [e.district.name, e.school.code, e.school.name, e.statusLabel, e.late ? "是" : "否"],
      ),
    );

    const late = dataRows(wb.getWorksheet("逾期报送")!);
    expect(late).toHaveLength(1);
    expect(late[0]).toEqual([
      "海勃湾区",
      c.lateSubmissions[0].school.code,
      c.lateSubmissions[0].school.name,
      "已提交",
      "2025-10-20 09:00",
      "2025-10-11 00:00",
    ]);
    // the data query's submittedAt is the last submission; the sheet states the first one
    expect(beijing(c.lateSubmissions[0].submittedAt)).toBe("2025-10-25 14:30");
  }, 60_000);

  it("lets a district export its own district only, the city any district, a school none", async () => {
    const own = await gql(url, EXPORT, { y: 2025 }, t.hainan);
    expect(own.errors).toBeUndefined();
    const wb = await open(own.data?.exportReportCompletenessExcel.contentBase64);
    expect(dataRows(wb.getWorksheet("按区")!)).toEqual([
      ["海南区", 2, 1, 0, 0, 0, 1, 1, "50%"],
      ["合计", 2, 1, 0, 0, 0, 1, 1, "50%"],
    ]);
    expect(own.data?.exportReportCompletenessExcel.filename).toMatch(/^海南区-2025—2026学年-数据报送情况-/);
    const forCity = await gql(url, EXPORT, { y: 2025, d: ids.d1 }, t.city);
    expect(forCity.errors).toBeUndefined();
    const d1 = await open(forCity.data?.exportReportCompletenessExcel.contentBase64);
    expect(dataRows(d1.getWorksheet("按区")!)[0]).toEqual(["海勃湾区", 3, 0, 1, 1, 0, 1, 2, "66.67%"]);

    const other = await gql(url, EXPORT, { y: 2025, d: ids.d1 }, t.hainan);
    expect(ext(other).code).toBe("FORBIDDEN");
    expect(other.data?.exportReportCompletenessExcel ?? null).toBeNull();
    for (const d of [undefined, ids.d1]) {
      const school = await gql(url, EXPORT, { y: 2025, d }, t.p1);
      expect(ext(school).code).toBe("FORBIDDEN");
    }
    const bad = await gql(url, EXPORT, { y: 1800 }, t.city);
    expect(ext(bad).code).toBe("BAD_USER_INPUT");
  }, 60_000);
});
