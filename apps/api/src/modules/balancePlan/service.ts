/**
 * 达标方案 (issue 13): for one district-stage, the domain solver's plan (or the official's edited
 * actions, evaluated) with its cost, and the stage recomputed before → after with the domain's
 * checks. The figures are the balance assessment's (balance/service.ts `balanceStageFigures`:
 * the same schools, exclusions and amounts), so the "before" here is the assessment's outcome.
 * The other stage's figures are read too (校内调整 takes teachers from a 九年一贯制 school's
 * section there; that stage is recomputed after, withinSchool.ts), and the roster's teachers per
 * school-stage (rosterCounts.ts: the bound of 认定县级骨干教师). Nothing is stored; five SQL
 * statements per request (the schools and the figures of each stage, the roster counts).
 */
import type { DistrictRow, SchoolRow } from "@edu2035/db";
import {
  applyBalanceActions,
  BALANCE_ACTION_KIND_INFO,
  BALANCE_ACTION_KINDS,
  BALANCE_CV_MAX,
  BALANCE_INDICATORS,
  BALANCE_OUTCOME_LABELS,
  BALANCE_PLAN_EVALUATED_METHOD,
  BALANCE_PLAN_METHOD,
  BALANCE_STAGE_LABELS,
  BALANCE_STAGES,
  type BalanceActionKind,
  type BalanceIndicator,
  type BalanceOutcome,
  type BalancePlanAction,
  type BalancePlanSchool,
  type BalancePlanSchoolEvaluation,
  type BalanceStage,
  type BalanceStageEvaluation,
  balancePlanSummary,
  balanceStageOutcome,
  balanceUnitCostIssue,
  balanceUnitCosts,
  checkOtherStage,
  evaluateBalanceStage,
  FIRST_SCHOOL_YEAR,
  formatActionQuantity,
  formatYuan,
  getBalanceIndicator,
  type OtherStageCheck,
  otherBalanceStage,
  type Stage,
  schoolYearLabel,
  schoolYearOf,
  sectionLabel,
  solveBalancePlan,
  validateBalanceActions,
} from "@edu2035/domain";
import type { BalancePlanInput } from "../../__generated__/resolvers-types.ts";
import type { ScopedAccess } from "../../authz/access.ts";
import { badInput, invalidInput } from "../../errors.ts";
import {
  type BalanceIndicatorValueModel,
  type BalanceStageSchoolFigures,
  balanceStageFigures,
} from "../balance/service.ts";
import { type StageRosterCounts, stageRosterCounts } from "./rosterCounts.ts";

/** The unit cost used for one kind. */
export interface BalanceUnitCostModel {
  kind: BalanceActionKind;
  label: string;
  unitLabel: string;
  cost: number;
  isDefault: boolean;
}

/** One action of the plan. */
export interface BalanceActionModel {
  kind: BalanceActionKind;
  label: string;
  indicator: BalanceIndicator;
  school: SchoolRow;
  fromSchool: SchoolRow | null;
  quantity: number;
  unitLabel: string;
  unitCost: number;
  /** 元. */
  cost: number;
  text: string;
}

/** A school's check before or after. */
export interface BalancePlanSchoolStateModel {
  indicators: BalanceIndicatorValueModel[];
  metCount: number;
  passed: boolean;
  summary: string;
}

export interface BalancePlanSchoolModel {
  school: SchoolRow;
  students: number;
  before: BalancePlanSchoolStateModel;
  after: BalancePlanSchoolStateModel;
  changed: boolean;
  cost: number;
}

export interface BalancePlanVariationModel {
  indicator: BalanceIndicator;
  before: number | null;
  after: number | null;
  limit: number;
  passedBefore: boolean;
  passedAfter: boolean;
}

export type BalancePlanMode = "SOLVED" | "EVALUATED";

/** The other stage after the plan's 校内调整 (GraphQL BalancePlanOtherStage). */
export interface BalancePlanOtherStageModel {
  stage: BalanceStage;
  stageLabel: string;
  schools: BalancePlanSchoolModel[];
  variations: BalancePlanVariationModel[];
  passed: boolean;
  summary: string;
}

