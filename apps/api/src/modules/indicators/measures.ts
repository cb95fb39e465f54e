/**
 * How each target is measured from the database: SQL aggregates over the staff roster and
 * the school annual reports, inside one resolved unit, for a set of school years, either for
 * the unit as a whole or broken down by the units directly below it (the city's districts, a
 * district's schools). Each family of measures is ONE statement whatever the number of
 * schools, staff or years (count … filter (where …) grouped by unit and year).
 * Ratios are ratios of sums: a district's A08 is its qualifying teachers over its teachers,
 * never the mean of its schools' percentages.
 */
import type { SchoolType } from "@edu2035/domain";
import { type SQL, sql } from "drizzle-orm";
import type { ResolvedUnit, ScopedAccess } from "../../authz/access.ts";

/** What a measure yields for one unit and school year. */
export interface Measurement {
  /** In the target's unit (percent for ratios and coverage, a count for counts); null when not computable. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  /** Schools whose data went into the value. */
  unitsIncluded: number;
  /** Schools of the relevant types in the unit with no data for the year. */
  unitsMissing: number;
  /** Why there is no value (Chinese), when value is null. */
  reason: string | null;
}

/** 中小学: the school types the plan's "中小学" targets cover (B06–B19, B34, B35). */
export const PRIMARY_AND_SECONDARY: readonly SchoolType[] = [
  "primary",
  "junior_secondary",
  "nine_year",
  "complete_secondary",
  "senior_secondary",
];
const VOCATIONAL: readonly SchoolType[] = ["secondary_vocational", "higher_vocational"];
const KINDERGARTEN: readonly SchoolType[] = ["kindergarten"];
const COMPULSORY: readonly SchoolType[] = ["primary", "junior_secondary", "nine_year", "complete_secondary"];

/** "('primary', 'junior_secondary')": a list literal of school types (codes are fixed identifiers). */
const typesSql = (types: readonly SchoolType[]) => `(${types.map((t) => `'${t}'`).join(", ")})`;
const typeList = (types: readonly SchoolType[]) => sql.raw(typesSql(types));

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
    denominator: "role = 'teacher' and full_time and type = 'kindergarten'",
    numerator: "(preschool_major or teacher_certificate = 'kindergarten')",
    schoolTypes: KINDERGARTEN,
    numeratorLabel: "学前教育专业毕业或持幼儿园教师资格的专任教师",
    denominatorLabel: "幼儿园专任教师",
  },
  {
    id: "A08",
    denominator: "role = 'teacher' and full_time and stage in ('primary', 'junior_secondary')",
    numerator: "education in ('postgraduate', 'bachelor')",
    schoolTypes: COMPULSORY,
    numeratorLabel: "本科及以上学历专任教师",
    denominatorLabel: "义务教育阶段专任教师",
  },
  {
    id: "A09",
    denominator: `role = 'teacher' and subject = 'specialty' and type in ('secondary_vocational', 'higher_vocational')`,
    numerator: "dual_qualified",
    schoolTypes: VOCATIONAL,
    numeratorLabel: "双师型专业课教师",
    denominatorLabel: "职业院校专业课教师",
  },
  {
    id: "B33",
    denominator: "role = 'teacher' and full_time and type = 'kindergarten'",
    numerator: "education in ('postgraduate', 'bachelor')",
    schoolTypes: KINDERGARTEN,
    numeratorLabel: "本科及以上学历幼儿园专任教师",
    denominatorLabel: "幼儿园专任教师",
  },
  {
    id: "B34",
    denominator: `role = 'teacher' and full_time and type in ${typesSql(PRIMARY_AND_SECONDARY)}`,
    numerator: "mental_health_trained",
    schoolTypes: PRIMARY_AND_SECONDARY,
    numeratorLabel: "完成心理健康培训的中小学专任教师",
    denominatorLabel: "中小学专任教师",
  },
  {
    id: "B35",
    denominator: `role = 'teacher' and full_time and type in ${typesSql(PRIMARY_AND_SECONDARY)}`,
    numerator: "counselling_certificate",
    schoolTypes: PRIMARY_AND_SECONDARY,
    numeratorLabel: "具有心理辅导专业素养（持证）的中小学教师",
    denominatorLabel: "中小学专任教师",
  },
];

