import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Login throttling (登录失败处理), kept in the database so every API process sees one count.
 * One row per throttled key: an account (its lower-cased user name, whether or not the account
 * exists, so an unknown name is throttled exactly like a known one), a client address, or an
 * account at one address. `key` is the SHA-256 (hex) of "kind\0value": no user name or address
 * is stored in clear. `failures` counts attempts reserved in the current window (an attempt is
 * counted atomically BEFORE its password is checked, and given back when it succeeds), so
 * parallel attempts cannot pass the limit. `lastSuccessAt` (account-at-address rows only) marks
 * an address the account has logged in from: it keeps its access when the account as a whole is
 * under attack from elsewhere. See the API's `modules/auth/throttle.ts`.
 */
export const loginThrottle = pgTable(
  "login_throttle",
  {
    /** SHA-256 (hex) of "account\0name", "address\0ip" or "pair\0name\0ip". */
    key: text().primaryKey(),
    /** Pair rows: the key of their account's row, so a password reset can clear them all. */
    accountKey: text(),
    /** Attempts counted in the window starting at `windowStart` (failed or in flight). */
    failures: integer().notNull().default(0),
    windowStart: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Last successful login of the account from the address (pair rows only). */
    lastSuccessAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("login_throttle_window_idx").on(t.windowStart),
    index("login_throttle_account_idx").on(t.accountKey),
    check("login_throttle_key_ck", sql`${t.key} ~ '^[0-9a-f]{64}$'`),
    check("login_throttle_failures_ck", sql`${t.failures} >= 0`),
  ],
);
