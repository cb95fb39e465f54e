/**
 * The district rollups (区县汇总, issue 15): per (district, school year, school type) sums of the
 * per-school summaries, so the city dashboard and a district's own figures read a few rows per
 * district and year instead of one per school and year:
 * - 学校数汇总 `school_open_count`: open schools per (district, type, first year, last year),
 *   the schools expected of a year being the rows whose span holds it (`school_open_in`);
 * - 名册汇总（区县） `staff_district_year_rollup`: the roster summary's counts
 *   (`staff_school_year_summary`, staffSummary.ts) summed over the district's schools of a type
 *   open in the year that have a roster (roster_rows > 0), with how many there are;
 * - 年报汇总（区县） `report_district_year_rollup`: the counted reports' sums per status (migration
 *   0020), with 年报汇总's enrolment sums and the 学前 pupils of 公办/普惠 schools and of schools
 *   registered as quality in the report's year (0022, the inputs family: inputs.ts);
 * - 优质幼儿园汇总（区县） `quality_district_year_rollup` (0022): the schools open in the year
 *   registered as 优质幼儿园 (登记册, {@link qualityYears}), and the 公办 among them; 学校数汇总
 *   counts the 公办 schools beside all (public_schools).
 *
 * Both are append-only delta rows summed on read (a row per district updated in place would
 * serialise every roster write of a district until commit — an import holds it for seconds —
 * and risk deadlocks). The triggers (generated here, installed by migration 0019):
 * - `rollup_staff_apply`, after each statement on the roster summary: its new − old rows
 *   (transition tables), grouped by key;
 * - `rollup_school_move`, for each row of `schools` inserted, deleted (before: its summary rows
 *   still there) or changing district, type, dates, ownership or 普惠 (0022): its old contributions taken away, its new
 *   ones added (schools and roster sums). Named to fire before `staff_summary_school_type` (PG
 *   fires a table's triggers of one event in name order), which then rebuilds the school's
 *   summary rows at the new key;
 * - `rollup_quality_apply`, after each statement on `registers` writing a quality entry: the
 *   school years each of its schools turned registered or not (now vs before the statement), ±1
 *   in the quality rollup and ± the reports' 学前 pupils in kg_quality; it first locks those
 *   schools' rows (no key update) so a register write and a move of one school do not race;
 * - truncate triggers emptying the rollups.
 * Each delta is written together with a compaction of the keys it touches: the visible rows of
 * those keys that no other transaction holds (`for update skip locked`, never waiting) are
 * deleted and their sum written back with the delta as one row. Two transactions writing schools
 * of one district both commit, neither waits, no delta is lost or counted twice; a key keeps one
 * row plus those of transactions in flight. A sum of zeros writes no row.
 *
 * The check (`pnpm admin check-summaries`) compares the sums by key with a recomputation from
 * the summary and the schools (open schools per district, type and year for 2000–2100 with
 * school_open_in, the one definition), and the installed functions with the generated text; the
 * repair (`--repair`) installs the functions and rebuilds both tables.
 */
import type { Db } from "@edu2035/db";
import { sql } from "drizzle-orm";
import { toRows } from "../../../lib/rows.ts";
import {
  findStaleFunctions,
  findSummaryDifferences,
  type RowDifference,
  type SummaryTable,
} from "../../../lib/summaryCheck.ts";
import { type SummaryFunction, summaryFunctionsSql } from "../../../lib/summaryTriggers.ts";
import { type ReportSummarySum, reportSummaryColumn } from "./reportSummary.ts";
import { coverageColumns, REPORT_COVERAGES } from "./reports.ts";
import { type StaffSummaryCount, summaryColumn } from "./staffSummary.ts";

/** The roster summary's counts the roster family (staff.ts) sums, rolled up per district. */
export const STAFF_ROLLUP_COUNTS: readonly StaffSummaryCount[] = [
  "a07Denominator",
  "a07Numerator",
  "a08Denominator",
  "a08Numerator",
  "a09Denominator",
  "a09Numerator",
  "b33Denominator",
  "b33Numerator",
  "b34Denominator",
  "b34Numerator",
  "b35Denominator",
  "b35Numerator",
  "b08PeTeachers",
  "b43Teachers",
  "b43Hours",
];

