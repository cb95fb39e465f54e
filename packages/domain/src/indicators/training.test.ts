import { describe, expect, it } from "vitest";
import { startsTrainingCycle, trainingCycleOf, trainingHoursPerTeacher } from "./training.ts";

describe("the five-year training cycles (B43, 教师〔2011〕1号)", () => {
  it("places each school year in its national cycle", () => {
    expect(trainingCycleOf(2020)).toEqual({ start: 2016, end: 2020, label: "2016—2020年周期" });
    expect(trainingCycleOf(2021)).toEqual({ start: 2021, end: 2025, label: "2021—2025年周期" });
    expect(trainingCycleOf(2025).start).toBe(2021);
    expect(trainingCycleOf(2026)).toEqual({ start: 2026, end: 2030, label: "2026—2030年周期" });
    expect(trainingCycleOf(2030).start).toBe(2026);
    expect(trainingCycleOf(2031).start).toBe(2031);
    expect([2020, 2021, 2025, 2026, 2027].map(startsTrainingCycle)).toEqual([
      false,
      true,
      false,
      true,
      false,
    ]);
  });

  it("judges the hours of the cycle pro rata of the years elapsed", () => {
    // 2025, year 5 of 2021–2025: 1440 学时 over 4 teachers × 5/5 = 360 (the plain average)
    expect(trainingHoursPerTeacher({ hours: 1440, teachers: 4, schoolYear: 2025 })).toMatchObject({
      value: 360,
      equivalentTeachers: 4,
      yearsElapsed: 5,
    });
    // 2026, year 1 of 2026–2030: the new cycle starts from zero; 30 学时 over 4 × 1/5 = 0.8 → 37.5
    expect(trainingHoursPerTeacher({ hours: 30, teachers: 4, schoolYear: 2026 })).toMatchObject({
      value: 37.5,
      equivalentTeachers: 0.8,
      yearsElapsed: 1,
      cycle: { start: 2026, end: 2030 },
    });
    expect(trainingHoursPerTeacher({ hours: 0, teachers: 4, schoolYear: 2026 }).value).toBe(0);
    // 2022, year 2: 150 学时 a head count as 150 ÷ (2/5) = 375
    expect(trainingHoursPerTeacher({ hours: 300, teachers: 2, schoolYear: 2022 }).value).toBeCloseTo(375, 10);
    expect(trainingHoursPerTeacher({ hours: 0, teachers: 0, schoolYear: 2026 }).value).toBeNull();
    expect(() => trainingHoursPerTeacher({ hours: -1, teachers: 1, schoolYear: 2026 })).toThrow(RangeError);
  });
});
