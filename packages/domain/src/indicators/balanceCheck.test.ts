import { describe, expect, it } from "vitest";
import {
  type BalanceValues,
  balanceDistrictCvCheck,
  balanceDistrictOutcome,
  balanceIndicatorValue,
  balanceSchoolCheck,
  balanceStageOutcome,
} from "./balanceCheck.ts";
import { classSizeBand, isOversizedClass } from "./classSize.ts";

/** A primary school exactly at the standard on C1–C6 (教督〔2017〕6号: 4.2, 1.0, 0.9, 4.5, 7.5, 2000). */
const SIX_MET_PRIMARY = { C1: 4.2, C2: 1.0, C3: 0.9, C4: 4.5, C5: 7.5, C6: 2000 } as const;

describe("balanceSchoolCheck (6 of 7 + 85%)", () => {
  it("passes with all seven met", () => {
    const r = balanceSchoolCheck("primary", { ...SIX_MET_PRIMARY, C7: 2.3 });
    expect(r.metCount).toBe(7);
    expect(r.passed).toBe(true);
  });

  it("passes with six met and the seventh at 86% of its standard (C7: 0.86 × 2.3 = 1.978)", () => {
    const r = balanceSchoolCheck("primary", { ...SIX_MET_PRIMARY, C7: 1.978 });
    expect(r.metCount).toBe(6);
    expect(r.indicators[6]?.ratioOfStandard).toBeCloseTo(0.86, 10);
    expect(r.passed).toBe(true);
  });

  it("passes at exactly 85% (不低于85%): C7 = 0.85 × 2.3 = 1.955", () => {
    expect(balanceSchoolCheck("primary", { ...SIX_MET_PRIMARY, C7: 1.955 }).passed).toBe(true);
  });

  it("fails with six met and the seventh at 84% (C7: 0.84 × 2.3 = 1.932)", () => {
    const r = balanceSchoolCheck("primary", { ...SIX_MET_PRIMARY, C7: 1.932 });
    expect(r.metCount).toBe(6);
    expect(r.passed).toBe(false);
  });

  it("fails with two below the standard, even both at 90%", () => {
    // C6 at 1800 (90% of 2000) and C7 at 2.07 (90% of 2.3).
    const r = balanceSchoolCheck("primary", { ...SIX_MET_PRIMARY, C6: 1800, C7: 2.07 });
    expect(r.metCount).toBe(5);
    expect(r.passed).toBe(false);
  });

  it("fails with two values missing (no data counts as not met)", () => {
    const values: BalanceValues = { C1: 4.2, C2: 1.0, C3: 0.9, C4: 4.5, C5: 7.5 };
    const r = balanceSchoolCheck("primary", values);
    expect(r.missing).toEqual(["C6", "C7"]);
    expect(r.passed).toBe(false);
    // One missing with six met also fails: the remaining one has no 85%.
    expect(balanceSchoolCheck("primary", { ...SIX_MET_PRIMARY, C7: null }).passed).toBe(false);
  });

  it("uses the junior thresholds for junior schools (C1 5.3, C4 5.8, C5 10.2, C6 2500, C7 2.4)", () => {
    const primaryOk = { ...SIX_MET_PRIMARY, C7: 2.3 };
    const r = balanceSchoolCheck("junior_secondary", primaryOk);
    // Only C2 (1.0) and C3 (0.9) share the primary standard.
    expect(r.metCount).toBe(2);
    expect(r.passed).toBe(false);
    expect(
      balanceSchoolCheck("junior_secondary", {
        C1: 5.3,
        C2: 1,
        C3: 0.9,
        C4: 5.8,
        C5: 10.2,
        C6: 2500,
        C7: 2.4,
      }).passed,
    ).toBe(true);
  });
});

describe("balanceDistrictCvCheck", () => {
  it("checks every indicator on its own against 0.50 (primary) / 0.45 (junior)", () => {
    const cvs = { C1: 0.3, C2: 0.5, C3: 0.2, C4: 0.4, C5: 0.49, C6: 0.1, C7: 0.45 };
    expect(balanceDistrictCvCheck("primary", cvs).passed).toBe(true);
    const junior = balanceDistrictCvCheck("junior_secondary", cvs);
    expect(junior.passed).toBe(false);
    expect(junior.indicators.filter((i) => !i.passed).map((i) => i.id)).toEqual(["C2", "C5"]);
    // The average (0.349) would pass, but one indicator over the limit fails the district.
    expect(balanceDistrictCvCheck("primary", { ...cvs, C1: 0.5153 }).passed).toBe(false);
  });

  it("applies the old 基本均衡 limits 0.65 / 0.55 on request, and fails on a missing CV", () => {
    const cvs = { C1: 0.6, C2: 0.5, C3: 0.2, C4: 0.4, C5: 0.49, C6: 0.1, C7: 0.45 };
    expect(balanceDistrictCvCheck("primary", cvs).passed).toBe(false);
    expect(balanceDistrictCvCheck("primary", cvs, "basic").passed).toBe(true);
    expect(balanceDistrictCvCheck("junior_secondary", cvs, "basic").passed).toBe(false);
    expect(balanceDistrictCvCheck("primary", { ...cvs, C1: null }, "basic").passed).toBe(false);
  });
});