/** A rollup table: its key and value columns (SQL names). */
interface RollupTable {
  table: string;
  keys: readonly string[];
  columns: readonly string[];
}

const STAFF_ROLLUP: RollupTable = {
  table: "staff_district_year_rollup",
  keys: ["district_id", "school_year", "school_type"],
  columns: ["roster_schools", "pe_schools", ...STAFF_ROLLUP_COUNTS.map(summaryColumn)],
};

/** 年报汇总's enrolment sums the inputs family reads (inputs.ts), rolled up under the same names. */
const ENROLMENT_SUMS: readonly ReportSummarySum[] = [
  "kgStudents",
  "upperStudents",
  "higherStudents",
  "students",
];

/** The report rollup's columns summed from 年报汇总 (a change of its row changes only these). */
const SUMMARY_COLUMNS = [
  "large_classes",
  ...ENROLMENT_SUMS.map(reportSummaryColumn),
  "kg_inclusive",
  "kg_quality",
];

/** The report rollup's value columns (reportContributions gives each). */
const REPORT_COLUMNS = [
  "reports",
  "health_tested",
  "health_passed",
  "health_good",
  "health_schools",
  "football_schools",
  "football_two_lessons",
  "large_classes",
  ...REPORT_COVERAGES.flatMap((m) => {
    const c = coverageColumns(m);
    return [c.answered, c.yes];
  }),
  ...SUMMARY_COLUMNS.slice(1),
];

const REPORT_ROLLUP: RollupTable = {
  table: "report_district_year_rollup",
  keys: ["district_id", "school_year", "school_type", "status"],
  columns: REPORT_COLUMNS,
};

const OPEN_COUNT: RollupTable = {
  table: "school_open_count",
  keys: ["district_id", "school_type", "first_year", "last_year"],
  columns: ["schools", "public_schools"],
};

const QUALITY_ROLLUP: RollupTable = {
  table: "quality_district_year_rollup",
  keys: ["district_id", "school_year", "school_type"],
  columns: ["quality_schools", "quality_public"],
};

/**
 * The last school year an open register entry (to_year null) is expanded to: the registers'
 * years end there (registers_years_ck), so do the quality rollup's rows.
 */
const LAST_REGISTER_YEAR = 2100;

/**
 * SQL select of (school_id, y): each school year in which a school is registered as 优质（示范性）
 * 幼儿园 (登记册 kind quality_kindergarten, an entry counting from from_year to to_year), once
 * however many entries cover it — inputs.ts's `qk` — from the register rows `rows` (aliased `q`)
 * that hold `where` (e.g. of some schools).
 */
export function qualityYears(rows: string, where = "true"): string {
  return `select distinct q.school_id, y::int as y
    from ${rows} q cross join generate_series(q.from_year::int, coalesce(q.to_year::int, ${LAST_REGISTER_YEAR})) as y
    where q.kind = 'quality_kindergarten' and q.school_id is not null and ${where}`;
}

/**
 * SQL predicate: school `s` is registered as quality in report `r`'s school year (the
 * {@link qualityYears} of the school hold it).
 */
const QUALITY_IN_REPORT_YEAR = `exists (select 1 from registers q where q.kind = 'quality_kindergarten' and q.school_id = s.id and r.school_year between q.from_year and coalesce(q.to_year, ${LAST_REGISTER_YEAR}))`;

/** First school year in which a school (alias `s`) is open (school_open_in); 0: no 开办日期. */
const FIRST_YEAR = `coalesce(extract(year from s.opened_on)::int + (s.opened_on > make_date(extract(year from s.opened_on)::int, 9, 1))::int, 0)`;
/** Last school year in which a school (alias `s`) is open (school_open_in); 9999: not 撤销. */
const LAST_YEAR = `coalesce(extract(year from s.closed_on)::int - (s.closed_on <= make_date(extract(year from s.closed_on)::int, 9, 1))::int, 9999)`;

/**
 * SQL select of the roster rollup's values by key from `from`, which provides summary rows `f`
 * and their schools `s` (id, district_id, type, opened_on, closed_on), each pair counted `sign`
 * times: the pairs whose school is open in the row's year and has a roster.
 */
