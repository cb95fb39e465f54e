/**
 * The roster family of measures (名册类指标: A07, A08, A09, B33, B34, B35, B08, B43): sums of the
 * roster summary (名册汇总 `staff_school_year_summary`, one row per school and year, kept by the
 * database in the same transaction as each roster write: staffSummary.ts) grouped to the unit or
 * the units directly below it, turned into values by the domain (ratio; B43 trainingHoursPerTeacher).
 * Ratios are ratios of sums (a district's A08 is its qualifying teachers over its teachers, never
 * the mean of its schools' percentages). A dashboard reads summary rows, not the roster (issue
 * 15): the city's and a district's own figures a few rows per district, year and school type
 * (the district rollups, districtRollup.ts), a school's and a district's schools one per school
 * and year.
 */
import { ratio, type SchoolType, type TargetId, trainingHoursPerTeacher } from "@edu2035/domain";
import { sql } from "drizzle-orm";
import type { ResolvedUnit, ScopedAccess } from "../../../authz/access.ts";
import {
  type Breakdown,
  type Measurements,
  type MeasureOptions,
  num,
  put,
  schoolsInYears,
  toRows,
  typeList,
  typesOf,
  yearArray,
} from "../measures.ts";
import type { Row } from "./cityRollup.ts";
import { STAFF_ROLLUP_COUNTS } from "./districtRollup.ts";
import { readsRollups, rollupRowsQuery, sumOfTypes } from "./rollupRows.ts";
import { type StaffSummaryCount, summaryColumn } from "./staffSummary.ts";

/** A ratio of roster counts: its summary columns (what they count: staffSummary.ts) and labels. */
interface StaffRatio {
  id: TargetId;
  denominator: StaffSummaryCount;
  numerator: StaffSummaryCount;
  schoolTypes: readonly SchoolType[];
  numeratorLabel: string;
  denominatorLabel: string;
}

/**
 * Staff-roster ratios (percent). Sources: A07/A08/A09 the plan's indicator table; B33 三(六)1;
 * B34/B35 三(六)2.
 */
const STAFF_RATIOS: StaffRatio[] = [
  {
    id: "A07",
    denominator: "a07Denominator",
    numerator: "a07Numerator",
    schoolTypes: typesOf("A07"),
    numeratorLabel: "学前教育专业毕业或持幼儿园教师资格的专任教师",
    denominatorLabel: "幼儿园专任教师",
  },
  {
    id: "A08",
    denominator: "a08Denominator",
    numerator: "a08Numerator",
    schoolTypes: typesOf("A08"),
    numeratorLabel: "本科及以上学历专任教师",
    denominatorLabel: "义务教育阶段专任教师",
  },
  {
    id: "A09",
    denominator: "a09Denominator",
    numerator: "a09Numerator",
    schoolTypes: typesOf("A09"),
    numeratorLabel: "双师型专任专业课教师",
    denominatorLabel: "职业院校专任专业课教师",
  },
  {
    id: "B33",
    denominator: "b33Denominator",
    numerator: "b33Numerator",
    schoolTypes: typesOf("B33"),
    numeratorLabel: "本科及以上学历幼儿园专任教师",
    denominatorLabel: "幼儿园专任教师",
  },
  {
    id: "B34",
    denominator: "b34Denominator",
    numerator: "b34Numerator",
    schoolTypes: typesOf("B34"),
    numeratorLabel: "完成心理健康培训的中小学专任教师",
    denominatorLabel: "中小学专任教师",
  },
  {
    id: "B35",
    denominator: "b35Denominator",
    numerator: "b35Numerator",
    schoolTypes: typesOf("B35"),
    numeratorLabel: "具有心理辅导专业素养（持证）的中小学教师",
    denominatorLabel: "中小学专任教师",
  },
];

/**
 * Staff-roster measures (A07, A08, A09, B33, B34, B35, B08 and B43) of a unit for some school
 * years, in one statement over the roster summary grouped by (unit key, year). Every (unit key,
 * year) of a unit with schools gets a row, so units without a roster show up as missing, not
 * absent. Coverage: a school of the target's kinds is included when its roster of the year has
 * at least one row on the roster at the 统计时点 (summary roster_rows > 0; a roster whose
 * teachers are all outside the ratio still reported: it adds 0 to both sums), and missing
 * otherwise. B08: a 中小学 with at least one 体育与健康 专任教师 of its population (三(一)3 配齐
 * 体育专职教师). B43 (三(六)2; 教师〔2011〕1号: 360 hours per teacher per five-year cycle): Σ hours
 * of the year's cycle and the teachers of its population (义务教育专任教师, as A08's), turned
 * into Σ hours ÷ (teachers × years elapsed ÷ 5) by the domain's trainingHoursPerTeacher.
 */
