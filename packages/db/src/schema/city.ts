import { PLAN_IDS } from "@edu2035/domain";
import { sql } from "drizzle-orm";
import { check, pgTable, smallint, text } from "drizzle-orm/pg-core";
import { sqlList, timestamps, version } from "./_columns.ts";

/**
 * The city (市) this deployment serves: one row, written once by the first administrator
 * (`pnpm admin init`) or by the demo loader, edited by the city afterwards. Its `planId` binds
 * the plan whose targets the platform measures (today 《乌海教育现代化2035》).
 */
export const city = pgTable(
  "city",
  {
    singleton: smallint().primaryKey().default(1),
    /** 行政区划代码 (GB/T 2260), 6 digits ending in 00, e.g. 150300. */
    code: text().notNull(),
    /** e.g. 乌海市. */
    name: text().notNull(),
    /** The bureau's name, e.g. 乌海市教育局 (titles, documents). */
    bureauName: text().notNull(),
    /** The plan the city runs (domain PLAN_IDS). */
    planId: text({ enum: PLAN_IDS }).notNull(),
    version: version(),
    ...timestamps,
  },
  (t) => [
    check("city_singleton_ck", sql`${t.singleton} = 1`),
    check("city_code_ck", sql`${t.code} ~ '^[1-9][0-9]{3}00$'`),
    check("city_plan_ck", sql.raw(`plan_id in (${sqlList(PLAN_IDS)})`)),
  ],
);
