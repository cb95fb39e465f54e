import { describe, expect, it } from "vitest";
import type { Milestone } from "../plan/targets.ts";
import { whatItTakes } from "../plan/whatItTakes.ts";
import { chapterKeyOf, groupIntoChapters } from "./chapters.ts";
import {
  countStatuses,
  formatReportValue,
  laggingTargets,
  noLaggingSentence,
  summarySentence,
  type TargetSentenceInput,
  targetSentence,
} from "./sentences.ts";

const A08_2025: Milestone = { year: 2025, comparator: ">=", value: 95, label: "≥95%" };
const full = { reported: 17, expected: 17 };

/** A08 in 2024 (94.3%), the example: the year before 92.6%, so +1.7; 0.7 short of 95. */
const a08 = (over: Partial<TargetSentenceInput> = {}): TargetSentenceInput => ({
  targetId: "A08",
  unit: "percent",
  direction: "higher",
  schoolYear: 2024,
  value: 94.3,
  previousValue: 92.6,
  coverage: full,
  status: "on_track",
  milestone: A08_2025,
  ...over,
});

describe("targetSentence", () => {
  it("rise, ahead of the milestone, projected from the yearly rise (the issue's example)", () => {
    // gap 95 − 94.3 = 0.7; rise 1.7 a year → ceil(0.7 / 1.7) = 1 year → 2025
    expect(targetSentence(a08())).toBe(
      "A08 为 94.3%，较上年提高 1.7 个百分点，距 2025 年目标 95% 差 0.7 个百分点，符合进度要求，按当前增速预计 2025 年达标。",
    );
  });

  it("the projection counts whole years and says when it is later than the milestone", () => {
    // 2023: 90.0, rise 0.5 from 89.5; gap 5.0 → ceil(5 / 0.5) = 10 years → 2033 > 2025
    expect(
      targetSentence(a08({ schoolYear: 2023, value: 90, previousValue: 89.5, status: "off_track" })),
    ).toBe(
      "A08 为 90.0%，较上年提高 0.5 个百分点，距 2025 年目标 95% 差 5.0 个百分点，滞后于进度，按当前增速预计 2033 年达标，晚于目标年份。",
    );
  });

  it("differences are taken between the printed values (92.64 → 92.6, 94.26 → 94.3: +1.7)", () => {
    expect(targetSentence(a08({ value: 94.26, previousValue: 92.64 }))).toContain("较上年提高 1.7 个百分点");
  });

  it("fall: no projection, the trend cannot reach the milestone", () => {
    expect(targetSentence(a08({ value: 91.2, previousValue: 92.6, status: "off_track" }))).toBe(
      "A08 为 91.2%，较上年降低 1.4 个百分点，距 2025 年目标 95% 差 3.8 个百分点，滞后于进度，较上年未改善，按当前趋势不能达标。",
    );
  });

  it("flat", () => {
    expect(targetSentence(a08({ value: 92.64, previousValue: 92.6, status: "off_track" }))).toBe(
      "A08 为 92.6%，与上年持平，距 2025 年目标 95% 差 2.4 个百分点，滞后于进度，较上年未改善，按当前趋势不能达标。",
    );
  });

  it("met: names the milestone, no gap", () => {
    expect(targetSentence(a08({ value: 96.04, previousValue: 94.3, status: "met" }))).toBe(
      "A08 为 96.0%，较上年提高 1.7 个百分点，已达到 2025 年目标 ≥95%。",
    );
  });

  it("due and missed: the gap to the milestone", () => {
    expect(
      targetSentence(a08({ schoolYear: 2025, value: 94.3, previousValue: 94.3, status: "missed" })),
    ).toBe("A08 为 94.3%，与上年持平，未达到 2025 年目标 ≥95%，差 0.7 个百分点。");
  });

  it("a lagging roster target gains its 达成路径 as a second sentence (issue 13), others do not", () => {
    // the demo city's 2025 A08: 2864/3039 = 94.24% → 94.2; +1.6 on 92.6; 95 − 94.2 = 0.8 short;
    // 达成路径 from the domain rule (whatItTakes.test.ts: 24 of the 175, or 461 hires), spaced as
    // the rest of the paragraph ("按 2025 年目标值 95% 测算" beside "未达到 2025 年目标 ≥95%")
    const path = whatItTakes({
      targetId: "A08",
      schoolYear: 2025,
      status: "missed",
      numerator: 2864,
      denominator: 3039,
      milestone: A08_2025,
    })?.sentence;
    expect(
      targetSentence(
        a08({ schoolYear: 2025, value: 94.24, previousValue: 92.6, status: "missed", whatItTakes: path }),
      ),
    ).toBe(
      "A08 为 94.2%，较上年提高 1.6 个百分点，未达到 2025 年目标 ≥95%，差 0.8 个百分点。按 2025 年目标值 95% 测算，需现有 175 名专科及以下学历专任教师中 24 人完成本科学历提升；或新增本科及以上学历专任教师 461 人。",
    );
    expect(targetSentence(a08({ status: "off_track", previousValue: null, whatItTakes: "X。" }))).toBe(
      "A08 为 94.3%，无上年数据可比，距 2025 年目标 95% 差 0.7 个百分点，滞后于进度。X。",
    );
    // 按进度, 达标 and 数据不全 never carry one
    expect(targetSentence(a08({ whatItTakes: "X。" }))).toBe(targetSentence(a08()));
    expect(targetSentence(a08({ value: 96.04, status: "met", whatItTakes: "X。" }))).not.toContain("X");
    expect(
      targetSentence(
        a08({ coverage: { reported: 16, expected: 17 }, status: "incomplete", whatItTakes: "X。" }),
      ),
    ).not.toContain("X");
  });

  it("no previous year: no change and no projection", () => {
    expect(targetSentence(a08({ previousValue: null }))).toBe(
      "A08 为 94.3%，无上年数据可比，距 2025 年目标 95% 差 0.7 个百分点，符合进度要求。",
    );
  });

  it("partial coverage: 数据不全，暂不评价 and nothing else", () => {
    expect(targetSentence(a08({ coverage: { reported: 16, expected: 17 }, status: "incomplete" }))).toBe(
      "A08 为 94.3%（暂定，16/17 所学校有数据），数据不全，暂不评价。",
    );
  });

  it("no data and not applicable", () => {
    expect(
      targetSentence(a08({ value: null, coverage: { reported: 0, expected: 17 }, status: "no_data" })),
    ).toBe("A08 无数据（0/17 所学校有数据），暂不评价。");
    expect(
      targetSentence(a08({ value: null, coverage: { reported: 0, expected: 0 }, status: "not_applicable" })),
    ).toBe("A08 不适用（本单位没有该指标涉及的单位）。");
  });

  it("a count falling towards a ≤ milestone uses 减少 and the unit", () => {
    // B17 大班额: 5 classes, 8 the year before, milestone 2025 ≤0 → gap 5, fall 3 a year → 2 years → 2026
    expect(
      targetSentence({
        targetId: "B17",
        unit: "count",
        direction: "lower",
        schoolYear: 2024,
        value: 5,
        previousValue: 8,
        coverage: { reported: 3, expected: 3, units: "个区" },
        status: "on_track",
        milestone: { year: 2025, comparator: "<=", value: 0, label: "0个" },
      }),
    ).toBe(
      "B17 为 5 个，较上年减少 3 个，距 2025 年目标 0 个 差 5 个，符合进度要求，但按上年增幅推算 2026 年才能达标，晚于目标年份，需加快进度。",
    );
  });

  it("a milestone without a number reads the status", () => {
    expect(
      targetSentence({
        ...a08(),
        targetId: "B39",
        unit: "ten_thousand_yuan",
        value: 1200,
        previousValue: 1100,
        status: "met",
        milestone: { year: null, comparator: "nondecreasing", value: null, label: "逐年只增不减" },
      }),
    ).toBe("B39 为 1200.0 万元，较上年增加 100.0 万元，已达到目标 逐年只增不减。");
  });
});