function staffContributions(from: string, sign: string): string {
  const sums = STAFF_ROLLUP_COUNTS.map(summaryColumn).map((c) => `sum(${sign} * f.${c}) as ${c}`);
  return `select s.district_id, f.school_year, s.type as school_type,
      sum(${sign}) as roster_schools,
      coalesce(sum(${sign}) filter (where f.b08_pe_teachers > 0), 0) as pe_schools,
      ${sums.join(", ")}
    from ${from}
    where f.roster_rows > 0 and school_open_in(s.opened_on, s.closed_on, f.school_year)
    group by 1, 2, 3`;
}

/**
 * SQL select of the report rollup's values by key from `from`, which provides reports `r`, their
 * schools `s` and their 年报汇总 rows `g` (left joined: null without grades), each counted `sign`
 * times: the 已提交/已审核 reports of schools open in the report's year. The 学前 pupils of 公办
 * and 普惠 schools (kg_inclusive, B01), and of schools registered as quality in the year
 * (kg_quality, B32). With `only` `summary` every column not from 年报汇总 is 0 (a 年报汇总 row
 * changed: its report's other columns did not); with `quality` only kg_quality is not, and every
 * row of `from` counts as a quality school's (`sign` the change of its registration: ±1).
 */
function reportContributions(from: string, sign: string, only?: "summary" | "quality"): string {
  const n = (filter: string) => (only ? "0" : `coalesce(sum(${sign}) filter (where ${filter}), 0)`);
  const summed = (column: string) => (only ? "0" : `coalesce(sum(${sign} * r.${column}), 0)`);
  const ofSummary = (expression: string, filter = "true") =>
    only === "quality" ? "0" : `coalesce(sum(${sign} * ${expression}) filter (where ${filter}), 0)`;
  const enrolment = ENROLMENT_SUMS.map(reportSummaryColumn).map((c) => `${ofSummary(`g.${c}`)} as ${c}`);
  const kgQuality =
    only === "quality"
      ? `coalesce(sum(${sign} * g.kg_students), 0)`
      : ofSummary("g.kg_students", QUALITY_IN_REPORT_YEAR);
  const coverages = REPORT_COVERAGES.map((m) => {
    const c = coverageColumns(m);
    // predicates name report columns unqualified: only `r` has them (s and g do not)
    return `${n(`(${m.predicate}) is not null`)} as ${c.answered}, ${n(m.predicate)} as ${c.yes}`;
  });
  return `select s.district_id, r.school_year, s.type as school_type, r.status,
      ${only ? "0" : `sum(${sign})`} as reports,
      ${summed("health_tested")} as health_tested,
      ${summed("health_passed")} as health_passed,
      ${summed("health_good_or_excellent")} as health_good,
      ${n("r.health_tested > 0")} as health_schools,
      ${n("r.football_feature_school")} as football_schools,
      ${n("r.football_feature_school and r.football_lessons_per_week >= 2")} as football_two_lessons,
      ${ofSummary("g.large_classes")} as large_classes,
      ${coverages.join(",\n      ")},
      ${enrolment.join(", ")},
      ${ofSummary("g.kg_students", "s.ownership = 'public' or s.inclusive")} as kg_inclusive,
      ${kgQuality} as kg_quality
    from ${from}
    where r.status in ('submitted', 'approved') and school_open_in(s.opened_on, s.closed_on, r.school_year)
    group by 1, 2, 3, 4`;
}

/** SQL select of the open-school counts by key of schools `s` (from `from`), each counted `sign` times. */
function openCounts(from: string, sign: string): string {
  return `select s.district_id, s.type as school_type, ${FIRST_YEAR} as first_year, ${LAST_YEAR} as last_year,
      sum(${sign}) as schools, coalesce(sum(${sign}) filter (where s.ownership = 'public'), 0) as public_schools
    from ${from}
    group by 1, 2, 3, 4`;
}

/**
 * SQL select of the quality rollup's values by key from `from`, which provides schools `s` and
 * school years `qy` (y) in which they are registered as quality, each pair counted `sign` times:
 * the pairs whose school is open in the year.
 */
function qualityContributions(from: string, sign: string): string {
  return `select s.district_id, qy.y as school_year, s.type as school_type,
      sum(${sign}) as quality_schools,
      coalesce(sum(${sign}) filter (where s.ownership = 'public'), 0) as quality_public
    from ${from}
    where school_open_in(s.opened_on, s.closed_on, qy.y)
    group by 1, 2, 3`;
}

