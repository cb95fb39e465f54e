/**
 * 确认本年度无此类事项 (register_confirmations): the city, keeper of the registers (policy
 * registers.write), confirms that a register kind has no entry in a school year, so the register
 * of that year is reported and its targets read 0 instead of 无数据 (measures/registers.ts);
 * withdrawn while the year is open. Each write runs in one transaction with its audit row and
 * the year's publication lock (a published year is read-only, as every other write).
 */
import { type RegisterConfirmationRow, registerConfirmations, registers } from "@edu2035/db";
import { REGISTER_KIND_LABELS, type RegisterKind, schoolYearLabel } from "@edu2035/domain";
import { and, asc, eq, gte, isNull, lte, or } from "drizzle-orm";
import type { ScopedAccess } from "../../authz/access.ts";
import { badInput, notFound } from "../../errors.ts";
import { assertYearNotPublished } from "../../lib/rosterYear.ts";
import { recordAudit } from "../audit/record.ts";
import { assertSchoolYear, assertYearNotAhead } from "../staff/service.ts";

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
  assertYearNotAhead(schoolYear, access.now(), "schoolYear", "登记册");
  const what = `${schoolYearLabel(schoolYear)}${REGISTER_KIND_LABELS[kind]}`;
  return access.db.transaction(async (tx) => {
    await assertYearNotPublished(tx, schoolYear, "schoolYear");
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
