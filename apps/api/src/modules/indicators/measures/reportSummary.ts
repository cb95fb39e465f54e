/**
 * The annual-report summary (年报汇总, table `school_report_summary`, issue 15): what each of its
 * sums is, as SQL over a `school_report_grades` row `g`, and everything generated from that one
 * description, as staffSummary.ts does for the roster:
 * - the trigger functions that keep the summary in the same transaction as every grade write
 *   ({@link reportSummaryFunctions}; installed by migration 0016);
 * - the full recomputation from `school_report_grades` that the consistency check compares the
 *   summary with and that a repair writes ({@link checkReportSummary}, {@link rebuildReportSummary};
 *   `pnpm admin check-summaries [--repair]`).
 *
 * Why: the report and enrolment measures (reports.ts B17; inputs.ts A01, A05, A06, B01, B32,
 * B40) summed every counted report's grade rows on every request, sorted and grouped per school
 * (at 1,001 schools 21,423 grade rows of 5,766 reports, the largest part of the inputs
 * statement). A report is already one row per school and year; its grade sums are now too.
 * Every grade write path (saveSchoolReport, the Excel import of reports, fixtures, the demo
 * loader in packages/db) writes `school_report_grades` with SQL, so only the database can keep
 * the sums without any path forgetting them. The triggers are statement-level with transition
 * tables and add per-report deltas with `insert … on conflict do update set x = x + excluded.x`,
 * which commute (concurrent writers lose no update). A delta of a report deleted in the same
 * statement (grades removed by the report's ON DELETE CASCADE) is skipped: its summary row goes
 * with the report by its own cascade.
 *
 * The stages of each sum come from the domain (population.ts reportStages through
 * lib/population.ts codesSql); the migration holds the text generated when it was written. A
 * change of a population's stages needs a new migration with the regenerated functions and a
 * rebuild: reportSummary.test.ts fails until then, and `check-summaries` reports it on a live
 * database (its `--repair` installs the current text and rebuilds the rows).
 */
import { type Db, schoolReportSummary } from "@edu2035/db";
import { populationOfTarget, type TargetId } from "@edu2035/domain";
import { getTableColumns } from "drizzle-orm";
import { codesSql } from "../../../lib/population.ts";
import { checkSummary, rebuildSummary, type SummaryTable } from "../../../lib/summaryCheck.ts";
import {
  applyDeltasFunction,
  emptySummaryFunction,
  type SummaryFunction,
  summaryFunctionsSql,
} from "../../../lib/summaryTriggers.ts";

/** A sum column of the summary (every column but the key). */
export type ReportSummarySum = Exclude<keyof typeof schoolReportSummary.$inferSelect, "reportId">;

/** SQL predicate over `g`: the grade's stage is one its target's population sums. */
function stagesOf(id: TargetId): string {
  const stages = populationOfTarget(id).reportStages;
  if (!stages) throw new Error(`${id}: its population names no stages`);
  return `g.stage in ${codesSql(stages)}`;
}

/**
 * What each sum of the summary is, over the grade rows `g` of a report: `summed` over the rows
 * where `where` holds. Sources: A01 (学前), A05 (高中阶段: 普通高中 + 中职), A06 (高职) their
 * populations' stages (domain population.ts); B40 every enrolled pupil; B17 框2 大班额 56—65 and
 * 超大班额 66+ (国发〔2016〕40号).
 */
export const REPORT_SUMMARY_SUMS: Readonly<Record<ReportSummarySum, { where: string; summed: string }>> = {
  kgStudents: { where: stagesOf("A01"), summed: "g.students" },
  upperStudents: { where: stagesOf("A05"), summed: "g.students" },
  higherStudents: { where: stagesOf("A06"), summed: "g.students" },
  students: { where: "true", summed: "g.students" },
  largeClasses: { where: "true", summed: "g.large_classes + g.oversized_classes" },
};

const COLUMNS = getTableColumns(schoolReportSummary);
const KEYS = Object.keys(REPORT_SUMMARY_SUMS) as ReportSummarySum[];

/** The SQL column name of a sum (snake_case, as the table names it). */
export function reportSummaryColumn(key: ReportSummarySum): string {
  return COLUMNS[key].name;
}

const COLUMN_LIST = KEYS.map(reportSummaryColumn).join(", ");

/**
 * SQL: the sums per report_id of the grade rows of `source` (aliased `g`, each weighted `g.sign`
 * when `signed`: +1 inserted, −1 deleted), of reports that exist (joined to school_reports).
 */
