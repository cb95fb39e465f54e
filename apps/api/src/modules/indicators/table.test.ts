/**
 * The compact 指标总览 (targetDashboardTable, issue 15) over the Wuhai demo data, through GraphQL
 * as the apps ask, on PGlite and (with DATABASE_URL) PostgreSQL: the same figures as
 * targetDashboard for the same unit and years (cell by cell), hand-checked values (as in
 * coverage.test.ts, worked out by SQL over the demo database), the focused year in full and the
 * trend years as value/status/暂定 only, the page of schools, and the refusals.
 * - City 2025 A08: the roster complete (46/46 所学校), 2,864 本科+ of 3,039 = 94.24% < ≥95% due in
 *   2025 → 未达标 (MISSED). B06: 34 yes of 34 approved 中小学 reports = 100%, over 51 expected →
 *   数据不全 (INCOMPLETE), 暂定.
 * - 海南区 2025 B06: 9 of its 12 中小学 approved → "9/12 所学校", INCOMPLETE.
 */
import type { DbHandle } from "@edu2035/db";
import { DEMO_PASSWORD } from "@edu2035/db/demo";
import { testBackends } from "@edu2035/db/testing";
import { buildSchema, Kind, type OperationDefinitionNode, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trustedDocuments } from "../../__generated__/trustedDocuments.ts";
import { type ChildCounts, EXPENSIVE_REQUEST_COST, operationCost } from "../../graphql/cost.ts";
import { typeDefs } from "../../server.ts";
import { gql, loginAs, startApiOn } from "../../testing.ts";

const TABLE = `query($u: OrgUnitInput!, $f: Int!, $t: Int!, $y: Int!, $ids: [ID!], $full: Boolean, $o: Int, $l: Int) {
  targetDashboardTable(unit: $u, fromYear: $f, toYear: $t, schoolYear: $y, targetIds: $ids,
    allYearsInFull: $full, childrenOffset: $o, childrenLimit: $l) {
    unit { id name } children { id name } childrenTotal childrenOffset childrenLimit
    fromYear toYear schoolYear years { schoolYear } targetIds stages texts
    milestones { year comparator value label }
    rows { unitId schoolYear values statuses provisional details {
      numerators denominators numeratorLabels denominatorLabels reasons reported expected coverageLabels
      publishedVersions requiredNow milestones whatItTakes } }
  }
}`;

const DASHBOARD = `query($u: OrgUnitInput!, $f: Int!, $t: Int!, $ids: [ID!]) {
  targetDashboard(unit: $u, fromYear: $f, toYear: $t, targetIds: $ids) {
    children { id name }
    results { unit { id } schoolYear target { id } stage value status provisional numerator denominator
      numeratorLabel denominatorLabel reason coverage { reported expected label } publishedVersion requiredNow
      milestone { year comparator value label } whatItTakes }
  }
}`;

type Details = Record<
  | "numerators"
  | "denominators"
  | "numeratorLabels"
  | "denominatorLabels"
  | "reasons"
  | "reported"
  | "expected"
  | "coverageLabels"
  | "publishedVersions"
  | "requiredNow"
  | "milestones"
  | "whatItTakes",
  (number | null)[]
>;
interface Row {
  unitId: string | null;
  schoolYear: number;
  values: (number | null)[];
  statuses: (string | null)[];
  provisional: (boolean | null)[];
  details: Details | null;
}
interface Milestone {
  year: number | null;
  comparator: string;
  value: number | null;
  label: string;
}
interface Table {
  unit: { id: string | null; name: string };
  children: { id: string; name: string }[];
  childrenTotal: number;
  childrenOffset: number;
  childrenLimit: number;
  schoolYear: number;
  years: { schoolYear: number }[];
  targetIds: string[];
  stages: (string | null)[];
  texts: string[];
  milestones: Milestone[];
  rows: Row[];
}
interface Result {
  unit: { id: string | null };
  schoolYear: number;
  target: { id: string };
  stage: string | null;
  value: number | null;
  status: string;
  provisional: boolean;
  numerator: number | null;
  denominator: number | null;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  reason: string | null;
  coverage: { reported: number; expected: number; label: string };
  publishedVersion: number | null;
  requiredNow: number | null;
  milestone: Milestone | null;
  whatItTakes: string | null;
}

