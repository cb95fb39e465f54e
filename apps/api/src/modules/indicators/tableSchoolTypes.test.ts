/**
 * The 指标总览's 学校类别 filter on the server (targetDashboardTable `schoolTypes`), through GraphQL
 * as the district app asks, on PGlite and (with DATABASE_URL) PostgreSQL, over the Wuhai demo.
 * Counted by hand from the demo catalogue (packages/db/src/demo/catalogue.ts, scale 1): 海勃湾区
 * has 70 schools, codes 2150302001–070 in catalogue order — 42 幼儿园 (001–042), 13 小学
 * (043–055), then the 5 初中 乌海市第四、第七、第八、第十一、第十五中学 (056–060) and the 3 九年一贯制
 * 乌海市蒙古族学校, 海勃湾区千里山学校, 海勃湾区新华学校 (061–063); none closed. So the first page of
 * 50 holds no 初中 at all (the bug: a filter on the page showed none), and with the filter the
 * page, the total and the paging are of the 5 (or 5 + 3) only. The district's own row is the same
 * with and without the filter; each filtered school's row is the same as in the unfiltered table.
 * 2024 is published (stored figures), 2025 measured now (预览): both are asked.
 */
import type { DbHandle } from "@edu2035/db";
import { DEMO_PASSWORD } from "@edu2035/db/demo";
import { testBackends } from "@edu2035/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gql, loginAs, startApiOn } from "../../testing.ts";

const TABLE = `query($unit: OrgUnitInput!, $schoolTypes: [SchoolType!], $childrenOffset: Int, $childrenLimit: Int) {
  targetDashboardTable(unit: $unit, fromYear: 2024, toYear: 2025, schoolYear: 2025,
    childrenOffset: $childrenOffset, childrenLimit: $childrenLimit, schoolTypes: $schoolTypes) {
    children { id name } childrenTotal childrenOffset childrenLimit targetIds texts
    milestones { year comparator value label }
    rows { unitId schoolYear values statuses provisional details {
      numerators denominators numeratorLabels denominatorLabels reasons reported expected coverageLabels
      publishedVersions requiredNow milestones whatItTakes } }
  }
}`;

interface Table {
  children: { id: string; name: string }[];
  childrenTotal: number;
  childrenOffset: number;
  childrenLimit: number;
  targetIds: string[];
  texts: string[];
  milestones: unknown[];
  rows: {
    unitId: string;
    schoolYear: number;
    values: unknown[];
    statuses: unknown[];
    provisional: unknown[];
    details: Record<string, (number | null)[]> | null;
  }[];
}

const JUNIOR = ["乌海市第四中学", "乌海市第七中学", "乌海市第八中学", "乌海市第十一中学", "乌海市第十五中学"];
const NINE_YEAR = ["乌海市蒙古族学校", "海勃湾区千里山学校", "海勃湾区新华学校"];

/** Index-valued detail arrays (into `texts` or `milestones`): compared by what they point at. */
const TEXT_REFS = ["numeratorLabels", "denominatorLabels", "reasons", "coverageLabels", "whatItTakes"];

/** A table's rows by "unit|year", each with its indexes resolved to texts and milestones. */
function rowsByUnitYear(t: Table): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const r of t.rows) {
    const details = r.details
      ? Object.fromEntries(
          Object.entries(r.details).map(([k, v]) => [
            k,
            TEXT_REFS.includes(k)
              ? v.map((i) => (i === null ? null : t.texts[i]))
              : k === "milestones"
                ? v.map((i) => (i === null ? null : t.milestones[i]))
                : v,
          ]),
        )
      : null;
    out.set(`${r.unitId}|${r.schoolYear}`, { ...r, details });
  }
  return out;
}

