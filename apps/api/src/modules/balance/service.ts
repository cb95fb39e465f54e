/**
 * The 义务教育优质均衡 resource-allocation assessment (教督〔2017〕6号 第七条), computed from the
 * database at query time: the seven indicators C1–C7 of every school per stage (小学 / 初中),
 * the school check (6 of 7, the rest ≥ 85%), the district's student-weighted 差异系数 per
 * indicator, the verdict, and the shortfalls that would lift it.
 *
 * Conventions (the official method leaves them to the assessor; these are the product's):
 * - Students of a stage = Σ school_report_grades.students of that stage in the school's
 *   APPROVED report of the year. Schools without an approved report are listed as left out
 *   (NO_APPROVED_REPORT, `pendingSchools`) and the stage cannot pass while any is: it reads
 *   待评估 (PENDING) unless it already fails for certain (domain `balanceStageOutcome`).
 * - Groups by school type: 小学 = primary and nine_year schools; 初中 = junior_secondary,
 *   nine_year and complete_secondary schools (a 完全中学 by its junior students only).
 *   Special schools (特殊教育学校) are left out of both; 教学点 with fewer than 50 pupils
 *   (primary + junior) are left out.
 * - C1–C3 count active full-time teachers (role teacher, 专任, status active) of the year's
 *   roster whose 任教学段 (staff.stage) is the stage: C1 专科+ (primary) / 本科+ (junior);
 *   C2 backbone level other than none (区级 is county level); C3 subject PE, music or fine art.
 *   A school with no roster rows at all for the year has no C1–C3 value (无数据, not 0).
 * - C4–C7 come from the school-wide report. A school shared by several stages (九年一贯制,
 *   完全中学, or a school reporting other grades) splits them between its stages in proportion
 *   to their students (按学生数比例分摊): the stage's share = stage students ÷ all students of
 *   the report. Its per-student values are therefore the same in both groups, R ÷ all students.
 *   An empty 室内体育用房面积 is read as 0; an empty teaching area, sports areas (both),
 *   equipment value or classroom count means no value.
 * - The 差异系数 is the official student-weighted one (domain `weightedVariation`): resource_i =
 *   the stage's amount of school i, P_i its stage students; schools without a value for an
 *   indicator are left out of that indicator's CV (they already fail the school rule).
 *
 * - 国家认定 is not computed: it is the district's entry of the `balance_certification`
 *   register (登记册, the same entries A04/B02 count), shown beside the 监测测算 with a note
 *   when the two differ (see {@link certificationNote}).
 *
 * At most four SQL statements per request: the districts (balanceAssessments only), the
 * schools (SchoolRow), ONE statement with every school's figures (the C1–C3 counts from the
 * roster summary 名册汇总), and ONE
 * with the districts' certifications — also for several school years at once
 * ({@link districtAssessmentsByYear}, {@link schoolBalancesByYear}: the 指标总览's C1–C7).
 */
import type { DistrictRow, SchoolRow } from "@edu2035/db";
import {
  BALANCE_CV_MAX,
  BALANCE_INDICATORS,
  BALANCE_QUALIFIED_EDUCATION,
  BALANCE_SCHOOL_RULE,
  BALANCE_SMALL_TEACHING_POINT_MIN_STUDENTS,
  BALANCE_STAGES,
  type BalanceIndicator,
  type BalanceIndicatorId,
  type BalanceOutcome,
  type BalanceStage,
  balanceDistrictOutcome,
  balanceIndicatorValue,
  balanceSchoolCheck,
  balanceStageOutcome,
  EVALUATION_TOLERANCE,
  indicatorScale,
  populationOfTarget,
  type RecognitionLevel,
  type SchoolType,
  weightedVariation,
} from "@edu2035/domain";
import { type SQL, sql } from "drizzle-orm";
import type { ScopedAccess } from "../../authz/access.ts";
import { codesSql } from "../../lib/population.ts";
import { num, numOrNull, toRows } from "../../lib/rows.ts";
import { type StaffSummaryCount, summaryColumn } from "../indicators/measures/staffSummary.ts";
import { assertSchoolYear } from "../staff/service.ts";

// ---------------------------------------------------------------------------------------------
// Models (bound to the GraphQL types by codegen mappers)

/** A school's value of one indicator for one stage. */
export interface BalanceIndicatorValueModel {
  indicator: BalanceIndicator;
  value: number | null;
  /** Teachers, m², yuan or rooms of the stage (a shared school's share). */
  amount: number | null;
  standard: number;
  ratioOfStandard: number | null;
  met: boolean;
}

/** One school checked for one stage. */
export interface BalanceSchoolResultModel {
  school: SchoolRow;
  stage: BalanceStage;
  students: number;
  indicators: BalanceIndicatorValueModel[];
  metCount: number;
  passed: boolean;
  summary: string;
}

export type BalanceExclusionReason =
  | "SPECIAL_SCHOOL"
  | "SMALL_TEACHING_POINT"
  | "NO_APPROVED_REPORT"
  | "NO_STUDENTS";

/** A school left out of a stage. */
export interface BalanceExcludedSchoolModel {
  school: SchoolRow;
  stage: BalanceStage;
  reason: BalanceExclusionReason;
  reasonLabel: string;
  students: number | null;
  blocksVerdict: boolean;
}

/** The district's 差异系数 of one indicator. */
export interface BalanceVariationModel {
  indicator: BalanceIndicator;
  cv: number | null;
  limit: number;
  passed: boolean;
  /** X̄ in the indicator's unit. */
  mean: number | null;
  standardDeviation: number | null;
  schoolsCounted: number;
  reason: string | null;
}

export type BalanceRule = "SCHOOL_STANDARD" | "VARIATION";

export const BALANCE_RULE_LABELS: Record<BalanceRule, string> = {
  SCHOOL_STANDARD: "每所学校至少6项指标达到标准、余项不低于标准的85%",
  VARIATION: "每项指标的校际差异系数不超过限值",
};

