/**
 * The annual-report family of measures (年报类指标: B06, B07, B09–B15, B17, B19, B37): sums over
 * the approved (and, for a preview, submitted) school annual reports of the unit's schools,
 * grouped by unit key and year (measures.ts for what the families share): the city's and a
 * district's own figures from the district rollups (a few rows per district, year, school type
 * and status: districtRollup.ts), a school's and a district's schools from the reports.
 */
import { ratio, type SchoolType } from "@edu2035/domain";
import { sql } from "drizzle-orm";
import type { ResolvedUnit, ScopedAccess } from "../../../authz/access.ts";
import { num, toRows } from "../../../lib/rows.ts";
import {
  type Breakdown,
  countedReportsWithSums,
  type Measurements,
  type MeasureOptions,
  put,
  schoolsInYears,
  typeList,
  typesOf,
  yearArray,
} from "../measures.ts";
import type { Row } from "./cityRollup.ts";
import { readsRollups, rollupRowsQuery, sumOfTypes } from "./rollupRows.ts";

/** A coverage measure over approved school reports: share of schools whose flag holds. */
interface ReportCoverage {
  id: string;
  /** SQL predicate over `r` that is true / false / null (null = not reported). */
  predicate: string;
  schoolTypes: readonly SchoolType[];
  numeratorLabel: string;
  denominatorLabel: string;
}

/**
 * Sources: 三(一)3 (B06, B07, B09, B10, B13, B15), 框3 (B19), 三(七)1 (B37). Rolled up per
 * district (districtRollup.ts) as `<id>_answered` and `<id>_yes` ({@link coverageColumns}).
 */
export const REPORT_COVERAGES: readonly ReportCoverage[] = [
  {
    id: "B06",
    predicate: "meets_pe_hygiene_standard",
    schoolTypes: typesOf("B06"),
    numeratorLabel: "达到体育卫生条件基本标准的学校",
    denominatorLabel: "填报的中小学",
  },
  {
    id: "B07",
    predicate: "implements_curriculum_standards",
    schoolTypes: typesOf("B07"),
    numeratorLabel: "落实课程标准的学校",
    denominatorLabel: "填报的中小学",
  },
  {
    id: "B09",
    predicate: "has_sports_brand",
    schoolTypes: typesOf("B09"),
    numeratorLabel: "形成体育品牌的学校",
    denominatorLabel: "填报的中小学",
  },
  {
    id: "B10",
    predicate: "implements_health_standard",
    schoolTypes: typesOf("B10"),
    numeratorLabel: "实施学生体质健康标准的学校",
    denominatorLabel: "填报的中小学",
  },
  {
    id: "B13",
    predicate: "held_sports_meeting",
    schoolTypes: typesOf("B13"),
    numeratorLabel: "举办运动会或体育节的学校",
    denominatorLabel: "填报的中小学",
  },
  {
    id: "B15",
    predicate: "held_arts_festival",
    schoolTypes: typesOf("B15"),
    numeratorLabel: "举办校园艺术节的学校",
    denominatorLabel: "填报的中小学",
  },
  {
    id: "B19",
    predicate: "(innovation_labs >= 1)",
    schoolTypes: typesOf("B19"),
    numeratorLabel: "建有创新实验室的学校",
    denominatorLabel: "填报的中小学",
  },
  {
    id: "B37",
    predicate: "wireless_full_coverage",
    schoolTypes: typesOf("B37"),
    numeratorLabel: "无线网络全覆盖的学校",
    denominatorLabel: "填报的学校",
  },
];

/** The district rollup's columns of a coverage: reports answering its question, and answering yes. */
export const coverageColumns = (m: ReportCoverage) => {
  const id = m.id.toLowerCase();
  return { answered: `${id}_answered`, yes: `${id}_yes` };
};

/**
 * Annual-report measures of a unit for some school years, in one statement grouped by (unit
 * key, year): B11, B12 (student-weighted test rates), the coverage shares above, and B17
 * (大班额 + 超大班额 classes, a count). Only approved reports count (and submitted ones with
 * `options.includeSubmitted`). Coverage: the schools of the target's kinds open at the year's
 * 统计时点 whose counted report went in (for a share, whose report answers its question), over
 * those schools; B11/B12, B14 and B17 over the 中小学 (their sums too: a kindergarten's health
 * tests or classes are not counted; domain population.ts); B14 over the 国家级足球特色学校
 * among the reports and the 中小学 whose report is not in (0/0, 不适用, for a school reporting
 * that it is not one). B17's classes are the reports' grade sums kept on write (年报汇总,
 * reportSummary.ts), one row per report.
 */
export async function reportsRows(
  access: ScopedAccess,
  unit: ResolvedUnit,
  years: readonly number[],
  breakdown: Breakdown = "self",
  options: MeasureOptions = {},
): Promise<Row[]> {
  if (readsRollups(unit, breakdown)) return reportsRollupRows(access, unit, years, breakdown, options);
  return reportsSchoolRows(access, unit, years, breakdown, options);
}

