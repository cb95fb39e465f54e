/**
 * What the projection (学龄人口预测) reads, in a few statements per run, for a district or the
 * whole city already authorized by the caller (a ResolvedUnit):
 * - the enrolment by grade of every approved 年报 (已审核) of the unit's schools, summed by
 *   school year, stage and grade, and which schools' reports fed each year (coverage);
 * - the births entered (district_births), summed over the districts for the city;
 * - the base year's 专任教师 (role 教师, full-time, on the roster at 1 September: the domain's
 *   onRosterAtStatisticsDateSql) with gender, birth date, stage, subject, education, 骨干 and A07
 *   qualification.
 */
import type { DistrictRow, SchoolRow } from "@edu2035/db";
import {
  type BirthRecord,
  type EducationLevel,
  type EnrolmentRecord,
  onRosterAtStatisticsDateSql,
  PROJECTION_STAGES,
  type ProjectionStage,
  type RosterTeacher,
  SCHOOL_TYPES,
  type SchoolType,
  STAGES_OF_SCHOOL_TYPE,
  type Subject,
  TEACHER_STAGES,
  type TeacherStage,
} from "@edu2035/domain";
import { type SQL, sql } from "drizzle-orm";
import type { ResolvedUnit, ScopedAccess } from "../../authz/access.ts";

/** School types that teach a projected stage (幼儿园 … 中职). */
export const PROJECTION_SCHOOL_TYPES: readonly SchoolType[] = SCHOOL_TYPES.filter((t) =>
  STAGES_OF_SCHOOL_TYPE[t].some((s) => (PROJECTION_STAGES as readonly string[]).includes(s)),
);

const codes = (xs: readonly string[]) => sql.raw(`(${xs.map((x) => `'${x}'`).join(", ")})`);

function rowsOf(result: unknown): Record<string, unknown>[] {
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[];
}

/** The schools condition of a resolved unit (district or city). */
function unitSchools(unit: ResolvedUnit, alias: string): SQL {
  return unit.level === "district" ? sql`${sql.raw(alias)}.district_id = ${unit.id}` : sql`true`;
}

export interface CoverageYearData {
  schoolYear: number;
  schools: SchoolRow[];
  missingSchools: SchoolRow[];
}

export interface ProjectionData {
  history: EnrolmentRecord[];
  coverage: CoverageYearData[];
  births: BirthRecord[];
  birthYears: number[];
}

/**
 * Enrolment history, its coverage and the births of a district or the city.
 * `districts`: the districts the city sums births over (every open district).
 */
export async function loadProjectionInputs(
  access: ScopedAccess,
  unit: ResolvedUnit,
  districts: readonly DistrictRow[],
): Promise<ProjectionData> {
  const types = codes(PROJECTION_SCHOOL_TYPES);
  const stages = codes(PROJECTION_STAGES);
  const [historyResult, coverageResult, birthsResult, schoolRows] = await Promise.all([
    access.readDb.execute(sql`
      select r.school_year, g.stage, g.grade,
        cast(sum(g.students) as integer) as students, cast(sum(g.classes) as integer) as classes
      from school_reports r
        join schools s on s.id = r.school_id
        join school_report_grades g on g.report_id = r.id
      where r.status = 'approved' and s.type in ${types} and g.stage in ${stages} and ${unitSchools(unit, "s")}
      group by r.school_year, g.stage, g.grade
      order by r.school_year, g.stage, g.grade`),
    access.readDb.execute(sql`
      with y as (
        select distinct r.school_year as year
        from school_reports r join schools s on s.id = r.school_id
        where r.status = 'approved' and s.type in ${types} and ${unitSchools(unit, "s")}
      )
      select y.year, s.id as school_id, (r.id is not null) as reported
      from y
        join schools s on school_open_in(s.opened_on, s.closed_on, cast(y.year as integer))
          and s.type in ${types} and ${unitSchools(unit, "s")}
        left join school_reports r on r.school_id = s.id and r.school_year = y.year and r.status = 'approved'
      order by y.year, s.code`),
    access.readDb.execute(sql`
      select b.district_id, b.year, b.births from district_births b
      join districts d on d.id = b.district_id
      where ${unit.level === "district" ? sql`b.district_id = ${unit.id}` : sql`true`}
      order by b.year`),
    access.schools({ districtId: unit.level === "district" ? unit.id : null, includeClosed: true }),
  ]);
  const history: EnrolmentRecord[] = rowsOf(historyResult).map((r) => ({
    schoolYear: Number(r.school_year),
    stage: r.stage as ProjectionStage,
    grade: Number(r.grade),
    students: Number(r.students),
    classes: Number(r.classes),
  }));
  const byId = new Map(schoolRows.map((s) => [s.id, s]));
  const coverage = new Map<number, CoverageYearData>();
  for (const r of rowsOf(coverageResult)) {
    const year = Number(r.year);
    const school = byId.get(String(r.school_id));
    if (!school) continue;
    const c = coverage.get(year) ?? { schoolYear: year, schools: [], missingSchools: [] };
    (r.reported === true || r.reported === "t" ? c.schools : c.missingSchools).push(school);
    coverage.set(year, c);
  }
  // births: a district's own; the city's = the sum over its open districts, only in years every one entered
  const perYear = new Map<number, Map<string, number>>();
  for (const r of rowsOf(birthsResult)) {
    const y = Number(r.year);
    const m = perYear.get(y) ?? new Map<string, number>();
    m.set(String(r.district_id), Number(r.births));
    perYear.set(y, m);
  }
  const need =
    unit.level === "district" ? [unit.id as string] : districts.filter((d) => !d.closedOn).map((d) => d.id);
  const births: BirthRecord[] = [];
  for (const [year, m] of [...perYear.entries()].sort((a, b) => a[0] - b[0])) {
    if (!need.every((id) => m.has(id))) continue;
    births.push({ year, births: need.reduce((n, id) => n + (m.get(id) ?? 0), 0) });
  }
  return {
    history,
    coverage: [...coverage.values()].sort((a, b) => a.schoolYear - b.schoolYear),
    births,
    birthYears: births.map((b) => b.year),
  };
}

