/**
 * 消息通知 (issue 14): the notices of the viewer's own unit and this account's read state, and the
 * notices the reporting cycle raises. A notice is written in the transaction of its event
 * (年报退回, 审核通过, 学年发布, 催报 — see the `…Notice` builders below and reminders.ts), or,
 * for 截止前3天提醒, lazily and idempotently when any account asks for its notices or 待办
 * ({@link raiseDeadlineNotices}): no timer, nothing in memory, one row per school and year
 * whatever the number of API processes asking at once (dedupe key, `on conflict do nothing`).
 */
import {
  type Db,
  districts,
  noticeReads,
  notices,
  reportExemptions,
  reportingPeriods,
  schoolReports,
  schools,
  schoolYears,
  type Tx,
} from "@edu2035/db";
import {
  DEADLINE_SOON_DAYS,
  NOTICE_KIND_LABELS,
  type NoticeKind,
  noticeDedupeKey,
  schoolYearLabel,
} from "@edu2035/domain";
import { and, desc, eq, gt, inArray, isNull, lte, notExists, or, type SQL, sql } from "drizzle-orm";
import type { ResolvedUnit, ScopedAccess } from "../../authz/access.ts";
import { badInput } from "../../errors.ts";
import { schoolOpenIn } from "../../lib/rosterYear.ts";
import { CITY_UNIT_ID, deliverNotices, type NoticeDraft } from "./channel.ts";

/** A notice as the API answers it (GraphQL Notice). */
export interface NoticeModel {
  id: string;
  kind: Uppercase<NoticeKind>;
  kindLabel: string;
  title: string;
  body: string;
  schoolYear: number | null;
  senderName: string | null;
  createdAt: Date;
  read: boolean;
  readAt: Date | null;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Most notices in one page or one markNoticesRead. */
const MAX_PAGE = 100;

/** The viewer's own unit, authorized for notice.read, and the SQL condition of its notices. */
async function ownNotices(access: ScopedAccess): Promise<{ unit: ResolvedUnit; where: SQL }> {
  const unit = await access.ownUnit();
  access.assertCan("notice.read", unit.ref);
  const where = and(
    eq(notices.recipientLevel, unit.level),
    eq(notices.recipientUnitId, unit.id ?? CITY_UNIT_ID),
  ) as SQL;
  return { unit, where };
}

/** This account's read row of a notice (joined). */
const readBy = (userId: string) => and(eq(noticeReads.noticeId, notices.id), eq(noticeReads.userId, userId));

async function unreadOf(db: Db, where: SQL, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`cast(count(*) as integer)` })
    .from(notices)
    .leftJoin(noticeReads, readBy(userId))
    .where(and(where, isNull(noticeReads.noticeId)));
  return row?.n ?? 0;
}

/**
 * A page of the viewer's unit's notices, newest first (created_at, then id), with this
 * account's read state; raises the due 截止前提醒 first.
 * @throws BAD_USER_INPUT (first not 1–100; after not a notice of this list).
 */
export async function listNotices(
  access: ScopedAccess,
  args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null },
  now: Date = access.now(),
) {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw badInput("first", `每页条数应为 1 至 ${MAX_PAGE}`);
  }
  const { where } = await ownNotices(access);
  await raiseDeadlineNotices(access.db, now);
  const userId = access.viewer.userId;
  const conditions: (SQL | undefined)[] = [where];
  if (args.after) {
    const [cursor] = UUID_RE.test(args.after)
      ? await access.db
          .select({ createdAt: notices.createdAt, id: notices.id })
          .from(notices)
          .where(and(where, eq(notices.id, args.after)))
      : [];
    if (!cursor) throw badInput("after", "分页位置无效，请从第一页重新加载");
    conditions.push(
      sql`(${notices.createdAt}, ${notices.id}) < (select n.created_at, n.id from notices n where n.id = ${args.after})`,
    );
  }
  if (args.unreadOnly) conditions.push(isNull(noticeReads.noticeId));
  const [rows, unreadCount] = await Promise.all([
    access.db
      .select({ notice: notices, readAt: noticeReads.readAt })
      .from(notices)
      .leftJoin(noticeReads, readBy(userId))
      .where(and(...conditions))
      .orderBy(desc(notices.createdAt), desc(notices.id))
      .limit(first + 1),
    unreadOf(access.db, where, userId),
  ]);
  const page = rows.slice(0, first);
  const items: NoticeModel[] = page.map(({ notice: n, readAt }) => ({
    id: n.id,
    kind: n.kind.toUpperCase() as Uppercase<NoticeKind>,
    kindLabel: NOTICE_KIND_LABELS[n.kind],
    title: n.title,
    body: n.body,
    schoolYear: n.schoolYear,
    senderName: n.senderName,
    createdAt: n.createdAt,
    read: readAt !== null,
    readAt,
  }));
  return { items, endCursor: items.at(-1)?.id ?? null, hasMore: rows.length > first, unreadCount };
}

