/**
 * 年报审核's default school year (defaultReviewYear): the same answer for the same link, calendar
 * and reporting period, whatever years have data. Worked out by hand for a current school year of
 * 2026 (2026—2027学年).
 */
import { describe, expect, it } from "vitest";
import { defaultReviewYear } from "./defaultYear.ts";

describe("defaultReviewYear", () => {
  it("opens on the current school year once the city has set its reporting period", () => {
    expect(defaultReviewYear(undefined, 2026, true)).toBe(2026);
  });

  it("opens on the year before while the current year's 填报 is not open", () => {
    expect(defaultReviewYear(undefined, 2026, false)).toBe(2025);
    // nothing before the first year the platform holds
    expect(defaultReviewYear(undefined, 2020, false)).toBe(2020);
  });

  it("waits while the reporting period is not known yet", () => {
    expect(defaultReviewYear(undefined, 2026, undefined)).toBeUndefined();
  });

  it("follows a link's year (待办 去处理) from 2020 to the current year, whatever the period", () => {
    expect(defaultReviewYear(2025, 2026, true)).toBe(2025);
    expect(defaultReviewYear(2020, 2026, undefined)).toBe(2020);
    expect(defaultReviewYear(2026, 2026, false)).toBe(2026);
  });

  it("ignores a link's year the page does not offer (a future year, before 2020)", () => {
    expect(defaultReviewYear(2027, 2026, true)).toBe(2026);
    expect(defaultReviewYear(2019, 2026, false)).toBe(2025);
  });
});
