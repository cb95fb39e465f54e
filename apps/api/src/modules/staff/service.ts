/**
 * The 三支队伍 roster: paginated lists and summaries, always within a ResolvedUnit (so the
 * authorization has already been checked by the scoped access layer).
 */
import { type Db, people, schools, staff } from "@edu2035/db";
import {
  AGE_BANDS,
  type AgeBandKey,
  ageAtCensus,
  ageBand,
  type Coverage,
  coverageLevel,
  EDUCATION_LABELS,
  EDUCATION_LEVELS,
  type EducationLevel,
  FIRST_SCHOOL_YEAR,
  GENDER_LABELS,
  GENDERS,
  type Gender,
  STAFF_ROLE_LABELS,
  STAFF_ROLES,
  type StaffRole,
  type StaffStatus,
  type Subject,
  schoolYearLabel,
  schoolYearOf,
  TITLE_LABELS,
  TITLES,
  type Title,
  textLengthIssue,
} from "@edu2035/domain";
import { and, asc, eq, ilike, isNull, type SQL, sql } from "drizzle-orm";
import type { ResolvedUnit, ScopedAccess } from "../../authz/access.ts";
import { badInput } from "../../errors.ts";
import { schoolOpenIn } from "../../lib/rosterYear.ts";
import { onRosterAtStatisticsDate } from "../../lib/statisticsDate.ts";
import { type OrgUnitModel, toOrgUnit } from "../org/service.ts";

/** A staff row joined with its person, as resolvers shape it. Birth date stays server-side. */
export interface StaffMemberModel {
  id: string;
  schoolYear: number;
  name: string;
  gender: Gender;
  birthDate: string;
  ethnicity: string;
  /** Last four characters of the 身份证号, already withheld (null) where the viewer may not see it. */
  idNumberTail: string | null;
  role: StaffRole;
  status: StaffStatus;
  /** 入职/调入日期 (ISO date), null = before the year's 统计时点. */
  startedOn: string | null;
  /** 调出/退休日期 (ISO date), null while on duty. */
  leftOn: string | null;
  fullTime: boolean;
  stage: (typeof staff.$inferSelect)["stage"];
  subject: Subject | null;
  education: EducationLevel;
  preschoolMajor: boolean;
  teacherCertificate: (typeof staff.$inferSelect)["teacherCertificate"];
  title: Title;
  dualQualified: boolean;
  backboneLevel: (typeof staff.$inferSelect)["backboneLevel"];
  mentalHealthTrained: boolean;
  counsellingCertificate: boolean;
  bilingual: boolean;
  trainingHours: number;
  schoolId: string | null;
  districtId: string | null;
  version: number;
}

/** A labelled count. */
export interface LabeledCount {
  key: string;
  label: string;
  count: number;
}

/** Counts of the active 三支队伍 of a unit in a school year (persons). */
export interface StaffingSummaryModel {
  unit: OrgUnitModel;
  schoolYear: number;
  total: number;
  fullTimeTeachers: number;
  byRole: LabeledCount[];
  byTitle: LabeledCount[];
  byEducation: LabeledCount[];
  byAgeBand: LabeledCount[];
  byGender: LabeledCount[];
  /**
   * 名册覆盖: schools with a roster over the schools expected (see staffingSummary), labelled
   * "N/M 所学校" by the Coverage resolver.
   */
  coverage: Coverage;
  /** 暂定: coverage is partial (some, not all, expected schools have a roster). */
  provisional: boolean;
}

/** Filter of a staff list request (GraphQL StaffFilter with domain codes). */
export interface StaffFilterInput {
  schoolYear: number;
  districtId?: string | null;
  schoolId?: string | null;
  role?: StaffRole | null;
  subject?: Subject | null;
  title?: Title | null;
  education?: EducationLevel | null;
  status?: StaffStatus | null;
  search?: string | null;
  /** Only the unit's 教研室 roster (no school): the district's, or the city's own. */
  researchOffice?: boolean | null;
}

