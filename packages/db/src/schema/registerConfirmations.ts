import { REGISTER_KINDS } from "@edu2035/domain";
import { relations, sql } from "drizzle-orm";
import { check, pgTable, smallint, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { id, sqlList } from "./_columns.ts";
import { users } from "./users.ts";

/**
 * 确认本年度无此类事项: the keeper of a register (the city, policy registers.write) confirms
 * that a register kind has no entry in a school year. A register of a year counts as reported
 * (its targets get a value, 0 included) only when it has an entry counted in the year or this
 * confirmation (DHIS2's "complete" mark of a data set); empty and unconfirmed, its targets have
 * no value (未填报). One row per (kind, school year): the registers are the city's, so the unit
 * is the city. Withdrawn by deleting the row while the year is open (audited both ways).
 */
export const registerConfirmations = pgTable(
  "register_confirmations",
  {
    id: id(),
    kind: text({ enum: REGISTER_KINDS }).notNull(),
    /** The school year confirmed empty (2025 = 2025—2026学年). */
    schoolYear: smallint().notNull(),
    confirmedBy: uuid().references(() => users.id),
    confirmedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("register_confirmations_kind_year_uq").on(t.kind, t.schoolYear),
    check("register_confirmations_kind_ck", sql.raw(`kind in (${sqlList(REGISTER_KINDS)})`)),
    check("register_confirmations_year_ck", sql`${t.schoolYear} between 2000 and 2100`),
  ],
);

export const registerConfirmationsRelations = relations(registerConfirmations, ({ one }) => ({
  confirmer: one(users, { fields: [registerConfirmations.confirmedBy], references: [users.id] }),
}));
