import { sql } from "drizzle-orm";
import { check, pgTable, smallint, timestamp, uuid } from "drizzle-orm/pg-core";
import { timestamps, version } from "./_columns.ts";
import { users } from "./users.ts";

/**
 * The city's reporting period of each school year (填报期): when the annual reports open and
 * their deadline (截止时间), for the completeness and timeliness of reporting. Set by the city.
 */
export const reportingPeriods = pgTable(
  "reporting_periods",
  {
    /** Start year of the school year, e.g. 2025 for 2025—2026学年. */
    schoolYear: smallint().primaryKey(),
    /** When reporting opens (defaults to the 统计时点 1 September). */
    openedAt: timestamp({ withTimezone: true }),
    /** Deadline of the annual reports. */
    deadline: timestamp({ withTimezone: true }).notNull(),
    updatedBy: uuid().references(() => users.id),
    /** Optimistic concurrency: a change names the version it read (two editors never overwrite). */
    version: version(),
    ...timestamps,
  },
  (t) => [
    check("reporting_periods_year_ck", sql`${t.schoolYear} between 2000 and 2100`),
    check("reporting_periods_order_ck", sql`${t.openedAt} is null or ${t.openedAt} < ${t.deadline}`),
  ],
);
