/**
 * 机构管理 of the city record and its districts: edit the city (updateCity), create, edit and
 * close (撤销) districts. The city only (`city.write`, `org.manageDistricts`); one transaction
 * each, optimistic concurrency on `version`, unique codes and names named by field, an audit row
 * (city.update, district.create, district.update, district.close) with before/after.
 */
import { type CityRow, city, type DistrictRow, districts, type Tx } from "@edu2035/db";
import { and, eq, ne, sql } from "drizzle-orm";
import type { ScopedAccess } from "../../authz/access.ts";
import { isUniqueViolation } from "../../dbErrors.ts";
import { badInput, conflict, forbidden, notFound, stateConflict } from "../../errors.ts";
import { todayInBeijing } from "../../lib/dates.ts";
import { recordAudit } from "../audit/record.ts";
import { assertPastDate, openSchoolCount } from "./manage.ts";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Longest district name accepted (characters, trimmed). */
export const ORG_NAME_MAX = 30;
/** Longest 市名称 (characters, trimmed): updateCity and `pnpm admin init` alike. */
export const CITY_NAME_MAX = 20;
/** Longest 教育局名称 (characters, trimmed): updateCity and `pnpm admin init` alike. */
export const BUREAU_NAME_MAX = 40;

/** What is wrong with a 市名称 (trimmed) beyond being empty: too long; null when none. */
export function cityNameProblem(name: string): string | null {
  return name.trim().length > CITY_NAME_MAX ? `市名称不能超过 ${CITY_NAME_MAX} 个字` : null;
}

/** What is wrong with a 教育局名称 (trimmed) beyond being empty: too long; null when none. */
export function bureauNameProblem(name: string): string | null {
  return name.trim().length > BUREAU_NAME_MAX ? `教育局名称不能超过 ${BUREAU_NAME_MAX} 个字` : null;
}

/** Trimmed non-empty text of at most `max` characters, or BAD_USER_INPUT naming the field. */
function requiredText(field: string, label: string, value: string, max = ORG_NAME_MAX): string {
  const v = value.trim();
  if (!v) throw badInput(field, `请填写${label}`);
  if (v.length > max) throw badInput(field, `${label}不能超过 ${max} 个字`);
  return v;
}

function citySnapshot(c: CityRow): Record<string, unknown> {
  return { code: c.code, name: c.name, bureauName: c.bureauName, planId: c.planId, version: c.version };
}

function districtSnapshot(d: DistrictRow): Record<string, unknown> {
  return { code: d.code, name: d.name, sortOrder: d.sortOrder, closedOn: d.closedOn, version: d.version };
}

/**
 * Edit the city record (updateCity): 名称 (≤ CITY_NAME_MAX), 行政区划代码 (6 digits ending in 00; every district's
 * code must keep its first four digits), 教育局名称 (≤ BUREAU_NAME_MAX). The plan stays.
 * @throws FORBIDDEN (not the city); BAD_USER_INPUT (name, code, bureauName); CONFLICT (version);
 *   NOT_FOUND when the database has no city record.
 */
export async function updateCity(
  access: ScopedAccess,
  input: { name: string; code: string; bureauName: string; version: number },
): Promise<CityRow> {
  access.assertCan("city.write", { level: "city" });
  const name = requiredText("name", "市名称", input.name, CITY_NAME_MAX);
  const bureauName = requiredText("bureauName", "教育局名称", input.bureauName, BUREAU_NAME_MAX);
  const code = input.code.trim();
  if (!/^[1-9][0-9]{3}00$/.test(code)) {
    throw badInput("code", "市的行政区划代码应为 6 位数字且以 00 结尾，如 150300");
  }
  return access.db.transaction(async (tx) => {
    const [before] = await tx.select().from(city).for("update");
    if (!before) throw notFound("市信息");
    if (before.version !== input.version) throw conflict("市信息");
    const prefix = code.slice(0, 4);
    const [off] = await tx
      .select({ code: districts.code, name: districts.name })
      .from(districts)
      .where(sql`left(${districts.code}, 4) <> ${prefix}`)
      .limit(1);
    if (off) {
      throw badInput("code", `已有区“${off.name}”（${off.code}）的代码不以 ${prefix} 开头，不能改为 ${code}`);
    }
    const [after] = await tx
      .update(city)
      .set({ name, code, bureauName, version: before.version + 1, updatedAt: new Date() })
      .where(eq(city.version, before.version))
      .returning();
    if (!after) throw conflict("市信息");
    await recordAudit(tx, {
      userId: access.viewer.userId,
      action: "city.update",
      entityType: "city",
      entityId: after.code,
      districtId: null,
      schoolId: null,
      before: citySnapshot(before),
      after: citySnapshot(after),
    });
    return after;
  });
}

/** Check a district code (6 digits with the city's first four, not the city's own). */
async function checkDistrictCode(tx: Tx, value: string): Promise<string> {
  const code = value.trim();
  const [c] = await tx.select().from(city);
  if (!c) throw notFound("市信息");
  const prefix = c.code.slice(0, 4);
  if (!/^[0-9]{6}$/.test(code) || !code.startsWith(prefix) || code === c.code) {
    throw badInput("code", `区的行政区划代码应为 6 位数字，前四位为本市的 ${prefix}（如 ${prefix}02）`);
  }
  return code;
}

