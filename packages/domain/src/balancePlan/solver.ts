/**
 * The 达标方案 solver: a cheap set of actions (costs.ts) after which a district-stage reaches
 * 优质均衡资源配置要求 (教督〔2017〕6号 第七条): every school has 6 of the 7 indicators at the
 * standard and the seventh ≥ 85% of it, and each indicator's student-weighted 差异系数 is ≤ 0.50
 * (小学) / 0.45 (初中). The verdict is always the domain's (`evaluateBalanceStage`, apply.ts).
 *
 * Algorithm (quantities in whole teachers, rooms, m² and 元, rounded up):
 * 1. Each failing school on its own: for "all seven at the standard" and for each k, "all but
 *    k at the standard, k at ≥ 85%", the least whole quantity of each indicator (hiring for
 *    C1–C3, adding for C4–C7); the cheapest of these eight options is taken. Teachers come
 *    from the cheapest source first, by unit cost (defaults: 校内调整 1,000 < 认定 5,000 <
 *    交流轮岗 20,000 < hire 150,000): the school's section of the other stage (校内调整, a
 *    九年一贯制 school; only teachers above that section's own standard), its own teachers not
 *    yet 骨干 (认定县级骨干教师, C2 only; at most teachers − C2), the district's spare teachers
 *    (teachers above a school's own standard, schools in order; costed as 交流轮岗 and booked as
 *    hires that step 2 replaces), then hiring. This step is OPTIMAL for the school given those
 *    costs and bounds (the indicators are independent: each action raises one, so the cheapest
 *    option is the cheapest of the eight).
 * 2. 交流轮岗: for each teacher indicator whose transfer costs less than a hire, hires of step 1
 *    are replaced one by one by a teacher moved from the donor with the most teachers to spare
 *    (ties: the highest value; a school keeping at least the standard for that indicator after
 *    the move, so it still passes) to the receiver with the lowest value. Every replacement saves (hire − transfer).
 * 3. 差异系数: for each indicator still over the limit, greedily the action with the largest CV
 *    reduction per 元: one teacher hired (or one room added) at a school below the district
 *    value X̄ (its other section's or its own 认定 when cheaper and one is left), a quarter of
 *    the m² or 元 that would lift it to X̄ (the last step trimmed to
 *    what the limit needs), or one teacher moved from the highest to the lowest school
 *    (the donor again keeping the standard) — until the CV is within the limit, with an
 *    iteration cap (infeasible with the reason when reached or when nothing lowers the CV).
 *    Actions raise one indicator each and donors keep their standard, so the school rule of
 *    step 1 holds throughout and the indicators can be fixed one at a time.
 * 4. Trimming: each action, costliest first, is reduced to the least quantity with which every
 *    school still passes and every 差异系数 stays within the limit.
 *
 * 5. 校内调整 lowers the other stage's amounts (withinSchool.ts): when the moves of an indicator
 *    would leave that stage's 差异系数 over its limit (and above what it was), the plan is solved
 *    again without 校内调整 for that indicator.
 *
 * Claims: the plan passes (checked at the end with the domain's checks; otherwise infeasible)
 * and step 1 is optimal per school. The whole plan is NOT guaranteed the cheapest: choosing
 * each school's exempt indicator and the CV fixes separately, with greedy steps, is a
 * heuristic (the exact problem is an integer programme), and which school gets the spare
 * teachers in step 1 follows the schools' order. A hired or moved teacher counts in one indicator
 * only (a backbone teacher is not also counted as above the required degree).
 * Cost: O(schools × iterations) per indicator in step 3 (CV changes are computed in O(1) from
 * running sums), O(actions × log(quantity) × schools) in step 4.
 */

