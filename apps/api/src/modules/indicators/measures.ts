/**
 * How each target is measured from the database: SQL aggregates over the staff roster, the
 * school annual reports, the district and city inputs and the registers, inside one resolved
 * unit, for a set of school years, either for the unit as a whole or broken down by the units
 * directly below it (the city's districts, a district's schools). Each family of measures is ONE
 * statement whatever the number of schools, staff or years (count … filter (where …) grouped by
 * unit and year), in its own file: measures/staff.ts (名册), measures/reports.ts (年报),
 * measures/inputs.ts (在校生与区级/市级填报), measures/registers.ts (登记册).
 * Ratios are ratios of sums: a district's A08 is its qualifying teachers over its teachers,
 * never the mean of its schools' percentages.
 *
 * This module is what the families share: the Measurement shape, the SQL of the schools and
 * districts of a unit per year, which family measures each target, and the row helpers.
 */
import {
  getTarget,
  ORG_LEVEL_LABELS,
  type OrgLevel,
  populationOfTarget,
  type Ratio,
  ratio,
  type SchoolType,
  type TargetId,
} from "@edu2035/domain";
import { type SQL, sql } from "drizzle-orm";
import type { ResolvedUnit } from "../../authz/access.ts";
import { codesSql } from "../../lib/population.ts";

/** What a measure yields for one unit and school year. */
export interface Measurement {
  /** In the target's unit (percent for ratios and coverage, a count for counts); null when not computable. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  /**
   * Units whose data went into the value (the coverage's 已报, @edu2035/domain coverage.ts), the
   * same meaning in every family: the schools of the kinds the target concerns (domain
   * schoolTypesOfTarget), open at the year's 统计时点, with a roster holding at least one active
   * row (staff measures) or a counted report (approved; submitted too with includeSubmitted);
   * the districts that reported a district figure (coverageUnits 个区); 1 for a figure the city
   * reports or a register the city keeps once reported (an entry in the year, or confirmed empty).
   */
  unitsIncluded: number;
  /** Units expected to report that did not (应报 − 已报). */
  unitsMissing: number;
  /** What the counted units are, for the coverage label: 所学校 when absent, 个区, 个教研室 … */
  coverageUnits?: string;
  /** Why there is no value (Chinese), when value is null. */
  reason: string | null;
}

/** Coverage units of a figure each district reports (区级填报). */
export const DISTRICTS = "个区";
/** Coverage units of a figure the city reports itself (市级填报): 1/1 when reported, 0/1 when not. */
export const CITY_FIGURES = "项市级填报数据";
/**
 * Coverage units of a register the city keeps (登记册): 1/1 when the register of the year is
 * reported (an entry counted in the year, or 确认本年度无此类事项), 0/1 when not (measures/registers.ts).
 */
export const REGISTERS = "份登记册";

/**
 * The school types a target's measure counts: its population's (domain population.ts). For a
 * school-level target it is also its displayed 适用学校类别 (applicability.ts derives from it);
 * for a district or city figure (A01 幼儿园, A05 高中阶段学校, A06 高职) the types whose reports
 * it counts, named even where the target is not measured at school level.
 * @throws Error when the target's population counts no school's figures (a programming error).
 */
export const typesOf = (id: TargetId): readonly SchoolType[] => {
  const types = populationOfTarget(id).schoolTypes;
  if (!types) throw new Error(`${id}: its population counts no school's figures`);
  return types;
};

/** "('primary', 'junior_secondary')": a list literal of school types. */
export const typeList = (types: readonly SchoolType[]) => sql.raw(codesSql(types));

/** Whether to measure the unit as a whole or each unit directly below it. */
export type Breakdown = "self" | "children";

/** How to measure. */
export interface MeasureOptions {
  /**
   * Count submitted (已提交) reports as well as approved (已审核) ones in the report-based
   * measures (reports, and the enrolment of the inputs family): a preview of the figures before
   * the districts finish reviewing. Default false: approved reports only.
   */
  includeSubmitted?: boolean;
  /**
   * The schools below a district to measure when broken down by them (a page of the 指标总览,
   * by id): the SQL reads only their rows. Default: all of them.
   */
  childIds?: readonly string[];
}

/** SQL predicate on a school_reports alias: the reports that count under `options`. */
export function countedReports(alias: string, options: MeasureOptions): SQL {
  return sql.raw(
    options.includeSubmitted
      ? `${alias}.status in ('approved', 'submitted')`
      : `${alias}.status = 'approved'`,
  );
}

