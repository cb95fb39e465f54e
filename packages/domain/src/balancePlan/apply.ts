/**
 * A district-stage's schools as the 达标方案 works on them (amounts, not values), the actions
 * applied to them, and the stage recomputed with the domain's own checks: the school rule
 * (`balanceSchoolCheck`, 6 of 7 met and the rest ≥ 85%) and the per-indicator student-weighted
 * 差异系数 (`weightedVariation`, `balanceDistrictCvCheck`), 教督〔2017〕6号 第七条.
 *
 * Amounts are what an action changes: C1–C3 teachers of the stage (persons), C4 teaching and
 * auxiliary floor area without indoor sports rooms (m²), C5 sports ground and halls (m²), C6
 * equipment value (元), C7 networked multimedia classrooms (rooms). C4–C7 are the SCHOOL's totals:
 * a school shared by stages (九年一贯制, 完全中学) spreads them over all its students
 * (`resourceStudents`), so its value is total ÷ all students and the stage's share of the
 * total (按学生数比例分摊, the 差异系数 resource) is total × students ÷ resourceStudents — as
 * the API's balance assessment computes them.
 */

import type { BalanceSchoolCheck } from "../indicators/balanceCheck.ts";
import {
  type BalanceCvCheck,
  balanceDistrictCvCheck,
  balanceIndicatorValue,
  balanceSchoolCheck,
} from "../indicators/balanceCheck.ts";
import { weightedVariation } from "../indicators/variation.ts";
import { BALANCE_INDICATORS, type BalanceIndicatorId, type BalanceStage } from "../plan/balance.ts";
import type { ValidationIssue } from "../validation/issues.ts";
import {
  BALANCE_ACTION_KIND_INFO,
  BALANCE_ACTION_KINDS,
  BALANCE_ACTION_MAX_QUANTITY,
  type BalanceActionKind,
} from "./costs.ts";

/** One assessed school of a district-stage. */
export interface BalancePlanSchool {
  /** Any stable id (the API uses the school's UUID). */
  id: string;
  /** Name for the reasons in Chinese. */
  name: string;
  /** Students of the stage P_i (persons, > 0): the denominator of C1–C3 and the 差异系数 weight. */
  students: number;
  /** All students of the school (≥ students): the denominator of C4–C7. */
  resourceStudents: number;
  /** Amounts per indicator (see the module doc); null = no data. */
  amounts: Readonly<Record<BalanceIndicatorId, number | null>>;
  /**
   * 专任教师 of the stage on the roster (骨干 or not); `teachers − C2` bounds 认定县级骨干教师 at
   * the school. Absent or null: none can be recognised.
   */
  teachers?: number | null;
  /**
   * A school assessed in both stages (九年一贯制): the teachers of its section of the OTHER stage
   * who would count in this stage's C1–C3 if moved here (校内调整, withinSchool.ts): C2 and C3 all
   * of that section's (骨干 and the subject do not depend on the stage); C1 the 初中部's 本科+ all
   * (above 小学's 专科), the 小学部's only its 本科+ (初中 requires more than 专科). Absent or
   * null: no other section assessed, so no 校内调整.
   */
  otherSection?: Readonly<Record<"C1" | "C2" | "C3", number>> | null;
}

/** One action: `quantity` units of `kind` at `schoolId` (for a transfer, from `fromSchoolId`). */
export interface BalancePlanAction {
  kind: BalanceActionKind;
  /** The school that gains (调入校 for a transfer). */
  schoolId: string;
  /** Transfers only: the school the teachers leave (调出校). */
  fromSchoolId?: string | null;
  /** Teachers, m², 元 or rooms, ≥ 0. */
  quantity: number;
}

/** Teacher indicators: per 100 students of the stage. */
export const isTeacherIndicator = (id: BalanceIndicatorId): id is "C1" | "C2" | "C3" =>
  id === "C1" || id === "C2" || id === "C3";

const SCALES = Object.fromEntries(
  BALANCE_INDICATORS.map((b) => [b.id, b.unit === "per_100_students" ? 100 : 1]),
) as Record<BalanceIndicatorId, number>;

/** The scale of an indicator's value: 100 for "per 100 students", else 1. */
export const indicatorScale = (id: BalanceIndicatorId): number => SCALES[id];

/** The denominator of an indicator's value at a school: stage students (C1–C3) or all students (C4–C7). */
export const valueStudents = (school: BalancePlanSchool, id: BalanceIndicatorId): number =>
  isTeacherIndicator(id) ? school.students : school.resourceStudents;

/**
 * The school's value of an indicator for an amount, in the indicator's unit (e.g. 3 teachers / 150
 * students → 2.0 per 100): the assessment's own arithmetic (`balanceIndicatorValue`), so a plan's
 * "before" equals the 优质均衡 page's value to the last digit. NaN without students (such a school
 * is left out of the assessment, so never planned).
 * @throws RangeError (domain) when the amount is negative.
 */
