/**
 * The roster family of measures (名册类指标: A07, A08, A09, B33, B34, B35, B08, B43): counts over
 * the 三支队伍 roster (`staff`) at each school year's 统计时点, per school and year, grouped to the
 * unit or the units directly below it. Ratios are ratios of sums (a district's A08 is its
 * qualifying teachers over its teachers, never the mean of its schools' percentages).
 */
import { type SchoolType, trainingHoursPerTeacher } from "@edu2035/domain";
import { sql } from "drizzle-orm";
import type { ResolvedUnit, ScopedAccess } from "../../../authz/access.ts";
import { staffPopulationSql } from "../../../lib/population.ts";
import { onRosterAtStatisticsDate } from "../../../lib/statisticsDate.ts";
import {
  type Breakdown,
  type Measurements,
  num,
  put,
  schoolsInYears,
  toRows,
  typeList,
  typesOf,
  yearArray,
} from "../measures.ts";

const pct = (n: number, d: number) => (d > 0 ? (n * 100) / d : null);

/** A ratio of staff counts: denominator and numerator predicates over `st` rows (staff ⋈ schools). */
interface StaffRatio {
  id: string;
  denominator: string;
  numerator: string;
  schoolTypes: readonly SchoolType[];
  numeratorLabel: string;
  denominatorLabel: string;
}

/**
 * Staff-roster ratios (percent). Predicates are SQL over the CTE `st` (active staff of the
 * year with their school's `type`). Sources: A07/A08/A09 the plan's indicator table;
 * B33 三(六)1; B34/B35 三(六)2.
 */
const STAFF_RATIOS: StaffRatio[] = [
  {
    id: "A07",
    denominator: staffPopulationSql("A07"),
    numerator: "(preschool_major or teacher_certificate = 'kindergarten')",
    schoolTypes: typesOf("A07"),
    numeratorLabel: "学前教育专业毕业或持幼儿园教师资格的专任教师",
    denominatorLabel: "幼儿园专任教师",
  },
  {
    id: "A08",
    denominator: staffPopulationSql("A08"),
    numerator: "education in ('postgraduate', 'bachelor')",
    schoolTypes: typesOf("A08"),
    numeratorLabel: "本科及以上学历专任教师",
    denominatorLabel: "义务教育阶段专任教师",
  },
  {
    id: "A09",
    // 专任 only (教育事业统计: 专任教师 → 专业课教师 → 其中双师型; 兼职、外聘 apart)
    denominator: staffPopulationSql("A09"),
    numerator: "dual_qualified",
    schoolTypes: typesOf("A09"),
    numeratorLabel: "双师型专任专业课教师",
    denominatorLabel: "职业院校专任专业课教师",
  },
  {
    id: "B33",
    denominator: staffPopulationSql("B33"),
    numerator: "education in ('postgraduate', 'bachelor')",
    schoolTypes: typesOf("B33"),
    numeratorLabel: "本科及以上学历幼儿园专任教师",
    denominatorLabel: "幼儿园专任教师",
  },
  {
    id: "B34",
    denominator: staffPopulationSql("B34"),
    numerator: "mental_health_trained",
    schoolTypes: typesOf("B34"),
    numeratorLabel: "完成心理健康培训的中小学专任教师",
    denominatorLabel: "中小学专任教师",
  },
  {
    id: "B35",
    denominator: staffPopulationSql("B35"),
    numerator: "counselling_certificate",
    schoolTypes: typesOf("B35"),
    numeratorLabel: "具有心理辅导专业素养（持证）的中小学教师",
    denominatorLabel: "中小学专任教师",
  },
];

/**
 * B43 (三(六)2; 教师〔2011〕1号: 360 hours per teacher per five-year cycle). The roster keeps, on
 * each teacher's record of a year, the hours of that year's cycle (2016–2020, 2021–2025,
 * 2026–2030 …; a carry-over into a cycle's first year starts them from zero). SQL sums the hours
 * and counts the teachers of B43's population (义务教育专任教师, the same as A08's); the domain's
 * trainingHoursPerTeacher turns them into the value: Σ hours ÷ (teachers × years elapsed ÷ 5).
 */
const B43_TEACHERS = staffPopulationSql("B43");
/** B08 (三(一)3 配齐体育专职教师): a 中小学 with at least one 体育与健康 专任教师 of its population. */
const B08_PE_TEACHERS = staffPopulationSql("B08");

/**
 * Staff-roster measures (A07, A08, A09, B33, B34, B35 and B08) of a unit for some school years,
 * in one statement grouped by (unit key, year). Every (unit key, year) of a unit with schools
 * gets a row, so units without a roster show up as missing, not absent. Coverage: a school of
 * the target's kinds is included when its roster of the year has at least one active row (a
 * roster whose teachers are all outside the ratio still reported: it adds 0 to both sums), and
 * missing otherwise.
 */
export async function measureStaff(
  access: ScopedAccess,
  unit: ResolvedUnit,
  years: readonly number[],
  breakdown: Breakdown = "self",
): Promise<Measurements> {
  // two levels: first one row per school and year (a hash aggregate over the roster), then the
  // groups from those rows — schools with a roster are counted from them, not per school again
  const totals = STAFF_RATIOS.map(
    (m, i) => sql`, count(*) filter (where sc.type in ${typeList(m.schoolTypes)}) as t${sql.raw(String(i))}`,
  );
  const perSchool = STAFF_RATIOS.map((m, i) => {
    const k = sql.raw(String(i));
    const d = sql.raw(m.denominator);
    return sql`,
      count(*) filter (where ${d}) as d${k},
      count(*) filter (where ${d} and ${sql.raw(m.numerator)}) as n${k}`;
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
    with sc as (${schoolsInYears(unit, breakdown, years)}),
    tot as (select sc.grp, sc.y, count(*) filter (where sc.type in ${ps}) as ps,
      count(*) filter (where sc.type in ${b43Types}) as b43_schools ${sql.join(totals, sql``)} from sc group by sc.grp, sc.y),
    p as (
      select f.school_id, f.school_year as y, sc.grp, sc.type,
        bool_or(${sql.raw(B08_PE_TEACHERS)}) as has_pe,
        sum(training_hours) filter (where ${sql.raw(B43_TEACHERS)}) as b43,
        count(*) filter (where ${sql.raw(B43_TEACHERS)}) as b43_teachers
        ${sql.join(perSchool, sql``)}
      from staff f join sc on sc.id = f.school_id and sc.y = f.school_year
      -- on the roster at the year's 统计时点 (1 September; domain statisticsDate.ts, the one rule)
      where f.school_year = any(${yearArray(years)}) and ${onRosterAtStatisticsDate("f")}
      group by f.school_id, f.school_year, sc.grp, sc.type
    ),
    k as (select g.grp, y from (select distinct sc.grp from sc) g cross join unnest(${yearArray(years)}) as y)
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
  const out: Measurements = new Map();
  for (const row of toRows(await access.readDb.execute(query))) {
    const key = String(row.grp);
    const year = num(row.y);
    STAFF_RATIOS.forEach((m, i) => {
      const d = num(row[`d${i}`]);
      const n = num(row[`n${i}`]);
      put(out, key, year, m.id, {
        value: pct(n, d),
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
      value: pct(num(row.b08_with_pe), schoolsB08),
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
