/**
 * Published figures (已发布数据) through GraphQL over HTTP on PGlite and (with DATABASE_URL)
 * PostgreSQL. Fixture: fixtures/smallCity.ts, school year 2025 (no reporting period: 填报中 until
 * published). Due in 2025: P1, K1, V1, N2, K2; approved P1 and N2 → K1, V1, K2 are exempted here
 * so the year can be published.
 *
 * A08 (义务教育阶段专任教师本科及以上) of 2025, hand-worked:
 *   as loaded:  P1 3 of 4 (甲四 大专), N2 3 of 5 → 海勃湾区 75%, 海南区 60%, city 6/9 = 66.67%
 *   甲四 → 本科: P1 4 of 4                      → 海勃湾区 100%, 海南区 60%, city 7/9 = 77.78%
 *
 * The story of issue 10: the year is published (v1); the roster of P1 is then changed underneath
 * (as a late correction would) — the published dashboards do not move (66.67%, v1); the city
 * reopens the year — the dashboards show the live value (77.78%, 预览, publishedVersion null);
 * the city publishes again — v2 reads 77.78%, and the figure's history lists v1 66.67%
 * (superseded) and v2 77.78%.
 */
import { type DbHandle, staff } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql } from "../../testing.ts";
import { toRows } from "../indicators/measures.ts";

const RESULT = `target { id } unit { level id code name } schoolYear value numerator denominator numeratorLabel
  denominatorLabel coverage { reported expected complete label } provisional publishedVersion unitsIncluded
  unitsMissing reason status statusLabel milestone { comparator label value year } requiredNow stage stageLabel
  coefficientOfVariation coefficientOfVariationLimit`;
const YEAR = `schoolYear label state stateLabel final publishedVersion version`;
const DASHBOARD = `query($u: OrgUnitInput!, $f: Int!, $t: Int!, $ids: [ID!]) {
  targetDashboard(unit: $u, fromYear: $f, toYear: $t, targetIds: $ids) { years { ${YEAR} } results { ${RESULT} } } }`;
const RESULTS = `query($u: OrgUnitInput!, $y: Int!, $ids: [ID!]) { targetResults(unit: $u, schoolYear: $y, targetIds: $ids) { ${RESULT} } }`;
const HISTORY = `query($u: OrgUnitInput!, $t: ID!, $y: Int!) { publishedHistory(unit: $u, targetId: $t, schoolYear: $y) {
  version publishedAt superseded result { unit { name } target { id } stage value publishedVersion status } } }`;
const EXEMPT = `mutation($y: Int!, $s: [ID!]!, $r: String!) { exemptReports(schoolYear: $y, schoolIds: $s, reason: $r) { ready } }`;
const PUBLISH = `mutation($y: Int!, $v: Int!, $n: String) { publishSchoolYear(schoolYear: $y, version: $v, note: $n) { year { ${YEAR} } } }`;
const REOPEN = `mutation($y: Int!, $v: Int!, $r: String!) { reopenSchoolYear(schoolYear: $y, version: $v, reason: $r) { year { ${YEAR} } } }`;

type Result = {
  target: { id: string };
  unit: { level: string; id: string | null };
  value: number | null;
} & Record<string, unknown>;
type Ext = { code?: string; field?: string };
const ext = (r: { errors?: { extensions?: unknown }[] }) => (r.errors?.[0]?.extensions ?? {}) as Ext;
const CITY = { level: "CITY" };
/** A percentage to 2 decimals, as the apps show it. */
const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