export function schoolValueOf(school: BalancePlanSchool, id: BalanceIndicatorId, amount: number): number {
  return balanceIndicatorValue(id, amount, valueStudents(school, id)).value ?? Number.NaN;
}

/** The stage's share of an amount: the 差异系数 resource of the school (teachers as they are; C4–C7 × students ÷ resourceStudents). */
export function stageShare(school: BalancePlanSchool, id: BalanceIndicatorId, amount: number): number {
  return isTeacherIndicator(id) ? amount : (amount * school.students) / school.resourceStudents;
}

/** The school's seven values (null without data). */
export function balancePlanValues(school: BalancePlanSchool): Record<BalanceIndicatorId, number | null> {
  const out = {} as Record<BalanceIndicatorId, number | null>;
  for (const b of BALANCE_INDICATORS) {
    const a = school.amounts[b.id];
    out[b.id] = a === null ? null : schoolValueOf(school, b.id, a);
  }
  return out;
}

/** A school evaluated: its values, the stage's amounts and the domain's school check. */
export interface BalancePlanSchoolEvaluation {
  id: string;
  values: Record<BalanceIndicatorId, number | null>;
  /** Teachers of the stage, or the stage's share of m², 元, rooms (the 差异系数 resource). */
  stageAmounts: Record<BalanceIndicatorId, number | null>;
  check: BalanceSchoolCheck;
}

/** One indicator's 差异系数 over the schools with a value. */
export interface BalancePlanVariation {
  id: BalanceIndicatorId;
  /** null when it cannot be computed (no school with a value, or X̄ = 0). */
  cv: number | null;
  /** X̄ in the indicator's unit. */
  mean: number | null;
  /** S in the indicator's unit. */
  standardDeviation: number | null;
  schoolsCounted: number;
}

/** A district-stage evaluated. */
export interface BalanceStageEvaluation {
  schools: BalancePlanSchoolEvaluation[];
  variations: BalancePlanVariation[];
  /** `balanceDistrictCvCheck` of the CVs (a missing CV fails). */
  cvCheck: { indicators: BalanceCvCheck[]; passed: boolean };
  /** Schools failing the 6-of-7 rule. */
  schoolsFailing: number;
  /** Indicators whose 差异系数 exceeds the limit or cannot be computed. */
  variationsOver: number;
  /** Every school passes and every 差异系数 is within the limit (with no school, false). */
  passed: boolean;
}

/** The 差异系数 of one indicator over the schools with a value (domain `weightedVariation`). */
export function balancePlanVariation(
  schools: readonly BalancePlanSchool[],
  id: BalanceIndicatorId,
): BalancePlanVariation {
  const units: { students: number; resource: number }[] = [];
  for (const s of schools) {
    const a = s.amounts[id];
    if (a !== null) units.push({ students: s.students, resource: stageShare(s, id, a) });
  }
  const none = { id, cv: null, mean: null, standardDeviation: null, schoolsCounted: units.length };
  if (units.length === 0) return none;
  try {
    const v = weightedVariation(units);
    const scale = indicatorScale(id);
    return {
      id,
      cv: v.cv,
      mean: v.mean * scale,
      standardDeviation: v.standardDeviation * scale,
      schoolsCounted: v.units,
    };
  } catch (e) {
    if (e instanceof RangeError) return none;
    throw e;
  }
}

/**
 * The stage recomputed: each school with `balanceSchoolCheck`, each indicator's 差异系数 with
 * `weightedVariation` against the limit with `balanceDistrictCvCheck`.
 */
export function evaluateBalanceStage(
  stage: BalanceStage,
  schools: readonly BalancePlanSchool[],
): BalanceStageEvaluation {
  const evaluated = schools.map((s): BalancePlanSchoolEvaluation => {
    const values = balancePlanValues(s);
    const stageAmounts = {} as Record<BalanceIndicatorId, number | null>;
    for (const b of BALANCE_INDICATORS) {
      const a = s.amounts[b.id];
      stageAmounts[b.id] = a === null ? null : stageShare(s, b.id, a);
    }
    return { id: s.id, values, stageAmounts, check: balanceSchoolCheck(stage, values) };
  });
  const variations = BALANCE_INDICATORS.map((b) => balancePlanVariation(schools, b.id));
  const cvCheck = balanceDistrictCvCheck(
    stage,
    Object.fromEntries(variations.map((v) => [v.id, v.cv])) as Record<BalanceIndicatorId, number | null>,
  );
  const schoolsFailing = evaluated.filter((e) => !e.check.passed).length;
  const variationsOver = cvCheck.indicators.filter((i) => !i.passed).length;
  return {
    schools: evaluated,
    variations,
    cvCheck,
    schoolsFailing,
    variationsOver,
    passed: schools.length > 0 && schoolsFailing === 0 && cvCheck.passed,
  };
}

