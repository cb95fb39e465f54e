/**
 * 补录 (backfill of past school years): the city opens a past school year to whole districts
 * and/or single schools until a deadline, with a reason; while a window is open its schools
 * may enter or import that year's roster (the rule: lib/rosterYear.ts `assertRosterYearOpen`)
 * and file its 年报. The city closes a window early, or it runs out at `closesAt`.
 */
import { type BackfillWindowRow, backfillWindows, districts, schools, type Tx, users } from "@edu2035/db";
import { censusDate, schoolYearLabel, schoolYearOf, viewerUnit } from "@edu2035/domain";
import { and, asc, desc, eq, inArray, isNull, or, type SQL } from "drizzle-orm";
import type { ResolvedUnit, ScopedAccess } from "../../authz/access.ts";
import { badInput, notFound, stateConflict } from "../../errors.ts";
import {
  assertYearNotPublished,
  beijingMinute,
  editableRosterYears,
  schoolOpenIn,
  windowOpenAt,
} from "../../lib/rosterYear.ts";
import { recordAudit } from "../audit/record.ts";
import { assertSchoolYear } from "../staff/service.ts";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a window is open at `now`: not closed early and before its deadline. */
export function isWindowOpen(w: Pick<BackfillWindowRow, "closedAt" | "closesAt">, now: Date): boolean {
  return w.closedAt === null && now < w.closesAt;
}

/**
 * What the audit trail keeps of a window; the 操作日志 names the fields (学年, 范围, 补录原因,
 * 开放时间, 截止时间, 关闭时间) and shows the instants in Beijing time (domain audit.ts).
 */
function snap(w: BackfillWindowRow): Record<string, unknown> {
  return {
    schoolYear: w.schoolYear,
    districtId: w.districtId,
    schoolId: w.schoolId,
    // 范围: the district as a whole, or one school (the entry's own unit columns say which)
    scope: w.schoolId ? "school" : "district",
    reason: w.reason,
    opensAt: w.opensAt.toISOString(),
    closesAt: w.closesAt.toISOString(),
    closedAt: w.closedAt?.toISOString() ?? null,
  };
}

/** Input of openBackfill (GraphQL OpenBackfillInput). */
export interface OpenBackfillArgs {
  /** Start year of the past school year. */
  schoolYear: number;
  districtIds?: readonly string[] | null;
  schoolIds?: readonly string[] | null;
  /** ISO instant, the windows' deadline. */
  closesAt: string;
  /** 补录原因, 2–200 characters. */
  reason: string;
}

/**
 * Open a past school year for 补录 to districts (as a whole) and single schools: one
 * backfill_windows row per unit and one audit row (backfill.open) each, in one transaction.
 * The city only (backfill.manage); every unit resolved through the access layer.
 * @returns the windows created, districts first, in the order given.
 * @throws FORBIDDEN (not the city); NOT_FOUND (an unknown district or school); BAD_USER_INPUT
 *   on schoolYear (not a past year, before 2000), districtIds (no unit), closesAt (not in the
 *   future), reason (not 2–200 characters), schoolIds (a school not open that year, named; a
 *   school whose district is chosen as a whole too); CONFLICT reason STATE when a window of the
 *   year is open now over a chosen unit (see `assertNoOpenWindow`), nothing opened.
 */
