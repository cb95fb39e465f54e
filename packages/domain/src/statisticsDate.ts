/**
 * The statistics date (统计时点) of a school year and who is on the roster at it (在册). Written
 * once here: as a TypeScript predicate (forms, tables) and as the SQL condition every roster
 * figure of the API filters on, so a year's figures and what the apps show cannot differ.
 *
 * Source: 教育事业统计 counts the staff on the roster at the 统计时点, 1 September of the school
 * year's start year (the year's 专任教师数 of the 年报 is "as at 1 September" too); issue 16.
 * A teacher who leaves (调出/退休) on 20 October 2025 still counts in 2025—2026; one who joins
 * (入职/调入) on 15 October 2025 counts from 2026—2027; one who retires on 1 September exactly is
 * no longer on the roster at that 统计时点.
 */
import { censusDate } from "./schoolYear.ts";
import type { StaffStatus } from "./staff.ts";

/**
 * The sentence every roster-based target's 统计口径 includes (population.ts statements and the
 * targets' measuredFrom), so the apps state the date the population is counted at.
 */
export const ROSTER_STATISTICS_DATE_STATEMENT = "按统计时点（当年9月1日）在册人员计";

/** The dates of a roster row (one person in one school year) that decide whether it counts. */
export interface RosterDates {
  /** Start year of the row's school year (2025 for 2025—2026学年). */
  schoolYear: number;
  status: StaffStatus;
  /** 入职/调入日期, ISO date; null = on the roster since before the year's 统计时点. */
  startedOn: string | null;
  /** 调出/退休日期, ISO date; null while on duty (在岗). */
  leftOn: string | null;
}

/**
 * Whether a roster row counts in its school year's figures (在册 at 统计时点 1 September Y):
 * joined on or before Y-09-01 (or no date: before), not left on or before Y-09-01, and either on
 * duty or left with a date (a row marked 调出/退休 without a date is not counted, as its date is
 * unknown).
 */
export function onRosterAtStatisticsDate(row: RosterDates): boolean {
  const d = censusDate(row.schoolYear);
  return (
    (row.startedOn === null || row.startedOn <= d) &&
    (row.leftOn === null || row.leftOn > d) &&
    (row.status === "active" || row.leftOn !== null)
  );
}

const ALIAS_RE = /^[a-z_][a-z0-9_]*$/;

/**
 * The same rule as SQL over the `staff` table under `alias` (its columns school_year, status,
 * started_on, left_on; the year is the row's own school_year), for the API's roster figures:
 * `where ${sql.raw(onRosterAtStatisticsDateSql("f"))}`. Parenthesized, so it can be and-ed.
 * @param alias a table alias or name written in the code (lower-case letters, digits, _), never input.
 * @throws Error for an alias that is not a plain identifier.
 */
export function onRosterAtStatisticsDateSql(alias: string): string {
  if (!ALIAS_RE.test(alias)) throw new Error(`not a table alias: ${alias}`);
  const c = (column: string) => `${alias}.${column}`;
  const d = `make_date(cast(${c("school_year")} as integer), 9, 1)`;
  return (
    `((${c("started_on")} is null or ${c("started_on")} <= ${d})` +
    ` and (${c("left_on")} is null or ${c("left_on")} > ${d})` +
    ` and (${c("status")} = 'active' or ${c("left_on")} is not null))`
  );
}
