/**
 * The city's own figures of the additive families from its districts' rows: one statement per
 * family for the city dashboard's two breakdowns (the city and its districts) instead of two,
 * half the summary rows read at any size.
 *
 * Additive: every column of a row of the roster family (名册, staff.ts) and of the annual-report
 * family (年报, reports.ts) is a sum or a count over the schools of the row's unit key and year
 * (Σ of summary columns, counts of schools or reports, the schools expected: the key's one
 * `tot` row), and every school lies in exactly one district, so the city's row of a year is the
 * sum of its districts' rows of that year, column by column. The inputs family is not additive
 * (the city's own 市级填报 figures, A05/A06 measured at the city only) and the registers family
 * is a few rows: both keep their own statement per breakdown.
 */
import type { ResolvedUnit, ScopedAccess } from "../../../authz/access.ts";
import { num } from "../../../lib/rows.ts";
import {
  type Breakdown,
  type MeasureFamily,
  type Measurements,
  type MeasureOptions,
  SELF,
} from "../measures.ts";
import { reportsMeasurements, reportsRows } from "./reports.ts";
import { staffMeasurements, staffRows } from "./staff.ts";

/** A row of a family's statement: `grp` (unit key), `y` (school year) and its sums and counts. */
export type Row = Record<string, unknown>;

/** The additive families: their statement (rows) and how rows become measurements. */
const ADDITIVE: Partial<
  Record<
    MeasureFamily,
    {
      rows: (
        access: ScopedAccess,
        unit: ResolvedUnit,
        years: readonly number[],
        breakdown: Breakdown,
        options: MeasureOptions,
      ) => Promise<Row[]>;
      measurements: (rows: readonly Row[]) => Measurements;
    }
  >
> = {
  staff: { rows: staffRows, measurements: staffMeasurements },
  reports: { rows: reportsRows, measurements: reportsMeasurements },
};

/**
 * The city's rows (unit key SELF), one per year: the column-wise sums of its districts' rows of
 * that year (grp a district id). Absent and null columns count 0 (the statements coalesce them).
 */
export function cityRows(districtRows: readonly Row[]): Row[] {
  const byYear = new Map<number, Row>();
  for (const r of districtRows) {
    const y = num(r.y);
    let sum = byYear.get(y);
    if (!sum) {
      sum = { grp: SELF, y };
      byYear.set(y, sum);
    }
    for (const [k, v] of Object.entries(r)) if (k !== "grp" && k !== "y") sum[k] = num(sum[k]) + num(v);
  }
  return [...byYear.values()];
}

/**
 * A per-request source of the city's additive families: their districts' statement run once per
 * family, years and options, whichever breakdown asks first; a city's own measurements summed
 * from it (cityRows). Never kept beyond the request (a new one per dashboard).
 * @returns null for a family that is not additive or a unit that is not the city: measure it
 *   with its own statement.
 */
export function cityRollup(access: ScopedAccess, unit: ResolvedUnit) {
  const statements = new Map<string, Promise<Row[]>>();
  return (
    family: MeasureFamily,
    years: readonly number[],
    breakdown: Breakdown,
    options: MeasureOptions,
  ): Promise<Measurements> | null => {
    const source = ADDITIVE[family];
    if (!source || unit.level !== "city") return null;
    const key = `${family}:${years.join(",")}:${options.includeSubmitted ? 1 : 0}`;
    let rows = statements.get(key);
    if (!rows) {
      rows = source.rows(access, unit, years, "children", options);
      statements.set(key, rows);
    }
    return rows.then((r) => source.measurements(breakdown === "self" ? cityRows(r) : r));
  };
}

/** The type of a {@link cityRollup} source. */
export type CityRollup = ReturnType<typeof cityRollup>;
