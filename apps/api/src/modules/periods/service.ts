/**
 * Reporting periods (填报期) and reporting completeness (填报进度): the city sets, for each
 * school year, when the annual reports open and their deadline (截止时间); the city (and a
 * district for itself) sees how many of the schools due have not started, are drafting, have
 * submitted, were returned or approved, and which are late.
 *
 * Late (逾期) is judged on the FIRST submission (school_reports.first_submitted_at, set once):
 * a report first submitted after the deadline, or a report never submitted (未填报, 草稿) once
 * the deadline has passed. A report submitted on time and returned by the district (已退回),
 * even after the deadline, is not late, nor is it once resubmitted: a return does not make an
 * on-time report late (issue 10). Without a period, nothing is late.
 */
import {
  type DistrictRow,
  districts,
  type ReportingPeriodRow,
  reportingPeriods,
  type SchoolRow,
  schoolReports,
  schools,
  users,
} from "@edu2035/db";
import {
  censusDate,
  REPORT_NOT_STARTED_LABEL,
  REPORT_STATE_LABELS,
  type ReportState,
  SCHOOL_TYPE_LABELS,
  SCHOOL_TYPES,
  type SchoolType,
  schoolYearLabel,
} from "@edu2035/domain";
import { and, asc, eq, type SQL } from "drizzle-orm";
import type { ResolvedUnit, ScopedAccess } from "../../authz/access.ts";
import { isUniqueViolation } from "../../dbErrors.ts";
import { badInput, conflict } from "../../errors.ts";
import { assertYearNotPublished, schoolOpenIn } from "../../lib/rosterYear.ts";
import { recordAudit } from "../audit/record.ts";
import { type OrgUnitModel, toOrgUnit } from "../org/service.ts";
import { assertSchoolYear, assertYearNotAhead } from "../staff/service.ts";

/** A reporting period with the display name of the account that last set it. */
export interface ReportingPeriodModel extends ReportingPeriodRow {
  updatedByName: string | null;
}

/** The start of reporting when the city gave none: 00:00 Beijing time on 统计时点 1 September. */
export function defaultOpening(schoolYear: number): Date {
  return new Date(`${censusDate(schoolYear)}T00:00:00+08:00`);
}

/** The reporting period row of a school year, with its setter's name (one statement), or null. */
async function loadPeriod(access: ScopedAccess, schoolYear: number): Promise<ReportingPeriodModel | null> {
  const [row] = await access.db
    .select({ p: reportingPeriods, name: users.displayName })
    .from(reportingPeriods)
    .leftJoin(users, eq(users.id, reportingPeriods.updatedBy))
    .where(eq(reportingPeriods.schoolYear, schoolYear));
  return row ? { ...row.p, updatedByName: row.name } : null;
}

/**
 * The city's reporting period of a school year, or null when none is set. Every viewer may read it.
 * @throws BAD_USER_INPUT (schoolYear).
 */
export async function reportingPeriod(
  access: ScopedAccess,
  schoolYear: number,
): Promise<ReportingPeriodModel | null> {
  assertSchoolYear(schoolYear, "schoolYear");
  access.assertCan("period.read", { level: "city" });
  return loadPeriod(access, schoolYear);
}

/** An ISO instant sent by a client, as a Date. @throws BAD_USER_INPUT naming `field`. */
function instant(value: string, field: string, label: string): Date {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw badInput(field, `${label}格式不正确`);
  return d;
}

/**
 * Set (create or replace) the reporting period of a school year: its deadline and, optionally,
 * when it opens (default 统计时点 1 September, 00:00 Beijing time). The city only; one
 * transaction with an audit row ("period.set", before/after).
 * @throws FORBIDDEN (not the city); BAD_USER_INPUT (schoolYear, deadline, openedAt: before 1
 * January of the school year's start year).
 */
