/**
 * Roster writes (三支队伍花名册): add a person, change a record, mark a person as left. Every
 * write: the policy decides (`staff.edit` on the record's unit, through the scoped access
 * layer), the domain validates the whole record, one transaction, the row locked and its
 * `version` compared (stale → CONFLICT, nothing written), an audit_log row with before/after.
 * The 身份证号 is kept only as its HMAC-SHA256 under ID_HASH_KEY and its last four characters.
 */
import { createHmac } from "node:crypto";
import { type Db, type PersonRow, people, type StaffRow, schools, staff } from "@edu2035/db";
import {
  checkStaff,
  type SchoolType,
  type StaffContext,
  type StaffInput,
  type StaffStatus,
  schoolYearOf,
  type UnitRef,
} from "@edu2035/domain";
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { ResolvedUnit, ScopedAccess } from "../../authz/access.ts";
import { isUniqueViolation, retryOnDeadlock } from "../../dbErrors.ts";
import { badInput, conflict, forbidden, invalidInput, stateConflict } from "../../errors.ts";
import { todayInBeijing } from "../../lib/dates.ts";
import { assertRosterYearOpen } from "../../lib/rosterYear.ts";
import { recordAudit } from "../audit/record.ts";
import {
  assertNoDuplicate,
  changePersonDetails,
  ID_ON_DUTY_MESSAGE,
  lockPersonRecord,
  lockRosterIdentity,
  reusablePeople,
} from "./identity.ts";
import { assertSchoolYear, type StaffMemberModel } from "./service.ts";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** HMAC-SHA256 (hex) of a 身份证号 (trimmed, upper-case X) under the deployment's key. */
export function hashIdNumber(idNumber: string, key: string): string {
  return createHmac("sha256", key).update(idNumber.trim().toUpperCase()).digest("hex");
}

/** The staff fields of a record (everything but the person). */
export const POST_FIELDS = [
  "role",
  "startedOn",
  "fullTime",
  "stage",
  "subject",
  "education",
  "preschoolMajor",
  "teacherCertificate",
  "title",
  "dualQualified",
  "backboneLevel",
  "mentalHealthTrained",
  "counsellingCertificate",
  "bilingual",
  "trainingHours",
] as const satisfies readonly (keyof StaffInput & keyof StaffRow)[];

/** Person fields that a patch may change. */
const PERSON_FIELDS = ["name", "gender", "birthDate", "ethnicity"] as const;

/**
 * What the audit trail keeps of a record: person and post, the 身份证号 only as its last four.
 * Each key is a column of the record (staff) or of its person (people); {@link snapshot} reads
 * them from rows in memory and {@link snapshotSql} from the tables, so both give the same JSON.
 */
const SNAPSHOT_FIELDS = [
  ["schoolYear", "staff"],
  ["schoolId", "staff"],
  ["districtId", "staff"],
  ["name", "person"],
  ["gender", "person"],
  ["birthDate", "person"],
  ["ethnicity", "person"],
  ["idNumberTail", "person"],
  ...POST_FIELDS.map((f) => [f, "staff"] as const),
  ["status", "staff"],
  ["leftOn", "staff"],
  ["version", "staff"],
] as const satisfies readonly (
  | readonly [keyof StaffRow & keyof typeof staff, "staff"]
  | readonly [keyof PersonRow & keyof typeof people, "person"]
)[];

/** The audit snapshot of a record and its person (see SNAPSHOT_FIELDS). */
export function snapshot(row: StaffRow, person: PersonRow): Record<string, unknown> {
  return Object.fromEntries(
    SNAPSHOT_FIELDS.map(([key, of]) => [
      key,
      of === "staff" ? row[key as keyof StaffRow] : person[key as keyof PersonRow],
    ]),
  );
}

/**
 * The same snapshot made by PostgreSQL (`jsonb_build_object`) from the "staff" and "people"
 * rows of a statement that joins them: a 花名册 import's audit rows are built from the rows it
 * has just written instead of travelling as ~2.8 MB of JSON for 3,000 people (issue 15). Dates
 * become "YYYY-MM-DD" text and uuids text, as in {@link snapshot}; staffSnapshot.test.ts checks
 * that both agree.
 */
export const snapshotSql: SQL = sql`jsonb_build_object(${sql.join(
  SNAPSHOT_FIELDS.map(
    ([key, of]) =>
      sql`${sql.raw(`'${key}'`)}, ${of === "staff" ? staff[key as keyof StaffRow] : people[key as keyof PersonRow]}`,
  ),
  sql`, `,
)})`;