/**
 * SQL: append the delta `delta` (a select of the table's keys and columns) to a rollup, compacted
 * with the rows of the keys it touches that no other transaction holds.
 */
function appendCompacted(t: RollupTable, delta: string): string {
  const keys = t.keys.join(", ");
  const cols = t.columns.join(", ");
  const on = t.keys.map((k) => `r.${k} = k.${k}`).join(" and ");
  const sums = t.columns.map((c) => `sum(${c})`).join(", ");
  const nonZero = t.columns.map((c) => `sum(${c}) <> 0`).join(" or ");
  return `with delta as (${delta}),
    old as (delete from ${t.table} where id in (
      select r.id from ${t.table} r join (select distinct ${keys} from delta) k on ${on}
      for update of r skip locked)
      returning ${keys}, ${cols})
    insert into ${t.table} (${keys}, ${cols})
    select ${keys}, ${sums}
    from (select ${keys}, ${cols} from delta union all select ${keys}, ${cols} from old) x
    group by ${keys}
    having ${nonZero};`;
}

/** A school row of a row trigger as a one-row rowset `s` counted `sign` (+1 new, −1 old). */
const schoolRow = (record: "new" | "old", sign: number) =>
  `(select ${sign} as sign, ${record}.id as id, ${record}.district_id as district_id, ${record}.type as type, ${record}.ownership as ownership, ${record}.inclusive as inclusive, ${record}.opened_on as opened_on, ${record}.closed_on as closed_on)`;

/**
 * SQL: a school's rollup contributions (its schools count, its roster and report sums, its
 * quality years) moved by `schools`.
 */
function moveSchool(schools: string): string {
  return `${appendCompacted(OPEN_COUNT, openCounts(`${schools} s`, "s.sign"))}
    ${appendCompacted(STAFF_ROLLUP, staffContributions(`${schools} s join staff_school_year_summary f on f.school_id = s.id`, "s.sign"))}
    ${appendCompacted(REPORT_ROLLUP, reportContributions(`${schools} s join school_reports r on r.school_id = s.id left join school_report_summary g on g.report_id = r.id`, "s.sign"))}
    ${appendCompacted(QUALITY_ROLLUP, qualityContributions(`${schools} s join lateral (${qualityYears("registers", "q.school_id = s.id")}) qy on true`, "s.sign"))}`;
}

/**
 * SQL (a subquery) of the (school_id, y, d) whose quality registration a register statement
 * changed: d = +1 registered now and not before, −1 the reverse, for the schools of the quality
 * entries in `changed` (the transition tables): now from `registers`, before from `before`.
 */
function qualityFlips(changed: string, before: string): string {
  const of = `q.school_id in (select c.school_id from ${changed} c where c.kind = 'quality_kindergarten')`;
  return `(select coalesce(a.school_id, b.school_id) as school_id, coalesce(a.y, b.y) as y,
      (a.y is not null)::int - (b.y is not null)::int as d
    from (${qualityYears("registers", of)}) a full join (${qualityYears(before, of)}) b
      on b.school_id = a.school_id and b.y = a.y
    where a.y is null or b.y is null)`;
}

/**
 * SQL (plpgsql statements): the quality rollup's and the report rollup's (kg_quality) deltas of a
 * register statement whose quality entries are `changed`, the rows before it `before`. Nothing
 * when it wrote no quality entry; else the schools of those entries are locked first (no key
 * update, in id order: a concurrent register write or move of one of them waits, then reads
 * this one's rows; report writes do not wait).
 */
function applyQuality(changed: string, before: string): string {
  const flips = qualityFlips(changed, before);
  return `if exists (select 1 from ${changed} c where c.kind = 'quality_kindergarten' and c.school_id is not null) then
    perform 1 from schools s where s.id in (select c.school_id from ${changed} c where c.kind = 'quality_kindergarten') order by s.id for no key update;
    ${appendCompacted(QUALITY_ROLLUP, qualityContributions(`${flips} qy join schools s on s.id = qy.school_id`, "qy.d"))}
    ${appendCompacted(REPORT_ROLLUP, reportContributions(`${flips} qy join schools s on s.id = qy.school_id join school_reports r on r.school_id = s.id and r.school_year = qy.y left join school_report_summary g on g.report_id = r.id`, "qy.d", "quality"))}
  end if;`;
}