/** Refuse a code or name another district has (names compared trimmed, closed districts included). */
async function assertDistrictUnique(tx: Tx, code: string, name: string, exceptId?: string): Promise<void> {
  const others = await tx
    .select({ code: districts.code, name: districts.name })
    .from(districts)
    .where(exceptId ? ne(districts.id, exceptId) : undefined);
  const byCode = others.find((d) => d.code === code);
  if (byCode) throw badInput("code", `行政区划代码 ${code} 已被“${byCode.name}”使用`);
  if (others.some((d) => d.name === name)) throw badInput("name", `已有名为“${name}”的区`);
}

const districtCodeRace = () => badInput("code", "该行政区划代码已被使用（刚刚被登记），请核对后重试");

/**
 * Create a district (createDistrict, 新建区), ordered after the last one unless `sortOrder` is given.
 * @throws FORBIDDEN (not the city); BAD_USER_INPUT (code, name, sortOrder).
 */
export async function createDistrict(
  access: ScopedAccess,
  input: { code: string; name: string; sortOrder?: number | null },
): Promise<DistrictRow> {
  access.assertCan("org.manageDistricts", { level: "city" });
  const name = requiredText("name", "区名称", input.name);
  if (input.sortOrder != null && (input.sortOrder < 0 || input.sortOrder > 999)) {
    throw badInput("sortOrder", "排序号应为 0 至 999 的整数");
  }
  try {
    return await access.db.transaction(async (tx) => {
      // one creation at a time: the city row is the lock
      await tx.select().from(city).for("update");
      const code = await checkDistrictCode(tx, input.code);
      await assertDistrictUnique(tx, code, name);
      const [last] = await tx
        .select({ max: sql<number | null>`max(${districts.sortOrder})` })
        .from(districts);
      const sortOrder = input.sortOrder ?? Math.min(999, (last?.max ?? 0) + 1);
      const [row] = await tx.insert(districts).values({ code, name, sortOrder }).returning();
      await recordAudit(tx, {
        userId: access.viewer.userId,
        action: "district.create",
        entityType: "district",
        entityId: row!.id,
        districtId: row!.id,
        schoolId: null,
        before: null,
        after: districtSnapshot(row!),
      });
      return row!;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw districtCodeRace();
    throw e;
  }
}

/** The district, locked, after the policy allowed `org.manageDistricts` on it. */
async function lockDistrict(tx: Tx, access: ScopedAccess, id: string): Promise<DistrictRow> {
  const [row] = UUID_RE.test(id)
    ? await tx.select().from(districts).where(eq(districts.id, id)).for("update")
    : [];
  if (!row) {
    if (access.viewer.level === "city") throw notFound("区");
    throw forbidden();
  }
  access.assertCan("org.manageDistricts", { level: "district", districtId: row.id });
  return row;
}

async function saveDistrict(
  tx: Tx,
  access: ScopedAccess,
  before: DistrictRow,
  set: Partial<typeof districts.$inferInsert>,
  action: "district.update" | "district.close",
): Promise<DistrictRow> {
  const [after] = await tx
    .update(districts)
    .set({ ...set, version: before.version + 1, updatedAt: new Date() })
    .where(and(eq(districts.id, before.id), eq(districts.version, before.version)))
    .returning();
  if (!after) throw conflict("该区信息");
  await recordAudit(tx, {
    userId: access.viewer.userId,
    action,
    entityType: "district",
    entityId: before.id,
    districtId: before.id,
    schoolId: null,
    before: districtSnapshot(before),
    after: districtSnapshot(after),
  });
  return after;
}

/**
 * Edit a district's code, name and order (updateDistrict).
 * @throws FORBIDDEN; NOT_FOUND (city); BAD_USER_INPUT (code, name, sortOrder); CONFLICT (version).
 */
export async function updateDistrict(
  access: ScopedAccess,
  input: { id: string; version: number; code: string; name: string; sortOrder: number },
): Promise<DistrictRow> {
  const name = requiredText("name", "区名称", input.name);
  try {
    return await access.db.transaction(async (tx) => {
      const row = await lockDistrict(tx, access, input.id);
      if (row.version !== input.version) throw conflict("该区信息");
      if (input.sortOrder < 0 || input.sortOrder > 999)
        throw badInput("sortOrder", "排序号应为 0 至 999 的整数");
      const code = await checkDistrictCode(tx, input.code);
      await assertDistrictUnique(tx, code, name, row.id);
      return saveDistrict(tx, access, row, { code, name, sortOrder: input.sortOrder }, "district.update");
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw districtCodeRace();
    throw e;
  }
}

/**
 * Close a district (closeDistrict, 撤销) from `closedOn` (a real date from 1949-10-01, not after
 * today). Refused
 * (CONFLICT STATE) when it is already closed, or while any of its schools is open on that date or
 * later (not closed by then), naming how many.
 * @throws FORBIDDEN; NOT_FOUND (city); BAD_USER_INPUT (closedOn); CONFLICT (VERSION, STATE).
 */
export async function closeDistrict(
  access: ScopedAccess,
  input: { id: string; version: number; closedOn: string },
): Promise<DistrictRow> {
  return access.db.transaction(async (tx) => {
    const row = await lockDistrict(tx, access, input.id);
    if (row.closedOn !== null) throw stateConflict(`${row.name}已于 ${row.closedOn} 撤销，不能重复办理`);
    if (row.version !== input.version) throw conflict("该区信息");
    const closedOn = input.closedOn.trim();
    assertPastDate("closedOn", closedOn, "撤销日期", todayInBeijing(access.now()));
    const open = await openSchoolCount(tx, row.id, closedOn);
    if (open > 0) {
      throw stateConflict(`${row.name}在 ${closedOn} 仍有 ${open} 所学校在办，请先撤销或合并这些学校`);
    }
    return saveDistrict(tx, access, row, { closedOn }, "district.close");
  });
}
