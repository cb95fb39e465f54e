/**
 * 三支队伍 coverage (名册覆盖, issue 10): StaffingSummary.coverage and provisional through GraphQL,
 * once per role, on PGlite and (with DATABASE_URL) PostgreSQL.
 *
 * Fixture (fixtures/smallCity.ts), 2025—2026: every school has active staff — 海勃湾区 P1 6, K1 4,
 * V1 6; 海南区 N2 5 active + 丁六 retired, K2 2; 教研员 己一 (海南区教研室) and 庚一 (the city's).
 * City total 6 + 4 + 6 + 5 + 2 + 1 + 1 = 25; coverage 5/5 所学校 (the 教研室 are not units).
 *
 * Added here for 2026—2027 (written straight to the database, as two rollovers would leave them):
 * - P1: 2 active teachers (乙甲, 乙乙) → P1 reported;
 * - N2: 1 teacher only (丙甲), retired on 1 September 2026 exactly → not on the roster at the
 *   统计时点 (left_on > Y-09-01 only), so N2 is open but not reported;
 * - the city's 教研室: 1 教研员 (丁甲) → in the totals, not in the coverage;
 * - K2 closes on 2026-08-31 → not open at 统计时点 2026-09-01, not expected in 2026.
 * So 2026: city expected P1 K1 V1 N2 = 4, reported P1 = 1 → "1/4 所学校", 暂定, total 2 + 1 = 3;
 * 海勃湾区 1/3 暂定 (total 2); 海南区 0/1 (无数据: not 暂定, total 0); P1 itself 1/1 (complete);
 * K2 0/0 (not applicable: not 暂定).
 */
import { people, schools, staff } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql } from "../../testing.ts";

const SUMMARY = `query($u: OrgUnitInput!, $y: Int!) { staffingSummary(unit: $u, schoolYear: $y) {
  total coverage { reported expected complete label } provisional } }`;

describe.each(testBackends())("三支队伍 coverage on $name", (backend) => {
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let t: Record<string, string>;

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, {
      async prepare(h, ids) {
        const person = async (name: string, birthDate: string) => {
          const [p] = await h.db.insert(people).values({ name, gender: "female", birthDate }).returning();
          return p!.id;
        };
        await h.db.insert(staff).values([
          {
            personId: await person("乙甲", "1985-03-15"),
            schoolYear: 2026,
            schoolId: ids.p1,
            districtId: ids.d1,
            role: "teacher",
            education: "bachelor",
          },
          {
            personId: await person("乙乙", "1990-05-15"),
            schoolYear: 2026,
            schoolId: ids.p1,
            districtId: ids.d1,
            role: "teacher",
            education: "bachelor",
          },
          {
            personId: await person("丙甲", "1962-01-15"),
            schoolYear: 2026,
            schoolId: ids.n2,
            districtId: ids.d2,
            role: "teacher",
            education: "bachelor",
            status: "retired",
            leftOn: "2026-09-01",
          },
          {
            personId: await person("丁甲", "1980-07-15"),
            schoolYear: 2026,
            schoolId: null,
            districtId: null,
            role: "researcher",
            education: "postgraduate",
            fullTime: false,
          },
        ]);
        await h.db.update(schools).set({ closedOn: "2026-08-31" }).where(eq(schools.id, ids.k2));
      },
      logins: ["city", "haibowan", "hainan", "p1"],
    });
    ({ ids, url, tokens: t } = smallCity);
  }, 120_000);
  afterAll(() => smallCity?.close());

  const summary = async (token: string, unit: { level: string; id?: string }, y: number) => {
    const r = await gql(url, SUMMARY, { u: unit, y }, token);
    expect(r.errors).toBeUndefined();
    return r.data?.staffingSummary;
  };

  it("states full coverage (5/5 所学校, not 暂定) in a year every school has a roster", async () => {
    expect(await summary(t.city!, { level: "CITY" }, 2025)).toEqual({
      total: 25,
      coverage: { reported: 5, expected: 5, complete: true, label: "5/5 所学校" },
      provisional: false,
    });
    // 海南区: N2 (5 active) and K2 (2), plus its 教研室's 己一 → 8 persons, 2/2 schools
    expect(await summary(t.hainan!, { level: "DISTRICT", id: ids.d2 }, 2025)).toEqual({
      total: 8,
      coverage: { reported: 2, expected: 2, complete: true, label: "2/2 所学校" },
      provisional: false,
    });
  });

  it("states 1/4 所学校 and 暂定 for the city in a year only one open school has a roster", async () => {
    expect(await summary(t.city!, { level: "CITY" }, 2026)).toEqual({
      total: 3,
      coverage: { reported: 1, expected: 4, complete: false, label: "1/4 所学校" },
      provisional: true,
    });
  });

  it("states each district's and school's own coverage", async () => {
    expect(await summary(t.haibowan!, { level: "DISTRICT", id: ids.d1 }, 2026)).toEqual({
      total: 2,
      coverage: { reported: 1, expected: 3, complete: false, label: "1/3 所学校" },
      provisional: true,
    });
    // N2's only 2026 record retired on 2026-09-01: none on the roster at the 统计时点, 0/1 (无数据)
    expect(await summary(t.hainan!, { level: "DISTRICT", id: ids.d2 }, 2026)).toEqual({
      total: 0,
      coverage: { reported: 0, expected: 1, complete: false, label: "0/1 所学校" },
      provisional: false,
    });
    expect(await summary(t.p1!, { level: "SCHOOL", id: ids.p1 }, 2026)).toEqual({
      total: 2,
      coverage: { reported: 1, expected: 1, complete: true, label: "1/1 所学校" },
      provisional: false,
    });
    // K2 closed before 2026-09-01: no school expected
    expect(await summary(t.city!, { level: "SCHOOL", id: ids.k2 }, 2026)).toEqual({
      total: 0,
      coverage: { reported: 0, expected: 0, complete: false, label: "0/0 所学校" },
      provisional: false,
    });
  });
});
