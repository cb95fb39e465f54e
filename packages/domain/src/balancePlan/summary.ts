/**
 * The 达标方案 in Chinese sentences: what it takes in total, the schools it lifts, the 差异系数
 * it brings within the limit and the verdict before → after.
 */

import { BALANCE_OUTCOME_LABELS, type BalanceOutcome } from "../indicators/balanceCheck.ts";
import { BALANCE_CV_MAX, type BalanceStage } from "../plan/balance.ts";
import type { BalancePlanAction, BalanceStageEvaluation } from "./apply.ts";
import {
  BALANCE_ACTION_KIND_INFO,
  BALANCE_ACTION_KINDS,
  type BalanceUnitCosts,
  formatYuan,
} from "./costs.ts";
import { type OtherStageCheck, otherBalanceStage, sectionLabel } from "./withinSchool.ts";

/** A quantity with its unit as the sentences print it: 12人, 4间, 1200 m², 50万元. */
export function formatActionQuantity(action: Pick<BalancePlanAction, "kind" | "quantity">): string {
  const info = BALANCE_ACTION_KIND_INFO[action.kind];
  if (info.unitLabel === "元") return formatYuan(action.quantity);
  if (info.unitLabel === "m²") return `${Math.round(action.quantity * 100) / 100} m²`;
  return `${action.quantity}${info.unitLabel}`;
}

/** Σ quantity × unit cost, 元. */
export function balancePlanCost(actions: readonly BalancePlanAction[], costs: BalanceUnitCosts): number {
  return actions.reduce((s, a) => s + a.quantity * costs[a.kind], 0);
}

/** "未达标学校由2所减为0所" / "由1所增为2所" / "仍为1所" / "调整前后均为0所". */
export function failingChange(before: number, after: number): string {
  if (after < before) return `未达标学校由${before}所减为${after}所`;
  if (after > before) return `未达标学校由${before}所增为${after}所`;
  return before === 0 ? "调整前后均无未达标学校" : `未达标学校仍为${before}所`;
}

/** What {@link balancePlanSummary} needs. */
export interface BalancePlanSummaryInput {
  stage: BalanceStage;
  actions: readonly BalancePlanAction[];
  costs: BalanceUnitCosts;
  before: BalanceStageEvaluation;
  after: BalanceStageEvaluation;
  outcomeBefore: BalanceOutcome;
  outcomeAfter: BalanceOutcome;
  /** The other stage recomputed after 校内调整 (withinSchool.ts `checkOtherStage`); null or absent without any. */
  otherStage?: OtherStageCheck | null;
}

/**
 * The sentences, in order:
 * 1. the totals: "共需新增高于规定学历教师12人、体育艺术专任教师1人，认定县级以上骨干教师2人，交流轮岗3人
 *    （高于规定学历教师2人、县级以上骨干教师1人），校内调整1人（体育艺术专任教师1人，由本校初中部调入
 *    小学部），新增网络多媒体教室4间、教学仪器设备值50万元，合计约245.5万元。"
 *    (hires, 认定, transfers, 校内调整, then the other additions, each in kind order; the nouns have no "、"
 *    of their own, see BALANCE_ACTION_KIND_INFO); with no action with a quantity "无需新增或调整。" when the stage passes after
 *    (or has no school to assess), else "未安排措施，仍未达到。" (仍待评估 while reports wait);
 * 2. the schools: "涉及3所学校；未达标学校由2所减为0所。" (增为 when more fail after, 仍为 when as
 *    many; only with actions);
 * 3. the 差异系数 over the limit before or after: "差异系数：C5由0.620降至0.480（限值0.50）。";
 *    with 校内调整, the other stage's check (withinSchool.ts `checkOtherStage`'s sentence);
 * 4. the verdict: "调整前：未达到；调整后：达到。"
 */
