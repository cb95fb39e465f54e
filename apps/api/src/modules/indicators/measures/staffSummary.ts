/**
 * The roster summary (名册汇总, table `staff_school_year_summary`, issue 15): what each of its
 * counts is, as SQL over a `staff` row `f` (with its school's `type` in scope), and everything
 * generated from that one description:
 * - the trigger functions that keep the summary in the same transaction as every roster write
 *   ({@link staffSummaryFunctions}; installed by migration 0015);
 * - the full recomputation from `staff` that the consistency check compares the summary with and
 *   that a repair writes ({@link checkStaffSummary}, {@link rebuildStaffSummary}; `pnpm admin
 *   check-summaries [--repair]`).
 *
 * Why triggers, and why their SQL sits in a migration: every roster write path (staff mutations,
 * 身份 changes, Excel import, 名册结转, org merges and closures, fixtures, the demo loader in
 * packages/db, 补录) writes `staff` with SQL, several of them outside the API, so only the
 * database can maintain the summary without any path being able to forget it. They are
 * statement-level with transition tables (one aggregate per statement, not per row: a bulk
 * insert of 100,000 rows costs one grouped insert), and they add per-(school, year) deltas with
 * `insert … on conflict do update set x = x + excluded.x`, which commute, so concurrent writers
 * never lose an update. The population predicates come from the domain (population.ts through
 * lib/population.ts; the 统计时点 rule statisticsDate.ts) and are generated here; the migration
 * holds the text generated when it was written, because the migrate paths (dev start, tests'
 * global setup, `pnpm admin`, the benchmarks …) run in packages/db, which cannot import the
 * API. A change of a population in the domain therefore needs a new migration with the
 * regenerated functions and a rebuild: staffSummary.test.ts fails until then (it compares the
 * installed function text with {@link staffSummaryFunctions}), and `check-summaries` reports it
 * on a live database (its `--repair` installs the current text and rebuilds the rows).
 */
import { type Db, staffSchoolYearSummary } from "@edu2035/db";
import { onRosterAtStatisticsDateSql } from "@edu2035/domain";
import { getTableColumns } from "drizzle-orm";
import { balanceTeachersSql, staffPopulationSql } from "../../../lib/population.ts";
import { checkSummary, rebuildSummary, type SummaryTable } from "../../../lib/summaryCheck.ts";
import {
  applyDeltasFunction,
  emptySummaryFunction,
  type SummaryFunction,
  summaryFunctionsSql,
} from "../../../lib/summaryTriggers.ts";

/** A count column of the summary (every column but the key). */
export type StaffSummaryCount = Exclude<
  keyof typeof staffSchoolYearSummary.$inferSelect,
  "schoolId" | "schoolYear"
>;

/**
 * One count of the summary over the roster rows `f` of a school and year that were on the roster
 * at the year's 统计时点 (all the year's rows with `anyDate`): the rows where `where` holds are
 * counted (or `summed` is summed).
 */
interface SummaryCount {
  /** SQL predicate over `f` (a staff row) and `type` (its school's type). */
  where: string;
  /** SQL integer expression over `f` summed instead of counting the rows. */
  summed?: string;
  /** Count the year's rows whether or not on the roster at the 统计时点. */
  anyDate?: boolean;
}

const population = (id: Parameters<typeof staffPopulationSql>[0]) => staffPopulationSql(id, "f");
/** 本科及以上学历 (A08 and B33 numerators). */
const BACHELOR_OR_ABOVE = "f.education in ('postgraduate', 'bachelor')";

/**
 * What each count of the summary is. Sources: A07/A08/A09 the plan's indicator table; B33
 * 三(六)1; B34/B35 三(六)2; B08 三(一)3 (配齐体育专职教师); B43 三(六)2 with 教师〔2011〕1号 (360
 * hours per five-year cycle; the roster row of a year holds the hours of that year's cycle).
 * The denominators are the targets' staff populations (domain population.ts). 优质均衡 C1–C3
 * (教督〔2017〕6号 第七条) per stage, as the assessment counts them (lib/population.ts
 * balanceTeachersSql), and the year's rows at any date (its "no roster": no row at all).
 */