/** Maximum page size of a staff list. */
export const MAX_PAGE_SIZE = 100;

/**
 * Validate a school year sent by a client.
 * @throws BAD_USER_INPUT naming `field` when it is not a whole year between 2000 and 2100.
 */
export function assertSchoolYear(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 2000 || value > 2100) {
    throw badInput(field, "学年应为 2000 至 2100 之间的起始年份，例如 2025 表示 2025—2026学年");
  }
}

/**
 * Refuse a write of a school year before the platform's first statistical year
 * (FIRST_SCHOOL_YEAR, the plan's baseline 2020—2021学年, the domain's one source): no screen
 * offers it and no figure reads it.
 * @throws BAD_USER_INPUT on `field`: "学年不能早于2020—2021学年（平台的首个统计学年）".
 */
export function assertYearNotBeforeFirst(schoolYear: number, field: string): void {
  if (schoolYear < FIRST_SCHOOL_YEAR)
    throw badInput(field, `学年不能早于${schoolYearLabel(FIRST_SCHOOL_YEAR)}（平台的首个统计学年）`);
}

/**
 * Refuse a school year after the current one (plus `ahead` years): figures are filed — and
 * measured (`verb` 查询) — for a year that has begun (统计时点 1 September, Beijing time).
 * @throws BAD_USER_INPUT on `field`, naming the current school year ("不能填报未来学年的区级数据
 * （当前为2026—2027学年）", "不能查询未来学年的指标（…）").
 */
export function assertYearNotAhead(
  schoolYear: number,
  at: Date,
  field: string,
  what: string,
  ahead = 0,
  verb: "填报" | "查询" = "填报",
): void {
  const now = schoolYearOf(at);
  if (schoolYear > now + ahead) {
    throw badInput(
      field,
      ahead === 0
        ? `不能${verb}未来学年的${what}（当前为${schoolYearLabel(now)}）`
        : `${what}最多设置到${schoolYearLabel(now + ahead)}（当前为${schoolYearLabel(now)}）`,
    );
  }
}

/** SQL restricting staff rows to a resolved unit (the city: every row, including city 教研员). */
export function staffUnitCondition(unit: ResolvedUnit): SQL | undefined {
  if (unit.level === "city") return undefined;
  if (unit.level === "district") return eq(staff.districtId, unit.id as string);
  return eq(staff.schoolId, unit.id as string);
}

/**
 * SQL restricting staff rows of a resolved unit to its 教研室 (rows of no school): a district's
 * 教研室, or the city's own (no district either). A school has no 教研室 (no row matches).
 */
export function researchOfficeCondition(unit: ResolvedUnit): SQL {
  if (unit.level === "city") return and(isNull(staff.schoolId), isNull(staff.districtId)) as SQL;
  if (unit.level === "district") return isNull(staff.schoolId);
  return sql`false`;
}

/** The unit a staff list is about: the narrowest of filter.schoolId, filter.districtId, the viewer's own. */
async function listUnit(access: ScopedAccess, filter: StaffFilterInput): Promise<ResolvedUnit> {
  if (filter.schoolId) return access.resolveUnit({ level: "school", id: filter.schoolId }, "staff.read");
  if (filter.districtId)
    return access.resolveUnit({ level: "district", id: filter.districtId }, "staff.read");
  const own = await access.ownUnit();
  access.assertCan("staff.read", own.ref);
  return own;
}

/**
 * One page of the roster, ordered by school code, role and name, with the total in the same
 * statement (count(*) over ()).
 * @throws BAD_USER_INPUT (filter.schoolYear, page, pageSize); FORBIDDEN for a unit outside the scope.
 */
