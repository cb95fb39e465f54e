/**
 * 校内调整 (issue 13): a 九年一贯制 school is assessed in both stages (小学 and 初中, 教督〔2017〕6号
 * groups it in both), so a teacher of a kind (高于规定学历, 骨干, 体育艺术) can move from its
 * section of one stage to its section of the other at almost no cost.
 *
 * How it is represented: the 达标方案 is solved per district-stage X; an ADJUST_WITHIN_SCHOOL_*
 * action at school s raises s's amount of the indicator in X (like a hire) and LOWERS the same
 * school's amount in the other stage Y (its section there gives the teacher). Stage Y is not
 * re-planned: its figures are taken as they are, the moves applied, and Y is recomputed with the
 * same rules ({@link checkOtherStage}). The check the plan must keep (and the solver keeps by
 * construction, solver.ts): no section of Y that gives a teacher goes from passing the school rule
 * to failing it, and each moved indicator's 差异系数 of Y stays within its limit (or, already over
 * it, does not rise). The solver is stricter still: it takes from a section only teachers above
 * that section's own standard in Y (so its met state of the indicator does not change).
 */
import { BALANCE_CV_MAX, BALANCE_STAGE_LABELS, type BalanceStage } from "../plan/balance.ts";
import { EVALUATION_TOLERANCE } from "../plan/evaluate.ts";
import {
  type BalancePlanAction,
  type BalancePlanSchool,
  type BalanceStageEvaluation,
  evaluateBalanceStage,
} from "./apply.ts";
import { BALANCE_ACTION_KIND_INFO } from "./costs.ts";

/** The other stage of a 九年一贯制 school's sections: its assessed schools (amounts as apply.ts). */
export interface BalancePlanOtherStage {
  stage: BalanceStage;
  schools: readonly BalancePlanSchool[];
}

/** The other stage of a balance stage: 小学 ↔ 初中. */
export const otherBalanceStage = (stage: BalanceStage): BalanceStage =>
  stage === "primary" ? "junior_secondary" : "primary";

/** 初中部 / 小学部: a school's section of a stage, as the sentences name it. */
export const sectionLabel = (stage: BalanceStage): string => `${BALANCE_STAGE_LABELS[stage]}部`;

/**
 * The other stage's schools after the plan's 校内调整: each ADJUST_WITHIN_SCHOOL_* action takes
 * `quantity` from its school's amount of the indicator (copies; schools not there are ignored,
 * validateBalanceActions has refused such actions).
 */
export function applyWithinSchoolToOtherStage(
  otherSchools: readonly BalancePlanSchool[],
  actions: readonly BalancePlanAction[],
): BalancePlanSchool[] {
  const byId = new Map(otherSchools.map((s) => [s.id, { ...s, amounts: { ...s.amounts } }]));
  for (const a of actions) {
    const info = BALANCE_ACTION_KIND_INFO[a.kind];
    if (!info.withinSchool) continue;
    const s = byId.get(a.schoolId);
    if (s) s.amounts[info.indicator] = (s.amounts[info.indicator] ?? 0) - a.quantity;
  }
  return otherSchools.map((s) => byId.get(s.id)!);
}

/** The other stage before → after the plan's 校内调整, and whether the plan keeps it. */
export interface OtherStageCheck {
  stage: BalanceStage;
  before: BalanceStageEvaluation;
  after: BalanceStageEvaluation;
  /** Ids of the schools whose section gives teachers (in the other stage's order). */
  givingSchoolIds: string[];
  /** Indexes (0 = C1) of the indicators moved. */
  indicatorIndexes: number[];
  /** No giving section goes from passing to failing; each moved 差异系数 ≤ max(limit, before). */
  passed: boolean;
  /** The check in one Chinese sentence (summary.ts prints it before the verdict). */
  sentence: string;
}

/**
 * The other stage recomputed after the plan's 校内调整 (null when the plan has none with a
 * quantity): see the module doc for the rule. The sentence names the giving sections and each
 * moved indicator's 差异系数 of that stage before → after:
 * "校内调整调出教师的初中部（海南区巴音陶亥学校）调整后仍达到要求；初中C2差异系数由0.210变为0.260（限值0.45），不超过限值。"
 */
export function checkOtherStage(
  other: BalancePlanOtherStage,
  actions: readonly BalancePlanAction[],
): OtherStageCheck | null {
  const moves = actions.filter((a) => BALANCE_ACTION_KIND_INFO[a.kind].withinSchool && a.quantity > 0);
  if (moves.length === 0) return null;
  const { stage } = other;
  const before = evaluateBalanceStage(stage, other.schools);
  const after = evaluateBalanceStage(stage, applyWithinSchoolToOtherStage(other.schools, moves));
  const giving = new Set(moves.map((a) => a.schoolId));
  const givingIdx = other.schools.flatMap((s, i) => (giving.has(s.id) ? [i] : []));
  const indicatorIndexes = [
    ...new Set(moves.map((a) => Number(BALANCE_ACTION_KIND_INFO[a.kind].indicator.slice(1)) - 1)),
  ].sort((x, y) => x - y);
  const limit = BALANCE_CV_MAX[stage];
  const broken = givingIdx.filter((i) => before.schools[i]!.check.passed && !after.schools[i]!.check.passed);
  const cvs = indicatorIndexes.map((i) => {
    const b = before.variations[i]!.cv;
    const a = after.variations[i]!.cv;
    const ok =
      a !== null && (a <= limit + EVALUATION_TOLERANCE || (b !== null && a <= b + EVALUATION_TOLERANCE));
    return { id: before.variations[i]!.id, b, a, ok };
  });
  const passed = broken.length === 0 && cvs.every((c) => c.ok);
  const names = givingIdx.map((i) => other.schools[i]!.name).join("、");
  const name = BALANCE_STAGE_LABELS[stage];
  const fmt = (cv: number | null) => (cv === null ? "无法计算" : cv.toFixed(3));
  const cvText = cvs.map((c) => `${c.id}由${fmt(c.b)}变为${fmt(c.a)}`).join("、");
  const within = cvs.every((c) => c.a !== null && c.a <= limit + EVALUATION_TOLERANCE);
  const sentence = passed
    ? `校内调整调出教师的${sectionLabel(stage)}（${names}）调整后仍达到要求；${name}差异系数${cvText}（限值${limit.toFixed(2)}），${within ? "不超过限值" : "调整前已超过限值，调整未使其升高"}。`
    : `校内调整使${name}变差：${[
        broken.length > 0
          ? `${broken.map((i) => other.schools[i]!.name).join("、")}的${sectionLabel(stage)}调整后不再达到要求`
          : null,
        cvs.some((c) => !c.ok)
          ? `${name}差异系数${cvs
              .filter((c) => !c.ok)
              .map((c) => `${c.id}由${fmt(c.b)}升至${fmt(c.a)}`)
              .join("、")}，超过限值${limit.toFixed(2)}`
          : null,
      ]
        .filter((x) => x !== null)
        .join("；")}，请减少校内调整。`;
  return {
    stage,
    before,
    after,
    givingSchoolIds: givingIdx.map((i) => other.schools[i]!.id),
    indicatorIndexes,
    passed,
    sentence,
  };
}