export interface BalanceRuleFailureModel {
  rule: BalanceRule;
  message: string;
}

export type BalanceShortfallKind = "SCHOOL_STANDARD" | "VARIATION";

/** A shortfall in natural units (see {@link shortfalls} for the order). */
export interface BalanceShortfallModel {
  rank: number;
  kind: BalanceShortfallKind;
  school: SchoolRow;
  stage: BalanceStage;
  indicator: BalanceIndicator;
  value: number | null;
  target: number;
  targetLabel: string;
  gap: number | null;
  amount: number | null;
  amountUnit: string;
  text: string;
}

/** The district's entry of the `balance_certification` register (国家认定), as the register holds it. */
export interface BalanceCertificationModel {
  id: string;
  /** fromYear of the entry. */
  year: number;
  /** toYear of the entry (null = still valid). */
  untilYear: number | null;
  level: RecognitionLevel | null;
  /** 国家认定 / 自治区级认定 / 市级认定. */
  label: string;
  name: string;
  notes: string | null;
}

/** One stage of a district's assessment. */
export interface BalanceStageAssessmentModel {
  stage: BalanceStage;
  schools: BalanceSchoolResultModel[];
  excluded: BalanceExcludedSchoolModel[];
  schoolsPassed: number;
  variations: BalanceVariationModel[];
  /** outcome === "PASSED". */
  passed: boolean;
  outcome: BalanceOutcome;
  /** NO_APPROVED_REPORT schools, by code. */
  pendingSchools: SchoolRow[];
  /** "11/17 所学校已评估". */
  coverage: string;
  verdict: string;
  failures: BalanceRuleFailureModel[];
  shortfalls: BalanceShortfallModel[];
}

/** A district's assessment for a school year. */
export interface BalanceAssessmentModel {
  district: DistrictRow;
  schoolYear: number;
  stages: BalanceStageAssessmentModel[];
  passed: boolean;
  outcome: BalanceOutcome;
  pendingSchools: SchoolRow[];
  certification: BalanceCertificationModel | null;
  certificationNote: string | null;
}

/** One school's figures for a school year. */
export interface SchoolBalanceModel {
  school: SchoolRow;
  schoolYear: number;
  results: BalanceSchoolResultModel[];
  excluded: BalanceExcludedSchoolModel[];
}

// ---------------------------------------------------------------------------------------------
// Entry points

/**
 * The assessment of one district in scope.
 * @throws FORBIDDEN outside the viewer's scope (a school account included); BAD_USER_INPUT (schoolYear).
 */
export async function balanceAssessment(
  access: ScopedAccess,
  districtId: string,
  schoolYear: number,
): Promise<BalanceAssessmentModel> {
  assertSchoolYear(schoolYear, "schoolYear");
  const byYear = await districtAssessmentsByYear(access, districtId, [schoolYear]);
  return byYear.get(schoolYear)!;
}

/**
 * The assessments of one district in scope for several school years at once (C1–C7 of the
 * 指标总览 over a range of years): the same three statements as one year — the district's
 * schools open in any of the years, ONE statement with every school's figures of every year,
 * ONE with the certifications — whatever the number of years; each year assessed as
 * {@link balanceAssessment} assesses it (the schools open at that year's 统计时点).
 * `options.shortfalls` false: each stage's `shortfalls` left empty (the 指标总览 reads the
 * figures, X̄ and CV only, not the shortfalls of every year and stage, sorted and worded).
 * `options.schools`: the district's schools open in (at least) these years, in code order, as
 * `access.schools` gives them (the 指标总览 read them for its range): not read again; each year
 * still keeps only those its figures list (open at its 统计时点, in the district).
 * @throws FORBIDDEN outside the viewer's scope (a school account included); BAD_USER_INPUT
 * (schoolYears).
 */
export async function districtAssessmentsByYear(
  access: ScopedAccess,
  districtId: string,
  schoolYears: readonly number[],
  options: { shortfalls?: boolean; schools?: readonly SchoolRow[] } = {},
): Promise<Map<number, BalanceAssessmentModel>> {
  for (const y of schoolYears) assertSchoolYear(y, "schoolYear");
  const out = new Map<number, BalanceAssessmentModel>();
  if (schoolYears.length === 0) return out;
  const unit = await access.resolveUnit({ level: "district", id: districtId }, "targets.read");
  const district = unit.district!;
  const [schoolRows, figures, certifications] = await Promise.all([
    // the district's schools open in any of the years; each year keeps those open at its 统计时点
    // (the figures' schools of that year)
    options.schools ??
      access.schools({
        districtId: district.id,
        openDuring: { from: Math.min(...schoolYears), to: Math.max(...schoolYears) },
      }),
    loadFigures(access, sql`s.district_id = ${district.id}`, schoolYears),
    loadCertifications(access, [district.id], schoolYears),
  ]);
  for (const y of schoolYears) {
    const ofYear = figures.get(y) ?? new Map<string, SchoolFigures>();
    out.set(
      y,
      assessDistrict(
        district,
        y,
        schoolRows.filter((s) => ofYear.has(s.id)),
        ofYear,
        certifications.get(y)?.get(district.id) ?? null,
        options.shortfalls ?? true,
      ),
    );
  }
  return out;
}

/**
 * The assessments of every district the viewer may read (`targets.read` on the district):
 * all for the city, its own for a district account, none for a school account. Three
 * statements whatever the number of districts.
 * @throws BAD_USER_INPUT (schoolYear).
 */
