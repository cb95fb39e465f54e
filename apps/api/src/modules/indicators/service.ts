/**
 * Target results: the plan's targets measured for one unit and school year at query time
 * (no nightly job), each judged against its milestones by the domain's evaluation.
 */

import type { SchoolRow } from "@edu2035/db";
import {
  applyCoverage,
  BALANCE_STAGES,
  type BalanceStage,
  type Coverage,
  coverageLevel,
  evaluateTarget,
  FIRST_SCHOOL_YEAR,
  type Milestone,
  PLAN_TARGETS,
  type PlanTarget,
  type SchoolType,
  schoolYearLabel,
  type TargetEvaluation,
  type TargetStatus,
} from "@edu2035/domain";
import { sql } from "drizzle-orm";
import type { ResolvedUnit, ScopedAccess, UnitInput } from "../../authz/access.ts";
import { badInput } from "../../errors.ts";
import { type OrgUnitModel, toOrgUnit } from "../org/service.ts";
import { assertSchoolYear, assertYearNotAhead } from "../staff/service.ts";
import type { StatisticalYearModel } from "../years/service.ts";
import { withPublished } from "../years/snapshot.ts";
import { type BalanceMeasurement, type BalanceViews, measureBalance, stageKey } from "./balanceMeasures.ts";
import { type CityRollup, cityRollup } from "./measures/cityRollup.ts";
import { measureInputs } from "./measures/inputs.ts";
import { measureRegisters } from "./measures/registers.ts";
import { measureReports } from "./measures/reports.ts";
import { measureStaff } from "./measures/staff.ts";
import {
  type Breakdown,
  type MeasureFamily,
  type Measurement,
  type Measurements,
  type MeasureOptions,
  notAtLevel,
  noValue,
  SELF,
  TARGET_FAMILY,
  toRows,
} from "./measures.ts";

/** A target's value for a unit and school year, with its status against the plan. */
export interface TargetResultModel extends Measurement {
  target: PlanTarget;
  unit: OrgUnitModel;
  schoolYear: number;
  /** Reported over expected units (@edu2035/domain coverage.ts). */
  coverage: Coverage;
  /** 暂定: computed from part of the expected units. */
  provisional: boolean;
  /** The publication the result was read from; null when computed now (预览). */
  publishedVersion: number | null;
  status: TargetStatus;
  milestone: Milestone | null;
  requiredNow: number | null;
  /** The stage of a C1–C7 value (小学 / 初中); null for every other target. */
  stage: BalanceStage | null;
  /** A district's 差异系数 of a C1–C7 indicator, and its limit (0.50 小学, 0.45 初中). */
  coefficientOfVariation: number | null;
  coefficientOfVariationLimit: number | null;
}

/**
 * The coverage of a measurement: the units included over those included and missing, named as
 * the measure names them (所学校 by default; 个区 for district figures, see measures.ts).
 */
function coverageOf(m: Pick<Measurement, "unitsIncluded" | "unitsMissing" | "coverageUnits">): Coverage {
  const c: Coverage = { reported: m.unitsIncluded, expected: m.unitsIncluded + m.unitsMissing };
  if (m.coverageUnits) c.units = m.coverageUnits;
  return c;
}

/** What judging a measurement sets on its result. */
type Judged = Pick<
  TargetResultModel,
  "value" | "reason" | "coverage" | "provisional" | "status" | "milestone" | "requiredNow"
>;

/**
 * Judge a measurement: its milestone evaluation with THE coverage rule applied (@edu2035/domain
 * applyCoverage, coverage.ts: 不适用 when no unit is expected, 无数据 when none reported, 数据不全
 * and 暂定 below full coverage, the milestone's status only on full coverage). The value is left
 * out (null) when no unit is expected or none reported (a ratio over no reported unit is not a
 * 0), and kept otherwise (also when the milestone cannot judge it, e.g. no year before).
 * The reason (Chinese): the measure's own (why there is no value, A04's inconsistency, a
 * district's 差异系数), after the rule's 暂定 note when partial; the rule's when the measure gives
 * none; for a measured target concerning none of the unit's schools (`measured`), the rule's
 * 不适用 note (a kindergarten's B06), not the measure's "no roster" text; for one not measured at
 * the unit's level, the measure's ("A06 仅在市级统计").
 */