/**
 * The schools after the actions: each action adds `quantity` to its school's amount of the
 * kind's indicator, and a transfer also takes it from `fromSchoolId`. Schools are copied, never
 * changed.
 * @throws RangeError for an action that {@link validateBalanceActions} would refuse (unknown
 *   school, missing data, negative quantity or a donor left below 0).
 */
export function applyBalanceActions(
  schools: readonly BalancePlanSchool[],
  actions: readonly BalancePlanAction[],
): BalancePlanSchool[] {
  const issues = validateBalanceActions(schools, actions);
  if (issues.length > 0) throw new RangeError(`${issues[0]!.field}: ${issues[0]!.message}`);
  return applyUnchecked(schools, actions);
}

function applyUnchecked(
  schools: readonly BalancePlanSchool[],
  actions: readonly BalancePlanAction[],
): BalancePlanSchool[] {
  const byId = new Map(schools.map((s) => [s.id, { ...s, amounts: { ...s.amounts } }]));
  for (const a of actions) {
    const id = BALANCE_ACTION_KIND_INFO[a.kind].indicator;
    const to = byId.get(a.schoolId)!;
    to.amounts[id] = (to.amounts[id] ?? 0) + a.quantity;
    if (BALANCE_ACTION_KIND_INFO[a.kind].transfer) {
      const from = byId.get(a.fromSchoolId!)!;
      from.amounts[id] = (from.amounts[id] ?? 0) - a.quantity;
    }
  }
  return schools.map((s) => byId.get(s.id)!);
}

/**
 * The most actions an edited plan may list: a district has a few dozen schools and each needs at
 * most ten kinds, so 500 is far above any real plan; it bounds the work of one request.
 */
export const BALANCE_PLAN_MAX_ACTIONS = 500;

/**
 * Every problem with a list of actions, with the field path `${prefix}.${index}.<field>` and a
 * Chinese message (empty when they can be applied):
 * - the list itself (field `${prefix}`): more than BALANCE_PLAN_MAX_ACTIONS actions (the only issue then);
 * - kind: not an action kind;
 * - quantity: not a finite number ≥ 0; over BALANCE_ACTION_MAX_QUANTITY (only kinds with no real
 *   bound: not 认定, 校内调整 or 交流轮岗, whose bound is the schools' teachers); not whole for
 *   teachers and rooms; a transfer taking
 *   more teachers than the school has (after all the actions);
 * - schoolId / fromSchoolId: not one of the schools (assessed in the district-stage); the
 *   school has no data for the indicator (no roster, or the report leaves it empty);
 * - fromSchoolId: missing on a transfer, equal to schoolId, or given on an action that is not
 *   a transfer.
 * - quantity of 认定县级骨干教师: more in total at a school than its teachers not yet 骨干
 *   (`teachers − C2`); of 校内调整: more in total per school and indicator than its other
 *   section has (`otherSection`); schoolId of 校内调整: a school without another section.
 */
