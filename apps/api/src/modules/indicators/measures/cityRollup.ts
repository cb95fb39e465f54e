/**
 * The city's own figures of the additive families from its districts' rows: one statement per
 * family for the city dashboard's two breakdowns (the city and its districts) instead of two,
 * half the summary rows read at any size.
 *
 * Additive: every column of a row of the roster family (名册, staff.ts) and of the annual-report
 * family (年报, reports.ts) is a sum or a count over the schools of the row's unit key and year
 * (Σ of summary columns, counts of schools or reports, the schools expected: the key's one
 * `tot` row), and every school lies in exactly one district, so the city's row of a year is the
 * sum of its districts' rows of that year, column by column. So is the inputs family's (enrolment
 * and school counts from the reports, district inputs summed over the districts, each district
 * counted once), except its city figures (市级填报, the same in every row of a year: taken, not
 * summed); its measurements depend on the level (A05/A06, A10, B30 at the city only). A sum of
 * no rows is null in SQL (a district without inputs, a unit without reports): the sums here are
 * null when every district's is null, as the city's own statement gives. The registers family
 * is a few rows per district: it keeps its own statement per breakdown.
 */
import type { OrgLevel } from "@edu2035/domain";
import type { ResolvedUnit, ScopedAccess } from "../../../authz/access.ts";
import { num } from "../../../lib/rows.ts";
import {
  type Breakdown,
  type MeasureFamily,
  type Measurements,
  type MeasureOptions,
  measuredLevel,
  SELF,
} from "../measures.ts";
import { CITY_INPUT_COLUMNS, inputsMeasurements, inputsRows } from "./inputs.ts";
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
      measurements: (rows: readonly Row[], level: OrgLevel) => Measurements;
      /** Columns the same in every row of a year (taken from the first, not summed). */
      perYear?: readonly string[];
    }
  >
> = {
  staff: { rows: staffRows, measurements: staffMeasurements },
  reports: { rows: reportsRows, measurements: reportsMeasurements },
  inputs: { rows: inputsRows, measurements: inputsMeasurements, perYear: CITY_INPUT_COLUMNS },
};

/**
 * The city's rows (unit key SELF), one per year: the column-wise sums of its districts' rows of
 * that year (grp a district id) as SQL's sum over all their schools would give them (null when
 * every district's is null, nulls skipped otherwise); the `perYear` columns taken as they are.
 */
export function cityRows(districtRows: readonly Row[], perYear: readonly string[] = []): Row[] {
  const byYear = new Map<number, Row>();
  // decimals of each column's values (numeric columns, e.g. 家庭教育指导次数 per family: 10.6):
  // a sum is rounded to them, exactly what PostgreSQL's numeric sum gives (0.1 + 0.2 → 0.3)
  const decimals = new Map<string, number>();
  for (const r of districtRows) {
    const y = num(r.y);
    let sum = byYear.get(y);
    if (!sum) {
      sum = { ...r, grp: SELF, y };
      for (const k of Object.keys(r)) if (k !== "grp" && k !== "y" && !perYear.includes(k)) sum[k] = null;
      byYear.set(y, sum);
    }
    for (const [k, v] of Object.entries(r)) {
      if (k === "grp" || k === "y" || perYear.includes(k) || v === null || v === undefined) continue;
      sum[k] = num(sum[k]) + num(v);
      const d = String(v).split(".")[1]?.length ?? 0;
      if (d > (decimals.get(k) ?? 0)) decimals.set(k, d);
    }
  }
  for (const sum of byYear.values())
    for (const [k, d] of decimals) if (sum[k] !== null) sum[k] = Number(num(sum[k]).toFixed(d));
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
    const level = measuredLevel(unit, breakdown);
    return rows.then((r) =>
      source.measurements(breakdown === "self" ? cityRows(r, source.perYear) : r, level),
    );
  };
}

/** The type of a {@link cityRollup} source. */
export type CityRollup = ReturnType<typeof cityRollup>;
