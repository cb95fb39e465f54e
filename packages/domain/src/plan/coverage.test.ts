/**
 * THE coverage rule (./coverage.ts) pinned on hand-worked cases: a ratio (A08, ≥95% due in
 * 2025), a count (B17 大班额, ≤0 due in 2025, lower is better) and a yes/no figure (B28 本科层次
 * 乌海应用技术学院, =1 due in 2025; a register the city keeps, covered 1/1), each with full,
 * partial, no and not-applicable coverage. The milestone evaluation comes from ./evaluate.ts;
 * the rule only decides whether it may be shown as final.
 */
import { describe, expect, it } from "vitest";
import { applyCoverage, type Coverage, coverageLabel, coverageLevel } from "./coverage.ts";
import { evaluateTarget } from "./evaluate.ts";
import { getTarget, type TargetId } from "./targets.ts";

/** The status a value gets in school year 2025 (2025—2026学年) with a coverage. */
const judge2025 = (id: TargetId, value: number | null, coverage: Coverage) =>
  applyCoverage(evaluateTarget(getTarget(id), { schoolYear: 2025, value }), value, coverage);

describe("coverageLevel", () => {
  it("reads complete, partial, none and not applicable", () => {
    expect(coverageLevel({ reported: 17, expected: 17 })).toBe("complete");
    expect(coverageLevel({ reported: 16, expected: 17 })).toBe("partial");
    expect(coverageLevel({ reported: 0, expected: 17 })).toBe("none");
    expect(coverageLevel({ reported: 0, expected: 0 })).toBe("not_applicable");
  });
  it("throws a RangeError on a negative or fractional count, or more reported than expected", () => {
    expect(() => coverageLevel({ reported: -1, expected: 3 })).toThrow(RangeError);
    expect(() => coverageLevel({ reported: 1, expected: -3 })).toThrow(RangeError);
    expect(() => coverageLevel({ reported: 1.5, expected: 3 })).toThrow(RangeError);
    expect(() => coverageLevel({ reported: 1, expected: Number.NaN })).toThrow(RangeError);
    expect(() => coverageLevel({ reported: 4, expected: 3 })).toThrow("coverage 4/3: reported > expected");
    expect(() => judge2025("A08", 96, { reported: 18, expected: 17 })).toThrow(RangeError);
  });
  it("labels schools by default and the units named otherwise", () => {
    expect(coverageLabel({ reported: 34, expected: 51 })).toBe("34/51 所学校");
    expect(coverageLabel({ reported: 2, expected: 3, units: "个区" })).toBe("2/3 个区");
    expect(coverageLabel({ reported: 2, expected: 3 }, "个区")).toBe("2/3 个区");
  });
});

describe("a ratio: A08 本科以上学历比例, ≥95% due in 2025", () => {
  it("full coverage: the milestone decides (96 ≥ 95 达标, 94.3 < 95 未达标)", () => {
    expect(judge2025("A08", 96, { reported: 17, expected: 17 })).toEqual({
      status: "met",
      provisional: false,
    });
    expect(judge2025("A08", 94.3, { reported: 17, expected: 17 })).toEqual({
      status: "missed",
      provisional: false,
    });
  });
  it("partial coverage: 数据不全 and 暂定, whatever the value (96 would meet, 80 would miss)", () => {
    const partial = {
      status: "incomplete",
      provisional: true,
      reason: "暂定：16/17 所学校有数据，数据齐全前不判定是否达标",
    };
    expect(judge2025("A08", 96, { reported: 16, expected: 17 })).toEqual(partial);
    expect(judge2025("A08", 80, { reported: 16, expected: 17 })).toEqual(partial);
  });
  it("no school reported: 无数据; no school of its kinds: 不适用 (a kindergarten's A08)", () => {
    expect(judge2025("A08", null, { reported: 0, expected: 17 })).toEqual({
      status: "no_data",
      provisional: false,
      reason: "0/17 所学校有数据",
    });
    expect(judge2025("A08", null, { reported: 0, expected: 0 })).toEqual({
      status: "not_applicable",
      provisional: false,
      reason: "本单位没有该指标涉及的单位",
    });
  });
  it("full coverage without a value (every roster without compulsory teachers): 无数据 with the evaluation's reason", () => {
    const evaluation = evaluateTarget(getTarget("A08"), { schoolYear: 2025, value: null });
    expect(evaluation.status).toBe("no_data");
    expect(applyCoverage(evaluation, null, { reported: 2, expected: 2 })).toEqual({
      status: "no_data",
      provisional: false,
      ...(evaluation.reason === undefined ? {} : { reason: evaluation.reason }),
    });
  });
});

describe("a count: B17 大班额班级数, ≤0 due in 2025", () => {
  it("full coverage: 0 classes 达标, 3 classes 未达标", () => {
    expect(judge2025("B17", 0, { reported: 135, expected: 135 })).toEqual({
      status: "met",
      provisional: false,
    });
    expect(judge2025("B17", 3, { reported: 135, expected: 135 })).toEqual({
      status: "missed",
      provisional: false,
    });
  });
  it("partial coverage: 0 classes in 99 of 135 reports is 数据不全, not 达标 (the 36 others may have some)", () => {
    expect(judge2025("B17", 0, { reported: 99, expected: 135 })).toEqual({
      status: "incomplete",
      provisional: true,
      reason: "暂定：99/135 所学校有数据，数据齐全前不判定是否达标",
    });
  });
  it("none reported: 无数据; none expected: 不适用", () => {
    expect(judge2025("B17", null, { reported: 0, expected: 135 }).status).toBe("no_data");
    expect(judge2025("B17", null, { reported: 0, expected: 0 }).status).toBe("not_applicable");
  });
});

describe("a yes/no figure: B28 建成本科层次乌海应用技术学院, =1 due in 2025", () => {
  const register: Coverage = { reported: 1, expected: 1, units: "份登记册" };
  it("a register the city keeps is complete by definition: 1 达标, 0 未达标 (never 无数据)", () => {
    expect(judge2025("B28", 1, register)).toEqual({ status: "met", provisional: false });
    expect(judge2025("B28", 0, register)).toEqual({ status: "missed", provisional: false });
  });
  it("a figure each district reports (B03 早期教养指导中心 by 区), 2 of 3 districts reported: 暂定 in 个区", () => {
    expect(judge2025("B03", 2, { reported: 2, expected: 3, units: "个区" })).toEqual({
      status: "incomplete",
      provisional: true,
      reason: "暂定：2/3 个区有数据，数据齐全前不判定是否达标",
    });
    expect(judge2025("B03", 1, { reported: 3, expected: 3, units: "个区" })).toEqual({
      status: "met",
      provisional: false,
    });
  });
  it("no register entry expected and none kept: 无数据 / 不适用 like every other target", () => {
    expect(judge2025("B28", null, { reported: 0, expected: 1, units: "份登记册" })).toEqual({
      status: "no_data",
      provisional: false,
      reason: "0/1 份登记册有数据",
    });
    expect(judge2025("B28", null, { reported: 0, expected: 0 }).status).toBe("not_applicable");
  });
});
