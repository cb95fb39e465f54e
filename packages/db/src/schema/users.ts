import { ORG_LEVELS } from "@edu2035/domain";
import { relations, sql } from "drizzle-orm";
import { boolean, check, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, sqlList, timestamps, version } from "./_columns.ts";
import { districts } from "./districts.ts";
import { schools } from "./schools.ts";
import { sessions } from "./sessions.ts";

/**
 * Accounts (用户). `level` decides the viewer: a city account sees all districts, a district
 * account its district (`districtId`), a school account its school (`schoolId`).
 * Passwords are stored only as argon2id hashes. Several accounts may serve one unit.
 */
export const users = pgTable(
  "users",
  {
    id: id(),
    username: text().notNull(),
    displayName: text().notNull(),
    passwordHash: text().notNull(),
    level: text({ enum: ORG_LEVELS }).notNull(),
    districtId: uuid().references(() => districts.id, { onDelete: "restrict" }),
    schoolId: uuid().references(() => schools.id, { onDelete: "restrict" }),
    active: boolean().notNull().default(true),
    lastLoginAt: timestamp({ withTimezone: true }),
    /**
     * Under attack until this instant: wrong passwords for the account from many addresses passed
     * the account-wide limit, and until then only addresses the account has logged in from before
     * may try a password (the counts live in `login_throttle`; a reset of the password clears both).
     */
    lockedUntil: timestamp({ withTimezone: true }),
    /** A one-time password (new account or reset): it must be changed before anything else. */
    mustChangePassword: boolean().notNull().default(false),
    passwordChangedAt: timestamp({ withTimezone: true }),
    /** Who created the account (null: the demo loader or `pnpm admin`). */
    createdBy: uuid(),
    version: version(),
    ...timestamps,
  },
  (t) => [
    // user names are case-insensitive (Zhang3 and zhang3 are one account)
    uniqueIndex("users_username_uq").on(sql`lower(${t.username})`),
    check("users_level_ck", sql.raw(`level in (${sqlList(ORG_LEVELS)})`)),
    check(
      "users_scope_ck",
      sql`(${t.level} = 'city' and ${t.districtId} is null and ${t.schoolId} is null) or (${t.level} = 'district' and ${t.districtId} is not null and ${t.schoolId} is null) or (${t.level} = 'school' and ${t.schoolId} is not null)`,
    ),
  ],
);

export const usersRelations = relations(users, ({ many }) => ({
  sessions: many(sessions),
}));