export const STAFF_SUMMARY_COUNTS: Readonly<Record<StaffSummaryCount, SummaryCount>> = {
  rosterRows: { where: "true" },
  a07Denominator: { where: population("A07") },
  a07Numerator: {
    where: `${population("A07")} and (f.preschool_major or f.teacher_certificate = 'kindergarten')`,
  },
  a08Denominator: { where: population("A08") },
  a08Numerator: { where: `${population("A08")} and ${BACHELOR_OR_ABOVE}` },
  // 专任 only (教育事业统计: 专任教师 → 专业课教师 → 其中双师型; 兼职、外聘 apart)
  a09Denominator: { where: population("A09") },
  a09Numerator: { where: `${population("A09")} and f.dual_qualified` },
  b33Denominator: { where: population("B33") },
  b33Numerator: { where: `${population("B33")} and ${BACHELOR_OR_ABOVE}` },
  b34Denominator: { where: population("B34") },
  b34Numerator: { where: `${population("B34")} and f.mental_health_trained` },
  b35Denominator: { where: population("B35") },
  b35Numerator: { where: `${population("B35")} and f.counselling_certificate` },
  b08PeTeachers: { where: population("B08") },
  b43Teachers: { where: population("B43") },
  b43Hours: { where: population("B43"), summed: "f.training_hours" },
  yearRows: { where: "true", anyDate: true },
  c1Primary: { where: balanceTeachersSql("C1", "primary", "f") },
  c2Primary: { where: balanceTeachersSql("C2", "primary", "f") },
  c3Primary: { where: balanceTeachersSql("C3", "primary", "f") },
  c1Junior: { where: balanceTeachersSql("C1", "junior_secondary", "f") },
  c2Junior: { where: balanceTeachersSql("C2", "junior_secondary", "f") },
  c3Junior: { where: balanceTeachersSql("C3", "junior_secondary", "f") },
};

const COLUMNS = getTableColumns(staffSchoolYearSummary);
const KEYS = Object.keys(STAFF_SUMMARY_COUNTS) as StaffSummaryCount[];

/** The SQL column name of a count (snake_case, as the table names it). */
export function summaryColumn(key: StaffSummaryCount): string {
  return COLUMNS[key].name;
}

const COLUMN_LIST = KEYS.map(summaryColumn).join(", ");

/**
 * SQL: the counts per (school_id, school_year) of the staff rows of `source` (aliased `f`, its
 * rows counted `f.sign` times when `signed`: +1 inserted, −1 deleted), of schools only (a 教研员
 * has none), on the roster at the year's 统计时点 (computed once per row as `on_roster`; every
 * row for an `anyDate` count), optionally narrowed by `and …` in `narrow`.
 */
function countsSelect(source: string, signed: boolean, narrow = ""): string {
  const weight = signed ? "f.sign" : "1";
  const counts = KEYS.map((k) => {
    const c = STAFF_SUMMARY_COUNTS[k];
    const value = c.summed ? `${weight} * ${c.summed}` : weight;
    const where = c.anyDate ? c.where : `f.on_roster and ${c.where}`;
    return `coalesce(sum(${value}) filter (where ${where}), 0) as ${summaryColumn(k)}`;
  });
  return `select f.school_id, f.school_year,
      ${counts.join(",\n      ")}
    from (select r.*, ${onRosterAtStatisticsDateSql("r")} as on_roster from ${source} r) f
      join schools on schools.id = f.school_id
    where f.school_id is not null${narrow}
    group by f.school_id, f.school_year`;
}

/** SQL: add the signed counts of `source` to the summary rows (creating missing ones). */
function applyDeltas(source: string): string {
  const sets = KEYS.map(summaryColumn).map((c) => `${c} = s.${c} + excluded.${c}`);
  // ordered by key, so two statements touching the same schools lock their rows in one order
  return `insert into staff_school_year_summary as s (school_id, school_year, ${COLUMN_LIST})
    ${countsSelect(source, true)}
    order by 1, 2
    on conflict (school_id, school_year) do update set
      ${sets.join(",\n      ")};`;
}

/** SQL: the summary rows of every school (or one, by `narrow`) recomputed from `staff`. */
function insertRecomputed(narrow = ""): string {
  return `insert into staff_school_year_summary (school_id, school_year, ${COLUMN_LIST})
    ${countsSelect("staff", false, narrow)};`;
}

/**
 * The trigger functions' bodies (plpgsql), as migration 0015 installs them:
 * - `staff_summary_apply`: after each INSERT, UPDATE or DELETE statement on `staff`, adds the
 *   counts of the new rows (transition table `staff_new`) and subtracts those of the old rows
 *   (`staff_old`), per school and year;
 * - `staff_summary_rebuild_school`: after a school's `type` changes (the populations depend on
 *   it), recomputes that school's rows of every year from `staff`;
 * - `staff_summary_truncate`: after TRUNCATE of `staff`, empties the summary.
 * Concurrency (READ COMMITTED, the only level the code uses): two roster writes to one school
 * serialise on its summary row and each adds its own delta, so none is lost. A type change
 * racing an uncommitted roster write of the same school may leave that school's rows off by the
 * write (the rebuild does not see it, the write's delta used the old type): the API refuses a
 * type change while the school has a roster, and `check-summaries` finds and repairs it.
 */
