/**
 * One coverage rule for every target (issue 10), over the Wuhai demo data, through GraphQL as
 * the apps ask, on PGlite and (with DATABASE_URL) PostgreSQL. Expected figures worked out by SQL
 * over the demo database (default seed), written beside each assertion:
 * - 2025—2026: 51 中小学 open at 1 September (小学 25, 初中 10, 九年一贯制 8, 完全中学 3, 高中 5);
 *   34 of their 2025 reports approved (all 34 say yes to 体育卫生条件), 10 submitted, 3 returned,
 *   4 draft — every one of the 51 says yes. 78 幼儿园, 62 with an approved 2025 report, their
 *   在园幼儿 9,978; 3—5岁常住人口 2025: 乌达区 3,519 + 海勃湾区 6,823 + 海南区 2,279 = 12,621.
 * - 2024—2025: all 135 reports approved (51 中小学, all yes to 体育卫生条件).
 * - 三支队伍 2025: all 46 schools with compulsory grades have a roster; A08 2,780 of 2,948.
 * - 优质均衡 海勃湾区 2025: 小学 stage 16 schools (小学 13, 九年一贯制 3), 9 + 2 = 11 approved; 初中
 *   stage 9 (初中 5, 九年一贯制 3, 完全中学 1), 2 + 2 + 1 = 5 approved.
 * - 一般公共预算教育支出 2025 (元): 海勃湾区 1,152,585,213, 海南区 485,928,924, 乌达区
 *   561,334,798, 市本级 98,597,033.
 */
import type { DbHandle } from "@edu2035/db";
import { DEMO_PASSWORD } from "@edu2035/db/demo";
import { testBackends } from "@edu2035/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gql, loginAs, startApiOn } from "../../testing.ts";

const RESULTS = `query($unit: OrgUnitInput!, $y: Int!, $ids: [ID!], $sub: Boolean) {
  targetResults(unit: $unit, schoolYear: $y, targetIds: $ids, includeSubmitted: $sub) {
    target { id } value numerator denominator unitsIncluded unitsMissing reason status statusLabel provisional
    coverage { reported expected complete label }
  }
}`;

type Result = {
  target: { id: string };
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  unitsIncluded: number;
  unitsMissing: number;
  reason: string | null;
  status: string;
  statusLabel: string;
  provisional: boolean;
  coverage: { reported: number; expected: number; complete: boolean; label: string };
};

