import { describe, expect, it } from "vitest";
import { ORG_LEVELS } from "../org.ts";
import { BALANCE_INDICATORS } from "./balance.ts";
import {
  COMPARATORS,
  getTarget,
  isTargetId,
  PLAN_TARGETS,
  TARGET_IDS,
  TARGET_UNIT_LABELS,
  TARGET_UNITS,
  type TargetId,
  targetsAtLevel,
} from "./targets.ts";

/**
 * Every milestone of targets.md (docs: shared/plan/targets.md, copied by hand, not imported),
 * as "year comparator value"; "*" = year null (every year / no date); "-" = no value.
 * Baselines are the 2020 column of table A (null for B unless the plan gives one).
 */
const EXPECTED: Record<TargetId, { baseline: number | null; milestones: string[] }> = {
  A01: { baseline: 97, milestones: ["2025 >= 98", "2030 >= 99", "2035 >= 99"] },
  A02: { baseline: 93, milestones: ["2025 >= 97", "2030 > 97", "2035 > 97"] },
  A03: { baseline: 95, milestones: ["2025 >= 95", "2030 >= 97", "2035 >= 97"] },
  A04: { baseline: 100, milestones: ["2025 >= 95", "2030 = 100", "2035 = 100"] },
  A05: { baseline: 97, milestones: ["2025 >= 98", "2030 >= 98", "2035 >= 98"] },
  A06: { baseline: 2170, milestones: ["2025 >= 2300", "2030 >= 2500", "2035 >= 2800"] },
  A07: { baseline: 78, milestones: ["2025 >= 85", "2030 > 90", "2035 >= 98"] },
  A08: { baseline: 83.7, milestones: ["2025 >= 95", "2030 >= 98", "2035 >= 98"] },
  A09: { baseline: 41.9, milestones: ["2025 >= 50", "2030 > 60", "2035 > 65"] },
  A10: { baseline: 90, milestones: ["2025 >= 95", "2030 > 95", "2035 > 95"] },
  B01: { baseline: null, milestones: ["2022 >= 90"] },
  B02: { baseline: null, milestones: ["2022 >= 1", "2025 >= 2"] },
  B03: { baseline: null, milestones: ["2025 >= 1", "* track 3"] },
  B04: { baseline: null, milestones: ["2025 = 100"] },
  B05: { baseline: null, milestones: ["2035 >= 6"] },
  B06: { baseline: null, milestones: ["2022 = 100"] },
  B07: { baseline: null, milestones: ["2022 = 100"] },
  B08: { baseline: null, milestones: ["2022 = 100"] },
  B09: { baseline: null, milestones: ["2022 >= 80", "2025 >= 90"] },
  B10: { baseline: null, milestones: ["2022 = 100"] },
  B11: { baseline: null, milestones: ["2022 >= 90", "2025 >= 95"] },
  B12: { baseline: null, milestones: ["2022 >= 30", "2025 >= 50"] },
  B13: { baseline: null, milestones: ["2022 = 100"] },
  B14: { baseline: null, milestones: ["2025 = 100"] },
  B15: { baseline: null, milestones: ["* = 100"] },
  B16: { baseline: null, milestones: ["2025 = 100"] },
  B17: { baseline: null, milestones: ["2025 <= 0"] },
  B18: { baseline: null, milestones: ["2022 >= 1", "2025 >= 2", "2035 >= 3"] },
  B19: { baseline: null, milestones: ["2025 = 100"] },
  B20: { baseline: null, milestones: ["2022 >= 10"] },
  B21: { baseline: null, milestones: ["2025 >= 5"] },
  B22: { baseline: null, milestones: ["2022 >= 10", "2025 >= 25"] },
  B23: { baseline: null, milestones: ["2030 >= 8"] },
  B24: { baseline: null, milestones: ["2030 >= 2"] },
  B25: { baseline: null, milestones: ["2025 >= 10"] },
  B26: { baseline: null, milestones: ["2025 >= 10", "2035 >= 30"] },
  B27: { baseline: null, milestones: ["* track 1"] },
  B28: { baseline: null, milestones: ["2025 = 1"] },
  B29: { baseline: null, milestones: ["2030 >= 1"] },
  B30: { baseline: null, milestones: ["2030 >= 90"] },
  B31: { baseline: null, milestones: ["2022 >= 20"] },
  B32: { baseline: null, milestones: ["2025 >= 30", "2035 >= 60"] },
  B33: { baseline: null, milestones: ["2022 >= 80", "2035 = 100"] },
  B34: { baseline: null, milestones: ["2022 = 100"] },
  B35: { baseline: null, milestones: ["2025 >= 30", "2030 track -"] },
  B36: { baseline: null, milestones: ["2022 >= 6", "2025 >= 15"] },
  B37: { baseline: null, milestones: ["* track 100"] },
  B38: { baseline: null, milestones: ["2025 = 3"] },
  B39: { baseline: null, milestones: ["* nondecreasing -"] },
  B40: { baseline: null, milestones: ["* nondecreasing -"] },
  B41: { baseline: 3, milestones: ["* track 4"] },
  B42: { baseline: null, milestones: ["* >= 100"] },
  B43: { baseline: null, milestones: ["* >= 360"] },
  // C: primary then junior (targets.md section C table).
  C1: { baseline: null, milestones: ["* >= 4.2 primary", "* >= 5.3 junior_secondary"] },
  C2: { baseline: null, milestones: ["* >= 1 primary", "* >= 1 junior_secondary"] },
  C3: { baseline: null, milestones: ["* >= 0.9 primary", "* >= 0.9 junior_secondary"] },
  C4: { baseline: null, milestones: ["* >= 4.5 primary", "* >= 5.8 junior_secondary"] },
  C5: { baseline: null, milestones: ["* >= 7.5 primary", "* >= 10.2 junior_secondary"] },
  C6: { baseline: null, milestones: ["* >= 2000 primary", "* >= 2500 junior_secondary"] },
  C7: { baseline: null, milestones: ["* >= 2.3 primary", "* >= 2.4 junior_secondary"] },
};

