import { relations, sql } from "drizzle-orm";
import { check, index, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { id } from "./_columns.ts";
import { districts } from "./districts.ts";
import { schools } from "./schools.ts";
import { users } from "./users.ts";

/**
 * 补录 (backfill) windows: the city opens a past school year to a district (every school of it,
 * `schoolId` null) or to one school, until `closesAt` or until it closes the window itself
 * (`closedAt`). While a window is open its schools may enter or import their roster and file
 * their 年报 for that year, under the same checks and review as the current year.
 */
export const backfillWindows = pgTable(
  "backfill_windows",
  {
    id: id(),
    /** Start year of the school year opened, e.g. 2024 for 2024—2025学年. */
    schoolYear: smallint().notNull(),
    districtId: uuid()
      .notNull()
      .references(() => districts.id, { onDelete: "restrict" }),
    /** One school of the district; null: every school of the district. */
    schoolId: uuid().references(() => schools.id, { onDelete: "restrict" }),
    /** Why the year is opened (shown to the schools and in 操作日志). */
    reason: text().notNull(),
    opensAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The window's deadline. */
    closesAt: timestamp({ withTimezone: true }).notNull(),
    /** Closed early by the city; null while it runs to `closesAt`. */
    closedAt: timestamp({ withTimezone: true }),
    openedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    closedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("backfill_windows_year_idx").on(t.schoolYear),
    index("backfill_windows_district_idx").on(t.districtId),
    check("backfill_windows_year_ck", sql`${t.schoolYear} between 2000 and 2100`),
    check("backfill_windows_order_ck", sql`${t.opensAt} < ${t.closesAt}`),
  ],
);

export const backfillWindowsRelations = relations(backfillWindows, ({ one }) => ({
  district: one(districts, { fields: [backfillWindows.districtId], references: [districts.id] }),
  school: one(schools, { fields: [backfillWindows.schoolId], references: [schools.id] }),
}));