/** Whether to measure the unit as a whole or each unit directly below it. */
export type Breakdown = "self" | "children";

/** The key of the unit as a whole in a measurement map. */
export const SELF = "self";

/** Measurements by unit key (SELF, or a district/school id) and school year. */
export type Measurements = Map<string, Map<number, Map<string, Measurement>>>;

/** SQL keeping schools inside a resolved unit. */
function schoolsOfUnit(unit: ResolvedUnit): SQL {
  if (unit.level === "city") return sql`true`;
  if (unit.level === "district") return sql`s.district_id = ${unit.id}`;
  return sql`s.id = ${unit.id}`;
}

/** SQL of the group key of a school: the unit itself, or the child unit it lies in. */
function groupKey(unit: ResolvedUnit, breakdown: Breakdown): SQL {
  if (breakdown === "self" || unit.level === "school") return sql.raw(`'${SELF}'`);
  return unit.level === "city" ? sql`s.district_id::text` : sql`s.id::text`;
}

/** A validated list of years as an SQL array literal (years are checked integers). */
function yearArray(years: readonly number[]): SQL {
  for (const y of years) if (!Number.isInteger(y)) throw new RangeError(`bad school year ${y}`);
  return sql.raw(`array[${[...new Set(years)].join(", ")}]::smallint[]`);
}

const pct = (n: number, d: number) => (d > 0 ? (n * 100) / d : null);

/** Put a measurement into the map under unit key and year. */
function put(out: Measurements, key: string, year: number, id: string, m: Measurement) {
  const byYear = out.get(key) ?? new Map<number, Map<string, Measurement>>();
  out.set(key, byYear);
  const byId = byYear.get(year) ?? new Map<string, Measurement>();
  byYear.set(year, byId);
  byId.set(id, m);
}

/**
 * Staff-roster measures (A07, A08, A09, B33, B34, B35 and B08) of a unit for some school years,
 * in one statement grouped by (unit key, year). Every (unit key, year) of a unit with schools
 * gets a row, so units without a roster show up as missing, not absent.
 */
export async function measureStaff(
  access: ScopedAccess,
  unit: ResolvedUnit,
  years: readonly number[],
  breakdown: Breakdown = "self",
): Promise<Measurements> {
  const cols = STAFF_RATIOS.map((m, i) => {
    const k = sql.raw(String(i));
    const d = sql.raw(m.denominator);
    return sql`,
      count(st.id) filter (where ${d}) as d${k},
      count(st.id) filter (where ${d} and ${sql.raw(m.numerator)}) as n${k},
      count(distinct st.school_id) filter (where ${d}) as u${k},
      (select count(*) from sc where sc.grp = k.grp and sc.type in ${typeList(m.schoolTypes)}
         and not exists (select 1 from st x where x.school_id = sc.id and x.school_year = k.y)) as m${k}`;
  });
  const ps = typeList(PRIMARY_AND_SECONDARY);
  const query = sql`
    with sc as (select s.id, s.type, ${groupKey(unit, breakdown)} as grp from schools s where s.active and ${schoolsOfUnit(unit)}),
    st as (
      select f.*, sc.type, sc.grp from staff f join sc on sc.id = f.school_id
      where f.school_year = any(${yearArray(years)}) and f.status = 'active'
    ),
    k as (select distinct sc.grp, y from sc cross join unnest(${yearArray(years)}) as y)
    select k.grp, k.y,
      (select count(*) from sc where sc.grp = k.grp and sc.type in ${ps}) as b08_schools,
      (select count(*) from sc where sc.grp = k.grp and sc.type in ${ps}
         and exists (select 1 from st x where x.school_id = sc.id and x.school_year = k.y and x.role = 'teacher'
                     and x.full_time and x.subject = 'physical_education')) as b08_with_pe,
      (select count(*) from sc where sc.grp = k.grp and sc.type in ${ps}
         and not exists (select 1 from st x where x.school_id = sc.id and x.school_year = k.y)) as b08_missing
      ${sql.join(cols, sql``)}
    from k left join st on st.grp = k.grp and st.school_year = k.y
    group by k.grp, k.y`;
  const out: Measurements = new Map();
  for (const row of toRows(await access.db.execute(query))) {
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
  }
  return out;
}

