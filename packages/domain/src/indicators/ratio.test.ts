import { describe, expect, it } from "vitest";
import { per100Students, perStudent, ratio } from "./ratio.ts";

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
});
