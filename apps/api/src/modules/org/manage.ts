/**
 * 机构管理 of schools: register (one or a batch, the 学校名录 import's too), edit, close (撤销),
 * merge (合并) and reopen (恢复办学). Every write: the policy decides (`org.manageSchools` on the
 * district a new school goes to, or on the school itself, through the scoped access layer; IDs
 * never trusted), the domain checks the registration (`checkSchoolRegistration`), one
 * transaction, the row locked and its `version` compared (stale → CONFLICT reason VERSION), an
 * audit_log row with before/after and the school's district and id (so the district and the city
 * see it in 操作日志). Closing or merging disables the school's accounts and ends their sessions,
 * unless the school is still due (应报) in the school year of its closing date (`dueInClosingYear`).
 */
import {
  type Db,
  type DistrictRow,
  districts,
  type SchoolRow,
  schoolReports,
  schools,
  sessions,
  staff,
  type Tx,
  users,
} from "@edu2035/db";
import {
  censusDate,
  checkSchoolRegistration,
  EARLIEST_ORG_DATE,
  FIRST_SCHOOL_YEAR,
  isIsoDate,
  SCHOOL_FIELD_LABELS,
  type SchoolRegistration,
  schoolNameKey,
  schoolYearLabel,
  type ValidationIssue,
} from "@edu2035/domain";
import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { ScopedAccess } from "../../authz/access.ts";
import { isUniqueViolation } from "../../dbErrors.ts";
import { badInput, conflict, forbidden, invalidInput, notFound, stateConflict } from "../../errors.ts";
import { todayInBeijing } from "../../lib/dates.ts";
import { type AuditRecord, recordAudit } from "../audit/record.ts";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const L = SCHOOL_FIELD_LABELS;

/** A school to register: its district (a client ID, resolved here) and the registration fields. */
export type NewSchoolInput = { districtId: string } & { [K in keyof SchoolRegistration]?: unknown };

/** One problem of a batch: the input's index (0-based), the field and a Chinese message. */
export interface IndexedIssue extends ValidationIssue {
  index: number;
}

/** The outcome of `createSchools`: the rows written, or every issue (then nothing was written). */
export type CreateSchoolsResult =
  | { ok: true; schools: SchoolRow[]; issues: [] }
  | { ok: false; schools: []; issues: IndexedIssue[] };

/** What the audit trail keeps of a school: its registration and lifecycle (no ids but the district's). */
export function schoolSnapshot(row: SchoolRow): Record<string, unknown> {
  return {
    code: row.code,
    name: row.name,
    districtId: row.districtId,
    type: row.type,
    ownership: row.ownership,
    inclusive: row.inclusive,
    ethnic: row.ethnic,
    urbanRuralCode: row.urbanRuralCode,
    miningArea: row.miningArea,
    teachingPoint: row.teachingPoint,
    openedOn: row.openedOn,
    closedOn: row.closedOn,
    mergedIntoId: row.mergedIntoId,
    closureReason: row.closureReason,
    version: row.version,
  };
}

const codeTaken = (code: string, by?: string) =>
  by ? `${L.code}（${code}）已被“${by}”使用` : `${L.code}（${code}）已被其他学校使用`;
const nameTaken = (name: string, district: string) =>
  `${district}已有在办学校名为“${name}”，${L.name}不能重复`;

/**
 * Register a batch of schools in the caller's transaction: the 机构管理 form (one) and the
 * 学校名录 Excel import (many). All or nothing: every input is checked first —
 *  - its district: resolved through the access layer with `org.manageSchools` (a district in
 *    another district's scope, or an unknown id, throws FORBIDDEN for the whole batch; the city
 *    gets NOT_FOUND for an unknown id); a closed (撤销) district is an issue on `districtId`;
 *  - the registration (`checkSchoolRegistration`, 开办日期 not after today in Beijing);
 *  - 学校标识码 unique in the city, against the database and within the batch;
 *  - the name unique among the open schools of its district (compared by `schoolNameKey`),
 *    against the database and within the batch;
 * and only when there is no issue are the rows inserted (one `school.create` audit row each
 * when `opts.audit`, the default). The districts are locked (FOR UPDATE) for the transaction, so
 * two batches for one district cannot both pass the name check.
 * @param tx the caller's transaction (roll it back on `ok: false` if it wrote anything else).
 * @param inputs registration fields in domain codes (lower-case types), as the GraphQL input or
 *   an Excel row gives them.
 * @returns `{ ok: true, schools }` in input order, or `{ ok: false, issues }` with each issue's
 *   0-based input index, field and Chinese message ("第 N 条" in batch messages is 1-based).
 * @throws FORBIDDEN (a district outside the scope, a school viewer); NOT_FOUND (city, unknown
 *   district); BAD_USER_INPUT on `code` when a concurrent registration took a code first.
 */