/** A coverage measure over approved school reports: share of schools whose flag holds. */
interface ReportCoverage {
  id: string;
  /** SQL predicate over `r` that is true / false / null (null = not reported). */
  predicate: string;
  schoolTypes: readonly SchoolType[];
  numeratorLabel: string;
  denominatorLabel: string;
}

/** Sources: 三(一)3 (B06, B07, B09, B10, B13, B15), 框3 (B19), 三(七)1 (B37). */
const REPORT_COVERAGES: ReportCoverage[] = [
  {
    id: "B06",
    predicate: "meets_pe_hygiene_standard",
    schoolTypes: PRIMARY_AND_SECONDARY,
    numeratorLabel: "达到体育卫生条件基本标准的学校",
    denominatorLabel: "填报的中小学",
  },
  {
    id: "B07",
    predicate: "implements_curriculum_standards",
    schoolTypes: PRIMARY_AND_SECONDARY,
    numeratorLabel: "落实课程标准的学校",
    denominatorLabel: "填报的中小学",
  },
  {
    id: "B09",
    predicate: "has_sports_brand",
    schoolTypes: PRIMARY_AND_SECONDARY,
    numeratorLabel: "形成体育品牌的学校",
    denominatorLabel: "填报的中小学",
  },
  {
    id: "B10",
    predicate: "implements_health_standard",
    schoolTypes: PRIMARY_AND_SECONDARY,
    numeratorLabel: "实施学生体质健康标准的学校",
    denominatorLabel: "填报的中小学",
  },
  {
    id: "B13",
    predicate: "held_sports_meeting",
    schoolTypes: PRIMARY_AND_SECONDARY,
    numeratorLabel: "举办运动会或体育节的学校",
    denominatorLabel: "填报的中小学",
  },
  {
    id: "B15",
    predicate: "held_arts_festival",
    schoolTypes: PRIMARY_AND_SECONDARY,
    numeratorLabel: "举办校园艺术节的学校",
    denominatorLabel: "填报的中小学",
  },
  {
    id: "B19",
    predicate: "(innovation_labs >= 1)",
    schoolTypes: PRIMARY_AND_SECONDARY,
    numeratorLabel: "建有创新实验室的学校",
    denominatorLabel: "填报的中小学",
  },
  {
    id: "B37",
    predicate: "wireless_full_coverage",
    schoolTypes: [...PRIMARY_AND_SECONDARY, ...KINDERGARTEN, ...VOCATIONAL, "special"],
    numeratorLabel: "无线网络全覆盖的学校",
    denominatorLabel: "填报的学校",
  },
];

/**
 * Annual-report measures of a unit for some school years, in one statement grouped by (unit
 * key, year): B11, B12 (student-weighted test rates), the coverage shares above, and B17
 * (大班额 + 超大班额 classes, a count). Only approved reports count.
 */
