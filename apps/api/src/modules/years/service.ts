/**
 * The lifecycle of statistical years (统计学年): states, publications (发布, versioned stored
 * figures), reopening, 年报 exemptions, and THE lock every write of a year's rosters, reports,
 * inputs and registers goes through (lib/rosterYear.ts assertYearNotPublished). See
 * @edu2035/domain yearLifecycle.ts for the states.
 */
import {
  type Db,
  type DistrictRow,
  districts,
  reportExemptions,
  reportingPeriods,
  type SchoolRow,
  type SchoolYearRow,
  schoolReports,
  schools,
  schoolYearPublications,
  schoolYears,
  staff,
  type Tx,
  users,
} from "@edu2035/db";
import {
  censusDate,
  REPORT_NOT_STARTED_LABEL,
  REPORT_STATE_LABELS,
  type SchoolYearState,
  schoolYearLabel,
  schoolYearOf,
} from "@edu2035/domain";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { ScopedAccess } from "../../authz/access.ts";
import { isUniqueViolation } from "../../dbErrors.ts";
import { badInput, conflict, notFound } from "../../errors.ts";
import {
  assertYearNotPublished,
  lockYearExclusive,
  schoolOpenIn,
  schoolOpenInYear,
} from "../../lib/rosterYear.ts";
import { recordAudit } from "../audit/record.ts";
import type { TargetResultModel } from "../indicators/service.ts";
import { deliverYearPublished } from "../notices/service.ts";
import { type CompletenessEntryModel, isLate } from "../periods/service.ts";
import { assertSchoolYear } from "../staff/service.ts";
import { loadStatisticalYears } from "./load.ts";
import { computePublishedFigures, storePublishedFigures } from "./snapshot.ts";

/** One publication (发布) of a year. */
export interface YearPublicationModel {
  version: number;
  publishedAt: Date;
  /** Display name of the publisher (null when the account was deleted). */
  publishedBy: string | null;
  note: string | null;
  reopenedAt: Date | null;
  reopenedBy: string | null;
  reopenReason: string | null;
}

/** A statistical year and where it stands (GraphQL StatisticalYear). */
export interface StatisticalYearModel {
  schoolYear: number;
  state: SchoolYearState;
  /** The school year in progress by the calendar (Beijing time). */
  current: boolean;
  /** The latest publication's version; null: never published. */
  publishedVersion: number | null;
  /** Optimistic concurrency (0 before the first publication). */
  version: number;
  /** Newest first. */
  publications: YearPublicationModel[];
}

/** A school exempted from a year's 年报. */
export interface ReportExemptionModel {
  school: SchoolRow;
  district: DistrictRow;
  reason: string;
  createdAt: Date;
  createdBy: string | null;
}

/** Whether a year can be published (GraphQL PublicationReadiness). */
export interface PublicationReadinessModel {
  schoolYear: number;
  due: number;
  approved: number;
  exemptions: ReportExemptionModel[];
  pending: CompletenessEntryModel[];
  state: SchoolYearState;
}

/** One published version of a figure. */
export interface PublishedFigureModel {
  version: number;
  publishedAt: Date;
  superseded: boolean;
  result: TargetResultModel;
}

// ---- reading ----

/** A reason or note: trimmed, 1–200 characters (`required`), or null when optional and empty. */
function reasonText(value: string | null | undefined, field: string, label: string, required: boolean) {
  const text = (value ?? "").trim();
  if (!text) {
    if (required) throw badInput(field, `请填写${label}`);
    return null;
  }
  if ([...text].length > 200) throw badInput(field, `${label}不能超过 200 个字`);
  return text;
}

/**
 * The statistical years the platform knows, newest first: every year with a staff row, a 年报, a
 * reporting period or a publication, and the current school year (Beijing time), each with its
 * state (schoolYearState: stored publication state, else 填报中 / 审核中 by the deadline). Every
 * viewer (year.read). Five statements.
 */
