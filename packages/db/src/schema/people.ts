import { GENDERS } from "@edu2035/domain";
import { sql } from "drizzle-orm";
import { check, date, index, pgTable, text } from "drizzle-orm/pg-core";
import { id, sqlList, timestamps } from "./_columns.ts";

/**
 * The people behind staff records: identity that does not change from year to year.
 * The 居民身份证号 is never stored: only its keyed hash (HMAC-SHA256, for finding
 * duplicates) and its last four characters (for display, e.g. "**************123X").
 * A person row belongs to the records of the units that created it: a person transferred in
 * (调入) from a unit outside the receiver's scope gets a new row with the same hash, so the
 * sender's record never changes (apps/api/src/modules/staff/identity.ts). The hash is therefore
 * not unique; "one active record per 身份证号 and school year" is enforced under identity.ts's
 * lock.
 */
export const people = pgTable(
  "people",
  {
    id: id(),
    name: text().notNull(),
    gender: text({ enum: GENDERS }).notNull(),
    /** ISO date "YYYY-MM-DD". */
    birthDate: date({ mode: "string" }).notNull(),
    ethnicity: text().notNull().default("汉族"),
    idNumberHash: text(),
    idNumberTail: text(),
    ...timestamps,
  },
  (t) => [
    index("people_id_number_hash_idx").on(t.idNumberHash),
    check("people_gender_ck", sql.raw(`gender in (${sqlList(GENDERS)})`)),
    check("people_id_tail_ck", sql`${t.idNumberTail} is null or length(${t.idNumberTail}) = 4`),
  ],
);
