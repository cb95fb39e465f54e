/**
 * The audit trail (操作日志) as the city and the districts read it: every change with who made
 * it, when, and the values before and after, scoped by the policy's `audit.read`. The actions
 * and their Chinese labels are the domain's catalogue (`AUDIT_ACTIONS`); rows are written
 * through ./record.ts.
 */
import { type AuditLogRow, auditLog, users } from "@edu2035/db";
import { isAuditAction, type UnitRef } from "@edu2035/domain";
import { and, desc, eq, gte, lt, type SQL, sql } from "drizzle-orm";
import type { ResolvedUnit, ScopedAccess } from "../../authz/access.ts";
import { badInput } from "../../errors.ts";

/** An audit row with the display name of its account. */
export interface AuditEntryModel extends AuditLogRow {
  userName: string | null;
}

/** Filter of an audit request. */
export interface AuditFilterInput {
  districtId?: string | null;
  schoolId?: string | null;
  userId?: string | null;
  from?: string | null;
  to?: string | null;
  action?: string | null;
}

/** Largest page of the audit trail. */
export const MAX_AUDIT_PAGE_SIZE = 200;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The unit an audit request is about: the narrowest named, or the viewer's own. */
async function auditUnit(access: ScopedAccess, filter: AuditFilterInput): Promise<ResolvedUnit> {
  if (filter.schoolId) return access.resolveUnit({ level: "school", id: filter.schoolId }, "audit.read");
  if (filter.districtId)
    return access.resolveUnit({ level: "district", id: filter.districtId }, "audit.read");
  const own = await access.ownUnit();
  access.assertCan("audit.read", own.ref);
  return own;
}

/**
 * One page of the audit trail of a unit, newest first, with the total in the same statement.
 * @throws FORBIDDEN (a school account; a unit outside the scope); BAD_USER_INPUT (page,
 *   pageSize, filter.userId, filter.action not in the catalogue, filter.to before filter.from).
 */
export async function auditPage(
  access: ScopedAccess,
  filter: AuditFilterInput,
  page: number,
  pageSize: number,
): Promise<{ items: AuditEntryModel[]; total: number; page: number; pageSize: number }> {
  if (!Number.isInteger(page) || page < 1) throw badInput("page", "页码应为不小于 1 的整数");
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_AUDIT_PAGE_SIZE) {
    throw badInput("pageSize", `每页条数应在 1 至 ${MAX_AUDIT_PAGE_SIZE} 之间`);
  }
  if (filter.userId && !UUID_RE.test(filter.userId)) throw badInput("filter.userId", "操作人编号格式不正确");
  if (filter.action && !isAuditAction(filter.action)) throw badInput("filter.action", "操作类型不在目录中");
  if (filter.from && filter.to && filter.to <= filter.from) {
    throw badInput("filter.to", "结束时间应晚于开始时间");
  }
  const unit = await auditUnit(access, filter);
  const conditions: (SQL | undefined)[] = [
    unit.level === "school"
      ? eq(auditLog.schoolId, unit.id as string)
      : unit.level === "district"
        ? eq(auditLog.districtId, unit.id as string)
        : undefined,
    filter.userId ? eq(auditLog.userId, filter.userId) : undefined,
    filter.from ? gte(auditLog.at, new Date(filter.from)) : undefined,
    filter.to ? lt(auditLog.at, new Date(filter.to)) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
  ];
  const rows = await access.readDb
    .select({
      a: auditLog,
      userName: users.displayName,
      total: sql<number>`cast(count(*) over () as integer)`,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  let total = rows[0]?.total ?? 0;
  if (!rows.length && page > 1) {
    const [r] = await access.readDb
      .select({ n: sql<number>`cast(count(*) as integer)` })
      .from(auditLog)
      .where(and(...conditions));
    total = r?.n ?? 0;
  }
  return {
    items: rows.map((r) => {
      const unitRef: UnitRef = r.a.schoolId
        ? { level: "school", districtId: r.a.districtId as string, schoolId: r.a.schoolId }
        : r.a.districtId
          ? { level: "district", districtId: r.a.districtId }
          : { level: "city" };
      const tail = access.allows("staff.readIdTail", unitRef);
      return {
        ...r.a,
        before: withoutPersonalData(r.a.before, tail),
        after: withoutPersonalData(r.a.after, tail),
        userName: r.userName,
      };
    }),
    total,
    page,
    pageSize,
  };
}

/**
 * A staff snapshot as a viewer may see it, never more than the roster gives: the birth date
 * only as its year (出生年份, as everywhere in the API), and the 身份证号's last four only for a
 * viewer who may read them on the record's unit (its school and district, never the city).
 */
export function withoutPersonalData(value: unknown, mayReadIdTail: boolean): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  const { birthDate, idNumberTail, ...rest } = value as Record<string, unknown>;
  const out: Record<string, unknown> = { ...rest };
  if (birthDate !== undefined) {
    out.birthYear = typeof birthDate === "string" ? Number(birthDate.slice(0, 4)) : null;
  }
  if (idNumberTail !== undefined && mayReadIdTail) out.idNumberTail = idNumberTail;
  return out;
}
