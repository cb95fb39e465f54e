/**
 * 指标总览 as a compact table (issue 15: a district dashboard of 2020–2025 at 536 schools was
 * 41.9 MB of 84,005 result objects): the results of `targetDashboard` (the one computation,
 * service.ts), one row per (unit, school year) with arrays in a fixed column order of targets,
 * the milestones and texts listed once and referred to by index, the focused year in full (with
 * its 达成路径) and the other years as value, status and 暂定 only, the units below one page at a time.
 */
import {
  BALANCE_STAGES,
  type BalanceStage,
  coverageLabel,
  type Milestone,
  type SchoolType,
} from "@edu2035/domain";
import type { ScopedAccess, UnitInput } from "../../authz/access.ts";
import { badInput } from "../../errors.ts";
import type { OrgUnitModel } from "../org/service.ts";
import type { StatisticalYearModel } from "../years/service.ts";
import type { MeasureOptions } from "./measures.ts";
import { assertYearStarted, type TargetResultModel, targetDashboard } from "./service.ts";
import { whatItTakesOf } from "./whatItTakes.ts";

/** Units below per page unless asked otherwise, and at most. */
export const DEFAULT_CHILDREN_LIMIT = 50;
export const MAX_CHILDREN_LIMIT = 200;

type Status = TargetResultModel["status"];

/** The rest of a row's results, per column (null: no result in that column). */
export interface TargetDashboardDetailsModel {
  numerators: (number | null)[];
  denominators: (number | null)[];
  numeratorLabels: (number | null)[];
  denominatorLabels: (number | null)[];
  reasons: (number | null)[];
  reported: (number | null)[];
  expected: (number | null)[];
  coverageLabels: (number | null)[];
  publishedVersions: (number | null)[];
  requiredNow: (number | null)[];
  milestones: (number | null)[];
  /** 达成路径 (whatItTakes.ts): index into `texts`; null where the result has none. */
  whatItTakes: (number | null)[];
}

/** One unit in one school year, per column of `targetIds`. */
export interface TargetDashboardRowModel {
  /** The unit's id; null for the city. */
  unitId: string | null;
  schoolYear: number;
  values: (number | null)[];
  statuses: (Status | null)[];
  provisional: (boolean | null)[];
  details: TargetDashboardDetailsModel | null;
}

/** The compact 指标总览 (schema: TargetDashboardTable). */
export interface TargetDashboardTableModel {
  unit: OrgUnitModel;
  children: OrgUnitModel[];
  childrenTotal: number;
  childrenOffset: number;
  childrenLimit: number;
  fromYear: number;
  toYear: number;
  schoolYear: number;
  years: StatisticalYearModel[];
  /** The columns' targets: a C1–C7 target once per stage measured (小学 then 初中). */
  targetIds: string[];
  /** The stage of each column (parallel to `targetIds`); null but for a C1–C7 stage column. */
  stages: (BalanceStage | null)[];
  milestones: Milestone[];
  texts: string[];
  rows: TargetDashboardRowModel[];
}

/** What a table asks for besides the unit and the range. */
export interface TargetDashboardTableArgs {
  schoolYear: number;
  targetIds?: readonly string[] | null;
  allYearsInFull?: boolean;
  childrenOffset?: number | null;
  childrenLimit?: number | null;
  /** 学校类别: a district's schools of these types only below it (targetDashboard's `schoolTypes`). */
  schoolTypes?: readonly SchoolType[] | null;
}

/** A list of distinct values, each referred to by its index. */
class Dictionary<T> {
  readonly items: T[] = [];
  private readonly index = new Map<string, number>();
  /** The index of each item already seen, by identity (the plan's milestone objects recur). */
  private readonly seen = new Map<T, number>();
  constructor(private readonly keyOf: (item: T) => string) {}
  /** The index of `item` (added when new); null for null. */
  ref(item: T | null | undefined): number | null {
    if (item === null || item === undefined) return null;
    const known = this.seen.get(item);
    if (known !== undefined) return known;
    const key = this.keyOf(item);
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(item);
      this.index.set(key, i);
    }
    this.seen.set(item, i);
    return i;
  }
}

