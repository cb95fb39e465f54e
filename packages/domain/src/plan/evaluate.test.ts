import { describe, expect, it } from "vitest";
import {
  currentMilestone,
  evaluateMilestone,
  evaluateTarget,
  requiredValueAt,
  satisfies,
  TARGET_STATUS_LABELS,
  TARGET_STATUSES,
} from "./evaluate.ts";
import { getTarget, type Milestone, PLAN_TARGETS } from "./targets.ts";

const A08 = getTarget("A08");
const milestone = (id: Parameters<typeof getTarget>[0], year: number | null): Milestone => {
  const m = getTarget(id).milestones.find((x) => x.year === year);
  if (!m) throw new Error(`no ${year} milestone on ${id}`);
  return m;
};

describe("status labels", () => {
  it("are the Chinese labels of the seven statuses (数据不全 and 不适用 set by the coverage rule)", () => {
    expect(TARGET_STATUSES).toEqual([
      "met",
      "missed",
      "on_track",
      "off_track",
      "incomplete",
      "no_data",
      "not_applicable",
    ]);
    expect(TARGET_STATUS_LABELS).toEqual({
      met: "达标",
      missed: "未达标",
      on_track: "按进度",
      off_track: "滞后于进度",
      incomplete: "数据不全",
      no_data: "无数据",
      not_applicable: "不适用",
    });
  });
});

describe("satisfies", () => {
  it("compares with a 1e-9 tolerance, and > is strict", () => {
    expect(satisfies(">=", 95, 95)).toBe(true);
    expect(satisfies(">=", 95 - 1e-12, 95)).toBe(true);
    expect(satisfies(">=", 94.99, 95)).toBe(false);
    expect(satisfies(">", 60, 60)).toBe(false);
    expect(satisfies(">", 60 + 1e-12, 60)).toBe(false);
    expect(satisfies(">", 60.01, 60)).toBe(true);
    expect(satisfies("=", 100, 100)).toBe(true);
    expect(satisfies("=", (2 / 3) * 150, 100)).toBe(true); // 100.00000000000001
    expect(satisfies("=", 99.9, 100)).toBe(false);
    expect(satisfies("<=", 0, 0)).toBe(true);
    expect(satisfies("<=", 1, 0)).toBe(false);
    expect(() => satisfies("track", 1, 1)).toThrow(RangeError);
  });
});

describe("requiredValueAt: the straight line to a future milestone", () => {
  it("runs from the 2020 baseline: A08 in 2022 needs 83.7 + (95 − 83.7) × 2/5 = 88.22", () => {
    expect(requiredValueAt(A08, milestone("A08", 2025), 2022)).toBeCloseTo(88.22, 10);
    expect(requiredValueAt(A08, milestone("A08", 2025), 2020)).toBeCloseTo(83.7, 10);
  });

  it("runs from the last earlier milestone: A08's 2030 line in 2027 = 95 + (98 − 95) × 2/5 = 96.2", () => {
    expect(requiredValueAt(A08, milestone("A08", 2030), 2027)).toBeCloseTo(96.2, 10);
    // …and through the baseline before 2025: 88.22 in 2022 for the 2030 milestone too.
    expect(requiredValueAt(A08, milestone("A08", 2030), 2022)).toBeCloseTo(88.22, 10);
  });

  it("ends at the milestone value itself for >: A09 2030 (>60) in 2027 = 50 + (60 − 50) × 2/5 = 54", () => {
    expect(requiredValueAt(getTarget("A09"), milestone("A09", 2030), 2027)).toBeCloseTo(54, 10);
  });

  it("is null when the milestone is due, or the year lies before the line (no baseline)", () => {
    expect(requiredValueAt(A08, milestone("A08", 2025), 2025)).toBeNull();
    // B11 has no baseline: the line starts at its 2022 milestone.
    const B11 = getTarget("B11");
    expect(requiredValueAt(B11, milestone("B11", 2022), 2021)).toBeNull();
    // 2023 on the 2025 line: 90 + (95 − 90) × 1/3 = 91.666…
    expect(requiredValueAt(B11, milestone("B11", 2025), 2023)).toBeCloseTo(91.6666666667, 9);
    // A caller-supplied 2020 value draws the line: 85 + (90 − 85) × 1/2 = 87.5 in 2021.
    expect(requiredValueAt(B11, milestone("B11", 2022), 2021, 85)).toBeCloseTo(87.5, 10);
  });
});