export function balancePlanSummary(input: BalancePlanSummaryInput): string[] {
  const { stage, costs, before, after } = input;
  const actions = input.actions.filter((a) => a.quantity > 0);
  const out: string[] = [];
  if (actions.length === 0) {
    // no action: nothing needed only when the stage passes (or has no school to assess)
    const unchanged = input.outcomeAfter === "PASSED" || input.outcomeAfter === "NOT_APPLICABLE";
    out.push(
      unchanged ? "无需新增或调整。" : `未安排措施，仍${BALANCE_OUTCOME_LABELS[input.outcomeAfter]}。`,
    );
  } else {
    const totals = new Map<string, number>();
    for (const a of actions) totals.set(a.kind, (totals.get(a.kind) ?? 0) + a.quantity);
    const item = (kind: (typeof BALANCE_ACTION_KINDS)[number]) =>
      `${BALANCE_ACTION_KIND_INFO[kind].noun}${formatActionQuantity({ kind, quantity: totals.get(kind)! })}`;
    const present = BALANCE_ACTION_KINDS.filter((k) => totals.has(k));
    const hires = present.filter((k) => k.startsWith("HIRE_")).map(item);
    const recognitions = present.filter((k) => BALANCE_ACTION_KIND_INFO[k].recognition).map(item);
    const transfers = present.filter((k) => BALANCE_ACTION_KIND_INFO[k].transfer);
    const withinSchool = present.filter((k) => BALANCE_ACTION_KIND_INFO[k].withinSchool);
    const adds = present.filter((k) => k.startsWith("ADD_")).map(item);
    const persons = (kinds: readonly (typeof BALANCE_ACTION_KINDS)[number][]) =>
      kinds.reduce((s, k) => s + totals.get(k)!, 0);
    const parts: string[] = [];
    if (hires.length > 0) parts.push(`新增${hires.join("、")}`);
    if (recognitions.length > 0) parts.push(`认定${recognitions.join("、")}`);
    if (transfers.length > 0)
      parts.push(`交流轮岗${persons(transfers)}人（${transfers.map(item).join("、")}）`);
    if (withinSchool.length > 0) {
      const from = sectionLabel(otherBalanceStage(stage));
      parts.push(
        `校内调整${persons(withinSchool)}人（${withinSchool.map(item).join("、")}，由本校${from}调入${sectionLabel(stage)}）`,
      );
    }
    if (adds.length > 0) parts.push(`新增${adds.join("、")}`);
    out.push(`共需${parts.join("，")}，合计约${formatYuan(balancePlanCost(actions, costs))}。`);
    const touched = new Set(
      actions.flatMap((a) => [a.schoolId, ...(a.fromSchoolId ? [a.fromSchoolId] : [])]),
    );
    out.push(`涉及${touched.size}所学校；${failingChange(before.schoolsFailing, after.schoolsFailing)}。`);
  }
  const limit = BALANCE_CV_MAX[stage];
  const cvs = before.variations
    .map((b, i) => ({ b, a: after.variations[i]!, passedBefore: before.cvCheck.indicators[i]!.passed }))
    .filter(
      ({ a, passedBefore }, i) => !passedBefore || !after.cvCheck.indicators[i]!.passed || a.cv === null,
    )
    .map(({ b, a }) => {
      const fmt = (cv: number | null) => (cv === null ? "无法计算" : cv.toFixed(3));
      const verb = a.cv !== null && b.cv !== null && a.cv < b.cv ? "降至" : "变为";
      return `${b.id}由${fmt(b.cv)}${verb}${fmt(a.cv)}`;
    });
  if (cvs.length > 0) out.push(`差异系数：${cvs.join("、")}（限值${limit.toFixed(2)}）。`);
  if (input.otherStage) out.push(input.otherStage.sentence);
  out.push(
    `调整前：${BALANCE_OUTCOME_LABELS[input.outcomeBefore]}；调整后：${BALANCE_OUTCOME_LABELS[input.outcomeAfter]}。`,
  );
  return out;
}
