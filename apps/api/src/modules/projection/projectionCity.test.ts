/**
 * The city's projection (学龄人口预测, 市级) sums its districts' teachers, through GraphQL as the city
 * app asks, on PGlite and (with DATABASE_URL) PostgreSQL: 海勃湾区 has 8 teachers more than it
 * needs, 海南区 12 fewer (fixtures/projectionCity.ts). Teachers are employed per district
 * (县管校聘): the city must hire 海南区's 12, not the pooled net 64 − 60 = 4; likewise classes and
 * the A08 hold are Σ of the districts'.
 */
import type { DbHandle } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProjectionCity, type ProjectionCity } from "../../fixtures/projectionCity.ts";
import { FIXTURE_PASSWORD } from "../../fixtures/smallCity.ts";
import { gql, loginAs, startApiOn } from "../../testing.ts";

const PROJECTION = `query($d: ID) {
  projection(districtId: $d) {
    unitName baseYear method notes
    years { schoolYear a08Percent a08Hold { required qualifiedHires plannedHires held }
      stages { stage pupils classesNeeded classesHave classBalance
        teachers { normNeed binding need supply gap surplus hires cumulativeHires retirements
          balance { indicatorId need supply gap surplus hires cumulativeHires } } } }
  }
}`;

// biome-ignore lint/suspicious/noExplicitAny: GraphQL answers read by path in the assertions
type Json = Record<string, any>;
/** 2026-10-15 (Beijing): school year 2026—2027, the first hire year. */
const NOW = new Date("2026-10-15T12:00:00+08:00");

