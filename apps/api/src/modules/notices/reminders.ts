/**
 * 催报 (issue 14): a district reminds its schools that have not submitted their 年报, the city any
 * school. One in-app notice per school, written with its audit row (report.remind) in one
 * transaction; at most one per school a day (Beijing date), enforced by the notice's dedupe key
 * "reminder:<year>:<schoolId>:<date>", so two bureaus or two clicks at once remind once.
 */
import { type SchoolRow, schoolReports, schools, schoolYears } from "@edu2035/db";
import { noticeDedupeKey, REPORT_STATE_LABELS, schoolYearLabel, schoolYearOf } from "@edu2035/domain";
import { and, eq, inArray } from "drizzle-orm";
import type { ScopedAccess } from "../../authz/access.ts";
import { badInput, forbidden } from "../../errors.ts";
import { recordAudit } from "../audit/record.ts";
import { assertSchoolYear } from "../staff/service.ts";
import { deliverNotices, type NoticeDraft } from "./channel.ts";
import { pendingSchools } from "./service.ts";

/** Longest 催报 text. */
const MAX_MESSAGE = 200;
/** Most schools named in one 催报. */
const MAX_SCHOOLS = 500;

/** What a 催报 did. */
export interface ReportReminderModel {
  schoolYear: number;
  sent: number;
  alreadyRemindedToday: number;
  schools: SchoolRow[];
}

/**
 * Send a 催报 for `schoolYear` to `schoolIds` (each resolved through the scoped access layer:
 * report.remind, the school's district or the city) or, omitted, to every school in the viewer's
 * scope that is due that year and has neither submitted nor been exempted.
 * @throws FORBIDDEN (a school account; a school out of scope); BAD_USER_INPUT (schoolYear
 *   invalid, future or published; schoolIds empty, too many, or a school submitted, approved,
 *   exempted or not open that year — nothing sent; message over 200 characters).
 */
export async function sendReportReminder(
  access: ScopedAccess,
  schoolYear: number,
  schoolIds: readonly string[] | null | undefined,
  messageInput: string | null | undefined,
  now: Date = access.now(),
): Promise<ReportReminderModel> {
  const own = await access.ownUnit();
  // a school never reminds (FORBIDDEN before anything else is said)
  if (own.level === "school") throw forbidden();
  assertSchoolYear(schoolYear, "schoolYear");
  const label = schoolYearLabel(schoolYear);
  if (schoolYear > schoolYearOf(now)) throw badInput("schoolYear", `${label}尚未开始，不能催报`);
  const message = messageInput?.trim() ?? "";
  if (message.length > MAX_MESSAGE) throw badInput("message", `催报内容不能超过 ${MAX_MESSAGE} 字`);

  let named: SchoolRow[] | null = null;
  if (schoolIds) {
    const unique = [...new Set(schoolIds)];
    if (!unique.length) throw badInput("schoolIds", "请选择要催报的学校");
    if (unique.length > MAX_SCHOOLS) throw badInput("schoolIds", `一次最多催报 ${MAX_SCHOOLS} 所学校`);
    named = [];
    for (const id of unique) {
      const unit = await access.resolveUnit({ level: "school", id }, "report.remind");
      named.push(unit.school!);
    }
  }
  const scope = access.schoolScopeCondition();
  // the Beijing date of `now`: one 催报 per school a day
  const date = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  const sender = { userId: access.viewer.userId, displayName: access.viewer.displayName };

  return access.db.transaction(async (tx) => {
    const [year] = await tx
      .select({ state: schoolYears.state })
      .from(schoolYears)
      .where(eq(schoolYears.schoolYear, schoolYear));
    if (year?.state === "published") throw badInput("schoolYear", `${label}已发布，无需催报`);
    const pending = await pendingSchools(tx, schoolYear, scope);
    let targets: { id: string; name: string }[];
    if (named) {
      const pendingIds = new Set(pending.map((s) => s.id));
      const refused = named.filter((s) => !pendingIds.has(s.id));
      if (refused.length) {
        const [s] = refused;
        const [report] = await tx
          .select({ status: schoolReports.status })
          .from(schoolReports)
          .where(and(eq(schoolReports.schoolId, s!.id), eq(schoolReports.schoolYear, schoolYear)));
        const why = report
          ? `${label}年报${REPORT_STATE_LABELS[report.status]}，无需催报`
          : `不在${label}应报学校之列（未开办或已豁免），无需催报`;
        const more = refused.length > 1 ? `等 ${refused.length} 所学校` : "";
        throw badInput("schoolIds", `${s!.name}${more}：${why}`);
      }
      targets = named.sort((a, b) => a.code.localeCompare(b.code));
    } else {
      targets = pending;
    }
    const body = message || `请尽快完成${label}年报的填报并提交。如有困难，请与${sender.displayName}联系。`;
    const drafts: (NoticeDraft & { schoolId: string })[] = targets.map((s) => ({
      schoolId: s.id,
      recipientLevel: "school",
      recipientUnitId: s.id,
      kind: "reminder",
      title: `催报：请尽快提交${label}年报`,
      body,
      schoolYear,
      senderUserId: sender.userId,
      senderName: sender.displayName,
      dedupeKey: noticeDedupeKey.reminder(schoolYear, s.id, date),
    }));
    const sent = await deliverNotices(
      tx,
      drafts.map(({ schoolId: _s, ...d }) => d),
    );
    const sentIds = new Set(sent.map((d) => d.recipientUnitId));
    const sentSchools = sentIds.size
      ? await tx
          .select()
          .from(schools)
          .where(inArray(schools.id, [...sentIds]))
          .orderBy(schools.code)
      : [];
    await recordAudit(
      tx,
      sentSchools.map((s) => ({
        userId: sender.userId,
        action: "report.remind" as const,
        entityType: "report_reminder",
        entityId: s.id,
        districtId: s.districtId,
        schoolId: s.id,
        before: null,
        after: { schoolYear, message: body },
      })),
    );
    return {
      schoolYear,
      sent: sentSchools.length,
      alreadyRemindedToday: targets.length - sentSchools.length,
      schools: sentSchools,
    };
  });
}