/** The plan as the GraphQL type BalancePlan (no mapper: the model has every field). */
export interface BalancePlanModel {
  district: DistrictRow;
  schoolYear: number;
  schoolYearLabel: string;
  stage: BalanceStage;
  stageLabel: string;
  mode: BalancePlanMode;
  unitCosts: BalanceUnitCostModel[];
  actions: BalanceActionModel[];
  totalCost: number;
  schools: BalancePlanSchoolModel[];
  variations: BalancePlanVariationModel[];
  otherStage: BalancePlanOtherStageModel | null;
  outcomeBefore: BalanceOutcome;
  outcomeBeforeLabel: string;
  outcomeAfter: BalanceOutcome;
  outcomeAfterLabel: string;
  feasible: boolean;
  reason: string | null;
  summary: string[];
  method: string;
}

/**
 * The plan of a district-stage (see Query.balancePlan in schema.graphql).
 * @throws FORBIDDEN outside the viewer's scope (`targets.read` on the district, as
 *   balanceAssessment), checked before anything else; BAD_USER_INPUT with extensions.field:
 *   input.schoolYear (before 2020 or after the current school year), input.stage,
 *   input.unitCosts.<i>.cost / .kind, input.fixedActions.<i>.<field> (every issue in
 *   extensions.issues).
 */
