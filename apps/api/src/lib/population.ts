/**
 * A target's population (统计对象, @edu2035/domain population.ts) as the SQL conditions the
 * measures filter on: the one description, so that no measure writes its own role, 专任, subject
 * or 学段 filter (indicator measures, the 优质均衡 C1–C3 counts, B16 教研员).
 */
import {
  BALANCE_QUALIFIED_EDUCATION,
  type BalanceStage,
  populationOfTarget,
  type TargetId,
} from "@edu2035/domain";

/** "('primary', 'junior_secondary')": an SQL list literal of domain codes (fixed identifiers, never input). */
export function codesSql(codes: readonly string[]): string {
  for (const c of codes) if (!/^[a-z_0-9]+$/.test(c)) throw new Error(`not a domain code: ${c}`);
  return `(${codes.map((c) => `'${c}'`).join(", ")})`;
}

/**
 * SQL: the `staff` row (under `alias`, or unqualified) is in the target's staff population: its
 * roles, 专任 (full_time) where the population says so, its subjects (A09 专业课, B08 体育, C3
 * 体音美) and 任教学段 (A08/B43 小学、初中); with `withTypes`, at a school of the population's
 * types (a column `type` of the school must be in scope).
 * @throws Error when the target's population counts no staff.
 */
export function staffPopulationSql(id: TargetId, alias = "", withTypes = true): string {
  const p = populationOfTarget(id);
  if (!p.staff) throw new Error(`${id}: no staff population in the domain`);
  const c = (column: string) => (alias ? `${alias}.${column}` : column);
  const parts = [`${c("role")} in ${codesSql(p.staff.roles)}`];
  if (p.staff.fullTimeOnly) parts.push(c("full_time"));
  if (p.staff.subjects) parts.push(`${c("subject")} in ${codesSql(p.staff.subjects)}`);
  if (p.staff.stages) parts.push(`${c("stage")} in ${codesSql(p.staff.stages)}`);
  if (withTypes && p.schoolTypes) parts.push(`type in ${codesSql(p.schoolTypes)}`);
  return `(${parts.join(" and ")})`;
}

/** The 优质均衡 teacher counts (C1–C3) of a stage. */
export type BalanceTeacherCount = "C1" | "C2" | "C3";

/**
 * SQL: the `staff` row (under `alias`, or unqualified) counts in a 优质均衡 teacher count of the
 * stage (教督〔2017〕6号 第七条): C1–C3's population (domain population.ts: 专任教师) teaching the
 * stage (任教学段 = the stage), and for C1 above the required degree (domain
 * BALANCE_QUALIFIED_EDUCATION: 专科+ 小学, 本科+ 初中), for C2 a backbone teacher of county level
 * or above (骨干 level other than none; 区级 is county level), for C3 of C3's subjects (体育、音乐、
 * 美术). The 统计时点 rule is the caller's.
 */
export function balanceTeachersSql(id: BalanceTeacherCount, stage: BalanceStage, alias = ""): string {
  const c = (column: string) => (alias ? `${alias}.${column}` : column);
  const teaching = `${staffPopulationSql("C1", alias, false)} and ${c("stage")} = '${stage}'`;
  if (id === "C1")
    return `(${teaching} and ${c("education")} in ${codesSql(BALANCE_QUALIFIED_EDUCATION[stage])})`;
  if (id === "C2") return `(${teaching} and ${c("backbone_level")} <> 'none')`;
  return `(${teaching} and ${staffPopulationSql("C3", alias, false)})`;
}
