/**
 * The city's teachers as the sum of its districts' (citySum.ts), worked by hand. 小学一年级 only,
 * 2025 (base, actual) and 2026 (projected, hires from 2026):
 *   district X: 190 pupils, 12 young 本科 teachers → need ⌈190 ÷ 19⌉ = 10, surplus +2, no hires
 *   district Y: 190 pupils,  6 young 本科 teachers → need 10, gap 4 → 4 hired in 2026
 *   city (its own model on 380 pupils): pooled need 20 − 18 would hire only 2, the sum hires 0 + 4 = 4;
 *   classes needed ⌈190 ÷ 45⌉ = 5 per district → 10 (pooled ⌈380 ÷ 45⌉ = 9: a class cannot span
 *   districts), 9 reported → balance −1.
 *   C1 (专科+ 4.2 per 100): ⌈7.98⌉ = 8 each; X 12 → 0 hired, Y 6 → 2 hired → city 2 (pooled 16 vs 18: 0)
 *   C2 (骨干 1.0): ⌈1.9⌉ = 2 each, none in post → 2 + 2 = 4; C3 (0.9): ⌈1.71⌉ = 2 each → 4
 *   A08 2026: 18 本科 in post + 4 hires → 22 ÷ 22 = 100%
 */
import { describe, expect, it } from "vitest";
import { sumDistrictTeachers } from "./citySum.ts";
import type { CohortProjection } from "./cohort.ts";
import { projectResources, type RosterTeacher } from "./resources.ts";

const cohortsOf = (pupils: number): CohortProjection => ({
  baseYear: 2025,
  endYear: 2026,
  historyYears: [2025],
  rates: [],
  births: [],
  missingBirthYears: [],
  notes: [],
  years: [2025, 2026].map((schoolYear) => ({
    schoolYear,
    projected: schoolYear > 2025,
    pupils: { "primary:1": pupils },
    classes: schoolYear === 2025 ? { "primary:1": Math.ceil(pupils / 45) } : null,
    provisional: [],
  })),
});
const teachers = (n: number, associate = 0): RosterTeacher[] =>
  Array.from({ length: n }, (_, i) => ({
    gender: "female",
    birthDate: "1990-05-01",
    stage: "primary",
    subject: "chinese",
    education: i < associate ? "associate" : "bachelor",
    backbone: false,
    preschoolQualified: false,
  }));

describe("sumDistrictTeachers", () => {
  const x = projectResources(cohortsOf(190), teachers(12), ["primary"], { hiresFrom: 2026 });
  const y = projectResources(cohortsOf(190), teachers(6), ["primary"], { hiresFrom: 2026 });
  const pooled = projectResources(cohortsOf(380), teachers(18), ["primary"], { hiresFrom: 2026 });
  const city = sumDistrictTeachers(pooled, [x, y], teachers(18), 2026);
  const y2026 = city.find((r) => r.schoolYear === 2026);
  const s = y2026?.stages[0];

  it("hires the short district's 4, not the pooled 2; keeps the city's pupils, sums classes needed", () => {
    expect(pooled[1]?.stages[0]?.teachers?.total.hires).toBe(2);
    expect(pooled[1]?.stages[0]?.classes.needed).toBe(9);
    expect(s).toMatchObject({ pupils: 380, classes: { needed: 10, have: 9, balance: -1 } });
    expect(s?.teachers?.total).toEqual({
      need: 20,
      supply: 18,
      gap: 2,
      surplus: -2,
      hires: 4,
      cumulativeHires: 4,
    });
    expect(s?.teachers?.normNeed).toBe(20);
    expect(s?.teachers?.binding).toBe("norm");
  });

  it("sums C1–C3 the same way and recomputes A08 with the summed hires", () => {
    expect(s?.teachers?.balance.C1).toEqual({
      need: 16,
      supply: 18,
      gap: -2,
      surplus: 2,
      hires: 2,
      cumulativeHires: 2,
    });
    expect(s?.teachers?.balance.C2).toMatchObject({ need: 4, supply: 0, hires: 4 });
    expect(s?.teachers?.balance.C3).toMatchObject({ need: 4, supply: 0, hires: 4 });
    expect(y2026?.a08Percent).toBe(100);
    expect(y2026?.a08Hold).toMatchObject({ plannedHires: 4, qualifiedHires: 0, held: true });
    // the base year is actual: the sum of the districts' gaps, no hires
    expect(city[0]?.stages[0]?.teachers?.total).toMatchObject({ gap: 2, hires: 0 });
  });

  it("sums the districts' A08 hold: a district above the line cannot lend its margin", () => {
    // Y' has 2 本科 + 4 专科 of 6; line 2026 = 95 + (98 − 95) × 1/5 = 95.6
    // X: 12 of 12 → needs 0, held; Y': ⌈(95.6 × 6 − 100 × 2) ÷ 4.4 = 373.6 ÷ 4.4 = 84.9⌉ = 85, 4 planned → not held
    // pooled city 14 of 18: ⌈(95.6 × 18 − 1400) ÷ 4.4 = 320.8 ÷ 4.4 = 72.9⌉ = 73 — the sum is 0 + 85 = 85
    const y2 = projectResources(cohortsOf(190), teachers(6, 4), ["primary"], { hiresFrom: 2026 });
    const pooled2 = projectResources(cohortsOf(380), teachers(18, 4), ["primary"], { hiresFrom: 2026 });
    expect(pooled2[1]?.a08Hold?.qualifiedHires).toBe(73);
    const c = sumDistrictTeachers(pooled2, [x, y2], teachers(18, 4), 2026);
    // staff: the teachers in post the ratio rests on, 12 + 6 = 18
    expect(c[1]?.a08Hold).toMatchObject({ qualifiedHires: 85, plannedHires: 4, held: false, staff: 18 });
    expect(c[1]?.a08Hold?.required).toBeCloseTo(95.6, 10);
  });
});