export async function balancePlan(access: ScopedAccess, input: BalancePlanInput): Promise<BalancePlanModel> {
  // authorise first: outside the scope is FORBIDDEN whatever else the input holds
  await access.resolveUnit({ level: "district", id: input.districtId }, "targets.read");
  assertPlanYear(input.schoolYear, access.now());
  const stage = balanceStageOf(input.stage);
  const { costs, overridden } = unitCostsOf(input.unitCosts ?? null);
  const other = otherBalanceStage(stage);
  const [figures, otherFigures, roster] = await Promise.all([
    balanceStageFigures(access, input.districtId, input.schoolYear, stage, "input.schoolYear"),
    balanceStageFigures(access, input.districtId, input.schoolYear, other, "input.schoolYear"),
    stageRosterCounts(access, input.districtId, input.schoolYear),
  ]);
  const rows = new Map(figures.schools.map((f) => [f.school.id, f.school]));
  const otherSchools = otherFigures.schools.map((f) => planSchool(f, other, roster, null));
  const otherById = new Map(otherSchools.map((s) => [s.id, s]));
  const schools = figures.schools.map((f) =>
    planSchool(f, stage, roster, otherById.get(f.school.id) ?? null),
  );
  // 校内调整 is possible only with a school assessed in both stages (九年一贯制)
  const otherStage = schools.some((s) => s.otherSection)
    ? { stage: other, schools: otherSchools }
    : undefined;

  const fixed = input.fixedActions ?? null;
  let actions: BalancePlanAction[];
  let solverReason: string | null = null;
  if (fixed !== null) {
    const given: BalancePlanAction[] = fixed.map((a) => ({
      kind: a.kind,
      schoolId: a.schoolId,
      fromSchoolId: a.fromSchoolId ?? null,
      quantity: a.quantity,
    }));
    const issues = validateBalanceActions(schools, given, "input.fixedActions");
    if (issues.length > 0) throw invalidInput(issues);
    actions = given;
  } else if (schools.length === 0) {
    actions = [];
  } else {
    const solution = solveBalancePlan(stage, schools, costs, {
      allowTransfers: input.allowTransfers ?? true,
      ...(otherStage ? { otherStage } : {}),
    });
    actions = solution.actions;
    solverReason = solution.reason;
  }

  const before = evaluateBalanceStage(stage, schools);
  const after = evaluateBalanceStage(stage, applyBalanceActions(schools, actions));
  const pending = figures.pendingSchools.length;
  // no approved report at all: nothing to measure, one sentence instead of seven 无法计算
  const noData = schools.length === 0 && pending > 0;
  const outcomeOf = (e: BalanceStageEvaluation) =>
    balanceStageOutcome({
      assessed: schools.length,
      pending,
      schoolsFailing: e.schoolsFailing,
      variationsOver: schools.length > 0 ? e.variationsOver : 0,
    });
  const outcomeBefore = outcomeOf(before);
  const outcomeAfter = outcomeOf(after);
  // the other stage recomputed after 校内调整 (null without any): the plan must keep it
  const otherCheck = otherStage ? checkOtherStage(otherStage, actions) : null;
  const feasible = outcomeAfter === "PASSED" && (otherCheck?.passed ?? true);

  const actionModels = actions
    .map((a) => actionModel(a, rows, costs, stage))
    .sort(
      (x, y) =>
        x.school.code.localeCompare(y.school.code) ||
        BALANCE_ACTION_KINDS.indexOf(x.kind) - BALANCE_ACTION_KINDS.indexOf(y.kind) ||
        (x.fromSchool?.code ?? "").localeCompare(y.fromSchool?.code ?? ""),
    );
  const limit = BALANCE_CV_MAX[stage];
  return {
    district: figures.district,
    schoolYear: input.schoolYear,
    schoolYearLabel: schoolYearLabel(input.schoolYear),
    stage,
    stageLabel: BALANCE_STAGE_LABELS[stage],
    mode: fixed !== null ? "EVALUATED" : "SOLVED",
    unitCosts: BALANCE_ACTION_KINDS.map((kind) => ({
      kind,
      label: BALANCE_ACTION_KIND_INFO[kind].label,
      unitLabel: BALANCE_ACTION_KIND_INFO[kind].unitLabel,
      cost: costs[kind],
      isDefault: !overridden.has(kind),
    })),
    actions: actionModels,
    totalCost: actionModels.reduce((s, a) => s + a.cost, 0),
    schools: figures.schools.map((f, i) => {
      const touched = actionModels.filter(
        (a) => a.school.id === f.school.id || a.fromSchool?.id === f.school.id,
      );
      return {
        school: f.school,
        students: f.students,
        before: stateModel(before.schools[i]!),
        after: stateModel(after.schools[i]!),
        changed: touched.some((a) => a.quantity > 0),
        cost: actionModels.filter((a) => a.school.id === f.school.id).reduce((s, a) => s + a.cost, 0),
      };
    }),
    variations: BALANCE_INDICATORS.map((b, i) => ({
      indicator: b,
      before: before.variations[i]!.cv,
      after: after.variations[i]!.cv,
      limit,
      passedBefore: before.cvCheck.indicators[i]!.passed,
      passedAfter: after.cvCheck.indicators[i]!.passed,
    })),
    otherStage: otherCheck ? otherStageModel(otherCheck, otherFigures.schools) : null,
    outcomeBefore,
    outcomeBeforeLabel: BALANCE_OUTCOME_LABELS[outcomeBefore],
    outcomeAfter,
    outcomeAfterLabel: BALANCE_OUTCOME_LABELS[outcomeAfter],
    feasible,
    reason: feasible
      ? null
      : noData
        ? NO_APPROVED_REPORTS
        : outcomeAfter === "PASSED"
          ? otherCheck!.sentence
          : reasonOf(stage, outcomeAfter, solverReason, figures.pendingSchools, schools.length, after, rows),
    summary: noData
      ? []
      : balancePlanSummary({
          stage,
          actions,
          costs,
          before,
          after,
          outcomeBefore,
          outcomeAfter,
          otherStage: otherCheck,
        }),
    method: fixed !== null ? BALANCE_PLAN_EVALUATED_METHOD : BALANCE_PLAN_METHOD,
  };
}

/** The reason given for a district-stage none of whose schools has an approved report that year. */
export const NO_APPROVED_REPORTS = "该学年没有已审核的年报，无法测算";