export async function openBackfill(
  access: ScopedAccess,
  input: OpenBackfillArgs,
  now: Date = access.now(),
): Promise<BackfillWindowRow[]> {
  access.assertCan("backfill.manage", { level: "city" });
  assertSchoolYear(input.schoolYear, "schoolYear");
  const current = schoolYearOf(now);
  if (input.schoolYear >= current) {
    throw badInput("schoolYear", `只能为过去的学年开放补录（当前为${schoolYearLabel(current)}）`);
  }
  const districtIds = [...new Set(input.districtIds ?? [])];
  const schoolIds = [...new Set(input.schoolIds ?? [])];
  if (!districtIds.length && !schoolIds.length) throw badInput("districtIds", "请至少选择一个区或一所学校");
  const closesAt = new Date(input.closesAt);
  if (Number.isNaN(closesAt.getTime())) throw badInput("closesAt", "截止时间格式不正确");
  if (closesAt <= now) throw badInput("closesAt", "补录截止时间应晚于当前时间");
  const reason = input.reason.trim();
  if ([...reason].length < 2 || [...reason].length > 200) {
    throw badInput("reason", "补录原因应为 2 至 200 个字");
  }
  const ds: ResolvedUnit[] = [];
  for (const id of districtIds)
    ds.push(await access.resolveUnit({ level: "district", id }, "backfill.manage"));
  const ss: ResolvedUnit[] = [];
  for (const id of schoolIds) ss.push(await access.resolveUnit({ level: "school", id }, "backfill.manage"));
  if (ss.length) {
    const open = await access.db
      .select({ id: schools.id, open: schoolOpenIn(input.schoolYear) })
      .from(schools)
      .where(
        inArray(
          schools.id,
          ss.map((s) => s.id as string),
        ),
      );
    const byId = new Map(open.map((o) => [o.id, o.open]));
    const closed = ss.filter((s) => byId.get(s.id as string) !== true);
    if (closed.length) {
      throw badInput(
        "schoolIds",
        `${closed.map((s) => s.name).join("、")}在${schoolYearLabel(input.schoolYear)}统计时点（${censusDate(input.schoolYear)}）未办学，不能开放补录`,
      );
    }
  }
  const whole = new Set(ds.map((d) => d.id as string));
  const inside = ss.filter((s) => whole.has(s.school!.districtId));
  if (inside.length) {
    const s = inside[0]!;
    const d = ds.find((x) => x.id === s.school!.districtId)!;
    throw badInput("schoolIds", `${s.name}已在所选的${d.name}（全区）补录范围内，请勿重复选择`);
  }
  const values = [
    ...ds.map((d) => ({ districtId: d.id as string, schoolId: null })),
    ...ss.map((s) => ({ districtId: s.school!.districtId, schoolId: s.id as string })),
  ].map((u) => ({
    ...u,
    schoolYear: input.schoolYear,
    reason,
    opensAt: now,
    closesAt,
    openedBy: access.viewer.userId,
  }));
  return access.db.transaction(async (tx) => {
    // a published year is locked: no 补录 before the city reopens it
    await assertYearNotPublished(tx, input.schoolYear, "schoolYear", "请先重新开放该学年再开放补录");
    // two requests for one district wait for each other here, so both cannot pass the check
    const districtIds = [...new Set(values.map((v) => v.districtId))].sort();
    await tx
      .select({ id: districts.id })
      .from(districts)
      .where(inArray(districts.id, districtIds))
      .for("update");
    await assertNoOpenWindow(
      tx,
      input.schoolYear,
      whole,
      new Set(ss.map((s) => s.id as string)),
      districtIds,
      now,
    );
    const rows = await tx.insert(backfillWindows).values(values).returning();
    const byUnit = new Map(rows.map((r) => [`${r.districtId}:${r.schoolId ?? ""}`, r]));
    // returning() keeps no promised order: put the rows back in the order given
    const ordered = values.map((v) => byUnit.get(`${v.districtId}:${v.schoolId ?? ""}`)!);
    await recordAudit(
      tx,
      ordered.map((w) => ({
        userId: access.viewer.userId,
        action: "backfill.open" as const,
        entityType: "backfill_window",
        entityId: w.id,
        districtId: w.districtId,
        schoolId: w.schoolId,
        before: null,
        after: snap(w),
      })),
    );
    return ordered;
  });
}

/**
 * Refuse to open a window of `schoolYear` over a unit already covered by one open now: a chosen
 * school with its own window or its district's (as a whole); a chosen district with a window
 * of its own or of any of its schools. The district rows are locked by the caller.
 * @throws CONFLICT reason STATE naming the first window found (district-wide first):
 *   "2024—2025学年海勃湾区的补录窗口已开放（截止 2027/01/05 18:00），请先关闭或等待其截止".
 */
async function assertNoOpenWindow(
  tx: Tx,
  schoolYear: number,
  wholeDistricts: ReadonlySet<string>,
  schoolIds: ReadonlySet<string>,
  districtIds: readonly string[],
  now: Date,
): Promise<void> {
  const open = await tx
    .select({
      districtId: backfillWindows.districtId,
      schoolId: backfillWindows.schoolId,
      closesAt: backfillWindows.closesAt,
      districtName: districts.name,
      schoolName: schools.name,
    })
    .from(backfillWindows)
    .innerJoin(districts, eq(districts.id, backfillWindows.districtId))
    .leftJoin(schools, eq(schools.id, backfillWindows.schoolId))
    .where(
      and(
        eq(backfillWindows.schoolYear, schoolYear),
        inArray(backfillWindows.districtId, [...districtIds]),
        windowOpenAt(now),
      ),
    )
    .orderBy(asc(backfillWindows.closesAt));
  // a district-wide window covers every chosen unit of its district
  const clash =
    open.find((w) => w.schoolId === null) ??
    open.find((w) => wholeDistricts.has(w.districtId) || (w.schoolId !== null && schoolIds.has(w.schoolId)));
  if (clash) {
    const unit = clash.schoolId === null ? clash.districtName : clash.schoolName;
    throw stateConflict(
      `${schoolYearLabel(schoolYear)}${unit}的补录窗口已开放（截止 ${beijingMinute(clash.closesAt)}），请先关闭或等待其截止`,
    );
  }
}