export async function setReportingPeriod(
  access: ScopedAccess,
  schoolYear: number,
  deadlineInput: string,
  openedAtInput?: string | null,
  /** The version read: null/absent to create the period; a stale one is CONFLICT. */
  version?: number | null,
): Promise<ReportingPeriodModel> {
  access.assertCan("period.write", { level: "city" });
  assertSchoolYear(schoolYear, "schoolYear");
  // the next school year's period may be set in advance, none further
  assertYearNotAhead(schoolYear, access.now(), "schoolYear", "填报期", 1);
  const deadline = instant(deadlineInput, "deadline", "截止时间");
  const openedAt = openedAtInput ? instant(openedAtInput, "openedAt", "开始时间") : null;
  // the opening lies in the school year's own calendar years (1899-12-31 or 1970 is a typo)
  if (openedAt && openedAt.getUTCFullYear() < schoolYear) {
    throw badInput("openedAt", `开始时间不应早于 ${schoolYear} 年，请核对年份`);
  }
  const opening = openedAt ?? defaultOpening(schoolYear);
  if (deadline <= opening) {
    throw badInput(
      "deadline",
      openedAt
        ? "截止时间应晚于填报开始时间"
        : `截止时间应晚于${schoolYearLabel(schoolYear)}统计时点（${censusDate(schoolYear)}）`,
    );
  }
  if (deadline.getUTCFullYear() > schoolYear + 2) {
    throw badInput("deadline", `截止时间不应晚于 ${schoolYear + 2} 年年底，请核对年份`);
  }
  await access.db
    .transaction(async (tx) => {
      // a published year's deadline decides its 逾期 figures: locked with the year (lib/rosterYear.ts)
      await assertYearNotPublished(
        tx,
        schoolYear,
        "schoolYear",
        "填报期随该学年锁定；如需修改，请先重新开放该学年",
      );
      const [current] = await tx
        .select()
        .from(reportingPeriods)
        .where(eq(reportingPeriods.schoolYear, schoolYear))
        .for("update");
      // two people setting the same period: the second names a version that is no longer current
      const expected = version ?? null;
      if ((current?.version ?? null) !== expected) throw conflict(`${schoolYearLabel(schoolYear)}填报期`);
      const values = { openedAt, deadline, updatedBy: access.viewer.userId, updatedAt: new Date() };
      const [saved] = current
        ? await tx
            .update(reportingPeriods)
            .set({ ...values, version: current.version + 1 })
            .where(eq(reportingPeriods.schoolYear, schoolYear))
            .returning()
        : await tx
            .insert(reportingPeriods)
            .values({ schoolYear, ...values })
            .returning();
      const snap = (p: ReportingPeriodRow) => ({
        schoolYear: p.schoolYear,
        openedAt: p.openedAt?.toISOString() ?? null,
        deadline: p.deadline.toISOString(),
      });
      await recordAudit(tx, {
        userId: access.viewer.userId,
        action: "period.set",
        entityType: "reporting_period",
        entityId: String(schoolYear),
        districtId: null,
        schoolId: null,
        before: current ? snap(current) : null,
        after: snap(saved!),
      });
    })
    .catch((e: unknown) => {
      // two first settings at once: the primary key refuses the second
      if (isUniqueViolation(e)) throw conflict(`${schoolYearLabel(schoolYear)}填报期`);
      throw e;
    });
  return (await loadPeriod(access, schoolYear))!;
}

/**
 * Whether a report is late against a deadline at `now` (see the module comment): judged on its
 * first submission (`firstSubmittedAt`; a row stored before it existed falls back on
 * `submittedAt`, the earliest submission it kept), whatever its state since; a report never
 * submitted is late once `now` is past the deadline. Without a deadline, never late.
 */
export function isLate(
  report: { firstSubmittedAt: Date | null; submittedAt: Date | null } | null,
  deadline: Date | null,
  now: Date,
): boolean {
  if (!deadline) return false;
  const first = report?.firstSubmittedAt ?? report?.submittedAt ?? null;
  if (first) return first > deadline;
  return now > deadline;
}

/** Counts of the schools due in a group. */
export interface CompletenessCountsModel {
  /** Schools open at the year's 统计时点 (应报). */
  due: number;
  notStarted: number;
  draft: number;
  submitted: number;
  returned: number;
  approved: number;
  late: number;
}

/** One school in a completeness list. */
export interface CompletenessEntryModel {
  school: SchoolRow;
  district: DistrictRow;
  status: ReportState | null;
  statusLabel: string;
  submittedAt: Date | null;
  /** The first submission (a report returned and submitted again keeps it); else submittedAt. */
  firstSubmittedAt?: Date | null;
  late: boolean;
}

/** Completeness of a unit's reporting for a school year. */
export interface ReportCompletenessModel {
  unit: OrgUnitModel;
  schoolYear: number;
  period: ReportingPeriodModel | null;
  deadlinePassed: boolean;
  total: CompletenessCountsModel;
  byDistrict: { district: DistrictRow; counts: CompletenessCountsModel }[];
  bySchoolType: { type: SchoolType; label: string; counts: CompletenessCountsModel }[];
  missing: CompletenessEntryModel[];
  lateSubmissions: CompletenessEntryModel[];
}

