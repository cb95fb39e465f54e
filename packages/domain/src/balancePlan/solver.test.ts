/**
 * The 达标方案 solver on small hand-worked 小学 districts (standards 教督〔2017〕6号 第七条:
 * C1 4.2, C2 1.0, C3 0.9 per 100 students, C4 4.5 m², C5 7.5 m², C6 2000 元, C7 2.3 per 100;
 * 差异系数 ≤ 0.50), with the default unit costs (hire 150,000, transfer 20,000, teaching
 * area 3,000/m², sports 800/m², equipment 1/元, multimedia room 50,000). Standard schools:
 * fixtures.ts.
 */
import { describe, expect, it } from "vitest";
import { balanceStageOutcome } from "../indicators/balanceCheck.ts";
import { applyBalanceActions, type BalancePlanSchool, evaluateBalanceStage } from "./apply.ts";
import { balanceUnitCosts, DEFAULT_BALANCE_UNIT_COSTS } from "./costs.ts";
import { randomSchool, school, seededRandom } from "./fixtures.ts";
import { solveBalancePlan } from "./solver.ts";
import { balancePlanCost, balancePlanSummary } from "./summary.ts";

const costs = DEFAULT_BALANCE_UNIT_COSTS;

function passesAfter(schools: BalancePlanSchool[], actions: Parameters<typeof applyBalanceActions>[1]) {
  return evaluateBalanceStage("primary", applyBalanceActions(schools, actions)).passed;
}