describe.each(testBackends())("coverage of every target over the demo data on $name", (backend) => {
  let h: DbHandle;
  let api: Awaited<ReturnType<typeof startApiOn>>;
  let token: string;
  let hainan: string;
  let haibowan: string;
  let kindergarten: string;
  let schoolIds: Map<string, string>;
  const results = async (
    unit: { level: string; id?: string },
    y: number,
    ids: string[],
    sub = false,
  ): Promise<Record<string, Result>> => {
    const r = await gql(api.url, RESULTS, { unit, y, ids, sub }, token);
    expect(r.errors).toBeUndefined();
    return Object.fromEntries(((r.data?.targetResults ?? []) as Result[]).map((x) => [x.target.id, x]));
  };

  beforeAll(async () => {
    h = await backend.openDemo();
    api = await startApiOn(h);
    token = await loginAs(api.url, "city", DEMO_PASSWORD, "CITY");
    const units = await gql(api.url, `{ districts { id name } schools { id name } }`, {}, token);
    hainan = units.data?.districts.find((d: { name: string }) => d.name === "海南区").id;
    haibowan = units.data?.districts.find((d: { name: string }) => d.name === "海勃湾区").id;
    kindergarten = units.data?.schools.find((s: { name: string }) => s.name === "海南区第一幼儿园").id;
    schoolIds = new Map(units.data?.schools.map((s: { id: string; name: string }) => [s.name, s.id]));
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    await h?.close();
  });

  it("shows the city's 2025 B06 from the 34 approved reports as 暂定, 数据不全 — not 100% 达标", async () => {
    const city = await results({ level: "CITY" }, 2025, ["B06", "B07", "B10", "A08"]);
    // 34 yes of 34 approved 中小学 reports = 100%, over 51 expected
    expect(city.B06).toMatchObject({
      value: 100,
      numerator: 34,
      denominator: 34,
      unitsIncluded: 34,
      unitsMissing: 17,
      status: "INCOMPLETE",
      statusLabel: "数据不全",
      provisional: true,
      coverage: { reported: 34, expected: 51, complete: false, label: "34/51 所学校" },
    });
    expect(city.B06!.reason).toBe("暂定：34/51 所学校有数据，数据齐全前不判定是否达标");
    expect(city.B07).toMatchObject({ status: "INCOMPLETE", provisional: true });
    expect(city.B10).toMatchObject({ status: "INCOMPLETE", provisional: true });
    // the roster is complete (46/46): A08 2864/3039 = 94.24% is judged, below ≥95 due in 2025.
    // The staff on the roster at 1 September 2025 (issue 16): the 2948 on duty now (2780 本科+)
    // and 91 who left during 2025—2026 after that day (84 本科+)
    expect(city.A08).toMatchObject({
      numerator: 2864,
      denominator: 3039,
      status: "MISSED",
      provisional: false,
      coverage: { reported: 46, expected: 46, complete: true, label: "46/46 所学校" },
    });
    expect(city.A08!.value).toBeCloseTo(94.2415, 3);
    // with the submitted reports as a preview: 44 of 51, still 暂定
    const preview = await results({ level: "CITY" }, 2025, ["B06"], true);
    expect(preview.B06).toMatchObject({
      value: 100,
      status: "INCOMPLETE",
      coverage: { label: "44/51 所学校" },
    });
  });

  it("computes A01 2025 from the approved 幼儿园 reports instead of refusing: a value, 数据不全", async () => {
    const city = await results({ level: "CITY" }, 2025, ["A01"]);
    // 9,978 在园幼儿 (62 approved of 78 幼儿园) ÷ 12,621 × 100 = 79.0587…%
    expect(city.A01).toMatchObject({
      numerator: 9978,
      denominator: 12621,
      status: "INCOMPLETE",
      provisional: true,
      coverage: { reported: 62, expected: 78, label: "62/78 所学校" },
    });
    expect(city.A01!.value).toBeCloseTo((9978 * 100) / 12621, 6);
  });

  it("reads 不适用 for a kindergarten's 中小学 targets, on its own page and in its district's 指标总览", async () => {
    const own = await results({ level: "SCHOOL", id: kindergarten }, 2025, ["B06", "B11", "A08", "B17"]);
    // B17 (大班额) counts 中小学 classes only (domain population.ts, 国发〔2016〕40号; issue 16)
    for (const id of ["B06", "B11", "A08", "B17"]) {
      expect(own[id], id).toMatchObject({
        value: null,
        status: "NOT_APPLICABLE",
        statusLabel: "不适用",
        provisional: false,
        coverage: { reported: 0, expected: 0, complete: false, label: "0/0 所学校" },
      });
    }
    const dash = await gql(
      api.url,
      `query($u: OrgUnitInput!) { targetDashboard(unit: $u, fromYear: 2025, toYear: 2025, targetIds: ["B06"]) {
        results { unit { id name } status coverage { label } } } }`,
      { u: { level: "DISTRICT", id: hainan } },
      token,
    );
    expect(dash.errors).toBeUndefined();
    const rows = dash.data?.targetDashboard.results as {
      unit: { id: string; name: string };
      status: string;
    }[];
    const kindergartens = rows.filter((r) => r.unit.name.endsWith("幼儿园"));
    expect(kindergartens).toHaveLength(14);
    for (const r of kindergartens) expect(r.status, r.unit.name).toBe("NOT_APPLICABLE");
    // 海南区: 9 of its 12 中小学 approved
    expect(rows.find((r) => r.unit.id === hainan)).toMatchObject({
      status: "INCOMPLETE",
      coverage: { label: "9/12 所学校" },
    });
  });

  it("reads B14 (足球课) 不适用 for a school whose report says it is not a 国家级足球特色学校", async () => {
    const unit = (name: string) => ({ level: "SCHOOL", id: schoolIds.get(name) });
    // 海南区第二小学's approved 2025 report: not a feature school → 0/0; 海南区第二中学: one → 1/1
    const notFeature = await results(unit("海南区第二小学"), 2025, ["B14"]);
    expect(notFeature.B14).toMatchObject({
      value: null,
      status: "NOT_APPLICABLE",
      coverage: { label: "0/0 所学校" },
    });
    const feature = await results(unit("海南区第二中学"), 2025, ["B14"]);
    expect(feature.B14).toMatchObject({
      coverage: { label: "1/1 所学校", complete: true },
      provisional: false,
    });
    // the city in 2024: 17 feature schools, all 17 with ≥2 football lessons a week
    const city = await results({ level: "CITY" }, 2024, ["B14"]);
    expect(city.B14).toMatchObject({
      value: 100,
      numerator: 17,
      denominator: 17,
      coverage: { label: "17/17 所学校" },
    });
  });

  it("reads a complete year (2024: every report approved) against the milestone, as before", async () => {
    const city = await results({ level: "CITY" }, 2024, ["B06"]);
    // 51 of 51 = 100%, the 2022 milestone (=100%) is due: 达标
    expect(city.B06).toMatchObject({
      value: 100,
      numerator: 51,
      denominator: 51,
      status: "MET",
      provisional: false,
      reason: null,
      coverage: { reported: 51, expected: 51, complete: true, label: "51/51 所学校" },
    });
  });

  it("reads a district's 优质均衡 stage with schools awaiting their report as 数据不全, the schools as 无数据", async () => {
    const dash = await gql(
      api.url,
      `query($u: OrgUnitInput!) { targetDashboard(unit: $u, fromYear: 2024, toYear: 2025, targetIds: ["C1"]) {
        results { unit { name level } schoolYear stage status provisional coverage { label } } } }`,
      { u: { level: "DISTRICT", id: haibowan } },
      token,
    );
    expect(dash.errors).toBeUndefined();
    type Row = {
      unit: { name: string; level: string };
      schoolYear: number;
      stage: string | null;
      status: string;
    };
    const rows = dash.data?.targetDashboard.results as (Row & {
      provisional: boolean;
      coverage: { label: string };
    })[];
    const district = (y: number, stage: string) =>
      rows.find((r) => r.unit.level === "DISTRICT" && r.schoolYear === y && r.stage === stage);
    // 海勃湾区 小学 stage (小学 13, 九年一贯制 3): 16; 2024 all assessed, 2025 9 + 2 = 11 approved, 5 awaiting
    expect(district(2024, "PRIMARY")).toMatchObject({
      status: "MET",
      provisional: false,
      coverage: { label: "16/16 所学校" },
    });
    expect(district(2025, "PRIMARY")).toMatchObject({
      status: "INCOMPLETE",
      provisional: true,
      coverage: { label: "11/16 所学校" },
    });
    // 初中 stage (初中 5, 九年一贯制 3, 完全中学 1): 9, of which 2 + 2 + 1 = 5 approved in 2025
    expect(district(2025, "JUNIOR_SECONDARY")).toMatchObject({
      status: "INCOMPLETE",
      coverage: { label: "5/9 所学校" },
    });
    // a school awaiting its report: 无数据 (0/1), not 不适用; a kindergarten: 不适用
    expect(
      rows.find((r) => r.unit.name === "海勃湾区实验小学" && r.schoolYear === 2025 && r.stage === "PRIMARY"),
    ).toMatchObject({ status: "NO_DATA", coverage: { label: "0/1 所学校" } });
    const kg = rows.filter((r) => r.unit.name.endsWith("幼儿园") && r.schoolYear === 2025);
    expect(kg.length).toBeGreaterThan(0);
    for (const r of kg) expect(r).toMatchObject({ stage: null, status: "NOT_APPLICABLE" });
  });

  it("covers a district figure by the districts that reported it (B39, 个区)", async () => {
    const full = await results({ level: "CITY" }, 2025, ["B39"]);
    // (1,152,585,213 + 485,928,924 + 561,334,798 + 98,597,033) ÷ 10,000 = 229,844.5968 万元
    expect(full.B39).toMatchObject({
      numerator: 2_298_445_968,
      coverage: { label: "3/3 个区", complete: true },
    });
    await h.db.execute(
      sql`update district_inputs set education_spending = null where school_year = 2025
          and district_id = (select id from districts where name = '乌达区')`,
    );
    const partial = await results({ level: "CITY" }, 2025, ["B39"]);
    // 海勃湾区 + 海南区 + 市本级 = 1,737,111,170 元 = 173,711.117 万元, 暂定 over 2/3 个区
    expect(partial.B39).toMatchObject({
      numerator: 1_737_111_170,
      status: "INCOMPLETE",
      provisional: true,
      coverage: { reported: 2, expected: 3, complete: false, label: "2/3 个区" },
    });
    expect(partial.B39!.value).toBeCloseTo(173_711.117, 3);
    expect(partial.B39!.reason).toBe("暂定：2/3 个区有数据，数据齐全前不判定是否达标");
    // 2025 complete again, 2024 short of 乌达区: 逐年不降低 is not judged against a 暂定 year
    await h.db.execute(
      sql`update district_inputs set education_spending = case school_year when 2025 then 561334798 else null end
          where school_year in (2024, 2025) and district_id = (select id from districts where name = '乌达区')`,
    );
    const afterPartialYear = await results({ level: "CITY" }, 2025, ["B39"]);
    expect(afterPartialYear.B39).toMatchObject({
      numerator: 2_298_445_968,
      status: "NO_DATA",
      provisional: false,
      reason: "缺少上年数据，无法判断是否逐年不降低",
      coverage: { label: "3/3 个区", complete: true },
    });
    expect(afterPartialYear.B39!.value).toBeCloseTo(229_844.5968, 4);
  });

  it("judges 2025 against the milestone once every report is approved", async () => {
    await h.db.execute(sql`update school_reports set status = 'approved' where school_year = 2025`);
    const city = await results({ level: "CITY" }, 2025, ["B06", "A01"]);
    // 51 yes of 51 = 100%: 达标 (the 2022 milestone =100% is due)
    expect(city.B06).toMatchObject({
      value: 100,
      numerator: 51,
      status: "MET",
      provisional: false,
      coverage: { reported: 51, expected: 51, complete: true },
    });
    // every 幼儿园: 12,447 在园幼儿 ÷ 12,621 × 100 = 98.6213…% ≥ 98 (due in 2025): 达标
    expect(city.A01).toMatchObject({
      numerator: 12447,
      denominator: 12621,
      status: "MET",
      provisional: false,
      coverage: { reported: 78, expected: 78, complete: true },
    });
    expect(city.A01!.value).toBeCloseTo((12447 * 100) / 12621, 6);
  });
});
