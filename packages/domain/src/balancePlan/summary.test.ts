/**
 * The 达标方案's sentences and its one money format, hand-worked on the standard 小学 schools of
 * fixtures.ts (A and B of 200 students; C3 standard 0.9 per 100 → 1.8 teachers; C7 2.3 per 100).
 */
import { describe, expect, it } from "vitest";
import { balanceStageOutcome } from "../indicators/balanceCheck.ts";
import { applyBalanceActions, type BalancePlanAction, evaluateBalanceStage } from "./apply.ts";
import { DEFAULT_BALANCE_UNIT_COSTS, formatYuan } from "./costs.ts";
import { school } from "./fixtures.ts";
import { balancePlanSummary, failingChange } from "./summary.ts";

const costs = DEFAULT_BALANCE_UNIT_COSTS;

/** The sentences of `actions` applied to `schools` (小学), outcomes from the evaluations. */
function summaryOf(schools: Parameters<typeof evaluateBalanceStage>[1], actions: BalancePlanAction[]) {
  const before = evaluateBalanceStage("primary", schools);
  const after = evaluateBalanceStage("primary", applyBalanceActions(schools, actions));
  const outcome = (e: typeof before) =>
    balanceStageOutcome({
      assessed: schools.length,
      pending: 0,
      schoolsFailing: e.schoolsFailing,
      variationsOver: e.variationsOver,
    });
  return balancePlanSummary({
    stage: "primary",
    actions,
    costs,
    before,
    after,
    outcomeBefore: outcome(before),
    outcomeAfter: outcome(after),
  });
}

describe("balancePlanSummary", () => {
  it("says the failing schools grew when an edit moves teachers away from a passing school", () => {
    // A (C3 2 = 1.0 per 100) and B (C3 2): both pass. Moving 2 PE/arts teachers A → B leaves A
    // 0 (0% of 0.9 < 85%) → A fails: 0 → 1 failing school, 增为 (never 减为).
    // C3 差异系数 after: A 0, B 4 per 200 → X̄ 1.0, S 1.0, CV 1.0 > 0.50.
    const schools = [school("A", 200), school("B", 200)];
    const out = summaryOf(schools, [
      { kind: "TRANSFER_PE_ARTS", schoolId: "B", fromSchoolId: "A", quantity: 2 },
    ]);
    expect(out).toEqual([
      "共需交流轮岗2人（体育艺术专任教师2人），合计约4万元。",
      "涉及2所学校；未达标学校由0所增为1所。",
      "差异系数：C3由0.000变为1.000（限值0.50）。",
      "调整前：达到；调整后：未达到。",
    ]);
  });

  it("lists hires without an ambiguous 、 inside a noun, and says 仍为 when nothing changes", () => {
    // A: C3 1 (0.5 per 100, 55.6% < 85%) fails; +1 C1 and +1 C3 hire: C3 2 → 1.0 ≥ 0.9 → passes
    const schools = [school("A", 200, { C3: 1 }), school("B", 200)];
    const lifted = summaryOf(schools, [
      { kind: "HIRE_TEACHER_ABOVE_DEGREE", schoolId: "A", quantity: 1 },
      { kind: "HIRE_PE_ARTS_TEACHER", schoolId: "A", quantity: 1 },
    ]);
    // 2 × 150,000 = 300,000 元 = 30万元
    expect(lifted[0]).toBe("共需新增高于规定学历教师1人、体育艺术专任教师1人，合计约30万元。");
    expect(lifted[1]).toBe("涉及1所学校；未达标学校由1所减为0所。");
    // one more room at B changes nothing about A
    const same = summaryOf(schools, [{ kind: "ADD_MULTIMEDIA_CLASSROOMS", schoolId: "B", quantity: 1 }]);
    expect(same[1]).toBe("涉及1所学校；未达标学校仍为1所。");
  });

  it("an empty plan that does not pass says so; one that passes needs nothing", () => {
    const failing = [school("A", 200, { C3: 1 }), school("B", 200)];
    expect(summaryOf(failing, [])).toEqual(["未安排措施，仍未达到。", "调整前：未达到；调整后：未达到。"]);
    expect(summaryOf([school("A", 200), school("B", 200)], [])).toEqual([
      "无需新增或调整。",
      "调整前：达到；调整后：达到。",
    ]);
  });

  it("failingChange words each direction", () => {
    expect(failingChange(2, 0)).toBe("未达标学校由2所减为0所");
    expect(failingChange(1, 2)).toBe("未达标学校由1所增为2所");
    expect(failingChange(1, 1)).toBe("未达标学校仍为1所");
    expect(failingChange(0, 0)).toBe("调整前后均无未达标学校");
  });
});

describe("formatYuan", () => {
  it("prints 元, 万元 and 亿元 with at most two decimals, trailing zeros trimmed", () => {
    expect(formatYuan(8000)).toBe("8000元");
    expect(formatYuan(9999.6)).toBe("1万元"); // rounds to 10,000 元 = 1万元, never "10000元"
    expect(formatYuan(20_000)).toBe("2万元"); // not "2.00万元"
    expect(formatYuan(2_155_000)).toBe("215.5万元");
    expect(formatYuan(123_456)).toBe("12.35万元"); // 12.3456 → 12.35
    expect(formatYuan(99_999_999)).toBe("1亿元"); // 9999.9999万 rounds to 10000万 = 1亿
    expect(formatYuan(123_456_789)).toBe("1.23亿元");
    // the most one action can cost: 10¹⁵ 元 = 10,000,000亿元 (no exponent, no 万元 of 11 digits)
    expect(formatYuan(1e15)).toBe("10000000亿元");
    expect(formatYuan(0)).toBe("0元");
  });
});
