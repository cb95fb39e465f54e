import { describe, expect, it } from "vitest";
import { SCHOOL_TYPES } from "../org.ts";
import { ROSTER_STATISTICS_DATE_STATEMENT } from "../statisticsDate.ts";
import { REPORT_ITEMS_NOT_REPORTED } from "../validation/report.ts";
import { schoolTypesOfTarget } from "./applicability.ts";
import { BALANCE_STAGES } from "./balance.ts";
import { populationOfTarget, STATISTICS_DATE_STATEMENTS, TARGET_POPULATIONS } from "./population.ts";
import { getTarget, PLAN_TARGETS, TARGET_IDS } from "./targets.ts";

describe("每项目标的统计对象与统计时点 (population.ts)", () => {
  it("writes a population, with its date and source, for every one of the 60 targets", () => {
    expect(Object.keys(TARGET_POPULATIONS).sort()).toEqual([...TARGET_IDS].sort());
    for (const id of TARGET_IDS) {
      const p = populationOfTarget(id);
      expect(p.statement.startsWith("统计对象："), id).toBe(true);
      expect(p.statement.endsWith(`；${STATISTICS_DATE_STATEMENTS[p.date]}`), id).toBe(true);
      expect(p.source, id).toMatch(/^(规划|教督|国发)/);
      expect(p.source.length, id).toBeGreaterThan(12);
      for (const t of p.schoolTypes ?? []) expect(SCHOOL_TYPES, id).toContain(t);
    }
  });

  it("shows the population and its date verbatim at the end of every target's 统计口径", () => {
    for (const t of PLAN_TARGETS) {
      expect(t.measuredFrom.endsWith(`；${TARGET_POPULATIONS[t.id].statement}`), t.id).toBe(true);
      expect(t.measuredFrom.match(/统计对象：/g), t.id).toHaveLength(1);
    }
    // every roster figure states the 1 September roster rule in the same words
    for (const id of [
      "A07",
      "A08",
      "A09",
      "B08",
      "B16",
      "B33",
      "B34",
      "B35",
      "B43",
      "C1",
      "C2",
      "C3",
    ] as const) {
      expect(populationOfTarget(id).date, id).toBe("roster");
      expect(getTarget(id).measuredFrom, id).toContain(ROSTER_STATISTICS_DATE_STATEMENT);
    }
  });

  it("never writes how many districts the city has: a production city may have one (a tester read 全市3个区)", () => {
    // the district-register targets count districts from the data (A04's denominator, B02, B03)
    for (const t of PLAN_TARGETS) {
      expect(t.measuredFrom, t.id).not.toMatch(/\d+\s*个区/);
      expect(TARGET_POPULATIONS[t.id].statement, t.id).not.toMatch(/\d+\s*个区/);
      // nor in its notes and the A04/B02 inconsistency (a tester read 乌海市辖3个区 with no district
      // in the database); B02's quote of the plan ("2个区通过…认定") is the milestone, not a count
      for (const text of [t.measuredFrom, t.notes ?? "", t.inconsistency ?? ""])
        expect(text, t.id).not.toMatch(/辖\s*\d+\s*个区|全市\s*\d+\s*个区|\d+\s*个区全部|区数（\d+）|33\.3%/);
    }
    expect(TARGET_POPULATIONS.A04.statement).toContain("分母为全市的区数");
  });

  it("makes the displayed 适用学校类别 the population's school types for every school-level target", () => {
    for (const t of PLAN_TARGETS) {
      const types = TARGET_POPULATIONS[t.id].schoolTypes;
      if (!t.levels.includes("school")) {
        expect(schoolTypesOfTarget(t.id), t.id).toBeNull();
        continue;
      }
      expect(types, t.id).not.toBeNull();
      expect(schoolTypesOfTarget(t.id) ?? SCHOOL_TYPES, t.id).toEqual(types);
    }
  });

  it("counts 专任教师 only in every teacher ratio, and 教研员 only in B16", () => {
    for (const id of TARGET_IDS) {
      const s = populationOfTarget(id).staff;
      if (!s) continue;
      if (id === "B16") {
        expect(s).toEqual({ roles: ["researcher"], fullTimeOnly: false, subjects: null, stages: null });
        continue;
      }
      expect(s.roles, id).toEqual(["teacher"]);
      expect(s.fullTimeOnly, id).toBe(true);
    }
    expect(populationOfTarget("A08").staff?.stages).toEqual(["primary", "junior_secondary"]);
    expect(populationOfTarget("B43").staff).toEqual(populationOfTarget("A08").staff);
    expect(populationOfTarget("B08").staff?.subjects).toEqual(["physical_education"]);
    expect(populationOfTarget("C3").staff?.subjects).toEqual(["physical_education", "music", "fine_art"]);
  });

  it("states the A07 choice: a kindergarten certificate without a 学前教育 major counts as 受过专业教育", () => {
    expect(getTarget("A07").measuredFrom).toContain(
      "持幼儿园教师资格证而非学前教育专业毕业者计为受过专业教育",
    );
    expect(populationOfTarget("A07").source).toContain("教师〔2012〕1号");
  });

  it("assesses C1–C7 by stage over the stage groups, a 完全中学 in 初中 only", () => {
    for (const id of ["C1", "C2", "C3", "C4", "C5", "C6", "C7"] as const) {
      const p = populationOfTarget(id);
      const groups = p.stageSchoolTypes!;
      expect(new Set(BALANCE_STAGES.flatMap((s) => groups[s]))).toEqual(new Set(p.schoolTypes));
      expect(groups.primary).not.toContain("complete_secondary");
      expect(groups.junior_secondary).toContain("complete_secondary");
    }
  });

  it("keeps the kindergartens out of the targets on items a kindergarten does not report", () => {
    expect(REPORT_ITEMS_NOT_REPORTED.kindergarten).toContain("healthTested");
    for (const id of ["B10", "B11", "B12", "B17"] as const) {
      expect(populationOfTarget(id).schoolTypes, id).not.toContain("kindergarten");
    }
    // the enrolment figures name the stages they sum
    expect(populationOfTarget("A05").reportStages).toEqual(["senior_secondary", "secondary_vocational"]);
    expect(populationOfTarget("A01").residents).toBe("3—5岁常住人口");
    expect(populationOfTarget("B31").publicOnly).toBe(true);
  });
});