describe.each(testBackends())("published figures on $name", (backend) => {
  let h: DbHandle;
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let t: Record<string, string>;
  /** The dashboards of 2025 before publication (计算 now), by name. */
  const before: Record<string, Result[]> = {};

  const dashboard = async (who: string, u: object, ids?: string[]) => {
    const r = await gql(url, DASHBOARD, { u, f: 2025, t: 2025, ids }, t[who]);
    expect(r.errors).toBeUndefined();
    return r.data!.targetDashboard as { years: Record<string, unknown>[]; results: Result[] };
  };
  const a08 = (results: Result[]) =>
    Object.fromEntries(
      results
        .filter((r) => r.target.id === "A08")
        .map((r) => [r.unit.id ?? "city", [round(r.value), r.publishedVersion]]),
    );
  const units = () => ({
    city: CITY,
    d1: { level: "DISTRICT", id: ids.d1 },
    d2: { level: "DISTRICT", id: ids.d2 },
  });

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, { logins: ["city", "haibowan", "hainan", "p1"] });
    ({ handle: h, ids, url, tokens: t } = smallCity);
  }, 120_000);
  afterAll(() => smallCity?.close());

  it("computes a year not published now (预览): publishedVersion null, the year 填报中", async () => {
    for (const [name, u] of Object.entries(units())) {
      const d = await dashboard("city", u);
      before[name] = d.results;
      expect(d.years).toEqual([
        {
          schoolYear: 2025,
          label: "2025—2026学年",
          state: "OPEN",
          stateLabel: "填报中",
          final: false,
          publishedVersion: null,
          version: 0,
        },
      ]);
      expect(d.results.every((r) => r.publishedVersion === null)).toBe(true);
    }
    expect(a08(before.city!)).toEqual({
      city: [66.67, null],
      [ids.d1]: [75, null],
      [ids.d2]: [60, null],
    });
    expect(a08(before.d1!)[ids.p1]).toEqual([75, null]);
    const h0 = await gql(url, HISTORY, { u: CITY, t: "A08", y: 2025 }, t.city);
    expect(h0.data?.publishedHistory).toEqual([]);
  });

  it("publishes 2025 (v1): every dashboard reads the same values, stored, with publishedVersion 1", async () => {
    const ex = await gql(url, EXEMPT, { y: 2025, s: [ids.k1, ids.v1, ids.k2], r: "测试：年报豁免" }, t.city);
    expect(ex.data?.exemptReports.ready).toBe(true);
    const p = await gql(url, PUBLISH, { y: 2025, v: 0, n: "2025 年度数据发布" }, t.city);
    expect(p.errors).toBeUndefined();
    expect(p.data?.publishSchoolYear.year).toMatchObject({
      state: "PUBLISHED",
      final: true,
      publishedVersion: 1,
    });
    // one stored row per (unit, target, stage): the city, 2 districts, 5 schools
    const rows = toRows(
      await h.db.execute(
        sql`select unit_level, count(distinct unit_id) as units from published_results group by 1 order by 1`,
      ),
    );
    expect(rows.map((r) => [r.unit_level, Number(r.units)])).toEqual([
      ["city", 1],
      ["district", 2],
      ["school", 5],
    ]);
    for (const [name, u] of Object.entries(units())) {
      const d = await dashboard("city", u);
      expect(d.years[0]).toMatchObject({
        state: "PUBLISHED",
        stateLabel: "已发布",
        final: true,
        publishedVersion: 1,
      });
      expect(d.results).toEqual(before[name]!.map((r) => ({ ...r, publishedVersion: 1 })));
    }
    // a district and a school read their own published figures, a target list too
    const own = await dashboard("haibowan", { level: "DISTRICT", id: ids.d1 });
    // K1 and V1 have no 义务教育 teachers: no value
    expect(a08(own.results)).toEqual({
      [ids.d1]: [75, 1],
      [ids.p1]: [75, 1],
      [ids.k1]: [null, 1],
      [ids.v1]: [null, 1],
    });
    const list = await gql(url, RESULTS, { u: { level: "SCHOOL", id: ids.p1 }, y: 2025, ids: ["A08"] }, t.p1);
    expect(list.data?.targetResults.map((r: Result) => [r.value, r.publishedVersion])).toEqual([[75, 1]]);
    // a target asked for outside its level (A06 仅在市级统计) is not stored: answered as before
    const a06 = await dashboard("city", { level: "DISTRICT", id: ids.d1 }, ["A06"]);
    const a06Before = await gql(
      url,
      RESULTS,
      { u: { level: "DISTRICT", id: ids.d1 }, y: 2025, ids: ["A06"] },
      t.city,
    );
    expect(a06.results[0]).toMatchObject({ publishedVersion: null, value: null });
    expect(a06Before.data?.targetResults[0]).toEqual(a06.results[0]);
  });

  it("keeps the published figure when the year's roster changes underneath", async () => {
    const [row] = await h.db
      .update(staff)
      .set({ education: "bachelor" })
      .where(and(eq(staff.schoolId, ids.p1), eq(staff.schoolYear, 2025), eq(staff.subject, "english")))
      .returning();
    expect(row?.education).toBe("bachelor");
    const d = await dashboard("city", CITY);
    expect(a08(d.results)).toEqual({ city: [66.67, 1], [ids.d1]: [75, 1], [ids.d2]: [60, 1] });
  });

  it("shows the live value once reopened (预览), and v1 in the history as superseded", async () => {
    const r = await gql(url, REOPEN, { y: 2025, v: 1, r: "更正海勃湾区第一小学教师学历" }, t.city);
    expect(r.data?.reopenSchoolYear.year).toMatchObject({
      state: "REOPENED",
      final: false,
      publishedVersion: 1,
    });
    const d = await dashboard("city", CITY);
    expect(d.years[0]).toMatchObject({
      state: "REOPENED",
      stateLabel: "已重新开放",
      final: false,
      version: 2,
    });
    expect(a08(d.results)).toEqual({ city: [77.78, null], [ids.d1]: [100, null], [ids.d2]: [60, null] });
    const hist = await gql(url, HISTORY, { u: CITY, t: "A08", y: 2025 }, t.city);
    expect(hist.data?.publishedHistory).toMatchObject([
      {
        version: 1,
        superseded: true,
        result: { value: expect.closeTo(66.67, 2), publishedVersion: 1, status: expect.any(String) },
      },
    ]);
  });

  it("republishes as v2: the dashboards read v2, the history lists v1 and v2 oldest first", async () => {
    const p = await gql(url, PUBLISH, { y: 2025, v: 2 }, t.city);
    expect(p.errors).toBeUndefined();
    expect(p.data?.publishSchoolYear.year).toMatchObject({
      state: "PUBLISHED",
      publishedVersion: 2,
      version: 3,
    });
    const d = await dashboard("city", CITY);
    expect(a08(d.results)).toEqual({ city: [77.78, 2], [ids.d1]: [100, 2], [ids.d2]: [60, 2] });
    const school = await dashboard("haibowan", { level: "DISTRICT", id: ids.d1 });
    expect(a08(school.results)).toEqual({
      [ids.d1]: [100, 2],
      [ids.p1]: [100, 2],
      [ids.k1]: [null, 2],
      [ids.v1]: [null, 2],
    });

    const hist = await gql(url, HISTORY, { u: CITY, t: "A08", y: 2025 }, t.city);
    const entries = hist.data?.publishedHistory as {
      version: number;
      publishedAt: string;
      superseded: boolean;
    }[];
    expect(entries.map((e) => ({ ...e, publishedAt: typeof e.publishedAt }))).toEqual([
      {
        version: 1,
        publishedAt: "string",
        superseded: true,
        result: {
          unit: { name: "乌海市" },
          target: { id: "A08" },
          stage: null,
          value: expect.closeTo(66.67, 2),
          publishedVersion: 1,
          status: expect.any(String),
        },
      },
      {
        version: 2,
        publishedAt: "string",
        superseded: false,
        result: {
          unit: { name: "乌海市" },
          target: { id: "A08" },
          stage: null,
          value: expect.closeTo(77.78, 2),
          publishedVersion: 2,
          status: expect.any(String),
        },
      },
    ]);
    expect(Date.parse(entries[0]!.publishedAt)).toBeLessThanOrEqual(Date.parse(entries[1]!.publishedAt));
    // a school's history of its own figure
    const own = await gql(url, HISTORY, { u: { level: "SCHOOL", id: ids.p1 }, t: "A08", y: 2025 }, t.p1);
    expect(own.data?.publishedHistory.map((e: { result: { value: number } }) => e.result.value)).toEqual([
      75, 100,
    ]);
  });

  it("keeps the history within the viewer's scope and refuses bad input", async () => {
    for (const u of [CITY, { level: "DISTRICT", id: ids.d1 }, { level: "SCHOOL", id: ids.p1 }]) {
      const r = await gql(url, HISTORY, { u, t: "A08", y: 2025 }, t.hainan);
      expect(ext(r).code).toBe("FORBIDDEN");
    }
    const mine = await gql(
      url,
      HISTORY,
      { u: { level: "DISTRICT", id: ids.d2 }, t: "A08", y: 2025 },
      t.hainan,
    );
    expect(mine.data?.publishedHistory.map((e: { result: { value: number } }) => e.result.value)).toEqual([
      60, 60,
    ]);
    const unknown = await gql(url, HISTORY, { u: CITY, t: "Z99", y: 2025 }, t.city);
    expect(ext(unknown)).toMatchObject({ code: "BAD_USER_INPUT", field: "targetId" });
    expect(unknown.errors?.[0]?.message).toBe("未知的指标编号：Z99");
    const year = await gql(url, HISTORY, { u: CITY, t: "A08", y: 1999 }, t.city);
    expect(ext(year)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
    // never published: empty
    const none = await gql(url, HISTORY, { u: CITY, t: "A08", y: 2024 }, t.city);
    expect(none.data?.publishedHistory).toEqual([]);
  });

  it("gives C1–C7 one history entry per stage and version", async () => {
    const r = await gql(url, HISTORY, { u: { level: "DISTRICT", id: ids.d2 }, t: "C1", y: 2025 }, t.city);
    expect(r.errors).toBeUndefined();
    const live = await gql(
      url,
      RESULTS,
      { u: { level: "DISTRICT", id: ids.d2 }, y: 2025, ids: ["C1"] },
      t.city,
    );
    const stages = (live.data!.targetResults as { stage: string | null }[]).map((x) => x.stage);
    expect(
      r.data?.publishedHistory.map((e: { version: number; result: { stage: string | null } }) => [
        e.version,
        e.result.stage,
      ]),
    ).toEqual([...stages.map((s) => [1, s]), ...stages.map((s) => [2, s])]);
  });
});
