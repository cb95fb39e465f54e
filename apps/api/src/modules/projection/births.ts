/**
 * A district's births (出生人口, district_births): read by the city and that district, written by
 * that district or the city (inputs.write on the district). A save is one transaction: every
 * entry is created (no version), updated (its version) or removed (births null, its version),
 * with one audit row per year; a stale version or a year created meanwhile rolls back everything.
 */
import { districtBirths, type Tx } from "@edu2035/db";
import { checkDistrictBirths } from "@edu2035/domain";
import { and, asc, eq, sql } from "drizzle-orm";
import type { ScopedAccess } from "../../authz/access.ts";
import { conflict, invalidInput } from "../../errors.ts";
import { todayInBeijing } from "../../lib/dates.ts";
import { recordAudit } from "../audit/record.ts";

export type DistrictBirthRow = typeof districtBirths.$inferSelect;

async function listOf(db: ScopedAccess["db"] | Tx, districtId: string): Promise<DistrictBirthRow[]> {
  return db
    .select()
    .from(districtBirths)
    .where(eq(districtBirths.districtId, districtId))
    .orderBy(asc(districtBirths.year));
}

/** The births entered for a district, by year. */
export async function getDistrictBirths(
  access: ScopedAccess,
  districtId: string,
): Promise<DistrictBirthRow[]> {
  const unit = await access.resolveUnit({ level: "district", id: districtId }, "inputs.read");
  return listOf(access.db, unit.id as string);
}

/**
 * Save a district's births (see the SDL): no year after the current calendar year (Beijing, by
 * `now`: the API's clock, Context.now).
 * @throws FORBIDDEN; BAD_USER_INPUT (every issue, `entries.<i>.<field>`); CONFLICT.
 */
export async function saveDistrictBirths(
  access: ScopedAccess,
  districtId: string,
  input: unknown,
  now: Date,
): Promise<DistrictBirthRow[]> {
  const unit = await access.resolveUnit({ level: "district", id: districtId }, "inputs.write");
  const id = unit.id as string;
  const checked = checkDistrictBirths(input, Number(todayInBeijing(now).slice(0, 4)));
  if (!checked.ok) throw invalidInput(checked.issues);
  return access.db.transaction(async (tx) => {
    for (const e of checked.value.entries) {
      const key = and(eq(districtBirths.districtId, id), eq(districtBirths.year, e.year));
      const [before] = await tx.select().from(districtBirths).where(key);
      const what = `${unit.name}${e.year}年出生人口`;
      let after: DistrictBirthRow | undefined;
      if (e.version == null) {
        [after] = await tx
          .insert(districtBirths)
          .values({
            districtId: id,
            year: e.year,
            births: e.births as number,
            updatedBy: access.viewer.userId,
          })
          .onConflictDoNothing()
          .returning();
        if (!after) throw conflict(what);
      } else if (e.births == null) {
        const [gone] = await tx
          .delete(districtBirths)
          .where(and(key, eq(districtBirths.version, e.version)))
          .returning();
        if (!gone) throw conflict(what);
      } else {
        [after] = await tx
          .update(districtBirths)
          .set({
            births: e.births,
            updatedBy: access.viewer.userId,
            version: sql`${districtBirths.version} + 1`,
            updatedAt: sql`now()`,
          })
          .where(and(key, eq(districtBirths.version, e.version)))
          .returning();
        if (!after) throw conflict(what);
      }
      await recordAudit(tx, {
        userId: access.viewer.userId,
        action: "district_births.save",
        entityType: "district_births",
        entityId: (after ?? before)?.id ?? id,
        districtId: id,
        schoolId: null,
        before: before ?? null,
        after: after ?? null,
      });
    }
    return listOf(tx, id);
  });
}