/**
 * SQL (a subquery, to alias) of the reports that count under `options` in `years`, each with its
 * grade sums kept on write (年报汇总 school_report_summary: kg_students, upper_students,
 * higher_students, students, large_classes; null when it has no grades). Planned on its own
 * (`offset 0`): joined after the schools of each year, whose join with the reports PostgreSQL
 * estimates at a few thousand rows, the summary was read by 57,660 index probes at 10,000 schools.
 */
export function countedReportsWithSums(years: readonly number[], options: MeasureOptions): SQL {
  return sql`(select rep.*, g.kg_students, g.upper_students, g.higher_students, g.students, g.large_classes
    from school_reports rep left join school_report_summary g on g.report_id = rep.id
    where ${countedReports("rep", options)} and rep.school_year = any(${yearArray(years)}) offset 0)`;
}

/** The key of the unit as a whole in a measurement map. */
export const SELF = "self";

/** Measurements by unit key (SELF, or a district/school id) and school year. */
export type Measurements = Map<string, Map<number, Map<string, Measurement>>>;

/**
 * SQL keeping schools inside a resolved unit; a district broken down by its schools, only those
 * of `childIds` when given (the page asked for).
 */
function schoolsOfUnit(unit: ResolvedUnit, breakdown: Breakdown, childIds?: readonly string[]): SQL {
  if (unit.level === "city") return sql`true`;
  if (unit.level === "district") {
    if (breakdown !== "children" || !childIds) return sql`s.district_id = ${unit.id}`;
    if (childIds.length === 0) return sql`false`;
    return sql`s.district_id = ${unit.id} and s.id in (${sql.join(
      childIds.map((id) => sql`${id}`),
      sql`, `,
    )})`;
  }
  return sql`s.id = ${unit.id}`;
}

/**
 * SQL (a subquery) of the schools of a unit in each school year: one row per school and year
 * in which the school was open at the year's 统计时点 (1 September; SQL school_open_in, the one
 * definition), with columns id, type, `extra` (e.g. ", s.ownership"), grp (the group key) and y.
 * A per-year figure joins its facts on (id, y), so it counts exactly the schools of that year.
 */
export function schoolsInYears(
  unit: ResolvedUnit,
  breakdown: Breakdown,
  years: readonly number[],
  extra = "",
  options: MeasureOptions = {},
): SQL {
  return sql`select s.id, s.type${sql.raw(extra)}, ${groupKey(unit, breakdown)} as grp, y
    from schools s cross join unnest(${yearArray(years)}) as y
    where school_open_in(s.opened_on, s.closed_on, y) and ${schoolsOfUnit(unit, breakdown, options.childIds)}`;
}

/** SQL of the group key of a school: the unit itself, or the child unit it lies in. */
function groupKey(unit: ResolvedUnit, breakdown: Breakdown): SQL {
  if (breakdown === "self" || unit.level === "school") return sql.raw(`'${SELF}'`);
  return unit.level === "city" ? sql`s.district_id::text` : sql`s.id::text`;
}

/** A validated list of years as an SQL array literal (years are checked integers). */
export function yearArray(years: readonly number[]): SQL {
  for (const y of years) if (!Number.isInteger(y)) throw new RangeError(`bad school year ${y}`);
  return sql.raw(`array[${[...new Set(years)].join(", ")}]::smallint[]`);
}

/** Put a measurement into the map under unit key and year. */
export function put(out: Measurements, key: string, year: number, id: string, m: Measurement) {
  const byYear = out.get(key) ?? new Map<number, Map<string, Measurement>>();
  out.set(key, byYear);
  const byId = byYear.get(year) ?? new Map<string, Measurement>();
  byYear.set(year, byId);
  byId.set(id, m);
}

/**
 * Which family of statements measures each target of groups A and B. C1–C7 belong to the
 * 优质均衡 assessment (modules/balance), not to this map.
 * - staff: the 三支队伍 roster; reports: approved school annual reports;
 * - inputs: enrolment (approved reports) with the district and city inputs (区级/市级填报);
 * - registers: register entries (登记册), see @edu2035/domain REGISTER_KIND_INFO.
 */