export async function createSchools(
  tx: Tx,
  access: ScopedAccess,
  inputs: readonly NewSchoolInput[],
  opts: { audit?: boolean } = {},
): Promise<CreateSchoolsResult> {
  const issues: IndexedIssue[] = [];
  // the districts, read in the caller's transaction and locked, then authorized once each
  const districtIds = [...new Set(inputs.map((i) => i.districtId))];
  if (districtIds.some((id) => typeof id !== "string" || !UUID_RE.test(id))) {
    if (access.viewer.level === "city") throw notFound("区");
    throw forbidden();
  }
  const byDistrict = new Map<string, DistrictRow>();
  if (districtIds.length) {
    const locked = await tx
      .select()
      .from(districts)
      .where(inArray(districts.id, districtIds))
      .orderBy(districts.id)
      .for("update");
    for (const d of locked) byDistrict.set(d.id, d);
  }
  for (const id of districtIds) {
    if (!byDistrict.has(id)) {
      if (access.viewer.level === "city") throw notFound("区");
      throw forbidden();
    }
    access.assertCan("org.manageSchools", { level: "district", districtId: id });
  }

  const today = todayInBeijing(access.now());
  const checked: (SchoolRegistration | null)[] = inputs.map((input, index) => {
    const district = byDistrict.get(input.districtId)!;
    if (district.closedOn !== null) {
      issues.push({
        index,
        field: "districtId",
        message: `${district.name}已于 ${district.closedOn} 撤销，不能新建学校`,
      });
    }
    const { districtId: _d, ...fields } = input;
    const c = checkSchoolRegistration(fields, { today });
    for (const i of c.issues) issues.push({ index, ...i });
    return c.value;
  });

  // uniqueness: within the batch, then against the database
  const firstByCode = new Map<string, number>();
  const firstByName = new Map<string, number>();
  checked.forEach((v, index) => {
    if (!v) return;
    const code = firstByCode.get(v.code);
    if (code !== undefined) {
      issues.push({ index, field: "code", message: `${L.code}（${v.code}）与本批第 ${code + 1} 条重复` });
    } else firstByCode.set(v.code, index);
    const key = `${inputs[index]!.districtId}\u0000${schoolNameKey(v.name)}`;
    const name = firstByName.get(key);
    if (name !== undefined) {
      issues.push({
        index,
        field: "name",
        message: `${L.name}“${v.name}”与本批第 ${name + 1} 条同区重名`,
      });
    } else firstByName.set(key, index);
  });
  const codes = [...firstByCode.keys()];
  if (codes.length) {
    const taken = await tx
      .select({ code: schools.code, name: schools.name })
      .from(schools)
      .where(inArray(schools.code, codes));
    const takenBy = new Map(taken.map((t) => [t.code, t.name]));
    checked.forEach((v, index) => {
      if (v && takenBy.has(v.code)) {
        issues.push({ index, field: "code", message: codeTaken(v.code, takenBy.get(v.code)) });
      }
    });
  }
  if (districtIds.length) {
    const open = await tx
      .select({ districtId: schools.districtId, name: schools.name })
      .from(schools)
      .where(and(inArray(schools.districtId, districtIds), isNull(schools.closedOn)));
    const openNames = new Set(open.map((s) => `${s.districtId}\u0000${schoolNameKey(s.name)}`));
    checked.forEach((v, index) => {
      const districtId = inputs[index]!.districtId;
      if (v && openNames.has(`${districtId}\u0000${schoolNameKey(v.name)}`)) {
        issues.push({ index, field: "name", message: nameTaken(v.name, byDistrict.get(districtId)!.name) });
      }
    });
  }
  if (issues.length) {
    issues.sort((a, b) => a.index - b.index);
    return { ok: false, schools: [], issues };
  }

  const values = checked.map((v, i) => ({ ...v!, districtId: inputs[i]!.districtId }));
  if (!values.length) return { ok: true, schools: [], issues: [] };
  let rows: SchoolRow[];
  try {
    rows = await tx.insert(schools).values(values).returning();
  } catch (e) {
    // a code registered by a concurrent request between the check and the insert
    if (isUniqueViolation(e)) throw badInput("code", `${L.code}已被其他学校使用（刚刚被登记），请核对后重试`);
    throw e;
  }
  // returning() keeps the insertion order on PostgreSQL and PGlite; match by code to be sure
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const ordered = values.map((v) => byCode.get(v.code)!);
  if (opts.audit ?? true) {
    await recordAudit(
      tx,
      ordered.map(
        (r): AuditRecord => ({
          userId: access.viewer.userId,
          action: "school.create",
          entityType: "school",
          entityId: r.id,
          districtId: r.districtId,
          schoolId: r.id,
          before: null,
          after: schoolSnapshot(r),
        }),
      ),
    );
  }
  return { ok: true, schools: ordered, issues: [] };
}

