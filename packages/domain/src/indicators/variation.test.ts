import { describe, expect, it } from "vitest";
import {
  unweightedCoefficientOfVariation,
  weightedCoefficientOfVariation,
  weightedVariation,
} from "./variation.ts";

/**
 * The official worked example (《县域义务教育校际均衡指标计算方法（以生均图书册数为例）》):
 * a county with five primary schools, 302 pupils and 1913 books.
 *
 * | school | pupils P_i | books | x_i = books ÷ P_i |
 * |--------|-----------:|------:|------------------:|
 * | 小学1  | 45 | 279 | 6.20  |
 * | 小学2  | 37 | 137 | 3.70  |
 * | 小学3  | 89 | 935 | 10.51 |
 * | 小学4  | 76 | 160 | 2.11  |
 * | 小学5  | 55 | 402 | 7.31  |
 * | total  | 302 | 1913 | X̄ = 1913 ÷ 302 = 6.334 |
 *
 * (P_i/P)(x_i − X̄)²: 45/302 × (6.200 − 6.334)² = 0.0027
 *                    37/302 × (3.703 − 6.334)² = 0.8486
 *                    89/302 × (10.506 − 6.334)² = 5.1274
 *                    76/302 × (2.105 − 6.334)² = 4.5011
 *                    55/302 × (7.309 − 6.334)² = 0.1730
 * Σ = 10.6528; S = √10.6528 = 3.2639; CV = 3.2639 ÷ 6.3344 = 0.5153 ≈ 0.52 (the guidance
 * rounds its intermediates: 3.26 ÷ 6.33 → 0.52).
 */
const BOOKS = [
  { students: 45, resource: 279 },
  { students: 37, resource: 137 },
  { students: 89, resource: 935 },
  { students: 76, resource: 160 },
  { students: 55, resource: 402 },
];

describe("weightedCoefficientOfVariation (official student-weighted 差异系数)", () => {
  it("reproduces the official worked example: 302 pupils, 1913 books, X̄ 6.33, CV ≈ 0.52", () => {
    const v = weightedVariation(BOOKS);
    expect(v.students).toBe(302);
    expect(v.resource).toBe(1913);
    expect(v.mean).toBeCloseTo(6.3344, 4);
    expect(v.standardDeviation ** 2).toBeCloseTo(10.6528, 4);
    expect(v.standardDeviation).toBeCloseTo(3.2639, 4);
    expect(v.cv).toBeCloseTo(0.5153, 4);
    expect(Math.round(v.cv * 100) / 100).toBe(0.52);
    expect(weightedCoefficientOfVariation(BOOKS)).toBe(v.cv);
  });

  it("differs from the unweighted CV (0.489 here), which would wrongly pass the 0.50 primary limit", () => {
    // Unweighted: mean of the five x_i = 5.9645, population SD = 2.9153, CV = 0.4888.
    const unweighted = unweightedCoefficientOfVariation(BOOKS);
    expect(unweighted).toBeCloseTo(0.4888, 4);
    expect(weightedCoefficientOfVariation(BOOKS)).toBeGreaterThan(0.5);
    expect(unweighted).toBeLessThan(0.5);
  });

  it("weights a big school more: two schools, 100 and 900 pupils", () => {
    // x = 2 and 6 m²/pupil; X̄ = (200 + 5400) ÷ 1000 = 5.6;
    // S² = 0.1 × 3.6² + 0.9 × 0.4² = 1.296 + 0.144 = 1.44, S = 1.2, CV = 1.2 ÷ 5.6 = 0.2143.
    // Unweighted: mean 4, SD 2, CV 0.5.
    const units = [
      { students: 100, resource: 200 },
      { students: 900, resource: 5400 },
    ];
    expect(weightedCoefficientOfVariation(units)).toBeCloseTo(1.2 / 5.6, 12);
    expect(unweightedCoefficientOfVariation(units)).toBeCloseTo(0.5, 12);
  });

  it("is 0 when every school has the same per-student value", () => {
    expect(
      weightedCoefficientOfVariation([
        { students: 100, resource: 450 },
        { students: 300, resource: 1350 },
      ]),
    ).toBeCloseTo(0, 12);
  });

  it("leaves out schools without students and throws when none has any", () => {
    expect(weightedCoefficientOfVariation([...BOOKS, { students: 0, resource: 0 }])).toBeCloseTo(0.5153, 4);
    expect(() => weightedCoefficientOfVariation([])).toThrow(RangeError);
    expect(() => weightedCoefficientOfVariation([{ students: 0, resource: 5 }])).toThrow(RangeError);
    expect(() => weightedCoefficientOfVariation([{ students: 10, resource: 0 }])).toThrow(RangeError);
    expect(() => weightedCoefficientOfVariation([{ students: -1, resource: 5 }])).toThrow(RangeError);
  });
});