export async function staffPage(
  access: ScopedAccess,
  filter: StaffFilterInput,
  page: number,
  pageSize: number,
): Promise<{ items: StaffMemberModel[]; total: number; page: number; pageSize: number }> {
  assertSchoolYear(filter.schoolYear, "filter.schoolYear");
  if (!Number.isInteger(page) || page < 1) throw badInput("page", "页码应为不小于 1 的整数");
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw badInput("pageSize", `每页条数应在 1 至 ${MAX_PAGE_SIZE} 之间`);
  }
  // the shared text limit (domain validation/text.ts): a name fragment, not a document
  const searchTooLong = textLengthIssue("filter.search", "搜索内容", filter.search, "search");
  if (searchTooLong) throw badInput(searchTooLong.field, searchTooLong.message);
  const unit = await listUnit(access, filter);
  const conditions: (SQL | undefined)[] = [
    eq(staff.schoolYear, filter.schoolYear),
    staffUnitCondition(unit),
    filter.researchOffice ? researchOfficeCondition(unit) : undefined,
    eq(staff.status, filter.status ?? "active"),
    filter.role ? eq(staff.role, filter.role) : undefined,
    filter.subject ? eq(staff.subject, filter.subject) : undefined,
    filter.title ? eq(staff.title, filter.title) : undefined,
    filter.education ? eq(staff.education, filter.education) : undefined,
    filter.search?.trim()
      ? ilike(people.name, `%${filter.search.trim().replace(/[\\%_]/g, "\\$&")}%`)
      : undefined,
  ];
  const rows = await access.db
    .select({
      s: staff,
      name: people.name,
      gender: people.gender,
      birthDate: people.birthDate,
      ethnicity: people.ethnicity,
      idNumberTail: people.idNumberTail,
      total: sql<number>`cast(count(*) over () as integer)`,
    })
    .from(staff)
    .innerJoin(people, eq(people.id, staff.personId))
    .leftJoin(schools, eq(schools.id, staff.schoolId))
    .where(and(...conditions))
    .orderBy(
      sql`${schools.code} asc nulls first`,
      sql`array_position(array['principal','vice_principal','teacher','researcher']::text[], ${staff.role})`,
      asc(people.name),
      asc(staff.id),
    )
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const items = rows.map((r): StaffMemberModel => {
    const rowUnit = r.s.schoolId
      ? { level: "school" as const, districtId: r.s.districtId as string, schoolId: r.s.schoolId }
      : r.s.districtId
        ? { level: "district" as const, districtId: r.s.districtId }
        : { level: "city" as const };
    return {
      ...r.s,
      name: r.name,
      gender: r.gender,
      birthDate: r.birthDate,
      ethnicity: r.ethnicity,
      idNumberTail: access.allows("staff.readIdTail", rowUnit) ? r.idNumberTail : null,
    };
  });
  return {
    items,
    total: rows[0]?.total ?? (page > 1 ? await countOnly(access.db, conditions) : 0),
    page,
    pageSize,
  };
}

/** The total alone, for a page past the end (where the window count has no row to ride on). */
async function countOnly(db: Db, conditions: (SQL | undefined)[]): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`cast(count(*) as integer)` })
    .from(staff)
    .innerJoin(people, eq(people.id, staff.personId))
    .where(and(...conditions));
  return r?.n ?? 0;
}

/**
 * Counts of a unit's staff on the roster at the year's 统计时点 (在册 at 1 September, domain
 * statisticsDate.ts: a person who left in October still counts, one who joined in October not) by role, title, education, age band and gender, in one
 * statement grouped by all five, and the roster coverage (名册覆盖) in a second statement
 * (constant in the number of schools):
 * - expected (应报): the schools of the unit open at the year's 统计时点 (1 September; SQL
 *   school_open_in) — for a school, 1 if it was open, else 0;
 * - reported (已报): those of them with at least one roster row of that year on the roster at its
 *   统计时点.
 * 教研室 rosters (教研员) are not counted as units: every city and district has its 教研室,
 * whose roster is kept by the bureau itself, so coverage speaks of schools only ("2/135 所学校");
 * the 教研员 figures are included in the counts as they stand.
 * provisional (暂定) when the coverage is partial (0 < reported < expected, domain coverageLevel).
 * @throws BAD_USER_INPUT (schoolYear); FORBIDDEN for a unit outside the scope.
 */