export function validateBalanceActions(
  schools: readonly BalancePlanSchool[],
  actions: readonly BalancePlanAction[],
  prefix = "actions",
): ValidationIssue[] {
  if (actions.length > BALANCE_PLAN_MAX_ACTIONS) {
    return [
      {
        field: prefix,
        message: `措施最多${BALANCE_PLAN_MAX_ACTIONS}项，当前${actions.length}项`,
      },
    ];
  }
  const byId = new Map(schools.map((s) => [s.id, s]));
  const issues: ValidationIssue[] = [];
  const valid: { action: BalancePlanAction; index: number }[] = [];
  actions.forEach((a, index) => {
    const at = (f: string) => `${prefix}.${index}.${f}`;
    const before = issues.length;
    if (!(BALANCE_ACTION_KINDS as readonly string[]).includes(a.kind)) {
      issues.push({ field: at("kind"), message: "措施类型无效" });
      return;
    }
    const info = BALANCE_ACTION_KIND_INFO[a.kind];
    // 认定, 校内调整 and 交流轮岗 are bounded by the schools' own teachers (checked below, with
    // that count in the message); the generic cap is only for kinds with no real bound
    const hasRealBound = info.recognition || info.withinSchool || info.transfer;
    if (!Number.isFinite(a.quantity) || a.quantity < 0) {
      issues.push({ field: at("quantity"), message: `${info.label}的数量须为不小于0的数` });
    } else if (!hasRealBound && a.quantity > BALANCE_ACTION_MAX_QUANTITY[info.unitLabel]!) {
      issues.push({
        field: at("quantity"),
        message: `${info.label}的数量不能超过${BALANCE_ACTION_MAX_QUANTITY[info.unitLabel]}${info.unitLabel}`,
      });
    } else if (info.integer && !Number.isInteger(a.quantity)) {
      issues.push({ field: at("quantity"), message: `${info.label}的数量须为整数（${info.unitLabel}）` });
    }
    const to = byId.get(a.schoolId);
    if (!to) issues.push({ field: at("schoolId"), message: "该学校不在本区本学段参加评估的学校之中" });
    else if (to.amounts[info.indicator] === null)
      issues.push({ field: at("schoolId"), message: `${to.name}缺少${info.indicator}数据，无法测算` });
    const fromId = a.fromSchoolId ?? null;
    if (info.transfer) {
      if (fromId === null) issues.push({ field: at("fromSchoolId"), message: "交流轮岗须指定调出学校" });
      else if (fromId === a.schoolId)
        issues.push({ field: at("fromSchoolId"), message: "调出学校与调入学校不能相同" });
      else {
        const from = byId.get(fromId);
        if (!from)
          issues.push({ field: at("fromSchoolId"), message: "调出学校不在本区本学段参加评估的学校之中" });
        else if (from.amounts[info.indicator] === null)
          issues.push({
            field: at("fromSchoolId"),
            message: `${from.name}缺少${info.indicator}数据，无法测算`,
          });
      }
    } else if (fromId !== null) {
      issues.push({
        field: at("fromSchoolId"),
        message: info.withinSchool
          ? "校内调整由本校另一学段调入，不指定调出学校"
          : "只有交流轮岗可以指定调出学校",
      });
    }
    if (info.withinSchool && to && !to.otherSection) {
      issues.push({
        field: at("schoolId"),
        message: `${to.name}没有另一学段参加评估的学部（九年一贯制学校才能校内调整）`,
      });
    }
    if (issues.length === before) valid.push({ action: a, index });
  });
  if (issues.length > 0) return issues;
  issues.push(...ownTeacherIssues(byId, valid, prefix));
  if (issues.length > 0) return issues;
  // a transfer may not take more teachers than the school has once every action is applied
  const after = new Map(applyUnchecked(schools, actions).map((s) => [s.id, s]));
  const reported = new Set<string>();
  for (const { action, index } of valid) {
    const info = BALANCE_ACTION_KIND_INFO[action.kind];
    if (!info.transfer) continue;
    const from = after.get(action.fromSchoolId!)!;
    const left = from.amounts[info.indicator]!;
    const key = `${from.id}|${info.indicator}`;
    if (left < 0 && !reported.has(key)) {
      reported.add(key);
      const has = byId.get(from.id)!.amounts[info.indicator]!;
      issues.push({
        field: `${prefix}.${index}.quantity`,
        message: `${from.name}现有${info.noun}${has}人，调出人数不能超过现有人数`,
      });
    }
  }
  return issues;
}

/**
 * 认定 and 校内调整 use the school's own teachers: per school, Σ recognitions ≤ teachers − C2 (its
 * teachers of the stage not yet 骨干), and per school and indicator Σ 校内调整 ≤ what its other
 * section has (`otherSection`). One issue per school (and indicator), on the first action over.
 */
function ownTeacherIssues(
  byId: ReadonlyMap<string, BalancePlanSchool>,
  valid: readonly { action: BalancePlanAction; index: number }[],
  prefix: string,
): ValidationIssue[] {
  const used = new Map<string, number>();
  const issues: ValidationIssue[] = [];
  for (const { action, index } of valid) {
    const info = BALANCE_ACTION_KIND_INFO[action.kind];
    if (!info.recognition && !info.withinSchool) continue;
    const s = byId.get(action.schoolId)!;
    const key = `${s.id}|${info.recognition ? "recognition" : info.indicator}`;
    const before = used.get(key) ?? 0;
    const total = before + action.quantity;
    used.set(key, total);
    const field = `${prefix}.${index}.quantity`;
    if (info.recognition) {
      const bound = Math.max(0, (s.teachers ?? 0) - (s.amounts.C2 ?? 0));
      if (total > bound && before <= bound) {
        issues.push({
          field,
          message: `${s.name}尚未认定为骨干的专任教师${bound}人，认定人数不能超过此数`,
        });
      }
    } else {
      const bound = s.otherSection?.[info.indicator as "C1" | "C2" | "C3"] ?? 0;
      if (total > bound && before <= bound) {
        issues.push({
          field,
          message: `${s.name}另一学段可调整的${info.noun}${bound}人，校内调整人数不能超过此数`,
        });
      }
    }
  }
  return issues;
}