function unitOfRow(row: Pick<StaffRow, "schoolId" | "districtId">): UnitRef {
  if (row.schoolId) return { level: "school", districtId: row.districtId as string, schoolId: row.schoolId };
  if (row.districtId) return { level: "district", districtId: row.districtId };
  return { level: "city" };
}

/** The model resolvers shape, with the 身份证号 tail withheld where the viewer may not see it. */
function toModel(access: ScopedAccess, row: StaffRow, person: PersonRow): StaffMemberModel {
  return {
    ...row,
    name: person.name,
    gender: person.gender,
    birthDate: person.birthDate,
    ethnicity: person.ethnicity,
    idNumberTail: access.allows("staff.readIdTail", unitOfRow(row)) ? person.idNumberTail : null,
  };
}

/** The unit a new record goes to, authorized for staff.edit. */
async function targetUnit(
  access: ScopedAccess,
  input: { schoolId?: string | null; districtId?: string | null },
): Promise<ResolvedUnit> {
  if (input.schoolId) return access.resolveUnit({ level: "school", id: input.schoolId }, "staff.edit");
  if (input.districtId) return access.resolveUnit({ level: "district", id: input.districtId }, "staff.edit");
  return access.resolveUnit({ level: "city" }, "staff.edit");
}

/** Input of addStaff: the unit and the record (GraphQL AddStaffInput with domain codes). */
export interface AddStaffArgs
  extends Partial<{ [K in keyof Omit<StaffInput, "status" | "leftOn">]: StaffInput[K] | null }> {
  schoolId?: string | null;
  districtId?: string | null;
  /** Start year of the roster's school year; omitted: the current one. */
  schoolYear?: number | null;
}

/**
 * Add a person to the roster of a unit the viewer may edit: of the current school year, or of a
 * past one (`schoolYear`) while a 补录 window covers the school (lib/rosterYear.ts; a
 * 教研室: the current year only).
 * @throws FORBIDDEN; BAD_USER_INPUT (schoolYear not writable; every issue; duplicates on
 *   idNumber or name).
 */
export async function addStaff(access: ScopedAccess, env: { ID_HASH_KEY: string }, input: AddStaffArgs) {
  const unit = await targetUnit(access, input);
  const { schoolId: _s, districtId: _d, schoolYear: askedYear, ...given } = input;
  const schoolYear = askedYear ?? schoolYearOf(access.now());
  assertSchoolYear(schoolYear, "schoolYear");
  await access.db.transaction((tx) =>
    assertRosterYearOpen(tx, unit.school, schoolYear, "schoolYear", access.now()),
  );
  // null = not given: the defaults apply (无 certificate, 未定级, no to the yes/no items …)
  const record = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== null && v !== undefined));
  const ctx: StaffContext = {
    schoolType: unit.school?.type ?? null,
    schoolYear,
    today: todayInBeijing(access.now()),
  };
  const checked = checkStaff({ ethnicity: "汉族", ...record, status: "active", leftOn: null }, ctx);
  if (!checked.ok) throw invalidInput(checked.issues);
  const v = checked.value;
  const place = {
    schoolId: unit.level === "school" ? unit.id : null,
    districtId:
      unit.level === "school" ? unit.school!.districtId : unit.level === "district" ? unit.id : null,
  };
  const idHash = v.idNumber ? hashIdNumber(v.idNumber, env.ID_HASH_KEY) : null;
  try {
    return await access.db.transaction(async (tx) => {
      // again under the year's lock (已发布 / 补录 may have changed since the check above)
      await assertRosterYearOpen(tx, unit.school, schoolYear, "schoolYear", access.now());
      // THE duplicate rule (identity.ts), under the year's identity lock: concurrent adds queue
      await lockRosterIdentity(tx, schoolYear);
      await assertNoDuplicate(tx, {
        schoolYear,
        place,
        candidate: { name: v.name, birthDate: v.birthDate, idHash },
      });
      // the same 身份证号 known from a record the viewer may edit: that person, brought up to date;
      // known only through another unit (调入): a new person row, the other unit's record untouched
      const reusable = idHash ? (await reusablePeople(tx, access, [idHash])).get(idHash) : undefined;
      const personValues = {
        name: v.name,
        gender: v.gender,
        birthDate: v.birthDate,
        ethnicity: v.ethnicity,
        idNumberHash: idHash,
        idNumberTail: v.idNumber ? v.idNumber.slice(-4) : null,
      };
      // brought up to date by the ownership rule: a record of a published year (已发布) keeps its
      // details (identity.ts changePersonDetails)
      const [person] = reusable
        ? [await changePersonDetails(tx, access, { person: reusable, staffId: null, set: personValues })]
        : await tx.insert(people).values(personValues).returning();
      const [row] = await tx
        .insert(staff)
        .values({
          personId: person!.id,
          schoolYear,
          ...place,
          ...Object.fromEntries(POST_FIELDS.map((f) => [f, v[f]])),
          role: v.role,
          education: v.education,
          status: "active",
        })
        .returning();
      await recordAudit(tx, {
        userId: access.viewer.userId,
        action: "staff.add",
        entityType: "staff",
        entityId: row!.id,
        districtId: place.districtId,
        schoolId: place.schoolId,
        before: null,
        after: snapshot(row!, person!),
      });
      return toModel(access, row!, person!);
    });
  } catch (e) {
    // one active record per person and year (staff_person_year_uq): the lock makes this a backstop
    if (isUniqueViolation(e)) throw badInput("idNumber", ID_ON_DUTY_MESSAGE);
    throw e;
  }
}

