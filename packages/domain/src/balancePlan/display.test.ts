import { describe, expect, it } from "vitest";
import { formatBalancePlanValue, roundBalanceValue } from "./display.ts";

describe("formatBalancePlanValue", () => {
  it("never prints a value below the standard as the standard", () => {
    // 第一中学 C3 after: 6 / 669 × 100 = 0.89686… per 100, standard 0.90 (初中: 0.9): below →
    // floored "0.89", not rounded "0.90"
    expect(formatBalancePlanValue((6 / 669) * 100, 2, false)).toBe("0.89");
    // met values round as usual: 1 / 188 × 100 = 0.5319 → "0.53"; 2 / 188 × 100 = 1.0638 → "1.06"
    expect(formatBalancePlanValue((2 / 188) * 100, 2, true)).toBe("1.06");
    expect(formatBalancePlanValue(0.896, 2, true)).toBe("0.90");
    // binary error does not floor an exact value down: 0.29 × 100 = 28.999999999999996
    expect(formatBalancePlanValue(0.29, 2, false)).toBe("0.29");
    // 元 per student, no decimals: 1999.7 below 2000 → "1999", not "2000"
    expect(formatBalancePlanValue(1999.7, 0, false)).toBe("1999");
    expect(formatBalancePlanValue(2000.4, 0, true)).toBe("2000");
  });
});

describe("roundBalanceValue", () => {
  it("is the one rule of the assessment page and the drawer: floored below the standard", () => {
    // 海南区第一中学 初中 C3: 5 / 669 × 100 = 0.74738… per 100 against 0.90: below → 0.74 (not 0.75)
    expect(roundBalanceValue((5 / 669) * 100, 2, false)).toBe(0.74);
    expect(formatBalancePlanValue((5 / 669) * 100, 2, false)).toBe("0.74");
    // met: rounded half up, 1.0638 → 1.06, 2000.5 元 → 2001
    expect(roundBalanceValue((2 / 188) * 100, 2, true)).toBe(1.06);
    expect(roundBalanceValue(2000.5, 0, true)).toBe(2001);
  });
});