function judge(m: Measurement, evaluation: TargetEvaluation, measured: boolean): Judged {
  const coverage = coverageOf(m);
  const covered = applyCoverage(evaluation, m.value, coverage);
  const ruleReason = covered.reason ?? null;
  let reason: string | null;
  if (covered.status === "incomplete") reason = [ruleReason, m.reason].filter(Boolean).join("；");
  else if (covered.status === "not_applicable") reason = measured ? ruleReason : (m.reason ?? ruleReason);
  else if (covered.status === "no_data") reason = m.reason ?? ruleReason;
  else reason = m.reason;
  const level = coverageLevel(coverage);
  return {
    value: level === "none" || level === "not_applicable" ? null : m.value,
    reason,
    coverage,
    provisional: covered.provisional,
    status: covered.status,
    milestone: evaluation.milestone ?? null,
    requiredNow: evaluation.requiredNow ?? null,
  };
}

/** The family of statements that measures a target (undefined: not computed in this module). */
function familyOf(target: PlanTarget): MeasureFamily | undefined {
  return TARGET_FAMILY[target.id];
}

/** Each family's measure: one SQL statement for a unit (or its children) over some school years. */
const MEASURES: Record<
  MeasureFamily,
  (
    access: ScopedAccess,
    unit: ResolvedUnit,
    years: readonly number[],
    breakdown: Breakdown,
    options: MeasureOptions,
  ) => Promise<Measurements>
> = {
  staff: measureStaff,
  reports: measureReports,
  inputs: measureInputs,
  registers: measureRegisters,
};

/**
 * Choose the targets of a request: those named (BAD_USER_INPUT on an unknown id), or every
 * target measured at the unit's level.
 */
function chooseTargets(level: ResolvedUnit["level"], targetIds?: readonly string[] | null): PlanTarget[] {
  if (targetIds?.length) {
    const unknown = targetIds.filter((id) => !PLAN_TARGETS.some((t) => t.id === id));
    if (unknown.length) throw badInput("targetIds", `未知的指标编号：${unknown.join("、")}`);
    return PLAN_TARGETS.filter((t) => targetIds.includes(t.id));
  }
  return PLAN_TARGETS.filter((t) => t.levels.includes(level));
}

/**
 * C1–C7 of a unit over some years, assessed at most once however many callers ask (the unit's
 * own results and its children's share one assessment of all the years): a per-request value,
 * never kept beyond the request. `childIds`: the units below to give values for (default all);
 * `schools`: a district's schools open in the years, already read (not read again).
 */
function balanceOnce(
  access: ScopedAccess,
  unit: ResolvedUnit,
  years: readonly number[],
  childIds?: ReadonlySet<string>,
  schools?: readonly SchoolRow[],
) {
  let views: Promise<BalanceViews> | undefined;
  return () => {
    views ??= measureBalance(access, unit, years, childIds, schools);
    return views;
  };
}

/**
 * Measure `targets` for the years asked, plus the year before the first (for 逐年不降低 and
 * trends) and the first school year (the start of the straight line where the plan gives no
 * 2020 baseline), and judge each value. One SQL statement per family of measures; C1–C7 from
 * `balance` (one assessment of the years asked, shared by the unit's and its children's calls).
 */