describe("evaluateMilestone", () => {
  const m2025 = milestone("A08", 2025);

  it(">= future: on/off track against the line (A08 2022: 88.0 off, 88.5 on)", () => {
    const off = evaluateMilestone(A08, m2025, { schoolYear: 2022, value: 88.0 });
    expect(off.status).toBe("off_track");
    expect(off.statusLabel).toBe("滞后于进度");
    expect(off.requiredNow).toBeCloseTo(88.22, 10);
    expect(off.due).toBe(false);
    expect(evaluateMilestone(A08, m2025, { schoolYear: 2022, value: 88.5 }).status).toBe("on_track");
    expect(evaluateMilestone(A08, m2025, { schoolYear: 2022, value: 88.22 }).status).toBe("on_track");
  });

  it("judges progress at the plan's one decimal: 83.69 in 2020 is the baseline 83.7; 88.14 in 2022 is behind 88.2", () => {
    expect(evaluateMilestone(A08, m2025, { schoolYear: 2020, value: 83.69 }).status).toBe("on_track");
    expect(evaluateMilestone(A08, m2025, { schoolYear: 2020, value: 83.64 }).status).toBe("off_track");
    // 88.22 rounds to 88.2: 88.15 rounds to 88.2 (on), 88.14 to 88.1 (behind)
    expect(evaluateMilestone(A08, m2025, { schoolYear: 2022, value: 88.15 }).status).toBe("on_track");
    expect(evaluateMilestone(A08, m2025, { schoolYear: 2022, value: 88.14 }).status).toBe("off_track");
    // met stays exact: 94.96 in 2025 misses ≥95
    expect(evaluateMilestone(A08, m2025, { schoolYear: 2025, value: 94.96 }).status).toBe("missed");
  });

  it(">= due: 94.9 in 2025 misses ≥95, 95 meets, and a later year still misses", () => {
    expect(evaluateMilestone(A08, m2025, { schoolYear: 2025, value: 94.9 }).status).toBe("missed");
    expect(evaluateMilestone(A08, m2025, { schoolYear: 2025, value: 95 }).status).toBe("met");
    expect(evaluateMilestone(A08, m2025, { schoolYear: 2027, value: 94.9 }).status).toBe("missed");
  });

  it("met before the milestone year when the value already satisfies it", () => {
    const r = evaluateMilestone(A08, m2025, { schoolYear: 2022, value: 96 });
    expect(r.status).toBe("met");
    expect(r.requiredNow).toBeNull();
  });

  it("> with equality is not met: A09 2030 value exactly 60 → missed; 60.5 → met", () => {
    const A09 = getTarget("A09");
    expect(evaluateMilestone(A09, milestone("A09", 2030), { schoolYear: 2030, value: 60 }).status).toBe(
      "missed",
    );
    expect(evaluateMilestone(A09, milestone("A09", 2030), { schoolYear: 2030, value: 60.5 }).status).toBe(
      "met",
    );
    // Before 2030, 60 is on the line (54 in 2027) but still not met.
    expect(evaluateMilestone(A09, milestone("A09", 2030), { schoolYear: 2027, value: 60 }).status).toBe(
      "on_track",
    );
  });

  it("= : A04 2030 needs exactly 100 (3 of 3 districts)", () => {
    const A04 = getTarget("A04");
    expect(evaluateMilestone(A04, milestone("A04", 2030), { schoolYear: 2030, value: 100 }).status).toBe(
      "met",
    );
    expect(
      evaluateMilestone(A04, milestone("A04", 2030), { schoolYear: 2030, value: (2 / 3) * 100 }).status,
    ).toBe("missed");
  });

  it("A04 draws no line from its 基本均衡 baseline: trend against the year before, else no_data", () => {
    const A04 = getTarget("A04");
    const m = milestone("A04", 2025);
    const none = evaluateMilestone(A04, m, { schoolYear: 2022, value: 100 / 3 });
    expect(none.status).toBe("no_data");
    expect(none.reason).toBeDefined();
    expect(evaluateMilestone(A04, m, { schoolYear: 2022, value: 100 / 3, previousValue: 0 }).status).toBe(
      "on_track",
    );
    expect(
      evaluateMilestone(A04, m, { schoolYear: 2022, value: 100 / 3, previousValue: 200 / 3 }).status,
    ).toBe("off_track");
  });

  it("<= (lower is better): B17 大班额 count must be 0 by 2025", () => {
    const B17 = getTarget("B17");
    const m = milestone("B17", 2025);
    expect(evaluateMilestone(B17, m, { schoolYear: 2025, value: 0 }).status).toBe("met");
    expect(evaluateMilestone(B17, m, { schoolYear: 2025, value: 3 }).status).toBe("missed");
    expect(evaluateMilestone(B17, m, { schoolYear: 2023, value: 3, previousValue: 5 }).status).toBe(
      "on_track",
    );
    expect(evaluateMilestone(B17, m, { schoolYear: 2023, value: 3, previousValue: 2 }).status).toBe(
      "off_track",
    );
  });

  it("nondecreasing: B39 spending ≥ the year before; no previous year → no_data", () => {
    const B39 = getTarget("B39");
    const m = B39.milestones[0]!;
    expect(evaluateMilestone(B39, m, { schoolYear: 2023, value: 10000, previousValue: 9500 }).status).toBe(
      "met",
    );
    expect(evaluateMilestone(B39, m, { schoolYear: 2023, value: 10000, previousValue: 10000 }).status).toBe(
      "met",
    );
    expect(evaluateMilestone(B39, m, { schoolYear: 2023, value: 9999, previousValue: 10000 }).status).toBe(
      "missed",
    );
    expect(evaluateMilestone(B39, m, { schoolYear: 2023, value: 10000 }).status).toBe("no_data");
    expect(evaluateMilestone(B39, m, { schoolYear: 2023, value: 10000, previousValue: null }).status).toBe(
      "no_data",
    );
  });

  it("track: met at the aim, else the trend against the year before or the baseline", () => {
    const B37 = getTarget("B37");
    const m = B37.milestones[0]!;
    expect(evaluateMilestone(B37, m, { schoolYear: 2023, value: 100 }).status).toBe("met");
    expect(evaluateMilestone(B37, m, { schoolYear: 2023, value: 80, previousValue: 70 }).status).toBe(
      "on_track",
    );
    expect(evaluateMilestone(B37, m, { schoolYear: 2023, value: 80, previousValue: 90 }).status).toBe(
      "off_track",
    );
    expect(evaluateMilestone(B37, m, { schoolYear: 2023, value: 80 }).status).toBe("no_data");
    // B41 has the plan's 2020 baseline (3% of GDP) and an aim of 4%.
    const B41 = getTarget("B41");
    const g = B41.milestones[0]!;
    expect(evaluateMilestone(B41, g, { schoolYear: 2023, value: 3.2 }).status).toBe("on_track");
    expect(evaluateMilestone(B41, g, { schoolYear: 2023, value: 2.8 }).status).toBe("off_track");
    expect(evaluateMilestone(B41, g, { schoolYear: 2023, value: 4 }).status).toBe("met");
    expect(evaluateMilestone(B41, g, { schoolYear: 2023, value: 3.2, previousValue: 3.5 }).status).toBe(
      "off_track",
    );
  });

  it("no_data when the value is null", () => {
    const r = evaluateMilestone(A08, m2025, { schoolYear: 2022, value: null });
    expect(r.status).toBe("no_data");
    expect(r.statusLabel).toBe("无数据");
  });

  it("undated numeric milestones apply every year (B42 ≥100 teacher/civil-servant pay)", () => {
    const B42 = getTarget("B42");
    const m = B42.milestones[0]!;
    expect(evaluateMilestone(B42, m, { schoolYear: 2021, value: 99.5 }).status).toBe("missed");
    expect(evaluateMilestone(B42, m, { schoolYear: 2021, value: 100 }).status).toBe("met");
  });
});