export interface RosterData {
  teachers: RosterTeacher[];
  /** Schools with at least one 专任教师 on the roster. */
  schoolIds: Set<string>;
  withoutStage: number;
}

/** The stage of a teacher: the record's 任教学段, else the school's only stage (a 小学's teachers). */
function stageOf(recorded: string | null, type: SchoolType): TeacherStage | null {
  if (recorded)
    return (TEACHER_STAGES as readonly string[]).includes(recorded) ? (recorded as TeacherStage) : null;
  const stages = STAGES_OF_SCHOOL_TYPE[type];
  const only = stages.length === 1 ? stages[0] : undefined;
  return only && (TEACHER_STAGES as readonly string[]).includes(only) ? (only as TeacherStage) : null;
}

/** The base year's 专任教师 of the unit's schools, on the roster at 1 September. */
export async function loadRoster(
  access: ScopedAccess,
  unit: ResolvedUnit,
  schoolYear: number,
): Promise<RosterData> {
  const result = await access.readDb.execute(sql`
    select f.school_id, s.type as school_type, f.stage, f.subject, f.education, f.backbone_level,
      f.preschool_major, f.teacher_certificate, p.gender, to_char(p.birth_date, 'YYYY-MM-DD') as birth_date
    from staff f
      join schools s on s.id = f.school_id
      join people p on p.id = f.person_id
    where f.school_year = ${schoolYear} and f.role = 'teacher' and f.full_time
      and ${sql.raw(onRosterAtStatisticsDateSql("f"))}
      and s.type in ${codes(PROJECTION_SCHOOL_TYPES)} and ${unitSchools(unit, "s")}`);
  const teachers: RosterTeacher[] = [];
  const schoolIds = new Set<string>();
  let withoutStage = 0;
  for (const r of rowsOf(result)) {
    schoolIds.add(String(r.school_id));
    const stage = stageOf((r.stage as string | null) ?? null, r.school_type as SchoolType);
    if (!stage) {
      if (r.stage == null) withoutStage++;
      continue;
    }
    const birth = String(r.birth_date);
    teachers.push({
      gender: r.gender === "male" ? "male" : "female",
      birthDate: birth,
      stage,
      subject: (r.subject as Subject | null) ?? null,
      education: r.education as EducationLevel,
      backbone: r.backbone_level !== "none",
      preschoolQualified:
        r.preschool_major === true || r.preschool_major === "t" || r.teacher_certificate === "kindergarten",
    });
  }
  return { teachers, schoolIds, withoutStage };
}

/**
 * School years after `baseYear` that already have 专任教师 on the unit's schools' rosters (not
 * used as the base until their 年报 are all approved: the method note says so).
 */
export async function laterRosterYears(
  access: ScopedAccess,
  unit: ResolvedUnit,
  baseYear: number,
): Promise<number[]> {
  const result = await access.readDb.execute(sql`
    select distinct f.school_year
    from staff f join schools s on s.id = f.school_id
    where f.school_year > ${baseYear} and f.role = 'teacher' and f.full_time
      and s.type in ${codes(PROJECTION_SCHOOL_TYPES)} and ${unitSchools(unit, "s")}
    order by f.school_year`);
  return rowsOf(result).map((r) => Number(r.school_year));
}