export async function statisticalYears(
  access: ScopedAccess,
  now: Date = access.now(),
): Promise<StatisticalYearModel[]> {
  access.assertCan("year.read", { level: "city" });
  const db = access.db;
  const lists = await Promise.all([
    db.selectDistinct({ y: staff.schoolYear }).from(staff),
    db.selectDistinct({ y: schoolReports.schoolYear }).from(schoolReports),
    db.select({ y: reportingPeriods.schoolYear }).from(reportingPeriods),
    db.select({ y: schoolYears.schoolYear }).from(schoolYears),
  ]);
  const years = new Set<number>([schoolYearOf(now)]);
  for (const list of lists) for (const r of list) years.add(Number(r.y));
  return loadStatisticalYears(
    db,
    [...years].sort((a, b) => b - a),
    now,
  );
}

/**
 * One statistical year (a year never touched reads 填报中). Every viewer.
 * @throws BAD_USER_INPUT (schoolYear not 2000–2100).
 */
export async function statisticalYear(
  access: ScopedAccess,
  schoolYear: number,
  now: Date = access.now(),
): Promise<StatisticalYearModel> {
  assertSchoolYear(schoolYear, "schoolYear");
  access.assertCan("year.read", { level: "city" });
  return (await loadStatisticalYears(access.db, [schoolYear], now))[0]!;
}

/**
 * The schools due in each of `years` (open at the year's 统计时点, SQL school_open_in) with their
 * district, report and exemption (and its creator's name), by year, district order and school
 * code: one statement (the years as a VALUES list).
 */
async function dueSchools(db: Db | Tx, years: readonly number[]) {
  const y = sql<number>`y.year`.mapWith(Number);
  const yearList = sql`(values ${sql.join(
    years.map((v) => sql`(cast(${v} as integer))`),
    sql`, `,
  )}) as y(year)`;
  return db
    .select({
      schoolYear: y,
      school: schools,
      district: districts,
      report: schoolReports,
      exemption: reportExemptions,
      exemptedBy: users.displayName,
    })
    .from(schools)
    .crossJoin(yearList)
    .innerJoin(districts, eq(districts.id, schools.districtId))
    .leftJoin(schoolReports, and(eq(schoolReports.schoolId, schools.id), eq(schoolReports.schoolYear, y)))
    .leftJoin(
      reportExemptions,
      and(eq(reportExemptions.schoolId, schools.id), eq(reportExemptions.schoolYear, y)),
    )
    .leftJoin(users, eq(users.id, reportExemptions.createdBy))
    .where(schoolOpenIn(y))
    .orderBy(y, asc(districts.sortOrder), asc(schools.code));
}

/** A year's publication readiness without its lifecycle state. */
export type YearReadiness = Omit<PublicationReadinessModel, "state">;

/**
 * THE publication condition (发布条件) of each of `years`: the schools due (open at the year's
 * 统计时点), how many have an approved 年报, the exemptions and the schools pending (neither
 * approved nor exempted, by district order and school code; `late` against the year's 填报截止).
 * A year can be published when nothing is pending ({@link canPublish}). Two statements whatever
 * the number of years; no authorization (callers check theirs): used by publicationReadiness,
 * publishSchoolYear (inside its transaction) and the city's 待办 (modules/todos).
 * @returns one entry per distinct year asked for (a year with no due school: due 0).
 */
