import { describe, expect, it } from "vitest";
import { balanceTeachers, classesNeeded, normTeachers, standardClassSize } from "./norms.ts";

describe("class-size and staffing norms", () => {
  it("standard class sizes: 幼儿园 by age 25/30/35, 小学 45, 初中 and 高中 50, 中职 none", () => {
    expect([1, 2, 3].map((g) => standardClassSize("preschool", g))).toEqual([25, 30, 35]);
    expect(standardClassSize("primary", 3)).toBe(45);
    expect(standardClassSize("junior_secondary", 8)).toBe(50);
    expect(standardClassSize("senior_secondary", 11)).toBe(50);
    expect(standardClassSize("secondary_vocational", 1)).toBeNull();
  });

  it("classes needed round up per grade", () => {
    expect(classesNeeded("primary", 1, 90)).toBe(2);
    expect(classesNeeded("primary", 1, 91)).toBe(3);
    expect(classesNeeded("preschool", 1, 26)).toBe(2);
    expect(classesNeeded("preschool", 3, 35)).toBe(1);
    expect(classesNeeded("junior_secondary", 7, 0)).toBe(0);
    expect(classesNeeded("secondary_vocational", 1, 40)).toBeNull();
  });

  it("teachers by the 编制标准: 小学 1:19, 初中 1:13.5, 高中 1:12.5, 幼儿园 2 per class", () => {
    expect(normTeachers("primary", 190, null)).toBe(10);
    expect(normTeachers("primary", 191, null)).toBe(11);
    expect(normTeachers("junior_secondary", 270, null)).toBe(20);
    expect(normTeachers("junior_secondary", 271, null)).toBe(21);
    expect(normTeachers("senior_secondary", 250, null)).toBe(20);
    expect(normTeachers("senior_secondary", 251, null)).toBe(21);
    expect(normTeachers("preschool", 140, 5)).toBe(10);
    expect(normTeachers("secondary_vocational", 100, null)).toBeNull();
  });

  it("优质均衡 C1–C3 per 100 pupils, rounded up (小学 4.2/1.0/0.9, 初中 5.3/1.0/0.9)", () => {
    expect(balanceTeachers("C1", "primary", 300)).toBe(13); // 12.6
    expect(balanceTeachers("C1", "primary", 1000)).toBe(42); // exactly 42
    expect(balanceTeachers("C1", "junior_secondary", 300)).toBe(16); // 15.9
    expect(balanceTeachers("C2", "primary", 380)).toBe(4); // 3.8
    expect(balanceTeachers("C3", "junior_secondary", 100)).toBe(1); // 0.9
    expect(balanceTeachers("C1", "senior_secondary", 300)).toBeNull();
  });
});