/**
 * The rows of {@link reportsRows} from the reports, one per school and year: a school's own and a
 * district's schools (the 指标总览 pages them: `options.childIds`). Also the reference the
 * rollups are compared with (districtRollup.test.ts, the bench).
 */
export async function reportsSchoolRows(
  access: ScopedAccess,
  unit: ResolvedUnit,
  years: readonly number[],
  breakdown: Breakdown = "self",
  options: MeasureOptions = {},
): Promise<Row[]> {
  const totals = REPORT_COVERAGES.map(
    (m, i) => sql`, count(*) filter (where sc.type in ${typeList(m.schoolTypes)}) as t${sql.raw(String(i))}`,
  );
  const cols = REPORT_COVERAGES.map((m, i) => {
    const k = sql.raw(String(i));
    const inTypes = sql`r.type in ${typeList(m.schoolTypes)}`;
    // predicates name report columns unqualified: only `r` has them (k and tot do not)
    const p = sql.raw(m.predicate);
    return sql`,
      count(r.id) filter (where ${inTypes} and ${p} is not null) as cd${k},
      count(r.id) filter (where ${inTypes} and ${p}) as cn${k},
      coalesce(max(tot.t${k}), 0) as ct${k}`;
  });
  const ps = typeList(typesOf("B11"));
  // every sum counts only the school types of its target's population (domain population.ts):
  // a kindergarten's health-test counts or classes never reach B11/B12/B17 (issue 16)
  const healthTypes = typeList(typesOf("B11"));
  const fbTypes = typeList(typesOf("B14"));
  const query = sql`
    with sc as (${schoolsInYears(unit, breakdown, years, "", options)}),
    tot as (select sc.grp, sc.y, count(*) filter (where sc.type in ${ps}) as ps,
      count(*) filter (where sc.type in ${typeList(typesOf("B17"))}) as b17 ${sql.join(totals, sql``)}
      from sc group by sc.grp, sc.y),
    -- the counted reports with their grade sums kept on write (年报汇总, reportSummary.ts)
    r as (
      select rep.*, sc.type, sc.grp from ${countedReportsWithSums(years, options)} rep
        join sc on sc.id = rep.school_id and sc.y = rep.school_year
    ),
    k as (select g.grp, y from (select distinct tot.grp from tot) g cross join unnest(${yearArray(years)}) as y)
    select k.grp, k.y,
      coalesce(sum(r.health_tested) filter (where r.type in ${healthTypes}), 0) as tested,
      coalesce(sum(r.health_passed) filter (where r.type in ${healthTypes}), 0) as passed,
      coalesce(sum(r.health_good_or_excellent) filter (where r.type in ${healthTypes}), 0) as good,
      count(r.id) filter (where r.type in ${healthTypes} and r.health_tested > 0) as health_schools,
      count(r.id) filter (where r.type in ${ps}) as ps_reports,
      coalesce(max(tot.ps), 0) as ps_schools,
      count(r.id) filter (where r.type in ${typeList(typesOf("B17"))}) as b17_reports,
      coalesce(max(tot.b17), 0) as b17_schools,
      count(r.id) filter (where r.type in ${fbTypes} and r.football_feature_school) as fb_schools,
      count(r.id) filter (where r.type in ${fbTypes} and r.football_feature_school and r.football_lessons_per_week >= 2) as fb_two,
      coalesce(sum(r.large_classes) filter (where r.type in ${typeList(typesOf("B17"))}), 0) as large_classes
      ${sql.join(cols, sql``)}
    from k left join tot on tot.grp = k.grp and tot.y = k.y
      left join r on r.grp = k.grp and r.school_year = k.y
    group by k.grp, k.y`;
  return toRows(await access.readDb.execute(query));
}

/**
 * The rows of {@link reportsRows} for the city (as a whole or by district) or a district as a
 * whole, from the district rollups (districtRollup.ts): the schools expected per (unit key, year,
 * school type) from 学校数汇总 `school_open_count`, the reports' sums and counts from 年报汇总（区县）
 * `report_district_year_rollup` (status `approved`, and `submitted` with
 * `options.includeSubmitted`) — the same columns and values as {@link reportsSchoolRows},
 * whatever the number of schools.
 */