describe("the projection agrees with the status (按进度 / 滞后于进度 × trend)", () => {
  // A08 in 2023, milestone 2025 ≥95; the same figures judged 按进度 or 滞后于进度 by evaluate.ts
  const at = (status: "on_track" | "off_track", value: number, previousValue: number | null) =>
    targetSentence(a08({ schoolYear: 2023, value, previousValue, status }));
  const head = (value: string, change: string, gap: string) =>
    `A08 为 ${value}，${change}，距 2025 年目标 95% 差 ${gap} 个百分点，`;

  it("按进度 + rise fast enough: the projection in time", () => {
    // gap 95 − 93 = 2.0, rise 1.5 → ceil(1.33) = 2 years → 2025
    expect(at("on_track", 93, 91.5)).toBe(
      `${head("93.0%", "较上年提高 1.5 个百分点", "2.0")}符合进度要求，按当前增速预计 2025 年达标。`,
    );
  });

  it("按进度 + rise too slow: a caution, never 不能达标", () => {
    // gap 2.0, rise 0.5 → 4 years → 2027 > 2025
    const s = at("on_track", 93, 92.5);
    expect(s).toBe(
      `${head("93.0%", "较上年提高 0.5 个百分点", "2.0")}符合进度要求，但按上年增幅推算 2027 年才能达标，晚于目标年份，需加快进度。`,
    );
  });

  it("按进度 + fall (the QA's A04): a caution, never 按当前趋势不能达标", () => {
    const s = at("on_track", 93, 93.4);
    expect(s).toBe(
      `${head("93.0%", "较上年降低 0.4 个百分点", "2.0")}符合进度要求，但较上年未改善，需关注。`,
    );
    expect(s).not.toContain("不能达标");
  });

  it("按进度 + flat: a caution", () => {
    expect(at("on_track", 93, 93)).toBe(
      `${head("93.0%", "与上年持平", "2.0")}符合进度要求，但较上年未改善，需关注。`,
    );
  });

  it("按进度 without a year before: no projection", () => {
    expect(at("on_track", 93, null)).toBe(`${head("93.0%", "无上年数据可比", "2.0")}符合进度要求。`);
  });

  it("滞后于进度 + rise fast enough: lagging now, the rise reaches the milestone in time", () => {
    expect(at("off_track", 93, 91.5)).toBe(
      `${head("93.0%", "较上年提高 1.5 个百分点", "2.0")}滞后于进度，按当前增速预计 2025 年达标。`,
    );
  });

  it("滞后于进度 + rise too slow: later than the milestone", () => {
    expect(at("off_track", 93, 92.5)).toBe(
      `${head("93.0%", "较上年提高 0.5 个百分点", "2.0")}滞后于进度，按当前增速预计 2027 年达标，晚于目标年份。`,
    );
  });

  it("滞后于进度 + fall / flat: cannot reach it on the trend", () => {
    expect(at("off_track", 93, 93.4)).toBe(
      `${head("93.0%", "较上年降低 0.4 个百分点", "2.0")}滞后于进度，较上年未改善，按当前趋势不能达标。`,
    );
    expect(at("off_track", 93, 93)).toBe(
      `${head("93.0%", "与上年持平", "2.0")}滞后于进度，较上年未改善，按当前趋势不能达标。`,
    );
  });

  it("滞后于进度 without a year before", () => {
    expect(at("off_track", 93, null)).toBe(`${head("93.0%", "无上年数据可比", "2.0")}滞后于进度。`);
  });
});

