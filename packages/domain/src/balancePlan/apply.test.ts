/**
 * Evaluating an official's edited 达标方案 (fixed actions) and refusing actions that cannot be
 * applied. 小学 standards and standard schools as in fixtures.ts.
 */
import { describe, expect, it } from "vitest";
import {
  applyBalanceActions,
  BALANCE_PLAN_MAX_ACTIONS,
  type BalancePlanAction,
  balancePlanValues,
  evaluateBalanceStage,
  validateBalanceActions,
} from "./apply.ts";
import {
  BALANCE_ACTION_MAX_QUANTITY,
  BALANCE_UNIT_COST_MAX,
  DEFAULT_BALANCE_UNIT_COSTS,
  formatYuan,
} from "./costs.ts";
import { school } from "./fixtures.ts";
import { balancePlanCost } from "./summary.ts";

const schools = [school("A", 200, { C3: 1, C7: 3 }), school("B", 200, { C3: 4 })];

describe("applyBalanceActions + evaluateBalanceStage (fixed actions)", () => {
  it("recomputes values, checks and 差异系数 from the edited actions", () => {
    // the official moves 1 PE/arts teacher B → A and adds 2 rooms at A (instead of 1):
    // A: C3 2/200 = 1.0, C7 5/200 = 2.5 → 7 met; B: C3 3/200 = 1.5.
    // cost 20,000 + 2 × 50,000 = 120,000 元
    const actions: BalancePlanAction[] = [
      { kind: "TRANSFER_PE_ARTS", schoolId: "A", fromSchoolId: "B", quantity: 1 },
      { kind: "ADD_MULTIMEDIA_CLASSROOMS", schoolId: "A", quantity: 2 },
    ];
    expect(validateBalanceActions(schools, actions)).toEqual([]);
    const after = applyBalanceActions(schools, actions);
    expect(balancePlanValues(after[0]!)).toMatchObject({ C3: 1, C7: 2.5 });
    expect(balancePlanValues(after[1]!).C3).toBe(1.5);
    const ev = evaluateBalanceStage("primary", after);
    expect(ev.schools.map((s) => s.check.metCount)).toEqual([7, 7]);
    expect(ev.passed).toBe(true);
    expect(balancePlanCost(actions, DEFAULT_BALANCE_UNIT_COSTS)).toBe(120_000);
    expect(formatYuan(120_000)).toBe("12万元");
    // the inputs are not changed
    expect(schools[0]!.amounts.C3).toBe(1);
  });

  it("an edit that is not enough: the stage still fails, with the school and the 差异系数 named", () => {
    // only 1 room at A: C7 4/200 = 2.0 (87% passes as exempt), but C3 stays 0.5 (56%) → A fails
    // (5 met); C3 差异系数 A 0.5, B 2.0 → X̄ 1.25, S 0.75, CV 0.6 > 0.50
    const ev = evaluateBalanceStage(
      "primary",
      applyBalanceActions(schools, [{ kind: "ADD_MULTIMEDIA_CLASSROOMS", schoolId: "A", quantity: 1 }]),
    );
    expect(ev.passed).toBe(false);
    expect(ev.schoolsFailing).toBe(1);
    expect(ev.schools[0]!.check.summary).toBe("仅5项达到标准（至少需6项）"); // C3 and C7 below the standard
    expect(ev.variations[2]!.cv).toBeCloseTo(0.6, 12);
    expect(ev.variationsOver).toBe(1);
  });

  it("refuses actions that cannot be applied, each on its field", () => {
    const bad: BalancePlanAction[] = [
      { kind: "TRANSFER_PE_ARTS", schoolId: "A", fromSchoolId: "A", quantity: 1 },
      { kind: "TRANSFER_BACKBONE", schoolId: "A", quantity: 1 },
      { kind: "HIRE_PE_ARTS_TEACHER", schoolId: "A", quantity: 1.5 },
      { kind: "ADD_SPORTS_AREA", schoolId: "A", quantity: -10 },
      { kind: "ADD_EQUIPMENT", schoolId: "X", quantity: 1000 },
      { kind: "ADD_EQUIPMENT", schoolId: "A", fromSchoolId: "B", quantity: 1000 },
      { kind: "NO_SUCH_KIND" as BalancePlanAction["kind"], schoolId: "A", quantity: 1 },
      { kind: "ADD_MULTIMEDIA_CLASSROOMS", schoolId: "A", quantity: 10_001 },
    ];
    expect(validateBalanceActions(schools, bad, "input.fixedActions")).toEqual([
      { field: "input.fixedActions.0.fromSchoolId", message: "调出学校与调入学校不能相同" },
      { field: "input.fixedActions.1.fromSchoolId", message: "交流轮岗须指定调出学校" },
      { field: "input.fixedActions.2.quantity", message: "新增体育、艺术专任教师的数量须为整数（人）" },
      { field: "input.fixedActions.3.quantity", message: "新增体育运动场馆面积的数量须为不小于0的数" },
      { field: "input.fixedActions.4.schoolId", message: "该学校不在本区本学段参加评估的学校之中" },
      { field: "input.fixedActions.5.fromSchoolId", message: "只有交流轮岗可以指定调出学校" },
      { field: "input.fixedActions.6.kind", message: "措施类型无效" },
      { field: "input.fixedActions.7.quantity", message: "新增网络多媒体教室的数量不能超过10000间" },
    ]);
    expect(() => applyBalanceActions(schools, bad)).toThrow(RangeError);
  });

  it("a transfer may not take more teachers than the donor has after all the actions", () => {
    // B has 4 PE/arts teachers: 3 + 2 = 5 leave → −1
    const tooMany: BalancePlanAction[] = [
      { kind: "TRANSFER_PE_ARTS", schoolId: "A", fromSchoolId: "B", quantity: 3 },
      { kind: "TRANSFER_PE_ARTS", schoolId: "A", fromSchoolId: "B", quantity: 2 },
    ];
    expect(validateBalanceActions(schools, tooMany)).toEqual([
      { field: "actions.0.quantity", message: "B校现有体育艺术专任教师4人，调出人数不能超过现有人数" },
    ]);
    // exactly 4 is allowed (B keeps none: it then fails C3, which the evaluation shows)
    const all: BalancePlanAction[] = [
      { kind: "TRANSFER_PE_ARTS", schoolId: "A", fromSchoolId: "B", quantity: 4 },
    ];
    expect(validateBalanceActions(schools, all)).toEqual([]);
    expect(evaluateBalanceStage("primary", applyBalanceActions(schools, all)).schools[1]!.check.passed).toBe(
      false,
    );
  });

  it("a school without data for the indicator cannot take an action on it", () => {
    const noRoster = [school("A", 200, { C1: null }), school("B", 200)];
    expect(
      validateBalanceActions(noRoster, [{ kind: "HIRE_TEACHER_ABOVE_DEGREE", schoolId: "A", quantity: 1 }]),
    ).toEqual([{ field: "actions.0.schoolId", message: "A校缺少C1数据，无法测算" }]);
  });

  it("refuses more than 500 actions on the list itself, and a quantity over its ceiling", () => {
    const one: BalancePlanAction = { kind: "ADD_MULTIMEDIA_CLASSROOMS", schoolId: "A", quantity: 1 };
    expect(validateBalanceActions(schools, Array(BALANCE_PLAN_MAX_ACTIONS).fill(one))).toEqual([]);
    expect(validateBalanceActions(schools, Array(20_000).fill(one), "input.fixedActions")).toEqual([
      { field: "input.fixedActions", message: "措施最多500项，当前20000项" },
    ]);
    // 10亿元 of equipment is the most; at the dearest unit cost (100万元 per 元) one action
    // costs 10⁹ × 10⁶ = 10¹⁵ 元 ≤ 2⁵³ = 9,007,199,254,740,992, exact
    expect(BALANCE_ACTION_MAX_QUANTITY.元! * BALANCE_UNIT_COST_MAX).toBe(1e15);
    expect(BALANCE_ACTION_MAX_QUANTITY.元! * BALANCE_UNIT_COST_MAX).toBeLessThanOrEqual(2 ** 53);
    expect(
      validateBalanceActions(schools, [{ kind: "ADD_EQUIPMENT", schoolId: "A", quantity: 1_000_000_001 }]),
    ).toEqual([{ field: "actions.0.quantity", message: "新增教学仪器设备值的数量不能超过1000000000元" }]);
  });
});