/**
 * A plan is for a school year the platform holds: from its baseline year FIRST_SCHOOL_YEAR
 * (2020—2021学年) to the current one (统计时点 1 September, Beijing time) at `at` (the request's
 * clock, access.now()).
 * @throws BAD_USER_INPUT on input.schoolYear.
 */
function assertPlanYear(schoolYear: number, at: Date): void {
  const now = schoolYearOf(at);
  if (!Number.isInteger(schoolYear) || schoolYear < FIRST_SCHOOL_YEAR || schoolYear > now) {
    throw badInput(
      "input.schoolYear",
      `达标方案的学年须在${schoolYearLabel(FIRST_SCHOOL_YEAR)}至${schoolYearLabel(now)}（当前学年）之间`,
    );
  }
}

/** The stage of a balance plan: 小学 or 初中 only. */
function balanceStageOf(stage: Stage): BalanceStage {
  if (!(BALANCE_STAGES as readonly string[]).includes(stage)) {
    throw badInput("input.stage", "达标方案只适用于小学或初中学段");
  }
  return stage as BalanceStage;
}

/** The unit costs with the input's overrides; BAD_USER_INPUT on the first bad entry. */
function unitCostsOf(entries: readonly { kind: BalanceActionKind; cost: number }[] | null) {
  const overrides: Partial<Record<BalanceActionKind, number>> = {};
  entries?.forEach((e, i) => {
    if (!(BALANCE_ACTION_KINDS as readonly string[]).includes(e.kind)) {
      throw badInput(`input.unitCosts.${i}.kind`, "措施类型无效");
    }
    if (overrides[e.kind] !== undefined) {
      throw badInput(
        `input.unitCosts.${i}.kind`,
        `${BALANCE_ACTION_KIND_INFO[e.kind].label}的单价重复给出，每类措施只能给一个单价`,
      );
    }
    const costIssue = balanceUnitCostIssue(e.kind, e.cost);
    if (costIssue) throw badInput(`input.unitCosts.${i}.cost`, costIssue);
    overrides[e.kind] = e.cost;
  });
  return { costs: balanceUnitCosts(overrides), overridden: new Set(Object.keys(overrides)) };
}

/**
 * A school of the stage as the solver takes it: the assessment's figures, its teachers of the
 * stage (the bound of 认定: teachers − C2; none without a roster) and, for a school also assessed
 * in the other stage (`otherSection` given), what that section could give by 校内调整: its C2
 * and C3 teachers, and for C1 the 初中部's C1 (本科+, above 小学's 专科) or the 小学部's 本科+
 * (only they count in 初中's C1).
 */
function planSchool(
  f: BalanceStageSchoolFigures,
  stage: BalanceStage,
  roster: ReadonlyMap<string, StageRosterCounts>,
  otherSection: BalancePlanSchool | null,
): BalancePlanSchool {
  const counts = roster.get(f.school.id);
  const o = otherSection?.amounts;
  const section =
    o && o.C1 !== null && o.C2 !== null && o.C3 !== null
      ? {
          C1: stage === "primary" ? o.C1 : (counts?.primary.bachelor ?? 0),
          C2: o.C2,
          C3: o.C3,
        }
      : null;
  return {
    id: f.school.id,
    name: f.school.name,
    students: f.students,
    resourceStudents: f.resourceStudents,
    amounts: f.amounts,
    teachers: f.amounts.C2 === null ? null : (counts?.[stage].teachers ?? 0),
    otherSection: section,
  };
}

/** The other stage's giving sections and moved indicators, before → after 校内调整. */
function otherStageModel(
  check: OtherStageCheck,
  figures: readonly BalanceStageSchoolFigures[],
): BalancePlanOtherStageModel {
  const limit = BALANCE_CV_MAX[check.stage];
  const giving = new Set(check.givingSchoolIds);
  return {
    stage: check.stage,
    stageLabel: BALANCE_STAGE_LABELS[check.stage],
    schools: figures.flatMap((f, i) =>
      giving.has(f.school.id)
        ? [
            {
              school: f.school,
              students: f.students,
              before: stateModel(check.before.schools[i]!),
              after: stateModel(check.after.schools[i]!),
              changed: true,
              cost: 0,
            },
          ]
        : [],
    ),
    variations: check.indicatorIndexes.map((i) => ({
      indicator: BALANCE_INDICATORS[i]!,
      before: check.before.variations[i]!.cv,
      after: check.after.variations[i]!.cv,
      limit,
      passedBefore: check.before.cvCheck.indicators[i]!.passed,
      passedAfter: check.after.cvCheck.indicators[i]!.passed,
    })),
    passed: check.passed,
    summary: check.sentence,
  };
}

