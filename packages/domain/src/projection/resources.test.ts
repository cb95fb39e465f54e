/**
 * Classes and teachers on a hand-built projection (小学 only), worked out by hand.
 *
 *  year  p1   p2   pupils  classes needed (45)     norm 1:19        C1 4.2%   C3 0.9%
 *  2025  200  180  380     5 + 4 = 9 (have 9)      20               15.96→16  3.42→4
 *  2026  230  190  420     6 + 5 = 11 (−2)         22.1→23          17.64→18  3.78→4
 *  2027  190  171  361     5 + 4 = 9 (0)           19               15.16→16  3.249→4
 * Roster: 18 young 本科 teachers (3 PE, 2 骨干), a man born 1966-03-10 (retires 2026-07-10) and a
 * woman born 1971-07-20 (retires 2026-12-20), both 专科. Supply 20, 19, 18.
 * Total: gap 0, 4, 1 → cumulative hires 0, 4, 4 → hires 0, 4, 0; retirements –, 1, 1.
 * The base year 2025 is actual: no hires in it (hires start 2026 by default).
 * C3: need 4, supply 3 → 2025 gap 1 but no hire; hires 1 in 2026, then 0.
 * C2: need 4, supply 2 → 2025 gap 2, no hire.
 * Hires from 2027 (2026 already over): total 2026 gap 4 but no hire; 2027 gap 1 → hires 1, cumulative 1;
 *   A08 2026 = 18/19 = 94.74%, 2027 = (18 + 1)/(18 + 1) = 100%.
 * A08: 18/20 = 90%; (18 + 4)/(19 + 4) = 95.65%; (18 + 4)/(18 + 4) = 100%.
 */
import { describe, expect, it } from "vitest";
import type { CohortProjection } from "./cohort.ts";
import { projectResources, type RosterTeacher } from "./resources.ts";

const cohorts: CohortProjection = {
  baseYear: 2025,
  endYear: 2027,
  historyYears: [2025],
  rates: [],
  births: [],
  missingBirthYears: [],
  notes: [],
  years: [
    {
      schoolYear: 2025,
      projected: false,
      pupils: { "primary:1": 200, "primary:2": 180 },
      classes: { "primary:1": 5, "primary:2": 4 },
      provisional: [],
    },
    {
      schoolYear: 2026,
      projected: true,
      pupils: { "primary:1": 230, "primary:2": 190 },
      classes: null,
      provisional: [],
    },
    {
      schoolYear: 2027,
      projected: true,
      pupils: { "primary:1": 190, "primary:2": 171 },
      classes: null,
      provisional: [],
    },
  ],
};
const young = (i: number): RosterTeacher => ({
  gender: "female",
  birthDate: "1990-05-01",
  stage: "primary",
  subject: i < 3 ? "physical_education" : "chinese",
  education: "bachelor",
  backbone: i < 2,
  preschoolQualified: false,
});
const ROSTER: RosterTeacher[] = [
  ...Array.from({ length: 18 }, (_, i) => young(i)),
  { ...young(10), gender: "male", birthDate: "1966-03-10", education: "associate" },
  { ...young(10), gender: "female", birthDate: "1971-07-20", education: "associate" },
];