export async function measureReports(
  access: ScopedAccess,
  unit: ResolvedUnit,
  years: readonly number[],
  breakdown: Breakdown = "self",
): Promise<Measurements> {
  const cols = REPORT_COVERAGES.map((m, i) => {
    const k = sql.raw(String(i));
    const inTypes = sql`r.type in ${typeList(m.schoolTypes)}`;
    // predicates name report columns unqualified: only `r` has them (k has grp and y)
    const p = sql.raw(m.predicate);
    return sql`,
      count(r.id) filter (where ${inTypes} and ${p} is not null) as cd${k},
      count(r.id) filter (where ${inTypes} and ${p}) as cn${k},
      (select count(*) from sc where sc.grp = k.grp and sc.type in ${typeList(m.schoolTypes)}) as ct${k}`;
  });
  const ps = typeList(PRIMARY_AND_SECONDARY);
  const query = sql`
    with sc as (select s.id, s.type, ${groupKey(unit, breakdown)} as grp from schools s where s.active and ${schoolsOfUnit(unit)}),
    r as (
      select rep.*, sc.type, sc.grp from school_reports rep join sc on sc.id = rep.school_id
      where rep.school_year = any(${yearArray(years)}) and rep.status = 'approved'
    ),
    k as (select distinct sc.grp, y from sc cross join unnest(${yearArray(years)}) as y)
    select k.grp, k.y,
      coalesce(sum(r.health_tested), 0) as tested,
      coalesce(sum(r.health_passed), 0) as passed,
      coalesce(sum(r.health_good_or_excellent), 0) as good,
      count(r.id) filter (where r.health_tested > 0) as health_schools,
      count(r.id) filter (where r.type in ${ps}) as ps_reports,
      (select count(*) from sc where sc.grp = k.grp and sc.type in ${ps}) as ps_schools,
      (select coalesce(sum(g.large_classes + g.oversized_classes), 0) from school_report_grades g
         join r r2 on r2.id = g.report_id where r2.grp = k.grp and r2.school_year = k.y) as large_classes
      ${sql.join(cols, sql``)}
    from k left join r on r.grp = k.grp and r.school_year = k.y
    group by k.grp, k.y`;
  const out: Measurements = new Map();
  for (const row of toRows(await access.db.execute(query))) {
    const key = String(row.grp);
    const year = num(row.y);
    const tested = num(row.tested);
    const psMissing = num(row.ps_schools) - num(row.ps_reports);
    const healthReason = tested > 0 ? null : "没有已审核的年报填报学生体质健康测试人数";
    put(out, key, year, "B11", {
      value: pct(num(row.passed), tested),
      numerator: num(row.passed),
      denominator: tested,
      numeratorLabel: "体质健康测试合格及以上人数",
      denominatorLabel: "参加测试学生数",
      unitsIncluded: num(row.health_schools),
      unitsMissing: psMissing,
      reason: healthReason,
    });
    put(out, key, year, "B12", {
      value: pct(num(row.good), tested),
      numerator: num(row.good),
      denominator: tested,
      numeratorLabel: "体质健康测试良好及优秀人数",
      denominatorLabel: "参加测试学生数",
      unitsIncluded: num(row.health_schools),
      unitsMissing: psMissing,
      reason: healthReason,
    });
    REPORT_COVERAGES.forEach((m, i) => {
      const d = num(row[`cd${i}`]);
      const n = num(row[`cn${i}`]);
      put(out, key, year, m.id, {
        value: pct(n, d),
        numerator: n,
        denominator: d,
        numeratorLabel: m.numeratorLabel,
        denominatorLabel: m.denominatorLabel,
        unitsIncluded: d,
        unitsMissing: num(row[`ct${i}`]) - d,
        reason: d > 0 ? null : "本单位该学年没有已审核的相关年报",
      });
    });
    const reports = num(row.ps_reports);
    put(out, key, year, "B17", {
      value: reports > 0 ? num(row.large_classes) : null,
      numerator: num(row.large_classes),
      denominator: null,
      numeratorLabel: "大班额（56—65人）及超大班额（66人及以上）班级数",
      denominatorLabel: null,
      unitsIncluded: reports,
      unitsMissing: psMissing,
      reason: reports > 0 ? null : "本单位该学年没有已审核的中小学年报",
    });
  }
  return out;
}

/** The rows of a raw query, from either driver's result shape (postgres.js: an array; PGlite: { rows }). */
export function toRows(result: unknown): Record<string, unknown>[] {
  const rows = Array.isArray(result) ? result : (result as { rows?: unknown[] }).rows;
  return (rows ?? []) as Record<string, unknown>[];
}

/** bigint/numeric arrive as strings (postgres.js) or numbers (PGlite). */
function num(v: unknown): number {
  if (v === null || v === undefined) return 0;
  return typeof v === "number" ? v : Number(v);
}