/**
 * Close a 补录 window now (closedAt, closedBy), audited (backfill.close, before/after), in one
 * transaction with the row locked. The city only.
 * @throws FORBIDDEN (not the city); NOT_FOUND (no such window); CONFLICT reason STATE (already
 *   closed, or past its deadline).
 */
export async function closeBackfill(
  access: ScopedAccess,
  id: string,
  now: Date = access.now(),
): Promise<BackfillWindowRow> {
  access.assertCan("backfill.manage", { level: "city" });
  if (!UUID_RE.test(id)) throw notFound("补录窗口");
  return access.db.transaction(async (tx) => {
    const [w] = await tx.select().from(backfillWindows).where(eq(backfillWindows.id, id)).for("update");
    if (!w) throw notFound("补录窗口");
    if (w.closedAt) throw stateConflict("该补录已关闭，不能重复关闭");
    if (w.closesAt <= now) throw stateConflict("该补录已过截止时间，已自动关闭");
    const [saved] = await tx
      .update(backfillWindows)
      .set({ closedAt: now, closedBy: access.viewer.userId })
      .where(eq(backfillWindows.id, id))
      .returning();
    await recordAudit(tx, {
      userId: access.viewer.userId,
      action: "backfill.close",
      entityType: "backfill_window",
      entityId: w.id,
      districtId: w.districtId,
      schoolId: w.schoolId,
      before: snap(w),
      after: snap(saved!),
    });
    return saved!;
  });
}

/**
 * The 补录 windows that concern the viewer (backfill.read on the viewer's unit): the city
 * every one; a district those of its district (whole or one school); a school those of its
 * district as a whole and its own. Optionally one school year and open ones only; newest
 * school year first, then newest opened first.
 * @throws FORBIDDEN; BAD_USER_INPUT (schoolYear).
 */
export async function backfillWindowList(
  access: ScopedAccess,
  schoolYear?: number | null,
  openOnly = false,
  now: Date = access.now(),
): Promise<BackfillWindowRow[]> {
  if (schoolYear !== null && schoolYear !== undefined) assertSchoolYear(schoolYear, "schoolYear");
  const v = access.viewer;
  access.assertCan("backfill.read", viewerUnit(v));
  const scope: SQL | undefined =
    v.level === "city"
      ? undefined
      : v.level === "district"
        ? eq(backfillWindows.districtId, v.districtId)
        : and(
            eq(backfillWindows.districtId, v.districtId),
            or(isNull(backfillWindows.schoolId), eq(backfillWindows.schoolId, v.schoolId)),
          );
  const rows = await access.db
    .select()
    .from(backfillWindows)
    .where(
      and(
        scope,
        schoolYear !== null && schoolYear !== undefined
          ? eq(backfillWindows.schoolYear, schoolYear)
          : undefined,
      ),
    )
    .orderBy(
      desc(backfillWindows.schoolYear),
      desc(backfillWindows.opensAt),
      desc(backfillWindows.createdAt),
    );
  return openOnly ? rows.filter((w) => isWindowOpen(w, now)) : rows;
}

/**
 * The school years a school may enter now (可填报学年), newest first: the current one and each
 * past year with an open window covering it in which it existed (lib/rosterYear.ts).
 * @throws FORBIDDEN (outside the scope); NOT_FOUND (the city, an unknown school).
 */
export async function editableSchoolYears(access: ScopedAccess, schoolId: string): Promise<number[]> {
  const unit = await access.resolveUnit({ level: "school", id: schoolId }, "backfill.read");
  return editableRosterYears(access.db, unit.school!, access.now());
}

/** Display name of the account that opened a window (null when unknown or deleted). */
export async function openedByName(access: ScopedAccess, w: BackfillWindowRow): Promise<string | null> {
  if (!w.openedBy) return null;
  const [u] = await access.db.select({ name: users.displayName }).from(users).where(eq(users.id, w.openedBy));
  return u?.name ?? null;
}
