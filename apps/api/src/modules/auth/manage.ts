/**
 * 账号管理: the accounts a bureau manages, per the policy action accounts.manage (domain
 * auth/policy.ts): the city its city and district accounts and any school's, a district its
 * schools' accounts, a school none. Every account is authorized through its unit (ScopedAccess),
 * never by a client-sent id alone; every change is one transaction with its audit row (never a
 * password or a hash) and the row's `version` checked (optimistic concurrency).
 */
import { type SchoolRow, schools, sessions, type Tx, type UserRow, users } from "@edu2035/db";
import { ORG_LEVEL_LABELS, type OrgLevel, type UnitRef } from "@edu2035/domain";
import { hash } from "@node-rs/argon2";
import { and, asc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { ResolvedUnit, ScopedAccess, UnitInput } from "../../authz/access.ts";
import { isUniqueViolation } from "../../dbErrors.ts";
import { badInput, conflict, forbidden, notFound, stateConflict } from "../../errors.ts";
import { recordAudit } from "../audit/record.ts";
import type { ExcelFileModel } from "../excel/workbook.ts";
import { dueYearsNotApproved } from "../org/manage.ts";
import { accountSheet } from "./accountSheet.ts";
import { oneTimePassword } from "./oneTimePassword.ts";
import { clearAccountThrottle, throttleSecret } from "./throttle.ts";

/** A user name: 3–32 letters, digits, `.`, `_` or `-`, starting with a letter or digit. */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{2,31}$/;

/** Most schools 批量开通 takes at once. */
export const MAX_BATCH_SCHOOLS = 500;

/** Longest display name (名称), characters: createAccount and `pnpm admin` alike. */
export const DISPLAY_NAME_MAX = 40;

/** What is wrong with a display name (trimmed) beyond being empty: too long; null when none. */
export function displayNameProblem(name: string): string | null {
  return name.trim().length > DISPLAY_NAME_MAX ? `名称不能超过 ${DISPLAY_NAME_MAX} 个字符` : null;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A new account with its one-time password (初始密码), returned once and stored only hashed. */
export interface OneTimePasswordModel {
  account: UserRow;
  oneTimePassword: string;
}

/**
 * A user name as stored (trimmed), checked for shape.
 * @throws BAD_USER_INPUT field username when it is not 3–32 letters, digits, `.` `_` `-`.
 */
export function checkUsername(raw: string): string {
  const username = raw.trim();
  if (!USERNAME_PATTERN.test(username)) {
    throw badInput("username", "用户名须为 3–32 位字母、数字或 . _ -，以字母或数字开头");
  }
  return username;
}

/** The refusal of a user name already in use (in any letter case). */
export const usernameTaken = (username: string) =>
  badInput("username", `用户名 ${username} 已存在（不区分大小写），请换一个用户名`);

/** Whether a user name is in use, in any case (the unique index is on lower(username)). */
async function usernameInUse(db: ScopedAccess["db"] | Tx, username: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`)
    .limit(1);
  return Boolean(row);
}

/** The district and school ids of an account's unit, for its audit rows (the district sees them). */
function auditUnit(
  account: UserRow,
  school: SchoolRow | null,
): { districtId: string | null; schoolId: string | null } {
  if (account.level === "school")
    return { districtId: school?.districtId ?? null, schoolId: account.schoolId };
  return { districtId: account.districtId, schoolId: null };
}

/**
 * The accounts the viewer manages (Query.accounts), ordered city, district, school accounts, then
 * by user name.
 * @param filter.level accounts of that level only; filter.districtId the district's accounts and
 *   its schools' (a district viewer: its own only); filter.schoolId one school's;
 *   filter.includeDisabled false leaves out 停用 accounts.
 * @throws FORBIDDEN for a school viewer, a level or unit outside the viewer's accounts.manage;
 *   NOT_FOUND (city viewer) for an unknown district or school.
 */
export async function listAccounts(
  access: ScopedAccess,
  filter: {
    level?: OrgLevel | null;
    districtId?: string | null;
    schoolId?: string | null;
    includeDisabled?: boolean | null;
  } = {},
): Promise<UserRow[]> {
  const v = access.viewer;
  if (v.level === "school") throw forbidden();
  const conditions: (SQL | undefined)[] = [];
  if (v.level === "district") {
    if (filter.level && filter.level !== "school") throw forbidden();
    // the school accounts of its own schools: the viewer's school scope
    conditions.push(eq(users.level, "school"), access.schoolScopeCondition());
  } else {
    // the city manages every account (accounts.manage on the city unit)
    access.assertCan("accounts.manage", { level: "city" });
    if (filter.level) conditions.push(eq(users.level, filter.level));
  }
  if (filter.districtId) {
    if (v.level === "district" && filter.districtId !== v.districtId) throw forbidden();
    const d = await access.district(filter.districtId);
    conditions.push(or(eq(users.districtId, d.id), eq(schools.districtId, d.id)));
  }
  if (filter.schoolId) {
    const s = await access.resolveUnit({ level: "school", id: filter.schoolId }, "accounts.manage");
    conditions.push(eq(users.schoolId, s.id!));
  }
  if (filter.includeDisabled === false) conditions.push(eq(users.active, true));
  const rows = await access.db
    .select({ user: users })
    .from(users)
    .leftJoin(schools, eq(schools.id, users.schoolId))
    .where(and(...conditions))
    .orderBy(
      sql`case ${users.level} when 'city' then 0 when 'district' then 1 else 2 end`,
      asc(sql`lower(${users.username})`),
    );
  return rows.map((r) => r.user);
}

/**
 * An account the viewer may manage, with its school (school accounts).
 * @throws FORBIDDEN outside accounts.manage, or (non-city viewer) when the id is unknown;
 *   NOT_FOUND (city viewer) when it is unknown.
 */
async function managedAccount(
  access: ScopedAccess,
  id: string,
): Promise<{ account: UserRow; school: SchoolRow | null }> {
  const [row] = UUID_RE.test(id)
    ? await access.db
        .select({ user: users, school: schools })
        .from(users)
        .leftJoin(schools, eq(schools.id, users.schoolId))
        .where(eq(users.id, id))
        .limit(1)
    : [];
  if (!row) {
    if (access.viewer.level === "city") throw notFound("账号");
    throw forbidden();
  }
  const { user, school } = row;
  const ref: UnitRef =
    user.level === "city"
      ? { level: "city" }
      : user.level === "district"
        ? { level: "district", districtId: user.districtId! }
        : { level: "school", districtId: school!.districtId, schoolId: school!.id };
  access.assertCan("accounts.manage", ref);
  return { account: user, school };
}

/** Refuses a unit that is closed (撤销): no new account for a closed school or district. */
function assertUnitOpen(unit: ResolvedUnit): void {
  if (unit.school?.closedOn) throw badInput("unit", `${unit.school.name}已撤销，不能新建账号`);
  if (unit.district?.closedOn) throw badInput("unit", `${unit.district.name}已撤销，不能新建账号`);
}

const UNIT_NOUN = { district: "区", school: "学校" } as const;

/**
 * The unit of a new account, authorized by accounts.manage, after its level and id were checked
 * to match: the city takes no id, a district or school needs one, and an id of the other kind
 * (a school's id given as a district, or the reverse) is named as such when the viewer may read
 * that unit (else the policy's FORBIDDEN / NOT_FOUND stands: nothing is learnt about it).
 * @throws BAD_USER_INPUT field unit (mismatch); FORBIDDEN; NOT_FOUND (city viewer, unknown id).
 */
async function accountUnit(access: ScopedAccess, unit: UnitInput): Promise<ResolvedUnit> {
  if (unit.level === "city") {
    if (unit.id) throw badInput("unit", "市级账号属于本市，所属单位不应带 id");
    return access.resolveUnit({ level: "city" }, "accounts.manage");
  }
  const noun = UNIT_NOUN[unit.level];
  if (!unit.id) throw badInput("unit", `请选择${ORG_LEVEL_LABELS[unit.level]}账号所属的${noun}`);
  try {
    return await access.resolveUnit(unit, "accounts.manage");
  } catch (e) {
    const other = unit.level === "district" ? "school" : "district";
    const isOther = await access.resolveUnit({ level: other, id: unit.id }, "org.read").then(
      () => true,
      () => false,
    );
    if (isOther) {
      throw badInput(
        "unit",
        `所选单位是${UNIT_NOUN[other]}，与账号级别（${ORG_LEVEL_LABELS[unit.level]}）不符`,
      );
    }
    throw e;
  }
}

/**
 * Create one account for a unit (新建账号) with a one-time password: must_change_password set,
 * stored as an argon2id hash, audited (user.create, no password).
 * @param input.unit the city (no id), a district or a school — authorized by accounts.manage;
 *   input.username 3–32 letters/digits/. _ -, unique in any case; input.displayName non-empty.
 * @returns the new row and its one-time password (shown once).
 * @throws FORBIDDEN (unit outside accounts.manage); BAD_USER_INPUT field username (shape, taken —
 *   also when taken at the same instant: the unique index decides), displayName (empty, too
 *   long), unit (closed; level and id do not match: the city with an id, a district or school
 *   without one or with the other kind's id).
 */
export async function createAccount(
  access: ScopedAccess,
  input: { unit: UnitInput; username: string; displayName: string },
): Promise<OneTimePasswordModel> {
  const unit = await accountUnit(access, input.unit);
  const username = checkUsername(input.username);
  const displayName = input.displayName.trim();
  if (!displayName) throw badInput("displayName", "请填写名称（使用人或科室）");
  const tooLong = displayNameProblem(displayName);
  if (tooLong) throw badInput("displayName", tooLong);
  assertUnitOpen(unit);
  if (await usernameInUse(access.db, username)) throw usernameTaken(username);
  const password = oneTimePassword(username);
  const passwordHash = await hash(password);
  try {
    const account = await access.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(users)
        .values({
          username,
          displayName,
          passwordHash,
          level: unit.level,
          districtId: unit.level === "district" ? unit.id : null,
          schoolId: unit.level === "school" ? unit.id : null,
          mustChangePassword: true,
          createdBy: access.viewer.userId,
        })
        .returning();
      await recordAudit(tx, {
        userId: access.viewer.userId,
        action: "user.create",
        entityType: "user",
        entityId: row!.id,
        ...auditUnit(row!, unit.school),
        after: { username, displayName, level: ORG_LEVEL_LABELS[unit.level], unit: unit.name },
      });
      return row!;
    });
    return { account, oneTimePassword: password };
  } catch (e) {
    if (isUniqueViolation(e)) throw usernameTaken(username);
    throw e;
  }
}

/**
 * 批量开通: one account per listed school, user name `s` + 学校标识码, display name the school's
 * name, each with a one-time password; a school whose user name is already in use (any case) is
 * skipped and listed. All in one transaction with one audit row (user.create) per account.
 * @returns the new accounts (by 学校标识码), the skipped schools, and the .xlsx 学校账号及初始密码.
 * @throws BAD_USER_INPUT field schoolIds (empty, over MAX_BATCH_SCHOOLS, a closed school);
 *   FORBIDDEN (any school outside the viewer's accounts.manage); CONFLICT reason STATE when
 *   another manager opened one of the same accounts at the same instant (nothing written).
 */
export async function createSchoolAccounts(
  access: ScopedAccess,
  schoolIds: readonly string[],
): Promise<{ created: OneTimePasswordModel[]; skipped: SchoolRow[]; file: ExcelFileModel }> {
  const ids = [...new Set(schoolIds)];
  if (!ids.length) throw badInput("schoolIds", "请选择要开通账号的学校");
  if (ids.length > MAX_BATCH_SCHOOLS) {
    throw badInput("schoolIds", `一次最多为 ${MAX_BATCH_SCHOOLS} 所学校开通账号，请分批操作`);
  }
  const units = await Promise.all(
    ids.map((id) => access.resolveUnit({ level: "school", id }, "accounts.manage")),
  );
  const list = units.map((u) => u.school!).sort((a, b) => a.code.localeCompare(b.code));
  const closed = list.find((s) => s.closedOn);
  if (closed) throw badInput("schoolIds", `${closed.name}已撤销，不能开通账号`);
  const wanted = list.map((s) => `s${s.code}`.toLowerCase());
  const taken = new Set(
    (
      await access.db
        .select({ name: sql<string>`lower(${users.username})` })
        .from(users)
        .where(inArray(sql`lower(${users.username})`, wanted))
    ).map((r) => r.name),
  );
  const skipped = list.filter((s) => taken.has(`s${s.code}`.toLowerCase()));
  const toCreate = list.filter((s) => !taken.has(`s${s.code}`.toLowerCase()));
  const prepared = await Promise.all(
    toCreate.map(async (school) => {
      const username = `s${school.code}`;
      const password = oneTimePassword(username);
      return { school, username, password, passwordHash: await hash(password) };
    }),
  );
  let accounts: UserRow[];
  try {
    accounts = await access.db.transaction(async (tx) => {
      if (!prepared.length) return [];
      const rows = await tx
        .insert(users)
        .values(
          prepared.map((p) => ({
            username: p.username,
            displayName: p.school.name,
            passwordHash: p.passwordHash,
            level: "school" as const,
            schoolId: p.school.id,
            mustChangePassword: true,
            createdBy: access.viewer.userId,
          })),
        )
        .returning();
      const byName = new Map(rows.map((r) => [r.username, r]));
      const ordered = prepared.map((p) => byName.get(p.username)!);
      await recordAudit(
        tx,
        ordered.map((row, i) => ({
          userId: access.viewer.userId,
          action: "user.create" as const,
          entityType: "user",
          entityId: row.id,
          districtId: prepared[i]!.school.districtId,
          schoolId: prepared[i]!.school.id,
          after: {
            username: row.username,
            displayName: row.displayName,
            level: ORG_LEVEL_LABELS.school,
            unit: prepared[i]!.school.name,
            via: "批量开通",
          },
        })),
      );
      return ordered;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw stateConflict("部分学校账号刚被他人开通，未保存：请刷新后重试");
    throw e;
  }
  const created = accounts.map((account, i) => ({ account, oneTimePassword: prepared[i]!.password }));
  const file = await accountSheet(
    prepared.map((p) => ({
      schoolCode: p.school.code,
      schoolName: p.school.name,
      username: p.username,
      oneTimePassword: p.password,
    })),
    beijingDate(access.now()),
  );
  return { created, skipped, file };
}

/** YYYY-MM-DD of an instant in Beijing time (UTC+8). */
function beijingDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Update an account if its version is still `version`; CONFLICT (reason VERSION) otherwise. */
async function updateAtVersion(
  tx: Tx,
  id: string,
  version: number,
  set: Partial<typeof users.$inferInsert>,
): Promise<UserRow> {
  const [row] = await tx
    .update(users)
    .set({ ...set, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning();
  if (!row) throw conflict("该账号");
  return row;
}

/**
 * 重置密码: a new one-time password (must_change_password set), the account unlocked
 * (its wrong-password counts at every address cleared, locked_until null) and every session of it ended; audited
 * (user.resetPassword, never the password). One transaction.
 * @returns the account after the reset and its one-time password (shown once).
 * One's own account is refused (修改密码 is for that: it asks for the current password).
 * @throws FORBIDDEN; NOT_FOUND (city viewer, unknown id); BAD_USER_INPUT field id (own account);
 *   CONFLICT reason VERSION (changed since read).
 */
export async function resetPassword(
  access: ScopedAccess,
  input: { id: string; version: number },
  /** ID_HASH_KEY: the account's throttling key is keyed by it (throttle.ts). */
  env: { ID_HASH_KEY: string },
): Promise<OneTimePasswordModel> {
  // before the policy: a district may not manage district accounts, its own included
  if (input.id === access.viewer.userId) throw badInput("id", "请使用“修改密码”修改自己的密码");
  const { account, school } = await managedAccount(access, input.id);
  const password = oneTimePassword(account.username);
  const passwordHash = await hash(password);
  const row = await access.db.transaction(async (tx) => {
    const after = await updateAtVersion(tx, account.id, input.version, {
      passwordHash,
      mustChangePassword: true,
      lockedUntil: null,
    });
    await clearAccountThrottle(tx, account.username, throttleSecret(env.ID_HASH_KEY));
    await tx.delete(sessions).where(eq(sessions.userId, account.id));
    await recordAudit(tx, {
      userId: access.viewer.userId,
      action: "user.resetPassword",
      entityType: "user",
      entityId: account.id,
      ...auditUnit(account, school),
      before: { username: account.username },
      after: { username: account.username, mustChangePassword: true },
    });
    return after;
  });
  return { account: row, oneTimePassword: password };
}

/**
 * 停用 / 启用 an account. Disabling ends its sessions at once; an account cannot disable itself;
 * an account of a closed school is re-enabled only while that school is still due (应报) in a
 * school year whose report is not approved (org `dueYearsNotApproved`: closed after a 统计时点,
 * its report of that year still to submit); else reopen the school first. Audited
 * (user.disable / user.enable). One transaction.
 * @returns the account after the change.
 * @throws FORBIDDEN; NOT_FOUND (city viewer); BAD_USER_INPUT field id (own account) or active (a
 *   closed school's account, the school due in no year whose report is not approved); CONFLICT
 *   reason VERSION.
 */
export async function setAccountActive(
  access: ScopedAccess,
  input: { id: string; version: number; active: boolean },
): Promise<UserRow> {
  const { account, school } = await managedAccount(access, input.id);
  if (!input.active && account.id === access.viewer.userId) {
    throw badInput("id", "不能停用自己正在使用的账号");
  }
  if (input.active && school?.closedOn && !(await dueYearsNotApproved(access.db, school)).length) {
    throw badInput("active", `${school.name}已撤销，且没有待报送或待审核的年报，不能启用其账号`);
  }
  return access.db.transaction(async (tx) => {
    const after = await updateAtVersion(tx, account.id, input.version, { active: input.active });
    if (!input.active) await tx.delete(sessions).where(eq(sessions.userId, account.id));
    await recordAudit(tx, {
      userId: access.viewer.userId,
      action: input.active ? "user.enable" : "user.disable",
      entityType: "user",
      entityId: account.id,
      ...auditUnit(account, school),
      before: { username: account.username, active: account.active },
      after: { username: account.username, active: input.active },
    });
    return after;
  });
}
