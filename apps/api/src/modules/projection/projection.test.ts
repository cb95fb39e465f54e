/**
 * 学龄人口预测 through GraphQL over HTTP, once per role, on PGlite and (with DATABASE_URL)
 * PostgreSQL: births entered by the district, the projection of 乌达区 to 2035 (pupils, classes,
 * teachers and the gap in 2027 as worked by hand in fixtures/projectionDistrict.ts), a scenario
 * changing the result, scenarios' scope, and what is refused.
 */
import { auditLog, type DbHandle, districtBirths } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";

import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProjectionDistrict, type ProjectionDistrict } from "../../fixtures/projectionDistrict.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { openXlsx } from "../../testing/xlsx.ts";
import { gql, startApiOn } from "../../testing.ts";
import { PROJECTION_COLUMNS } from "./projectionExcel.ts";

const SAVE_BIRTHS = `mutation($d: ID!, $input: DistrictBirthsInput!) {
  saveDistrictBirths(districtId: $d, input: $input) { births { year births version } }
}`;
const BIRTHS = `query($d: ID!) { districtBirths(districtId: $d) { year births version } }`;
const PROJECTION = `query($d: ID, $s: ID) {
  projection(districtId: $d, scenarioId: $s) {
    district { name } unitName baseYear endYear method notes retirementRule
    scenario { name assumptions { summary } }
    coverage { partial statement rosterYear rosterSchools rosterSchoolsExpected teachersWithoutStage birthYears missingBirthYears
      years { schoolYear schools { name } missingSchools { name } } }
    rates { key label rate estimated yearsUsed overridden defaulted }
    births { year births projected }
    years { schoolYear projected a08Percent a07Percent
      a08Hold { required qualifiedHires plannedHires held } a07Hold { required }
      stages { stage stageLabel pupils classesNeeded classesHave classBalance
        grades { grade label pupils classesNeeded provisional }
        teachers { normNeed binding need supply gap surplus hires cumulativeHires retirements
          balance { indicatorId need supply gap surplus hires cumulativeHires } } } }
  }
}`;
const CREATE = `mutation($input: ProjectionScenarioInput!) {
  createProjectionScenario(input: $input) { scenario { id name district { name } version assumptions { birthTrendPercent seniorGrossEnrolmentRate transitionRates { key rate } summary } } }
}`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: ProjectionScenarioInput!) {
  updateProjectionScenario(id: $id, version: $v, input: $input) { scenario { id name version } }
}`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteProjectionScenario(id: $id, version: $v) { id } }`;
const LIST = `query($d: ID) { projectionScenarios(districtId: $d) { name district { name } } }`;

// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers read by path in the assertions
type Json = Record<string, any>;
const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  r.errors?.[0]?.extensions?.code;
/**
 * The API's clock, fixed: 2026-10-15 (Beijing) is in the 2026—2027 school year, so hires start in
 * 2026 and the latest birth year that may be entered is 2026, whatever the real date.
 */
const NOW = new Date("2026-10-15T12:00:00+08:00");