export async function balanceAssessments(
  access: ScopedAccess,
  schoolYear: number,
): Promise<BalanceAssessmentModel[]> {
  assertSchoolYear(schoolYear, "schoolYear");
  const districtRows = (await access.districts()).filter((d) =>
    access.allows("targets.read", { level: "district", districtId: d.id }),
  );
  if (districtRows.length === 0) return [];
  const inDistricts = sql`s.district_id in (${sql.join(
    districtRows.map((d) => sql`${d.id}`),
    sql`, `,
  )})`;
  const [schoolRows, figures, certifications] = await Promise.all([
    access.schools({ schoolYear }),
    loadFigures(access, inDistricts, [schoolYear]).then((f) => f.get(schoolYear) ?? new Map()),
    loadCertifications(
      access,
      districtRows.map((d) => d.id),
      [schoolYear],
    ).then((c) => c.get(schoolYear) ?? new Map()),
  ]);
  return districtRows.map((d) =>
    assessDistrict(
      d,
      schoolYear,
      schoolRows.filter((s) => s.districtId === d.id),
      figures,
      certifications.get(d.id) ?? null,
    ),
  );
}

/**
 * One school's seven figures per stage against the standard (no district CV).
 * @throws FORBIDDEN outside the viewer's scope; BAD_USER_INPUT (schoolYear).
 */
export async function schoolBalance(
  access: ScopedAccess,
  schoolId: string,
  schoolYear: number,
): Promise<SchoolBalanceModel> {
  assertSchoolYear(schoolYear, "schoolYear");
  const byYear = await schoolBalancesByYear(access, schoolId, [schoolYear]);
  return byYear.get(schoolYear)!;
}

/**
 * One school's figures for several school years at once, each as {@link schoolBalance}: ONE
 * statement of figures whatever the number of years.
 * @throws FORBIDDEN outside the viewer's scope; BAD_USER_INPUT (schoolYears).
 */
export async function schoolBalancesByYear(
  access: ScopedAccess,
  schoolId: string,
  schoolYears: readonly number[],
): Promise<Map<number, SchoolBalanceModel>> {
  for (const y of schoolYears) assertSchoolYear(y, "schoolYear");
  const out = new Map<number, SchoolBalanceModel>();
  if (schoolYears.length === 0) return out;
  const unit = await access.resolveUnit({ level: "school", id: schoolId }, "targets.read");
  const school = unit.school!;
  const figures = await loadFigures(access, sql`s.id = ${school.id}`, schoolYears);
  for (const schoolYear of schoolYears) {
    const results: BalanceSchoolResultModel[] = [];
    const excluded: BalanceExcludedSchoolModel[] = [];
    for (const stage of BALANCE_STAGES) {
      const placed = placeSchool(school, figures.get(schoolYear)?.get(school.id), stage);
      if (placed?.kind === "result") results.push(placed.result);
      else if (placed?.kind === "excluded") excluded.push(placed.excluded);
    }
    out.set(schoolYear, { school, schoolYear, results, excluded });
  }
  return out;
}

/** One assessed school of a district-stage with its raw amounts (the 达标方案's input). */
export interface BalanceStageSchoolFigures {
  school: SchoolRow;
  /** Students of the stage (P_i). */
  students: number;
  /** All students of the report: the denominator of C4–C7 (a shared school's resources serve them all). */
  resourceStudents: number;
  /**
   * C1–C3: teachers of the stage; C4–C7: the SCHOOL's totals (m², 元, rooms; C4 without indoor
   * sports rooms), not the stage's share; null = no data.
   */
  amounts: Record<BalanceIndicatorId, number | null>;
}

/** A district-stage's assessed schools (by code) and the schools awaiting an approved report. */
export interface BalanceStageFigures {
  district: DistrictRow;
  schools: BalanceStageSchoolFigures[];
  /** NO_APPROVED_REPORT schools of the stage, by code (the stage cannot pass while any is). */
  pendingSchools: SchoolRow[];
}

/**
 * The figures of one district-stage as the assessment reads them (the same schools, exclusions
 * and amounts), for the 达标方案 (modules/balancePlan). Authorized as balanceAssessment
 * (`targets.read` on the district). Two SQL statements.
 * @throws FORBIDDEN outside the viewer's scope (a school account included); BAD_USER_INPUT (schoolYear).
 */
export async function balanceStageFigures(
  access: ScopedAccess,
  districtId: string,
  schoolYear: number,
  stage: BalanceStage,
  schoolYearField = "schoolYear",
): Promise<BalanceStageFigures> {
  assertSchoolYear(schoolYear, schoolYearField);
  const unit = await access.resolveUnit({ level: "district", id: districtId }, "targets.read");
  const district = unit.district!;
  const [schoolRows, figures] = await Promise.all([
    access.schools({ districtId: district.id, schoolYear }),
    loadFigures(access, sql`s.district_id = ${district.id}`, [schoolYear]).then(
      (f) => f.get(schoolYear) ?? new Map<string, SchoolFigures>(),
    ),
  ]);
  const schools: BalanceStageSchoolFigures[] = [];
  const pendingSchools: SchoolRow[] = [];
  for (const school of [...schoolRows].sort(byCode)) {
    const placed = placeSchool(school, figures.get(school.id), stage);
    if (placed?.kind === "result") {
      const f = placed.figures;
      const totals = schoolTotals(f);
      const teachers = f.teachers[stage];
      schools.push({
        school,
        students: f.students[stage],
        resourceStudents: f.allStudents,
        amounts: {
          C1: f.hasRoster ? teachers.C1 : null,
          C2: f.hasRoster ? teachers.C2 : null,
          C3: f.hasRoster ? teachers.C3 : null,
          ...totals,
        },
      });
    } else if (placed?.kind === "excluded" && placed.excluded.blocksVerdict) pendingSchools.push(school);
  }
  return { district, schools, pendingSchools };
}

// ---------------------------------------------------------------------------------------------
// The one statement

/**
 * Types that can hold compulsory-education students: the assessed types of C1–C7's population,
 * and 特殊教育学校, read so that they are listed as left out (不参评), never counted.
 */
const CANDIDATE_TYPES: readonly SchoolType[] = [...(populationOfTarget("C1").schoolTypes ?? []), "special"];