describe("currentMilestone", () => {
  it("is the first milestone due this year or later", () => {
    expect(currentMilestone(A08, 2022)?.year).toBe(2025);
    expect(currentMilestone(A08, 2025)?.year).toBe(2025);
    expect(currentMilestone(A08, 2026)?.year).toBe(2030);
  });

  it("is the last one when all have passed (B01 保持在90%以上)", () => {
    expect(currentMilestone(getTarget("B01"), 2024)?.year).toBe(2022);
    expect(currentMilestone(A08, 2040)?.year).toBe(2035);
  });

  it("is the standing undated milestone once the dated ones have passed (B03 各区全覆盖)", () => {
    expect(currentMilestone(getTarget("B03"), 2025)?.year).toBe(2025);
    expect(currentMilestone(getTarget("B03"), 2026)?.comparator).toBe("track");
  });

  it("needs a stage for C targets", () => {
    expect(currentMilestone(getTarget("C1"), 2025, "junior_secondary")?.value).toBe(5.3);
    expect(() => currentMilestone(getTarget("C1"), 2025)).toThrow(RangeError);
  });
});

describe("evaluateTarget", () => {
  it("A08 2022 at 88.5: on track for 2025, requiredNow 88.22, every milestone listed", () => {
    const r = evaluateTarget(A08, { schoolYear: 2022, value: 88.5 });
    expect(r.status).toBe("on_track");
    expect(r.statusLabel).toBe("按进度");
    expect(r.milestone?.year).toBe(2025);
    expect(r.requiredNow).toBeCloseTo(88.22, 10);
    expect(r.milestones.map((m) => [m.milestone.year, m.status])).toEqual([
      [2025, "on_track"],
      [2030, "on_track"],
      [2035, "on_track"],
    ]);
  });

  it("A08 2027 at 96: missed 2025 but judged against 2030 (line 96.2) → off_track", () => {
    const r = evaluateTarget(A08, { schoolYear: 2027, value: 96 });
    expect(r.milestone?.year).toBe(2030);
    expect(r.status).toBe("off_track");
    expect(r.requiredNow).toBeCloseTo(96.2, 10);
    expect(r.milestones[0]?.status).toBe("met"); // 96 ≥ 95
  });

  it("B01 in 2024 at 89: the 2022 ≥90 keeps applying → missed", () => {
    const r = evaluateTarget(getTarget("B01"), { schoolYear: 2024, value: 89 });
    expect(r.status).toBe("missed");
    expect(r.statusLabel).toBe("未达标");
    expect(r.requiredNow).toBeNull();
  });

  it("B11 2021 (before the first milestone, no baseline): trend or no_data", () => {
    const B11 = getTarget("B11");
    expect(evaluateTarget(B11, { schoolYear: 2021, value: 87 }).status).toBe("no_data");
    expect(evaluateTarget(B11, { schoolYear: 2021, value: 87, previousValue: 85 }).status).toBe("on_track");
    // With a measured 2020 value as baseline: line 85 → 90 gives 87.5 in 2021; 87 is behind it.
    expect(evaluateTarget(B11, { schoolYear: 2021, value: 87, baseline: 85 }).status).toBe("off_track");
  });

  it("B11 2023 at 91: behind the 2022→2025 line (91.67) → off_track", () => {
    const r = evaluateTarget(getTarget("B11"), { schoolYear: 2023, value: 91 });
    expect(r.milestone?.year).toBe(2025);
    expect(r.status).toBe("off_track");
  });

  it("B35 after 2030 follows the trend of 普遍具有", () => {
    const B35 = getTarget("B35");
    expect(evaluateTarget(B35, { schoolYear: 2031, value: 40, previousValue: 35 }).status).toBe("on_track");
    // In 2026 the current milestone is already 2030's (no number); the passed 2025 ≥30 shows as missed.
    const r = evaluateTarget(B35, { schoolYear: 2026, value: 28, previousValue: 25 });
    expect(r.milestone?.year).toBe(2030);
    expect(r.status).toBe("on_track");
    expect(r.milestones[0]?.status).toBe("missed");
  });

  it("C1 per stage: 4.2 meets primary but not junior (5.3); no stage → no_data", () => {
    const C1 = getTarget("C1");
    expect(evaluateTarget(C1, { schoolYear: 2025, value: 4.2, stage: "primary" }).status).toBe("met");
    const j = evaluateTarget(C1, { schoolYear: 2025, value: 4.2, stage: "junior_secondary" });
    expect(j.status).toBe("missed");
    expect(j.milestones).toHaveLength(1);
    const noStage = evaluateTarget(C1, { schoolYear: 2025, value: 4.2 });
    expect(noStage.status).toBe("no_data");
    expect(noStage.reason).toContain("学段");
  });

  it("no_data for a null value, for every target", () => {
    for (const t of PLAN_TARGETS) {
      const stage = t.group === "C" ? ("primary" as const) : undefined;
      const r = evaluateTarget(t, { schoolYear: 2025, value: null, ...(stage ? { stage } : {}) });
      expect(r.status, t.id).toBe("no_data");
      expect(r.milestone, t.id).not.toBeNull();
    }
    // Without a stage, C targets cannot be judged but do not throw.
    for (const t of PLAN_TARGETS)
      expect(evaluateTarget(t, { schoolYear: 2025, value: 1 }).statusLabel).toBeTruthy();
  });
});
