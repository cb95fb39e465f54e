import { describe, expect, it } from "vitest";
import {
  retirementAgeLabel,
  retirementAgeMonths,
  retirementDate,
  teacherRetirementRule,
  workingAtSchoolYear,
} from "./retirement.ts";

describe("retirement age under the 2025 gradual reform (渐进式延迟法定退休年龄)", () => {
  it("men: 60 before 1965, +1 month per 4 months of birth from 1965-01, 63 from 1976-09", () => {
    expect(retirementAgeLabel(retirementAgeMonths("1964-12-10", "male"))).toBe("60岁");
    expect(retirementDate("1964-12-10", "male")).toBe("2024-12-10");
    // 1965-01…04: the first step
    expect(retirementAgeLabel(retirementAgeMonths("1965-01-15", "male"))).toBe("60岁1个月");
    expect(retirementDate("1965-01-15", "male")).toBe("2025-02-15");
    expect(retirementAgeMonths("1965-04-30", "male")).toBe(721);
    expect(retirementAgeMonths("1965-05-01", "male")).toBe(722);
    // 1966-03: 14 months after 1965-01 → ⌊14/4⌋+1 = 4 months → 60岁4个月, 2026-07
    expect(retirementAgeLabel(retirementAgeMonths("1966-03-10", "male"))).toBe("60岁4个月");
    expect(retirementDate("1966-03-10", "male")).toBe("2026-07-10");
    // 1976-08: 139 months → 35; 1976-09: 140 → 36 (63岁), and no more after
    expect(retirementAgeLabel(retirementAgeMonths("1976-08-01", "male"))).toBe("62岁11个月");
    expect(retirementAgeLabel(retirementAgeMonths("1976-09-01", "male"))).toBe("63岁");
    expect(retirementAgeLabel(retirementAgeMonths("1990-06-01", "male"))).toBe("63岁");
  });

  it("women cadres and teachers: 55 → 58 from 1970-01, one month every four", () => {
    expect(teacherRetirementRule("female")).toBe("female_cadre");
    expect(teacherRetirementRule("male")).toBe("male");
    expect(retirementDate("1969-12-31", "female_cadre")).toBe("2024-12-31");
    // 1971-07: 18 months after 1970-01 → ⌊18/4⌋+1 = 5 → 55岁5个月, 2026-12-20
    expect(retirementAgeLabel(retirementAgeMonths("1971-07-20", "female_cadre"))).toBe("55岁5个月");
    expect(retirementDate("1971-07-20", "female_cadre")).toBe("2026-12-20");
    expect(retirementAgeLabel(retirementAgeMonths("1981-08-01", "female_cadre"))).toBe("57岁11个月");
    expect(retirementAgeLabel(retirementAgeMonths("1981-09-01", "female_cadre"))).toBe("58岁");
  });

  it("women workers: 50 → 55 from 1975-01, one month every two", () => {
    expect(retirementDate("1974-12-01", "female_worker")).toBe("2024-12-01");
    // 1976-11: 22 months → ⌊22/2⌋+1 = 12 → 51岁, 2027-11-05
    expect(retirementAgeLabel(retirementAgeMonths("1976-11-05", "female_worker"))).toBe("51岁");
    expect(retirementDate("1976-11-05", "female_worker")).toBe("2027-11-05");
    expect(retirementAgeLabel(retirementAgeMonths("1984-10-01", "female_worker"))).toBe("54岁11个月");
    expect(retirementAgeLabel(retirementAgeMonths("1984-11-01", "female_worker"))).toBe("55岁");
  });

  it("a birth day the retirement month lacks falls on its last day", () => {
    // 1965-01-31 + 60岁1个月 = 2025-02-31 → 2025-02-28
    expect(retirementDate("1965-01-31", "male")).toBe("2025-02-28");
  });

  it("works at a school year's 统计时点 (1 September) only when retiring after it", () => {
    expect(workingAtSchoolYear("2026-09-01", 2026)).toBe(false);
    expect(workingAtSchoolYear("2026-09-02", 2026)).toBe(true);
  });
});
