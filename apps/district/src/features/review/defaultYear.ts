import { FIRST_SCHOOL_YEAR } from "@edu2035/domain";

/**
 * The school year 年报审核 opens on — one rule, worked out from the link, the calendar and whether
 * the city has opened the current year's 填报, never from the list of years with data:
 * 1. the year a link names (待办 去处理: #/review?schoolYear=2025), when the page offers it
 *    (FIRST_SCHOOL_YEAR 2020 … the current school year);
 * 2. else the current school year (Beijing time, 统计时点 1 September) once its 填报 is open (the city
 *    has set its reporting period, 报送截止时间): the year schools fill in on 年报填报 and the 待办
 *    names;
 * 3. else (the city has not opened the new year yet, e.g. early in September) the year before it,
 *    whose reports are the ones under review.
 * The page used to open on the newest year "with data" (schoolYears: rosters or reports): that list
 * grows when any school carries its roster over, and is cached, so the page opened on 2025 one
 * day and on 2026 the next.
 * @param linked the link's schoolYear parameter (undefined without one).
 * @param current the current school year (currentSchoolYear()).
 * @param currentPeriodSet whether the current year has a reporting period; undefined while unknown.
 * @returns the start year, e.g. 2026 for 2026—2027学年; undefined while the period is not known yet
 *   (and no link names a year).
 */
export function defaultReviewYear(
  linked: number | undefined,
  current: number,
  currentPeriodSet: boolean | undefined,
): number | undefined {
  if (linked !== undefined && linked >= FIRST_SCHOOL_YEAR && linked <= current) return linked;
  if (currentPeriodSet === undefined) return undefined;
  return currentPeriodSet || current <= FIRST_SCHOOL_YEAR ? current : current - 1;
}