describe.each(testBackends())("the 指标总览's 学校类别 filter on $name", (backend) => {
  let h: DbHandle;
  let api: Awaited<ReturnType<typeof startApiOn>>;
  let token: string;
  let haibowan: string;
  let hainan: string;

  const ask = (vars: Record<string, unknown>, as = token) =>
    gql(api.url, TABLE, { unit: { level: "DISTRICT", id: haibowan }, ...vars }, as);
  const table = async (vars: Record<string, unknown>): Promise<Table> => {
    const r = await ask(vars);
    expect(r.errors).toBeUndefined();
    return r.data?.targetDashboardTable as Table;
  };

  beforeAll(async () => {
    h = await backend.openDemo();
    api = await startApiOn(h);
    token = await loginAs(api.url, "haibowan", DEMO_PASSWORD, "DISTRICT");
    const me = await gql(api.url, `{ districts { id name } }`, {}, token);
    haibowan = me.data?.districts.find((d: { name: string }) => d.name === "海勃湾区").id;
    const city = await loginAs(api.url, "city", DEMO_PASSWORD, "CITY");
    const all = await gql(api.url, `{ districts { id name } }`, {}, city);
    hainan = all.data?.districts.find((d: { name: string }) => d.name === "海南区").id;
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    await h?.close();
  });

  it("pages, totals and measures only 海勃湾区's 初中 schools; the district's row unchanged", async () => {
    const unfiltered = await table({});
    // the bug's ground: 70 schools, and the first page of 50 has no 初中
    expect(unfiltered.childrenTotal).toBe(70);
    expect(unfiltered.children.filter((c) => JUNIOR.includes(c.name))).toEqual([]);
    const junior = await table({ schoolTypes: ["JUNIOR_SECONDARY"] });
    expect([junior.childrenTotal, junior.childrenOffset, junior.childrenLimit]).toEqual([5, 0, 50]);
    expect(junior.children.map((c) => c.name)).toEqual(JUNIOR);
    // rows: the district + 5 schools, 2024 and 2025 each
    expect(junior.rows.map((r) => [r.unitId, r.schoolYear])).toEqual(
      [haibowan, ...junior.children.map((c) => c.id)].flatMap((u) => [
        [u, 2024],
        [u, 2025],
      ]),
    );
    // the same columns, the district's own rows (all 70 schools) and each school's rows as unfiltered
    const all = await table({ childrenLimit: 200 });
    expect(junior.targetIds).toEqual(all.targetIds);
    const expected = rowsByUnitYear(all);
    const got = rowsByUnitYear(junior);
    for (const [key, row] of got) expect(row, key).toEqual(expected.get(key));
    expect(got.get(`${haibowan}|2025`)).toEqual(rowsByUnitYear(unfiltered).get(`${haibowan}|2025`));
    // a school's row has values (not an empty filter result): 2025 A08 of 乌海市第四中学 measured
    const a08 = junior.targetIds.indexOf("A08");
    const fourth = junior.rows.find((r) => r.unitId === junior.children[0]!.id && r.schoolYear === 2025)!;
    expect(typeof fourth.values[a08]).toBe("number");
  });

  it("pages the filtered schools: offset 2, 2 a page → 第八, 第十一 of 5; offset 4 → 第十五", async () => {
    const second = await table({ schoolTypes: ["JUNIOR_SECONDARY"], childrenOffset: 2, childrenLimit: 2 });
    expect(second.childrenTotal).toBe(5);
    expect(second.children.map((c) => c.name)).toEqual(["乌海市第八中学", "乌海市第十一中学"]);
    expect(second.rows).toHaveLength((1 + 2) * 2);
    const last = await table({ schoolTypes: ["JUNIOR_SECONDARY"], childrenOffset: 4, childrenLimit: 2 });
    expect(last.children.map((c) => c.name)).toEqual(["乌海市第十五中学"]);
    // several types: 初中 and 九年一贯制, in code order; an empty list is every type
    const two = await table({ schoolTypes: ["NINE_YEAR", "JUNIOR_SECONDARY"] });
    expect([two.childrenTotal, ...two.children.map((c) => c.name)]).toEqual([8, ...JUNIOR, ...NINE_YEAR]);
    expect((await table({ schoolTypes: [] })).childrenTotal).toBe(70);
    // 高等职业学校: one, 乌海职业技术学院 (code 4150302…, after every 2… code)
    const higher = await table({ schoolTypes: ["HIGHER_VOCATIONAL"] });
    expect([higher.childrenTotal, ...higher.children.map((c) => c.name)]).toEqual([1, "乌海职业技术学院"]);
  });

  it("estimates the work of the schools the filter leaves (graphql/cost.ts), refusing before any work", async () => {
    // by hand (see table.test.ts for the terms): 2020–2035, a page of 50, 70 schools in the
    // largest district; the fixed work counts them all: 17 measured years × 71 × 4 = 4,828.
    // Unfiltered: 16 × (45 + 50 × 33) + 4,828 = 31,948; two aliases 63,896 > 50,000.
    // 初中 only: the most in one district is 海勃湾区's 5 (乌达区 3, 海南区 2): 16 × (45 + 5 × 33)
    // + 4,828 = 8,188; seven aliases 57,316 > 50,000 (six, 49,128, would run).
    const aliases = (n: number, filter: string) =>
      `query($unit: OrgUnitInput!) { ${Array.from(
        { length: n },
        (_, i) =>
          `t${i}: targetDashboardTable(unit: $unit, fromYear: 2020, toYear: 2035, schoolYear: 2025${filter}) { childrenTotal }`,
      ).join("\n")} }`;
    const unit = { level: "DISTRICT", id: haibowan };
    const all = await gql(api.url, aliases(2, ""), { unit }, token);
    expect(all.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_EXPENSIVE", found: 63_896 });
    const junior = await gql(api.url, aliases(7, ", schoolTypes: [JUNIOR_SECONDARY]"), { unit }, token);
    expect(junior.data ?? null).toBeNull();
    expect(junior.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_EXPENSIVE", found: 57_316 });
  });

  it("refuses a value not a 学校类别 and the filter on the city, naming the field; another district stays forbidden", async () => {
    const bad = await ask({ schoolTypes: ["JUNIOR_SECONDARY", "HIGH_SCHOOL"] });
    expect(bad.data ?? null).toBeNull();
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolTypes.1" });
    const city = await loginAs(api.url, "city", DEMO_PASSWORD, "CITY");
    const onCity = await ask({ unit: { level: "CITY" }, schoolTypes: ["PRIMARY"] }, city);
    expect(onCity.data).toBeNull();
    expect(onCity.errors?.[0]).toMatchObject({
      message: "学校类别筛选只适用于区（其下为学校）",
      extensions: { code: "BAD_USER_INPUT", field: "schoolTypes" },
    });
    const other = await ask({ unit: { level: "DISTRICT", id: hainan }, schoolTypes: ["JUNIOR_SECONDARY"] });
    expect(other.data).toBeNull();
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
