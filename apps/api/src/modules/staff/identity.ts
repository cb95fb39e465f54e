/**
 * THE duplicate rule of rosters (花名册查重) and how a new or changed row is matched to an
 * existing person (人员) and record: used by addStaff, updateStaff, importStaffExcel (and its
 * update from a file: {@link activeRoster} matches a row to its record by the same keys) and the
 * roster rollover. One place for the rule and its messages.
 *
 * The rule, for a school year Y:
 * - a 身份证号 is active (在岗) on at most ONE record of Y in the whole city (matched by its
 *   HMAC, across every person row that carries it);
 * - a unit's roster of Y has at most one active record per name + birth date (for people entered
 *   without a 身份证号).
 *
 * Concurrency: every writer first takes {@link lockRosterIdentity} (a transaction-scoped
 * advisory lock per school year) and only then reads and inserts, so two identical requests at
 * the same moment are serialized: the second sees the first's row and is refused. Roster
 * writes of one year thus queue for the few milliseconds of their check and insert (an import
 * of 3,000 rows: its checks and three inserts, 0.5–0.8 s on PostgreSQL under load;
 * bench/import.bench.ts).
 *
 * Ownership: a person row's name, 民族 … belong to the records that use it. A write may change a
 * person row only when the viewer may edit EVERY record of that person (`staff.edit`); otherwise
 * (a transfer 调入 from another district, a person shared with a unit out of scope) the write
 * gets a new person row carrying the same 身份证号 hash, and the other unit's record stays as it
 * was: it changes only through its own unit or a superior.
 *
 * Published years (已发布, 封账): a person row's details are also what every record using it shows,
 * in every school year. A change of a person's details (name, gender, birth date, 民族, 身份证号)
 * from a record therefore never reaches a record of a PUBLISHED year: {@link changePersonDetails}
 * treats such a record like one outside the writer's scope (the change goes to a new person row;
 * the published record keeps the old one). Records of the person in years NOT published and in
 * the writer's scope follow the change (a corrected birth date in 2026 corrects 2025 too while
 * 2025 is open: a roster is per year, but a person's identity is not; only the publication freezes
 * it). Reopening the year (重新开放) makes its records follow again.
 *
 * What an answer tells: a refusal names only the rule ("on duty this year") and, for the name
 * rule, the viewer's own unit's data; never another unit, name, 民族 or whether the 身份证号 was
 * ever seen in an earlier year.
 */
import { type Db, type PersonRow, people, type StaffRow, schoolYears, staff, type Tx } from "@edu2035/db";
import type { UnitRef } from "@edu2035/domain";
import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { ScopedAccess } from "../../authz/access.ts";
import { badInput } from "../../errors.ts";
import { YEAR_LOCK_CLASS } from "../../lib/rosterYear.ts";
import { inTextList } from "../../lib/textList.ts";

/** Advisory lock class of roster identity checks: `pg_advisory_xact_lock(2411, schoolYear)`. */
export const ROSTER_IDENTITY_LOCK_CLASS = 2411;

/** The one message of a 身份证号 already active on the year's roster (anywhere in the city). */
export const ID_ON_DUTY_MESSAGE =
  "该身份证号已登记在本学年的在岗花名册中，同一人每学年只能在一个单位在岗；如为调入人员，请原单位先办理调出";

/** The one message of a name + birth date already active on the unit's roster of the year. */
export function sameNameMessage(name: string, birthDate: string): string {
  return `本单位本学年已有同名且出生日期相同的人员（${name}，${birthDate}），请勿重复录入`;
}

/**
 * Serialize the roster identity checks and inserts of a school year until the transaction ends
 * (call first in the writing transaction, after the year's lock from assertRosterYearOpen).
 */
