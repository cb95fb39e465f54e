import { describe, expect, it } from "vitest";
import { SCHOOL_TYPES } from "../org.ts";
import { schoolTypesOfTarget, TARGET_SCHOOL_TYPES, targetAppliesToSchool } from "./applicability.ts";
import { TARGET_POPULATIONS } from "./population.ts";
import { getTarget, type TargetId } from "./targets.ts";

describe("适用学校类别", () => {
  it("keeps A08 to schools with compulsory grades and A07 to kindergartens", () => {
    expect(targetAppliesToSchool("A08", "kindergarten")).toBe(false);
    expect(targetAppliesToSchool("A08", "complete_secondary")).toBe(true);
    expect(targetAppliesToSchool("A08", "senior_secondary")).toBe(false);
    expect(targetAppliesToSchool("A07", "kindergarten")).toBe(true);
    expect(targetAppliesToSchool("A09", "secondary_vocational")).toBe(true);
    expect(targetAppliesToSchool("B11", "kindergarten")).toBe(false);
    // 优质均衡 (教督〔2017〕6号): a 完全中学 is assessed by its 初中 grades, a 普通高中 is not
    expect(targetAppliesToSchool("C1", "complete_secondary")).toBe(true);
    expect(targetAppliesToSchool("C1", "senior_secondary")).toBe(false);
    expect(targetAppliesToSchool("B08", "kindergarten")).toBe(false);
  });
  it("lets a target it does not list concern every school (B37 无线网络)", () => {
    expect(schoolTypesOfTarget("B37")).toBeNull();
    for (const type of SCHOOL_TYPES) expect(targetAppliesToSchool("B37", type)).toBe(true);
  });
  it("lists only targets the plan measures at school level, each with known types", () => {
    for (const [id, types] of Object.entries(TARGET_SCHOOL_TYPES)) {
      expect(getTarget(id as TargetId).levels, id).toContain("school");
      for (const t of types) expect(SCHOOL_TYPES, id).toContain(t);
    }
  });
  it("takes the school types of a target with a written population from population.ts (B17: 中小学 only)", () => {
    expect(targetAppliesToSchool("B17", "kindergarten")).toBe(false);
    expect(targetAppliesToSchool("B17", "primary")).toBe(true);
    expect(targetAppliesToSchool("B11", "secondary_vocational")).toBe(false);
    for (const [id, p] of Object.entries(TARGET_POPULATIONS)) {
      if (!getTarget(id as TargetId).levels.includes("school")) continue;
      const listed = p.schoolTypes?.length === SCHOOL_TYPES.length ? null : p.schoolTypes;
      expect(schoolTypesOfTarget(id as TargetId), id).toEqual(listed);
    }
  });
  it("shows each written population in the target's 统计口径 (measuredFrom)", () => {
    for (const [id, p] of Object.entries(TARGET_POPULATIONS)) {
      expect(getTarget(id as TargetId).measuredFrom, id).toContain(p.statement);
    }
    expect(TARGET_POPULATIONS.A09.staff).toEqual({
      roles: ["teacher"],
      fullTimeOnly: true,
      subjects: ["specialty"],
      stages: null,
    });
  });
});
