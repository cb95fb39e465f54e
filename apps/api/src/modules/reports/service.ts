/**
 * Annual reports (学校年报): the school fills in and submits its report, its district returns,
 * approves or reopens it, the city reads. Every write: the policy decides (through the scoped
 * access layer), one transaction, the row locked and its `version` compared (stale → CONFLICT,
 * nothing written), an audit_log row with before/after in the same transaction.
 */
import {
  type Db,
  reportingPeriods,
  type SchoolReportGradeRow,
  type SchoolReportRow,
  schoolReportGrades,
  schoolReports,
  schools,
  staff,
  users,
} from "@edu2035/db";
import {
  type AuditAction,
  checkReport,
  EDITABLE_REPORT_STATES,
  REPORT_CONTENT_FIELDS,
  REPORT_NOT_STARTED_LABEL,
  REPORT_STATE_LABELS,
  REPORT_STATES,
  type ReportFigures,
  type ReportFlag,
  type ReportInput,
  type ReportState,
  reportCompletenessIssues,
  reportFlags,
  reportIssues,
  type SchoolType,
  STAGES,
  schoolYearLabel,
  schoolYearOf,
} from "@edu2035/domain";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { ResolvedUnit, ScopedAccess } from "../../authz/access.ts";
import { isUniqueViolation } from "../../dbErrors.ts";
import { badInput, conflict, invalidInput, notFound, stateConflict } from "../../errors.ts";
import { assertSchoolOpenIn, assertYearNotPublished, schoolOpenIn } from "../../lib/rosterYear.ts";
import { onRosterAtStatisticsDate } from "../../lib/statisticsDate.ts";
import { recordAudit } from "../audit/record.ts";
import { deliverNotices, type NoticeDraft } from "../notices/channel.ts";
import { reportApprovedNotice, reportReturnedNotice } from "../notices/service.ts";
import { isLate } from "../periods/service.ts";
import { assertSchoolYear } from "../staff/service.ts";

/** A report row with its grades and the display names of the accounts behind it. */
export interface SchoolReportModel extends SchoolReportRow {
  grades: SchoolReportGradeRow[];
  reviewedByName: string | null;
  updatedByName: string | null;
}

