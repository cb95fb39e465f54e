/**
 * 确认本年度无此类事项 (register_confirmations): the city, keeper of the registers (policy
 * registers.write), confirms that a register kind has no entry in a school year, so the register
 * of that year is reported and its targets read 0 instead of 无数据 (measures/registers.ts);
 * withdrawn while the year is open. Each write runs in one transaction with its audit row and
 * the year's publication lock (a published year is read-only, as every other write).
 *
 * A confirmation and an entry of its kind counted in its year never stand together: a register
 * entry written (created, changed, deleted) withdraws the confirmations of the (kind, year)s whose
 * figures it changes, in its own transaction, audited as register.withdraw_empty with the reason
 * ({@link withdrawConfirmationsFor}); a confirmation is refused while an entry counts. Both take
 * the lock of the (kind, year) first ({@link lockRegisterKindYears}), so a confirmation and an
 * entry sent at the same moment serialize: whichever comes second sees the first.
 */
import { type RegisterConfirmationRow, registerConfirmations, registers, type Tx } from "@edu2035/db";
import { REGISTER_KIND_LABELS, REGISTER_KINDS, type RegisterKind, schoolYearLabel } from "@edu2035/domain";
import { and, asc, eq, gte, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { ScopedAccess } from "../../authz/access.ts";
import { badInput, notFound } from "../../errors.ts";
import { assertYearNotPublished } from "../../lib/rosterYear.ts";
import { recordAudit } from "../audit/record.ts";
import { assertSchoolYear, assertYearNotAhead, assertYearNotBeforeFirst } from "../staff/service.ts";

/**
 * The advisory lock class of a register kind in a school year:
 * `pg_advisory_xact_lock(REGISTER_KIND_YEAR_LOCK_CLASS, year * 32 + kind's index)`, held by
 * confirmRegisterEmpty and by every register entry write for the (kind, year)s it changes.
 * Taken after the year's publication lock (assertYearNotPublished), in ascending key order.
 */
export const REGISTER_KIND_YEAR_LOCK_CLASS = 2411;

/** One register kind in one school year. */
export interface RegisterKindYear {
  kind: RegisterKind;
  schoolYear: number;
}

const lockKey = (p: RegisterKindYear) => p.schoolYear * 32 + REGISTER_KINDS.indexOf(p.kind);

/** Take the lock of each (kind, year) for the transaction, in ascending order (no deadlock). */
export async function lockRegisterKindYears(tx: Tx, pairs: readonly RegisterKindYear[]): Promise<void> {
  for (const key of [...new Set(pairs.map(lockKey))].sort((a, b) => a - b))
    await tx.execute(
      sql`select pg_advisory_xact_lock(${REGISTER_KIND_YEAR_LOCK_CLASS}::integer, ${key}::integer)`,
    );
}

/**
 * Withdraw the confirmations of `pairs` (a register entry written changes their figures: the
 * register of the year is no longer empty, or, for a deleted or moved entry, the confirmation
 * predates it), each with its audit row register.withdraw_empty whose `after` names the reason.
 * The caller holds the year locks and {@link lockRegisterKindYears} of `pairs`.
 */
export async function withdrawConfirmationsFor(
  tx: Tx,
  userId: string | null,
  pairs: readonly RegisterKindYear[],
  reason: string,
  registerId: string,
): Promise<RegisterConfirmationRow[]> {
  if (!pairs.length) return [];
  const match = or(
    ...pairs.map((p) =>
      and(eq(registerConfirmations.kind, p.kind), eq(registerConfirmations.schoolYear, p.schoolYear)),
    ),
  ) as SQL;
  const gone = await tx.delete(registerConfirmations).where(match).returning();
  if (gone.length)
    await recordAudit(
      tx,
      gone.map((g) => ({
        userId,
        action: "register.withdraw_empty" as const,
        entityType: "register_confirmations",
        entityId: g.id,
        districtId: null,
        schoolId: null,
        before: g,
        after: { kind: g.kind, schoolYear: g.schoolYear, reason, registerId },
      })),
    );
  return gone;
}

/** The kinds confirmed empty in a school year (every account: the registers' state is the plan's). */
export async function listRegisterConfirmations(
  access: ScopedAccess,
  schoolYear: number,
): Promise<RegisterConfirmationRow[]> {
  access.sharedCatalogue();
  assertSchoolYear(schoolYear, "schoolYear");
  return access.readDb
    .select()
    .from(registerConfirmations)
    .where(eq(registerConfirmations.schoolYear, schoolYear))
    .orderBy(asc(registerConfirmations.kind));
}

/**
 * Confirm a register kind empty in a school year (city only).
 * @throws FORBIDDEN; BAD_USER_INPUT (schoolYear not begun or published; kind: an entry counts in
 *   the year, or it is confirmed already — concurrent confirmations: one wins, the other is told).
 */
export async function confirmRegisterEmpty(
  access: ScopedAccess,
  kind: RegisterKind,
  schoolYear: number,
): Promise<RegisterConfirmationRow> {
  await access.resolveUnit({ level: "city" }, "registers.write");
  assertSchoolYear(schoolYear, "schoolYear");
  assertYearNotBeforeFirst(schoolYear, "schoolYear");
  assertYearNotAhead(schoolYear, access.now(), "schoolYear", "登记册");
  const what = `${schoolYearLabel(schoolYear)}${REGISTER_KIND_LABELS[kind]}`;
  return access.db.transaction(async (tx) => {
    await assertYearNotPublished(tx, schoolYear, "schoolYear");
    // an entry written at the same moment waits for this confirmation, or this one sees the entry
    await lockRegisterKindYears(tx, [{ kind, schoolYear }]);
    const [entry] = await tx
      .select({ id: registers.id })
      .from(registers)
      .where(
        and(
          eq(registers.kind, kind),
          lte(registers.fromYear, schoolYear),
          or(isNull(registers.toYear), gte(registers.toYear, schoolYear)),
        ),
      )
      .limit(1);
    if (entry) throw badInput("kind", `${what}已有登记，无需确认无此类事项`);
    const [row] = await tx
      .insert(registerConfirmations)
      .values({ kind, schoolYear, confirmedBy: access.viewer.userId })
      .onConflictDoNothing()
      .returning();
    if (!row) throw badInput("kind", `${what}已确认本年度无此类事项`);
    await recordAudit(tx, {
      userId: access.viewer.userId,
      action: "register.confirm_empty",
      entityType: "register_confirmations",
      entityId: row.id,
      districtId: null,
      schoolId: null,
      before: null,
      after: row,
    });
    return row;
  });
}

/**
 * Withdraw a confirmation while its year is open (city only).
 * @throws FORBIDDEN; BAD_USER_INPUT (schoolYear published); NOT_FOUND (not confirmed).
 */
export async function withdrawRegisterConfirmation(
  access: ScopedAccess,
  kind: RegisterKind,
  schoolYear: number,
): Promise<{ kind: RegisterKind; schoolYear: number }> {
  await access.resolveUnit({ level: "city" }, "registers.write");
  assertSchoolYear(schoolYear, "schoolYear");
  return access.db.transaction(async (tx) => {
    await assertYearNotPublished(tx, schoolYear, "schoolYear");
    const [gone] = await tx
      .delete(registerConfirmations)
      .where(and(eq(registerConfirmations.kind, kind), eq(registerConfirmations.schoolYear, schoolYear)))
      .returning();
    if (!gone) throw notFound(`${schoolYearLabel(schoolYear)}${REGISTER_KIND_LABELS[kind]}的无此类事项确认`);
    await recordAudit(tx, {
      userId: access.viewer.userId,
      action: "register.withdraw_empty",
      entityType: "register_confirmations",
      entityId: gone.id,
      districtId: null,
      schoolId: null,
      before: gone,
      after: null,
    });
    return { kind, schoolYear };
  });
}
