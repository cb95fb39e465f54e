/**
 * The roster counts the 达标方案 needs beyond the 优质均衡 assessment's C1–C3 (issue 13), per
 * school of a district and stage, in ONE statement, with the assessment's population (the
 * domain's C1 staff population: active full-time 专任教师 on the roster at the year's 统计时点,
 * 1 September; its 任教学段):
 * - `teachers`: every such teacher of the stage (骨干 or not): `teachers − C2` bounds
 *   认定县级骨干教师 at the school;
 * - `bachelor`: those with 本科 or above (the 初中 rule of 高于规定学历, domain
 *   BALANCE_QUALIFIED_EDUCATION.junior_secondary): a 九年一贯制 school's 小学部 teachers who would
 *   count in 初中's C1 if moved to its 初中部 (校内调整).
 */
import {
  BALANCE_QUALIFIED_EDUCATION,
  BALANCE_STAGES,
  type BalanceStage,
  onRosterAtStatisticsDateSql,
} from "@edu2035/domain";
import { sql } from "drizzle-orm";
import type { ScopedAccess } from "../../authz/access.ts";
import { codesSql, staffPopulationSql } from "../../lib/population.ts";
import { num, toRows } from "../../lib/rows.ts";

/** One school's counts per stage. */
export type StageRosterCounts = Record<BalanceStage, { teachers: number; bachelor: number }>;

/**
 * The counts of every school of the district with roster rows in the year (a school without
 * any is absent: no roster, no counts). The caller has authorized the district (`targets.read`).
 */
export async function stageRosterCounts(
  access: ScopedAccess,
  districtId: string,
  schoolYear: number,
): Promise<Map<string, StageRosterCounts>> {
  const base = `${staffPopulationSql("C1", "f", false)} and ${onRosterAtStatisticsDateSql("f")}`;
  const bachelor = `f.education in ${codesSql(BALANCE_QUALIFIED_EDUCATION.junior_secondary)}`;
  const rows = toRows(
    await access.readDb.execute(sql`
      select f.school_id,
        count(*) filter (where ${sql.raw(`${base} and f.stage = 'primary'`)}) as p_teachers,
        count(*) filter (where ${sql.raw(`${base} and f.stage = 'primary' and ${bachelor}`)}) as p_bachelor,
        count(*) filter (where ${sql.raw(`${base} and f.stage = 'junior_secondary'`)}) as j_teachers,
        count(*) filter (where ${sql.raw(`${base} and f.stage = 'junior_secondary' and ${bachelor}`)}) as j_bachelor
      from staff f join schools s on s.id = f.school_id
      where f.school_year = ${schoolYear} and s.district_id = ${districtId}
      group by f.school_id`),
  );
  const out = new Map<string, StageRosterCounts>();
  for (const r of rows) {
    const counts = {} as StageRosterCounts;
    for (const stage of BALANCE_STAGES) {
      const p = stage === "primary" ? "p" : "j";
      counts[stage] = { teachers: num(r[`${p}_teachers`]), bachelor: num(r[`${p}_bachelor`]) };
    }
    out.set(String(r.school_id), counts);
  }
  return out;
}