describe("yes/no targets (flag, 是否完成)", () => {
  // B28 乌海应用技术学院: 2025 = 1 (建成)
  const b28 = (value: number, status: TargetSentenceInput["status"], schoolYear = 2024) =>
    targetSentence({
      targetId: "B28",
      unit: "flag",
      direction: "higher",
      schoolYear,
      value,
      previousValue: 0,
      coverage: { reported: 1, expected: 1, units: "个市" },
      status,
      milestone: { year: 2025, comparator: "=", value: 1, label: "力争建成本科层次的“乌海应用技术学院”" },
    });

  it("not done: the aim in words, the status, no difference of 1 是否完成", () => {
    expect(b28(0, "on_track")).toBe("B28 尚未完成（2025 年目标：完成），评价结果：按进度。");
    expect(b28(0, "missed", 2025)).toBe("B28 尚未完成（2025 年目标：完成），评价结果：未达标。");
    expect(b28(0, "off_track")).not.toContain("是否完成（1=是");
  });

  it("done", () => {
    expect(b28(1, "met", 2025)).toBe("B28 已完成。");
  });
});

describe("formatReportValue", () => {
  it("prints each unit with its decimals", () => {
    expect(formatReportValue(94.25, "percent")).toBe("94.3%");
    expect(formatReportValue(1, "flag")).toBe("是");
    expect(formatReportValue(0, "flag")).toBe("否");
    expect(formatReportValue(12, "count")).toBe("12 个");
  });
});