import { balanceSchoolCheck } from "../indicators/balanceCheck.ts";
import { weightedVariation } from "../indicators/variation.ts";
import {
  BALANCE_CV_MAX,
  BALANCE_INDICATOR_IDS,
  BALANCE_SCHOOL_RULE,
  type BalanceIndicatorId,
  type BalanceStage,
  getBalanceIndicator,
} from "../plan/balance.ts";
import { EVALUATION_TOLERANCE } from "../plan/evaluate.ts";
import {
  type BalancePlanAction,
  type BalancePlanSchool,
  balancePlanValues,
  balancePlanVariation,
  evaluateBalanceStage,
  indicatorScale,
  isTeacherIndicator,
  schoolValueOf,
  stageShare,
  valueStudents,
} from "./apply.ts";
import {
  BALANCE_ACTION_KIND_INFO,
  BALANCE_ACTION_KINDS,
  type BalanceActionKind,
  type BalanceUnitCosts,
  RESOURCE_ACTION_KINDS,
  TEACHER_ACTION_KINDS,
} from "./costs.ts";
import { type BalancePlanOtherStage, checkOtherStage } from "./withinSchool.ts";

type TeacherIndicator = "C1" | "C2" | "C3";

/** Options of {@link solveBalancePlan}. */
export interface BalancePlanOptions {
  /** May the plan move teachers between schools (交流轮岗)? Default true. */
  allowTransfers?: boolean;
  /**
   * The other stage's assessed schools (小学 for a 初中 plan and vice versa): with it, 校内调整
   * may move teachers from a 九年一贯制 school's section there (the schools' `otherSection`),
   * only teachers above that section's own standard, and only while the other stage's 差异系数
   * of the indicator stays within its limit (withinSchool.ts `checkOtherStage`). Without it, no
   * 校内调整.
   */
  otherStage?: BalancePlanOtherStage;
  /** Greedy steps of step 3 over all indicators before giving up. Default 50,000. */
  maxIterations?: number;
}

/** The solver's answer. */
export interface BalancePlanSolution {
  /** True when the actions make every school pass and every 差异系数 ≤ the limit. */
  feasible: boolean;
  /** Why not, in Chinese; null when feasible. */
  reason: string | null;
  /** The actions (empty when the stage already passes), by school order then kind order. */
  actions: BalancePlanAction[];
}

const tolCeil = (x: number) => Math.max(0, Math.ceil(x - 1e-9));

/** Does `amount` reach `ratio` × the standard (ratio 1: met; 0.85: the remainder rule), as balanceSchoolCheck compares. */
function reaches(
  stage: BalanceStage,
  s: BalancePlanSchool,
  id: BalanceIndicatorId,
  amount: number,
  ratio: number,
) {
  const t = getBalanceIndicator(id).thresholds[stage];
  const v = schoolValueOf(s, id, amount);
  return ratio === 1 ? v >= t - EVALUATION_TOLERANCE : v / t >= ratio - EVALUATION_TOLERANCE;
}

/** The least whole quantity to add to `amount` so it reaches `ratio` × the standard. */
function leastToReach(
  stage: BalanceStage,
  s: BalancePlanSchool,
  id: BalanceIndicatorId,
  amount: number,
  ratio: number,
): number {
  const t = getBalanceIndicator(id).thresholds[stage];
  let q = tolCeil((ratio * t * valueStudents(s, id)) / indicatorScale(id) - amount);
  while (q > 0 && reaches(stage, s, id, amount + q - 1, ratio)) q--;
  while (!reaches(stage, s, id, amount + q, ratio)) q++;
  return q;
}

/** The kind that raises an indicator at a school without moving anyone. */
const addKind = (id: BalanceIndicatorId): BalanceActionKind =>
  isTeacherIndicator(id) ? TEACHER_ACTION_KINDS[id].hire : RESOURCE_ACTION_KINDS[id];