describe("solveBalancePlan", () => {
  it("a school short of 网络多媒体教室: one room lifts it to 85% (cheaper than two rooms to the standard)", () => {
    // A (200 students) has 3 rooms = 1.5/百生 = 65.2% of 2.3: below 85%, so A fails (6 met).
    // Options: all seven → 2.3 × 2 = 4.6 → 5 rooms, +2 = 100,000 元;
    //          C7 exempt → 85% × 4.6 = 3.91 → 4 rooms, +1 = 50,000 元 (2.0/百生 = 86.96%);
    //          any other k exempt → C7 still +2 = 100,000 元.  Cheapest: +1 room.
    // 差异系数 C7 after: A 4/200, B 5/200 → X̄ = 9/400 = 2.25/百生, S = 0.25, CV = 0.111 ≤ 0.50.
    const schools = [school("A", 200, { C7: 3 }), school("B", 200)];
    const before = evaluateBalanceStage("primary", schools);
    expect(before.schoolsFailing).toBe(1);
    const plan = solveBalancePlan("primary", schools, costs);
    expect(plan).toEqual({
      feasible: true,
      reason: null,
      actions: [{ kind: "ADD_MULTIMEDIA_CLASSROOMS", schoolId: "A", fromSchoolId: null, quantity: 1 }],
    });
    expect(balancePlanCost(plan.actions, costs)).toBe(50_000);
    const after = evaluateBalanceStage("primary", applyBalanceActions(schools, plan.actions));
    expect(after.passed).toBe(true);
    expect(after.schools[0]!.check.summary).toBe("6项达到标准，余项C7不低于标准的85%");
    expect(after.variations[6]!.cv).toBeCloseTo(0.25 / 2.25, 12);
    expect(
      balancePlanSummary({
        stage: "primary",
        actions: plan.actions,
        costs,
        before,
        after,
        outcomeBefore: balanceStageOutcome({ assessed: 2, pending: 0, schoolsFailing: 1, variationsOver: 0 }),
        outcomeAfter: balanceStageOutcome({ assessed: 2, pending: 0, schoolsFailing: 0, variationsOver: 0 }),
      }),
    ).toEqual([
      "共需新增网络多媒体教室1间，合计约5万元。",
      "涉及1所学校；未达标学校由1所减为0所。",
      "调整前：未达到；调整后：达到。",
    ]);
  });

  it("a transfer (交流轮岗) is cheaper than hiring when the donor keeps its standard", () => {
    // A (200) has 1 PE/arts teacher = 0.5/百生 (55.6% < 85%): needs 1.8 → 2 (full) or
    // 0.85 × 1.8 = 1.53 → 2 (exempt): +1 either way. B (200) has 4 = 2.0/百生; its standard needs
    // 2, so it can spare 2. Transfer 20,000 < hire 150,000 → move 1 from B to A.
    // C3 差异系数 before: A 0.5, B 2.0 → X̄ 1.25, S 0.75, CV 0.6 > 0.5; after: A 1.0, B 1.5 →
    // S 0.25, CV 0.2.
    const schools = [school("A", 200, { C3: 1 }), school("B", 200, { C3: 4 })];
    const before = evaluateBalanceStage("primary", schools);
    expect(before.variations[2]!.cv).toBeCloseTo(0.6, 12);
    const plan = solveBalancePlan("primary", schools, costs);
    expect(plan.feasible).toBe(true);
    expect(plan.actions).toEqual([
      { kind: "TRANSFER_PE_ARTS", schoolId: "A", fromSchoolId: "B", quantity: 1 },
    ]);
    expect(balancePlanCost(plan.actions, costs)).toBe(20_000);
    const after = evaluateBalanceStage("primary", applyBalanceActions(schools, plan.actions));
    expect(after.passed).toBe(true);
    expect(after.variations[2]!.cv).toBeCloseTo(0.2, 12);
    // without transfers: one hire at A (A 1.0, B 2.0: X̄ 1.5, S 0.5, CV 0.333) = 150,000 元
    const noTransfers = solveBalancePlan("primary", schools, costs, { allowTransfers: false });
    expect(noTransfers.actions).toEqual([
      { kind: "HIRE_PE_ARTS_TEACHER", schoolId: "A", fromSchoolId: null, quantity: 1 },
    ]);
  });

  it("no transfer when the donor would drop below its standard: the teacher is hired", () => {
    // B has exactly 2 PE/arts teachers = 1.0/百生 and needs 1.8 → 2: nothing to spare.
    // A hires 1 (150,000 元); C3 after: 1.0 and 1.0 → CV 0.
    const schools = [school("A", 200, { C3: 1 }), school("B", 200)];
    const plan = solveBalancePlan("primary", schools, costs);
    expect(plan.actions).toEqual([
      { kind: "HIRE_PE_ARTS_TEACHER", schoolId: "A", fromSchoolId: null, quantity: 1 },
    ]);
    expect(balancePlanCost(plan.actions, costs)).toBe(150_000);
  });

  it("a transfer is not used when it costs more than a hire", () => {
    // the district sets 交流轮岗 at 200,000 元, above a hire (150,000): A hires 1
    const schools = [school("A", 200, { C3: 1 }), school("B", 200, { C3: 4 })];
    const plan = solveBalancePlan("primary", schools, balanceUnitCosts({ TRANSFER_PE_ARTS: 200_000 }));
    expect(plan.actions).toEqual([
      { kind: "HIRE_PE_ARTS_TEACHER", schoolId: "A", fromSchoolId: null, quantity: 1 },
    ]);
  });

  it("差异系数: moving backbone teachers from the highest school to the lowest brings C2 under 0.50", () => {
    // Three schools of 100 pass the school rule; C2 backbone teachers A 1, B 1, C 5 (per 百生 the same).
    // X̄ = 7/300 = 2.333; deviations −1.333, −1.333, +2.667 → S² = (1.778 + 1.778 + 7.111)/3 = 3.556,
    // S = 1.886, CV = 0.808 > 0.50.
    // C → A: 2, 1, 4 → S² = (0.111 + 1.778 + 2.778)/3 = 1.556, CV = 1.247/2.333 = 0.535 (still over);
    // C → B: 2, 2, 3 → S² = (0.111 + 0.111 + 0.444)/3 = 0.222, CV = 0.471/2.333 = 0.202.
    // Two transfers = 40,000 元. C needs 1 for its standard, so it can spare 4.
    const schools = [school("A", 100), school("B", 100), school("C", 100, { C2: 5 })];
    const before = evaluateBalanceStage("primary", schools);
    expect(before.schoolsFailing).toBe(0);
    expect(before.variations[1]!.cv).toBeCloseTo(Math.sqrt(32 / 9) / (7 / 3), 12); // 0.808
    const plan = solveBalancePlan("primary", schools, costs);
    expect(plan.actions).toEqual([
      { kind: "TRANSFER_BACKBONE", schoolId: "A", fromSchoolId: "C", quantity: 1 },
      { kind: "TRANSFER_BACKBONE", schoolId: "B", fromSchoolId: "C", quantity: 1 },
    ]);
    const after = evaluateBalanceStage("primary", applyBalanceActions(schools, plan.actions));
    expect(after.variations[1]!.cv).toBeCloseTo(Math.sqrt(2 / 9) / (7 / 3), 12); // 0.202
    expect(after.passed).toBe(true);
    // hiring instead: A 2 → X̄ 2.667, CV 1.700/2.667 = 0.637; B 2 → X̄ 3, S² = (1+1+4)/3 = 2,
    // CV = 1.414/3 = 0.471 ≤ 0.50: two hires = 300,000 元
    const hires = solveBalancePlan("primary", schools, costs, { allowTransfers: false });
    expect(hires.actions).toEqual([
      { kind: "HIRE_BACKBONE_TEACHER", schoolId: "A", fromSchoolId: null, quantity: 1 },
      { kind: "HIRE_BACKBONE_TEACHER", schoolId: "B", fromSchoolId: null, quantity: 1 },
    ]);
    expect(
      evaluateBalanceStage("primary", applyBalanceActions(schools, hires.actions)).variations[1]!.cv,
    ).toBeCloseTo(Math.SQRT2 / 3, 12);
  });

  it("the 85% exemption goes to the indicator that is dearest to raise, by the district's unit costs", () => {
    // A (200): C4 800 m² = 4.0 m²/生 (88.9%), C5 1300 m² = 6.5 m²/生 (86.7%): 5 met → fails.
    // To the standard: C4 900 m² → +100 × 3,000 = 300,000; C5 1500 m² → +200 × 800 = 160,000.
    // Exempt C4 (already ≥ 85%: 0.85 × 900 = 765 ≤ 800) → 160,000; exempt C5 → 300,000.
    const schools = [school("A", 200, { C4: 800, C5: 1300 }), school("B", 200)];
    expect(solveBalancePlan("primary", schools, costs).actions).toEqual([
      { kind: "ADD_SPORTS_AREA", schoolId: "A", fromSchoolId: null, quantity: 200 },
    ]);
    // sports ground at 2,000 元/m²: C5 to the standard = 400,000 > C4 = 300,000 → exempt C5
    const dearSports = balanceUnitCosts({ ADD_SPORTS_AREA: 2_000 });
    expect(solveBalancePlan("primary", schools, dearSports).actions).toEqual([
      { kind: "ADD_TEACHING_AREA", schoolId: "A", fromSchoolId: null, quantity: 100 },
    ]);
  });

  it("the 85% exemption counts 交流轮岗 at its cost while another school can spare teachers", () => {
    // A (200): C1 7 = 3.5/百生 (83.3% < 85%), C5 1400 m² = 7.0 m²/生 (93.3%): 5 met → fails.
    // C1 to the standard 8.4 → 9 (+2), to 85% 7.14 → 8 (+1); C5 to the standard 1500 (+100 m², 80,000).
    // B (200) has 12 above-degree teachers and needs 9: 3 to spare, so A's teachers cost 20,000.
    // all seven: 2 × 20,000 + 80,000 = 120,000; C1 exempt: 20,000 + 80,000 = 100,000;
    // C5 exempt (93% ≥ 85%): 2 × 20,000 = 40,000 → the cheapest: move 2 teachers from B.
    // (At the hiring cost C1 exempt would win: 150,000 + 80,000 = 230,000 < 300,000, and become
    // 100,000 with the transfer — 2.5 times the plan found.)
    const schools = [school("A", 200, { C1: 7, C5: 1400 }), school("B", 200, { C1: 12 })];
    const plan = solveBalancePlan("primary", schools, costs);
    expect(plan.actions).toEqual([
      { kind: "TRANSFER_TEACHER_ABOVE_DEGREE", schoolId: "A", fromSchoolId: "B", quantity: 2 },
    ]);
    expect(balancePlanCost(plan.actions, costs)).toBe(40_000);
    // C1 after: A 9/200 = 4.5, B 10/200 = 5.0, both ≥ 4.2; A's C5 stays at 93% as its exempt one
    const after = evaluateBalanceStage("primary", applyBalanceActions(schools, plan.actions));
    expect(after.schools.map((s) => s.check.summary)).toEqual([
      "6项达到标准，余项C5不低于标准的85%",
      "7项指标全部达到标准",
    ]);
    // without transfers: C1 exempt, +1 hire and +100 m² = 230,000
    const hires = solveBalancePlan("primary", schools, costs, { allowTransfers: false });
    expect(hires.actions).toEqual([
      { kind: "HIRE_TEACHER_ABOVE_DEGREE", schoolId: "A", fromSchoolId: null, quantity: 1 },
      { kind: "ADD_SPORTS_AREA", schoolId: "A", fromSchoolId: null, quantity: 100 },
    ]);
  });

  it("a 九年一贯制 school's rooms serve all its students: the need is counted on them", () => {
    // S: 100 primary pupils of 250 in all; C4–C6 for 250 (1250 m², 2000 m², 525,000 元: 5.0, 8.0,
    // 2100 per 生); 5 rooms → C7 = 5/250 × 100 = 2.0 per 百生 (87%, would pass as the one exempt)
    // — but C1 is 3/100 = 3.0 (71%) too, so S fails with 5 met.
    // C1 to the standard: 4.2 → 5 teachers (+2, 300,000); C7 to the standard: 2.3 × 2.5 = 5.75 → 6
    // rooms (+1, 50,000). Exempt C7 (≥ 85% already): +2 teachers = 300,000; exempt C1: C1 to
    // 85% = 3.57 → 4 (+1, 150,000) and C7 +1 (50,000) = 200,000 → cheapest.
    const shared = school("S", 100, { C1: 3, C4: 1250, C5: 2000, C6: 525_000, C7: 5 }, 250);
    const schools = [shared, school("B", 100)];
    const plan = solveBalancePlan("primary", schools, costs);
    expect(plan.actions).toEqual([
      { kind: "HIRE_TEACHER_ABOVE_DEGREE", schoolId: "S", fromSchoolId: null, quantity: 1 },
      { kind: "ADD_MULTIMEDIA_CLASSROOMS", schoolId: "S", fromSchoolId: null, quantity: 1 },
    ]);
    const after = evaluateBalanceStage("primary", applyBalanceActions(schools, plan.actions));
    expect(after.schools[0]!.values.C7).toBeCloseTo(2.4, 12); // 6 / 250 × 100
    expect(after.schools[0]!.stageAmounts.C7).toBeCloseTo(2.4, 12); // 6 × 100/250: the primary share
    expect(after.passed).toBe(true);
  });

  it("already passing: no action", () => {
    expect(solveBalancePlan("primary", [school("A", 200), school("B", 100)], costs)).toEqual({
      feasible: true,
      reason: null,
      actions: [],
    });
  });

  it("infeasible: a school without data, no school, or the iteration cap", () => {
    const noRoster = [school("A", 200, { C1: null, C2: null, C3: null }), school("B", 200)];
    expect(solveBalancePlan("primary", noRoster, costs)).toEqual({
      feasible: false,
      reason: "1所学校缺少指标数据（A校C1、A校C2、A校C3），无法测算达标方案：请先补全教职工名册或年报",
      actions: [],
    });
    expect(solveBalancePlan("primary", [], costs).feasible).toBe(false);
    // the C2 case above needs two greedy steps; with one allowed it stops at CV 0.535
    const capped = solveBalancePlan(
      "primary",
      [school("A", 100), school("B", 100), school("C", 100, { C2: 5 })],
      costs,
      { maxIterations: 1 },
    );
    expect(capped.feasible).toBe(false);
    expect(capped.reason).toBe("迭代1次后C2差异系数仍为0.535，超过0.50，未能找到达标方案");
  });

  // generous timeout: ≈3 s alone, the machine is shared
  it("property: on random districts the plan always passes when feasible (seeded, 300 districts)", {
    timeout: 120_000,
  }, () => {
    // schools with amounts between 40% and 200% of a standard school's (fixtures.ts
    // randomSchool), some shared with other stages
    const rand = seededRandom(20351);
    let failingBefore = 0;
    let withTransfers = 0;
    for (let n = 0; n < 300; n++) {
      const count = 2 + Math.floor(rand() * 7);
      const schools: BalancePlanSchool[] = [];
      for (let i = 0; i < count; i++) {
        const s = randomSchool(`S${i}`, rand);
        const shared = rand() < 0.2 ? s.students + 50 + Math.floor(rand() * 200) : s.students;
        schools.push({ ...s, resourceStudents: shared });
      }
      if (!evaluateBalanceStage("primary", schools).passed) failingBefore++;
      for (const allowTransfers of [true, false]) {
        const plan = solveBalancePlan("primary", schools, costs, { allowTransfers });
        expect(plan.feasible, `district ${n}`).toBe(true);
        expect(passesAfter(schools, plan.actions), `district ${n}`).toBe(true);
        for (const a of plan.actions) expect(Number.isInteger(a.quantity) && a.quantity > 0).toBe(true);
        if (!allowTransfers) expect(plan.actions.every((a) => !a.kind.startsWith("TRANSFER_"))).toBe(true);
        else if (plan.actions.some((a) => a.kind.startsWith("TRANSFER_"))) withTransfers++;
      }
    }
    // every generated district fails before (300 of 300) and most plans move teachers (249 of 300)
    expect(failingBefore).toBe(300);
    expect(withTransfers).toBeGreaterThan(200);
  });

  it("a transfer comes from the donor with the most teachers to spare, not the highest value", () => {
    // A (200) has 1 backbone teacher = 0.5/百生 (50% < 85%): +1 (1.0 standard → 2). Donors:
    // B (100 students, 3 = 3.0/百生, standard needs 1 → 2 to spare), C (200, 5 = 2.5/百生,
    // needs 2 → 3 to spare). B has the higher value, C the most to spare → C gives.
    // C2 差异系数 after: A 2/200, B 3/100, C 4/200: P = 500, R = 9,
    // Q = 4/200 + 9/100 + 16/200 = 0.19, CV = √(0.19 × 500 − 81)/9 = √14/9 = 0.416 ≤ 0.50.
    const schools = [school("A", 200, { C2: 1 }), school("B", 100, { C2: 3 }), school("C", 200, { C2: 5 })];
    const plan = solveBalancePlan("primary", schools, costs);
    expect(plan.actions).toEqual([
      { kind: "TRANSFER_BACKBONE", schoolId: "A", fromSchoolId: "C", quantity: 1 },
    ]);
    const after = evaluateBalanceStage("primary", applyBalanceActions(schools, plan.actions));
    expect(after.passed).toBe(true);
    expect(after.variations[1]!.cv).toBeCloseTo(Math.sqrt(14) / 9, 12);
  });
});