export async function readinessOfYears(
  db: Db | Tx,
  years: readonly number[],
  now: Date,
): Promise<Map<number, YearReadiness>> {
  const out = new Map<number, YearReadiness>();
  for (const schoolYear of years) {
    out.set(schoolYear, { schoolYear, due: 0, approved: 0, exemptions: [], pending: [] });
  }
  if (!out.size) return out;
  const [rows, periods] = await Promise.all([
    dueSchools(db, [...out.keys()]),
    db
      .select({ schoolYear: reportingPeriods.schoolYear, deadline: reportingPeriods.deadline })
      .from(reportingPeriods)
      .where(inArray(reportingPeriods.schoolYear, [...out.keys()])),
  ]);
  const deadlines = new Map(periods.map((p) => [Number(p.schoolYear), p.deadline]));
  for (const { schoolYear, school, district, report, exemption, exemptedBy } of rows) {
    const r = out.get(schoolYear)!;
    r.due++;
    if (report?.status === "approved") r.approved++;
    if (exemption) {
      r.exemptions.push({
        school,
        district,
        reason: exemption.reason,
        createdAt: exemption.createdAt,
        createdBy: exemptedBy,
      });
    } else if (report?.status !== "approved") {
      r.pending.push({
        school,
        district,
        status: report?.status ?? null,
        statusLabel: report ? REPORT_STATE_LABELS[report.status] : REPORT_NOT_STARTED_LABEL,
        submittedAt: report?.submittedAt ?? null,
        late: isLate(report, deadlines.get(schoolYear) ?? null, now),
      });
    }
  }
  return out;
}

/** Readiness of one year (see {@link readinessOfYears}). */
async function readinessOf(db: Db | Tx, schoolYear: number, now: Date): Promise<YearReadiness> {
  return (await readinessOfYears(db, [schoolYear], now)).get(schoolYear)!;
}

/** THE publication condition: every due school has an approved 年报 or an exemption. */
export function canPublish(readiness: Pick<YearReadiness, "pending">): boolean {
  return readiness.pending.length === 0;
}

/**
 * Whether a year can be published (发布条件): the schools due (open at the year's 统计时点), how
 * many have an approved 年报, the exemptions (with school and district) and the schools pending
 * (neither approved nor exempted, by district order and school code). The city only.
 * @throws FORBIDDEN (not the city); BAD_USER_INPUT (schoolYear).
 */
export async function publicationReadiness(
  access: ScopedAccess,
  schoolYear: number,
  now: Date = access.now(),
): Promise<PublicationReadinessModel> {
  await access.resolveUnit({ level: "city" }, "year.publish");
  assertSchoolYear(schoolYear, "schoolYear");
  const [readiness, year] = await Promise.all([
    readinessOf(access.db, schoolYear, now),
    loadStatisticalYears(access.db, [schoolYear], now),
  ]);
  return { ...readiness, state: year[0]!.state };
}

// ---- writing (the city only; each in one transaction with its audit row) ----

/** The year's stored row, locked for the transaction (null: never published). */
async function lockYearRow(tx: Tx, schoolYear: number): Promise<SchoolYearRow | null> {
  const [row] = await tx
    .select()
    .from(schoolYears)
    .where(eq(schoolYears.schoolYear, schoolYear))
    .for("update");
  return row ?? null;
}

/**
 * Publish (发布, 封账) a school year as version N+1: under the year's EXCLUSIVE lock (waits for the
 * writes in flight; the writes after it are refused), checks the version read, that the year is
 * not in the future nor already published and that no due school is pending; then marks the year
 * published, adds the publication (who, when, note), stores every figure of the year with it
 * (snapshot.ts) and writes the audit row (year.publish), all in one transaction. The one-year
 * case of {@link publishSchoolYears}.
 * @param version the StatisticalYear.version read (0 before the first publication).
 * @param note 发布说明, optional, at most 200 characters.
 * @throws FORBIDDEN (not the city); BAD_USER_INPUT (schoolYear: invalid, future, already
 *   published, pending schools "仍有 12 所学校的年报未审核且未豁免"; note too long); CONFLICT (the
 *   year changed since it was read).
 */
export async function publishSchoolYear(
  access: ScopedAccess,
  schoolYear: number,
  version: number,
  noteInput?: string | null,
  now: Date = access.now(),
): Promise<StatisticalYearModel> {
  return (await publishSchoolYears(access, [{ schoolYear, version }], noteInput, now))[0]!;
}

