/**
 * School years (学年). A school year is identified by the calendar year it starts in:
 * 2020 stands for 2020—2021学年, whose statistics are taken at 统计时点 1 September 2020.
 * The plan's milestone "2025" is read as the 2025—2026 school year, and its 2020
 * baseline (现状) as 2020—2021.
 */

/** The first school year the platform holds data for (the plan's baseline year). */
export const FIRST_SCHOOL_YEAR = 2020;

/** "2020—2021学年" for 2020. */
export function schoolYearLabel(startYear: number): string {
  return `${startYear}—${startYear + 1}学年`;
}

/** Short form "2020—2021" for tables and charts. */
export function schoolYearShort(startYear: number): string {
  return `${startYear}—${startYear + 1}`;
}

/** The statistics date (统计时点) of a school year: 1 September of its start year, ISO "YYYY-09-01". */
export function censusDate(startYear: number): string {
  return `${startYear}-09-01`;
}

/**
 * The school year a date falls in: from 1 September a new school year starts.
 * @param date any Date; read in UTC+8 (Beijing time) as the bureaus do.
 */
export function schoolYearOf(date: Date): number {
  const beijing = new Date(date.getTime() + 8 * 3600_000);
  const y = beijing.getUTCFullYear();
  return beijing.getUTCMonth() >= 8 ? y : y - 1;
}

/** Age in whole years at the school year's 统计时点 (1 September), from a birth date "YYYY-MM-DD". */
export function ageAtCensus(birthDate: string, startYear: number): number {
  // by position, no array made (a 花名册 import asks for every row)
  const y = Number(birthDate.slice(0, 4));
  const m = Number(birthDate.slice(5, 7));
  const d = Number(birthDate.slice(8, 10));
  let age = startYear - y;
  if (m > 9 || (m === 9 && d > 1)) age -= 1;
  return age;
}