function idsOf(prefix: string, n: number, width: number): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(width, "0")}`);
}

describe("PLAN_TARGETS", () => {
  it("holds every id A01–A10, B01–B43, C1–C7 exactly once, in order", () => {
    const expected = [...idsOf("A", 10, 2), ...idsOf("B", 43, 2), ...idsOf("C", 7, 1)];
    expect(PLAN_TARGETS.map((t) => t.id)).toEqual(expected);
    expect([...TARGET_IDS]).toEqual(expected);
    expect(new Set(PLAN_TARGETS.map((t) => t.id)).size).toBe(60);
  });

  it("carries every milestone and baseline exactly as targets.md", () => {
    for (const t of PLAN_TARGETS) {
      const got = t.milestones.map((m) =>
        [m.year ?? "*", m.comparator, m.value ?? "-", ...(m.stage ? [m.stage] : [])].join(" "),
      );
      expect({ id: t.id, baseline: t.baseline, milestones: got }).toEqual({ id: t.id, ...EXPECTED[t.id] });
    }
  });

  it("puts each target in the group of its id prefix", () => {
    for (const t of PLAN_TARGETS) expect(t.group).toBe(t.id[0]);
  });

  it("has complete, well-formed metadata for every target", () => {
    for (const t of PLAN_TARGETS) {
      expect(t.name.length, t.id).toBeGreaterThan(0);
      expect(t.nameEn.length, t.id).toBeGreaterThan(0);
      expect(t.measuredFrom.length, t.id).toBeGreaterThan(0);
      expect(t.section.length, t.id).toBeGreaterThan(0);
      expect(TARGET_UNITS, t.id).toContain(t.unit);
      expect(t.levels.length, t.id).toBeGreaterThan(0);
      for (const l of t.levels) expect(ORG_LEVELS).toContain(l);
      for (const m of t.milestones) {
        expect(COMPARATORS).toContain(m.comparator);
        expect(m.label.length, t.id).toBeGreaterThan(0);
        // The 2020 baseline is never a milestone.
        expect(m.year, t.id).not.toBe(2020);
        if (m.comparator === "nondecreasing") expect(m.value).toBeNull();
        else if (m.comparator !== "track") expect(m.value, t.id).not.toBeNull();
      }
      const years = t.milestones.map((m) => m.year).filter((y): y is number => y !== null);
      expect(years, t.id).toEqual([...years].sort((a, b) => a - b));
    }
    for (const u of TARGET_UNITS) expect(TARGET_UNIT_LABELS[u].length).toBeGreaterThan(0);
  });

  it("flags the A04/B02 inconsistency on exactly those two targets", () => {
    const flagged = PLAN_TARGETS.filter((t) => t.inconsistency).map((t) => t.id);
    expect(flagged).toEqual(["A04", "B02"]);
    expect(getTarget("A04").inconsistency).toContain("2个区");
    expect(getTarget("A04").baselineLabel).toBe("100（基本均衡）");
    expect(getTarget("A04").progressBaseline).toBeNull();
  });

  it("takes the C thresholds from the balance standard", () => {
    for (const b of BALANCE_INDICATORS) {
      expect(getTarget(b.id).stageThresholds).toEqual(b.thresholds);
      expect(getTarget(b.id).unit).toBe(b.unit);
    }
  });

  it("uses direction lower only for the 大班额 count", () => {
    expect(PLAN_TARGETS.filter((t) => t.direction === "lower").map((t) => t.id)).toEqual(["B17"]);
  });
});

describe("getTarget / isTargetId / targetsAtLevel", () => {
  it("finds a target by id and rejects an unknown one", () => {
    expect(getTarget("A08").name).toBe("义务教育专任教师中本科以上学历比例");
    expect(() => getTarget("Z99" as TargetId)).toThrow(RangeError);
    expect(isTargetId("B43")).toBe(true);
    expect(isTargetId("B44")).toBe(false);
  });

  it("filters by level and group", () => {
    const schoolA = targetsAtLevel("school", "A").map((t) => t.id);
    expect(schoolA).toEqual(["A07", "A08", "A09"]);
    expect(targetsAtLevel("city", "C")).toEqual([]);
    expect(targetsAtLevel("district", "C")).toHaveLength(7);
  });
});