/**
 * Publish several school years at once, in ONE transaction, each as {@link publishSchoolYear}
 * publishes it (the same checks, rows, notices and audit row per year, in the order given), with
 * their figures measured together (snapshot.ts computePublishedFigures: the years' dashboards
 * over their range, instead of a year, the year before and 2020 again for each year). The years'
 * exclusive locks are taken in ascending order; any refusal rolls back every year. Used by the
 * demo's publications (demoPublication.ts): 2020—2024 at the first start.
 * @param years each year with the StatisticalYear.version read; a year at most once.
 * @param noteInput 发布说明 of every publication, optional, at most 200 characters.
 * @returns each year's model, in the order given.
 * @throws as {@link publishSchoolYear}, for the first year refused; BAD_USER_INPUT on schoolYear
 *   when a year is given twice or none is given.
 */
export async function publishSchoolYears(
  access: ScopedAccess,
  years: readonly { schoolYear: number; version: number }[],
  noteInput?: string | null,
  now: Date = access.now(),
): Promise<StatisticalYearModel[]> {
  await access.resolveUnit({ level: "city" }, "year.publish");
  for (const { schoolYear } of years) {
    assertSchoolYear(schoolYear, "schoolYear");
    assertNotFutureYear(schoolYear, now, "发布");
  }
  const asked = years.map((y) => y.schoolYear);
  if (!years.length || new Set(asked).size !== years.length) {
    throw badInput("schoolYear", "请给出要发布的学年，每个学年一次");
  }
  const note = reasonText(noteInput, "note", "发布说明", false);
  let label = schoolYearLabel(asked[0]!);
  await access.db
    .transaction(async (tx) => {
      for (const y of [...asked].sort((a, b) => a - b)) await lockYearExclusive(tx, y);
      const rows = new Map<number, SchoolYearRow | null>();
      for (const { schoolYear, version } of years) {
        label = schoolYearLabel(schoolYear);
        const row = await lockYearRow(tx, schoolYear);
        if ((row?.version ?? 0) !== version) throw conflict(`${label}的发布状态`);
        if (row?.state === "published") {
          throw badInput(
            "schoolYear",
            `${label}已发布（v${row.publishedVersion}），如需再次发布，请先重新开放该学年`,
          );
        }
        rows.set(schoolYear, row);
      }
      const readiness = await readinessOfYears(tx, asked, now);
      for (const schoolYear of asked) {
        const r = readiness.get(schoolYear)!;
        if (!canPublish(r)) {
          const n = r.pending.length;
          throw badInput(
            "schoolYear",
            `仍有 ${n} 所学校的年报未审核且未豁免，不能发布${schoolYearLabel(schoolYear)}`,
          );
        }
      }
      const figuresOf = await computePublishedFigures(tx, asked);
      for (const schoolYear of asked) {
        label = schoolYearLabel(schoolYear);
        const row = rows.get(schoolYear) ?? null;
        const publishedVersion = (row?.publishedVersion ?? 0) + 1;
        const values = {
          state: "published" as const,
          publishedVersion,
          updatedBy: access.viewer.userId,
          updatedAt: now,
        };
        if (row) {
          await tx
            .update(schoolYears)
            .set({ ...values, version: row.version + 1 })
            .where(eq(schoolYears.schoolYear, schoolYear));
        } else {
          await tx.insert(schoolYears).values({ schoolYear, ...values });
        }
        const [publication] = await tx
          .insert(schoolYearPublications)
          .values({
            schoolYear,
            version: publishedVersion,
            publishedAt: now,
            publishedBy: access.viewer.userId,
            note,
          })
          .returning();
        const figures = await storePublishedFigures(tx, publication!.id, figuresOf.get(schoolYear)!);
        // 学年数据发布: a notice to every district and school, with the publication
        await deliverYearPublished(tx, schoolYear, publishedVersion, access.viewer);
        await recordAudit(tx, {
          userId: access.viewer.userId,
          action: "year.publish",
          entityType: "school_year",
          entityId: String(schoolYear),
          districtId: null,
          schoolId: null,
          before: row ? { schoolYear, state: row.state, publishedVersion: row.publishedVersion } : null,
          after: { schoolYear, state: "published", publishedVersion, note, figures },
        });
      }
    })
    .catch((e: unknown) => {
      // two first publications at once: the primary key refuses the second
      if (isUniqueViolation(e)) throw conflict(`${label}的发布状态`);
      throw e;
    });
  const models = await loadStatisticalYears(access.db, asked, now);
  return asked.map((y) => models.find((m) => m.schoolYear === y)!);
}