/** SQL: the report rollup's delta of signed reports `rows` (with `sign`), their schools and 年报汇总 rows. */
const applyReports = (rows: string) =>
  appendCompacted(
    REPORT_ROLLUP,
    reportContributions(
      `${rows} r join schools s on s.id = r.school_id left join school_report_summary g on g.report_id = r.id`,
      "r.sign",
    ),
  );

/** The rollups' trigger functions (plpgsql), as migration 0019 installs them. */
export function rollupFunctions(): SummaryFunction[] {
  const summaryRows = (table: string, sign: number) => `(select ${sign} as sign, r.* from ${table} r)`;
  const applySummary = (rows: string) =>
    appendCompacted(
      REPORT_ROLLUP,
      reportContributions(
        `${rows} g join school_reports r on r.id = g.report_id join schools s on s.id = r.school_id`,
        "g.sign",
        "summary",
      ),
    );
  const registers = (except: string) =>
    `(select r.* from registers r where r.id not in (select id from ${except}))`;
  const applyStaff = (rows: string) =>
    appendCompacted(
      STAFF_ROLLUP,
      staffContributions(`${rows} f join schools s on s.id = f.school_id`, "f.sign"),
    );
  return [
    {
      name: "rollup_staff_apply",
      body: `
begin
  if tg_op = 'INSERT' then
    ${applyStaff(summaryRows("summary_new", 1))}
  elsif tg_op = 'DELETE' then
    ${applyStaff(summaryRows("summary_old", -1))}
  else
    ${applyStaff(`(select 1 as sign, r.* from summary_new r union all select -1 as sign, r.* from summary_old r)`)}
  end if;
  return null;
end
`,
    },
    {
      name: "rollup_school_move",
      body: `
begin
  if tg_op = 'INSERT' then
    ${moveSchool(schoolRow("new", 1))}
    return null;
  elsif tg_op = 'DELETE' then
    ${moveSchool(schoolRow("old", -1))}
    return old;
  end if;
  ${moveSchool(`(${schoolRow("old", -1)} union all ${schoolRow("new", 1)})`)}
  return null;
end
`,
    },
    {
      // after INSERT and UPDATE statements on school_reports; a deleted report is taken away
      // before its row goes (its 年报汇总 row, deleted by cascade, is then gone)
      name: "rollup_reports_apply",
      body: `
begin
  if tg_op = 'INSERT' then
    ${applyReports(summaryRows("reports_new", 1))}
  elsif tg_op = 'DELETE' then
    ${applyReports("(select -1 as sign, r.* from school_reports r where r.id = old.id)")}
    return old;
  else
    ${applyReports(`(select 1 as sign, r.* from reports_new r union all select -1 as sign, r.* from reports_old r)`)}
  end if;
  return null;
end
`,
    },
    {
      // after each statement on 年报汇总: its sums (a deleted report's are already gone)
      name: "rollup_report_summary_apply",
      body: `
begin
  if tg_op = 'INSERT' then
    ${applySummary(summaryRows("summary_new", 1))}
  elsif tg_op = 'DELETE' then
    ${applySummary(summaryRows("summary_old", -1))}
  else
    ${applySummary(`(select 1 as sign, r.* from summary_new r union all select -1 as sign, r.* from summary_old r)`)}
  end if;
  return null;
end
`,
    },
    {
      // after each statement on registers: the school years its quality entries turned on or off
      name: "rollup_quality_apply",
      body: `
begin
  if tg_op = 'INSERT' then
    ${applyQuality("registers_new", registers("registers_new"))}
  elsif tg_op = 'DELETE' then
    ${applyQuality("registers_old", "(select r.* from registers r union all select r.* from registers_old r)")}
  else
    ${applyQuality(
      "(select * from registers_new union all select * from registers_old)",
      `(select r.* from ${registers("registers_new")} r union all select r.* from registers_old r)`,
    )}
  end if;
  return null;
end
`,
    },
    {
      // registers emptied: no school is registered as quality
      name: "rollup_quality_truncate",
      body: `
begin
  delete from quality_district_year_rollup;
  update report_district_year_rollup set kg_quality = 0 where kg_quality <> 0;
  return null;
end
`,
    },
    {
      name: "rollup_reports_truncate",
      body: `
begin
  delete from report_district_year_rollup;
  return null;
end
`,
    },
    {
      name: "rollup_staff_truncate",
      body: `
begin
  delete from staff_district_year_rollup;
  return null;
end
`,
    },
    {
      name: "rollup_schools_truncate",
      body: `
begin
  delete from school_open_count;
  delete from staff_district_year_rollup;
  delete from report_district_year_rollup;
  delete from quality_district_year_rollup;
  return null;
end
`,
    },
  ];
}