/**
 * The school types counted in each stage's group: the population of C1–C7 (domain population.ts;
 * 教督〔2017〕6号: 小学 = 小学、九年一贯制; 初中 = 初中、九年一贯制、完全中学).
 */
const STAGE_GROUP_TYPES: Readonly<Record<BalanceStage, readonly SchoolType[]>> = (() => {
  const groups = populationOfTarget("C1").stageSchoolTypes;
  if (!groups) throw new Error("C1: no stage groups in the domain population");
  return groups;
})();

/**
 * Education levels above the required degree (高于规定学历) as SQL lists: 专科+ for primary,
 * 本科+ for junior (domain BALANCE_QUALIFIED_EDUCATION).
 */
export const QUALIFIED_EDUCATION: Record<BalanceStage, string> = {
  primary: codesSql(BALANCE_QUALIFIED_EDUCATION.primary),
  junior_secondary: codesSql(BALANCE_QUALIFIED_EDUCATION.junior_secondary),
};

/** The roster summary's C1–C3 count of each stage (what each counts: staffSummary.ts). */
const BALANCE_SUMMARY_COLUMNS: Record<BalanceStage, Record<"C1" | "C2" | "C3", StaffSummaryCount>> = {
  primary: { C1: "c1Primary", C2: "c2Primary", C3: "c3Primary" },
  junior_secondary: { C1: "c1Junior", C2: "c2Junior", C3: "c3Junior" },
};

/** The raw figures of one school for the year. */
interface SchoolFigures {
  schoolId: string;
  hasReport: boolean;
  teachingAuxiliaryArea: number | null;
  indoorSportsArea: number | null;
  outdoorSportsArea: number | null;
  equipmentValue: number | null;
  multimediaClassrooms: number | null;
  /** All students of the report (every stage). */
  allStudents: number;
  students: Record<BalanceStage, number>;
  /** Any roster row for the school in the year. */
  hasRoster: boolean;
  /** C1–C3 teacher counts per stage. */
  teachers: Record<BalanceStage, { C1: number; C2: number; C3: number }>;
}

const STAGE_PREFIX: Record<BalanceStage, string> = { primary: "p", junior_secondary: "j" };

/** The school years as an SQL integer array (each checked by assertSchoolYear before). */
function yearsSql(schoolYears: readonly number[]): SQL {
  for (const y of schoolYears) if (!Number.isInteger(y)) throw new RangeError(`bad school year ${y}`);
  return sql.raw(`array[${[...new Set(schoolYears)].join(", ")}]::integer[]`);
}

/**
 * Every candidate school's figures for each of the years in ONE statement: the approved
 * report's areas, equipment and rooms, its students per stage (Σ grades), and the roster's
 * C1–C3 counts per stage (the roster summary's row of the school and year). `where` is a condition over `s` (schools); the
 * caller has authorized the district or school it names. By school year, then school id: a
 * school is there for a year when it was open at that year's 统计时点.
 */
async function loadFigures(
  access: ScopedAccess,
  where: SQL,
  schoolYears: readonly number[],
): Promise<Map<number, Map<string, SchoolFigures>>> {
  // C1–C3 per stage from the roster summary (名册汇总, kept on every roster write): 专任教师 on
  // the roster at the year's 统计时点 as lib/population.ts balanceTeachersSql counts them
  // (indicators/measures/staffSummary.ts), and the year's rows at any date (has a roster)
  const teacherCols = BALANCE_STAGES.map((stage) => {
    const p = STAGE_PREFIX[stage];
    return sql.raw(
      (["C1", "C2", "C3"] as const)
        .map((id) => `, u.${summaryColumn(BALANCE_SUMMARY_COLUMNS[stage][id])} as ${p}_${id.toLowerCase()}`)
        .join(""),
    );
  });
  const types = sql.raw(`(${CANDIDATE_TYPES.map((t) => `'${t}'`).join(", ")})`);
  const query = sql`
    with sc as (
      -- the schools of each year: open at its 统计时点 (SQL school_open_in, the one definition)
      select s.id, y from schools s cross join unnest(${yearsSql(schoolYears)}) as y
      where school_open_in(s.opened_on, s.closed_on, y) and s.type in ${types} and ${where}
    ),
    rep as (
      select r.* from school_reports r join sc on sc.id = r.school_id and r.school_year = sc.y
      where r.status = 'approved'
    ),
    gr as (
      select g.report_id,
        coalesce(sum(g.students) filter (where g.stage = 'primary'), 0) as p_students,
        coalesce(sum(g.students) filter (where g.stage = 'junior_secondary'), 0) as j_students,
        coalesce(sum(g.students), 0) as all_students
      from school_report_grades g join rep on rep.id = g.report_id
      group by g.report_id
    ),
    te as (
      select u.school_id, u.school_year, u.${sql.raw(summaryColumn("yearRows"))} as roster ${sql.join(teacherCols, sql``)}
      from staff_school_year_summary u join sc on sc.id = u.school_id and u.school_year = sc.y
    )
    select sc.id as school_id, sc.y, rep.id as report_id,
      rep.teaching_auxiliary_area, rep.indoor_sports_area, rep.outdoor_sports_area,
      rep.equipment_value, rep.multimedia_classrooms,
      gr.p_students, gr.j_students, gr.all_students,
      te.roster, te.p_c1, te.p_c2, te.p_c3, te.j_c1, te.j_c2, te.j_c3
    from sc
      left join rep on rep.school_id = sc.id and rep.school_year = sc.y
      left join gr on gr.report_id = rep.id
      left join te on te.school_id = sc.id and te.school_year = sc.y`;
  const rows = toRows(await access.readDb.execute(query));
  const out = new Map<number, Map<string, SchoolFigures>>(schoolYears.map((y) => [y, new Map()]));
  for (const r of rows) {
    const schoolId = String(r.school_id);
    out.get(num(r.y))?.set(schoolId, {
      schoolId,
      hasReport: r.report_id !== null && r.report_id !== undefined,
      teachingAuxiliaryArea: numOrNull(r.teaching_auxiliary_area),
      indoorSportsArea: numOrNull(r.indoor_sports_area),
      outdoorSportsArea: numOrNull(r.outdoor_sports_area),
      equipmentValue: numOrNull(r.equipment_value),
      multimediaClassrooms: numOrNull(r.multimedia_classrooms),
      allStudents: num(r.all_students),
      students: { primary: num(r.p_students), junior_secondary: num(r.j_students) },
      hasRoster: num(r.roster) > 0,
      teachers: {
        primary: { C1: num(r.p_c1), C2: num(r.p_c2), C3: num(r.p_c3) },
        junior_secondary: { C1: num(r.j_c1), C2: num(r.j_c2), C3: num(r.j_c3) },
      },
    });
  }
  return out;
}