const emptyCounts = (): CompletenessCountsModel => ({
  due: 0,
  notStarted: 0,
  draft: 0,
  submitted: 0,
  returned: 0,
  approved: 0,
  late: 0,
});

function tally(c: CompletenessCountsModel, e: CompletenessEntryModel): void {
  c.due++;
  if (e.status === null) c.notStarted++;
  else c[e.status]++;
  if (e.late) c.late++;
}

/**
 * Completeness and timeliness of the annual reports of a school year: for the city (or one of
 * its districts) or, for a district account, its own district. Counts per district and per
 * school type of the schools due (应报: open at the year's 统计时点 1 September, SQL
 * school_open_in — a school closed later in the cycle counts once, with its report if any), 未填报, 草稿, 已提交, 已退回, 已审核 and late; the
 * schools that have not submitted; the reports submitted late. Two SQL statements (the period;
 * the schools with their district and report) whatever the number of schools.
 * @throws FORBIDDEN (a school account; another district); BAD_USER_INPUT (schoolYear).
 */
export async function reportCompleteness(
  access: ScopedAccess,
  schoolYear: number,
  districtId?: string | null,
  now: Date = access.now(),
): Promise<ReportCompletenessModel> {
  assertSchoolYear(schoolYear, "schoolYear");
  let unit: ResolvedUnit;
  if (districtId) {
    unit = await access.resolveUnit({ level: "district", id: districtId }, "report.completeness");
  } else {
    unit = await access.ownUnit();
    access.assertCan("report.completeness", unit.ref);
  }
  // 应报: the schools open at the year's 统计时点 (1 September; SQL school_open_in): a school
  // closed before it or opened after it is not due, one closed later in the cycle still counts
  const where: SQL | undefined =
    unit.level === "district"
      ? and(schoolOpenIn(schoolYear), eq(schools.districtId, unit.id as string))
      : schoolOpenIn(schoolYear);
  const [period, rows] = await Promise.all([
    loadPeriod(access, schoolYear),
    access.readDb
      .select({ school: schools, district: districts, report: schoolReports })
      .from(schools)
      .innerJoin(districts, eq(districts.id, schools.districtId))
      .leftJoin(
        schoolReports,
        and(eq(schoolReports.schoolId, schools.id), eq(schoolReports.schoolYear, schoolYear)),
      )
      .where(where)
      .orderBy(asc(districts.sortOrder), asc(schools.code)),
  ]);
  const deadline = period?.deadline ?? null;
  const total = emptyCounts();
  const byDistrict = new Map<string, { district: DistrictRow; counts: CompletenessCountsModel }>();
  const byType = new Map<SchoolType, CompletenessCountsModel>();
  const missing: CompletenessEntryModel[] = [];
  const lateSubmissions: CompletenessEntryModel[] = [];
  if (unit.level === "city") {
    // every district, even one without schools due
    for (const d of await access.districts()) byDistrict.set(d.id, { district: d, counts: emptyCounts() });
  } else {
    byDistrict.set(unit.id as string, { district: unit.district!, counts: emptyCounts() });
  }
  for (const { school, district, report } of rows) {
    const entry: CompletenessEntryModel = {
      school,
      district,
      status: report?.status ?? null,
      statusLabel: report ? REPORT_STATE_LABELS[report.status] : REPORT_NOT_STARTED_LABEL,
      submittedAt: report?.submittedAt ?? null,
      firstSubmittedAt: report?.firstSubmittedAt ?? report?.submittedAt ?? null,
      late: isLate(report, deadline, now),
    };
    tally(total, entry);
    const d = byDistrict.get(district.id) ?? { district, counts: emptyCounts() };
    tally(d.counts, entry);
    byDistrict.set(district.id, d);
    const t = byType.get(school.type) ?? emptyCounts();
    tally(t, entry);
    byType.set(school.type, t);
    const submitted = entry.status === "submitted" || entry.status === "approved";
    if (!submitted) missing.push(entry);
    else if (entry.late) lateSubmissions.push(entry);
  }
  return {
    unit: toOrgUnit(unit),
    schoolYear,
    period,
    deadlinePassed: deadline !== null && now > deadline,
    total,
    byDistrict: [...byDistrict.values()],
    bySchoolType: SCHOOL_TYPES.filter((t) => byType.has(t)).map((t) => ({
      type: t,
      label: SCHOOL_TYPE_LABELS[t],
      counts: byType.get(t)!,
    })),
    missing,
    lateSubmissions,
  };
}