async function measureAndJudge(
  access: ScopedAccess,
  unit: ResolvedUnit,
  targets: readonly PlanTarget[],
  years: readonly number[],
  breakdown: Breakdown,
  units: Map<string, OrgUnitModel>,
  options: MeasureOptions = {},
  balance: () => Promise<BalanceViews> = balanceOnce(access, unit, years),
  rollup?: CityRollup,
): Promise<TargetResultModel[]> {
  const families = [...new Set(targets.map(familyOf).filter((f) => f !== undefined))];
  const all = [...new Set([...years, ...years.map((y) => y - 1), FIRST_SCHOOL_YEAR])].filter(
    (y) => y >= FIRST_SCHOOL_YEAR - 1,
  );
  const balanceTargets = targets.filter((t) => t.group === "C");
  // the families' statements and the 优质均衡 assessment's run at once on the pool (independent)
  const [measured, balanceOf] = await Promise.all([
    Promise.all(
      families.map(
        (f) => rollup?.(f, all, breakdown, options) ?? MEASURES[f](access, unit, all, breakdown, options),
      ),
    ),
    // C1–C7 are judged per stage and only in their own school years (their milestones are undated)
    balanceTargets.length
      ? balance().then((views) => views[breakdown])
      : Promise.resolve(new Map() as BalanceViews[Breakdown]),
  ]);
  const get = (key: string, year: number, id: string): Measurement | undefined => {
    for (const m of measured) {
      const v = m.get(key)?.get(year)?.get(id);
      if (v) return v;
    }
    return undefined;
  };
  // the year before and the 2020 baseline judge a value only when final (full coverage): a
  // 暂定 figure of part of the units is never the reference of 逐年不降低 or of the progress line
  const finalValue = (key: string, year: number, id: string): number | null => {
    const m = get(key, year, id);
    return m && coverageLevel(coverageOf(m)) === "complete" ? m.value : null;
  };
  const results: TargetResultModel[] = [];
  for (const [key, orgUnit] of units) {
    // judging is CPU work (a district over 16 years: 70 schools × 16 years × 33 results): let
    // other requests run between units instead of holding the event loop for all of it
    if (results.length) await yieldToEventLoop();
    for (const schoolYear of years) {
      for (const target of targets) {
        if (target.group === "C") {
          results.push(...balanceResults(target, orgUnit, schoolYear, balanceOf.get(key)?.get(schoolYear)));
          continue;
        }
        const found = get(key, schoolYear, target.id);
        const m = found ?? missingMeasurement(target, orgUnit.level, schoolYear);
        const evaluation = evaluateTarget(target, {
          schoolYear,
          value: m.value,
          previousValue: finalValue(key, schoolYear - 1, target.id),
          ...(target.baseline === null ? { baseline: finalValue(key, FIRST_SCHOOL_YEAR, target.id) } : {}),
        });
        results.push(
          resultOf(m, judge(m, evaluation, found !== undefined), target, orgUnit, schoolYear, NO_STAGE),
        );
      }
    }
  }
  return results;
}

/** A result's C1–C7 fields: the stage and the district's 差异系数 with its limit. */
type StageFields = Pick<
  TargetResultModel,
  "stage" | "coefficientOfVariation" | "coefficientOfVariationLimit"
>;

/** The C1–C7 fields of every other target: none. */
const NO_STAGE: StageFields = {
  stage: null,
  coefficientOfVariation: null,
  coefficientOfVariationLimit: null,
};

/**
 * A judged result: the measurement's figures with the verdict's value, reason and status (`j`
 * wins where both have a field), measured now (no publication). Written out field by field, one
 * object shape for every result: spreading the measurement and the verdict into a literal gave
 * each of the ~8,000 results of a district page (50 schools and the district × 6 years) a
 * dictionary of its own (in the bench at 1,001 schools ~45 MB allocated per request, most of its
 * garbage collection; issue 15).
 */
function resultOf(
  m: Measurement,
  j: Judged,
  target: PlanTarget,
  unit: OrgUnitModel,
  schoolYear: number,
  s: StageFields,
): TargetResultModel {
  const r: TargetResultModel = {
    value: j.value,
    numerator: m.numerator,
    denominator: m.denominator,
    numeratorLabel: m.numeratorLabel,
    denominatorLabel: m.denominatorLabel,
    unitsIncluded: m.unitsIncluded,
    unitsMissing: m.unitsMissing,
    reason: j.reason,
    coverage: j.coverage,
    provisional: j.provisional,
    status: j.status,
    milestone: j.milestone,
    requiredNow: j.requiredNow,
    target,
    unit,
    schoolYear,
    publishedVersion: null,
    stage: s.stage,
    coefficientOfVariation: s.coefficientOfVariation,
    coefficientOfVariationLimit: s.coefficientOfVariationLimit,
  };
  if (m.coverageUnits !== undefined) r.coverageUnits = m.coverageUnits;
  return r;
}