/**
 * The compact table of a unit's dashboard: authorization, validation and every value exactly as
 * `targetDashboard` (it is called), plus the page of units below.
 * @throws BAD_USER_INPUT (fromYear, toYear, targetIds as targetDashboard; schoolYear outside
 * fromYear–toYear or not begun yet; childrenOffset below 0; childrenLimit outside 1–200; schoolTypes for a unit
 * other than a district); FORBIDDEN for a unit outside the scope.
 */
export async function targetDashboardTable(
  access: ScopedAccess,
  unitInput: UnitInput,
  fromYear: number,
  toYear: number,
  args: TargetDashboardTableArgs,
  options: MeasureOptions = {},
): Promise<TargetDashboardTableModel> {
  const offset = args.childrenOffset ?? 0;
  const limit = args.childrenLimit ?? DEFAULT_CHILDREN_LIMIT;
  if (!Number.isInteger(offset) || offset < 0) throw badInput("childrenOffset", "起始位置不能小于0");
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CHILDREN_LIMIT) {
    throw badInput("childrenLimit", `每页单位数应在1—${MAX_CHILDREN_LIMIT}之间`);
  }
  // the range is checked first by targetDashboard's own rules; the focused year must lie in it
  if (Number.isInteger(fromYear) && Number.isInteger(toYear) && toYear >= fromYear) {
    if (args.schoolYear < fromYear || args.schoolYear > toYear) {
      throw badInput("schoolYear", `学年应在${fromYear}—${toYear}之间`);
    }
    // a year not begun yet: refused on the year shown (the range's own check would name toYear)
    assertYearStarted(access, args.schoolYear, "schoolYear");
  }
  const dashboard = await targetDashboard(access, unitInput, fromYear, toYear, args.targetIds, {
    ...options,
    childrenPage: { offset, limit },
    schoolTypes: args.schoolTypes,
  });
  const { targetIds, stages, columnsOf } = dashboardColumns(dashboard.results);
  const milestones = new Dictionary<Milestone>((m) => JSON.stringify(m));
  const texts = new Dictionary<string>((s) => s);
  // the rows in the order made; a unit's rows by school year (− fromYear), found without a key
  // string per result (~8,000 on a district page)
  const rows: TargetDashboardRowModel[] = [];
  const rowsOfUnit = new Map<string | null, TargetDashboardRowModel[]>();
  const rowOf = (unitId: string | null, schoolYear: number): TargetDashboardRowModel => {
    let ofUnit = rowsOfUnit.get(unitId);
    if (!ofUnit) {
      ofUnit = [];
      rowsOfUnit.set(unitId, ofUnit);
    }
    let row = ofUnit[schoolYear - fromYear];
    if (!row) {
      const full = args.allYearsInFull || schoolYear === args.schoolYear;
      row = {
        unitId,
        schoolYear,
        values: nulls(targetIds.length),
        statuses: nulls(targetIds.length),
        provisional: nulls(targetIds.length),
        details: full ? emptyDetails(targetIds.length) : null,
      };
      ofUnit[schoolYear - fromYear] = row;
      rows.push(row);
    }
    return row;
  };
  // rows in a fixed order: the unit, then each unit below on the page, each year oldest first
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
  for (const u of [dashboard.unit, ...dashboard.children]) for (const y of years) rowOf(u.id, y);
  // a C1–C7 target gives one result per stage, each in its stage's column, or one without a stage
  // saying why there is none (the city, a kindergarten), in each of its columns
  for (const r of dashboard.results) {
    const row = rowOf(r.unit.id, r.schoolYear);
    for (const i of columnsOf(r)) fill(row, i, r);
  }
  function fill(row: TargetDashboardRowModel, i: number, r: TargetResultModel): void {
    row.values[i] = r.value;
    row.statuses[i] = r.status;
    row.provisional[i] = r.provisional;
    const d = row.details;
    if (!d) return;
    d.numerators[i] = r.numerator;
    d.denominators[i] = r.denominator;
    d.numeratorLabels[i] = texts.ref(r.numeratorLabel);
    d.denominatorLabels[i] = texts.ref(r.denominatorLabel);
    d.reasons[i] = texts.ref(r.reason);
    d.reported[i] = r.coverage.reported;
    d.expected[i] = r.coverage.expected;
    d.coverageLabels[i] = texts.ref(coverageLabel(r.coverage));
    d.publishedVersions[i] = r.publishedVersion;
    d.requiredNow[i] = r.requiredNow;
    d.milestones[i] = milestones.ref(r.milestone);
    d.whatItTakes[i] = texts.ref(whatItTakesOf(r));
  }
  return {
    unit: dashboard.unit,
    children: dashboard.children,
    childrenTotal: dashboard.childrenTotal,
    childrenOffset: offset,
    childrenLimit: limit,
    fromYear,
    toYear,
    schoolYear: args.schoolYear,
    years: dashboard.years,
    targetIds,
    stages,
    milestones: milestones.items,
    texts: texts.items,
    rows,
  };
}