/** A transaction handle (same query API as the database). */
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** The report columns a school fills in (the domain's list, checked against the table). */
const CONTENT_FIELDS = REPORT_CONTENT_FIELDS satisfies readonly (keyof ReportInput & keyof SchoolReportRow)[];

/** Longest review comment or reopening reason. */
const MAX_COMMENT = 500;

const stageOrder = sql.raw(`array_position(array[${STAGES.map((s) => `'${s}'`).join(",")}]::text[], stage)`);

/** The school year now (Beijing time): reports may not be filed for a later one. */
export function assertNotFuture(schoolYear: number, at: Date, field: string): void {
  const now = schoolYearOf(at);
  if (schoolYear > now) {
    throw badInput(field, `不能填报未来学年的年报（当前为${schoolYearLabel(now)}）`);
  }
}

/** Reviewer and updater names for report rows (one statement), then the grades (one statement). */
async function withDetails(db: Db | Tx, rows: SchoolReportRow[]): Promise<SchoolReportModel[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const reviewer = alias(users, "reviewer");
  const updater = alias(users, "updater");
  const [names, grades] = await Promise.all([
    db
      .select({ id: schoolReports.id, reviewed: reviewer.displayName, updated: updater.displayName })
      .from(schoolReports)
      .leftJoin(reviewer, eq(reviewer.id, schoolReports.reviewedBy))
      .leftJoin(updater, eq(updater.id, schoolReports.updatedBy))
      .where(inArray(schoolReports.id, ids)),
    db
      .select()
      .from(schoolReportGrades)
      .where(inArray(schoolReportGrades.reportId, ids))
      .orderBy(sql`${stageOrder}`, asc(schoolReportGrades.grade)),
  ]);
  const byId = new Map(names.map((n) => [n.id, n]));
  return rows.map((r) => ({
    ...r,
    grades: grades.filter((g) => g.reportId === r.id),
    reviewedByName: byId.get(r.id)?.reviewed ?? null,
    updatedByName: byId.get(r.id)?.updated ?? null,
  }));
}

/** What the audit trail keeps of a report: its content, grades and workflow fields. */
function snapshot(row: SchoolReportRow, grades: readonly SchoolReportGradeRow[]): Record<string, unknown> {
  const content = Object.fromEntries(CONTENT_FIELDS.map((f) => [f, row[f]]));
  return {
    schoolYear: row.schoolYear,
    status: row.status,
    version: row.version,
    ...content,
    reviewComment: row.reviewComment,
    grades: grades.map(({ reportId: _r, ...g }) => g),
  };
}

/**
 * The school's report for a school year with its grades, or null when there is none.
 * @throws FORBIDDEN outside the scope; BAD_USER_INPUT (schoolYear).
 */
export async function schoolReport(
  access: ScopedAccess,
  schoolId: string,
  schoolYear: number,
): Promise<SchoolReportModel | null> {
  assertSchoolYear(schoolYear, "schoolYear");
  const unit = await access.resolveUnit({ level: "school", id: schoolId }, "report.read");
  const rows = await access.db
    .select()
    .from(schoolReports)
    .where(and(eq(schoolReports.schoolId, unit.id as string), eq(schoolReports.schoolYear, schoolYear)));
  return (await withDetails(access.db, rows))[0] ?? null;
}

/** The report row of a school and year, locked for the rest of the transaction. */
async function lockReport(tx: Tx, schoolId: string, schoolYear: number): Promise<SchoolReportRow | null> {
  const [row] = await tx
    .select()
    .from(schoolReports)
    .where(and(eq(schoolReports.schoolId, schoolId), eq(schoolReports.schoolYear, schoolYear)))
    .for("update");
  return row ?? null;
}

async function gradesOf(tx: Tx, reportId: string): Promise<SchoolReportGradeRow[]> {
  return tx
    .select()
    .from(schoolReportGrades)
    .where(eq(schoolReportGrades.reportId, reportId))
    .orderBy(sql`${stageOrder}`, asc(schoolReportGrades.grade));
}

async function audit(
  tx: Tx,
  access: ScopedAccess,
  unit: ResolvedUnit,
  action: AuditAction,
  reportId: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): Promise<void> {
  await recordAudit(tx, {
    userId: access.viewer.userId,
    action,
    entityType: "school_report",
    entityId: reportId,
    districtId: unit.school?.districtId ?? null,
    schoolId: unit.id,
    before,
    after,
  });
}

/** The report's label for messages, e.g. "2025—2026学年年报". */
const reportLabel = (schoolYear: number) => `${schoolYearLabel(schoolYear)}年报`;

/** @throws CONFLICT (STATE) when a report in `status` may not be changed by its school. */
export function assertEditable(status: ReportState): void {
  if (!EDITABLE_REPORT_STATES.includes(status)) {
    throw stateConflict(
      status === "approved"
        ? "已审核的年报不能修改，如需更正请联系区教育局重新打开"
        : "已提交的年报不能修改，请等待审核或退回",
    );
  }
}

/** Input of saveReportDraft: where, which version, and the content. */
export interface SaveReportDraftArgs extends Partial<Record<(typeof CONTENT_FIELDS)[number], unknown>> {
  schoolId: string;
  schoolYear: number;
  version?: number | null;
  grades: unknown[];
}

/**
 * Create or update the school's own report as a draft (a returned report stays returned until
 * resubmitted). The content must pass the domain's report validation; grades are replaced.
 * @throws FORBIDDEN (not the school itself); BAD_USER_INPUT (every issue; schoolYear);
 *   CONFLICT (stale version, or the report is submitted or approved).
 */
export async function saveReportDraft(
  access: ScopedAccess,
  input: SaveReportDraftArgs,
  /** The audit action: report.save from the form, report.import from an Excel import. */
  action: "report.save" | "report.import" = "report.save",
): Promise<SchoolReportModel> {
  assertSchoolYear(input.schoolYear, "schoolYear");
  assertNotFuture(input.schoolYear, access.now(), "schoolYear");
  const unit = await access.resolveUnit({ level: "school", id: input.schoolId }, "report.edit");
  const school = unit.school!;
  // no 年报 for a year before the school opened or from its closing (统计时点 1 September)
  await assertSchoolOpenIn(access.db, school, input.schoolYear, "schoolYear", "年报");
  const { schoolId: _s, schoolYear, version, ...content } = input;
  const checked = checkReport(content, { schoolType: school.type });
  if (!checked.ok) throw invalidInput(checked.issues);
  const values = Object.fromEntries(CONTENT_FIELDS.map((f) => [f, checked.value[f]])) as Pick<
    SchoolReportRow,
    (typeof CONTENT_FIELDS)[number]
  >;
  const label = reportLabel(schoolYear);

  try {
    const row = await access.db.transaction(async (tx) => {
      await assertYearNotPublished(tx, schoolYear, "schoolYear");
      const current = await lockReport(tx, school.id, schoolYear);
      let saved: SchoolReportRow;
      let before: Record<string, unknown> | null = null;
      if (!current) {
        if (version !== null && version !== undefined) throw conflict(label);
        [saved] = (await tx
          .insert(schoolReports)
          .values({
            schoolId: school.id,
            schoolYear,
            status: "draft",
            ...values,
            updatedBy: access.viewer.userId,
          })
          .returning()) as [SchoolReportRow];
      } else {
        assertEditable(current.status);
        if (version !== current.version) throw conflict(label);
        before = snapshot(current, await gradesOf(tx, current.id));
        [saved] = (await tx
          .update(schoolReports)
          .set({
            ...values,
            updatedBy: access.viewer.userId,
            updatedAt: new Date(),
            version: current.version + 1,
          })
          .where(and(eq(schoolReports.id, current.id), eq(schoolReports.version, current.version)))
          .returning()) as [SchoolReportRow];
        await tx.delete(schoolReportGrades).where(eq(schoolReportGrades.reportId, current.id));
      }
      const grades = checked.value.grades;
      if (grades.length) {
        await tx.insert(schoolReportGrades).values(grades.map((g) => ({ ...g, reportId: saved.id })));
      }
      await audit(tx, access, unit, action, saved.id, before, snapshot(saved, await gradesOf(tx, saved.id)));
      return saved;
    });
    return (await withDetails(access.db, [row]))[0]!;
  } catch (e) {
    // two first saves at once: the unique (school, year) index refuses the second
    if (isUniqueViolation(e)) throw conflict(label);
    throw e;
  }
}

/** A workflow step: who may take it, from which states, what it sets. */
interface Transition {
  action: "report.submit" | "report.review";
  audit: AuditAction;
  from: readonly ReportState[];
  to: ReportState;
  /** Message when the report is in another state. */
  refused: (status: ReportState) => string;
  set: (row: SchoolReportRow, userId: string) => Partial<SchoolReportRow>;
  /** Extra check on the locked row (e.g. completeness on submission). */
  check?: (row: SchoolReportRow, grades: SchoolReportGradeRow[], schoolType: SchoolType) => void;
  /** The notice to the school (消息通知), written in the same transaction (退回, 审核通过, 重新打开). */
  notice?: (schoolId: string, sender: { userId: string; displayName: string }) => NoticeDraft;
}

async function transition(
  access: ScopedAccess,
  schoolId: string,
  schoolYear: number,
  version: number,
  t: Transition,
): Promise<SchoolReportModel> {
  assertSchoolYear(schoolYear, "schoolYear");
  const unit = await access.resolveUnit({ level: "school", id: schoolId }, t.action);
  if (t.audit === "report.submit") {
    await assertSchoolOpenIn(access.db, unit.school!, schoolYear, "schoolYear", "年报");
  }
  const label = reportLabel(schoolYear);
  const row = await access.db.transaction(async (tx) => {
    await assertYearNotPublished(tx, schoolYear, "schoolYear");
    const current = await lockReport(tx, unit.id as string, schoolYear);
    if (!current) throw notFound(label);
    if (!t.from.includes(current.status)) throw stateConflict(t.refused(current.status));
    if (version !== current.version) throw conflict(label);
    const grades = await gradesOf(tx, current.id);
    t.check?.(current, grades, unit.school!.type);
    const [saved] = (await tx
      .update(schoolReports)
      .set({
        ...t.set(current, access.viewer.userId),
        status: t.to,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(schoolReports.id, current.id), eq(schoolReports.version, current.version)))
      .returning()) as [SchoolReportRow];
    await audit(tx, access, unit, t.audit, saved.id, snapshot(current, grades), snapshot(saved, grades));
    if (t.notice) await deliverNotices(tx, [t.notice(saved.schoolId, access.viewer)]);
    return saved;
  });
  return (await withDetails(access.db, [row]))[0]!;
}

/** Content of a stored report as the domain validation reads it. */
function contentOf(row: SchoolReportRow, grades: readonly SchoolReportGradeRow[]): ReportInput {
  return {
    ...(Object.fromEntries(CONTENT_FIELDS.map((f) => [f, row[f]])) as Omit<ReportInput, "grades">),
    grades: grades.map(({ reportId: _r, ...g }) => g),
  };
}

const stateMessage = (status: ReportState) => `年报当前状态为“${REPORT_STATE_LABELS[status]}”，`;

/**
 * Submit the school's own report (草稿/已退回 → 已提交) once every required section is filled in.
 * @throws FORBIDDEN; NOT_FOUND; BAD_USER_INPUT (every missing or wrong field); CONFLICT.
 */
export function submitReport(access: ScopedAccess, schoolId: string, schoolYear: number, version: number) {
  return transition(access, schoolId, schoolYear, version, {
    action: "report.submit",
    audit: "report.submit",
    from: EDITABLE_REPORT_STATES,
    to: "submitted",
    refused: (s) => (s === "submitted" ? "年报已提交，请等待区教育局审核" : `${stateMessage(s)}不能提交`),
    set: (row, userId) => {
      const now = access.now();
      // the first submission is kept through returns and resubmissions: lateness is judged on it
      // (a row stored before first_submitted_at existed kept its submission in submitted_at)
      return {
        submittedAt: now,
        firstSubmittedAt: row.firstSubmittedAt ?? row.submittedAt ?? now,
        updatedBy: userId,
      };
    },
    check: (row, grades, schoolType) => {
      const content = contentOf(row, grades);
      const issues = [
        ...reportIssues(content, { schoolType }),
        ...reportCompletenessIssues(content, { schoolType }),
      ];
      if (issues.length) throw invalidInput(issues);
    },
  });
}

/** A required comment or reason, trimmed. @throws BAD_USER_INPUT naming `field`. */
function requiredText(value: string | null | undefined, field: string, what: string): string {
  const s = value?.trim() ?? "";
  if (!s) throw badInput(field, `请填写${what}`);
  if (s.length > MAX_COMMENT) throw badInput(field, `${what}不能超过 ${MAX_COMMENT} 字`);
  return s;
}

/**
 * Return a submitted report to its school with a comment (已提交 → 已退回). The school's district only.
 * @throws FORBIDDEN; NOT_FOUND; BAD_USER_INPUT (comment); CONFLICT.
 */
export function returnReport(
  access: ScopedAccess,
  schoolId: string,
  schoolYear: number,
  version: number,
  comment: string,
) {
  const text = requiredText(comment, "comment", "退回意见");
  return transition(access, schoolId, schoolYear, version, {
    action: "report.review",
    audit: "report.return",
    from: ["submitted"],
    to: "returned",
    refused: (s) => `${stateMessage(s)}只有已提交的年报可以退回`,
    set: (_row, userId) => ({ reviewComment: text, reviewedAt: access.now(), reviewedBy: userId }),
    notice: (id, sender) => reportReturnedNotice(id, schoolYear, text, sender),
  });
}

/**
 * Approve a submitted report (已提交 → 已审核): it is locked and counts in the targets.
 * @throws FORBIDDEN; NOT_FOUND; BAD_USER_INPUT (comment); CONFLICT.
 */
export function approveReport(
  access: ScopedAccess,
  schoolId: string,
  schoolYear: number,
  version: number,
  comment?: string | null,
) {
  const text = comment?.trim() ? requiredText(comment, "comment", "审核意见") : null;
  return transition(access, schoolId, schoolYear, version, {
    action: "report.review",
    audit: "report.approve",
    from: ["submitted"],
    to: "approved",
    refused: (s) => `${stateMessage(s)}只有已提交的年报可以审核通过`,
    set: (_row, userId) => ({ reviewComment: text, reviewedAt: access.now(), reviewedBy: userId }),
    notice: (id, sender) => reportApprovedNotice(id, schoolYear, text, sender),
  });
}

/**
 * Reopen an approved report for correction (已审核 → 已退回), with the reason shown to the school.
 * @throws FORBIDDEN; NOT_FOUND; BAD_USER_INPUT (reason); CONFLICT.
 */
export function reopenReport(
  access: ScopedAccess,
  schoolId: string,
  schoolYear: number,
  version: number,
  reason: string,
) {
  const text = requiredText(reason, "reason", "重新打开的原因");
  return transition(access, schoolId, schoolYear, version, {
    action: "report.review",
    audit: "report.reopen",
    from: ["approved"],
    to: "returned",
    refused: (s) => `${stateMessage(s)}只有已审核的年报可以重新打开`,
    set: (_row, userId) => ({ reviewComment: text, reviewedAt: access.now(), reviewedBy: userId }),
    notice: (id, sender) => reportReturnedNotice(id, schoolYear, text, sender, true),
  });
}

/** One school in a district's review queue. */
export interface ReportQueueEntryModel {
  school: typeof schools.$inferSelect;
  status: ReportState | null;
  statusLabel: string;
  /** 最近提交时间: the last submission. */
  submittedAt: Date | null;
  /** 首次提交时间, on which 逾期 is judged (a row stored before it existed: its submittedAt). */
  firstSubmittedAt: Date | null;
  reviewedAt: Date | null;
  version: number | null;
  totalStudents: number | null;
  flags: ReportFlag[];
  /** 逾期 against the year's reporting period (see modules/periods). */
  late: boolean;
}

/** A district's review queue. */
export interface ReportQueueModel {
  district: NonNullable<ResolvedUnit["district"]>;
  schoolYear: number;
  /** The deadline of the year's reporting period, null when none is set. */
  deadline: Date | null;
  entries: ReportQueueEntryModel[];
  counts: { key: string; label: string; count: number }[];
}

function figures(row: SchoolReportRow, grades: readonly SchoolReportGradeRow[]): ReportFigures {
  return {
    teachingAuxiliaryArea: row.teachingAuxiliaryArea,
    indoorSportsArea: row.indoorSportsArea,
    outdoorSportsArea: row.outdoorSportsArea,
    equipmentValue: row.equipmentValue,
    multimediaClassrooms: row.multimediaClassrooms,
    fullTimeTeachers: row.fullTimeTeachers,
    grades,
  };
}

/**
 * The review queue of a district for a school year: every active school with its report's
 * status and the figures that look wrong, compared with the previous year's approved report and
 * the roster, and whether it is late against the year's deadline. Four SQL statements (schools
 * with this and last year's reports; their grades; roster counts; the reporting period) after
 * resolving the district, whatever the number of schools.
 * @throws FORBIDDEN outside the scope; BAD_USER_INPUT (schoolYear).
 */
export async function reportQueue(
  access: ScopedAccess,
  districtId: string,
  schoolYear: number,
): Promise<ReportQueueModel> {
  assertSchoolYear(schoolYear, "schoolYear");
  const unit = await access.resolveUnit({ level: "district", id: districtId }, "report.read");
  const d = unit.id as string;
  const years = [schoolYear, schoolYear - 1];
  const rows = await access.db
    .select({ school: schools, report: schoolReports })
    .from(schools)
    .leftJoin(
      schoolReports,
      and(eq(schoolReports.schoolId, schools.id), inArray(schoolReports.schoolYear, years)),
    )
    // the district's schools of that year (open at its 统计时点, SQL school_open_in)
    .where(and(eq(schools.districtId, d), schoolOpenIn(schoolYear)))
    .orderBy(asc(schools.code));
  const [grades, roster, [period]] = await Promise.all([
    access.db
      .select({ g: schoolReportGrades })
      .from(schoolReportGrades)
      .innerJoin(schoolReports, eq(schoolReports.id, schoolReportGrades.reportId))
      .innerJoin(schools, eq(schools.id, schoolReports.schoolId))
      .where(and(eq(schools.districtId, d), inArray(schoolReports.schoolYear, years)))
      .orderBy(sql`${schoolReportGrades.reportId}`, sql`${stageOrder}`, asc(schoolReportGrades.grade)),
    access.db
      .select({
        schoolId: staff.schoolId,
        schoolYear: staff.schoolYear,
        teachers: sql<number>`cast(count(*) as integer)`,
      })
      .from(staff)
      .where(
        and(
          eq(staff.districtId, d),
          inArray(staff.schoolYear, years),
          // 在册 at the year's 统计时点 (1 September), as the report's 专任教师数 is counted
          onRosterAtStatisticsDate(),
          eq(staff.role, "teacher"),
          eq(staff.fullTime, true),
        ),
      )
      .groupBy(staff.schoolId, staff.schoolYear),
    access.db
      .select({ deadline: reportingPeriods.deadline })
      .from(reportingPeriods)
      .where(eq(reportingPeriods.schoolYear, schoolYear)),
  ]);
  const deadline = period?.deadline ?? null;
  const now = access.now();
  const gradesOfReport = new Map<string, SchoolReportGradeRow[]>();
  for (const { g } of grades) {
    const list = gradesOfReport.get(g.reportId) ?? [];
    list.push(g);
    gradesOfReport.set(g.reportId, list);
  }
  const teachers = new Map(roster.map((r) => [`${r.schoolId}:${r.schoolYear}`, r.teachers]));
  const bySchool = new Map<
    string,
    { school: typeof schools.$inferSelect; cur?: SchoolReportRow; prev?: SchoolReportRow }
  >();
  for (const r of rows) {
    const e = bySchool.get(r.school.id) ?? { school: r.school };
    if (r.report?.schoolYear === schoolYear) e.cur = r.report;
    if (r.report?.schoolYear === schoolYear - 1) e.prev = r.report;
    bySchool.set(r.school.id, e);
  }
  const entries = [...bySchool.values()].map(({ school, cur, prev }): ReportQueueEntryModel => {
    const curGrades = cur ? (gradesOfReport.get(cur.id) ?? []) : [];
    const prevApproved = prev?.status === "approved" ? prev : null;
    return {
      school,
      status: cur?.status ?? null,
      statusLabel: cur ? REPORT_STATE_LABELS[cur.status] : REPORT_NOT_STARTED_LABEL,
      submittedAt: cur?.submittedAt ?? null,
      firstSubmittedAt: cur?.firstSubmittedAt ?? cur?.submittedAt ?? null,
      reviewedAt: cur?.reviewedAt ?? null,
      version: cur?.version ?? null,
      totalStudents: cur && curGrades.length ? curGrades.reduce((a, g) => a + g.students, 0) : null,
      flags: cur
        ? reportFlags({
            schoolType: school.type,
            current: figures(cur, curGrades),
            previous: prevApproved ? figures(prevApproved, gradesOfReport.get(prevApproved.id) ?? []) : null,
            roster: {
              teachers: teachers.get(`${school.id}:${schoolYear}`) ?? null,
              previousTeachers: teachers.get(`${school.id}:${schoolYear - 1}`) ?? null,
            },
          })
        : [],
      late: isLate(cur ?? null, deadline, now),
    };
  });
  const counts = [
    { key: "not_started", label: REPORT_NOT_STARTED_LABEL, count: entries.filter((e) => !e.status).length },
    ...REPORT_STATES.map((s) => ({
      key: s,
      label: REPORT_STATE_LABELS[s],
      count: entries.filter((e) => e.status === s).length,
    })),
  ];
  return { district: unit.district!, schoolYear, deadline, entries, counts };
}
