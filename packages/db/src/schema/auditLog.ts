import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Audit trail (操作日志): who changed what and when, with before and after values.
 * Written in the same transaction as the change it records.
 *
 * Append-only and without foreign keys (migration 0018): the trail must outlive what it names
 * and never change once written. `user_id`, `district_id` and `school_id` are the ids as they
 * were; a foreign key would check three parents for every row (half of the audit rows' cost in a
 * 3,000-row 花名册 import, issue 15), forbid ever removing a unit that has a history, and
 * `on delete set null` on the user would rewrite old entries. Nothing deletes an account, a
 * district or a school (they are disabled, closed or merged); the account's name is read by a
 * left join.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The account that made the change (users.id; no foreign key, see above). */
    userId: uuid(),
    /** e.g. "login", "staff.update", "report.submit". */
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    /** The unit concerned (districts.id, schools.id; no foreign keys, see above). */
    districtId: uuid(),
    schoolId: uuid(),
    before: jsonb(),
    after: jsonb(),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_entity_idx").on(t.entityType, t.entityId),
    index("audit_log_school_idx").on(t.schoolId),
    index("audit_log_district_idx").on(t.districtId),
  ],
);