/** Let the event loop run what is waiting (other requests' I/O and timers) before going on. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The results of a C1–C7 target for one unit and year: one per stage measured, or one without
 * a stage saying why there is none (e.g. a kindergarten, or no approved report).
 */
function balanceResults(
  target: PlanTarget,
  unit: OrgUnitModel,
  schoolYear: number,
  measured: Map<string, BalanceMeasurement> | undefined,
): TargetResultModel[] {
  const out: TargetResultModel[] = [];
  for (const stage of BALANCE_STAGES) {
    const m = measured?.get(stageKey(target.id, stage));
    if (!m) continue;
    const evaluation = evaluateTarget(target, { schoolYear, value: m.value, stage });
    out.push(resultOf(m, judge(m, evaluation, true), target, unit, schoolYear, m));
  }
  if (out.length) return out;
  // no stage measured or awaiting a report (balanceMeasures.ts puts those as 0/1): the unit has
  // no school of the assessment — the city, a kindergarten, a district without 义务教育 schools
  const reason =
    unit.level === "city"
      ? "优质均衡指标按学校计算、按区评估，市级不汇总"
      : `${schoolYearLabel(schoolYear)}本单位没有参加义务教育优质均衡评估的学校（小学、初中、九年一贯制、完全中学初中部），不适用`;
  const judged: Judged = {
    value: null,
    reason,
    coverage: { reported: 0, expected: 0 },
    provisional: false,
    status: "not_applicable",
    milestone: null,
    requiredNow: null,
  };
  return [resultOf(noValue(reason), judged, target, unit, schoolYear, NO_STAGE)];
}

/**
 * The results of the targets measured at the unit's level (or those named) for one school
 * year, judged against the milestones with the previous year's value and, where the plan gives
 * no 2020 baseline, the value measured for 2020. At most one SQL statement per family of
 * measures (staff, reports, inputs, registers), whatever the number of schools and staff.
 * @throws BAD_USER_INPUT (schoolYear — also one not begun yet —, targetIds); FORBIDDEN for a unit
 * outside the scope.
 */
export async function targetResults(
  access: ScopedAccess,
  unitInput: UnitInput,
  schoolYear: number,
  targetIds?: readonly string[] | null,
  options: MeasureOptions = {},
): Promise<TargetResultModel[]> {
  assertSchoolYear(schoolYear, "schoolYear");
  assertYearStarted(access, schoolYear, "schoolYear");
  const unit = await access.resolveUnit(unitInput, "targets.read");
  const targets = chooseTargets(unit.level, targetIds);
  // a published year reads its stored figures (years/snapshot.ts); others are measured now (预览)
  const self = toOrgUnit(unit);
  const { results } = await withPublished(
    access,
    [schoolYear],
    [{ units: [self], targets }],
    false,
    (years) => measureAndJudge(access, unit, targets, years, "self", new Map([[SELF, self]]), options),
  );
  return results;
}

/**
 * Refuse a school year that has not begun (after the current one; 统计时点 1 September, Beijing
 * time): nothing is measured for it yet — the check of the filing forms (assertYearNotAhead).
 * @throws BAD_USER_INPUT on `field`: "不能查询未来学年的指标（当前为2026—2027学年）".
 */
export function assertYearStarted(access: ScopedAccess, schoolYear: number, field: string): void {
  assertYearNotAhead(schoolYear, access.now(), field, "指标", 0, "查询");
}

/** A dashboard: a unit and the units directly below it, over a range of school years. */
export interface TargetDashboardModel {
  /** The statistical years of the range with their state. */
  years: StatisticalYearModel[];
  unit: OrgUnitModel;
  /** The units directly below measured: all of them, or the page asked for (`childrenPage`). */
  children: OrgUnitModel[];
  /** How many units are directly below in all (the page's total). */
  childrenTotal: number;
  fromYear: number;
  toYear: number;
  results: TargetResultModel[];
}

/** A page of the units directly below a dashboard's unit, in their order (code, name). */
export interface ChildrenPage {
  offset: number;
  limit: number;
}

/** The longest range of school years one dashboard request may ask for. */
export const MAX_DASHBOARD_YEARS = 16;

