import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { districts } from "./districts.ts";
import { schools } from "./schools.ts";
import { users } from "./users.ts";

/**
 * Audit trail (操作日志): who changed what and when, with before and after values.
 * Written in the same transaction as the change it records.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** e.g. "login", "staff.update", "report.submit". */
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    districtId: uuid().references(() => districts.id),
    schoolId: uuid().references(() => schools.id),
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