/** Mutable working state: amounts per school and the actions so far (quantities by kind|to|from). */
class Plan {
  readonly schools: BalancePlanSchool[];
  readonly amounts: Map<string, Record<BalanceIndicatorId, number>>;
  readonly quantities = new Map<string, number>();
  /** The least amount meeting the standard, by "schoolId|indicator" (it depends on the school alone). */
  readonly standardAmounts = new Map<string, number>();
  /** The other stage (校内调整's donor sections), its schools by id and their current amounts. */
  readonly other: { stage: BalanceStage; byId: Map<string, BalancePlanSchool> } | null;
  readonly otherAmounts = new Map<string, Record<BalanceIndicatorId, number | null>>();
  /** Indicators for which 校内调整 is not used (the other stage's 差异系数 would exceed its limit). */
  readonly noWithinSchool: ReadonlySet<BalanceIndicatorId>;
  constructor(
    schools: readonly BalancePlanSchool[],
    other: BalancePlanOtherStage | null = null,
    noWithinSchool: ReadonlySet<BalanceIndicatorId> = new Set(),
  ) {
    this.schools = [...schools];
    this.amounts = new Map(
      schools.map((s) => [s.id, { ...(s.amounts as Record<BalanceIndicatorId, number>) }]),
    );
    this.other = other ? { stage: other.stage, byId: new Map(other.schools.map((s) => [s.id, s])) } : null;
    for (const s of other?.schools ?? []) this.otherAmounts.set(s.id, { ...s.amounts });
    this.noWithinSchool = noWithinSchool;
  }
  quantity(kind: BalanceActionKind, to: string): number {
    return this.quantities.get(`${kind}|${to}|`) ?? 0;
  }
  /** Teachers of the school not yet 骨干 that are still to recognise (teachers − C2 − recognised). */
  recognitionLeft(s: BalancePlanSchool): number {
    const bound = Math.max(0, (s.teachers ?? 0) - (s.amounts.C2 ?? 0));
    return Math.max(0, bound - this.quantity("RECOGNIZE_BACKBONE_TEACHER", s.id));
  }
  /**
   * Teachers of kind k the school's other section can still give: what it has of them
   * (`otherSection`) less those moved, and no more than keeps that section at its own standard.
   */
  withinSchoolLeft(s: BalancePlanSchool, k: TeacherIndicator): number {
    if (this.other === null || !s.otherSection || this.noWithinSchool.has(k)) return 0;
    const section = this.other.byId.get(s.id);
    const amount = this.otherAmounts.get(s.id)?.[k];
    if (!section || amount === null || amount === undefined) return 0;
    const movable = s.otherSection[k] - this.quantity(TEACHER_ACTION_KINDS[k].withinSchool, s.id);
    const aboveStandard = Math.floor(amount - leastToReach(this.other.stage, section, k, 0, 1) + 1e-9);
    return Math.max(0, Math.min(movable, aboveStandard));
  }
  amount(id: string, k: BalanceIndicatorId): number {
    return this.amounts.get(id)![k];
  }
  add(kind: BalanceActionKind, to: string, quantity: number, from: string | null = null) {
    if (quantity === 0) return;
    const k = BALANCE_ACTION_KIND_INFO[kind].indicator;
    const key = `${kind}|${to}|${from ?? ""}`;
    const q = (this.quantities.get(key) ?? 0) + quantity;
    if (q === 0) this.quantities.delete(key);
    else this.quantities.set(key, q);
    this.amounts.get(to)![k] += quantity;
    if (from !== null) this.amounts.get(from)![k] -= quantity;
    if (BALANCE_ACTION_KIND_INFO[kind].withinSchool) {
      const o = this.otherAmounts.get(to)!;
      o[k] = (o[k] ?? 0) - quantity;
    }
  }
  current(): BalancePlanSchool[] {
    return this.schools.map((s) => ({ ...s, amounts: { ...this.amounts.get(s.id)! } }));
  }
  actions(): BalancePlanAction[] {
    const order = new Map(this.schools.map((s, i) => [s.id, i]));
    return [...this.quantities.entries()]
      .map(([key, quantity]) => {
        const [kind, schoolId, from] = key.split("|") as [BalanceActionKind, string, string];
        return { kind, schoolId, fromSchoolId: from === "" ? null : from, quantity };
      })
      .sort(
        (a, b) =>
          order.get(a.schoolId)! - order.get(b.schoolId)! ||
          BALANCE_ACTION_KINDS.indexOf(a.kind) - BALANCE_ACTION_KINDS.indexOf(b.kind) ||
          (a.fromSchoolId === null || b.fromSchoolId === null
            ? 0
            : order.get(a.fromSchoolId)! - order.get(b.fromSchoolId)!),
      );
  }
}

