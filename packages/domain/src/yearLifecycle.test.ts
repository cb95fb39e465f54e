import { describe, expect, it } from "vitest";
import {
  defaultDashboardYear,
  isFinalState,
  SCHOOL_YEAR_STATE_LABELS,
  SCHOOL_YEAR_STATES,
  schoolYearState,
} from "./yearLifecycle.ts";

/** 2025—2026学年's deadline in this test: 15 January 2026, 18:00 Beijing time. */
const DEADLINE = new Date("2026-01-15T18:00:00+08:00");

describe("schoolYearState", () => {
  it("reads 填报中 until the deadline, 审核中 from it, and 填报中 while no deadline is set", () => {
    expect(schoolYearState(null, DEADLINE, new Date("2025-10-01T00:00:00+08:00"))).toBe("open");
    // one second before / at / after the deadline
    expect(schoolYearState(null, DEADLINE, new Date("2026-01-15T17:59:59+08:00"))).toBe("open");
    expect(schoolYearState(null, DEADLINE, DEADLINE)).toBe("closing");
    expect(schoolYearState(null, DEADLINE, new Date("2026-03-01T00:00:00+08:00"))).toBe("closing");
    expect(schoolYearState(null, null, new Date("2030-01-01T00:00:00Z"))).toBe("open");
  });
  it("takes the stored publication state whatever the dates", () => {
    const before = new Date("2025-10-01T00:00:00+08:00");
    expect(schoolYearState("published", DEADLINE, before)).toBe("published");
    expect(schoolYearState("reopened", DEADLINE, before)).toBe("reopened");
    expect(schoolYearState("published", null, before)).toBe("published");
  });
});

describe("labels and finality", () => {
  it("labels every state in Chinese", () => {
    expect(SCHOOL_YEAR_STATES.map((s) => SCHOOL_YEAR_STATE_LABELS[s])).toEqual([
      "填报中",
      "审核中",
      "已发布",
      "已重新开放",
    ]);
  });
  it("treats only a published year as final (正式); a reopened one is 预览 again", () => {
    expect(SCHOOL_YEAR_STATES.filter(isFinalState)).toEqual(["published"]);
  });
});

describe("defaultDashboardYear", () => {
  it("opens on the latest published year, even with newer years in progress", () => {
    expect(
      defaultDashboardYear([
        { schoolYear: 2026, state: "open" },
        { schoolYear: 2024, state: "published" },
        { schoolYear: 2025, state: "closing" },
        { schoolYear: 2023, state: "published" },
      ]),
    ).toBe(2024);
  });
  it("skips a reopened year (not final) for an older published one", () => {
    expect(
      defaultDashboardYear([
        { schoolYear: 2025, state: "reopened" },
        { schoolYear: 2024, state: "published" },
      ]),
    ).toBe(2024);
  });
  it("falls back on the latest year when none is published, null when there is none", () => {
    expect(
      defaultDashboardYear([
        { schoolYear: 2025, state: "reopened" },
        { schoolYear: 2026, state: "open" },
      ]),
    ).toBe(2026);
    expect(defaultDashboardYear([])).toBeNull();
  });
});