/** SQL select of every roster rollup row recomputed from the summary and `schools`. */
const recomputedStaff = () =>
  staffContributions("staff_school_year_summary f join schools s on s.id = f.school_id", "1");
/** SQL select of every report rollup row recomputed from the reports, 年报汇总 and `schools`. */
const recomputedReports = () =>
  reportContributions(
    "school_reports r join schools s on s.id = r.school_id left join school_report_summary g on g.report_id = r.id",
    "1",
  );
/** SQL select of every quality rollup row recomputed from the registers and `schools`. */
const recomputedQuality = () =>
  qualityContributions(`schools s join (${qualityYears("registers")}) qy on qy.school_id = s.id`, "1");
/** SQL: insert a rollup's rows recomputed by `select` (its keys and columns in order). */
const insertInto = (t: RollupTable, select: string) =>
  `insert into ${t.table} (${[...t.keys, ...t.columns].join(", ")}) ${select};`;
/** SQL: the rollups' rows (one per key) recomputed from `schools`, the reports, the registers and the summaries. */
const insertRecomputed = () => [
  insertInto(OPEN_COUNT, openCounts("schools s", "1")),
  insertInto(STAFF_ROLLUP, recomputedStaff()),
  insertInto(REPORT_ROLLUP, recomputedReports()),
  insertInto(QUALITY_ROLLUP, recomputedQuality()),
];

/** The rollups' tables, as the repair empties and rebuilds them. */
const ROLLUP_TABLES = [OPEN_COUNT, STAFF_ROLLUP, REPORT_ROLLUP, QUALITY_ROLLUP].map((t) => t.table);

/** The report rollup's triggers (migration 0020). */
const REPORT_TRIGGERS = [
  "create trigger rollup_reports_insert after insert on school_reports referencing new table as reports_new for each statement execute function rollup_reports_apply();",
  "create trigger rollup_reports_update after update on school_reports referencing old table as reports_old new table as reports_new for each statement execute function rollup_reports_apply();",
  "create trigger rollup_reports_delete before delete on school_reports for each row execute function rollup_reports_apply();",
  "create trigger rollup_reports_truncate after truncate on school_reports for each statement execute function rollup_reports_truncate();",
  "create trigger rollup_report_summary_insert after insert on school_report_summary referencing new table as summary_new for each statement execute function rollup_report_summary_apply();",
  "create trigger rollup_report_summary_update after update on school_report_summary referencing old table as summary_old new table as summary_new for each statement execute function rollup_report_summary_apply();",
  "create trigger rollup_report_summary_delete after delete on school_report_summary referencing old table as summary_old for each statement execute function rollup_report_summary_apply();",
];

/**
 * The migration text of the report rollup (0020, after its table): the functions with their
 * current text (rollup_school_move now moves a school's reports too), the report triggers, and
 * the rows of the reports already there. Printed by `tsx apps/api/scripts/rollupSql.ts --reports`.
 */
export function rollupReportsMigrationSql(): string[] {
  return [...summaryFunctionsSql(rollupFunctions()), ...REPORT_TRIGGERS, insertRecomputed()[2] as string];
}

/** The school trigger moving a school's contributions: which changes of a school move them. */
const SCHOOL_MOVED = ["district_id", "type", "ownership", "inclusive", "opened_on", "closed_on"];
const SCHOOL_MOVE_TRIGGER = `create trigger rollup_school_move after update of ${SCHOOL_MOVED.join(", ")} on schools for each row when (${SCHOOL_MOVED.map((c) => `old.${c} is distinct from new.${c}`).join(" or ")}) execute function rollup_school_move();`;

