/**
 * The roster at a school year's 统计时点 (在册 at 1 September) as a drizzle SQL condition: the
 * domain's one rule (@edu2035/domain statisticsDate.ts onRosterAtStatisticsDateSql), used by every
 * roster figure of a year (indicator measures, 优质均衡 C1–C3, 三支队伍, the 年报 review's
 * 专任教师数 comparison) so that none counts "active now" instead.
 */
import { onRosterAtStatisticsDateSql } from "@edu2035/domain";
import { type SQL, sql } from "drizzle-orm";

/**
 * SQL: the `staff` row under `alias` (default the table's own name, as drizzle's `.from(staff)`
 * writes it) was on the roster at its school year's 统计时点.
 */
export function onRosterAtStatisticsDate(alias = "staff"): SQL<boolean> {
  return sql.raw(onRosterAtStatisticsDateSql(alias)) as SQL<boolean>;
}