/**
 * Reopen (重新开放) a published year with a reason: under the year's EXCLUSIVE lock, marks it
 * reopened (writable again under the usual rules) and records who, when and why on its latest
 * publication, with an audit row (year.reopen); the published versions stay.
 * @throws FORBIDDEN (not the city); BAD_USER_INPUT (schoolYear invalid or not published; reason
 *   empty or over 200 characters); CONFLICT (stale version).
 */
export async function reopenSchoolYear(
  access: ScopedAccess,
  schoolYear: number,
  version: number,
  reasonInput: string,
  now: Date = access.now(),
): Promise<StatisticalYearModel> {
  await access.resolveUnit({ level: "city" }, "year.publish");
  assertSchoolYear(schoolYear, "schoolYear");
  const reason = reasonText(reasonInput, "reason", "重新开放原因", true)!;
  const label = schoolYearLabel(schoolYear);
  await access.db.transaction(async (tx) => {
    await lockYearExclusive(tx, schoolYear);
    const row = await lockYearRow(tx, schoolYear);
    if ((row?.version ?? 0) !== version) throw conflict(`${label}的发布状态`);
    if (row?.state !== "published") throw badInput("schoolYear", `${label}未发布，无需重新开放`);
    await tx
      .update(schoolYears)
      .set({ state: "reopened", updatedBy: access.viewer.userId, updatedAt: now, version: row.version + 1 })
      .where(eq(schoolYears.schoolYear, schoolYear));
    await tx
      .update(schoolYearPublications)
      .set({ reopenedAt: now, reopenedBy: access.viewer.userId, reopenReason: reason })
      .where(
        and(
          eq(schoolYearPublications.schoolYear, schoolYear),
          eq(schoolYearPublications.version, row.publishedVersion),
        ),
      );
    await recordAudit(tx, {
      userId: access.viewer.userId,
      action: "year.reopen",
      entityType: "school_year",
      entityId: String(schoolYear),
      districtId: null,
      schoolId: null,
      before: { schoolYear, state: "published", publishedVersion: row.publishedVersion },
      after: { schoolYear, state: "reopened", publishedVersion: row.publishedVersion, reopenReason: reason },
    });
  });
  return (await loadStatisticalYears(access.db, [schoolYear], now))[0]!;
}

/**
 * Refuse a future school year for a lifecycle action (发布, 豁免): the year in progress is the last
 * one that has reports to publish or exempt.
 * @throws BAD_USER_INPUT on schoolYear: "不能发布未来学年（当前为2026—2027学年）".
 */
function assertNotFutureYear(schoolYear: number, now: Date, action: string): void {
  const current = schoolYearOf(now);
  if (schoolYear > current) {
    throw badInput("schoolYear", `不能${action}未来学年（当前为${schoolYearLabel(current)}）`);
  }
}

/**
 * Exempt schools from a year's 年报 (豁免) with a reason, so the year can be published without
 * their approved report; an exemption already there takes the new reason. Under the year's lock
 * (refused once published); one audit row per school (year.exempt).
 * @throws FORBIDDEN (not the city); NOT_FOUND (a school id); BAD_USER_INPUT (schoolYear: invalid,
 *   a future year or published; schoolIds: empty, a school not open that year, a school whose
 *   report is already approved; reason empty or over 200).
 */