/**
 * A cheap plan for the district-stage (see the module doc for the algorithm and its claims).
 * Schools with a missing value (no roster, an empty report item) make it infeasible: their
 * value is unknown, so nothing can be planned for them.
 * @param schools the assessed schools of the stage (students > 0, resourceStudents ≥ students).
 * @param costs 元 per unit of each kind (costs.ts `balanceUnitCosts`).
 */
export function solveBalancePlan(
  stage: BalanceStage,
  schools: readonly BalancePlanSchool[],
  costs: BalanceUnitCosts,
  options: BalancePlanOptions = {},
): BalancePlanSolution {
  const allowTransfers = options.allowTransfers ?? true;
  const maxIterations = options.maxIterations ?? 50_000;
  if (schools.length === 0) {
    return { feasible: false, reason: "没有参加评估的学校，无法制定达标方案", actions: [] };
  }
  const missing = schools.flatMap((s) =>
    BALANCE_INDICATOR_IDS.filter((k) => s.amounts[k] === null).map((k) => ({ s, k })),
  );
  if (missing.length > 0) {
    const names = [...new Set(missing.map((m) => m.s.name))];
    const what = missing.map((m) => `${m.s.name}${m.k}`).join("、");
    return {
      feasible: false,
      reason: `${names.length}所学校缺少指标数据（${what}），无法测算达标方案：请先补全教职工名册或年报`,
      actions: [],
    };
  }
  if (evaluateBalanceStage(stage, schools).passed) return { feasible: true, reason: null, actions: [] };

  // 校内调整 whose moves would push the other stage's 差异系数 over its limit: solve again
  // without it for those indicators (at most three times, one per teacher indicator)
  const other = options.otherStage ?? null;
  const noWithinSchool = new Set<BalanceIndicatorId>();
  for (;;) {
    const solution = solveOnce(stage, schools, costs, allowTransfers, maxIterations, other, noWithinSchool);
    if (other === null) return solution;
    const over = (["C1", "C2", "C3"] as const).filter((k) => {
      if (noWithinSchool.has(k)) return false;
      const moves = solution.actions.filter((a) => a.kind === TEACHER_ACTION_KINDS[k].withinSchool);
      return !(checkOtherStage(other, moves)?.passed ?? true);
    });
    if (over.length === 0) return solution;
    for (const k of over) noWithinSchool.add(k);
  }
}

function solveOnce(
  stage: BalanceStage,
  schools: readonly BalancePlanSchool[],
  costs: BalanceUnitCosts,
  allowTransfers: boolean,
  maxIterations: number,
  other: BalancePlanOtherStage | null,
  noWithinSchool: ReadonlySet<BalanceIndicatorId>,
): BalancePlanSolution {
  const plan = new Plan(schools, other, noWithinSchool);
  meetSchoolRule(stage, plan, costs, allowTransfers);
  if (allowTransfers) replaceHiresByTransfers(stage, plan, costs);
  const cvFailure = fixVariations(stage, plan, costs, allowTransfers, maxIterations);
  if (cvFailure) return { feasible: false, reason: cvFailure, actions: plan.actions() };
  trim(stage, plan, costs);

  const after = evaluateBalanceStage(stage, plan.current());
  if (!after.passed) {
    return {
      feasible: false,
      reason: "测算结果经复核仍未达标（数值精度），请调整措施后重新测算",
      actions: plan.actions(),
    };
  }
  return { feasible: true, reason: null, actions: plan.actions() };
}

// ---------------------------------------------------------------------------------------------
// Step 1: each school's cheapest way to pass the 6-of-7 rule

