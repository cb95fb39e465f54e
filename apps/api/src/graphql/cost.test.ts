/**
 * The work budget of a request (cost.ts), over the Wuhai demo data through GraphQL as the apps
 * ask, on PGlite and (with DATABASE_URL) PostgreSQL. The arithmetic, in measured results
 * (unit × school year × target):
 * - default targets (plan/targets.ts): 38 measured at district level, 7 of them C1–C7 (two
 *   results each, 小学 and 初中): 45 results; 26 of them also at school level (7 C): 33 results;
 *   52 at city level, 30 of them also at district level (no C).
 * - the demo's largest district, 海勃湾区, has SCHOOLS schools (all of them, kindergartens too).
 * - the fixed work: measured years × (1 + children) × 4 families of aggregation; 2010–2025
 *   measures 2019–2025 (7 years: nothing before the year before the plan's first).
 * - one district dashboard 2010–2025: 16 × (45 + SCHOOLS × 33) + 7 × (1 + SCHOOLS) × 4 = 39,668;
 *   twenty of them under aliases: 20 × that, refused before running (no data, HTTP 400,
 *   QUERY_TOO_EXPENSIVE).
 * - the city dashboard 2020–2025: 6 × (52 + 3 × 30) + 7 × 4 × 4 = 964, allowed.
 */
import type { DbHandle } from "@edu2035/db";
import { DEMO_PASSWORD } from "@edu2035/db/demo";
import { testBackends } from "@edu2035/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toRows } from "../modules/indicators/measures.ts";
import { loginAs, startApiOn } from "../testing.ts";
import { REQUEST_COST_BUDGET } from "./cost.ts";

/** The demo's largest district, 海勃湾区: its school count (checked against the database below). */
const SCHOOLS = 70;

/** POST an operation; the HTTP status and the answer. */
async function post(url: string, query: string, variables: Record<string, unknown>, token: string) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: responses are asserted field by field
  return { status: res.status, ...((await res.json()) as { data?: any; errors?: any[] }) };
}

const DASHBOARD_FIELDS = `unit { name } children { id } results { target { id } schoolYear status } years { schoolYear }`;

describe.each(testBackends())("the work budget of a request on $name", (backend) => {
  let h: DbHandle;
  let api: Awaited<ReturnType<typeof startApiOn>>;
  let district: string;
  let city: string;
  let haibowan: string;

  beforeAll(async () => {
    h = await backend.openDemo();
    api = await startApiOn(h);
    city = await loginAs(api.url, "city", DEMO_PASSWORD, "CITY");
    district = await loginAs(api.url, "haibowan", DEMO_PASSWORD, "DISTRICT");
    const r = await post(api.url, `{ districts { id name } }`, {}, city);
    haibowan = r.data.districts.find((d: { name: string }) => d.name === "海勃湾区").id;
  }, 180_000);
  afterAll(async () => {
    await api?.stop();
    await h?.close();
  });

  it("counts the demo's largest district as 海勃湾区 with its schools", async () => {
    const rows = toRows(
      await h.db.execute(
        sql`select d.name, count(*)::int as n from schools s join districts d on d.id = s.district_id
            group by d.name order by n desc`,
      ),
    );
    expect(rows[0]).toMatchObject({ name: "海勃湾区" });
    expect(Number(rows[0]?.n)).toBe(SCHOOLS);
  });

  it("refuses 20 aliases of a district dashboard over 2010–2025 before running any", async () => {
    const aliases = Array.from(
      { length: 20 },
      (_, i) => `d${i}: targetDashboard(unit: $unit, fromYear: 2010, toYear: 2025) { ${DASHBOARD_FIELDS} }`,
    ).join("\n");
    const r = await post(
      api.url,
      `query Many($unit: OrgUnitInput!) { ${aliases} }`,
      { unit: { level: "DISTRICT", id: haibowan } },
      district,
    );
    expect(r.status).toBe(400);
    expect(r.data).toBeUndefined();
    expect(r.errors).toHaveLength(1);
    const found = 20 * (16 * (45 + SCHOOLS * 33) + 7 * (1 + SCHOOLS) * 4);
    expect(found).toBe(793_360);
    expect(r.errors?.[0].extensions).toEqual({
      code: "QUERY_TOO_EXPENSIVE",
      field: "targetDashboard",
      max: REQUEST_COST_BUDGET,
      found,
    });
    expect(r.errors?.[0].message).toBe(
      `请求的计算量过大：估算 ${found} 项指标结果，单次请求上限 ${REQUEST_COST_BUDGET}。最耗时的字段是 targetDashboard（指标总览）：请缩短学年范围（fromYear—toYear）、减少指标（targetIds）或减少同一请求中的别名，或分多次查询`,
    );
  }, 120_000);

  it("counts a field spread through fragments and from variables", async () => {
    // 3 × 39,668 through a fragment with three aliases, years from variables
    const r = await post(
      api.url,
      `query Spread($unit: OrgUnitInput!, $from: Int!, $to: Int!) { ...Three }
       fragment Three on Query {
         a: targetDashboard(unit: $unit, fromYear: $from, toYear: $to) { fromYear }
         b: targetDashboard(unit: $unit, fromYear: $from, toYear: $to) { fromYear }
         c: targetDashboard(unit: $unit, fromYear: $from, toYear: $to) { fromYear }
       }`,
      { unit: { level: "DISTRICT", id: haibowan }, from: 2010, to: 2025 },
      district,
    );
    expect(r.status).toBe(400);
    expect(r.errors?.[0].extensions).toMatchObject({
      code: "QUERY_TOO_EXPENSIVE",
      found: 3 * (16 * (45 + SCHOOLS * 33) + 7 * (1 + SCHOOLS) * 4),
    });
  }, 120_000);

  it("runs the apps' district dashboard over 2010–2025 and the city dashboard", async () => {
    // one district dashboard over the longest range: 39,668 ≤ 50,000
    const one = await post(
      api.url,
      `query($unit: OrgUnitInput!) { targetDashboard(unit: $unit, fromYear: 2010, toYear: 2025) { ${DASHBOARD_FIELDS} } }`,
      { unit: { level: "DISTRICT", id: haibowan } },
      district,
    );
    expect(one.errors).toBeUndefined();
    expect(one.status).toBe(200);
    expect(one.data.targetDashboard.unit.name).toBe("海勃湾区");
    expect(one.data.targetDashboard.years).toHaveLength(16);
    // the city dashboard 2020–2025: 964
    const c = await post(
      api.url,
      `{ targetDashboard(unit: { level: CITY }, fromYear: 2020, toYear: 2025) { ${DASHBOARD_FIELDS} } }`,
      {},
      city,
    );
    expect(c.errors).toBeUndefined();
    expect(c.data.targetDashboard.children).toHaveLength(3);
  }, 180_000);
});
