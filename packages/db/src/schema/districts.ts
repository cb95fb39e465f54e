import { relations } from "drizzle-orm";
import { date, pgTable, smallint, text, uniqueIndex } from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./_columns.ts";
import { schools } from "./schools.ts";

/**
 * 区 (districts) of the city. `code` is the 6-digit 行政区划代码 (GB/T 2260). A district is
 * closed (`closedOn`, 撤销) only once none of its schools is open; its history stays.
 */
export const districts = pgTable(
  "districts",
  {
    id: id(),
    code: text().notNull(),
    name: text().notNull(),
    sortOrder: smallint().notNull().default(0),
    /** 撤销日期: the district no longer exists from this day (ISO date). */
    closedOn: date({ mode: "string" }),
    version: version(),
    ...timestamps,
  },
  (t) => [uniqueIndex("districts_code_uq").on(t.code)],
);

export const districtsRelations = relations(districts, ({ many }) => ({
  schools: many(schools),
}));