/** The record with its person, both locked, after the policy allowed `staff.edit` on its unit. */
async function lockRecord(
  tx: Tx,
  access: ScopedAccess,
  id: string,
): Promise<{ row: StaffRow; person: PersonRow }> {
  if (!UUID_RE.test(id)) throw forbidden();
  // the person row before the record (identity.ts): two edits of one person cannot deadlock
  const found = await lockPersonRecord(tx, id);
  // absent or outside the scope: the same answer, so IDs cannot be probed
  if (!found || !access.allows("staff.edit", unitOfRow(found.row))) throw forbidden();
  return found;
}

/**
 * Refuse a change to a record whose roster year is closed (lib/rosterYear.ts: a past year
 * outside an open 补录 window, or a 教研室's past year).
 * @throws BAD_USER_INPUT on schoolYear.
 */
async function assertRecordYearOpen(tx: Tx, row: StaffRow, now: Date): Promise<void> {
  const [school] = row.schoolId ? await tx.select().from(schools).where(eq(schools.id, row.schoolId)) : [];
  await assertRosterYearOpen(tx, school ?? null, row.schoolYear, "schoolYear", now);
}

/** A patch of a record: only the keys present change. */
export type StaffPatchArgs = Partial<{
  [K in keyof Omit<StaffInput, "status" | "leftOn">]: StaffInput[K] | null;
}>;

/** The type of the record's school (null for a 教研室), read inside the transaction. */
async function schoolTypeOf(tx: Tx, row: StaffRow): Promise<SchoolType | null> {
  if (!row.schoolId) return null;
  const [s] = await tx.select({ type: schools.type }).from(schools).where(eq(schools.id, row.schoolId));
  return s?.type ?? null;
}

/**
 * Change a record (the fields present in the patch), checking the whole merged record. A patch
 * that changes nothing (empty, or the stored values) writes nothing and returns the record as it
 * is, same version.
 * @throws FORBIDDEN; BAD_USER_INPUT (every issue; duplicates); CONFLICT (stale version).
 */
