import { relations } from "drizzle-orm";
import { pgTable, smallint, text, uniqueIndex } from "drizzle-orm/pg-core";
import { id, timestamps } from "./_columns.ts";
import { schools } from "./schools.ts";

/** 区 (districts) of the city. `code` is the 6-digit 行政区划代码 (GB/T 2260). */
export const districts = pgTable(
  "districts",
  {
    id: id(),
    code: text().notNull(),
    name: text().notNull(),
    sortOrder: smallint().notNull().default(0),
    ...timestamps,
  },
  (t) => [uniqueIndex("districts_code_uq").on(t.code)],
);

export const districtsRelations = relations(districts, ({ many }) => ({
  schools: many(schools),
}));