function sumsSelect(source: string, signed: boolean): string {
  const weight = signed ? "g.sign * " : "";
  const sums = KEYS.map((k) => {
    const c = REPORT_SUMMARY_SUMS[k];
    return `coalesce(sum(${weight}(${c.summed})) filter (where ${c.where}), 0) as ${reportSummaryColumn(k)}`;
  });
  return `select g.report_id,
      ${sums.join(",\n      ")}
    from ${source} g join school_reports rep on rep.id = g.report_id
    group by g.report_id`;
}

/** SQL: add the signed sums of `source` to the summary rows (creating missing ones). */
function applyDeltas(source: string): string {
  const sets = KEYS.map(reportSummaryColumn).map((c) => `${c} = s.${c} + excluded.${c}`);
  // ordered by key, so two statements touching the same reports lock their rows in one order
  return `insert into school_report_summary as s (report_id, ${COLUMN_LIST})
    ${sumsSelect(source, true)}
    order by 1
    on conflict (report_id) do update set
      ${sets.join(",\n      ")};`;
}

/** SQL: the summary rows of every report recomputed from `school_report_grades`. */
function insertRecomputed(): string {
  return `insert into school_report_summary (report_id, ${COLUMN_LIST})
    ${sumsSelect("school_report_grades", false)};`;
}

/**
 * The trigger functions' bodies (plpgsql), as migration 0016 installs them:
 * - `report_summary_apply`: after each INSERT, UPDATE or DELETE statement on
 *   `school_report_grades`, adds the sums of the new rows (transition table `grades_new`) and
 *   subtracts those of the old rows (`grades_old`), per report;
 * - `report_summary_truncate`: after TRUNCATE of `school_report_grades`, empties the summary.
 */
export function reportSummaryFunctions(): SummaryFunction[] {
  return [
    applyDeltasFunction("report_summary_apply", applyDeltas, "grades_new", "grades_old"),
    emptySummaryFunction("report_summary_truncate", "school_report_summary"),
  ];
}

/** SQL that creates (or replaces) the trigger functions with their current text. */
export function reportSummaryFunctionsSql(): string[] {
  return summaryFunctionsSql(reportSummaryFunctions());
}

/**
 * The migration text that installs the summary's maintenance (0016, after the table): the
 * functions, the triggers, and the rows of the reports already there. Printed by
 * `tsx apps/api/scripts/reportSummarySql.ts` for a new migration when a population changes.
 */
export function reportSummaryMigrationSql(): string[] {
  const on = "on school_report_grades";
  return [
    ...reportSummaryFunctionsSql(),
    `create trigger report_summary_insert after insert ${on} referencing new table as grades_new for each statement execute function report_summary_apply();`,
    `create trigger report_summary_update after update ${on} referencing old table as grades_old new table as grades_new for each statement execute function report_summary_apply();`,
    `create trigger report_summary_delete after delete ${on} referencing old table as grades_old for each statement execute function report_summary_apply();`,
    `create trigger report_summary_truncate after truncate ${on} for each statement execute function report_summary_truncate();`,
    "delete from school_report_summary;",
    insertRecomputed(),
  ];
}

/** A report whose summary row differs from the recomputation. */
export interface ReportSummaryDifference {
  reportId: string;
  /** The differing sums: column → [recomputed from the grades, stored in the summary]. */
  sums: Record<string, [number, number]>;
}

/** What the consistency check of the report summary found. */
export interface ReportSummaryCheck {
  /** Installed trigger functions whose text is not the current generated one (or missing). */
  staleFunctions: string[];
  /** Differing reports, ordered by id. */
  differences: ReportSummaryDifference[];
}

/** The annual-report summary as the check and the repair see it (lib/summaryCheck.ts). */
function reportSummaryTable(): SummaryTable {
  return {
    table: "school_report_summary",
    source: "school_report_grades",
    keys: ["report_id"],
    columns: KEYS.map(reportSummaryColumn),
    recomputed: sumsSelect("school_report_grades", false),
    functions: reportSummaryFunctions(),
    functionPrefix: "report_summary_",
  };
}

/**
 * The consistency check: every summary row against a full recomputation from
 * `school_report_grades` (a missing row counts as zeros, a row of zeros as missing), and the
 * installed trigger functions against {@link reportSummaryFunctions}. Reads every grade row: an
 * operator's command and a test's, not a request's.
 */
export async function checkReportSummary(db: Db): Promise<ReportSummaryCheck> {
  return checkSummary(db, reportSummaryTable(), (d) => ({ reportId: String(d.key[0]), sums: d.values }));
}

/**
 * The repair: installs the current trigger functions and rebuilds every summary row from
 * `school_report_grades`, in one transaction holding the grades in SHARE mode (grade writes
 * wait, reads go on).
 * @returns the number of summary rows written.
 */
export async function rebuildReportSummary(db: Db): Promise<number> {
  return rebuildSummary(db, reportSummaryTable());
}
