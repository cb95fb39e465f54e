/**
 * Target results: the plan's targets measured for one unit and school year at query time
 * (no nightly job), each judged against its milestones by the domain's evaluation.
 */
import {
  evaluateTarget,
  FIRST_SCHOOL_YEAR,
  type Milestone,
  PLAN_TARGETS,
  type PlanTarget,
  schoolYearLabel,
  type TargetStatus,
} from "@edu2035/domain";
import { sql } from "drizzle-orm";
import type { ResolvedUnit, ScopedAccess, UnitInput } from "../../authz/access.ts";
import { badInput } from "../../errors.ts";
import { type OrgUnitModel, toOrgUnit } from "../org/service.ts";
import { assertSchoolYear } from "../staff/service.ts";
import { type Measurement, measureReports, measureStaff } from "./measures.ts";

/** A target's value for a unit and school year, with its status against the plan. */
export interface TargetResultModel extends Measurement {
  target: PlanTarget;
  unit: OrgUnitModel;
  schoolYear: number;
  status: TargetStatus;
  milestone: Milestone | null;
  requiredNow: number | null;
}

/** Targets measured from the staff roster or from school reports in this version. */
const STAFF_MEASURED = new Set(["A07", "A08", "A09", "B08", "B33", "B34", "B35"]);
const REPORT_MEASURED = new Set([
  "B06",
  "B07",
  "B09",
  "B10",
  "B11",
  "B12",
  "B13",
  "B15",
  "B17",
  "B19",
  "B37",
]);

/**
 * The results of the targets measured at the unit's level (or those named), for one school
 * year, judged against the milestones with the previous year's value and, where the plan gives
 * no 2020 baseline, the value measured for 2020. At most six SQL statements (two families × three
 * years), whatever the number of schools and staff.
 * @throws BAD_USER_INPUT (schoolYear, targetIds); FORBIDDEN for a unit outside the scope.
 */
export async function targetResults(
  access: ScopedAccess,
  unitInput: UnitInput,
  schoolYear: number,
  targetIds?: readonly string[] | null,
): Promise<TargetResultModel[]> {
  assertSchoolYear(schoolYear, "schoolYear");
  const unit = await access.resolveUnit(unitInput, "targets.read");
  let targets: PlanTarget[];
  if (targetIds?.length) {
    const unknown = targetIds.filter((id) => !PLAN_TARGETS.some((t) => t.id === id));
    if (unknown.length) throw badInput("targetIds", `未知的指标编号：${unknown.join("、")}`);
    targets = PLAN_TARGETS.filter((t) => targetIds.includes(t.id));
  } else {
    targets = PLAN_TARGETS.filter((t) => t.levels.includes(unit.level));
  }
  const measure = measurer(access, unit, targets);
  // this year; the year before (for 逐年不降低 and trends); and the first year's measured value,
  // the starting point of the straight line for targets whose plan gives no 2020 baseline
  const [current, previous, first] = await Promise.all([
    measure(schoolYear),
    schoolYear > FIRST_SCHOOL_YEAR ? measure(schoolYear - 1) : Promise.resolve(new Map<string, Measurement>()),
    schoolYear > FIRST_SCHOOL_YEAR ? measure(FIRST_SCHOOL_YEAR) : Promise.resolve(null),
  ]);
  const firstYear = first ?? current;
  return targets.map((target) => {
    const m = current.get(target.id) ?? notMeasured(target, unit, schoolYear);
    const evaluation = evaluateTarget(target, {
      schoolYear,
      value: m.value,
      previousValue: previous.get(target.id)?.value ?? null,
      ...(target.baseline === null ? { baseline: firstYear.get(target.id)?.value ?? null } : {}),
    });
    return {
      ...m,
      target,
      unit: toOrgUnit(unit),
      schoolYear,
      status: evaluation.status,
      milestone: evaluation.milestone ?? null,
      requiredNow: evaluation.requiredNow ?? null,
    };
  });
}

/**
 * A function measuring the given targets of a unit for one school year: one SQL statement per
 * family of measures the targets need (roster, annual reports), merged into one map.
 */
function measurer(access: ScopedAccess, unit: ResolvedUnit, targets: readonly PlanTarget[]) {
  const needStaff = targets.some((t) => STAFF_MEASURED.has(t.id));
  const needReports = targets.some((t) => REPORT_MEASURED.has(t.id));
  return async (year: number): Promise<Map<string, Measurement>> => {
    const [a, b] = await Promise.all([
      needStaff ? measureStaff(access, unit, year) : new Map<string, Measurement>(),
      needReports ? measureReports(access, unit, year) : new Map<string, Measurement>(),
    ]);
    return new Map([...a, ...b]);
  };
}

/** A target this version does not compute yet: no value, and the reason says so. */
function notMeasured(target: PlanTarget, unit: ResolvedUnit, schoolYear: number): Measurement {
  const level = unit.level === "city" ? "市级" : unit.level === "district" ? "区级" : "校级";
  return {
    value: null,
    numerator: null,
    denominator: null,
    numeratorLabel: null,
    denominatorLabel: null,
    unitsIncluded: 0,
    unitsMissing: 0,
    reason: `${schoolYearLabel(schoolYear)}${level}数据尚未接入计算（所需数据：${target.measuredFrom}）`,
  };
}

/** School years with a roster or reports, newest first (one statement). */
export async function schoolYearsWithData(access: ScopedAccess): Promise<number[]> {
  const result = await access.db.execute(
    sql`select school_year from staff union select school_year from school_reports order by 1 desc`,
  );
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
    school_year: unknown;
  }[];
  return rows.map((r) => Number(r.school_year));
}