export async function staffRows(
  access: ScopedAccess,
  unit: ResolvedUnit,
  years: readonly number[],
  breakdown: Breakdown = "self",
  options: MeasureOptions = {},
): Promise<Row[]> {
  if (readsRollups(unit, breakdown)) return staffRollupRows(access, unit, years, breakdown);
  return staffSchoolRows(access, unit, years, breakdown, options);
}

/**
 * The rows of {@link staffRows} from the roster summary, one per school and year: a school's own
 * and a district's schools (the 指标总览 pages them: `options.childIds`). Also the reference the
 * rollups are compared with (staffRollup.test.ts, the bench).
 */
export async function staffSchoolRows(
  access: ScopedAccess,
  unit: ResolvedUnit,
  years: readonly number[],
  breakdown: Breakdown = "self",
  options: MeasureOptions = {},
): Promise<Row[]> {
  // the schools of the unit in each year (sc, tot), their summary rows (p: one per school with a
  // roster), grouped by unit key and year
  const totals = STAFF_RATIOS.map(
    (m, i) => sql`, count(*) filter (where sc.type in ${typeList(m.schoolTypes)}) as t${sql.raw(String(i))}`,
  );
  const perSchool = STAFF_RATIOS.map((m, i) => {
    const k = sql.raw(String(i));
    return sql`, u.${sql.raw(summaryColumn(m.denominator))} as d${k}, u.${sql.raw(summaryColumn(m.numerator))} as n${k}`;
  });
  const cols = STAFF_RATIOS.map((m, i) => {
    const k = sql.raw(String(i));
    return sql`,
      coalesce(sum(p.d${k}), 0) as d${k},
      coalesce(sum(p.n${k}), 0) as n${k},
      count(p.school_id) filter (where p.type in ${typeList(m.schoolTypes)}) as u${k},
      coalesce(max(tot.t${k}), 0) - count(p.school_id) filter (where p.type in ${typeList(m.schoolTypes)}) as m${k}`;
  });
  const ps = typeList(typesOf("B08"));
  const b43Types = typeList(typesOf("B43"));
  const query = sql`
    with sc as (${schoolsInYears(unit, breakdown, years, "", options)}),
    tot as (select sc.grp, sc.y, count(*) filter (where sc.type in ${ps}) as ps,
      count(*) filter (where sc.type in ${b43Types}) as b43_schools ${sql.join(totals, sql``)} from sc group by sc.grp, sc.y),
    p as (
      select u.school_id, u.school_year as y, sc.grp, sc.type,
        u.${sql.raw(summaryColumn("b08PeTeachers"))} > 0 as has_pe,
        u.${sql.raw(summaryColumn("b43Hours"))} as b43,
        u.${sql.raw(summaryColumn("b43Teachers"))} as b43_teachers
        ${sql.join(perSchool, sql``)}
      from staff_school_year_summary u join sc on sc.id = u.school_id and sc.y = u.school_year
      -- a school has a roster of the year when a row of it was on the roster at the 统计时点
      where u.school_year = any(${yearArray(years)}) and u.${sql.raw(summaryColumn("rosterRows"))} > 0
    ),
    k as (select g.grp, y from (select distinct tot.grp from tot) g cross join unnest(${yearArray(years)}) as y)
    select k.grp, k.y,
      coalesce(max(tot.ps), 0) as b08_schools,
      count(*) filter (where p.type in ${ps} and p.has_pe) as b08_with_pe,
      coalesce(max(tot.ps), 0) - count(p.school_id) filter (where p.type in ${ps}) as b08_missing,
      coalesce(sum(p.b43), 0) as b43_hours,
      coalesce(sum(p.b43_teachers), 0) as b43_teachers,
      count(p.school_id) filter (where p.type in ${b43Types}) as b43_included,
      coalesce(max(tot.b43_schools), 0) - count(p.school_id) filter (where p.type in ${b43Types}) as b43_missing
      ${sql.join(cols, sql``)}
    from k left join tot on tot.grp = k.grp and tot.y = k.y left join p on p.grp = k.grp and p.y = k.y
    group by k.grp, k.y`;
  return toRows(await access.readDb.execute(query));
}

/**
 * The rows of {@link staffRows} for the city (as a whole or by district) or a district as a
 * whole, from the district rollups (districtRollup.ts): the schools expected per (unit key,
 * year, school type) from 学校数汇总 `school_open_count`, the roster sums and the schools with a
 * roster from 名册汇总（区县） `staff_district_year_rollup`, a few delta rows per district, year
 * and type summed — the same columns and values as {@link staffSchoolRows}, whatever the number
 * of schools.
 */