describe("summary", () => {
  it("counts the five statuses, then 无数据 and 不适用", () => {
    const counts = countStatuses(["met", "met", "on_track", "off_track", "missed", "incomplete", "no_data"]);
    expect(counts.map((c) => c.count)).toEqual([2, 1, 1, 1, 1, 1, 0]);
    expect(summarySentence("2024—2025学年", counts)).toBe(
      "2024—2025学年共评价 7 项指标：达标 2 项、按进度 1 项、滞后于进度 1 项、未达标 1 项、数据不全 1 项；另有无数据 1 项。",
    );
  });

  it("no target lagging: says how many were not judged (无数据 / 数据不全)", () => {
    const counts = countStatuses(["met", "on_track", "incomplete", "no_data", "no_data", "no_data"]);
    expect(noLaggingSentence(counts)).toBe(
      "没有未达标或滞后于进度的指标；另有 3 项无数据、1 项数据不全，未作评价。",
    );
    expect(noLaggingSentence(countStatuses(["met", "on_track"]))).toBe("没有未达标或滞后于进度的指标。");
  });

  it("lagging targets: 未达标 / 滞后 only, by relative gap", () => {
    const ranked = laggingTargets(
      [
        { targetId: "A01", status: "missed", value: 90, required: 100 }, // 10%
        { targetId: "A02", status: "off_track", value: 45, required: 50 }, // 10%, ties by id
        { targetId: "A03", status: "off_track", value: 30, required: 60 }, // 50%
        { targetId: "A04", status: "met", value: 10, required: 100 },
        { targetId: "A05", status: "missed", value: null, required: 100 },
      ],
      3,
    );
    expect(ranked.map((r) => r.targetId)).toEqual(["A03", "A01", "A02"]);
  });
});

describe("chapters", () => {
  it("keys a section by its first reference", () => {
    expect(chapterKeyOf("二(三) 主要预期指标表")).toBe("二(三)");
    expect(chapterKeyOf("二(三); 三(二)1")).toBe("二(三)");
    expect(chapterKeyOf("三(三)4; 框6")).toBe("三(三)");
    expect(chapterKeyOf("框10")).toBe("框");
    expect(chapterKeyOf("一")).toBe("一");
  });

  it("groups in the plan's order, C left out", () => {
    const item = (group: "A" | "B" | "C", section: string) => ({ target: { group, section } });
    const chapters = groupIntoChapters([
      item("B", "框5"),
      item("B", "三(八)3; 框12"),
      item("A", "二(三) 主要预期指标表"),
      item("B", "三(一)3"),
      item("C", "三(三)2; 框4"),
      item("B", "一"),
    ]);
    expect(chapters.map((c) => c.key)).toEqual(["一", "二(三)", "三(一)", "三(八)", "框"]);
    expect(chapters.map((c) => c.title)[4]).toBe("规划专栏（框）所列目标");
  });
});