export async function lockRosterIdentity(tx: Tx, schoolYear: number): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(${ROSTER_IDENTITY_LOCK_CLASS}::integer, ${schoolYear}::integer)`,
  );
}

/** A roster (unit) as stored on a staff row: a school, a district's 教研室, or the city's. */
export type RosterPlace = Pick<StaffRow, "schoolId" | "districtId">;

/** One candidate row to match: its name, birth date and 身份证号 HMAC (null: none given). */
export interface IdentityCandidate {
  name: string;
  birthDate: string;
  idHash: string | null;
}

/** How a candidate clashes with the year's roster: each flag is one broken rule. */
export interface IdentityMatch {
  /** The 身份证号 is active on another record of the year (anywhere). */
  idOnDuty: boolean;
  /** Name + birth date are active on another record of this unit's roster of the year. */
  sameName: boolean;
}

/** The key of the name rule: a name and a birth date (NUL cannot occur in either). */
function nameKey(name: string, birthDate: string): string {
  return `${name}\u0000${birthDate}`;
}

function placeCondition(place: RosterPlace) {
  return place.schoolId !== null
    ? eq(staff.schoolId, place.schoolId)
    : place.districtId !== null
      ? and(isNull(staff.schoolId), eq(staff.districtId, place.districtId))
      : and(isNull(staff.schoolId), isNull(staff.districtId));
}

/**
 * Match candidates against the year's active roster (THE rule above), two statements for any
 * number of candidates, each list of hashes and names one parameter (lib/textList.ts). Hold
 * {@link lockRosterIdentity} when the answer guards a write.
 * @param exceptStaffId the record being changed (updateStaff): it does not clash with itself.
 * @returns one match per candidate, in order.
 */
export async function matchRoster(
  tx: Db | Tx,
  args: {
    schoolYear: number;
    place: RosterPlace;
    candidates: readonly IdentityCandidate[];
    exceptStaffId?: string;
  },
): Promise<IdentityMatch[]> {
  const hashes = [...new Set(args.candidates.map((c) => c.idHash).filter((h): h is string => !!h))];
  const names = [...new Set(args.candidates.map((c) => c.name))];
  const active = and(
    eq(staff.schoolYear, args.schoolYear),
    eq(staff.status, "active"),
    args.exceptStaffId ? ne(staff.id, args.exceptStaffId) : undefined,
  );
  const [onDuty, named] = await Promise.all([
    hashes.length
      ? tx
          .selectDistinct({ hash: people.idNumberHash })
          .from(staff)
          .innerJoin(people, eq(people.id, staff.personId))
          .where(and(active, inTextList(people.idNumberHash, hashes)))
      : Promise.resolve([]),
    names.length
      ? tx
          .select({ name: people.name, birthDate: people.birthDate })
          .from(staff)
          .innerJoin(people, eq(people.id, staff.personId))
          .where(and(active, placeCondition(args.place), inTextList(people.name, names)))
      : Promise.resolve([]),
  ]);
  const ids = new Set(onDuty.map((r) => r.hash));
  const taken = new Set(named.map((n) => nameKey(n.name, n.birthDate)));
  return args.candidates.map((c) => ({
    idOnDuty: c.idHash !== null && ids.has(c.idHash),
    sameName: taken.has(nameKey(c.name, c.birthDate)),
  }));
}

/** An active record of a unit's roster with its person row. */
export interface RosterRecord {
  s: StaffRow;
  p: PersonRow;
}

/** A unit's active roster of a year and which of its records a row is (THE rule's keys). */
export interface ActiveRoster {
  records: RosterRecord[];
  /**
   * The record a candidate is: the one whose person carries its 身份证号 HMAC, else the one with
   * its name + birth date (the two keys of the duplicate rule, in that order); undefined for a
   * new person.
   */
  recordOf(candidate: IdentityCandidate): RosterRecord | undefined;
}

/**
 * The unit's active roster of `schoolYear` (one statement) for matching rows to its records (the
 * update of a roster from a file). Hold {@link lockRosterIdentity} when the answer guards a write.
 * @param lock in the writing transaction: lock the records (FOR UPDATE), so the version of the
 *   roster read stays true until the transaction ends.
 */
export async function activeRoster(
  tx: Db | Tx,
  args: { schoolYear: number; place: RosterPlace; lock: boolean },
): Promise<ActiveRoster> {
  const query = tx
    .select({ s: staff, p: people })
    .from(staff)
    .innerJoin(people, eq(people.id, staff.personId))
    .where(
      and(placeCondition(args.place), eq(staff.schoolYear, args.schoolYear), eq(staff.status, "active")),
    );
  const records = args.lock ? await query.for("update", { of: staff }) : await query;
  const byHash = new Map(records.filter((r) => r.p.idNumberHash).map((r) => [r.p.idNumberHash!, r]));
  const byName = new Map(records.map((r) => [nameKey(r.p.name, r.p.birthDate), r]));
  return {
    records,
    recordOf: (c) =>
      (c.idHash ? byHash.get(c.idHash) : undefined) ?? byName.get(nameKey(c.name, c.birthDate)),
  };
}

/**
 * The 身份证号 hashes among `entries` that are on duty (在岗) this year on a record other than the
 * entry's own (a 身份证号 entered for an existing record: updateStaff, the update from a file).
 * THE rule's first half, one statement. Hold {@link lockRosterIdentity} when it guards a write.
 */
export async function hashesOnDuty(
  tx: Db | Tx,
  schoolYear: number,
  entries: readonly { hash: string; exceptStaffId: string }[],
): Promise<Set<string>> {
  if (!entries.length) return new Set();
  const found = await tx
    .select({ hash: people.idNumberHash, staffId: staff.id })
    .from(staff)
    .innerJoin(people, eq(people.id, staff.personId))
    .where(
      and(
        eq(staff.schoolYear, schoolYear),
        eq(staff.status, "active"),
        inTextList(people.idNumberHash, [...new Set(entries.map((e) => e.hash))]),
      ),
    );
  return new Set(
    entries
      .filter((e) => found.some((f) => f.hash === e.hash && f.staffId !== e.exceptStaffId))
      .map((e) => e.hash),
  );
}

/**
 * {@link matchRoster} for one record (add, update): refuse the first clash.
 * @throws BAD_USER_INPUT on idNumber ({@link ID_ON_DUTY_MESSAGE}) or name ({@link sameNameMessage}).
 */
export async function assertNoDuplicate(
  tx: Db | Tx,
  args: { schoolYear: number; place: RosterPlace; candidate: IdentityCandidate; exceptStaffId?: string },
): Promise<void> {
  const [m] = await matchRoster(tx, { ...args, candidates: [args.candidate] });
  if (m?.idOnDuty) throw badInput("idNumber", ID_ON_DUTY_MESSAGE);
  if (m?.sameName) throw badInput("name", sameNameMessage(args.candidate.name, args.candidate.birthDate));
}

function unitOf(row: RosterPlace): UnitRef {
  if (row.schoolId) return { level: "school", districtId: row.districtId as string, schoolId: row.schoolId };
  if (row.districtId) return { level: "district", districtId: row.districtId };
  return { level: "city" };
}

/**
 * The person rows the viewer may reuse (and bring up to date) for these 身份证号 hashes: those
 * none of whose records lies outside the viewer's `staff.edit` scope; of several, the one
 * changed last. A hash with none (new to the city, or known only through another unit) gets a
 * new person row. One statement.
 * @returns person by 身份证号 hash.
 */
export async function reusablePeople(
  tx: Db | Tx,
  access: ScopedAccess,
  hashes: readonly string[],
): Promise<Map<string, PersonRow>> {
  const out = new Map<string, PersonRow>();
  if (!hashes.length) return out;
  const rows = await tx
    .select({ person: people, staffId: staff.id, schoolId: staff.schoolId, districtId: staff.districtId })
    .from(people)
    .leftJoin(staff, eq(staff.personId, people.id))
    .where(inTextList(people.idNumberHash, [...new Set(hashes)]));
  const foreign = new Set(
    rows.filter((r) => r.staffId !== null && !access.allows("staff.edit", unitOf(r))).map((r) => r.person.id),
  );
  for (const { person } of rows) {
    if (foreign.has(person.id) || !person.idNumberHash) continue;
    const known = out.get(person.idNumberHash);
    if (!known || known.updatedAt < person.updatedAt) out.set(person.idNumberHash, person);
  }
  return out;
}

/**
 * Lock a record for a change, its person row FIRST (FOR UPDATE), then the record (FOR UPDATE):
 * every write that may change a person's details takes the person before any of its records,
 * so two accounts editing two records of one person at once queue on the person row instead of
 * each holding one record and waiting for the other's (a deadlock, 40P01). The record is read
 * unlocked once to learn its person; when a write committed meanwhile moved it to another person
 * row (changePersonDetails' split), the locks are taken again for that person.
 * @returns the record and its person, both locked; undefined when there is no such record.
 */
export async function lockPersonRecord(
  tx: Tx,
  staffId: string,
): Promise<{ row: StaffRow; person: PersonRow } | undefined> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const [ref] = await tx.select({ personId: staff.personId }).from(staff).where(eq(staff.id, staffId));
    if (!ref) return undefined;
    const [person] = await tx.select().from(people).where(eq(people.id, ref.personId)).for("update");
    const [row] = await tx.select().from(staff).where(eq(staff.id, staffId)).for("update");
    if (!row) return undefined;
    if (person && row.personId === person.id) return { row, person };
  }
  throw new Error(`staff ${staffId}: its person row kept changing while being locked`);
}

/** A person's details as a write sets them (only the keys present change). */
export type PersonDetails = Partial<
  Pick<PersonRow, "name" | "gender" | "birthDate" | "ethnicity" | "idNumberHash" | "idNumberTail">
>;

/**
 * Change the details of the person of record `staffId` (updateStaff, the update from a file,
 * addStaff reusing a person by 身份证号),
 * by the ownership rule above: the person's other records that the writer may edit
 * (`staff.edit`) and whose school year is not published follow the change; when any other
 * record is outside the scope or in a published year (已发布), the change goes to a NEW person row
 * (the old details, then `set`) and the record and its followers move to it, so those records
 * show exactly what they showed. Details equal to the stored ones: nothing is written.
 *
 * Followers get a new version (their shown details changed), so a concurrent edit of one made
 * from the old details answers CONFLICT.
 *
 * Locks: the person's other records (FOR UPDATE, by id) and, SHARED, the year lock of each of
 * their school years (lib/rosterYear.ts YEAR_LOCK_CLASS, ascending) before reading whether the
 * year is published: a publication waits for this write, or comes first and freezes the year's
 * records. The caller holds the record's own year lock (assertRosterYearOpen) and the record,
 * taken with {@link lockPersonRecord} (the person row before the record).
 * Four statements at most, plus one per other year.
 * @param tx the writing transaction.
 * @param person the record's person row as read under the record's lock.
 * @param staffId the record being changed (the caller points it at the returned person); null
 *   for a record about to be added to a person reused by 身份证号 (addStaff).
 * @returns the person row the record uses from now on (updated in place, or new).
 */
export async function changePersonDetails(
  tx: Tx,
  access: ScopedAccess,
  args: { person: PersonRow; staffId: string | null; set: PersonDetails },
): Promise<PersonRow> {
  const { person, staffId } = args;
  const set = Object.fromEntries(
    Object.entries(args.set).filter(([k, v]) => v !== undefined && person[k as keyof PersonDetails] !== v),
  ) as PersonDetails;
  if (!Object.keys(set).length) return person;
  const others = await tx
    .select({
      id: staff.id,
      schoolYear: staff.schoolYear,
      schoolId: staff.schoolId,
      districtId: staff.districtId,
    })
    .from(staff)
    .where(and(eq(staff.personId, person.id), staffId ? ne(staff.id, staffId) : undefined))
    .orderBy(staff.id)
    .for("update");
  const years = [...new Set(others.map((o) => o.schoolYear))].sort((a, b) => a - b);
  for (const y of years) {
    await tx.execute(sql`select pg_advisory_xact_lock_shared(${YEAR_LOCK_CLASS}::integer, ${y}::integer)`);
  }
  const published = new Set(
    years.length
      ? (
          await tx
            .select({ year: schoolYears.schoolYear })
            .from(schoolYears)
            .where(and(inArray(schoolYears.schoolYear, years), eq(schoolYears.state, "published")))
        ).map((r) => Number(r.year))
      : [],
  );
  const frozen = (o: (typeof others)[number]) =>
    published.has(o.schoolYear) || !access.allows("staff.edit", unitOf(o));
  if (!others.some(frozen)) {
    const [updated] = await tx
      .update(people)
      .set({ ...set, updatedAt: new Date() })
      .where(eq(people.id, person.id))
      .returning();
    await bumpFollowers(
      tx,
      others.map((o) => o.id),
    );
    return updated!;
  }
  const { id: _id, createdAt: _c, updatedAt: _u, ...kept } = person;
  const [created] = await tx
    .insert(people)
    .values({ ...kept, ...set })
    .returning();
  const followers = others.filter((o) => !frozen(o)).map((o) => o.id);
  if (followers.length) {
    await tx
      .update(staff)
      .set({ personId: created!.id, updatedAt: new Date() })
      .where(inArray(staff.id, followers));
    await bumpFollowers(tx, followers);
  }
  return created!;
}

/**
 * The records that follow a change of their person's details show other details now: each gets
 * a new version, so an edit made from what it showed before is refused (CONFLICT) instead of
 * silently writing over the change (two accounts editing one person at once).
 */
async function bumpFollowers(tx: Tx, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  await tx
    .update(staff)
    .set({ version: sql`${staff.version} + 1`, updatedAt: new Date() })
    .where(inArray(staff.id, [...ids]));
}
