import { describe, expect, it } from "vitest";
import { averageOf, per100kPopulation, per100Students, perStudent, ratio, tenThousandYuan } from "./ratio.ts";

describe("ratio / per100Students / perStudent", () => {
  it("computes a percentage with its counts", () => {
    // A08 at a school: 47 of 50 full-time teachers with 本科 or above → 94%.
    expect(ratio(47, 50)).toEqual({ value: 94, numerator: 47, denominator: 50 });
    // Gross rates may exceed 100 (A01: 1030 children ÷ 1000 residents aged 3–5).
    expect(ratio(1030, 1000).value).toBeCloseTo(103, 10);
  });

  it("gives null, not NaN or Infinity, for a zero denominator", () => {
    expect(ratio(0, 0)).toEqual({ value: null, numerator: 0, denominator: 0 });
    expect(per100Students(3, 0).value).toBeNull();
    expect(perStudent(100, 0).value).toBeNull();
  });

  it("scales per 100 students and per student", () => {
    // C1 primary standard: 21 teachers for 500 pupils = 4.2 per 100.
    expect(per100Students(21, 500).value).toBeCloseTo(4.2, 10);
    // C4: 2250 m² for 500 pupils = 4.5 m² per pupil.
    expect(perStudent(2250, 500)).toEqual({ value: 4.5, numerator: 2250, denominator: 500 });
  });

  it("rejects negative or non-finite input", () => {
    expect(() => ratio(-1, 10)).toThrow(RangeError);
    expect(() => ratio(1, Number.NaN)).toThrow(RangeError);
    expect(() => perStudent(Number.POSITIVE_INFINITY, 10)).toThrow(RangeError);
  });

  it("multiplies before dividing: whole counts give the exact quotient rounded once", () => {
    // 11 of 20 qualifying teachers is exactly 55% (dividing first gives 0.55 × 100 = 55.00000000000001)
    expect(ratio(11, 20).value).toBe(55);
    expect((11 / 20) * 100).not.toBe(55); // the rounding this order avoids
    // 7 per 100 students at a school of 100 is exactly 7 (7 ÷ 100 × 100 = 7.000000000000001)
    expect(per100Students(7, 100).value).toBe(7);
    // 7 of 9: 700 ÷ 9 = 77.777…, the double nearest to it
    expect(ratio(7, 9).value).toBe(700 / 9);
    // C1 with 29 teachers for 1,000 pupils: 2900 ÷ 1000 = 2.9 exactly
    expect(per100Students(29, 1000).value).toBe(2.9);
  });

  it("scales per 100,000 residents (A06), yuan to 万元 (B39) and averages reported figures (B05)", () => {
    // A06: 1,500 高职 students for 560,000 residents → 1500 × 100000 ÷ 560000 = 267.857…
    expect(per100kPopulation(1500, 560_000)).toEqual({
      value: 150_000_000 / 560_000,
      numerator: 1500,
      denominator: 560_000,
    });
    expect(per100kPopulation(1500, 0).value).toBeNull();
    // B39: 1,234,500,000 元 = 123,450 万元
    expect(tenThousandYuan(1_234_500_000)).toEqual({
      value: 123_450,
      numerator: 1_234_500_000,
      denominator: 10_000,
    });
    // B05: two districts reported 3 and 4 sessions per family → (3 + 4) ÷ 2 = 3.5
    expect(averageOf(7, 2)).toEqual({ value: 3.5, numerator: 7, denominator: 2 });
    expect(averageOf(0, 0).value).toBeNull();
    expect(() => tenThousandYuan(-1)).toThrow(RangeError);
  });
});