export async function staffingSummary(
  access: ScopedAccess,
  unitInput: { level: ResolvedUnit["level"]; id?: string | null },
  schoolYear: number,
): Promise<StaffingSummaryModel> {
  assertSchoolYear(schoolYear, "schoolYear");
  const unit = await access.resolveUnit(unitInput, "staff.read");
  const rows = await access.readDb
    .select({
      role: staff.role,
      title: staff.title,
      education: staff.education,
      gender: people.gender,
      fullTimeTeacher: sql<boolean>`(${staff.role} = 'teacher' and ${staff.fullTime})`,
      age: sql<number>`cast(extract(year from age(${`${schoolYear}-09-01`}::date, ${people.birthDate})) as integer)`,
      n: sql<number>`cast(count(*) as integer)`,
    })
    .from(staff)
    .innerJoin(people, eq(people.id, staff.personId))
    .where(and(eq(staff.schoolYear, schoolYear), onRosterAtStatisticsDate(), staffUnitCondition(unit)))
    .groupBy(sql`1, 2, 3, 4, 5, 6`);
  const [cov] = await access.readDb
    .select({
      expected: sql<number>`cast(count(*) as integer)`,
      // the subquery names its columns through an alias (st), so "schools"."id" is the outer row
      reported: sql<number>`cast(count(*) filter (where exists (select 1 from staff st where st.school_id = "schools"."id" and st.school_year = cast(${schoolYear} as integer) and ${onRosterAtStatisticsDate("st")})) as integer)`,
    })
    .from(schools)
    .where(and(schoolOpenIn(schoolYear), schoolUnitCondition(unit)));
  const coverage: Coverage = { reported: cov?.reported ?? 0, expected: cov?.expected ?? 0 };

  const tally = <K extends string>(
    keys: readonly K[],
    labels: Record<K, string>,
    pick: (r: (typeof rows)[number]) => K,
  ) => {
    const counts = new Map<K, number>(keys.map((k) => [k, 0]));
    for (const r of rows) counts.set(pick(r), (counts.get(pick(r)) ?? 0) + r.n);
    return keys.map((k) => ({ key: k, label: labels[k], count: counts.get(k) ?? 0 }));
  };
  const ageKeys = AGE_BANDS.map((b) => b.key);
  const ageLabels = Object.fromEntries(AGE_BANDS.map((b) => [b.key, b.label])) as Record<AgeBandKey, string>;
  return {
    unit: toOrgUnit(unit),
    schoolYear,
    total: rows.reduce((a, r) => a + r.n, 0),
    fullTimeTeachers: rows.filter((r) => r.fullTimeTeacher).reduce((a, r) => a + r.n, 0),
    byRole: tally(STAFF_ROLES, STAFF_ROLE_LABELS, (r) => r.role),
    byTitle: tally(TITLES, TITLE_LABELS, (r) => r.title),
    byEducation: tally(EDUCATION_LEVELS, EDUCATION_LABELS, (r) => r.education),
    byAgeBand: tally(ageKeys, ageLabels, (r) => ageBand(r.age)),
    byGender: tally(GENDERS, GENDER_LABELS, (r) => r.gender),
    coverage,
    provisional: coverageLevel(coverage) === "partial",
  };
}

/** SQL restricting `schools` rows to a resolved unit (the city: every school). */
function schoolUnitCondition(unit: ResolvedUnit): SQL | undefined {
  if (unit.level === "city") return undefined;
  if (unit.level === "district") return eq(schools.districtId, unit.id as string);
  return eq(schools.id, unit.id as string);
}

/** Age at 统计时点 of a staff model. */
export function ageOf(m: StaffMemberModel): number {
  return ageAtCensus(m.birthDate, m.schoolYear);
}