/**
 * One operation for a whole dashboard: the targets of a unit (its level's, or those named) for
 * every school year from `fromYear` to `toYear`, for the unit itself and for each unit directly
 * below it (the city's districts, a district's schools). The measures take a constant number
 * of SQL statements (one per family for the unit, one per family for its children; for the
 * city, the roster and report families one statement for both: measures/cityRollup.ts), whatever
 * the number of schools, staff or years.
 * @throws BAD_USER_INPUT (fromYear, toYear — also a year not begun yet —, targetIds); FORBIDDEN for
 * a unit outside the scope.
 */
export async function targetDashboard(
  access: ScopedAccess,
  unitInput: UnitInput,
  fromYear: number,
  toYear: number,
  targetIds?: readonly string[] | null,
  /**
   * `live`: measure every year now, stored figures ignored (years/snapshot.ts, publishing).
   * `childrenPage`: measure and judge only that page of the units below (a district's schools:
   * the SQL reads the page's schools only; the district's own row still counts them all).
   * `schoolTypes` (学校类别): a district's schools of these types only below it (the page and
   * `childrenTotal` of those; the district's own row still counts them all); empty: every type.
   * @throws BAD_USER_INPUT schoolTypes given for a unit other than a district.
   */
  options: MeasureOptions & {
    live?: boolean;
    childrenPage?: ChildrenPage;
    schoolTypes?: readonly SchoolType[] | null;
  } = {},
): Promise<TargetDashboardModel> {
  assertSchoolYear(fromYear, "fromYear");
  assertSchoolYear(toYear, "toYear");
  if (toYear < fromYear) throw badInput("toYear", "结束学年不能早于起始学年");
  if (toYear - fromYear + 1 > MAX_DASHBOARD_YEARS) {
    throw badInput("toYear", `一次最多查询 ${MAX_DASHBOARD_YEARS} 个学年`);
  }
  assertYearStarted(access, fromYear, "fromYear");
  assertYearStarted(access, toYear, "toYear");
  const unit = await access.resolveUnit(unitInput, "targets.read");
  const targets = chooseTargets(unit.level, targetIds);
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
  const types = options.schoolTypes?.length ? options.schoolTypes : null;
  if (types && unit.level !== "district") {
    throw badInput("schoolTypes", "学校类别筛选只适用于区（其下为学校）");
  }
  const page = options.childrenPage;
  // the units below are read while the years' states are (withPublished), not before them
  const unitsBelow = childUnits(access, unit, { from: fromYear, to: toYear }, types).then((c) => {
    const children = page ? c.units.slice(page.offset, page.offset + page.limit) : c.units;
    // below the unit, only the targets the plan measures at the children's level: a target it
    // does not measure there (e.g. A06 仅在市级统计) has no result, and the apps read 不适用
    const childLevel = children[0]?.level;
    const childTargets = childLevel ? targets.filter((t) => t.levels.includes(childLevel)) : [];
    return { ...c, children, childTargets };
  });
  // published years read their stored figures (years/snapshot.ts); the others are measured now (预览)
  const self = toOrgUnit(unit);
  const groups = unitsBelow.then(({ children, childTargets }) => [
    { units: [self], targets },
    { units: children, targets: childTargets },
  ]);
  const dashboard = await withPublished(access, years, groups, !!options.live, async (liveYears) => {
    const { children, childTargets, schools, units: allBelow } = await unitsBelow;
    // C1–C7 of the units below: the children measured (a district's page), not all its schools;
    // the district's schools as read above (open in a range holding liveYears), not read again
    const balance = balanceOnce(
      access,
      unit,
      liveYears,
      new Set(children.map((c) => c.id as string)),
      schools ?? undefined,
    );
    // the city and its districts from one statement per additive family (cityRollup.ts)
    const rollup = cityRollup(access, unit);
    const [own, below] = await Promise.all([
      measureAndJudge(
        access,
        unit,
        targets,
        liveYears,
        "self",
        new Map([[SELF, self]]),
        options,
        balance,
        rollup,
      ),
      children.length && childTargets.length
        ? measureAndJudge(
            access,
            unit,
            childTargets,
            liveYears,
            "children",
            new Map(children.map((c) => [c.id as string, c])),
            (page || types) && unit.level === "district"
              ? { ...options, childIds: children.map((c) => c.id as string) }
              : options,
            balance,
            rollup,
          )
        : Promise.resolve([]),
    ]);
    // a unit with no unit below it at all (a new city before its first district, a district
    // before its first school) has no data yet: 无数据, not 不适用 (which says the target does not
    // concern the unit's schools); with schools none of a target's kind, 不适用 stays
    const empty =
      unit.level === "city" ? allBelow.length === 0 : unit.level === "district" && !schools?.length;
    return [...(empty ? own.map((r) => noUnitsYet(r, unit)) : own), ...below];
  });
  const { children, units: allChildren } = await unitsBelow;
  return {
    years: dashboard.years,
    unit: self,
    children,
    childrenTotal: allChildren.length,
    fromYear,
    toYear,
    results: dashboard.results,
  };
}

