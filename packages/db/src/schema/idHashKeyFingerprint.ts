import { sql } from "drizzle-orm";
import { check, pgTable, smallint, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The fingerprint of the ID_HASH_KEY that this database's 身份证号 hashes (`people.id_number_hash`)
 * are made with: one row, written at the API's first start and compared at every later start,
 * so a process with another key refuses to start instead of silently never finding a duplicate.
 * The key itself is never stored: `fingerprint` is the HMAC-SHA256 (hex, 64 characters) of a
 * fixed label under the key (see the API's `modules/staff/idHashKey.ts`).
 */
export const idHashKeyFingerprint = pgTable(
  "id_hash_key_fingerprint",
  {
    /** Always 1: the table holds at most one row. */
    singleton: smallint().primaryKey().default(1),
    fingerprint: text().notNull(),
    /** When the fingerprint was first recorded (the first start with this database). */
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("id_hash_key_fingerprint_singleton_ck", sql`${t.singleton} = 1`),
    check("id_hash_key_fingerprint_hex_ck", sql`${t.fingerprint} ~ '^[0-9a-f]{64}$'`),
  ],
);