describe.each(testBackends())("projection on $name", (backend) => {
  let h: DbHandle;
  let smallCity: SmallCityApi;
  let ids: ProjectionDistrict;
  let d1: string;
  let url: string;
  const tokens = { city: "", wuda: "", haibowan: "", p1: "" };

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, {
      async prepare(h) {
        ids = await loadProjectionDistrict(h.db);
      },
      now: () => NOW,
      logins: ["city", "wuda", "haibowan", "p1"],
    });
    ({ handle: h, url } = smallCity);
    d1 = smallCity.ids.d1;
    Object.assign(tokens, smallCity.tokens);
    const saved = await gql(
      url,
      SAVE_BIRTHS,
      {
        d: ids.d3,
        input: {
          entries: [
            { year: 2018, births: 125 },
            { year: 2019, births: 100 },
            { year: 2020, births: 120 },
            { year: 2021, births: 100 },
          ],
        },
      },
      tokens.wuda,
    );
    expect(saved.errors).toBeUndefined();
  });
  afterAll(() => smallCity?.close());

  const project = async (token: string, d: string | null, s?: string) =>
    gql(url, PROJECTION, { d, s }, token);
  const stageOf = (p: Json, year: number) =>
    (p.years as Json[]).find((y) => y.schoolYear === year)?.stages.find((s: Json) => s.stage === "PRIMARY");

  describe("births (出生人口)", () => {
    it("the district entered its births; each write is audited", async () => {
      const r = await gql(url, BIRTHS, { d: ids.d3 }, tokens.city);
      expect(r.data?.districtBirths.map((b: Json) => [b.year, b.births, b.version])).toEqual([
        [2018, 125, 1],
        [2019, 100, 1],
        [2020, 120, 1],
        [2021, 100, 1],
      ]);
      const [n] = await h.db
        .select({ n: count() })
        .from(auditLog)
        .where(and(eq(auditLog.action, "district_births.save"), eq(auditLog.districtId, ids.d3)));
      expect(n?.n).toBe(4);
    });

    it("refuses a future year and an implausible count, naming the field; nothing written", async () => {
      // births of next year cannot be known (today by the API's clock, Beijing time: 2026)
      const next = 2027;
      const r = await gql(
        url,
        SAVE_BIRTHS,
        {
          d: ids.d3,
          input: {
            entries: [
              { year: 2017, births: 1_000_001 },
              { year: next, births: 90 },
            ],
          },
        },
        tokens.wuda,
      );
      expect(codeOf(r)).toBe("BAD_USER_INPUT");
      expect((r.errors?.[0]?.extensions as Json | undefined)?.issues).toEqual([
        {
          field: "entries.0.births",
          message: "出生人口超过1,000,000人，一个区一年的出生人口不可能这么多，请核对",
        },
      ]);
      const r2 = await gql(
        url,
        SAVE_BIRTHS,
        { d: ids.d3, input: { entries: [{ year: next, births: 90 }] } },
        tokens.wuda,
      );
      expect(r2.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "entries.0.year",
      });
      expect(r2.errors?.[0]?.message).toBe(
        `出生年份${next}晚于今年（${next - 1}年），未来年份的出生人口不能录入`,
      );
      const [n] = await h.db
        .select({ n: count() })
        .from(districtBirths)
        .where(and(eq(districtBirths.districtId, ids.d3), eq(districtBirths.year, next)));
      expect(n?.n).toBe(0);
    });

    it("refuses another district and a school; bad input names the field; a stale version writes nothing", async () => {
      expect(codeOf(await gql(url, BIRTHS, { d: ids.d3 }, tokens.haibowan))).toBe("FORBIDDEN");
      expect(codeOf(await gql(url, BIRTHS, { d: ids.d3 }, tokens.p1))).toBe("FORBIDDEN");
      const other = await gql(
        url,
        SAVE_BIRTHS,
        { d: ids.d3, input: { entries: [{ year: 2022, births: 1 }] } },
        tokens.haibowan,
      );
      expect(codeOf(other)).toBe("FORBIDDEN");
      const bad = await gql(
        url,
        SAVE_BIRTHS,
        {
          d: ids.d3,
          input: {
            entries: [
              { year: 2022, births: -5 },
              { year: 1980, births: 10 },
            ],
          },
        },
        tokens.wuda,
      );
      expect(codeOf(bad)).toBe("BAD_USER_INPUT");
      expect((bad.errors?.[0]?.extensions as Json | undefined)?.issues).toEqual([
        { field: "entries.0.births", message: "出生人口不能为负数" },
        { field: "entries.1.year", message: "出生年份须在1990—2100之间" },
      ]);
      // a new 2022 and a stale 2021: both refused together
      const stale = await gql(
        url,
        SAVE_BIRTHS,
        {
          d: ids.d3,
          input: {
            entries: [
              { year: 2022, births: 90 },
              { year: 2021, births: 99, version: 7 },
            ],
          },
        },
        tokens.city,
      );
      expect(codeOf(stale)).toBe("CONFLICT");
      const rows = await h.db.select().from(districtBirths).where(eq(districtBirths.districtId, ids.d3));
      expect(rows.map((r) => r.year).sort()).toEqual([2018, 2019, 2020, 2021]);
    });
  });

  describe("projection of 乌达区", () => {
    let p: Json;
    beforeAll(async () => {
      const r = await project(tokens.wuda, ids.d3);
      expect(r.errors).toBeUndefined();
      p = r.data?.projection;
    });

    it("starts from 2025 with the rates and the years they came from", () => {
      expect(p).toMatchObject({ unitName: "乌达区", baseYear: 2025, endYear: 2035, scenario: null });
      const rate = (k: string) => (p.rates as Json[]).find((r) => r.key === k);
      expect(rate("births-6>primary:1")?.rate).toBeCloseTo(0.85, 12);
      expect(rate("births-6>primary:1")?.yearsUsed).toEqual([2024, 2025]);
      expect(rate("primary:4>primary:5")).toMatchObject({ rate: 0.95, yearsUsed: [2025], overridden: false });
      // 小升初: 100 pupils in 六年级 2024, no 初一 in 2025 (no 初中 in 乌达区) → 0
      expect(rate("primary:6>junior_secondary:7")).toMatchObject({
        rate: 0,
        estimated: 0,
        yearsUsed: [2025],
      });
      expect(rate("junior_secondary:7>junior_secondary:8")).toMatchObject({
        rate: 0,
        defaulted: true,
        estimated: null,
      });
      expect(p.births.find((b: Json) => b.year === 2022)).toEqual({
        year: 2022,
        births: 100,
        projected: true,
      });
      expect(p.years.map((y: Json) => y.schoolYear)).toEqual(Array.from({ length: 12 }, (_, i) => 2024 + i));
      expect(p.retirementRule).toContain("女教师适用");
      expect(p.method.length).toBeGreaterThan(3);
    });

    it("states its coverage: 2024 and 2025, 1/1 school, roster 1/1", () => {
      expect(p.coverage).toMatchObject({
        partial: false,
        rosterYear: 2025,
        rosterSchools: 1,
        rosterSchoolsExpected: 1,
        teachersWithoutStage: 0,
        birthYears: [2018, 2019, 2020, 2021],
        missingBirthYears: [],
      });
      expect(p.coverage.years).toEqual([
        { schoolYear: 2024, schools: [{ name: "乌达区第一小学" }], missingSchools: [] },
        { schoolYear: 2025, schools: [{ name: "乌达区第一小学" }], missingSchools: [] },
      ]);
      expect(p.coverage.statement).toContain("数据完整");
    });

    it("2027: 558 pupils by grade, 16 classes needed of 17, 30 teachers needed of 3, 27 hired since 2025", () => {
      const s = stageOf(p, 2027);
      expect(s.grades.map((g: Json) => g.pupils)).toEqual([85, 101, 87, 97, 93, 95]);
      expect(s).toMatchObject({
        pupils: 558,
        classesNeeded: 16,
        classesHave: 17,
        classBalance: 1,
        stageLabel: "小学",
      });
      expect(s.teachers).toMatchObject({
        normNeed: 30,
        binding: "NORM",
        need: 30,
        supply: 3,
        gap: 27,
        surplus: -27,
        hires: 0,
        cumulativeHires: 27,
        retirements: 1,
      });
      expect(s.teachers.balance.find((b: Json) => b.indicatorId === "C3")).toEqual({
        indicatorId: "C3",
        need: 6,
        supply: 2,
        gap: 4,
        surplus: -4,
        hires: 0,
        cumulativeHires: 4,
      });
      const y2027 = p.years.find((y: Json) => y.schoolYear === 2027);
      // A08 line 2027 = 95 + (98 − 95) × 2/5 = 96.2; 本科 T4, T5 of 3 in post → ⌈(96.2 × 3 − 200) ÷ 3.8⌉
      // = ⌈88.6 ÷ 3.8 = 23.3⌉ = 24 qualified hires needed, 27 planned → held (29/30 = 96.67%)
      expect(y2027.a08Hold).toMatchObject({ qualifiedHires: 24, plannedHires: 27, held: true });
      expect(y2027.a08Hold.required).toBeCloseTo(96.2, 10);
      expect(y2027.a07Hold).toBeNull();
      // 2030 line 98: T3, T4, T5 in post (T3 retires 2032) → ⌈(98 × 3 − 200) ÷ 2⌉ = 47 needed; the need
      // plans fewer (pupils fall) → not held by hires alone, and a note says so
      const y2030 = p.years.find((y: Json) => y.schoolYear === 2030);
      expect(y2030.a08Hold).toMatchObject({ required: 98, qualifiedHires: 47, held: false });
      expect(y2030.a08Hold.plannedHires).toBeLessThan(47);
      expect(p.notes.find((n: string) => n.startsWith("A08义务教育专任教师中本科以上学历比例："))).toContain(
        "仅靠补充教师无法保持规划进度",
      );
      expect(y2027.a08Percent).toBeCloseTo((100 * 29) / 30, 10);
      expect(y2027.projected).toBe(true);
    });

    it("hires by year and supply after retirements (a woman teacher under the 55 → 58 rule)", async () => {
      expect([2025, 2026, 2027, 2028].map((y) => stageOf(p, y).teachers.supply)).toEqual([5, 4, 3, 3]);
      // the base year 2025 is actual: gap 31 − 5 = 26, no hire (A08 as 规划指标 reports it, 4/5 本科+);
      // hires start with the first year not over by the API's clock (NOW: 2026—2027) → 2026 hires
      // 27 (need 31 − supply 4), 2027 none (need 30 − supply 3 = 27)
      expect(stageOf(p, 2025).teachers).toMatchObject({ gap: 26, hires: 0, cumulativeHires: 0 });
      expect(p.years.find((y: Json) => y.schoolYear === 2025).a08Percent).toBe(80);
      expect([2026, 2027].map((y) => stageOf(p, y).teachers.hires)).toEqual([27, 0]);
      expect(stageOf(p, 2026).teachers).toMatchObject({ need: 31, supply: 4, cumulativeHires: 27 });
      expect(p.notes).toContain(
        "教师供给以2025—2026学年花名册为基准（最近一个已审核年报齐全的学年，与在校生的基准学年相同）；基准学年为实际数，不计补充，需补充教师从2026—2027学年起计（已过去的学年不再补充）。",
      );
      expect(stageOf(p, 2026).pupils).toBe(576);
      // the same data on a clock two years later (2028-10-01, 2028—2029学年): 2026 and 2027 are
      // over, no hires there; 2028: g1 = births 2022 (held at 100) × 0.85 = 85, g2 85 × 0.99 =
      // 84.15 → 84, g3 101 × 0.98 = 98.98 → 99, g4 87, g5 97 × 0.95 = 92.15 → 92, g6 93 → 540
      // pupils, need ⌈540 ÷ 19 = 28.42⌉ = 29, supply 3 → 26 hired in 2028
      const later = await startApiOn(h, { now: () => new Date("2028-10-01T12:00:00+08:00") });
      try {
        const q = (await gql(later.url, PROJECTION, { d: ids.d3 }, tokens.wuda)).data?.projection;
        expect([2026, 2027, 2028].map((y) => stageOf(q, y).teachers.cumulativeHires)).toEqual([0, 0, 26]);
        expect(stageOf(q, 2028)).toMatchObject({ pupils: 540, teachers: { need: 29, supply: 3, hires: 26 } });
        expect(q.notes.join("")).toContain("需补充教师从2028—2029学年起计");
      } finally {
        await later.stop();
      }
      expect(stageOf(p, 2024)).toMatchObject({ pupils: 600, classesHave: 18, teachers: null });
    });

    it("the city may read it; another district and a school may not", async () => {
      const city = await project(tokens.city, ids.d3);
      expect(stageOf(city.data?.projection, 2027).pupils).toBe(558);
      expect(codeOf(await project(tokens.haibowan, ids.d3))).toBe("FORBIDDEN");
      expect(codeOf(await project(tokens.p1, ids.d3))).toBe("FORBIDDEN");
      expect(codeOf(await project(tokens.wuda, null))).toBe("FORBIDDEN");
    });

    it("the city's projection runs on the city's totals and says births are missing", async () => {
      const r = await project(tokens.city, null);
      expect(r.errors).toBeUndefined();
      expect(r.data?.projection).toMatchObject({ unitName: expect.any(String), district: null });
      // 海勃湾区 and 海南区 entered no births: the city has none
      expect(r.data?.projection.coverage.birthYears).toEqual([]);
      expect(r.data?.projection.notes[0]).toBe("未录入出生人口：入学年级按基准年人数保持不变。");
    });

    it("a deleted birth year (2020) is named, its 一年级 held and marked 暂定; entering it again restores", async () => {
      const before = await gql(url, BIRTHS, { d: ids.d3 }, tokens.wuda);
      const v2020 = before.data?.districtBirths.find((b: Json) => b.year === 2020)?.version;
      const del = await gql(
        url,
        SAVE_BIRTHS,
        { d: ids.d3, input: { entries: [{ year: 2020, births: null, version: v2020 }] } },
        tokens.wuda,
      );
      expect(del.errors).toBeUndefined();
      const q = (await project(tokens.wuda, ids.d3)).data?.projection;
      // 2026 一年级 ← births 2020 missing → held at 2025's 90 (暂定); 二年级 90 × 0.99 = 89.1 → 89
      // 2027 一年级 = 100 × 0.85 = 85; 二年级 = 90 (held) × 0.99 → 89, carried: 暂定
      const grades = (y: number) => stageOf(q, y).grades.map((g: Json) => [g.pupils, g.provisional]);
      expect(grades(2026).slice(0, 2)).toEqual([
        [90, true],
        [89, false],
      ]);
      expect(grades(2027).slice(0, 3)).toEqual([
        [85, false],
        [89, true],
        [87, false],
      ]);
      expect(q.coverage).toMatchObject({
        partial: true,
        birthYears: [2018, 2019, 2021],
        missingBirthYears: [2020],
      });
      expect(q.coverage.statement).toContain(
        "出生人口 2018—2019、2021年；缺2020年出生人口（相关入学年级暂定）",
      );
      expect(q.coverage.statement).not.toContain("数据完整");
      expect(q.notes).toContain(
        "缺2020年出生人口（未录入）：2026—2027学年小学一年级按上一学年人数保持不变，该数字及由其推算的后续年级为暂定。",
      );
      const again = await gql(
        url,
        SAVE_BIRTHS,
        { d: ids.d3, input: { entries: [{ year: 2020, births: 120 }] } },
        tokens.wuda,
      );
      expect(again.errors).toBeUndefined();
      const back = (await project(tokens.wuda, ids.d3)).data?.projection;
      expect(back.coverage).toMatchObject({ partial: false, missingBirthYears: [] });
      expect(stageOf(back, 2026).grades[0]).toMatchObject({ pupils: 102, provisional: false });
    });
  });

  describe("Excel (导出Excel)", () => {
    const EXPORT = `query($d: ID, $s: ID) { exportProjectionExcel(districtId: $d, scenarioId: $s) { filename contentBase64 } }`;

    it("sheet 预测 holds 2027's 小学 row as projection answers it; refused out of scope", async () => {
      const r = await gql(url, EXPORT, { d: ids.d3 }, tokens.wuda);
      expect(r.errors).toBeUndefined();
      expect(r.data?.exportProjectionExcel.filename).toBe("乌达区学龄人口预测.xlsx");
      const wb = await openXlsx(r.data?.exportProjectionExcel.contentBase64);
      const ws = wb.getWorksheet("预测");
      expect(ws?.getRow(1).getCell(1).value).toBe("乌达区 学龄人口与教育资源需求预测（至2035年） · 基准");
      const rows: unknown[][] = [];
      ws?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      // the columns of sheet 预测 in order; one sign for every 余缺, as on screen: supply − need,
      // + 富余 / − 短缺 (班级 17 − 16 = +1, 教师 3 − 30 = −27, C3 2 − 6 = −4)
      const header = rows.find((x) => x[0] === "学年") as unknown[];
      expect(header).toEqual([...PROJECTION_COLUMNS]);
      expect([header[6], header[9], header[16]]).toEqual([
        "班级余缺（个，+富余/−短缺）",
        "教师余缺（人，+富余/−短缺）",
        "体育艺术教师余缺（C3）（人，+富余/−短缺）",
      ]);
      // 2027 小学: 累计补充 27; C1 (专科+ 4.2/100: ⌈23.4⌉ = 24 vs 3), C2 (⌈5.58⌉ = 6 vs 1) and C3
      // (6 vs 2) were all hired in the first hire year (need and supply as in 2026), so none in 2027;
      // A07 blank on a 小学 row; A08 29/30 = 96.666…% stored as shown, 96.7 (0.0)
      const r2027 = rows.find((x) => x[0] === "2027—2028学年") as unknown[];
      expect(r2027.slice(0, 17)).toEqual([
        "2027—2028学年",
        "预测",
        "小学",
        558,
        16,
        17,
        1,
        30,
        3,
        -27,
        0,
        27,
        1,
        0,
        0,
        0,
        -4,
      ]);
      expect(r2027[17] ?? null).toBeNull();
      expect(r2027[18]).toBe(96.7);
      // A08 against the hires planned, as a08Hold answers it: 2027 line 96.2, 24 本科+ needed, 27
      // planned → 可保持; 2030 line 98, 47 needed, fewer planned → 不能保持
      // 95 + (98 − 95) × 2/5 = 96.2 (floating 96.19999… stored as 96.2)
      expect(r2027[19]).toBe(96.2);
      expect(r2027.slice(20, 23)).toEqual([24, 27, "可保持"]);
      // the base year 2025 is actual (hires from 2026—2027): its 当年需补充 and C1–C3 read —（已过）,
      // and row 3 says why
      const r2025 = rows.find((x) => x[0] === "2025—2026学年" && x[2] === "小学") as unknown[];
      expect([r2025[10], r2025[13], r2025[14], r2025[15]]).toEqual([
        "—（已过）",
        "—（已过）",
        "—（已过）",
        "—（已过）",
      ]);
      expect(ws?.getRow(3).getCell(1).value).toBe(
        "当年需补充为“—（已过）”的学年为实际数（基准学年或已过去的学年），不计补充，其余缺不再补充；需补充教师从2026—2027学年起计。",
      );
      const r2030 = rows.find((x) => x[0] === "2030—2031学年") as unknown[];
      expect([r2030[19], r2030[20], r2030[22]]).toEqual([98, 47, "不能保持"]);
      const row2027 = ws?.getRows(1, ws.rowCount)?.find((x) => x.getCell(1).value === "2027—2028学年");
      expect(row2027?.getCell(19).numFmt).toBe("0.0");
      const rateRow = wb.getWorksheet("比率")?.getRow(2);
      expect(rateRow?.getCell(2).numFmt).toBe("0.00");
      // a rate is stored as shown, to 0.00
      const shown = rateRow?.getCell(2).value as number;
      expect(shown).toBe(Number(shown.toFixed(2)));
      expect(wb.worksheets.map((w) => w.name)).toEqual(["预测", "比率", "出生人口", "方法与覆盖"]);
      expect(codeOf(await gql(url, EXPORT, { d: ids.d3 }, tokens.haibowan))).toBe("FORBIDDEN");
    });
  });

  describe("scenarios (预测情景)", () => {
    it("a district scenario overriding two rates changes 2027 as worked by hand", async () => {
      const c = await gql(
        url,
        CREATE,
        {
          input: {
            districtId: ids.d3,
            name: "入学率0.9、一升二1.0",
            assumptions: {
              transitionRates: [
                { key: "births-6>primary:1", rate: 0.9 },
                { key: "primary:1>primary:2", rate: 1 },
              ],
            },
          },
        },
        tokens.wuda,
      );
      expect(c.errors).toBeUndefined();
      const sc = c.data?.createProjectionScenario.scenario;
      expect(sc).toMatchObject({ name: "入学率0.9、一升二1.0", district: { name: "乌达区" }, version: 1 });
      const r = await project(tokens.wuda, ids.d3, sc.id);
      const s = stageOf(r.data?.projection, 2027);
      expect(s.grades.map((g: Json) => g.pupils)).toEqual([90, 108, 88, 97, 93, 95]);
      expect(s).toMatchObject({ pupils: 571, classesNeeded: 16, classBalance: 1 });
      expect(s.teachers).toMatchObject({ need: 31, supply: 3, gap: 28 });
      expect(r.data?.projection.scenario.name).toBe("入学率0.9、一升二1.0");
      const rate = r.data?.projection.rates.find((x: Json) => x.key === "births-6>primary:1");
      expect(rate).toMatchObject({ rate: 0.9, overridden: true });
      expect(rate.estimated).toBeCloseTo(0.85, 12);
      // another district can neither see nor use it: its own projection with this scenario answers
      // as for a scenario that does not exist
      expect(codeOf(await project(tokens.haibowan, ids.d3, sc.id))).toBe("FORBIDDEN");
      const foreign = await project(tokens.haibowan, d1, sc.id);
      expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(foreign.errors?.[0]?.message).toBe("情景不存在或已删除");
      const list = await gql(url, LIST, {}, tokens.haibowan);
      expect(list.data?.projectionScenarios.map((x: Json) => x.name)).not.toContain("入学率0.9、一升二1.0");
      // used for another district's projection by the city: refused, naming the field
      const misuse = await gql(url, PROJECTION, { d: d1, s: sc.id }, tokens.city);
      expect(misuse.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "scenarioId" });
      expect(misuse.errors?.[0]?.message).toBe("该预测情景属于其他区，不能用于海勃湾区的预测");
    });

    it("a city scenario by the city only; every district may use it", async () => {
      const byDistrict = await gql(
        url,
        CREATE,
        { input: { name: "出生人口继续下降5%/年", assumptions: { birthTrendPercent: -5 } } },
        tokens.wuda,
      );
      expect(codeOf(byDistrict)).toBe("FORBIDDEN");
      const c = await gql(
        url,
        CREATE,
        {
          input: {
            name: "出生人口继续下降5%/年",
            assumptions: { birthTrendPercent: -5, seniorGrossEnrolmentRate: 98 },
          },
        },
        tokens.city,
      );
      const sc = c.data?.createProjectionScenario.scenario;
      expect(sc).toMatchObject({
        district: null,
        assumptions: {
          birthTrendPercent: -5,
          seniorGrossEnrolmentRate: 98,
          summary: "出生人口年变化 -5%；初中毕业生升学率 98%",
        },
      });
      const r = await project(tokens.wuda, ids.d3, sc.id);
      // births 2022 = 100 × 0.95 = 95, 2023 = 100 × 0.9025 = 90.25 → 90
      expect(r.data?.projection.births.filter((b: Json) => b.year >= 2022 && b.year <= 2023)).toEqual([
        { year: 2022, births: 95, projected: true },
        { year: 2023, births: 90, projected: true },
      ]);
      const list = await gql(url, LIST, { d: ids.d3 }, tokens.wuda);
      expect(list.data?.projectionScenarios.map((x: Json) => x.name)).toEqual([
        "出生人口继续下降5%/年",
        "入学率0.9、一升二1.0",
      ]);
      // a duplicate name in the same scope
      const dup = await gql(
        url,
        CREATE,
        { input: { name: "出生人口继续下降5%/年", assumptions: { birthTrendPercent: -5 } } },
        tokens.city,
      );
      expect(dup.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });
      // the same name in 全角 (５％／) with a zero-width space: still 同名 (NFKC, zero-width removed)
      const lookAlike = await gql(
        url,
        CREATE,
        { input: { name: "出生人口继续下降５％／年\u200B", assumptions: { birthTrendPercent: -5 } } },
        tokens.city,
      );
      expect(lookAlike.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "name",
      });
    });

    it("bad assumptions name the field; a stale version is a CONFLICT; delete", async () => {
      const bad = await gql(
        url,
        CREATE,
        {
          input: {
            districtId: ids.d3,
            name: "坏情景",
            assumptions: { birthTrendPercent: 80, transitionRates: [{ key: "primary:9>x", rate: 1 }] },
          },
        },
        tokens.wuda,
      );
      expect(codeOf(bad)).toBe("BAD_USER_INPUT");
      expect((bad.errors?.[0]?.extensions as Json | undefined)?.issues).toEqual([
        { field: "assumptions.birthTrendPercent", message: "出生人口年变化率（%/年）须在−50—50之间" },
        {
          field: "assumptions.transitionRates.0.key",
          message: "升级（升学）率覆盖：未知的转换“primary:9>x”",
        },
      ]);
      // the rates are a list: the entry is named by its index, the transition by its Chinese label
      const badRate = await gql(
        url,
        CREATE,
        {
          input: {
            districtId: ids.d3,
            name: "坏比率",
            assumptions: {
              transitionRates: [
                { key: "primary:2>primary:3", rate: 1 },
                { key: "primary:1>primary:2", rate: 5 },
                { key: "primary:2>primary:3", rate: 0.9 },
              ],
            },
          },
        },
        tokens.wuda,
      );
      expect((badRate.errors?.[0]?.extensions as Json | undefined)?.issues).toEqual([
        {
          field: "assumptions.transitionRates.2.key",
          message: "升级（升学）率覆盖：转换“小学二年级 → 小学三年级”重复",
        },
        {
          field: "assumptions.transitionRates.1.rate",
          message: "升级（升学）率覆盖“小学一年级 → 小学二年级”须在0—3之间",
        },
      ]);
      // a scenario that overrides nothing (e.g. 出生人口年变化率 typed as text, sent as null) is
      // refused, on create and on save: it would be the 基准 under another name
      for (const assumptions of [{}, { birthTrendPercent: null, transitionRates: [] }]) {
        const empty = await gql(
          url,
          CREATE,
          { input: { districtId: ids.d3, name: "出生人口继续下降5%/年（空）", assumptions } },
          tokens.wuda,
        );
        expect(empty.errors?.[0]?.extensions).toMatchObject({
          code: "BAD_USER_INPUT",
          field: "assumptions",
        });
        expect(empty.errors?.[0]?.message).toContain("预测情景须至少覆盖一项假设");
      }
      const c = await gql(
        url,
        CREATE,
        { input: { districtId: ids.d3, name: "临时", assumptions: { birthTrendPercent: 1 } } },
        tokens.wuda,
      );
      const emptied = await gql(
        url,
        UPDATE,
        { id: c.data?.createProjectionScenario.scenario.id, v: 1, input: { name: "临时", assumptions: {} } },
        tokens.wuda,
      );
      expect(emptied.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "assumptions",
      });
      const id = c.data?.createProjectionScenario.scenario.id;
      const u = await gql(
        url,
        UPDATE,
        { id, v: 1, input: { name: "临时2", assumptions: { birthTrendPercent: 2 } } },
        tokens.wuda,
      );
      expect(u.data?.updateProjectionScenario.scenario).toMatchObject({ name: "临时2", version: 2 });
      const stale = await gql(
        url,
        UPDATE,
        { id, v: 1, input: { name: "临时3", assumptions: { birthTrendPercent: 3 } } },
        tokens.city,
      );
      expect(codeOf(stale)).toBe("CONFLICT");
      // another district: as if it did not exist (never revealed)
      expect(codeOf(await gql(url, DELETE, { id, v: 2 }, tokens.haibowan))).toBe("NOT_FOUND");
      const d = await gql(url, DELETE, { id, v: 2 }, tokens.wuda);
      expect(d.data?.deleteProjectionScenario.id).toBe(id);
      // deleted: its own district gets NOT_FOUND "情景不存在或已删除" from every use
      const EXPORT = `query($d: ID, $s: ID) { exportProjectionExcel(districtId: $d, scenarioId: $s) { filename } }`;
      for (const r of [
        await project(tokens.wuda, ids.d3, id),
        await gql(url, EXPORT, { d: ids.d3, s: id }, tokens.wuda),
        await gql(url, DELETE, { id, v: 2 }, tokens.wuda),
        await gql(
          url,
          UPDATE,
          { id, v: 2, input: { name: "临时4", assumptions: { birthTrendPercent: 4 } } },
          tokens.wuda,
        ),
      ]) {
        expect(r.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
        expect(r.errors?.[0]?.message).toBe("情景不存在或已删除");
      }
      expect(codeOf(await gql(url, DELETE, { id, v: 2 }, tokens.p1))).toBe("FORBIDDEN");
      const [n] = await h.db.select({ n: count() }).from(auditLog).where(eq(auditLog.entityId, id));
      expect(n?.n).toBe(3);
    });
  });
});
