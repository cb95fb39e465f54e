/**
 * City inputs, district inputs and register entries (市级填报, 区级填报, 登记册): read within the
 * viewer's scope and written through the scoped access layer. A write is authorized first, then
 * checked by the domain's validation; every issue is returned at once as BAD_USER_INPUT
 * (`extensions.issues`, each field named `<field>`, Chinese messages) and nothing is
 * written. A write runs in one transaction with its audit-log row (before/after) and is guarded
 * by the row's `version` (CONFLICT when stale).
 */
import {
  type CityInputRow,
  cityInputs,
  type DistrictInputRow,
  districtInputs,
  type RegisterRow,
  registers,
  type Tx,
} from "@edu2035/db";
import {
  type AuditAction,
  checkCityInputs,
  checkDistrictInputs,
  checkRegisterEntry,
  districtInputsIssues,
  REGISTER_KIND_INFO,
  REGISTER_KINDS,
  type RegisterEntryInput,
  type RegisterKind,
  SCHOOL_TYPE_LABELS,
  type SchoolType,
  schoolYearLabel,
  schoolYearOf,
  uniqueIssues,
  type ValidationIssue,
} from "@edu2035/domain";
import { and, asc, eq, gte, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { ScopedAccess, UnitInput } from "../../authz/access.ts";
import { conflict, invalidInput, notFound } from "../../errors.ts";
import { assertYearNotPublished, assertYearsNotPublished, refusePublished } from "../../lib/rosterYear.ts";
import { recordAudit } from "../audit/record.ts";
import { assertSchoolYear, assertYearNotAhead, assertYearNotBeforeFirst } from "../staff/service.ts";
import {
  lockRegisterKindYears,
  type RegisterKindYear,
  withdrawConfirmationsFor,
} from "./registerConfirmations.ts";

/**
 * The domain's issues as the API's mutations name them: each field by its path inside the
 * mutation's `input` ("gdp", "population3to5", as org, auth and the reports do), "input" for the
 * input as a whole.
 */
function inInput(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.map((i) => ({ field: i.field || "input", message: i.message }));
}

/** Drop `version` and `schoolYear` (they are keys, not figures) from a parsed input. */
function figuresOf<T extends { version?: number | null; schoolYear: number }>(v: T) {
  const { version: _v, schoolYear: _y, ...rest } = v;
  return rest;
}

/** True when every figure given equals the stored row's (omitted figures keep their value). */
function unchanged(stored: object, figures: object): boolean {
  const row = stored as Record<string, unknown>;
  return Object.entries(figures).every(([k, v]) => v === undefined || (v ?? null) === (row[k] ?? null));
}

/** Write the audit row of a change in the same transaction. */
function audit(
  tx: Tx,
  access: ScopedAccess,
  entry: {
    action: AuditAction;
    entityType: "city_inputs" | "district_inputs" | "registers";
    entityId: string;
    districtId?: string | null;
    schoolId?: string | null;
    before: unknown;
    after: unknown;
  },
): Promise<void> {
  return recordAudit(tx, {
    userId: access.viewer.userId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    districtId: entry.districtId ?? null,
    schoolId: entry.schoolId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

// ---- city inputs ----

/** The city's figures of a school year (null when none), city viewers only. */
export async function getCityInputs(access: ScopedAccess, schoolYear: number): Promise<CityInputRow | null> {
  assertSchoolYear(schoolYear, "schoolYear");
  await access.resolveUnit({ level: "city" }, "inputs.read");
  const [row] = await access.db.select().from(cityInputs).where(eq(cityInputs.schoolYear, schoolYear));
  return row ?? null;
}

/**
 * Create or update the city's figures of a school year (see the SDL).
 * @throws FORBIDDEN (not the city); BAD_USER_INPUT (every issue, `<field>`); CONFLICT.
 */
export async function saveCityInputs(access: ScopedAccess, input: unknown): Promise<CityInputRow> {
  await access.resolveUnit({ level: "city" }, "inputs.write");
  const checked = checkCityInputs(input);
  if (!checked.ok) throw invalidInput(inInput(checked.issues));
  const v = checked.value;
  assertYearNotBeforeFirst(v.schoolYear, "schoolYear");
  assertYearNotAhead(v.schoolYear, access.now(), "schoolYear", "市级数据");
  const what = `${schoolYearLabel(v.schoolYear)}市级填报数据`;
  const figures = figuresOf(v);
  return access.db.transaction(async (tx) => {
    await assertYearNotPublished(tx, v.schoolYear, "schoolYear");
    const [before] = await tx.select().from(cityInputs).where(eq(cityInputs.schoolYear, v.schoolYear));
    // a save that changes nothing keeps the version (no needless CONFLICT for another editor) and writes no audit row
    if (before && v.version === before.version && unchanged(before, figures)) return before;
    let after: CityInputRow | undefined;
    if (v.version == null) {
      [after] = await tx
        .insert(cityInputs)
        .values({ schoolYear: v.schoolYear, ...figures, updatedBy: access.viewer.userId })
        .onConflictDoNothing()
        .returning();
    } else {
      [after] = await tx
        .update(cityInputs)
        .set({
          ...figures,
          updatedBy: access.viewer.userId,
          version: sql`${cityInputs.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(and(eq(cityInputs.schoolYear, v.schoolYear), eq(cityInputs.version, v.version)))
        .returning();
    }
    if (!after) throw conflict(what);
    await audit(tx, access, {
      action: before ? "city_inputs.update" : "city_inputs.create",
      entityType: "city_inputs",
      entityId: after.id,
      before: before ?? null,
      after,
    });
    return after;
  });
}

// ---- district inputs ----

/** A district's figures of a school year (null when none), for the city and that district. */
export async function getDistrictInputs(
  access: ScopedAccess,
  districtId: string,
  schoolYear: number,
): Promise<DistrictInputRow | null> {
  assertSchoolYear(schoolYear, "schoolYear");
  const unit = await access.resolveUnit({ level: "district", id: districtId }, "inputs.read");
  const [row] = await access.db
    .select()
    .from(districtInputs)
    .where(and(eq(districtInputs.districtId, unit.id as string), eq(districtInputs.schoolYear, schoolYear)));
  return row ?? null;
}

/**
 * Create or update a district's figures of a school year, by that district or the city. Omitted
 * fields keep their stored value, so the part ≤ whole rules are checked against the stored row
 * (read before the transaction for the issues, and again inside it).
 * @throws FORBIDDEN; BAD_USER_INPUT (every issue, `<field>`); CONFLICT.
 */
export async function saveDistrictInputs(
  access: ScopedAccess,
  districtId: string,
  input: unknown,
): Promise<DistrictInputRow> {
  const unit = await access.resolveUnit({ level: "district", id: districtId }, "inputs.write");
  const id = unit.id as string;
  const year = (input as { schoolYear?: unknown } | null)?.schoolYear;
  // the shared year checks before the stored row is read (a year past smallint failed the read),
  // and a published year's lock before the figures' issues (nothing can change in it anyway)
  if (typeof year === "number") {
    assertSchoolYear(year, "schoolYear");
    assertYearNotBeforeFirst(year, "schoolYear");
    await refusePublished(access.db, year, "schoolYear");
  }
  const [stored] = Number.isInteger(year)
    ? await access.db
        .select()
        .from(districtInputs)
        .where(and(eq(districtInputs.districtId, id), eq(districtInputs.schoolYear, year as number)))
    : [];
  const checked = checkDistrictInputs(input, stored);
  if (!checked.ok) throw invalidInput(inInput(checked.issues));
  const v = checked.value;
  assertYearNotAhead(v.schoolYear, access.now(), "schoolYear", "区级数据");
  const what = `${unit.name}${schoolYearLabel(v.schoolYear)}区级填报数据`;
  const figures = figuresOf(v);
  return access.db.transaction(async (tx) => {
    await assertYearNotPublished(tx, v.schoolYear, "schoolYear");
    const key = and(eq(districtInputs.districtId, id), eq(districtInputs.schoolYear, v.schoolYear));
    const [before] = await tx.select().from(districtInputs).where(key);
    // changed since the check: check the merged row again (the database's CHECK constraints too)
    const cross = districtInputsIssues(input, before);
    if (cross.length) throw invalidInput(inInput(cross));
    // a save that changes nothing keeps the version (no needless CONFLICT for another editor) and writes no audit row
    if (before && v.version === before.version && unchanged(before, figures)) return before;
    let after: DistrictInputRow | undefined;
    if (v.version == null) {
      [after] = await tx
        .insert(districtInputs)
        .values({ districtId: id, schoolYear: v.schoolYear, ...figures, updatedBy: access.viewer.userId })
        .onConflictDoNothing()
        .returning();
    } else {
      [after] = await tx
        .update(districtInputs)
        .set({
          ...figures,
          updatedBy: access.viewer.userId,
          version: sql`${districtInputs.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(and(key, eq(districtInputs.version, v.version)))
        .returning();
    }
    if (!after) throw conflict(what);
    await audit(tx, access, {
      action: before ? "district_inputs.update" : "district_inputs.create",
      entityType: "district_inputs",
      entityId: after.id,
      districtId: id,
      before: before ?? null,
      after,
    });
    return after;
  });
}

// ---- registers ----

/** Filter of {@link listRegisterEntries}. */
export interface RegisterFilterInput {
  unit?: UnitInput | null;
  kind?: RegisterKind | null;
  schoolYear?: number | null;
}

/** Register entries of a unit in scope (default: the viewer's own), by kind, school, name. */
export async function listRegisterEntries(
  access: ScopedAccess,
  filter: RegisterFilterInput | null | undefined,
): Promise<RegisterRow[]> {
  const unit = filter?.unit
    ? await access.resolveUnit(filter.unit, "registers.read")
    : await access.ownUnit().then((u) => access.resolveUnit({ level: u.level, id: u.id }, "registers.read"));
  const conditions: (SQL | undefined)[] = [];
  if (unit.level === "district") conditions.push(eq(registers.districtId, unit.id as string));
  if (unit.level === "school") conditions.push(eq(registers.schoolId, unit.id as string));
  if (filter?.kind) conditions.push(eq(registers.kind, filter.kind));
  if (filter?.schoolYear != null) {
    assertSchoolYear(filter.schoolYear, "filter.schoolYear");
    conditions.push(
      lte(registers.fromYear, filter.schoolYear),
      or(isNull(registers.toYear), gte(registers.toYear, filter.schoolYear)),
    );
  }
  return access.db
    .select()
    .from(registers)
    .where(and(...conditions))
    .orderBy(asc(registers.kind), asc(registers.fromYear), asc(registers.name));
}

/** The units an entry hangs on (a school's district follows from the school). */
interface EntryUnits {
  districtId: string | null;
  schoolId: string | null;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `v` when it is a well-formed id (a malformed one is the domain's issue), else null. */
const idOrNull = (v: unknown): string | null => (typeof v === "string" && UUID_RE.test(v) ? v : null);

/**
 * Check a register entry: the domain's issues (fields, the kind's rules) and, against the
 * database, that the school is of a type the kind allows and lies in the district named. Every
 * issue is reported together; when there is none, the parsed entry and its units.
 * @throws BAD_USER_INPUT (every issue, `<field>`); NOT_FOUND (a school or district that
 *   does not exist).
 */
async function checkEntry(
  access: ScopedAccess,
  input: unknown,
): Promise<{ v: RegisterEntryInput; units: EntryUnits }> {
  const checked = checkRegisterEntry(input);
  const raw = (input && typeof input === "object" ? input : {}) as Record<string, unknown>;
  const kind = REGISTER_KINDS.includes(raw.kind as RegisterKind) ? (raw.kind as RegisterKind) : null;
  const info = kind ? REGISTER_KIND_INFO[kind] : null;
  const schoolId = idOrNull(raw.schoolId);
  const districtId = idOrNull(raw.districtId);
  const issues: ValidationIssue[] = [...checked.issues];
  let units: EntryUnits = { districtId: null, schoolId: null };
  if (schoolId) {
    const school = await access.school(schoolId);
    if (info?.schoolTypes && !info.schoolTypes.includes(school.type)) {
      const allowed = info.schoolTypes.map((t) => SCHOOL_TYPE_LABELS[t as SchoolType]).join("、");
      issues.push({
        field: "schoolId",
        message: `“${info.label}”只能登记${allowed}，所选学校为${SCHOOL_TYPE_LABELS[school.type]}`,
      });
    }
    if (districtId && districtId !== school.districtId)
      issues.push({ field: "districtId", message: "所属区与所属学校所在的区不一致" });
    units = { districtId: school.districtId, schoolId: school.id };
  } else if (districtId) {
    const district = await access.district(districtId);
    units = { districtId: district.id, schoolId: null };
  }
  if (!checked.ok || issues.length) throw invalidInput(inInput(uniqueIssues(issues)));
  return { v: checked.value, units };
}

function entryValues(v: RegisterEntryInput, units: EntryUnits) {
  return {
    kind: v.kind,
    name: v.name,
    districtId: units.districtId,
    schoolId: units.schoolId,
    level: v.level ?? null,
    fromYear: v.fromYear,
    toYear: v.toYear ?? null,
    quantity: v.quantity ?? 1,
    notes: v.notes ?? null,
  };
}

/**
 * Add a register entry (city only).
 * @throws FORBIDDEN; BAD_USER_INPUT (every issue, `<field>`); NOT_FOUND (school, district).
 */
export async function createRegisterEntry(access: ScopedAccess, input: unknown): Promise<RegisterRow> {
  await access.resolveUnit({ level: "city" }, "registers.write");
  const { v, units } = await checkEntry(access, input);
  assertYearNotAhead(v.fromYear, access.now(), "fromYear", "登记条目");
  return access.db.transaction(async (tx) => {
    const years = registerYears(null, entryValues(v, units), access.now());
    await assertYearsNotPublished(tx, years, "fromYear");
    const pairs = kindYears(null, entryValues(v, units), years);
    await lockRegisterKindYears(tx, pairs);
    const [row] = await tx
      .insert(registers)
      .values({ ...entryValues(v, units), createdBy: access.viewer.userId, updatedBy: access.viewer.userId })
      .returning();
    await audit(tx, access, {
      action: "register.create",
      entityType: "registers",
      entityId: row!.id,
      ...units,
      before: null,
      after: row,
    });
    await withdrawConfirmationsFor(tx, access.viewer.userId, pairs, `新增登记“${row!.name}”`, row!.id);
    return row!;
  });
}

/**
 * The school years whose figures a register write changes (for the year lock): the years an entry
 * covers (fromYear to toYear, an open end up to the current year) that it enters or leaves, and,
 * when anything else about it changes, every year it covers before or after.
 */
function registerYears(
  before: ReturnType<typeof entryValues> | null,
  after: ReturnType<typeof entryValues> | null,
  now: Date,
): number[] {
  const last = schoolYearOf(now);
  const covers = (e: ReturnType<typeof entryValues> | null, y: number) =>
    e !== null && e.fromYear <= y && (e.toYear === null || y <= e.toYear);
  const fields = ["kind", "name", "districtId", "schoolId", "level", "quantity"] as const;
  const changed = !before || !after || fields.some((f) => before[f] !== after[f]);
  const first = Math.min(before?.fromYear ?? last, after?.fromYear ?? last);
  const years: number[] = [];
  for (let y = first; y <= last; y++) {
    const b = covers(before, y);
    const a = covers(after, y);
    if (b !== a || (changed && (a || b))) years.push(y);
  }
  return years;
}

/**
 * The (kind, year)s of `years` (the years a write changes, {@link registerYears}) that the entry
 * counts in before or after it: their registers' state changes, so a confirmation of one of them
 * (确认本年度无此类事项) is withdrawn by the write.
 */
function kindYears(
  before: ReturnType<typeof entryValues> | null,
  after: ReturnType<typeof entryValues> | null,
  years: readonly number[],
): RegisterKindYear[] {
  const covers = (e: ReturnType<typeof entryValues> | null, y: number) =>
    e !== null && e.fromYear <= y && (e.toYear === null || y <= e.toYear);
  const pairs: RegisterKindYear[] = [];
  for (const y of years)
    for (const e of [before, after]) if (e && covers(e, y)) pairs.push({ kind: e.kind, schoolYear: y });
  return pairs;
}

async function existingEntry(tx: Tx, id: string): Promise<RegisterRow> {
  const ok = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
  const [row] = ok ? await tx.select().from(registers).where(eq(registers.id, id)) : [];
  if (!row) throw notFound("登记条目");
  return row;
}

/**
 * Change a register entry read at `version` (city only).
 * @throws as createRegisterEntry; NOT_FOUND (the entry); CONFLICT when it changed meanwhile.
 */
export async function updateRegisterEntry(
  access: ScopedAccess,
  id: string,
  version: number,
  input: unknown,
): Promise<RegisterRow> {
  await access.resolveUnit({ level: "city" }, "registers.write");
  const { v, units } = await checkEntry(access, input);
  assertYearNotAhead(v.fromYear, access.now(), "fromYear", "登记条目");
  return access.db.transaction(async (tx) => {
    const before = await existingEntry(tx, id);
    // a save that changes nothing keeps the version and writes no audit row
    if (before.version === version && unchanged(before, entryValues(v, units))) return before;
    const years = registerYears(before, entryValues(v, units), access.now());
    await assertYearsNotPublished(tx, years, "fromYear");
    const pairs = kindYears(before, entryValues(v, units), years);
    await lockRegisterKindYears(tx, pairs);
    const [after] = await tx
      .update(registers)
      .set({
        ...entryValues(v, units),
        updatedBy: access.viewer.userId,
        version: sql`${registers.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(registers.id, id), eq(registers.version, version)))
      .returning();
    if (!after) throw conflict("登记条目");
    await audit(tx, access, {
      action: "register.update",
      entityType: "registers",
      entityId: id,
      ...units,
      before,
      after,
    });
    await withdrawConfirmationsFor(tx, access.viewer.userId, pairs, `修改登记“${after.name}”`, id);
    return after;
  });
}

/** Delete a register entry read at `version` (city only). */
export async function deleteRegisterEntry(
  access: ScopedAccess,
  id: string,
  version: number,
): Promise<string> {
  await access.resolveUnit({ level: "city" }, "registers.write");
  return access.db.transaction(async (tx) => {
    const before = await existingEntry(tx, id);
    const years = registerYears(before, null, access.now());
    await assertYearsNotPublished(tx, years, "id");
    const pairs = kindYears(before, null, years);
    await lockRegisterKindYears(tx, pairs);
    const [gone] = await tx
      .delete(registers)
      .where(and(eq(registers.id, id), eq(registers.version, version)))
      .returning({ id: registers.id });
    if (!gone) throw conflict("登记条目");
    await audit(tx, access, {
      action: "register.delete",
      entityType: "registers",
      entityId: id,
      districtId: before.districtId,
      schoolId: before.schoolId,
      before,
      after: null,
    });
    // a confirmation standing beside the entry (made before entries withdrew them) is not revived
    await withdrawConfirmationsFor(tx, access.viewer.userId, pairs, `删除登记“${before.name}”`, id);
    return id;
  });
}