/** A result of a unit with no unit below it: 不适用 read as 无数据 (nothing reported yet). */
function noUnitsYet(r: TargetResultModel, unit: ResolvedUnit): TargetResultModel {
  if (r.status !== "not_applicable") return r;
  const below = unit.level === "city" ? "区和学校" : "学校";
  return { ...r, status: "no_data", reason: `${unit.name}尚未建立下属${below}，暂无数据` };
}

/**
 * The units directly below a resolved unit, as the viewer sees them (one statement): a district's
 * schools open in at least one school year of `years` (a school closed since still has its rows
 * for the years it was open), of `types` (学校类别) when given. `schools`: for a district, ALL its
 * schools open in `years` (whatever `types`), as read, for the 优质均衡 assessment; else null.
 */
async function childUnits(
  access: ScopedAccess,
  unit: ResolvedUnit,
  years: { from: number; to: number },
  types: readonly SchoolType[] | null = null,
): Promise<{ units: OrgUnitModel[]; schools: SchoolRow[] | null }> {
  if (unit.level === "city") {
    const units = (await access.districts()).map(
      (d): OrgUnitModel => ({ level: "district", id: d.id, code: d.code, name: d.name }),
    );
    return { units, schools: null };
  }
  if (unit.level === "district") {
    const schools = await access.schools({ districtId: unit.id, openDuring: years });
    const units: OrgUnitModel[] = [];
    for (const s of schools) {
      if (!types || types.includes(s.type)) {
        units.push({ level: "school", id: s.id, code: s.code, name: s.name });
      }
    }
    return { units, schools };
  }
  return { units: [], schools: null };
}

/**
 * Why a target has no measurement for a unit: the plan does not measure it at that level
 * ("A06 仅在市级统计"), or this module does not compute it (C1–C7 live in the 优质均衡
 * assessment), or there is nothing to measure in the unit.
 */
function missingMeasurement(
  target: PlanTarget,
  unitLevel: ResolvedUnit["level"],
  schoolYear: number,
): Measurement {
  const family = familyOf(target);
  if (family === undefined) return notMeasured(target, unitLevel, schoolYear);
  if (!target.levels.includes(unitLevel)) return notAtLevel(target.id);
  return {
    ...notMeasured(target, unitLevel, schoolYear),
    reason: `${schoolYearLabel(schoolYear)}本单位没有可计算的数据`,
  };
}

/** A target this version does not compute yet: no value, and the reason says so. */
function notMeasured(target: PlanTarget, unitLevel: ResolvedUnit["level"], schoolYear: number): Measurement {
  const level = unitLevel === "city" ? "市级" : unitLevel === "district" ? "区级" : "校级";
  return noValue(
    `${schoolYearLabel(schoolYear)}${level}数据尚未接入计算（所需数据：${target.measuredFrom}）`,
  );
}

/** School years with a roster or reports, newest first (one statement). */
export async function schoolYearsWithData(access: ScopedAccess): Promise<number[]> {
  const result = await access.readDb.execute(
    sql`select school_year from staff union select school_year from school_reports order by 1 desc`,
  );
  return toRows(result).map((r) => Number(r.school_year));
}
