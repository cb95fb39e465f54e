/**
 * Writing the audit trail (操作日志): the one way the API inserts into audit_log, typed so that
 * every action is one of the domain's catalogue (`AUDIT_ACTIONS`, each with its Chinese label).
 * Callers pass their transaction, so the row is written with the change it records.
 */
import { auditLog, type Db, type Tx } from "@edu2035/db";
import type { AuditAction } from "@edu2035/domain";
import { type SQL, sql } from "drizzle-orm";
import { bulkInsert } from "../../lib/bulkInsert.ts";

/**
 * One audit row to write: the audit_log columns, with `action` from the catalogue. `entityType`
 * is the kind of record (school_report, staff, user, reporting_period, city_inputs,
 * district_inputs, registers); `before`/`after` the values (null for a creation/deletion).
 */
export type AuditRecord = Omit<typeof auditLog.$inferInsert, "action" | "id" | "at"> & {
  action: AuditAction;
};

/**
 * Insert audit rows in the caller's transaction (or database handle); nothing for an empty list.
 * Any number of rows in one statement per 5,000 (lib/bulkInsert.ts: a 花名册 import writes one
 * row per person).
 */
export async function recordAudit(db: Tx | Db, rows: AuditRecord | readonly AuditRecord[]): Promise<void> {
  const list = Array.isArray(rows) ? (rows as readonly AuditRecord[]) : [rows as AuditRecord];
  await bulkInsert(db, auditLog, list);
}

/**
 * Audit rows made by PostgreSQL from rows the caller's transaction has just written, one per row
 * of `rows` and in its order: a select giving `entity_id`, `district_id`, `school_id`, `before`
 * and `after` (e.g. a join of the new records with their snapshot as `jsonb_build_object`). For
 * a 花名册 import of 3,000 people this replaces sending 3,000 snapshots (~2.8 MB of JSON, parsed
 * again by PostgreSQL) with one statement over rows it already has (issue 15).
 */
export async function recordAuditOf(
  db: Tx | Db,
  common: { userId: string | null; action: AuditAction; entityType: string },
  rows: SQL,
): Promise<void> {
  await db.execute(sql`insert into ${auditLog}
      (${sql.identifier("user_id")}, ${sql.identifier("action")}, ${sql.identifier("entity_type")},
       ${sql.identifier("entity_id")}, ${sql.identifier("district_id")}, ${sql.identifier("school_id")},
       ${sql.identifier("before")}, ${sql.identifier("after")})
    select ${common.userId}::uuid, ${common.action}, ${common.entityType},
      r.entity_id, r.district_id, r.school_id, r.before, r.after
    from (${rows}) as r`);
}