/** How the page labels a certification by its 认定级别 (none or 国家级: 国家认定). */
const CERTIFICATION_LABELS: Record<RecognitionLevel, string> = {
  national: "国家认定",
  region: "自治区级认定",
  city: "市级认定",
};

/**
 * The `balance_certification` register entries of the districts counted in each school year
 * (fromYear ≤ year ≤ toYear, the register's counting rule, as A04/B02 count them), one per
 * district and year: the latest fromYear (then the national level first, then name). ONE
 * statement whatever the number of years; the caller has authorized the districts
 * (`targets.read`), and the register's entries are what A04/B02 already show them. By school
 * year, then district id.
 */
async function loadCertifications(
  access: ScopedAccess,
  districtIds: readonly string[],
  schoolYears: readonly number[],
): Promise<Map<number, Map<string, BalanceCertificationModel>>> {
  const out = new Map<number, Map<string, BalanceCertificationModel>>(schoolYears.map((y) => [y, new Map()]));
  if (districtIds.length === 0 || schoolYears.length === 0) return out;
  const first = Math.min(...schoolYears);
  const last = Math.max(...schoolYears);
  const rows = toRows(
    await access.readDb.execute(sql`
    select r.id, r.district_id, r.from_year, r.to_year, r.level, r.name, r.notes
    from registers r
    where r.kind = 'balance_certification'
      and r.district_id in (${sql.join(
        districtIds.map((id) => sql`${id}`),
        sql`, `,
      )})
      and r.from_year <= ${last} and (r.to_year is null or r.to_year >= ${first})
    order by r.district_id, r.from_year desc, (r.level = 'national') desc, r.name`),
  );
  for (const r of rows) {
    const districtId = String(r.district_id);
    const from = num(r.from_year);
    const until = numOrNull(r.to_year);
    for (const [year, byDistrict] of out) {
      // the first row in the order above counted in the year is the year's entry
      if (byDistrict.has(districtId) || from > year || (until !== null && until < year)) continue;
      const level = (r.level ?? null) as RecognitionLevel | null;
      byDistrict.set(districtId, {
        id: String(r.id),
        year: num(r.from_year),
        untilYear: numOrNull(r.to_year),
        level,
        label: level ? CERTIFICATION_LABELS[level] : "国家认定",
        name: String(r.name),
        notes: r.notes === null || r.notes === undefined ? null : String(r.notes),
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Per school

/**
 * Schools in 学校标识码 order: the codes are 10 digits (domain validation/school.ts), so comparing
 * them character by character gives `order by code`'s order, without localeCompare's collation
 * (the 指标总览 sorts a district's schools per stage and year: 12 sorts of 536 schools at 2020–2025).
 */
function byCode(a: SchoolRow, b: SchoolRow): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

type Placement =
  | { kind: "result"; result: BalanceSchoolResultModel; figures: SchoolFigures }
  | { kind: "excluded"; excluded: BalanceExcludedSchoolModel }
  | null;

/** Where a school stands in a stage: assessed, left out (with the reason), or not of this stage (null). */
function placeSchool(school: SchoolRow, f: SchoolFigures | undefined, stage: BalanceStage): Placement {
  const exclude = (reason: BalanceExclusionReason, reasonLabel: string, students: number | null) => ({
    kind: "excluded" as const,
    excluded: {
      school,
      stage,
      reason,
      reasonLabel,
      students,
      blocksVerdict: reason === "NO_APPROVED_REPORT",
    },
  });
  if (school.type === "special") {
    return exclude(
      "SPECIAL_SCHOOL",
      "特殊教育学校，不参加校际均衡评估",
      f?.hasReport ? f.students[stage] : null,
    );
  }
  if (!STAGE_GROUP_TYPES[stage].includes(school.type)) return null;
  if (!f?.hasReport) return exclude("NO_APPROVED_REPORT", "该学年没有已审核的年报", null);
  const compulsory = f.students.primary + f.students.junior_secondary;
  if (school.teachingPoint && compulsory < BALANCE_SMALL_TEACHING_POINT_MIN_STUDENTS) {
    return exclude(
      "SMALL_TEACHING_POINT",
      `不足${BALANCE_SMALL_TEACHING_POINT_MIN_STUDENTS}人的教学点（在校生${compulsory}人）`,
      f.students[stage],
    );
  }
  if (f.students[stage] <= 0) return exclude("NO_STUDENTS", "年报中没有该学段在校生", 0);
  return { kind: "result", result: schoolResult(school, f, stage), figures: f };
}

/**
 * The school's C4–C7 totals from its report (every stage): C4 = teaching and auxiliary area −
 * indoor sports rooms (an empty indoor area read as 0, never below 0); C5 = outdoor + indoor
 * sports area (null only when both are empty); C6 equipment value; C7 multimedia classrooms.
 */
function schoolTotals(f: SchoolFigures): Record<"C4" | "C5" | "C6" | "C7", number | null> {
  return {
    C4:
      f.teachingAuxiliaryArea === null
        ? null
        : Math.max(0, f.teachingAuxiliaryArea - (f.indoorSportsArea ?? 0)),
    C5:
      f.outdoorSportsArea === null && f.indoorSportsArea === null
        ? null
        : (f.outdoorSportsArea ?? 0) + (f.indoorSportsArea ?? 0),
    C6: f.equipmentValue,
    C7: f.multimediaClassrooms,
  };
}

/**
 * The seven values of a school for a stage: each amount of the stage ÷ its students by the
 * domain's `balanceIndicatorValue` (per 100 students or per student), checked with the domain's
 * `balanceSchoolCheck`.
 */
function schoolResult(school: SchoolRow, f: SchoolFigures, stage: BalanceStage): BalanceSchoolResultModel {
  const P = f.students[stage];
  const share = f.allStudents > 0 ? P / f.allStudents : 0;
  const teachers = f.teachers[stage];
  const shared = (total: number | null) => (total === null ? null : total * share);
  const totals = schoolTotals(f);
  const amounts: Record<BalanceIndicatorId, number | null> = {
    C1: f.hasRoster ? teachers.C1 : null,
    C2: f.hasRoster ? teachers.C2 : null,
    C3: f.hasRoster ? teachers.C3 : null,
    C4: shared(totals.C4),
    C5: shared(totals.C5),
    C6: shared(totals.C6),
    C7: shared(totals.C7),
  };
  // the values from the amounts by the domain (per 100 students or per student, P > 0 here)
  const values: Record<BalanceIndicatorId, number | null> = {} as Record<BalanceIndicatorId, number | null>;
  for (const b of BALANCE_INDICATORS) {
    const a = amounts[b.id];
    values[b.id] = a === null ? null : balanceIndicatorValue(b.id, a, P).value;
  }
  const check = balanceSchoolCheck(stage, values);
  return {
    school,
    stage,
    students: P,
    indicators: check.indicators.map((c, i) => ({
      indicator: BALANCE_INDICATORS[i]!,
      value: c.value,
      amount: amounts[c.id],
      standard: c.threshold,
      ratioOfStandard: c.ratioOfStandard,
      met: c.met,
    })),
    metCount: check.metCount,
    passed: check.passed,
    summary: check.summary,
  };
}

// ---------------------------------------------------------------------------------------------
// Per district

function assessDistrict(
  district: DistrictRow,
  schoolYear: number,
  schoolRows: readonly SchoolRow[],
  figures: Map<string, SchoolFigures>,
  certification: BalanceCertificationModel | null,
  withShortfalls = true,
): BalanceAssessmentModel {
  const stages = BALANCE_STAGES.map((stage) => assessStage(stage, schoolRows, figures, withShortfalls));
  const outcome = balanceDistrictOutcome(stages.map((s) => s.outcome));
  const pending = new Map<string, SchoolRow>();
  for (const s of stages) for (const school of s.pendingSchools) pending.set(school.id, school);
  const pendingSchools = [...pending.values()].sort(byCode);
  return {
    district,
    schoolYear,
    stages,
    passed: outcome === "PASSED",
    outcome,
    pendingSchools,
    certification,
    certificationNote: certificationNote(outcome, stages, pendingSchools, certification),
  };
}

/**
 * Why the 监测测算 (this assessment) and the 国家认定 (the register) differ, in Chinese; null
 * when they agree (certified and PASSED, or not certified and not PASSED):
 * - certified, PENDING: "国家认定于2022年；本学年监测测算为待评估（6所学校年报尚未审核）";
 * - certified, FAILED: "已通过国家认定（2022年），但本学年监测测算未达到：小学…；初中…" (the
 *   failing stages' verdicts);
 * - not certified, PASSED: "本学年监测测算已达到，尚未获得国家认定（以登记册为准）".
 */
function certificationNote(
  outcome: BalanceOutcome,
  stages: readonly BalanceStageAssessmentModel[],
  pendingSchools: readonly SchoolRow[],
  certification: BalanceCertificationModel | null,
): string | null {
  if (!certification) {
    return outcome === "PASSED" ? "本学年监测测算已达到，尚未获得国家认定（以登记册为准）" : null;
  }
  if (outcome === "PENDING") {
    return `${certification.label}于${certification.year}年；本学年监测测算为待评估（${pendingSchools.length}所学校年报尚未审核）`;
  }
  if (outcome === "FAILED") {
    const failing = stages.filter((s) => s.outcome === "FAILED").map((s) => s.verdict);
    return `已通过${certification.label}（${certification.year}年），但本学年监测测算未达到：${failing.join("；")}`;
  }
  return null;
}

/** Assessed school with its raw figures (for the shortfalls in natural units). */
interface Assessed {
  result: BalanceSchoolResultModel;
  figures: SchoolFigures;
}

function assessStage(
  stage: BalanceStage,
  schoolRows: readonly SchoolRow[],
  figures: Map<string, SchoolFigures>,
  withShortfalls: boolean,
): BalanceStageAssessmentModel {
  const assessed: Assessed[] = [];
  const excluded: BalanceExcludedSchoolModel[] = [];
  for (const school of [...schoolRows].sort(byCode)) {
    const placed = placeSchool(school, figures.get(school.id), stage);
    if (placed?.kind === "result") assessed.push({ result: placed.result, figures: placed.figures });
    else if (placed?.kind === "excluded") excluded.push(placed.excluded);
  }
  const limit = BALANCE_CV_MAX[stage];
  const variations = BALANCE_INDICATORS.map((b, i) => variationOf(b, i, limit, assessed));

  const failures: BalanceRuleFailureModel[] = [];
  const missing = excluded.filter((e) => e.blocksVerdict);
  const failing = assessed.filter((a) => !a.result.passed);
  if (failing.length > 0) {
    failures.push({
      rule: "SCHOOL_STANDARD",
      message: `${failing.length}所学校未达到要求：${failing
        .map((a) => `${a.result.school.name}（${a.result.summary}）`)
        .join("；")}`,
    });
  }
  const overCv = variations.filter((v) => !v.passed);
  if (assessed.length > 0 && overCv.length > 0) {
    failures.push({
      rule: "VARIATION",
      message: `差异系数超过${limit.toFixed(2)}：${overCv
        .map((v) =>
          v.cv === null ? `${v.indicator.id}（${v.reason}）` : `${v.indicator.id} ${v.cv.toFixed(3)}`,
        )
        .join("、")}`,
    });
  }
  // 待评估 unless a failure is certain whatever the missing schools report (domain balanceStageOutcome)
  const outcome = balanceStageOutcome({
    assessed: assessed.length,
    pending: missing.length,
    schoolsFailing: failing.length,
    variationsOver: assessed.length > 0 ? overCv.length : 0,
  });
  const passed = outcome === "PASSED";
  const stageName = stage === "primary" ? "小学" : "初中";
  const missingText = `${missing.length}所学校年报尚未审核（${missing.map((e) => e.school.name).join("、")}）`;
  let verdict: string;
  if (outcome === "NOT_APPLICABLE") {
    verdict = `${stageName}不适用：本区没有参加${stageName}优质均衡评估的学校`;
  } else if (outcome === "PASSED") {
    verdict = `${stageName}达到优质均衡资源配置要求：${assessed.length}所学校全部达标，7项差异系数均不超过${limit.toFixed(2)}`;
  } else if (outcome === "PENDING") {
    const sofar =
      assessed.length === 0
        ? "尚无已评估的学校"
        : overCv.length === 0
          ? `已评估的${assessed.length}所学校均达标，7项差异系数均未超过限值`
          : `已评估的${assessed.length}所学校均达标，${failures.find((f) => f.rule === "VARIATION")!.message}（暂按已评估学校计算，待全部学校评估后确定）`;
    verdict = `待评估：${missingText}，${sofar}`;
  } else {
    const also = missing.length > 0 ? `（另有${missingText}）` : "";
    verdict = `${stageName}未达到优质均衡资源配置要求：${failures.map((f) => f.message).join("；")}${also}`;
  }
  const pendingCount = missing.length;
  return {
    stage,
    schools: assessed.map((a) => a.result),
    excluded,
    schoolsPassed: assessed.length - failing.length,
    variations,
    passed,
    outcome,
    pendingSchools: missing.map((e) => e.school),
    coverage: `${assessed.length}/${assessed.length + pendingCount} 所学校已评估`,
    verdict,
    failures,
    shortfalls: passed || !withShortfalls ? [] : shortfalls(assessed, variations),
  };
}

/** The district's weighted CV of one indicator (domain `weightedVariation`) against the limit. */
function variationOf(
  b: BalanceIndicator,
  index: number,
  limit: number,
  assessed: readonly Assessed[],
): BalanceVariationModel {
  // X̄ and S come per student (Σ resource ÷ Σ students): in the indicator's unit by the domain's scale
  const scale = indicatorScale(b.id);
  const units = assessed
    .map((a) => ({ students: a.result.students, resource: a.result.indicators[index]!.amount }))
    .filter((u): u is { students: number; resource: number } => u.resource !== null);
  const none = { cv: null, passed: false, mean: null, standardDeviation: null, schoolsCounted: units.length };
  if (units.length === 0) return { indicator: b, limit, ...none, reason: "没有可计算的学校" };
  try {
    const v = weightedVariation(units);
    return {
      indicator: b,
      limit,
      cv: v.cv,
      passed: v.cv <= limit + EVALUATION_TOLERANCE,
      mean: v.mean * scale,
      standardDeviation: v.standardDeviation * scale,
      schoolsCounted: v.units,
      reason: null,
    };
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return { indicator: b, limit, ...none, reason: "全区该指标为0，差异系数无法计算" };
  }
}

// ---------------------------------------------------------------------------------------------
// Shortfalls

/** What a shortfall targets: the standard, 85% of it, or the district value X̄. */
type TargetKind = "standard" | "remainder" | "mean";
const TARGET_LABELS: Record<TargetKind, string> = {
  standard: "标准",
  remainder: "标准的85%",
  mean: "全区均值",
};

/** Whole-number shortfalls: what is counted and its measure word. */
function countNoun(id: BalanceIndicatorId, stage: BalanceStage): { measure: string; noun: string } | null {
  switch (id) {
    case "C1":
      return {
        measure: "名",
        noun: stage === "primary" ? "专科及以上学历专任教师" : "本科及以上学历专任教师",
      };
    case "C2":
      return { measure: "名", noun: "县级以上骨干教师" };
    case "C3":
      return { measure: "名", noun: "体育艺术专任教师" };
    case "C7":
      return { measure: "间", noun: "网络多媒体教室" };
    default:
      return null;
  }
}

const ceil = (x: number) => Math.ceil(x - EVALUATION_TOLERANCE);
/** Up to `digits` decimals, rounded up, without trailing zeros. */
const fmtUp = (x: number, digits: number) => String(ceil(x * 10 ** digits) / 10 ** digits);
/** Yuan in 元 below 1万, in 万元 (2 decimals, rounded up) from 1万. */
const fmtYuan = (yuan: number) => (yuan >= 10_000 ? `${fmtUp(yuan / 10_000, 2)} 万元` : `${ceil(yuan)} 元`);

/**
 * One shortfall of a school in an indicator against a target (in the indicator's unit), in
 * natural units:
 * - C1–C3 teachers of the stage: ceil(target × P ÷ 100 − current count), "缺 N 名…";
 * - C7 rooms: the school's per-student value is rooms ÷ all its students (按学生数比例分摊), so
 *   ceil(target × all students ÷ 100 − rooms), "缺 N 间网络多媒体教室";
 * - C4–C6: the gap per student (m² or yuan), and the school's total need = gap × all its
 *   students (a shared school must add for all its students to lift the per-student value):
 *   "生均体育运动场馆面积差 1.2 m²（共需 600 m²）".
 */
function shortfall(
  kind: BalanceShortfallKind,
  target: number,
  targetKind: TargetKind,
  a: Assessed,
  index: number,
): Omit<BalanceShortfallModel, "rank"> {
  const { result, figures } = a;
  const iv = result.indicators[index]!;
  const b = iv.indicator;
  const stage = result.stage;
  const value = iv.value;
  const gap = value === null ? null : Math.max(0, target - value);
  const qualifier = targetKind === "standard" ? "" : `达到${TARGET_LABELS[targetKind]}`;
  const base = {
    kind,
    school: result.school,
    stage,
    indicator: b,
    value,
    target,
    targetLabel: TARGET_LABELS[targetKind],
    gap,
  };
  const counted = countNoun(b.id, stage);
  if (counted) {
    const amountUnit = counted.measure;
    if (value === null || iv.amount === null) {
      const text = b.id === "C7" ? `年报未填${counted.noun}数，无法计算` : "该学年没有教职工名册，无法计算";
      return { ...base, amount: null, amountUnit, text };
    }
    const amount =
      b.id === "C7"
        ? Math.max(0, ceil((target * figures.allStudents) / 100 - (figures.multimediaClassrooms ?? 0)))
        : Math.max(0, ceil((target * result.students) / 100 - iv.amount));
    const text = `缺 ${amount} ${counted.measure}${counted.noun}${qualifier ? `（${qualifier}）` : ""}`;
    return { ...base, amount, amountUnit, text };
  }
  const amountUnit = b.unit === "m2_per_student" ? "m²" : "元";
  if (gap === null) return { ...base, amount: null, amountUnit, text: `年报未填${b.name}所需数据，无法计算` };
  const amount = ceil(gap * figures.allStudents);
  const per = amountUnit === "m²" ? `${fmtUp(gap, 2)} m²` : `${ceil(gap)} 元`;
  const total = amountUnit === "m²" ? `${amount} m²` : fmtYuan(amount);
  const text = `${b.name}差 ${per}（共需 ${total}${qualifier ? `，${qualifier}` : ""}）`;
  return { ...base, amount, amountUnit, text };
}

/**
 * The shortfalls that matter, ordered by what would lift the verdict most:
 *
 * 1. Schools failing the 6-of-7 rule, closest to passing first: fewest indicators to fix, then
 *    the smallest sum of relative gaps (gap ÷ target), then more students, then school code.
 *    For each such school the unmet indicators are listed except the one allowed to stay below
 *    the standard: the unmet indicator with the highest ratio of standard is left out when it
 *    is already ≥ 85%, and otherwise listed with 85% of the standard as its target; every other
 *    unmet indicator is listed with the full standard as its target. A missing value is listed
 *    without an amount.
 * 2. Then, for each indicator whose 差异系数 exceeds the limit (the most excessive cv ÷ limit
 *    first), the schools below the district value X̄, furthest below first (relative distance
 *    (X̄ − x) ÷ X̄, then more students, then school code), with X̄ as their target.
 * `rank` numbers the list from 1.
 */
function shortfalls(
  assessed: readonly Assessed[],
  variations: readonly BalanceVariationModel[],
): BalanceShortfallModel[] {
  const perSchool = assessed
    .filter((a) => !a.result.passed)
    .map((a) => {
      const unmet = a.result.indicators
        .map((iv, index) => ({ iv, index }))
        .filter(({ iv }) => !iv.met)
        .sort((x, y) => (y.iv.ratioOfStandard ?? -1) - (x.iv.ratioOfStandard ?? -1));
      const items: Omit<BalanceShortfallModel, "rank">[] = [];
      unmet.forEach(({ iv, index }, k) => {
        if (
          k === 0 &&
          (iv.ratioOfStandard ?? -1) >= BALANCE_SCHOOL_RULE.remainderMinRatio - EVALUATION_TOLERANCE
        )
          return;
        const remainder = k === 0;
        const target = remainder ? iv.standard * BALANCE_SCHOOL_RULE.remainderMinRatio : iv.standard;
        items.push(shortfall("SCHOOL_STANDARD", target, remainder ? "remainder" : "standard", a, index));
      });
      items.sort((x, y) => x.indicator.id.localeCompare(y.indicator.id));
      const relativeGap = items.reduce((s, it) => s + (it.gap === null ? 1 : it.gap / (it.target || 1)), 0);
      return { a, items, relativeGap };
    })
    .sort(
      (x, y) =>
        x.items.length - y.items.length ||
        x.relativeGap - y.relativeGap ||
        y.a.result.students - x.a.result.students ||
        x.a.result.school.code.localeCompare(y.a.result.school.code),
    );
  const out: Omit<BalanceShortfallModel, "rank">[] = perSchool.flatMap((s) => s.items);

  const over = variations
    .map((v, index) => ({ v, index }))
    .filter(({ v }) => v.cv !== null && v.mean !== null && !v.passed)
    .sort((x, y) => y.v.cv! / y.v.limit - x.v.cv! / x.v.limit);
  for (const { v, index } of over) {
    const mean = v.mean!;
    const below = assessed
      .filter((a) => {
        const x = a.result.indicators[index]!.value;
        return x !== null && x < mean - EVALUATION_TOLERANCE;
      })
      .map((a) => ({ a, distance: (mean - a.result.indicators[index]!.value!) / mean }))
      .sort(
        (x, y) =>
          y.distance - x.distance ||
          y.a.result.students - x.a.result.students ||
          x.a.result.school.code.localeCompare(y.a.result.school.code),
      );
    for (const { a } of below) out.push(shortfall("VARIATION", mean, "mean", a, index));
  }
  return out.map((s, i) => ({ rank: i + 1, ...s }));
}