/** 未读消息数 of this account in its unit (raises the due 截止前提醒 first). */
export async function unreadNoticeCount(access: ScopedAccess, now: Date = access.now()): Promise<number> {
  const { where } = await ownNotices(access);
  await raiseDeadlineNotices(access.db, now);
  return unreadOf(access.db, where, access.viewer.userId);
}

/**
 * Mark notices of the viewer's unit read for this account; a notice read already stays as it was.
 * @throws BAD_USER_INPUT (ids empty, over 100, or one not a notice of the viewer's unit: nothing marked).
 */
export async function markNoticesRead(access: ScopedAccess, ids: readonly string[]) {
  const { where } = await ownNotices(access);
  const unique = [...new Set(ids)];
  if (!unique.length) throw badInput("ids", "请选择要标记为已读的消息");
  if (unique.length > MAX_PAGE) throw badInput("ids", `一次最多标记 ${MAX_PAGE} 条消息`);
  const userId = access.viewer.userId;
  const marked = await access.db.transaction(async (tx) => {
    const found = unique.every((id) => UUID_RE.test(id))
      ? await tx
          .select({ id: notices.id })
          .from(notices)
          .where(and(where, inArray(notices.id, unique)))
      : [];
    if (found.length !== unique.length) throw badInput("ids", "消息不存在或不属于本单位（未标记）");
    const rows = await tx
      .insert(noticeReads)
      .values(unique.map((noticeId) => ({ noticeId, userId })))
      .onConflictDoNothing()
      .returning({ id: noticeReads.noticeId });
    return rows.length;
  });
  return { marked, unreadCount: await unreadOf(access.db, where, userId) };
}

/** Mark every notice of the viewer's unit read for this account (全部已读). */
export async function markAllNoticesRead(access: ScopedAccess) {
  const { where } = await ownNotices(access);
  const userId = access.viewer.userId;
  const result = await access.db.execute(
    sql`insert into notice_reads (notice_id, user_id) select ${notices.id}, cast(${userId} as uuid) from ${notices} where ${where} on conflict do nothing returning notice_id`,
  );
  const rows = rowsOf(result);
  return { marked: rows.length, unreadCount: await unreadOf(access.db, where, userId) };
}

// ---- the notices the cycle raises ----

/**
 * 截止前3天提醒: for every reporting period whose deadline is still ahead and at most
 * {@link DEADLINE_SOON_DAYS} days away, of a year not published, a notice to each school due
 * that year (open at its 统计时点) whose 年报 is not submitted or approved and that is not
 * exempted — once per school and year (dedupe key noticeDedupeKey.deadlineSoon of the domain,
 * "deadline_soon:<year>:<schoolId>"; two requests at once store one). One statement to find the
 * periods (none: nothing more); then per period one select of the schools pending, one of the
 * keys already stored and, if any school is left, one insert.
 * Called by every request for notices or 待办, whoever asks: the notices are the schools', not
 * the asker's, so the asker's scope does not limit them (and it reads nothing back).
 */
export async function raiseDeadlineNotices(db: Db, now: Date): Promise<number> {
  const soon = new Date(now.getTime() + DEADLINE_SOON_DAYS * 86_400_000);
  const periods = await db
    .select({ schoolYear: reportingPeriods.schoolYear, deadline: reportingPeriods.deadline })
    .from(reportingPeriods)
    .leftJoin(schoolYears, eq(schoolYears.schoolYear, reportingPeriods.schoolYear))
    .where(
      and(
        gt(reportingPeriods.deadline, now),
        lte(reportingPeriods.deadline, soon),
        or(isNull(schoolYears.state), eq(schoolYears.state, "reopened")),
      ),
    );
  let raised = 0;
  for (const { schoolYear, deadline } of periods) {
    // the notices of the schools pending, keyed by the domain's noticeDedupeKey.deadlineSoon (the
    // one source of the key); those already stored are dropped: once every school is told, a
    // request writes nothing more
    const pending = (await pendingSchools(db, schoolYear)).map((s) =>
      deadlineSoonNotice(s.id, schoolYear, deadline),
    );
    if (!pending.length) continue;
    const keys = pending.map((d) => d.dedupeKey as string);
    const told = new Set(
      (await db.select({ key: notices.dedupeKey }).from(notices).where(inArray(notices.dedupeKey, keys))).map(
        (r) => r.key,
      ),
    );
    const drafts = pending.filter((d) => !told.has(d.dedupeKey as string));
    if (!drafts.length) continue;
    raised += (await db.transaction((tx) => deliverNotices(tx, drafts))).length;
  }
  return raised;
}

/**
 * The schools due in a year (open at its 统计时点) whose 年报 is neither submitted nor approved
 * and that are not exempted, optionally narrowed (a scope condition on schools), by code.
 */
