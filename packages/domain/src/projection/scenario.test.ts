import { describe, expect, it } from "vitest";
import { checkProjectionScenario, describeAssumptions } from "./scenario.ts";

describe("projection scenario schema", () => {
  it("accepts a named scenario and trims its name", () => {
    const r = checkProjectionScenario({
      name: " 出生人口继续下降5%/年 ",
      assumptions: {
        birthTrendPercent: -5,
        seniorGrossEnrolmentRate: 98,
        transitionRates: { "primary:6>junior_secondary:7": 1 },
      },
    });
    expect(r.ok).toBe(true);
    expect(r.value?.name).toBe("出生人口继续下降5%/年");
    expect(r.value?.description).toBe("");
    expect(describeAssumptions(r.value!.assumptions)).toBe(
      "出生人口年变化 -5%；初中毕业生升学率 98%；小学六年级 → 初一（小升初） = 1",
    );
  });

  it("a name is NFKC-normalised and stripped of zero-width characters (同名 when they look alike)", () => {
    // 全角 ５ ％ ／ → 5 % /; U+200B (zero-width space) and U+FEFF removed
    const r = checkProjectionScenario({
      name: "出生人口继续下降\uFEFF５％／年\u200B",
      assumptions: { birthTrendPercent: -5 },
    });
    expect(r.value?.name).toBe("出生人口继续下降5%/年");
    expect(
      checkProjectionScenario({ name: "\u200B \u200D", assumptions: { birthTrendPercent: -5 } }).issues,
    ).toEqual([{ field: "name", message: "情景名称不能为空" }]);
  });

  it("names every bad field in Chinese", () => {
    const r = checkProjectionScenario({
      name: "",
      assumptions: {
        birthTrendPercent: -80,
        seniorGrossEnrolmentRate: "98",
        transitionRates: { "primary:9>x": 1, "primary:1>primary:2": 5 },
      },
    });
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([
      { field: "name", message: "情景名称不能为空" },
      { field: "assumptions.birthTrendPercent", message: "出生人口年变化率（%/年）须在−50—50之间" },
      { field: "assumptions.transitionRates.primary:1>primary:2", message: "升级（升学）率覆盖须在0—3之间" },
      {
        field: "assumptions.transitionRates.primary:9>x",
        message: "升级（升学）率覆盖：未知的转换“primary:9>x”",
      },
      { field: "assumptions.seniorGrossEnrolmentRate", message: "初中毕业生升学率（%）须为数字" },
    ]);
  });

  it("refuses an unknown assumption", () => {
    const r = checkProjectionScenario({ name: "x", assumptions: { birthTrend: 1 } });
    expect(r.issues).toEqual([{ field: "assumptions", message: "情景假设含有未知字段" }]);
  });

  it("refuses a scenario that overrides nothing (it would be the 基准 under another name)", () => {
    for (const assumptions of [{}, { transitionRates: {} }])
      expect(checkProjectionScenario({ name: "出生人口继续下降5%/年", assumptions }).issues).toEqual([
        {
          field: "assumptions",
          message:
            "预测情景须至少覆盖一项假设（出生人口年变化率（%/年）、初中毕业生升学率（%）或升级（升学）率覆盖），否则与基准预测相同",
        },
      ]);
    expect(checkProjectionScenario({ name: "x", assumptions: { seniorGrossEnrolmentRate: 98 } }).ok).toBe(
      true,
    );
  });
});