export type MeasureFamily = "staff" | "reports" | "inputs" | "registers";
export const TARGET_FAMILY: Readonly<Partial<Record<TargetId, MeasureFamily>>> = {
  A01: "inputs",
  A02: "inputs",
  A03: "inputs",
  A04: "registers",
  A05: "inputs",
  A06: "inputs",
  A07: "staff",
  A08: "staff",
  A09: "staff",
  A10: "inputs",
  B01: "inputs",
  B02: "registers",
  B03: "registers",
  B04: "inputs",
  B05: "inputs",
  B06: "reports",
  B07: "reports",
  B08: "staff",
  B09: "reports",
  B10: "reports",
  B11: "reports",
  B12: "reports",
  B13: "reports",
  B14: "reports",
  B15: "reports",
  B16: "registers",
  B17: "reports",
  B18: "registers",
  B19: "reports",
  B20: "registers",
  B21: "registers",
  B22: "registers",
  B23: "registers",
  B24: "registers",
  B25: "registers",
  B26: "registers",
  B27: "registers",
  B28: "registers",
  B29: "registers",
  B30: "inputs",
  B31: "inputs",
  B32: "inputs",
  B33: "staff",
  B34: "staff",
  B35: "staff",
  B36: "registers",
  B37: "reports",
  B38: "registers",
  B39: "inputs",
  B40: "inputs",
  B41: "inputs",
  B42: "inputs",
  B43: "staff",
};

/** The org level of the units a measure call yields values for. */
export function measuredLevel(unit: ResolvedUnit, breakdown: Breakdown): OrgLevel {
  if (breakdown === "self" || unit.level === "school") return unit.level;
  return unit.level === "city" ? "district" : "school";
}

/**
 * A target asked for at a level the plan does not measure it at: no value, and the reason
 * names the levels it is measured at (e.g. "A06 仅在市级统计").
 */
export function notAtLevel(id: TargetId): Measurement {
  const t = getTarget(id);
  const levels = (["city", "district", "school"] as const).filter((l) => t.levels.includes(l));
  return noValue(`${id} 仅在${levels.map((l) => ORG_LEVEL_LABELS[l]).join("、")}统计`);
}

/** A measurement with no value and nothing counted, only the reason why (Chinese). */
export function noValue(reason: string): Measurement {
  return {
    value: null,
    numerator: null,
    denominator: null,
    numeratorLabel: null,
    denominatorLabel: null,
    unitsIncluded: 0,
    unitsMissing: 0,
    reason,
  };
}

/** Districts inside a unit (grouped like the schools by {@link groupKey}), as SQL over `d`. */
export function districtsOfUnit(unit: ResolvedUnit): SQL {
  if (unit.level === "city") return sql`true`;
  if (unit.level === "district") return sql`d.id = ${unit.id}`;
  return sql`false`;
}
/** SQL of the group key of a district column: the unit itself, or the district (the city broken down). */
export function districtGroupKey(unit: ResolvedUnit, breakdown: Breakdown, column: string): SQL {
  if (breakdown === "self" || unit.level !== "city") return sql.raw(`'${SELF}'`);
  return sql.raw(`${column}::text`);
}

/** A ratio of sums with its labels and coverage (see {@link ratioMeasurement}). */
export interface RatioSpec {
  numerator: number | null;
  denominator: number | null;
  numeratorLabel: string;
  denominatorLabel: string;
  unitsIncluded: number;
  unitsMissing: number;
  /** Coverage units (Measurement.coverageUnits): 所学校 when absent. */
  coverageUnits?: string;
  /** Why there is no value, when something is missing (checked before the arithmetic). */
  missing?: string | null;
  /**
   * The domain function that turns the sums into the value (@edu2035/domain ratio.ts): `ratio`
   * (percent, the default), `per100kPopulation` (A06), `perStudent` (B40), `tenThousandYuan` (B39).
   */
  of?: (numerator: number, denominator: number) => Ratio;
}

/**
 * A ratio of sums as a Measurement, its value computed by the domain (`r.of`, default `ratio`):
 * null with a reason (Chinese) when an input is missing, negative or the denominator is 0.
 */
export function ratioMeasurement(r: RatioSpec): Measurement {
  let reason: string | null = r.missing ?? null;
  if (!reason && (r.numerator === null || r.denominator === null)) reason = "缺少计算所需数据";
  if (!reason && (r.numerator! < 0 || r.denominator! < 0)) reason = "计算所需数据为负数，无法计算";
  if (!reason && !(r.denominator! > 0)) reason = `${r.denominatorLabel}为0，无法计算`;
  return {
    value: reason ? null : (r.of ?? ratio)(r.numerator!, r.denominator!).value,
    numerator: r.numerator,
    denominator: r.denominator,
    numeratorLabel: r.numeratorLabel,
    denominatorLabel: r.denominatorLabel,
    unitsIncluded: r.unitsIncluded,
    unitsMissing: r.unitsMissing,
    ...(r.coverageUnits ? { coverageUnits: r.coverageUnits } : {}),
    reason,
  };
}

/** The row helpers (lib/rows.ts), re-exported for the modules that import them from here. */
export { num, numOrNull, toRows } from "../../lib/rows.ts";