export function staffSummaryFunctions(): SummaryFunction[] {
  return [
    applyDeltasFunction("staff_summary_apply", applyDeltas, "staff_new", "staff_old"),
    {
      name: "staff_summary_rebuild_school",
      body: `
begin
  delete from staff_school_year_summary where school_id = new.id;
  ${insertRecomputed(" and f.school_id = new.id")}
  return null;
end
`,
    },
    emptySummaryFunction("staff_summary_truncate", "staff_school_year_summary"),
  ];
}

/** SQL that creates (or replaces) the trigger functions with their current text. */
export function staffSummaryFunctionsSql(): string[] {
  return summaryFunctionsSql(staffSummaryFunctions());
}

/**
 * The migration text that installs the summary's maintenance (0015, after the table): the
 * functions, the triggers, and the rows of the roster already there. Printed by
 * `tsx apps/api/scripts/staffSummarySql.ts` for a new migration when a population changes.
 */
export function staffSummaryMigrationSql(): string[] {
  return [
    ...staffSummaryFunctionsSql(),
    "create trigger staff_summary_insert after insert on staff referencing new table as staff_new for each statement execute function staff_summary_apply();",
    "create trigger staff_summary_update after update on staff referencing old table as staff_old new table as staff_new for each statement execute function staff_summary_apply();",
    "create trigger staff_summary_delete after delete on staff referencing old table as staff_old for each statement execute function staff_summary_apply();",
    "create trigger staff_summary_truncate after truncate on staff for each statement execute function staff_summary_truncate();",
    "create trigger staff_summary_school_type after update of type on schools for each row when (old.type is distinct from new.type) execute function staff_summary_rebuild_school();",
    `delete from staff_school_year_summary;`,
    insertRecomputed(),
  ];
}

/**
 * The migration text that brings an installed summary up to new counts (0017, after its `add
 * column`s): the functions with their current text, and every row recomputed from `staff` (the
 * triggers of 0015 stay; they call the functions by name). Printed by
 * `tsx apps/api/scripts/staffSummarySql.ts --refresh`.
 */
export function staffSummaryRefreshSql(): string[] {
  return [...staffSummaryFunctionsSql(), `delete from staff_school_year_summary;`, insertRecomputed()];
}

/** A (school, year) whose summary row differs from the recomputation. */
export interface SummaryDifference {
  schoolId: string;
  schoolYear: number;
  /** The differing counts: column → [recomputed from staff, stored in the summary]. */
  counts: Record<string, [number, number]>;
}

/** What the consistency check found. */
export interface SummaryCheck {
  /** Installed trigger functions whose text is not the current generated one (or missing). */
  staleFunctions: string[];
  /** Differing (school, year) pairs, ordered by school and year. */
  differences: SummaryDifference[];
}

/** The roster summary as the check and the repair see it (lib/summaryCheck.ts). */
function staffSummaryTable(): SummaryTable {
  return {
    table: "staff_school_year_summary",
    source: "staff",
    keys: ["school_id", "school_year"],
    columns: KEYS.map(summaryColumn),
    recomputed: countsSelect("staff", false),
    functions: staffSummaryFunctions(),
    functionPrefix: "staff_summary_",
  };
}

/**
 * The consistency check: every summary row against a full recomputation from `staff` (a
 * missing row counts as zeros, a row of zeros as missing), and the installed trigger functions
 * against {@link staffSummaryFunctions}. Reads the whole roster: an operator's command and a
 * test's, not a request's.
 */
export async function checkStaffSummary(db: Db): Promise<SummaryCheck> {
  return checkSummary(db, staffSummaryTable(), (d) => ({
    schoolId: String(d.key[0]),
    schoolYear: Number(d.key[1]),
    counts: d.values,
  }));
}

/**
 * The repair: installs the current trigger functions and rebuilds every summary row from
 * `staff`, in one transaction holding `staff` in SHARE mode (roster writes wait, reads go on).
 * @returns the number of summary rows written.
 */
export async function rebuildStaffSummary(db: Db): Promise<number> {
  return rebuildSummary(db, staffSummaryTable());
}