/** The columns of a dashboard's results (TargetDashboardTable.targetIds and stages). */
export interface DashboardColumns {
  /** Each column's target, in the order the service measured them (the plan's). */
  targetIds: string[];
  /** Each column's stage: 小学 / 初中 for a C1–C7 stage column, else null. */
  stages: (BalanceStage | null)[];
  /** The columns a result fills: its stage's, or all its target's for a result without a stage. */
  columnsOf: (r: TargetResultModel) => readonly number[];
}

/**
 * The columns of a dashboard (the table's, and the Excel's rows): the targets with a result, a
 * C1–C7 target once per stage any unit has a result of, 小学 then 初中 (as 规划指标's rows), else
 * once. A C1–C7 result without a stage (why there is none: the city, a kindergarten) fills each
 * of its target's columns.
 */
export function dashboardColumns(results: readonly TargetResultModel[]): DashboardColumns {
  const seen = new Map<string, Set<BalanceStage | null>>();
  for (const r of results) {
    let stagesOf = seen.get(r.target.id);
    if (!stagesOf) {
      stagesOf = new Set();
      seen.set(r.target.id, stagesOf);
    }
    stagesOf.add(r.stage);
  }
  const targetIds: string[] = [];
  const stages: (BalanceStage | null)[] = [];
  /** Per target, its columns: by stage (each as a one-item list) and all of them. */
  const columns = new Map<string, { byStage: Partial<Record<BalanceStage, number[]>>; all: number[] }>();
  for (const [id, stagesOf] of seen) {
    const measured = BALANCE_STAGES.filter((st) => stagesOf.has(st));
    const c = { byStage: {} as Partial<Record<BalanceStage, number[]>>, all: [] as number[] };
    for (const st of measured.length ? measured : [null]) {
      if (st) c.byStage[st] = [targetIds.length];
      c.all.push(targetIds.length);
      targetIds.push(id);
      stages.push(st);
    }
    columns.set(id, c);
  }
  const none: number[] = [];
  const columnsOf = (r: TargetResultModel): readonly number[] => {
    const c = columns.get(r.target.id);
    if (!c) return none;
    return (r.stage ? c.byStage[r.stage] : undefined) ?? c.all;
  };
  return { targetIds, stages, columnsOf };
}

function nulls<T>(n: number): (T | null)[] {
  // fill, not Array.from({ length: n }, …): ~1,500 arrays of ~40 per district page, and
  // Array.from's iteration took ~28 of ~230 ms CPU per request in the bench's profile (issue 15)
  return new Array<T | null>(n).fill(null);
}

function emptyDetails(n: number): TargetDashboardDetailsModel {
  return {
    numerators: nulls(n),
    denominators: nulls(n),
    numeratorLabels: nulls(n),
    denominatorLabels: nulls(n),
    reasons: nulls(n),
    reported: nulls(n),
    expected: nulls(n),
    coverageLabels: nulls(n),
    publishedVersions: nulls(n),
    requiredNow: nulls(n),
    milestones: nulls(n),
    whatItTakes: nulls(n),
  };
}
