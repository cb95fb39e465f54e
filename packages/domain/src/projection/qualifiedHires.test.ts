/**
 * Qualified hires to hold A07/A08 on the plan's line, worked by hand.
 *
 * A08 line (2020 baseline 83.7, 2025 ≥95, 2030 ≥98, 2035 ≥98): 2025 → 95; 2027 → 95 + 3 × 2/5 = 96.2;
 * 2030 → 98; 2031 → 98 (2030 → 2035 flat); 2036 → none.
 * 海南区-like 小学+初中: 394 本科+ of 454: to hold 95% H = ⌈(95 × 454 − 39,400) ÷ 5⌉ = ⌈3,730 ÷ 5⌉
 * = 746 → (394 + 746)/(454 + 746) = 1,140/1,200 = 95% exactly; to hold 98%: ⌈(44,492 − 39,400) ÷ 2⌉
 * = 2,546.
 */
import { describe, expect, it } from "vitest";
import { getTarget } from "../plan/targets.ts";
import { planLineAt, qualifiedHiresToHold } from "./qualifiedHires.ts";

describe("qualified hires to hold a ratio target", () => {
  it("the plan's line for A08", () => {
    const a08 = getTarget("A08");
    expect(planLineAt(a08, 2025)).toBe(95);
    expect(planLineAt(a08, 2027)).toBeCloseTo(96.2, 10);
    expect(planLineAt(a08, 2030)).toBe(98);
    expect(planLineAt(a08, 2031)).toBe(98);
    expect(planLineAt(a08, 2036)).toBeNull();
  });

  it("hires, all qualified, to reach the line", () => {
    expect(qualifiedHiresToHold(394, 454, 95)).toBe(746);
    expect(qualifiedHiresToHold(394, 454, 98)).toBe(2546);
    // already above: none
    expect(qualifiedHiresToHold(29, 30, 95)).toBe(0);
    expect(qualifiedHiresToHold(0, 0, 95)).toBe(0);
    // 100% with one unqualified teacher in post: no number of hires reaches it
    expect(qualifiedHiresToHold(1, 2, 100)).toBeNull();
    expect(qualifiedHiresToHold(2, 2, 100)).toBe(0);
  });
});