export async function exemptReports(
  access: ScopedAccess,
  schoolYear: number,
  schoolIds: readonly string[],
  reasonInput: string,
  now: Date = access.now(),
): Promise<PublicationReadinessModel> {
  await access.resolveUnit({ level: "city" }, "year.publish");
  assertSchoolYear(schoolYear, "schoolYear");
  assertNotFutureYear(schoolYear, now, "豁免");
  const ids = [...new Set(schoolIds)];
  if (!ids.length) throw badInput("schoolIds", "请至少选择一所学校");
  const reason = reasonText(reasonInput, "reason", "豁免原因", true)!;
  const list: SchoolRow[] = [];
  for (const id of ids) list.push(await access.school(id));
  await access.db.transaction(async (tx) => {
    await assertYearNotPublished(tx, schoolYear, "schoolYear");
    for (const school of list) {
      if (!(await schoolOpenInYear(tx, school.id, schoolYear))) {
        throw badInput(
          "schoolIds",
          `${school.name}在${schoolYearLabel(schoolYear)}统计时点（${censusDate(schoolYear)}）未办学，不在应报范围内，无需豁免`,
        );
      }
    }
    // an approved report needs no exemption (应报 = 已审核 + 豁免 + 待处理 must add up)
    const approved = await tx
      .select({ schoolId: schoolReports.schoolId })
      .from(schoolReports)
      .where(
        and(
          eq(schoolReports.schoolYear, schoolYear),
          eq(schoolReports.status, "approved"),
          inArray(
            schoolReports.schoolId,
            list.map((x) => x.id),
          ),
        ),
      );
    const done = list.filter((x) => approved.some((a) => a.schoolId === x.id));
    if (done.length) {
      throw badInput(
        "schoolIds",
        `${done.map((x) => x.name).join("、")}的${schoolYearLabel(schoolYear)}年报已审核，无需豁免`,
      );
    }
    for (const school of list) {
      const [before] = await tx
        .select()
        .from(reportExemptions)
        .where(and(eq(reportExemptions.schoolYear, schoolYear), eq(reportExemptions.schoolId, school.id)))
        .for("update");
      await tx
        .insert(reportExemptions)
        .values({ schoolYear, schoolId: school.id, reason, createdBy: access.viewer.userId, createdAt: now })
        .onConflictDoUpdate({
          target: [reportExemptions.schoolYear, reportExemptions.schoolId],
          set: { reason, createdBy: access.viewer.userId, createdAt: now },
        });
      await recordAudit(tx, {
        userId: access.viewer.userId,
        action: "year.exempt",
        entityType: "report_exemption",
        entityId: `${schoolYear}:${school.id}`,
        districtId: school.districtId,
        schoolId: school.id,
        before: before ? { schoolYear, reason: before.reason } : null,
        after: { schoolYear, reason },
      });
    }
  });
  return publicationReadiness(access, schoolYear, now);
}

/**
 * Remove a school's exemption from a year's 年报 (the year must not be published); audited
 * (year.unexempt).
 * @throws FORBIDDEN (not the city); NOT_FOUND (the school, or no exemption); BAD_USER_INPUT
 *   (schoolYear invalid or published).
 */
export async function removeReportExemption(
  access: ScopedAccess,
  schoolYear: number,
  schoolId: string,
  now: Date = access.now(),
): Promise<PublicationReadinessModel> {
  await access.resolveUnit({ level: "city" }, "year.publish");
  assertSchoolYear(schoolYear, "schoolYear");
  const school = await access.school(schoolId);
  await access.db.transaction(async (tx) => {
    await assertYearNotPublished(tx, schoolYear, "schoolYear");
    const [gone] = await tx
      .delete(reportExemptions)
      .where(and(eq(reportExemptions.schoolYear, schoolYear), eq(reportExemptions.schoolId, school.id)))
      .returning();
    if (!gone) throw notFound(`${school.name}${schoolYearLabel(schoolYear)}的年报豁免`);
    await recordAudit(tx, {
      userId: access.viewer.userId,
      action: "year.unexempt",
      entityType: "report_exemption",
      entityId: `${schoolYear}:${school.id}`,
      districtId: school.districtId,
      schoolId: school.id,
      before: { schoolYear, reason: gone.reason },
      after: null,
    });
  });
  return publicationReadiness(access, schoolYear, now);
}