/** The quality rollup's triggers (migration 0022). */
const QUALITY_TRIGGERS = [
  "create trigger rollup_quality_insert after insert on registers referencing new table as registers_new for each statement execute function rollup_quality_apply();",
  "create trigger rollup_quality_update after update on registers referencing old table as registers_old new table as registers_new for each statement execute function rollup_quality_apply();",
  "create trigger rollup_quality_delete after delete on registers referencing old table as registers_old for each statement execute function rollup_quality_apply();",
  "create trigger rollup_quality_truncate after truncate on registers for each statement execute function rollup_quality_truncate();",
];

/**
 * The migration text of the inputs family's part (0022, after its columns and table): the
 * functions with their current text (the school and report rollups carry the enrolment sums,
 * 公办 schools and quality years), the school move trigger firing on ownership and 普惠 too, the
 * register triggers, and the rows of the open-school counts, reports and quality years already
 * there (rebuilt: their new columns). Printed by `tsx apps/api/scripts/rollupSql.ts --inputs`.
 */
export function rollupInputsMigrationSql(): string[] {
  const [counts, , reports, quality] = insertRecomputed() as [string, string, string, string];
  return [
    ...summaryFunctionsSql(rollupFunctions()),
    "drop trigger rollup_school_move on schools;",
    SCHOOL_MOVE_TRIGGER,
    ...QUALITY_TRIGGERS,
    "delete from school_open_count;",
    counts,
    "delete from report_district_year_rollup;",
    reports,
    quality,
  ];
}

/**
 * The whole rollups' installation after their tables: the functions, the triggers, and the rows
 * of the schools, summaries and reports already there (0019 holds its roster part, 0020 the
 * report part, 0022 the inputs family's). Printed by `tsx apps/api/scripts/rollupSql.ts`.
 */
export function rollupMigrationSql(): string[] {
  return [
    ...summaryFunctionsSql(rollupFunctions()),
    ...REPORT_TRIGGERS,
    "create trigger rollup_staff_insert after insert on staff_school_year_summary referencing new table as summary_new for each statement execute function rollup_staff_apply();",
    "create trigger rollup_staff_update after update on staff_school_year_summary referencing old table as summary_old new table as summary_new for each statement execute function rollup_staff_apply();",
    "create trigger rollup_staff_delete after delete on staff_school_year_summary referencing old table as summary_old for each statement execute function rollup_staff_apply();",
    "create trigger rollup_staff_truncate after truncate on staff_school_year_summary for each statement execute function rollup_staff_truncate();",
    "create trigger rollup_school_insert after insert on schools for each row execute function rollup_school_move();",
    SCHOOL_MOVE_TRIGGER,
    "create trigger rollup_school_delete before delete on schools for each row execute function rollup_school_move();",
    "create trigger rollup_schools_truncate after truncate on schools for each statement execute function rollup_schools_truncate();",
    ...QUALITY_TRIGGERS,
    ...insertRecomputed(),
  ];
}

/** A rollup key whose stored sums differ from the recomputation. */
export interface RollupDifference {
  /**
   * `school_open_count` (per school year), `staff_district_year_rollup`,
   * `report_district_year_rollup` or `quality_district_year_rollup`.
   */
  table: string;
  /** The key: district id, then school year and school type (and the reports' status). */
  key: string;
  /** The differing columns: column → [recomputed, stored]. */
  values: Record<string, [number, number]>;
}

/** What the rollups' check found. */
export interface RollupCheck {
  staleFunctions: string[];
  differences: RollupDifference[];
}

/** The years the open-school counts are checked for (the summaries' range). */
const CHECKED_YEARS = "generate_series(2000, 2100)";