describe.each(testBackends())("the compact 指标总览 on $name", (backend) => {
  let h: DbHandle;
  let api: Awaited<ReturnType<typeof startApiOn>>;
  let token: string;
  let hainan: string;

  const table = async (vars: Record<string, unknown>) => {
    const r = await gql(api.url, TABLE, vars, token);
    return r;
  };
  const okTable = async (vars: Record<string, unknown>): Promise<Table> => {
    const r = await table(vars);
    expect(r.errors).toBeUndefined();
    return r.data?.targetDashboardTable as Table;
  };
  const dashboard = async (u: object, f: number, t: number, ids: string[] | null) => {
    const r = await gql(api.url, DASHBOARD, { u, f, t, ids }, token);
    expect(r.errors).toBeUndefined();
    return r.data?.targetDashboard as { children: { id: string; name: string }[]; results: Result[] };
  };

  /**
   * Every result of targetDashboard for the table's units equals the table's cell: C1–C7 that of
   * the column's stage (a result without a stage in each of its target's columns).
   */
  const expectSameAsDashboard = (t: Table, results: Result[]) => {
    const units = new Set([t.unit.id, ...t.children.map((c) => c.id)]);
    const byKey = new Map<string, Result>();
    for (const r of results)
      if (units.has(r.unit.id)) byKey.set(`${r.unit.id}|${r.schoolYear}|${r.target.id}|${r.stage ?? ""}`, r);
    expect(byKey.size).toBeGreaterThan(0);
    const found = new Set<Result>();
    for (const row of t.rows) {
      for (const [i, id] of t.targetIds.entries()) {
        const key = `${row.unitId}|${row.schoolYear}|${id}|`;
        const r = byKey.get(key + (t.stages[i] ?? "")) ?? byKey.get(key);
        if (!r) {
          expect(row.statuses[i], `${row.unitId} ${row.schoolYear} ${id}`).toBeNull();
          continue;
        }
        found.add(r);
        expect([row.values[i], row.statuses[i], row.provisional[i]]).toEqual([
          r.value,
          r.status,
          r.provisional,
        ]);
        const d = row.details;
        if (!d) continue;
        const text = (k: number | null | undefined) => (k === null || k === undefined ? null : t.texts[k]);
        expect({
          numerator: d.numerators[i],
          denominator: d.denominators[i],
          numeratorLabel: text(d.numeratorLabels[i]),
          denominatorLabel: text(d.denominatorLabels[i]),
          reason: text(d.reasons[i]),
          coverage: { reported: d.reported[i], expected: d.expected[i], label: text(d.coverageLabels[i]) },
          publishedVersion: d.publishedVersions[i],
          requiredNow: d.requiredNow[i],
          milestone: d.milestones[i] === null ? null : t.milestones[d.milestones[i] as number],
          whatItTakes: text(d.whatItTakes[i]),
        }).toEqual({
          numerator: r.numerator,
          denominator: r.denominator,
          numeratorLabel: r.numeratorLabel,
          denominatorLabel: r.denominatorLabel,
          reason: r.reason,
          coverage: r.coverage,
          publishedVersion: r.publishedVersion,
          requiredNow: r.requiredNow,
          milestone: r.milestone,
          whatItTakes: r.whatItTakes,
        });
      }
    }
    // every result of the dashboard's units found its cell
    expect(found.size).toBe(byKey.size);
  };

  beforeAll(async () => {
    h = await backend.openDemo();
    api = await startApiOn(h);
    token = await loginAs(api.url, "city", DEMO_PASSWORD, "CITY");
    const units = await gql(api.url, `{ districts { id name } }`, {}, token);
    hainan = units.data?.districts.find((d: { name: string }) => d.name === "海南区").id;
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    await h?.close();
  });

  it("carries 达成路径 for the focused year only: the city's 2025 A08 (未达标) and B33 (滞后于进度)", async () => {
    const t = await okTable({ u: { level: "CITY" }, f: 2024, t: 2025, y: 2025, ids: ["A08", "B33"] });
    const [y2024, y2025] = t.rows as [Row, Row];
    expect(y2025.statuses).toEqual(["MISSED", "OFF_TRACK"]);
    const path = (i: number) => {
      const k = y2025.details?.whatItTakes[i];
      return k === null || k === undefined ? null : t.texts[k];
    };
    // A08: 2,864 本科+ of 3,039 → 175 专科及以下; upgrades ⌈0.95 × 3,039 − 2,864 = 23.05⌉ = 24, or
    // hires H with (2,864 + H) ÷ (3,039 + H) ≥ 95%: H ≥ 23.05 ÷ 0.05 = 461
    expect(path(0)).toBe(
      "按 2025 年目标值 95% 测算，需现有 175 名专科及以下学历专任教师中 24 人完成本科学历提升；或新增本科及以上学历专任教师 461 人。",
    );
    // B33 (幼儿园专任教师本科以上, 2035: 100%): 749 of 887 = 84.44%, 2025's line 80 + 20 × 3/13 =
    // 84.62%: first back on the line, ⌈(84.62·887 − 74900)/100⌉ = ⌈1.58⌉ = 2 of the 887 − 749 = 138,
    // or hires ⌈157.94/15.38 = 10.27⌉ = 11 (760/898 = 84.63%; 10 → 759/897 = 84.615%) ≤ 177.4;
    // then 2035: all 138 must upgrade, hires can never bring a ratio below 100% to 100%
    expect(y2025.details?.numerators).toEqual([2864, 749]);
    expect(path(1)).toBe(
      "按 2025 年进度要求 84.62% 测算，需现有 138 名专科及以下学历幼儿园专任教师中 2 人完成本科学历提升；或新增本科及以上学历幼儿园专任教师 11 人。" +
        "按 2035 年目标值 100% 测算，需现有 138 名专科及以下学历幼儿园专任教师全部完成本科学历提升；仅靠新增本科及以上学历幼儿园专任教师无法使比例达到 100%。",
    );
    // the trend year carries none (compact): value and status only
    expect(y2024.details).toBeNull();
  });

  it("gives the city's 2025 in full and 2024 as value and status, equal to targetDashboard", async () => {
    const u = { level: "CITY" };
    const t = await okTable({ u, f: 2024, t: 2025, y: 2025, ids: ["A08", "B06"] });
    expect(t.targetIds).toEqual(["A08", "B06"]);
    expect(t.years.map((y) => y.schoolYear)).toEqual([2024, 2025]);
    // 3 districts, all on the default page of 50; rows: (city + 3) × 2 years, city first
    expect([t.childrenTotal, t.childrenOffset, t.childrenLimit, t.children.length]).toEqual([3, 0, 50, 3]);
    expect(t.rows).toHaveLength(8);
    expect(t.rows.slice(0, 2).map((r) => [r.unitId, r.schoolYear])).toEqual([
      [null, 2024],
      [null, 2025],
    ]);
    const [y2024, y2025] = t.rows as [Row, Row];
    expect(y2024.details).toBeNull();
    const d = y2025.details!;
    // A08: 2864 / 3039 = 94.2415%, 46/46 所学校, 未达标 against ≥95% due 2025
    expect(y2025.statuses).toEqual(["MISSED", "INCOMPLETE"]);
    expect(y2025.values[0]).toBeCloseTo(94.2415, 3);
    expect([d.numerators[0], d.denominators[0], d.reported[0], d.expected[0]]).toEqual([2864, 3039, 46, 46]);
    expect(t.texts[d.coverageLabels[0]!]).toBe("46/46 所学校");
    expect(t.milestones[d.milestones[0]!]).toMatchObject({ year: 2025, value: 95 });
    // B06: 34 / 34 = 100%, 34/51 所学校, 暂定
    expect([y2025.values[1], y2025.provisional[1], d.numerators[1], d.denominators[1]]).toEqual([
      100,
      true,
      34,
      34,
    ]);
    expect(t.texts[d.coverageLabels[1]!]).toBe("34/51 所学校");
    expect(t.texts[d.reasons[1]!]).toBe("暂定：34/51 所学校有数据，数据齐全前不判定是否达标");
    // each text and milestone once
    expect(new Set(t.texts).size).toBe(t.texts.length);
    expect(new Set(t.milestones.map((m) => JSON.stringify(m))).size).toBe(t.milestones.length);
    expectSameAsDashboard(t, (await dashboard(u, 2024, 2025, ["A08", "B06"])).results);
    // every year in full on demand (a trend)
    const full = await okTable({ u, f: 2024, t: 2025, y: 2025, ids: ["A08"], full: true });
    expect(full.rows.every((r) => r.details !== null)).toBe(true);
    expectSameAsDashboard(full, (await dashboard(u, 2024, 2025, ["A08"])).results);
  });

  it("pages a district's schools, each page equal to targetDashboard's", async () => {
    const u = { level: "DISTRICT", id: hainan };
    const all = await dashboard(u, 2025, 2025, null);
    const first = await okTable({ u, f: 2025, t: 2025, y: 2025, l: 10 });
    expect(first.childrenTotal).toBe(all.children.length);
    expect(first.children).toEqual(all.children.slice(0, 10));
    // rows: the district + 10 schools, one year
    expect(first.rows).toHaveLength(11);
    expectSameAsDashboard(first, all.results);
    // 海南区 2025 B06: 9 of its 12 中小学 approved
    const b06 = first.targetIds.indexOf("B06");
    const own = first.rows[0]!;
    expect(own.unitId).toBe(hainan);
    expect(own.statuses[b06]).toBe("INCOMPLETE");
    expect(first.texts[own.details!.coverageLabels[b06]!]).toBe("9/12 所学校");
    // the last page: what is left after offset 20
    const last = await okTable({ u, f: 2025, t: 2025, y: 2025, o: 20, l: 200 });
    expect(last.children).toEqual(all.children.slice(20));
    expect(last.rows).toHaveLength(1 + all.children.length - 20);
    expectSameAsDashboard(last, all.results);
  });

  it("refuses a page size over 200, a negative offset and a year outside the range, naming the field", async () => {
    const u = { level: "CITY" };
    for (const [vars, field] of [
      [{ l: 201 }, "childrenLimit"],
      [{ l: 0 }, "childrenLimit"],
      [{ o: -1 }, "childrenOffset"],
      [{ y: 2023 }, "schoolYear"],
    ] as const) {
      const r = await table({ u, f: 2024, t: 2025, y: 2025, ...vars });
      expect(r.data).toBeNull();
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
  });
});

/**
 * The work estimate of the apps' TargetDashboardTable (graphql/cost.ts), pure (children counted as
 * on the demo: 3 districts, 70 schools in the largest). By hand, results per unit and year: a
 * district 38 targets + 7 C1–C7 counted twice = 45, its schools 26 + 7 = 33; fixed work =
 * measured years × (1 + all children) × 4 families:
 * - the district page the app sends for 2025 (one year, 50 schools): 1 × (45 + 50 × 33) + 3 × 71 × 4
 *   (2025, 2024, 2020 measured) = 1,695 + 852 = 2,547;
 * - the same for 2020–2035: 16 × (45 + 50 × 33) + 17 × 71 × 4 = 27,120 + 4,828 = 31,948;
 * - a page of 10: 1 × (45 + 10 × 33) + 852 = 1,227, under EXPENSIVE_REQUEST_COST (2,000).
 */
describe("the work estimate of targetDashboardTable", () => {
  const DEMO: ChildCounts = { districts: async () => 3, schoolsPerDistrict: async () => 70 };
  const schema = buildSchema(typeDefs);
  const text = Object.values(trustedDocuments).find((t) => t.includes("query TargetDashboardTable("));
  const op = parse(text ?? "").definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const cost = async (variables: Record<string, unknown>) =>
    (await operationCost(schema, op!, {}, { unit: { level: "DISTRICT", id: "d" }, ...variables }, DEMO))
      .total;

  it("costs a page of the units below, not all of them", async () => {
    expect(op).toBeDefined();
    expect(await cost({ fromYear: 2025, toYear: 2025, schoolYear: 2025 })).toBe(2_547);
    expect(await cost({ fromYear: 2020, toYear: 2035, schoolYear: 2025, childrenLimit: 50 })).toBe(31_948);
    const small = await cost({ fromYear: 2025, toYear: 2025, schoolYear: 2025, childrenLimit: 10 });
    expect(small).toBe(1_227);
    expect(small).toBeLessThan(EXPENSIVE_REQUEST_COST);
    // a page size the service refuses costs nothing here (refused before any work)
    expect(await cost({ fromYear: 2025, toYear: 2025, schoolYear: 2025, childrenLimit: 201 })).toBe(0);
  });

  it("costs the schools a 学校类别 filter leaves, the fixed work of all of them", async () => {
    // counted as on the demo: at most 5 初中 and 3 九年一贯制 in one district (海勃湾区), 8 of both
    const counts: ChildCounts = {
      districts: async () => 3,
      schoolsPerDistrict: async (types) =>
        !types?.length ? 70 : types.length === 2 ? 8 : types[0] === "junior_secondary" ? 5 : 3,
    };
    const at = async (variables: Record<string, unknown>) =>
      (
        await operationCost(
          schema,
          op!,
          {},
          {
            unit: { level: "DISTRICT", id: "d" },
            fromYear: 2025,
            toYear: 2025,
            schoolYear: 2025,
            ...variables,
          },
          counts,
        )
      ).total;
    // 1 × (45 + 5 × 33) + 852 = 1,062; both types: 45 + 8 × 33 + 852 = 1,161
    expect(await at({ schoolTypes: ["JUNIOR_SECONDARY"] })).toBe(1_062);
    expect(await at({ schoolTypes: ["NINE_YEAR", "JUNIOR_SECONDARY", "NINE_YEAR"] })).toBe(1_161);
    // a page smaller than what the filter leaves: the page (2 × 33)
    expect(await at({ schoolTypes: ["JUNIOR_SECONDARY"], childrenLimit: 2 })).toBe(45 + 66 + 852);
    // empty: every type; a value not a SchoolType: counted as unfiltered (the execution refuses it)
    expect(await at({ schoolTypes: [] })).toBe(2_547);
    expect(await at({ schoolTypes: ["JUNIOR_SECONDARY", "HIGH_SCHOOL"] })).toBe(2_547);
  });
});