function meetSchoolRule(stage: BalanceStage, plan: Plan, costs: BalanceUnitCosts, allowTransfers: boolean) {
  // teachers the district can spare per teacher indicator, when a transfer is cheaper than a hire
  const spare = new Map<BalanceIndicatorId, number>();
  for (const k of ["C1", "C2", "C3"] as const) {
    const { hire, transfer } = TEACHER_ACTION_KINDS[k];
    const cheaper = allowTransfers && costs[transfer] < costs[hire];
    spare.set(k, cheaper ? plan.schools.reduce((n, s) => n + surplus(stage, plan, s, k), 0) : 0);
  }
  /**
   * Where school s can find teachers of k, cheapest unit cost first: its other section (校内调整),
   * its own teachers (认定, C2), other schools' spare teachers (costed as 交流轮岗, booked as hires
   * that step 2 replaces), hiring (unbounded).
   */
  const sourcesOf = (s: BalancePlanSchool, k: TeacherIndicator) => {
    const t = TEACHER_ACTION_KINDS[k];
    const out: { book: BalanceActionKind; cost: number; avail: number; spare: boolean }[] = [];
    const within = plan.withinSchoolLeft(s, k);
    if (within > 0)
      out.push({ book: t.withinSchool, cost: costs[t.withinSchool], avail: within, spare: false });
    const own = t.recognize ? plan.recognitionLeft(s) : 0;
    if (t.recognize && own > 0)
      out.push({ book: t.recognize, cost: costs[t.recognize], avail: own, spare: false });
    if (spare.get(k)! > 0)
      out.push({ book: t.hire, cost: costs[t.transfer], avail: spare.get(k)!, spare: true });
    out.push({ book: t.hire, cost: costs[t.hire], avail: Number.POSITIVE_INFINITY, spare: false });
    return out.sort((a, b) => a.cost - b.cost);
  };
  /** q units of k at s from the cheapest sources: their cost, and booked when `book`. */
  const take = (s: BalancePlanSchool, k: BalanceIndicatorId, q: number, book: boolean) => {
    if (!isTeacherIndicator(k)) {
      if (book) plan.add(addKind(k), s.id, q);
      return q * costs[addKind(k)];
    }
    let left = q;
    let cost = 0;
    for (const src of sourcesOf(s, k)) {
      if (left <= 0) break;
      const n = Math.min(left, src.avail);
      cost += n * src.cost;
      left -= n;
      if (book) {
        plan.add(src.book, s.id, n);
        if (src.spare) spare.set(k, spare.get(k)! - n);
      }
    }
    return cost;
  };
  for (const s of plan.schools) {
    const amounts = plan.amounts.get(s.id)!;
    const full = BALANCE_INDICATOR_IDS.map((k) => leastToReach(stage, s, k, amounts[k], 1));
    const partial = BALANCE_INDICATOR_IDS.map((k) =>
      leastToReach(stage, s, k, amounts[k], BALANCE_SCHOOL_RULE.remainderMinRatio),
    );
    const fullCosts = BALANCE_INDICATOR_IDS.map((k, i) => take(s, k, full[i]!, false));
    const fullCost = fullCosts.reduce((sum, c) => sum + c, 0);
    // option -1: all seven at the standard; option i: indicator i exempt (≥ 85%)
    let best = { exempt: -1, cost: fullCost };
    BALANCE_INDICATOR_IDS.forEach((k, i) => {
      const c = fullCost - fullCosts[i]! + take(s, k, partial[i]!, false);
      if (c < best.cost - 1e-9) best = { exempt: i, cost: c };
    });
    BALANCE_INDICATOR_IDS.forEach((k, i) => {
      take(s, k, i === best.exempt ? partial[i]! : full[i]!, true);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Step 2: 交流轮岗 in place of hires

/** Teachers a school can give in indicator k and still meet the standard of k. */
function surplus(stage: BalanceStage, plan: Plan, s: BalancePlanSchool, k: BalanceIndicatorId): number {
  const a = plan.amount(s.id, k);
  const key = `${s.id}|${k}`;
  let needed = plan.standardAmounts.get(key);
  if (needed === undefined) {
    needed = leastToReach(stage, s, k, 0, 1);
    plan.standardAmounts.set(key, needed);
  }
  return Math.max(0, Math.floor(a - needed + 1e-9));
}

function replaceHiresByTransfers(stage: BalanceStage, plan: Plan, costs: BalanceUnitCosts) {
  for (const k of ["C1", "C2", "C3"] as const) {
    const { hire, transfer } = TEACHER_ACTION_KINDS[k];
    if (!(costs[transfer] < costs[hire])) continue;
    // hires left to replace, by receiver; donors with a teacher to spare (both shrink as we go)
    const hiresLeft = new Map<BalancePlanSchool, number>();
    for (const s of plan.schools) {
      const q = plan.quantities.get(`${hire}|${s.id}|`) ?? 0;
      if (q > 0) hiresLeft.set(s, q);
    }
    let donors = plan.schools.filter((s) => surplus(stage, plan, s, k) >= 1);
    const x = (s: BalancePlanSchool) => schoolValueOf(s, k, plan.amount(s.id, k));
    while (hiresLeft.size > 0 && donors.length > 0) {
      // the donor with the most teachers to spare (a large school well above its standard, not
      // a small one with one to give), the highest value breaking a tie
      const spareOf = (s: BalancePlanSchool) => surplus(stage, plan, s, k);
      const donor = donors.reduce((a, b) =>
        spareOf(b) > spareOf(a) || (spareOf(b) === spareOf(a) && x(b) > x(a)) ? b : a,
      );
      const receiver = [...hiresLeft.keys()].reduce((a, b) => (x(b) < x(a) ? b : a));
      plan.add(hire, receiver.id, -1);
      plan.add(transfer, receiver.id, 1, donor.id);
      const left = hiresLeft.get(receiver)! - 1;
      if (left > 0) hiresLeft.set(receiver, left);
      else hiresLeft.delete(receiver);
      if (surplus(stage, plan, donor, k) < 1) donors = donors.filter((s) => s !== donor);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Step 3: 差异系数 within the limit

/** Running sums of the weighted CV of one indicator: P = ΣP_i, R = Σr_i, Q = Σ r_i² ÷ P_i. */
interface Sums {
  P: number;
  R: number;
  Q: number;
}

/** CV = S ÷ X̄ with X̄ = R ÷ P and S² = Q ÷ P − X̄² (the weighted variance expanded). */
function cvOf({ P, R, Q }: Sums): number {
  const mean = R / P;
  if (mean <= 0) return Number.POSITIVE_INFINITY;
  return Math.sqrt(Math.max(0, Q / P - mean * mean)) / mean;
}

/** The sums after the stage resource of school s changes from r to r + d. */
function moved(sums: Sums, P_i: number, r: number, d: number): Sums {
  return { P: sums.P, R: sums.R + d, Q: sums.Q + ((r + d) ** 2 - r ** 2) / P_i };
}

/** The indicator's 差异系数 within the limit, by the domain's `weightedVariation` on the plan's amounts. */
function cvPasses(stage: BalanceStage, plan: Plan, k: BalanceIndicatorId): boolean {
  const units = plan.schools.map((s) => ({
    students: s.students,
    resource: stageShare(s, k, plan.amount(s.id, k)),
  }));
  try {
    return weightedVariation(units).cv <= BALANCE_CV_MAX[stage] + EVALUATION_TOLERANCE;
  } catch (e) {
    if (e instanceof RangeError) return false;
    throw e;
  }
}

/** @returns null when every CV is within the limit, else the reason in Chinese. */
function fixVariations(
  stage: BalanceStage,
  plan: Plan,
  costs: BalanceUnitCosts,
  allowTransfers: boolean,
  maxIterations: number,
): string | null {
  const limit = BALANCE_CV_MAX[stage];
  let iterations = 0;
  for (const k of BALANCE_INDICATOR_IDS) {
    const teacher = isTeacherIndicator(k);
    const kind = addKind(k);
    const transferKind = teacher ? TEACHER_ACTION_KINDS[k].transfer : null;
    const r = (s: BalancePlanSchool) => stageShare(s, k, plan.amount(s.id, k));
    while (!cvPasses(stage, plan, k)) {
      if (iterations++ >= maxIterations) {
        const v = balancePlanVariation(plan.current(), k);
        return `迭代${maxIterations}次后${k}差异系数仍为${v.cv?.toFixed(3) ?? "无法计算"}，超过${limit.toFixed(2)}，未能找到达标方案`;
      }
      const sums: Sums = { P: 0, R: 0, Q: 0 };
      for (const s of plan.schools) {
        const ri = r(s);
        sums.P += s.students;
        sums.R += ri;
        sums.Q += (ri * ri) / s.students;
      }
      const cv0 = cvOf(sums);
      const mean = sums.R / sums.P;
      let best: { gain: number; apply: () => void; trimmable?: (q: number) => boolean } | null = null;
      // adds at schools below the district value X̄
      for (const s of plan.schools) {
        const ri = r(s);
        const x = ri / s.students;
        if (x >= mean - EVALUATION_TOLERANCE) continue;
        // physical units that lift the school to X̄: Δr = q × P_i ÷ resourceStudents (C4–C7)
        const perUnit = stageShare(s, k, 1);
        const toMean = ((mean - x) * s.students) / perUnit;
        const step = teacher || k === "C7" ? 1 : Math.max(1, Math.ceil(toMean / 4));
        const after = cvOf(moved(sums, s.students, ri, step * perUnit));
        // a teacher from the school's other section or its own (认定) when one is left and cheaper
        let addAs = kind;
        if (teacher) {
          const t = TEACHER_ACTION_KINDS[k];
          if (plan.withinSchoolLeft(s, k) >= 1 && costs[t.withinSchool] < costs[addAs])
            addAs = t.withinSchool;
          if (t.recognize && plan.recognitionLeft(s) >= 1 && costs[t.recognize] < costs[addAs])
            addAs = t.recognize;
        }
        const gain = (cv0 - after) / (step * costs[addAs]);
        if (gain > 0 && (best === null || gain > best.gain)) {
          best = {
            gain,
            apply: () => {
              // the least part of the step that brings the CV within the limit, if any does
              let q = step;
              if (step > 1 && cvOf(moved(sums, s.students, ri, step * perUnit)) <= limit) {
                let lo = 1;
                let hi = step;
                while (lo < hi) {
                  const mid = Math.floor((lo + hi) / 2);
                  if (cvOf(moved(sums, s.students, ri, mid * perUnit)) <= limit) hi = mid;
                  else lo = mid + 1;
                }
                q = lo;
              }
              plan.add(addAs, s.id, q);
            },
          };
        }
      }
      // one teacher from the highest school that can spare one to the lowest school
      if (allowTransfers && transferKind) {
        const donors = plan.schools.filter((s) => surplus(stage, plan, s, k) >= 1);
        if (donors.length > 0) {
          // ΔQ = (1 − 2 r_d) ÷ P_d + (2 r_r + 1) ÷ P_r: the most negative pairs the donor with the
          // largest 2x_d − 1/P_d and the receiver with the smallest 2x_r + 1/P_r
          const dScore = (s: BalancePlanSchool) => (2 * r(s)) / s.students - 1 / s.students;
          const rScore = (s: BalancePlanSchool) => (2 * r(s)) / s.students + 1 / s.students;
          const donor = donors.reduce((a, b) => (dScore(b) > dScore(a) ? b : a));
          const others = plan.schools.filter((s) => s.id !== donor.id);
          if (others.length > 0) {
            const receiver = others.reduce((a, b) => (rScore(b) < rScore(a) ? b : a));
            const rd = r(donor);
            const rr = r(receiver);
            const s1 = moved(sums, donor.students, rd, -1);
            const after = cvOf(moved(s1, receiver.students, rr, 1));
            const gain = (cv0 - after) / costs[transferKind];
            if (gain > 0 && (best === null || gain > best.gain)) {
              best = { gain, apply: () => plan.add(transferKind, receiver.id, 1, donor.id) };
            }
          }
        }
      }
      if (best === null) {
        return `${k}差异系数为${Number.isFinite(cv0) ? cv0.toFixed(3) : "无法计算"}，超过${limit.toFixed(2)}，且没有能降低它的措施`;
      }
      best.apply();
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Step 4: trim each action to the least quantity that keeps the stage passing

function trim(stage: BalanceStage, plan: Plan, costs: BalanceUnitCosts) {
  const entries = [...plan.quantities.entries()]
    .map(([key, q]) => ({ key, q, cost: q * costs[key.split("|")[0] as BalanceActionKind] }))
    .sort((a, b) => b.cost - a.cost || a.key.localeCompare(b.key));
  for (const { key } of entries) {
    const [kind, to, fromRaw] = key.split("|") as [BalanceActionKind, string, string];
    const from = fromRaw === "" ? null : fromRaw;
    const k = BALANCE_ACTION_KIND_INFO[kind].indicator;
    const touched = plan.schools.filter((s) => s.id === to || s.id === from);
    const ok = () =>
      touched.every(
        (s) =>
          balanceSchoolCheck(stage, balancePlanValues({ ...s, amounts: plan.amounts.get(s.id)! })).passed,
      ) && cvPasses(stage, plan, k);
    const q = plan.quantities.get(key) ?? 0;
    // the least r in [0, q] that still passes (passing is monotone in the quantity kept)
    let lo = 0;
    let hi = q;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      plan.add(kind, to, mid - q, from);
      const passes = ok();
      plan.add(kind, to, q - mid, from);
      if (passes) hi = mid;
      else lo = mid + 1;
    }
    if (lo < q) plan.add(kind, to, lo - q, from);
  }
}

/** How {@link solveBalancePlan} works and what it claims, in Chinese (shown with a SOLVED plan). */
export const BALANCE_PLAN_METHOD =
  "测算方法：（1）对每所未达标学校，比较“7项全部达到标准”与“某1项不低于标准的85%、其余6项达到标准”共8种做法，按单价取费用最低者（教师按单价从低到高依次来自：九年一贯制学校另一学段高于该学段标准的富余教师〔校内调整〕、本校尚未认定为骨干的专任教师〔认定县级骨干教师，仅C2，人数不超过本校本学段专任教师数减骨干教师数〕、其他学校的富余教师〔交流轮岗〕、新增教师；教师、教室取整数，面积取整平方米，设备值取整元，均向上取整），这一步对单所学校是最省的；（2）交流轮岗单价低于新增教师时，从该项教师富余最多（相同时取指标最高）、调出后仍达到标准的学校调出教师，代替新增；（3）差异系数仍超过限值的指标，逐步选取每元降低差异系数最多的措施（为低于全区均值的学校补充，或从最高的学校向最低的学校交流轮岗），直至不超过限值；（4）每项措施削减到仍能达标的最小数量；（5）校内调整只调出另一学段高于该学段标准的教师，且该学段该项差异系数调整后须不超过限值（原已超过的不升高），否则该项不作校内调整、重新测算。结果按与监测测算相同的规则复核。方案费用较低，但不保证是全局最低；新增或交流的每名教师只计入该措施对应的一项指标（例如交流一名既是骨干教师又高于规定学历的教师，只按骨干教师计，不同时计入高于规定学历教师）。";

/** What an EVALUATED plan (the official's own actions) says about its method, in Chinese. */
export const BALANCE_PLAN_EVALUATED_METHOD =
  "按所列措施重新测算：各校7项指标、“每所学校至少6项达到标准、余项不低于标准的85%”及各项指标的差异系数，规则与监测测算相同。";