export async function pendingSchools(db: Db | Tx, schoolYear: number, scope?: SQL) {
  return db
    .select({ id: schools.id, name: schools.name, districtId: schools.districtId, code: schools.code })
    .from(schools)
    .leftJoin(
      schoolReports,
      and(eq(schoolReports.schoolId, schools.id), eq(schoolReports.schoolYear, schoolYear)),
    )
    .where(
      and(
        schoolOpenIn(schoolYear),
        scope,
        or(isNull(schoolReports.id), inArray(schoolReports.status, ["draft", "returned"])),
        notExists(
          db
            .select({ one: sql`1` })
            .from(reportExemptions)
            .where(
              and(eq(reportExemptions.schoolId, schools.id), eq(reportExemptions.schoolYear, schoolYear)),
            ),
        ),
      ),
    )
    .orderBy(schools.code);
}

/** "2026-10-10 24:00" style: the deadline in Beijing time to the minute. */
export function beijingMinute(d: Date): string {
  const b = new Date(d.getTime() + 8 * 3600_000).toISOString();
  return `${b.slice(0, 10)} ${b.slice(11, 16)}`;
}

/** 截止前提醒 of a school (platform notice, no sender). */
export function deadlineSoonNotice(schoolId: string, schoolYear: number, deadline: Date): NoticeDraft {
  const label = schoolYearLabel(schoolYear);
  return {
    recipientLevel: "school",
    recipientUnitId: schoolId,
    kind: "deadline_soon",
    title: `${label}年报将于 ${DEADLINE_SOON_DAYS} 天内截止`,
    body: `${label}年报的报送截止时间为 ${beijingMinute(deadline)}（北京时间），贵校尚未提交，请尽快完成填报并提交。`,
    schoolYear,
    senderUserId: null,
    senderName: null,
    dedupeKey: noticeDedupeKey.deadlineSoon(schoolYear, schoolId),
  };
}

/** Who sends a notice: the account and its display name (e.g. 海勃湾区教育局). */
export interface NoticeSender {
  userId: string;
  displayName: string;
}

/** 年报退回 to the school, with the reviewer's comment (written in the return's transaction). */
export function reportReturnedNotice(
  schoolId: string,
  schoolYear: number,
  comment: string,
  sender: NoticeSender,
  reopened = false,
): NoticeDraft {
  const label = `${schoolYearLabel(schoolYear)}年报`;
  return {
    recipientLevel: "school",
    recipientUnitId: schoolId,
    kind: "report_returned",
    title: reopened ? `${label}已重新打开，请修改后重新提交` : `${label}已退回，请修改后重新提交`,
    body: comment,
    schoolYear,
    senderUserId: sender.userId,
    senderName: sender.displayName,
  };
}

/** 年报审核通过 to the school (in the approval's transaction); the comment, if any, as body. */
export function reportApprovedNotice(
  schoolId: string,
  schoolYear: number,
  comment: string | null,
  sender: NoticeSender,
): NoticeDraft {
  return {
    recipientLevel: "school",
    recipientUnitId: schoolId,
    kind: "report_approved",
    title: `${schoolYearLabel(schoolYear)}年报已审核通过`,
    body: comment ?? "",
    schoolYear,
    senderUserId: sender.userId,
    senderName: sender.displayName,
  };
}

/**
 * 学年数据发布: one notice to every district and every school (districts and schools existing at
 * the publication; closed ones too, their accounts are disabled), in the publication's transaction.
 */
export async function deliverYearPublished(
  tx: Tx,
  schoolYear: number,
  publishedVersion: number,
  sender: NoticeSender,
): Promise<number> {
  const [districtRows, schoolRows] = await Promise.all([
    tx.select({ id: districts.id }).from(districts).where(isNull(districts.closedOn)),
    tx.select({ id: schools.id }).from(schools).where(eq(schools.active, true)),
  ]);
  const districtIds = districtRows.map((r) => r.id);
  const label = schoolYearLabel(schoolYear);
  const base = {
    kind: "year_published" as const,
    title: `${label}数据已发布（v${publishedVersion}）`,
    body: `市教育局已发布${label}的监测数据（第 ${publishedVersion} 版），该学年的名册、年报和填报数据已锁定，指标数值为正式数据。`,
    schoolYear,
    senderUserId: sender.userId,
    senderName: sender.displayName,
  };
  const drafts: NoticeDraft[] = [
    ...districtIds.map((id) => ({ ...base, recipientLevel: "district" as const, recipientUnitId: id })),
    ...schoolRows.map((s) => ({ ...base, recipientLevel: "school" as const, recipientUnitId: s.id })),
  ];
  return (await deliverNotices(tx, drafts)).length;
}

function rowsOf(result: unknown): Record<string, unknown>[] {
  const rows = Array.isArray(result) ? result : (result as { rows?: unknown[] }).rows;
  return (rows ?? []) as Record<string, unknown>[];
}