export async function updateStaff(
  access: ScopedAccess,
  env: { ID_HASH_KEY: string },
  id: string,
  version: number,
  patch: StaffPatchArgs,
) {
  try {
    // a deadlock with another roster write (an import, an add reusing the person) reruns the
    // transaction, which then sees the other's commit (usually a CONFLICT on the version)
    return await retryOnDeadlock(() =>
      access.db.transaction(async (tx) => {
        const { row, person } = await lockRecord(tx, access, id);
        await assertRecordYearOpen(tx, row, access.now());
        if (row.version !== version) throw conflict("该教职工信息");
        const merged: Record<string, unknown> = {
          name: person.name,
          gender: person.gender,
          birthDate: person.birthDate,
          ethnicity: person.ethnicity,
          idNumber: null,
          ...Object.fromEntries(POST_FIELDS.map((f) => [f, row[f]])),
          status: row.status,
          leftOn: row.leftOn,
        };
        for (const [k, val] of Object.entries(patch)) if (val !== undefined) merged[k] = val;
        const ctx: StaffContext = {
          schoolType: await schoolTypeOf(tx, row),
          schoolYear: row.schoolYear,
          // a 入职/调入日期 may not lie after today
          today: todayInBeijing(access.now()),
        };
        const checked = checkStaff(merged, ctx);
        if (!checked.ok) throw invalidInput(checked.issues);
        const v = checked.value;
        const idChanged = "idNumber" in patch && patch.idNumber !== undefined;
        // the stored 身份证号 encodes the birth date and gender: they change only with it, re-entered
        if (
          person.idNumberHash &&
          !idChanged &&
          (v.birthDate !== person.birthDate || v.gender !== person.gender)
        ) {
          throw badInput(
            "idNumber",
            "已登记身份证号：修改出生日期或性别时，请同时重新填写身份证号，以便核对一致",
          );
        }
        const idHash = idChanged
          ? v.idNumber
            ? hashIdNumber(v.idNumber, env.ID_HASH_KEY)
            : null
          : person.idNumberHash;
        // nothing to change (an empty patch, or the values as stored): no write, no audit row,
        // the same version, so nobody else's edit of the record becomes a CONFLICT
        if (
          idHash === person.idNumberHash &&
          PERSON_FIELDS.every((f) => (v[f] ?? null) === (person[f] ?? null)) &&
          POST_FIELDS.every((f) => (v[f] ?? null) === (row[f] ?? null))
        ) {
          return toModel(access, row, person);
        }
        // THE duplicate rule (identity.ts), under the year's identity lock
        await lockRosterIdentity(tx, row.schoolYear);
        await assertNoDuplicate(tx, {
          schoolYear: row.schoolYear,
          place: row,
          candidate: { name: v.name, birthDate: v.birthDate, idHash: idChanged ? idHash : null },
          exceptStaffId: row.id,
        });
        const personValues = {
          ...Object.fromEntries(PERSON_FIELDS.map((f) => [f, v[f]])),
          ...(idChanged
            ? { idNumberHash: idHash, idNumberTail: v.idNumber ? v.idNumber.slice(-4) : null }
            : {}),
        } as Partial<PersonRow>;
        // the person's details: its other records in the viewer's scope and in years not published
        // follow; a record of a published year (已发布) or of another unit keeps them (identity.ts)
        const newPerson = await changePersonDetails(tx, access, {
          person,
          staffId: row.id,
          set: personValues,
        });
        const [newRow] = await tx
          .update(staff)
          .set({
            ...Object.fromEntries(POST_FIELDS.map((f) => [f, v[f]])),
            personId: newPerson.id,
            version: row.version + 1,
            updatedAt: new Date(),
          })
          .where(and(eq(staff.id, row.id), eq(staff.version, row.version)))
          .returning();
        await recordAudit(tx, {
          userId: access.viewer.userId,
          action: "staff.update",
          entityType: "staff",
          entityId: row.id,
          districtId: row.districtId,
          schoolId: row.schoolId,
          before: snapshot(row, person),
          after: snapshot(newRow!, newPerson),
        });
        return toModel(access, newRow!, newPerson);
      }),
    );
  } catch (e) {
    if (isUniqueViolation(e)) throw badInput("idNumber", ID_ON_DUTY_MESSAGE);
    throw e;
  }
}

/**
 * Mark a person as transferred out or retired on `leftOn` (within the record's school year, not
 * after today). The record stays as history.
 * @throws FORBIDDEN; BAD_USER_INPUT (status, leftOn); CONFLICT (stale version, already left).
 */
export async function staffLeave(
  access: ScopedAccess,
  id: string,
  version: number,
  status: StaffStatus,
  leftOn: string,
) {
  if (status !== "transferred_out" && status !== "retired") {
    throw badInput("status", "离岗状态应为“调出”或“退休”");
  }
  return access.db.transaction(async (tx) => {
    const { row, person } = await lockRecord(tx, access, id);
    await assertRecordYearOpen(tx, row, access.now());
    if (row.status !== "active") throw stateConflict("该人员已离岗（调出或退休），不能重复办理");
    if (row.version !== version) throw conflict("该教职工信息");
    const checked = checkStaff(
      {
        name: person.name,
        gender: person.gender,
        birthDate: person.birthDate,
        ethnicity: person.ethnicity,
        idNumber: null,
        ...Object.fromEntries(POST_FIELDS.map((f) => [f, row[f]])),
        status,
        leftOn,
      },
      {
        schoolType: await schoolTypeOf(tx, row),
        schoolYear: row.schoolYear,
        today: todayInBeijing(access.now()),
      },
    );
    const leaveIssues = checked.issues.filter((i) => i.field === "leftOn" || i.field === "status");
    if (leaveIssues.length) throw invalidInput(leaveIssues);
    const [newRow] = await tx
      .update(staff)
      .set({ status, leftOn, version: row.version + 1, updatedAt: new Date() })
      .where(and(eq(staff.id, row.id), eq(staff.version, row.version)))
      .returning();
    await recordAudit(tx, {
      userId: access.viewer.userId,
      action: "staff.leave",
      entityType: "staff",
      entityId: row.id,
      districtId: row.districtId,
      schoolId: row.schoolId,
      before: snapshot(row, person),
      after: snapshot(newRow!, person),
    });
    return toModel(access, newRow!, person);
  });
}
