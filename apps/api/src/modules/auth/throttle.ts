/**
 * Login throttling (登录失败处理, GB/T 22239—2019 asks it of an application's authentication), as
 * mature systems do it (OWASP Authentication Cheat Sheet): counted in PostgreSQL (table
 * `login_throttle`, so every API process sees one count; nothing in memory), per account, per
 * client address and per account at an address, with windows of WINDOW_MINUTES.
 *
 * - An attempt is counted BEFORE its password is checked, by one atomic upsert per key
 *   (`insert … on conflict do update … returning`): of 60 parallel wrong passwords at most
 *   PAIR_LIMIT reach argon2, the rest are refused at once. A successful login gives its
 *   reservation back.
 * - PAIR_LIMIT wrong passwords for one account from one address: that address may not try that
 *   account again until its window ends. The real user, at another address, is not stopped.
 * - ADDRESS_LIMIT attempts from one address, over any accounts (password spraying, or anonymous
 *   floods of argon2 checks that slow everyone): the address is refused for every account.
 * - ACCOUNT_LIMIT wrong passwords for one account from all addresses together (a distributed
 *   attack): until the window ends only addresses the account has logged in from within
 *   KNOWN_ADDRESS_DAYS may try a password, so a stranger cannot lock the real user out, and
 *   `users.locked_until` shows 账号管理 that the account is under attack.
 * - The counts are kept by user name, whether or not the account exists: an unknown user name is
 *   refused exactly like a known one (same message, same code, same field).
 * Keys are keyed hashes, HMAC-SHA256 (hex) of the kind and values under a key derived from
 * ID_HASH_KEY ({@link throttleSecret}), so no user name or address is stored in clear and a copy
 * of the database alone cannot find an address again by trying all 2³² IPv4 addresses (an
 * unkeyed SHA-256 could, in minutes). Changing ID_HASH_KEY starts every count afresh and forgets
 * the known addresses (README, Rotating ID_HASH_KEY).
 */
import { createHmac } from "node:crypto";
import { type Db, loginThrottle, type Tx, users } from "@edu2035/db";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { badInput } from "../../errors.ts";

/** Wrong passwords for one account from one address per window. */
export const PAIR_LIMIT = 5;
/** Attempts from one address per window, over all accounts (refused ones included). */
export const ADDRESS_LIMIT = 20;
/** Wrong passwords for one account from all addresses per window, before only known addresses may try. */
export const ACCOUNT_LIMIT = 50;
/** Length of a throttling window (minutes), counted from its first attempt. */
export const WINDOW_MINUTES = 15;
/** An address the account logged in from this recently stays usable while the account is under attack (days). */
export const KNOWN_ADDRESS_DAYS = 90;

/** The label whose HMAC under ID_HASH_KEY is the throttling key (changing it resets every count). */
const THROTTLE_KEY_LABEL = "edu2035 login throttle key v1";

/**
 * The key of the throttling hashes, derived from ID_HASH_KEY (the deployment's secret, which
 * production requires and the database never holds): HMAC-SHA256 of a fixed label, so the
 * 身份证号 hashes and these never share a key.
 */
export function throttleSecret(idHashKey: string): Buffer {
  return createHmac("sha256", idHashKey).update(THROTTLE_KEY_LABEL).digest();
}

/** HMAC-SHA256 (hex) under `secret` of the parts joined by NUL (a user name cannot contain NUL). */
function keyOf(secret: Buffer, ...parts: string[]): string {
  return createHmac("sha256", secret).update(parts.join("\0")).digest("hex");
}

/**
 * The throttling keys of a user name (case-insensitive, as login matches it) at an address.
 * @param secret {@link throttleSecret} of the process's ID_HASH_KEY.
 */
export function throttleKeys(username: string, address: string, secret: Buffer) {
  const name = username.trim().toLowerCase();
  const account = keyOf(secret, "account", name);
  return { account, address: keyOf(secret, "address", address), pair: keyOf(secret, "pair", name, address) };
}

/** The refusal of a throttled attempt: the same for every account, known or not. */
function throttled(minutes: number) {
  return badInput("password", `登录尝试过于频繁，请 ${Math.max(1, minutes)} 分钟后再试`);
}

/** One counted attempt: the count in the window (this one included), the window's minutes left. */
interface Reservation {
  failures: number;
  windowStart: Date;
  minutesLeft: number;
  lastSuccessAt: Date | null;
}

/**
 * Count one attempt on `key`, atomically: a row whose window has ended starts a new window at 1.
 * Every expression of the SET reads the row as it was, so both CASEs see the old window.
 */