/**
 * Register one school (createSchool): `createSchools` with one input, in its own transaction.
 * @throws FORBIDDEN; NOT_FOUND; BAD_USER_INPUT with every issue in extensions.issues.
 */
export async function createSchool(access: ScopedAccess, input: NewSchoolInput): Promise<SchoolRow> {
  try {
    return await access.db.transaction(async (tx) => {
      const r = await createSchools(tx, access, [input]);
      if (!r.ok) throw invalidInput(r.issues.map(({ field, message }) => ({ field, message })));
      return r.schools[0]!;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw badInput("code", `${L.code}已被其他学校使用（刚刚被登记），请核对后重试`);
    throw e;
  }
}

/**
 * The school, locked for the transaction, after the policy allowed `org.manageSchools` on it.
 * Absent or outside the scope: FORBIDDEN (the city: NOT_FOUND when absent), so IDs cannot be probed.
 */
async function lockSchool(tx: Tx, access: ScopedAccess, id: string): Promise<SchoolRow> {
  const [row] = UUID_RE.test(id)
    ? await tx.select().from(schools).where(eq(schools.id, id)).for("update")
    : [];
  if (!row) {
    if (access.viewer.level === "city") throw notFound("学校");
    throw forbidden();
  }
  access.assertCan("org.manageSchools", { level: "school", districtId: row.districtId, schoolId: row.id });
  return row;
}

/** Write the new version of a locked school (version + 1) and its audit row; returns the new row. */
async function saveSchool(
  tx: Tx,
  access: ScopedAccess,
  before: SchoolRow,
  set: Partial<typeof schools.$inferInsert>,
  action: "school.update" | "school.close" | "school.merge" | "school.reopen",
  extra: Record<string, unknown> = {},
): Promise<SchoolRow> {
  const [after] = await tx
    .update(schools)
    .set({ ...set, version: before.version + 1, updatedAt: new Date() })
    .where(and(eq(schools.id, before.id), eq(schools.version, before.version)))
    .returning();
  if (!after) throw conflict("该学校信息");
  await recordAudit(tx, {
    userId: access.viewer.userId,
    action,
    entityType: "school",
    entityId: before.id,
    districtId: before.districtId,
    schoolId: before.id,
    before: schoolSnapshot(before),
    after: { ...schoolSnapshot(after), ...extra },
  });
  return after;
}

/**
 * Refuse a date that is not a real ISO date, lies before EARLIEST_ORG_DATE (1949-10-01: a typing
 * error) or after `today` (Beijing, todayInBeijing(access.now())), naming the field. Closing dates
 * of schools and districts.
 */
export function assertPastDate(field: string, value: string, label: string, today: string): void {
  if (!isIsoDate(value)) throw badInput(field, `${label}应为有效日期，格式如 2025-07-31`);
  if (value < EARLIEST_ORG_DATE) throw badInput(field, `${label}（${value}）不能早于 ${EARLIEST_ORG_DATE}`);
  if (value > today) throw badInput(field, `${label}（${value}）不能晚于今天（${today}）`);
}

/**
 * The first and last school years holding this school's data: its roster rows (any year) and
 * its reports. `reportLast` is the last year with a report (null: none).
 */
async function dataYears(
  tx: Tx,
  schoolId: string,
): Promise<{ first: number | null; reportLast: number | null }> {
  const [st] = await tx
    .select({ first: sql<number | null>`min(${staff.schoolYear})` })
    .from(staff)
    .where(eq(staff.schoolId, schoolId));
  const [rp] = await tx
    .select({
      first: sql<number | null>`min(${schoolReports.schoolYear})`,
      last: sql<number | null>`max(${schoolReports.schoolYear})`,
    })
    .from(schoolReports)
    .where(eq(schoolReports.schoolId, schoolId));
  const firsts = [st?.first, rp?.first].filter((y): y is number => y != null).map(Number);
  return {
    first: firsts.length ? Math.min(...firsts) : null,
    reportLast: rp?.last != null ? Number(rp.last) : null,
  };
}

/**
 * Refuse a closing date on or before the 统计时点 of a year the school has a report for: that
 * year's report would fall out of the year (a school closed in the middle of a cycle after
 * reporting still counts for it).
 */
async function assertClosingKeepsReports(
  tx: Tx,
  row: SchoolRow,
  field: "closedOn" | "mergedOn",
  date: string,
  label: string,
): Promise<void> {
  const { reportLast } = await dataYears(tx, row.id);
  if (reportLast !== null && date <= censusDate(reportLast)) {
    throw badInput(
      field,
      `该学校已有${schoolYearLabel(reportLast)}的年报，${label}应晚于该学年统计时点 ${censusDate(reportLast)}`,
    );
  }
}

/** Input of updateSchool (domain codes). */
export type UpdateSchoolArgs = { id: string; version: number } & {
  [K in keyof SchoolRegistration]?: unknown;
};

/**
 * Edit a school's registration (updateSchool). The district never changes; the type only while
 * the school has no staff row and no report (else CONFLICT reason STATE); the code stays unique in
 * the city, the name among the district's open schools; 开办日期 stays before 撤销日期 and not
 * after the 统计时点 of the first school year holding its roster or reports (it would drop out).
 * @throws FORBIDDEN; NOT_FOUND (city); BAD_USER_INPUT (every issue, or code/name taken);
 *   CONFLICT (VERSION stale; STATE type change with history).
 */
export async function updateSchool(access: ScopedAccess, input: UpdateSchoolArgs): Promise<SchoolRow> {
  try {
    return await access.db.transaction(async (tx) => {
      const row = await lockSchool(tx, access, input.id);
      if (row.version !== input.version) throw conflict("该学校信息");
      const { id: _id, version: _v, ...fields } = input;
      const c = checkSchoolRegistration(fields, { today: todayInBeijing(access.now()) });
      if (!c.ok) throw invalidInput(c.issues);
      const v = c.value;
      if (v.openedOn && row.closedOn && v.openedOn >= row.closedOn) {
        throw badInput("openedOn", `${L.openedOn}（${v.openedOn}）应早于${L.closedOn}（${row.closedOn}）`);
      }
      if (v.openedOn && v.openedOn !== row.openedOn) {
        const { first } = await dataYears(tx, row.id);
        if (first !== null && v.openedOn > censusDate(first)) {
          throw badInput(
            "openedOn",
            `该学校已有${schoolYearLabel(first)}的教职工名册或年报，${L.openedOn}不能晚于该学年统计时点 ${censusDate(first)}`,
          );
        }
      }
      if (v.type !== row.type) {
        const [s] = await tx.select({ id: staff.id }).from(staff).where(eq(staff.schoolId, row.id)).limit(1);
        const [r] = await tx
          .select({ id: schoolReports.id })
          .from(schoolReports)
          .where(eq(schoolReports.schoolId, row.id))
          .limit(1);
        if (s || r) {
          throw stateConflict(
            `该学校已有${s ? "教职工名册" : "年报"}，不能修改${L.type}（历年数据按原类别统计）；如确需变更，请撤销后新建学校`,
          );
        }
      }
      if (v.code !== row.code) {
        const [other] = await tx
          .select({ name: schools.name })
          .from(schools)
          .where(and(eq(schools.code, v.code), ne(schools.id, row.id)));
        if (other) throw badInput("code", codeTaken(v.code, other.name));
      }
      // the district locked as createSchools does: one name check at a time per district
      await tx
        .select({ id: districts.id })
        .from(districts)
        .where(eq(districts.id, row.districtId))
        .for("update");
      const siblings = await tx
        .select({ name: schools.name })
        .from(schools)
        .where(and(eq(schools.districtId, row.districtId), isNull(schools.closedOn), ne(schools.id, row.id)));
      if (row.closedOn === null && siblings.some((s) => schoolNameKey(s.name) === schoolNameKey(v.name))) {
        const [d] = await tx
          .select({ name: districts.name })
          .from(districts)
          .where(eq(districts.id, row.districtId));
        throw badInput("name", nameTaken(v.name, d?.name ?? "本区"));
      }
      return saveSchool(tx, access, row, v, "school.update");
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw badInput("code", `${L.code}已被其他学校使用（刚刚被登记），请核对后重试`);
    throw e;
  }
}

/**
 * Disable the accounts of a school (users.active = false) and end their sessions, in the
 * caller's transaction. @returns how many accounts were active and are now disabled.
 */
async function disableSchoolAccounts(tx: Tx, schoolId: string): Promise<number> {
  const disabled = await tx
    .update(users)
    .set({ active: false, updatedAt: new Date() })
    .where(and(eq(users.schoolId, schoolId), eq(users.active, true)))
    .returning({ id: users.id });
  const all = await tx.select({ id: users.id }).from(users).where(eq(users.schoolId, schoolId));
  if (all.length) {
    await tx.delete(sessions).where(
      inArray(
        sessions.userId,
        all.map((u) => u.id),
      ),
    );
  }
  return disabled.length;
}

/**
 * Whether a school closing (or merging) on `closedOn` is still due (应报) in the school year whose
 * 统计时点 (1 September) falls in the calendar year of that date: open at that 统计时点 with its
 * `openedOn` and the new closing date (asked of SQL `school_open_in`, migration 0007 — the one
 * definition of a year's schools, not a copy in TypeScript). Then its accounts stay enabled, to
 * submit that year's report; closed on or before that 1 September it is due in no cycle that is
 * still being collected, and its accounts are disabled.
 * @param closedOn "YYYY-MM-DD".
 */
export async function dueInClosingYear(db: Db | Tx, schoolId: string, closedOn: string): Promise<boolean> {
  const year = Number(closedOn.slice(0, 4));
  const [r] = await db
    .select({
      due: sql<boolean>`school_open_in(${schools.openedOn}, cast(${closedOn} as date), cast(${year} as integer))`,
    })
    .from(schools)
    .where(eq(schools.id, schoolId));
  return r?.due === true;
}

/**
 * The school years a closed school is due (应报) in — open at their 统计时点 (SQL
 * `school_open_in`), from FIRST_SCHOOL_YEAR — whose report is not approved (审核通过): none,
 * draft, submitted or returned. Empty for an open school. One statement.
 */
export async function dueYearsNotApproved(db: Db | Tx, school: SchoolRow): Promise<number[]> {
  if (school.closedOn === null) return [];
  const last = Number(school.closedOn.slice(0, 4));
  const result = await db.execute(sql`
    select cast(y.year as integer) as year
    from generate_series(cast(${FIRST_SCHOOL_YEAR} as integer), cast(${last} as integer)) as y(year)
    join ${schools} s on s.id = ${school.id}
    where school_open_in(s.opened_on, s.closed_on, cast(y.year as integer))
      and not exists (
        select 1 from ${schoolReports} r
        where r.school_id = s.id and r.school_year = y.year and r.status = 'approved'
      )
    order by 1`);
  const rows = Array.isArray(result) ? result : (result as { rows?: unknown[] }).rows;
  return ((rows ?? []) as { year: unknown }[]).map((r) => Number(r.year));
}

/** Common checks of closing and merging: state, version, date, reason. */
function assertClosable(
  row: SchoolRow,
  version: number,
  field: "closedOn" | "mergedOn",
  date: string,
  label: string,
  today: string,
): void {
  if (row.closedOn !== null) {
    throw stateConflict(
      `该学校已于 ${row.closedOn} ${row.mergedIntoId ? "合并" : "撤销"}，不能重复办理；如为误操作，请先恢复办学`,
    );
  }
  if (row.version !== version) throw conflict("该学校信息");
  assertPastDate(field, date, label, today);
  if (row.openedOn && date <= row.openedOn) {
    throw badInput(field, `${label}（${date}）应晚于${L.openedOn}（${row.openedOn}）`);
  }
}

/**
 * Close a school (closeSchool, 撤销) from `closedOn` (not after today, after it opened, after the
 * 统计时点 of the last year it has a report for) with a reason; disable its accounts and end
 * their sessions unless it is still due in the school year of that date (`dueInClosingYear`).
 * Its history stays.
 * @returns the school after the change and how many accounts were disabled.
 * @throws FORBIDDEN; NOT_FOUND (city); BAD_USER_INPUT (closedOn, reason); CONFLICT (VERSION;
 *   STATE when already closed or merged).
 */
export async function closeSchool(
  access: ScopedAccess,
  input: { id: string; version: number; closedOn: string; reason: string },
): Promise<{ school: SchoolRow; accountsDisabled: number }> {
  return access.db.transaction(async (tx) => {
    const row = await lockSchool(tx, access, input.id);
    assertClosable(
      row,
      input.version,
      "closedOn",
      input.closedOn.trim(),
      L.closedOn,
      todayInBeijing(access.now()),
    );
    await assertClosingKeepsReports(tx, row, "closedOn", input.closedOn.trim(), L.closedOn);
    const reason = input.reason.trim();
    if (!reason) throw badInput("reason", `请填写${L.reason}`);
    if (reason.length > 200) throw badInput("reason", `${L.reason}不能超过 200 个字`);
    const closedOn = input.closedOn.trim();
    const accountsDisabled = (await dueInClosingYear(tx, row.id, closedOn))
      ? 0
      : await disableSchoolAccounts(tx, row.id);
    const school = await saveSchool(
      tx,
      access,
      row,
      { closedOn, closureReason: reason, mergedIntoId: null },
      "school.close",
      { accountsDisabled },
    );
    return { school, accountsDisabled };
  });
}

/**
 * Merge a school into another open school of the same district (mergeSchool, 合并) from
 * `mergedOn`: closes it as closeSchool does, recording the target. The target must be another
 * school of the same district, open on `mergedOn` (opened on or before it, not closed by then);
 * `mergedOn` obeys closeSchool's date rules, and its accounts closeSchool's rule.
 * @returns the school after the change and how many accounts were disabled.
 * @throws FORBIDDEN; NOT_FOUND (city); BAD_USER_INPUT (mergedOn, intoSchoolId, reason);
 *   CONFLICT (VERSION; STATE when already closed or merged).
 */
export async function mergeSchool(
  access: ScopedAccess,
  input: { id: string; version: number; intoSchoolId: string; mergedOn: string; reason?: string | null },
): Promise<{ school: SchoolRow; accountsDisabled: number }> {
  return access.db.transaction(async (tx) => {
    // both schools locked in id order, so two opposite merges cannot deadlock
    const pair = [input.id, input.intoSchoolId].filter((id) => UUID_RE.test(id)).sort();
    await tx
      .select({ id: schools.id })
      .from(schools)
      .where(inArray(schools.id, pair))
      .orderBy(schools.id)
      .for("update");
    const row = await lockSchool(tx, access, input.id);
    const mergedOn = input.mergedOn.trim();
    assertClosable(row, input.version, "mergedOn", mergedOn, L.mergedOn, todayInBeijing(access.now()));
    await assertClosingKeepsReports(tx, row, "mergedOn", mergedOn, L.mergedOn);
    if (input.intoSchoolId === row.id) throw badInput("intoSchoolId", "学校不能合并到自身");
    const [into] = UUID_RE.test(input.intoSchoolId)
      ? await tx.select().from(schools).where(eq(schools.id, input.intoSchoolId)).for("update")
      : [];
    // another district's school answers like an unknown one: nothing to learn about other districts
    if (!into || into.districtId !== row.districtId) {
      throw badInput("intoSchoolId", `${L.intoSchoolId}应为同一区内在办的学校`);
    }
    const openOnDate =
      (into.openedOn === null || into.openedOn <= mergedOn) &&
      (into.closedOn === null || into.closedOn > mergedOn);
    if (!openOnDate || into.closedOn !== null) {
      throw badInput(
        "intoSchoolId",
        into.closedOn !== null
          ? `“${into.name}”已于 ${into.closedOn} 撤销或合并，不能作为合并到的学校`
          : `“${into.name}”${into.openedOn} 才开办，${L.mergedOn}（${mergedOn}）时尚未开办`,
      );
    }
    const reason = (input.reason ?? "").trim() || `合并到${into.name}`;
    if (reason.length > 200) throw badInput("reason", `${L.reason}不能超过 200 个字`);
    const accountsDisabled = (await dueInClosingYear(tx, row.id, mergedOn))
      ? 0
      : await disableSchoolAccounts(tx, row.id);
    const school = await saveSchool(
      tx,
      access,
      row,
      { closedOn: mergedOn, closureReason: reason, mergedIntoId: into.id },
      "school.merge",
      { accountsDisabled, mergedIntoName: into.name },
    );
    return { school, accountsDisabled };
  });
}

/**
 * Undo a closure or merger (reopenSchool, 恢复办学) with a reason. Its accounts stay disabled.
 * Refused (CONFLICT STATE) when the school is open, its district is closed, or an open school
 * of its district now has its name.
 * @throws FORBIDDEN; NOT_FOUND (city); BAD_USER_INPUT (reason); CONFLICT (VERSION, STATE).
 */
export async function reopenSchool(
  access: ScopedAccess,
  input: { id: string; version: number; reason: string },
): Promise<SchoolRow> {
  return access.db.transaction(async (tx) => {
    const row = await lockSchool(tx, access, input.id);
    if (row.closedOn === null) throw stateConflict("该学校在办，无需恢复办学");
    if (row.version !== input.version) throw conflict("该学校信息");
    const reason = input.reason.trim();
    if (!reason) throw badInput("reason", "请填写恢复办学的原因");
    if (reason.length > 200) throw badInput("reason", "恢复办学的原因不能超过 200 个字");
    const [d] = await tx.select().from(districts).where(eq(districts.id, row.districtId)).for("update");
    if (d?.closedOn) throw stateConflict(`${d.name}已于 ${d.closedOn} 撤销，不能恢复其学校`);
    const clash = await tx
      .select({ name: schools.name })
      .from(schools)
      .where(and(eq(schools.districtId, row.districtId), isNull(schools.closedOn)));
    if (clash.some((s) => schoolNameKey(s.name) === schoolNameKey(row.name))) {
      throw stateConflict(`${d?.name ?? "本区"}已有在办学校名为“${row.name}”，请先修改其中一所的名称`);
    }
    return saveSchool(
      tx,
      access,
      row,
      { closedOn: null, closureReason: null, mergedIntoId: null },
      "school.reopen",
      { reopenReason: reason },
    );
  });
}

/** Schools of a district open on a date (opened on or before it, not closed by then). */
export async function openSchoolCount(db: Db | Tx, districtId: string, onDate: string): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`cast(count(*) as integer)` })
    .from(schools)
    .where(
      and(
        eq(schools.districtId, districtId),
        sql`(${schools.closedOn} is null or ${schools.closedOn} > ${onDate})`,
      ),
    );
  return r?.n ?? 0;
}