async function reportsRollupRows(
  access: ScopedAccess,
  unit: ResolvedUnit,
  years: readonly number[],
  breakdown: Breakdown,
  options: MeasureOptions,
): Promise<Row[]> {
  const statuses = sql.raw(options.includeSubmitted ? "('approved', 'submitted')" : "('approved')");
  const cols = REPORT_COVERAGES.map((m, i) => {
    const k = sql.raw(String(i));
    const c = coverageColumns(m);
    return sql`,
      ${sumOfTypes(c.answered, m.schoolTypes)} as cd${k},
      ${sumOfTypes(c.yes, m.schoolTypes)} as cn${k},
      ${sumOfTypes("n", m.schoolTypes)} as ct${k}`;
  });
  const query = rollupRowsQuery(unit, years, breakdown, {
    table: "report_district_year_rollup",
    columns: [
      "reports",
      "health_tested",
      "health_passed",
      "health_good",
      "health_schools",
      "football_schools",
      "football_two_lessons",
      "large_classes",
      ...REPORT_COVERAGES.flatMap((m) => Object.values(coverageColumns(m))),
    ],
    where: sql`r.status in ${statuses}`,
    select: sql`
      ${sumOfTypes("health_tested", typesOf("B11"))} as tested,
      ${sumOfTypes("health_passed", typesOf("B11"))} as passed,
      ${sumOfTypes("health_good", typesOf("B11"))} as good,
      ${sumOfTypes("health_schools", typesOf("B11"))} as health_schools,
      ${sumOfTypes("reports", typesOf("B11"))} as ps_reports,
      ${sumOfTypes("n", typesOf("B11"))} as ps_schools,
      ${sumOfTypes("reports", typesOf("B17"))} as b17_reports,
      ${sumOfTypes("n", typesOf("B17"))} as b17_schools,
      ${sumOfTypes("football_schools", typesOf("B14"))} as fb_schools,
      ${sumOfTypes("football_two_lessons", typesOf("B14"))} as fb_two,
      ${sumOfTypes("large_classes", typesOf("B17"))} as large_classes
      ${sql.join(cols, sql``)}`,
  });
  return toRows(await access.readDb.execute(query));
}

/**
 * The reports measurements of rows of {@link reportsRows} (or their sums: cityRollup.ts), by the
 * rows' unit key (grp) and year.
 */
export function reportsMeasurements(rows: readonly Row[]): Measurements {
  const out: Measurements = new Map();
  for (const row of rows) {
    const key = String(row.grp);
    const year = num(row.y);
    const tested = num(row.tested);
    const psReports = num(row.ps_reports);
    const psMissing = num(row.ps_schools) - psReports;
    const healthReason = tested > 0 ? null : "没有已审核的年报填报学生体质健康测试人数";
    put(out, key, year, "B11", {
      value: ratio(num(row.passed), tested).value,
      numerator: num(row.passed),
      denominator: tested,
      numeratorLabel: "体质健康测试合格及以上人数",
      denominatorLabel: "参加测试学生数",
      unitsIncluded: psReports,
      unitsMissing: psMissing,
      reason: healthReason,
    });
    put(out, key, year, "B12", {
      value: ratio(num(row.good), tested).value,
      numerator: num(row.good),
      denominator: tested,
      numeratorLabel: "体质健康测试良好及优秀人数",
      denominatorLabel: "参加测试学生数",
      unitsIncluded: psReports,
      unitsMissing: psMissing,
      reason: healthReason,
    });
    REPORT_COVERAGES.forEach((m, i) => {
      const d = num(row[`cd${i}`]);
      const n = num(row[`cn${i}`]);
      put(out, key, year, m.id, {
        value: ratio(n, d).value,
        numerator: n,
        denominator: d,
        numeratorLabel: m.numeratorLabel,
        denominatorLabel: m.denominatorLabel,
        unitsIncluded: d,
        unitsMissing: num(row[`ct${i}`]) - d,
        reason: d > 0 ? null : "本单位该学年没有已审核的相关年报",
      });
    });
    // B14 (三(一)3): of the football-feature schools (approved reports), those with ≥2 lessons a week
    const fb = num(row.fb_schools);
    put(out, key, year, "B14", {
      value: ratio(num(row.fb_two), fb).value,
      numerator: num(row.fb_two),
      denominator: fb,
      numeratorLabel: "每周开设不少于2节足球课的国家级足球特色学校",
      denominatorLabel: "国家级足球特色学校（已审核年报）",
      // covered by the feature schools among the reports and the 中小学 not yet reported (either
      // may be one): a school whose report says it is not a feature school is 不适用 (0/0)
      unitsIncluded: fb,
      unitsMissing: psMissing,
      reason: fb > 0 ? null : "本单位该学年已审核年报中没有国家级足球特色学校",
    });
    // B17 counts 中小学 classes only (domain population.ts; 国发〔2016〕40号): kindergartens are
    // judged on 《幼儿园工作规程》 class sizes (reportFlags), not counted here
    const reports = num(row.b17_reports);
    put(out, key, year, "B17", {
      value: reports > 0 ? num(row.large_classes) : null,
      numerator: num(row.large_classes),
      denominator: null,
      numeratorLabel: "大班额（56—65人）及超大班额（66人及以上）班级数",
      denominatorLabel: null,
      unitsIncluded: reports,
      unitsMissing: num(row.b17_schools) - reports,
      reason: reports > 0 ? null : "本单位该学年没有已审核的年报",
    });
  }
  return out;
}

/**
 * Reports measures of a unit for some school years: {@link reportsRows} (one statement) turned into
 * measurements ({@link reportsMeasurements}).
 */
export async function measureReports(
  access: ScopedAccess,
  unit: ResolvedUnit,
  years: readonly number[],
  breakdown: Breakdown = "self",
  options: MeasureOptions = {},
): Promise<Measurements> {
  return reportsMeasurements(await reportsRows(access, unit, years, breakdown, options));
}