describe.each(testBackends())("the city's projection sums its districts on $name", (backend) => {
  let h: DbHandle;
  let api: Awaited<ReturnType<typeof startApiOn>>;
  let ids: ProjectionCity;
  let token = "";
  const primary = (p: Json, year: number) =>
    (p.years as Json[]).find((y) => y.schoolYear === year)?.stages.find((s: Json) => s.stage === "PRIMARY");
  const project = async (d: string | null) => {
    const r = await gql(api.url, PROJECTION, { d }, token);
    expect(r.errors).toBeUndefined();
    return r.data?.projection as Json;
  };
  const kind = (s: Json, id: string) => s.teachers.balance.find((b: Json) => b.indicatorId === id);

  beforeAll(async () => {
    h = await backend.open();
    ids = await loadProjectionCity(h.db);
    api = await startApiOn(h, { now: () => NOW });
    token = await loginAs(api.url, "city", FIXTURE_PASSWORD, "CITY");
  });
  afterAll(async () => {
    await api?.stop();
    await h?.close();
  });

  it("each district on its own: 海勃湾区 +8 富余 (no hires), 海南区 −12 短缺 (12 hired in 2026)", async () => {
    const a = primary(await project(ids.a), 2026);
    // 600 pupils → need ⌈600 ÷ 19⌉ = 32; supply 40 → gap −8, surplus +8, no hire
    expect(a.teachers).toMatchObject({
      need: 32,
      supply: 40,
      gap: -8,
      surplus: 8,
      hires: 0,
      cumulativeHires: 0,
    });
    const b = primary(await project(ids.b), 2026);
    // supply 20 → gap 12, surplus −12, 12 hired; C1 (专科+) 20 vs ⌈25.2⌉ = 26 → 6 hired
    expect(b.teachers).toMatchObject({
      need: 32,
      supply: 20,
      gap: 12,
      surplus: -12,
      hires: 12,
      cumulativeHires: 12,
    });
    expect(kind(b, "C1")).toMatchObject({ need: 26, supply: 20, hires: 6 });
  });

  it("each district's A08 hold on its own teachers (the city sums them)", async () => {
    const hold = async (d: string) =>
      ((await project(d)).years as Json[]).find((y) => y.schoolYear === 2026)?.a08Hold;
    // 海勃湾区: 40 of 40 本科 → needs 0, held
    expect(await hold(ids.a)).toMatchObject({ qualifiedHires: 0, plannedHires: 0, held: true });
    // 海南区: 10 of 20 → ⌈912 ÷ 4.4⌉ = 208, 12 planned → not held
    expect(await hold(ids.b)).toMatchObject({ qualifiedHires: 208, plannedHires: 12, held: false });
  });

  it("the city: pupils its own totals, classes needed, teachers and the A08 hold the sums of the districts'", async () => {
    const p = await project(null);
    expect(p.baseYear).toBe(2025);
    const s = primary(p, 2026);
    // pupils 600 + 600 = 1,200; classes needed Σ of the districts' 6 × ⌈100 ÷ 45⌉ = 18 + 18 = 36 (a
    // class cannot span districts: the pooled 6 × ⌈200 ÷ 45 = 4.44⌉ = 30 would be too few),
    // 18 + 18 = 36 reported → balance 0
    expect(s).toMatchObject({ pupils: 1200, classesNeeded: 36, classesHave: 36, classBalance: 0 });
    // need 32 + 32 = 64, supply 40 + 20 = 60, gap −8 + 12 = 4, surplus 8 − 12 = −4, hires 0 + 12 = 12
    // (the pooled 64 − 60 would hire only 4: 海勃湾区's surplus cannot staff 海南区's schools)
    expect(s.teachers).toMatchObject({
      normNeed: 64,
      binding: "NORM",
      need: 64,
      supply: 60,
      gap: 4,
      surplus: -4,
      hires: 12,
      cumulativeHires: 12,
      retirements: 0,
    });
    // C1: need 26 + 26 = 52, supply 40 + 20 = 60, surplus 14 − 6 = 8, hires 0 + 6 = 6 (pooled: none);
    // C2, C3: 6 + 6 = 12 needed, none in post, 12 hired
    expect(s.teachers.balance).toEqual([
      { indicatorId: "C1", need: 52, supply: 60, gap: -8, surplus: 8, hires: 6, cumulativeHires: 6 },
      { indicatorId: "C2", need: 12, supply: 0, gap: 12, surplus: -12, hires: 12, cumulativeHires: 12 },
      { indicatorId: "C3", need: 12, supply: 0, gap: 12, surplus: -12, hires: 12, cumulativeHires: 12 },
    ]);
    // 2027: the same pupils and teachers, nothing more to hire; the base year 2025 is actual
    expect(primary(p, 2027).teachers).toMatchObject({ gap: 4, hires: 0, cumulativeHires: 12 });
    expect(primary(p, 2025).teachers).toMatchObject({
      need: 64,
      supply: 60,
      gap: 4,
      hires: 0,
      cumulativeHires: 0,
    });
    // A08 2026 on the city's teachers plus the summed hires: 本科 40 + 10 = 50 of 60, + 12 hires →
    // 62 ÷ 72 = 86.11%; line 2026 = 95 + (98 − 95) × 1/5 = 95.6. Qualified hires needed: Σ of the
    // districts' — 海勃湾区 40 of 40 本科 → 0 (held; its margin cannot be lent), 海南区 10 of 20 →
    // ⌈(95.6 × 20 − 100 × 10) ÷ 4.4 = 912 ÷ 4.4 = 207.3⌉ = 208 → 0 + 208 = 208 (the pooled city
    // would say ⌈(95.6 × 60 − 5000) ÷ 4.4 = 167.3⌉ = 168); planned 0 + 12 = 12 → not held
    const y2026 = (p.years as Json[]).find((y) => y.schoolYear === 2026) as Json;
    expect(y2026.a08Percent).toBeCloseTo((100 * 62) / 72, 10);
    expect(y2026.a08Hold).toMatchObject({ qualifiedHires: 208, plannedHires: 12, held: false });
    expect(y2026.a08Hold.required).toBeCloseTo(95.6, 10);
    expect(p.method.join("")).toContain("各区分别预测之和");
    expect(p.method.join("")).toContain("需班级为各区分别预测之和");
    expect(p.method.join("")).toContain("合格新增教师为各区所需之和");
    // 208 > 20% × 60 teachers in post: 208 ÷ 60 = 346.7% → hiring is no main route
    const note = (p.notes as string[]).find((n) => n.startsWith("A08"));
    expect(note).toContain("需累计补充本科及以上学历教师208人，全市为各区所需之和");
    expect(note).toContain("相当于现有教师（60人）的347%，超过20%，补充教师不宜作为主要途径");
    expect(note).toContain("须以现有教师在职完成本科学历提升为主");
  });
});