/** The rollups as lib/summaryCheck.ts compares them: stored rows summed by key. */
function checkedTables(): SummaryTable[] {
  const common = { functions: rollupFunctions(), functionPrefix: "rollup_", source: "schools" };
  const staffCols = STAFF_ROLLUP.columns;
  return [
    {
      ...common,
      // the open schools per district, type and year: stored spans expanded vs school_open_in
      table: `(select c.district_id, y as school_year, c.school_type, sum(c.schools) as schools,
          sum(c.public_schools) as public_schools
        from school_open_count c cross join ${CHECKED_YEARS} as y
        where y between c.first_year and c.last_year group by 1, 2, 3)`,
      keys: ["district_id", "school_year", "school_type"],
      columns: OPEN_COUNT.columns,
      recomputed: `select s.district_id, y as school_year, s.type as school_type, count(*) as schools,
          count(*) filter (where s.ownership = 'public') as public_schools
        from schools s cross join ${CHECKED_YEARS} as y
        where school_open_in(s.opened_on, s.closed_on, y) group by 1, 2, 3`,
    },
    {
      ...common,
      table: `(select ${STAFF_ROLLUP.keys.join(", ")}, ${staffCols.map((c) => `sum(${c}) as ${c}`).join(", ")}
        from staff_district_year_rollup group by ${STAFF_ROLLUP.keys.join(", ")})`,
      keys: STAFF_ROLLUP.keys,
      columns: staffCols,
      recomputed: recomputedStaff(),
    },
    {
      ...common,
      table: `(select ${REPORT_ROLLUP.keys.join(", ")}, ${REPORT_COLUMNS.map((c) => `sum(${c}) as ${c}`).join(", ")}
        from report_district_year_rollup group by ${REPORT_ROLLUP.keys.join(", ")})`,
      keys: REPORT_ROLLUP.keys,
      columns: REPORT_COLUMNS,
      recomputed: recomputedReports(),
    },
    {
      ...common,
      table: `(select ${QUALITY_ROLLUP.keys.join(", ")}, ${QUALITY_ROLLUP.columns.map((c) => `sum(${c}) as ${c}`).join(", ")}
        from quality_district_year_rollup group by ${QUALITY_ROLLUP.keys.join(", ")})`,
      keys: QUALITY_ROLLUP.keys,
      columns: QUALITY_ROLLUP.columns,
      recomputed: recomputedQuality(),
    },
  ];
}

/**
 * The consistency check of the rollups: each key's summed rows against a recomputation from the
 * summaries and `schools`, and the installed trigger functions against {@link rollupFunctions}.
 * Reads every school and summary row: an operator's command and a test's, not a request's.
 */
export async function checkRollups(db: Db): Promise<RollupCheck> {
  const [counts, staffTable, reportTable, qualityTable] = checkedTables() as [
    SummaryTable,
    SummaryTable,
    SummaryTable,
    SummaryTable,
  ];
  const shape = (table: string) => (d: RowDifference) => ({
    table,
    key: d.key.map(String).join(" "),
    values: d.values,
  });
  return {
    staleFunctions: await findStaleFunctions(db, staffTable),
    differences: [
      ...(await findSummaryDifferences(db, counts)).map(shape("school_open_count")),
      ...(await findSummaryDifferences(db, staffTable)).map(shape("staff_district_year_rollup")),
      ...(await findSummaryDifferences(db, reportTable)).map(shape("report_district_year_rollup")),
      ...(await findSummaryDifferences(db, qualityTable)).map(shape("quality_district_year_rollup")),
    ],
  };
}

/**
 * The repair: installs the current trigger functions and rebuilds the rollups (one compacted
 * row per key) from `schools`, the summaries, the reports and the registers, in one transaction holding them in SHARE
 * mode (writes wait, reads go on). Run after the summaries are rebuilt.
 * @returns the number of rollup rows written.
 */
export async function rebuildRollups(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql.raw(
        "lock table schools, staff_school_year_summary, school_reports, school_report_summary, registers in share mode",
      ),
    );
    await tx.execute(sql.raw(`lock table ${ROLLUP_TABLES.join(", ")} in exclusive mode`));
    for (const statement of summaryFunctionsSql(rollupFunctions())) await tx.execute(sql.raw(statement));
    for (const table of ROLLUP_TABLES) await tx.execute(sql.raw(`delete from ${table}`));
    for (const statement of insertRecomputed()) await tx.execute(sql.raw(statement));
    const [row] = toRows(
      await tx.execute(
        sql.raw(`select ${ROLLUP_TABLES.map((t) => `(select count(*) from ${t})`).join(" + ")} as n`),
      ),
    );
    return Number(row?.n ?? 0);
  });
}
