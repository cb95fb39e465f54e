/**
 * 指标总览 as a compact table (issue 15: a district dashboard of 2020–2025 at 536 schools was
 * 41.9 MB of 84,005 result objects): the results of `targetDashboard` (the one computation,
 * service.ts), one row per (unit, school year) with arrays in a fixed column order of targets,
 * the milestones and texts listed once and referred to by index, the focused year in full (with
 * its 达成路径) and the other years as value, status and 暂定 only, the units below one page at a time.
 */
import { coverageLabel, type Milestone, type SchoolType } from "@edu2035/domain";
import type { ScopedAccess, UnitInput } from "../../authz/access.ts";
import { badInput } from "../../errors.ts";
import type { OrgUnitModel } from "../org/service.ts";
import type { StatisticalYearModel } from "../years/service.ts";
import type { MeasureOptions } from "./measures.ts";
import { type TargetResultModel, targetDashboard } from "./service.ts";
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
  targetIds: string[];
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
 * fromYear–toYear; childrenOffset below 0; childrenLimit outside 1–200; schoolTypes for a unit
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
  }
  const dashboard = await targetDashboard(access, unitInput, fromYear, toYear, args.targetIds, {
    ...options,
    childrenPage: { offset, limit },
    schoolTypes: args.schoolTypes,
  });
  // the columns: the targets with a result, in the order the service measured them (the plan's)
  const targetIds: string[] = [];
  const column = new Map<string, number>();
  for (const r of dashboard.results) {
    if (!column.has(r.target.id)) {
      column.set(r.target.id, targetIds.length);
      targetIds.push(r.target.id);
    }
  }
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
  // a C1–C7 target gives one result per stage, 小学 then 初中: the later one fills the cell
  for (const r of dashboard.results) {
    const row = rowOf(r.unit.id, r.schoolYear);
    const i = column.get(r.target.id) as number;
    row.values[i] = r.value;
    row.statuses[i] = r.status;
    row.provisional[i] = r.provisional;
    const d = row.details;
    if (!d) continue;
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
    milestones: milestones.items,
    texts: texts.items,
    rows,
  };
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
