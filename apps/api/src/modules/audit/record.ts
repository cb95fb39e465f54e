/**
 * Writing the audit trail (操作日志): the one way the API inserts into audit_log, typed so that
 * every action is one of the domain's catalogue (`AUDIT_ACTIONS`, each with its Chinese label).
 * Callers pass their transaction, so the row is written with the change it records.
 */
import { auditLog, type Db, type Tx } from "@edu2035/db";
import type { AuditAction } from "@edu2035/domain";
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
