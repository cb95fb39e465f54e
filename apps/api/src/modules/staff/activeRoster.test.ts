/**
 * THE matching of a row to a unit's roster (identity.ts activeRoster), the one the update of a
 * roster from a file uses (excel/staffExcel.ts planRosterUpdate), on PGlite and (with
 * DATABASE_URL) PostgreSQL over the small city (fixtures/smallCity.ts, school year 2025):
 * - a row is its record by 身份证号 HMAC first, whatever name it gives;
 * - else by name + birth date;
 * - never a record of another school, nor one that has left (调出/退休: not active);
 * - the roster is this school's active records of the year, and nothing else.
 */
import { type DbHandle, people, staff } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSmallCity, type SmallCity } from "../../fixtures/smallCity.ts";
import { activeRoster } from "./identity.ts";

const Y = 2025;

describe.each(testBackends())("a unit's active roster and its matching rule on $name", (backend) => {
  let h: DbHandle;
  let ids: SmallCity;

  beforeAll(async () => {
    h = await backend.open();
    ids = await loadSmallCity(h.db);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  /** A school's records of Y with their people, by status. */
  const recordsOf = (schoolId: string) =>
    h.db
      .select({ s: staff, p: people })
      .from(staff)
      .innerJoin(people, eq(people.id, staff.personId))
      .where(and(eq(staff.schoolId, schoolId), eq(staff.schoolYear, Y)));

  it("matches by 身份证号 HMAC first, then by name + birth date, only this school's active records", async () => {
    const p1 = await recordsOf(ids.p1);
    const active = p1.filter((r) => r.s.status === "active");
    const left = p1.filter((r) => r.s.status !== "active");
    expect(active.length).toBeGreaterThan(1);
    const place = { schoolId: ids.p1, districtId: ids.d1 };
    const roster = await activeRoster(h.db, { schoolYear: Y, place, lock: false });
    expect(roster.records.map((r) => r.s.id).sort()).toEqual(active.map((r) => r.s.id).sort());

    const [a, b] = active as [(typeof active)[number], (typeof active)[number]];
    // by name + birth date
    expect(roster.recordOf({ name: a.p.name, birthDate: a.p.birthDate, idHash: null })?.s.id).toBe(a.s.id);
    // a 身份证号 HMAC wins over the name and birth date of another record
    await h.db
      .update(people)
      .set({ idNumberHash: "f".repeat(64) })
      .where(eq(people.id, a.p.id));
    const withHash = await activeRoster(h.db, { schoolYear: Y, place, lock: false });
    expect(
      withHash.recordOf({ name: b.p.name, birthDate: b.p.birthDate, idHash: "f".repeat(64) })?.s.id,
    ).toBe(a.s.id);
    // an unknown HMAC falls back to name + birth date
    expect(
      withHash.recordOf({ name: b.p.name, birthDate: b.p.birthDate, idHash: "e".repeat(64) })?.s.id,
    ).toBe(b.s.id);
    // a person of another school, or one who left, is a new person here
    const [other] = (await recordsOf(ids.k1)).filter((r) => r.s.status === "active");
    expect(other).toBeDefined();
    expect(
      withHash.recordOf({ name: other!.p.name, birthDate: other!.p.birthDate, idHash: null }),
    ).toBeUndefined();
    for (const r of left) {
      if (!active.some((x) => x.p.name === r.p.name && x.p.birthDate === r.p.birthDate)) {
        expect(withHash.recordOf({ name: r.p.name, birthDate: r.p.birthDate, idHash: null })).toBeUndefined();
      }
    }
  });
});