describe("classes and teachers needed", () => {
  const r = projectResources(cohorts, ROSTER, ["primary"]);
  const at = (y: number) => r.find((x) => x.schoolYear === y)?.stages[0];

  it("classes needed at 45 a class against the 9 reported", () => {
    expect(r.map((y) => y.stages[0]?.classes)).toEqual([
      { needed: 9, have: 9, balance: 0 },
      { needed: 11, have: 9, balance: -2 },
      { needed: 9, have: 9, balance: 0 },
    ]);
  });

  it("teachers: need by 1:19, supply after retirements, hires per year", () => {
    expect(r.map((y) => y.stages[0]?.teachers?.total)).toEqual([
      { need: 20, supply: 20, gap: 0, surplus: 0, hires: 0, cumulativeHires: 0 },
      { need: 23, supply: 19, gap: 4, surplus: -4, hires: 4, cumulativeHires: 4 },
      { need: 19, supply: 18, gap: 1, surplus: -1, hires: 0, cumulativeHires: 4 },
    ]);
    expect(r.map((y) => y.stages[0]?.teachers?.retirements)).toEqual([0, 1, 1]);
    expect(at(2026)?.teachers?.normNeed).toBe(23);
    expect(at(2026)?.teachers?.binding).toBe("norm");
  });

  it("C1–C3 needs of their own kind", () => {
    expect(at(2025)?.teachers?.balance.C3).toEqual({
      need: 4,
      supply: 3,
      gap: 1,
      surplus: -1,
      hires: 0,
      cumulativeHires: 0,
    });
    expect(at(2026)?.teachers?.balance.C3).toEqual({
      need: 4,
      supply: 3,
      gap: 1,
      surplus: -1,
      hires: 1,
      cumulativeHires: 1,
    });
    // C1 小学 = 专科及以上: all 20, then 19, 18
    expect(at(2026)?.teachers?.balance.C1).toEqual({
      need: 18,
      supply: 19,
      gap: -1,
      surplus: 1,
      hires: 0,
      cumulativeHires: 0,
    });
    expect(at(2025)?.teachers?.balance.C2).toEqual({
      need: 4,
      supply: 2,
      gap: 2,
      surplus: -2,
      hires: 0,
      cumulativeHires: 0,
    });
  });

  it("no hires in a year already over: hires from 2027", () => {
    const late = projectResources(cohorts, ROSTER, ["primary"], { hiresFrom: 2027 });
    expect(late.map((y) => y.stages[0]?.teachers?.total)).toEqual([
      { need: 20, supply: 20, gap: 0, surplus: 0, hires: 0, cumulativeHires: 0 },
      { need: 23, supply: 19, gap: 4, surplus: -4, hires: 0, cumulativeHires: 0 },
      { need: 19, supply: 18, gap: 1, surplus: -1, hires: 1, cumulativeHires: 1 },
    ]);
    expect(late[1]?.a08Percent).toBeCloseTo((100 * 18) / 19, 10);
    expect(late[2]?.a08Percent).toBe(100);
    // never before base year + 1, whatever is asked
    expect(projectResources(cohorts, ROSTER, ["primary"], { hiresFrom: 2020 })).toEqual(r);
  });

  it("A08 with hires assumed 本科", () => {
    expect(r[0]?.a08Percent).toBe(90);
    expect(r[1]?.a08Percent).toBeCloseTo((100 * 22) / 23, 10);
    expect(r[2]?.a08Percent).toBe(100);
    expect(r[0]?.a07Percent).toBeNull();
    // A08 line 2026 = 95 + (98 − 95) × 1/5 = 95.6: 18 本科 of 19 → ⌈(95.6 × 19 − 1,800) ÷ 4.4⌉ =
    // ⌈16.4 ÷ 4.4 = 3.73⌉ = 4 qualified hires, and 4 are planned → held (22/23 = 95.65%);
    // 2027: 18 of 18 → none needed; the base year 2025 plans no hires → null
    expect(r[1]?.a08Hold?.required).toBeCloseTo(95.6, 10);
    expect(r[1]?.a08Hold).toMatchObject({ qualifiedHires: 4, plannedHires: 4, held: true });
    expect(r[2]?.a08Hold).toMatchObject({ required: 96.2, qualifiedHires: 0, plannedHires: 4, held: true });
    expect(r[0]?.a08Hold).toBeNull();
    expect(r[1]?.a07Hold).toBeNull();
  });

  it("C1 binds where it asks for more than the norm (初中 5.3 per 100 < 1:13.5, so never; a toy check)", () => {
    // 初中 1000 pupils: norm ⌈1000/13.5⌉ = 75, C1 53 → the norm binds
    const j = projectResources(
      {
        ...cohorts,
        endYear: 2025,
        years: [
          {
            schoolYear: 2025,
            projected: false,
            pupils: { "junior_secondary:7": 1000 },
            classes: {},
            provisional: [],
          },
        ],
      },
      [],
      ["junior_secondary"],
    );
    expect(j[0]?.stages[0]?.teachers).toMatchObject({
      normNeed: 75,
      binding: "norm",
      total: { need: 75, supply: 0, gap: 75 },
    });
  });
});