async function reserve(db: Db, key: string, accountKey: string | null): Promise<Reservation> {
  const ended = sql`login_throttle.window_start <= now() - make_interval(mins => ${WINDOW_MINUTES})`;
  const [row] = await db
    .insert(loginThrottle)
    .values({ key, accountKey, failures: 1 })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`case when ${ended} then 1 else login_throttle.failures + 1 end`,
        windowStart: sql`case when ${ended} then now() else login_throttle.window_start end`,
      },
    })
    .returning({
      failures: loginThrottle.failures,
      windowStart: loginThrottle.windowStart,
      minutesLeft: sql<number>`ceil(extract(epoch from (${loginThrottle.windowStart} + make_interval(mins => ${WINDOW_MINUTES}) - now())) / 60)::int`,
      lastSuccessAt: loginThrottle.lastSuccessAt,
    });
  return {
    failures: row!.failures,
    windowStart: row!.windowStart,
    minutesLeft: Number(row!.minutesLeft),
    lastSuccessAt: row!.lastSuccessAt,
  };
}

/** Give back one reserved attempt of `key` (a successful login). */
async function release(db: Db, key: string): Promise<void> {
  await db
    .update(loginThrottle)
    .set({ failures: sql`greatest(login_throttle.failures - 1, 0)` })
    .where(eq(loginThrottle.key, key));
}

/**
 * Count a login attempt of `username` from `address` before its password is checked.
 * @returns the keys, to hand to {@link loginSucceeded} when the password was right.
 * @throws BAD_USER_INPUT field "password" "登录尝试过于频繁，请 N 分钟后再试" (N the minutes left of
 *   the window that refuses) when the address, the account at the address, or (for an address
 *   the account never logged in from) the account is over its limit; the same for an unknown
 *   user name.
 */
export async function beginLoginAttempt(
  db: Db,
  username: string,
  address: string,
  secret: Buffer,
): Promise<ReturnType<typeof throttleKeys>> {
  const keys = throttleKeys(username, address, secret);
  const byAddress = await reserve(db, keys.address, null);
  if (byAddress.failures > ADDRESS_LIMIT) throw throttled(byAddress.minutesLeft);
  const byPair = await reserve(db, keys.pair, keys.account);
  if (byPair.failures > PAIR_LIMIT) throw throttled(byPair.minutesLeft);
  const byAccount = await reserve(db, keys.account, null);
  if (byAccount.failures > ACCOUNT_LIMIT) {
    const known =
      byPair.lastSuccessAt !== null &&
      Date.now() - byPair.lastSuccessAt.getTime() < KNOWN_ADDRESS_DAYS * 24 * 3600_000;
    // shown in 账号管理 (已锁定) until the window ends: the account is under attack; its known
    // addresses still log in
    const until = new Date(byAccount.windowStart.getTime() + WINDOW_MINUTES * 60_000);
    await db
      .update(users)
      .set({ lockedUntil: until })
      .where(
        and(
          sql`lower(${users.username}) = ${username.trim().toLowerCase()}`,
          or(isNull(users.lockedUntil), lt(users.lockedUntil, until)),
        ),
      );
    if (!known) throw throttled(byAccount.minutesLeft);
  }
  return keys;
}

/**
 * The password was right: give back the attempt's reservations, clear the account's count at
 * the address and mark the address as one the account logs in from.
 */
export async function loginSucceeded(db: Db, keys: ReturnType<typeof throttleKeys>): Promise<void> {
  await release(db, keys.address);
  await release(db, keys.account);
  await db
    .update(loginThrottle)
    .set({ failures: 0, lastSuccessAt: sql`now()` })
    .where(eq(loginThrottle.key, keys.pair));
}

/**
 * Clear the wrong-password counts of an account at every address (重置密码 by an administrator):
 * the account-wide count and every pair count; the known addresses stay known.
 */
export async function clearAccountThrottle(db: Db | Tx, username: string, secret: Buffer): Promise<void> {
  const account = throttleKeys(username, "", secret).account;
  await db
    .update(loginThrottle)
    .set({ failures: 0 })
    .where(or(eq(loginThrottle.key, account), eq(loginThrottle.accountKey, account)));
}

/**
 * Remove throttling rows that no longer matter: the window has ended and the row marks no known
 * address (or one not used for KNOWN_ADDRESS_DAYS). Any process may run it at any time.
 */
export async function purgeLoginThrottle(db: Db): Promise<void> {
  await db
    .delete(loginThrottle)
    .where(
      and(
        sql`${loginThrottle.windowStart} <= now() - make_interval(mins => ${WINDOW_MINUTES})`,
        or(
          isNull(loginThrottle.lastSuccessAt),
          sql`${loginThrottle.lastSuccessAt} < now() - make_interval(days => ${KNOWN_ADDRESS_DAYS})`,
        ),
      ),
    );
}