function actionModel(
  a: BalancePlanAction,
  rows: ReadonlyMap<string, SchoolRow>,
  costs: Readonly<Record<BalanceActionKind, number>>,
  stage: BalanceStage,
): BalanceActionModel {
  const info = BALANCE_ACTION_KIND_INFO[a.kind];
  const school = rows.get(a.schoolId)!;
  const fromSchool = a.fromSchoolId ? rows.get(a.fromSchoolId)! : null;
  const cost = a.quantity * costs[a.kind];
  const qty = formatActionQuantity(a);
  const text = fromSchool
    ? `从${fromSchool.name}交流轮岗${info.noun}${qty}到${school.name}，约${formatYuan(cost)}`
    : info.withinSchool
      ? `${school.name}：校内调整${info.noun}${qty}（由${sectionLabel(otherBalanceStage(stage))}调入${sectionLabel(stage)}），约${formatYuan(cost)}`
      : `${school.name}：${info.label}${qty}，约${formatYuan(cost)}`;
  return {
    kind: a.kind,
    label: info.label,
    indicator: getBalanceIndicator(info.indicator),
    school,
    fromSchool,
    quantity: a.quantity,
    unitLabel: info.unitLabel,
    unitCost: costs[a.kind],
    cost,
    text,
  };
}

function stateModel(e: BalancePlanSchoolEvaluation): BalancePlanSchoolStateModel {
  return {
    indicators: e.check.indicators.map((c, i) => ({
      indicator: BALANCE_INDICATORS[i]!,
      value: c.value,
      amount: e.stageAmounts[c.id],
      standard: c.threshold,
      ratioOfStandard: c.ratioOfStandard,
      met: c.met,
    })),
    metCount: e.check.metCount,
    passed: e.check.passed,
    summary: e.check.summary,
  };
}

/** Why the plan does not make the stage pass, in Chinese. */
function reasonOf(
  stage: BalanceStage,
  outcomeAfter: BalanceOutcome,
  solverReason: string | null,
  pendingSchools: readonly SchoolRow[],
  assessed: number,
  after: BalanceStageEvaluation,
  rows: ReadonlyMap<string, SchoolRow>,
): string {
  const stageName = BALANCE_STAGE_LABELS[stage];
  if (outcomeAfter === "NOT_APPLICABLE")
    return `本区没有参加${stageName}优质均衡评估的学校，无需制定达标方案`;
  if (solverReason) return solverReason;
  if (pendingSchools.length > 0) {
    return `${pendingSchools.length}所学校年报尚未审核（${pendingSchools.map((s) => s.name).join("、")}），其数据未知，调整后仍为待评估；以上措施仅按已评估的${assessed}所学校测算`;
  }
  const parts: string[] = [];
  const failing = after.schools.filter((s) => !s.check.passed);
  if (failing.length > 0) {
    parts.push(
      `${failing.length}所学校仍未达到要求：${failing.map((s) => `${rows.get(s.id)!.name}（${s.check.summary}）`).join("；")}`,
    );
  }
  const over = after.cvCheck.indicators.filter((c) => !c.passed);
  if (over.length > 0) {
    parts.push(
      `差异系数仍超过${BALANCE_CV_MAX[stage].toFixed(2)}：${over
        .map((c) => `${c.id} ${c.cv === null ? "无法计算" : c.cv.toFixed(3)}`)
        .join("、")}`,
    );
  }
  return `按所列措施调整后仍未达到：${parts.join("；")}`;
}