describe("classSizeBand", () => {
  it("bands class sizes: ≤45, 46–55, 56–65 大班额, ≥66 超大班额", () => {
    expect([0, 45, 46, 55, 56, 65, 66, 80].map(classSizeBand)).toEqual([
      "normal",
      "normal",
      "large",
      "large",
      "oversized",
      "oversized",
      "super_oversized",
      "super_oversized",
    ]);
    expect(isOversizedClass(55)).toBe(false);
    expect(isOversizedClass(56)).toBe(true);
    expect(() => classSizeBand(45.5)).toThrow(RangeError);
    expect(() => classSizeBand(-1)).toThrow(RangeError);
  });
});

describe("balanceStageOutcome (达到 / 未达到 / 待评估)", () => {
  it("is 待评估 when assessed schools all pass but some lack an approved report", () => {
    // issue 10: 海勃湾区 小学 11/11 assessed pass, 7/7 差异系数 within the limit, 6 without a report
    expect(balanceStageOutcome({ assessed: 11, pending: 6, schoolsFailing: 0, variationsOver: 0 })).toBe(
      "PENDING",
    );
    // nothing assessed yet: still pending
    expect(balanceStageOutcome({ assessed: 0, pending: 3, schoolsFailing: 0, variationsOver: 0 })).toBe(
      "PENDING",
    );
  });
  it("keeps a 差异系数 over the limit provisional while schools are missing", () => {
    expect(balanceStageOutcome({ assessed: 3, pending: 1, schoolsFailing: 0, variationsOver: 1 })).toBe(
      "PENDING",
    );
    expect(balanceStageOutcome({ assessed: 4, pending: 0, schoolsFailing: 0, variationsOver: 1 })).toBe(
      "FAILED",
    );
  });
  it("fails for certain on a school failing 6-of-7, missing schools or not", () => {
    expect(balanceStageOutcome({ assessed: 3, pending: 1, schoolsFailing: 1, variationsOver: 0 })).toBe(
      "FAILED",
    );
  });
  it("reads 不适用 for a stage with no school to assess and none awaiting a report", () => {
    expect(balanceStageOutcome({ assessed: 0, pending: 0, schoolsFailing: 0, variationsOver: 0 })).toBe(
      "NOT_APPLICABLE",
    );
    // a district without 初中 is judged on its 小学 alone; with no stage at all it is 不适用
    expect(balanceDistrictOutcome(["PASSED", "NOT_APPLICABLE"])).toBe("PASSED");
    expect(balanceDistrictOutcome(["PENDING", "NOT_APPLICABLE"])).toBe("PENDING");
    expect(balanceDistrictOutcome(["NOT_APPLICABLE", "NOT_APPLICABLE"])).toBe("NOT_APPLICABLE");
  });
  it("passes with every school assessed and passing", () => {
    expect(balanceStageOutcome({ assessed: 17, pending: 0, schoolsFailing: 0, variationsOver: 0 })).toBe(
      "PASSED",
    );
  });
  it("combines stages: a failure first, then pending", () => {
    expect(balanceDistrictOutcome(["PASSED", "PENDING"])).toBe("PENDING");
    expect(balanceDistrictOutcome(["PENDING", "FAILED"])).toBe("FAILED");
    expect(balanceDistrictOutcome(["PASSED", "PASSED"])).toBe("PASSED");
  });
});

describe("balanceIndicatorValue", () => {
  it("scales by the indicator's unit: per 100 students (C1–C3, C7) or per student (C4–C6)", () => {
    // C1: 21 qualified teachers for 500 pupils → 21 × 100 ÷ 500 = 4.2
    expect(balanceIndicatorValue("C1", 21, 500)).toEqual({ value: 4.2, numerator: 21, denominator: 500 });
    // C7: 7 multimedia rooms for 100 pupils → 7 × 100 ÷ 100 = 7 exactly (7 ÷ 100 × 100 would be 7.000000000000001)
    expect(balanceIndicatorValue("C7", 7, 100).value).toBe(7);
    // C4: 2,250 m² for 500 pupils → 4.5 m² per pupil; C6: 1,000,000 元 for 500 → 2,000 元
    expect(balanceIndicatorValue("C4", 2250, 500).value).toBe(4.5);
    expect(balanceIndicatorValue("C6", 1_000_000, 500).value).toBe(2000);
    expect(balanceIndicatorValue("C2", 3, 0).value).toBeNull();
    expect(() => balanceIndicatorValue("C5", -1, 10)).toThrow(RangeError);
  });
});