async function staffRollupRows(
  access: ScopedAccess,
  unit: ResolvedUnit,
  years: readonly number[],
  breakdown: Breakdown,
): Promise<Row[]> {
  const [b08, b43] = [typesOf("B08"), typesOf("B43")];
  const cols = STAFF_RATIOS.map((m, i) => {
    const k = sql.raw(String(i));
    return sql`,
      ${sumOfTypes(summaryColumn(m.denominator), m.schoolTypes)} as d${k},
      ${sumOfTypes(summaryColumn(m.numerator), m.schoolTypes)} as n${k},
      ${sumOfTypes("roster_schools", m.schoolTypes)} as u${k},
      ${sumOfTypes("n", m.schoolTypes)} - ${sumOfTypes("roster_schools", m.schoolTypes)} as m${k}`;
  });
  const query = rollupRowsQuery(unit, years, breakdown, {
    table: "staff_district_year_rollup",
    columns: ["roster_schools", "pe_schools", ...STAFF_ROLLUP_COUNTS.map(summaryColumn)],
    select: sql`
      ${sumOfTypes("n", b08)} as b08_schools,
      ${sumOfTypes("pe_schools", b08)} as b08_with_pe,
      ${sumOfTypes("n", b08)} - ${sumOfTypes("roster_schools", b08)} as b08_missing,
      coalesce(sum(x.b43_hours), 0)::bigint as b43_hours,
      coalesce(sum(x.b43_teachers), 0)::bigint as b43_teachers,
      ${sumOfTypes("roster_schools", b43)} as b43_included,
      ${sumOfTypes("n", b43)} - ${sumOfTypes("roster_schools", b43)} as b43_missing
      ${sql.join(cols, sql``)}`,
  });
  return toRows(await access.readDb.execute(query));
}

/**
 * The staff measurements of rows of {@link staffRows} (or their sums: cityRollup.ts), by the
 * rows' unit key (grp) and year.
 */
export function staffMeasurements(rows: readonly Row[]): Measurements {
  const out: Measurements = new Map();
  for (const row of rows) {
    const key = String(row.grp);
    const year = num(row.y);
    STAFF_RATIOS.forEach((m, i) => {
      const d = num(row[`d${i}`]);
      const n = num(row[`n${i}`]);
      put(out, key, year, m.id, {
        value: ratio(n, d).value,
        numerator: n,
        denominator: d,
        numeratorLabel: m.numeratorLabel,
        denominatorLabel: m.denominatorLabel,
        unitsIncluded: num(row[`u${i}`]),
        unitsMissing: num(row[`m${i}`]),
        reason: d > 0 ? null : `本单位该学年没有${m.denominatorLabel}的在岗记录`,
      });
    });
    const schoolsB08 = num(row.b08_schools) - num(row.b08_missing);
    put(out, key, year, "B08", {
      value: ratio(num(row.b08_with_pe), schoolsB08).value,
      numerator: num(row.b08_with_pe),
      denominator: schoolsB08,
      numeratorLabel: "配有体育专任教师的中小学",
      denominatorLabel: "有教职工名册的中小学",
      unitsIncluded: schoolsB08,
      unitsMissing: num(row.b08_missing),
      reason: schoolsB08 > 0 ? null : "本单位该学年没有中小学教职工名册",
    });
    // B43: the teachers of its population (the same as A08's); hours of the year's cycle, pro rata
    const teachers = num(row.b43_teachers);
    const b43 = trainingHoursPerTeacher({ hours: num(row.b43_hours), teachers, schoolYear: year });
    put(out, key, year, "B43", {
      value: b43.value,
      numerator: b43.hours,
      denominator: b43.equivalentTeachers,
      numeratorLabel: `义务教育专任教师本周期（${b43.cycle.label}）累计培训学时合计`,
      denominatorLabel: `义务教育专任教师数 × 周期已过${b43.yearsElapsed}年 ÷ 5（折算为整周期人数）`,
      unitsIncluded: num(row.b43_included),
      unitsMissing: num(row.b43_missing),
      reason: teachers > 0 ? null : "本单位该学年没有义务教育阶段专任教师的在岗记录",
    });
  }
  return out;
}

/**
 * Staff measures of a unit for some school years: {@link staffRows} (one statement) turned into
 * measurements ({@link staffMeasurements}).
 */
export async function measureStaff(
  access: ScopedAccess,
  unit: ResolvedUnit,
  years: readonly number[],
  breakdown: Breakdown = "self",
  options: MeasureOptions = {},
): Promise<Measurements> {
  return staffMeasurements(await staffRows(access, unit, years, breakdown, options));
}
