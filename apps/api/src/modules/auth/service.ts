/**
 * Login, sessions and logout. Sessions live in the database (table `sessions`), so any API
 * process can serve any request; the bearer token is stored only as its SHA-256.
 */
import { createHash, randomBytes } from "node:crypto";
import { type Db, schools, sessions, users } from "@edu2035/db";
import { ORG_LEVEL_LABELS, type OrgLevel, passwordProblem } from "@edu2035/domain";
import { hash, verify } from "@node-rs/argon2";
import { and, eq, gt, lt, ne, or, sql } from "drizzle-orm";
import type { Viewer } from "../../authz/viewer.ts";
import { badInput, unauthenticated, wrongApp } from "../../errors.ts";
import { preparedPerDb } from "../../lib/prepared.ts";
import { recordAudit } from "../audit/record.ts";
import { beginLoginAttempt, loginSucceeded, purgeLoginThrottle, throttleSecret } from "./throttle.ts";

/** An account as the API shows it. */
export interface UserModel {
  id: string;
  username: string;
  displayName: string;
}

/** SHA-256 (hex) of a bearer token: what the sessions table keys on. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const APP_LABELS: Record<OrgLevel, string> = { city: "市级平台", district: "区级平台", school: "学校平台" };

/** A verified argon2 hash to compare against when the user name is unknown (same cost, no user-name oracle). */
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$3HIUyRrhMhmtAhAMlRGf8w$aebpbkMiKzQ5T2Ib8h37aOtjhNHfvjgQf0/EXrz2KZU";

/** Session lifetimes (hours): idle (each use extends it) and absolute (from the login). */
export interface SessionLifetimes {
  ttlHours: number;
  maxHours: number;
}

/**
 * Check user name and password and open a session. The user name is matched case-insensitively
 * (Zhang3 and zhang3 are one account: the unique index is on lower(username)). Attempts are
 * throttled (throttle.ts) per account, per client address and per account at an address,
 * counted before the password is checked; known and unknown user names are answered alike.
 * An account on a one-time password logs in; its viewer has mustChangePassword and `access()`
 * refuses everything else until the password is changed. A successful login also purges
 * expired sessions and throttling rows.
 * @param clientAddress the request's client address (the socket's, or X-Forwarded-For's behind
 *   a TRUSTED_PROXY); null (not over HTTP) counts as one address "unknown".
 * @returns the bearer token (returned once, stored hashed) and its expiry (idle; never after
 *   the absolute lifetime).
 * @throws BAD_USER_INPUT (field "password") on a wrong user name or password — one message for
 *   both, "用户名或密码错误"; "登录尝试过于频繁，请 N 分钟后再试" (field "password") when throttled,
 *   for known and unknown user names alike; field "username" "账号已停用，请联系上级管理员" for a
 *   disabled (停用) account, only once the password was verified; WRONG_APP when the account's
 *   level is not the app's.
 */
export async function login(
  db: Db,
  input: { username: string; password: string; app: OrgLevel },
  lifetimes: SessionLifetimes,
  clientAddress: string | null,
  /** The process's ID_HASH_KEY: the throttling keys are keyed hashes under a key derived from it. */
  idHashKey: string,
): Promise<{ token: string; expiresAt: Date; viewer: Viewer }> {
  const username = input.username.trim();
  if (!username) throw badInput("username", "请输入用户名");
  if (!input.password) throw badInput("password", "请输入密码");
  // counted before anything is looked up or checked: parallel attempts cannot pass the limits
  const keys = await beginLoginAttempt(db, username, clientAddress ?? "unknown", throttleSecret(idHashKey));
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`)
    .limit(1);
  const ok = await verify(user?.passwordHash ?? DUMMY_HASH, input.password).catch(() => false);
  if (!user || !ok) throw badInput("password", "用户名或密码错误");
  await loginSucceeded(db, keys);
  // said only after the password was verified: it tells nothing to someone without it
  if (!user.active) throw badInput("username", "账号已停用，请联系上级管理员");
  if (user.level !== input.app) throw wrongApp(APP_LABELS[input.app]);

  const token = randomBytes(32).toString("base64url");
  const hours = Math.min(lifetimes.ttlHours, lifetimes.maxHours);
  const expiresAt = new Date(Date.now() + hours * 3600_000);
  const viewer = await viewerOfUser(db, user.id);
  if (!viewer) throw badInput("username", "账号配置不完整，请联系管理员");
  await db.transaction(async (tx) => {
    await tx.insert(sessions).values({ tokenHash: hashToken(token), userId: user.id, expiresAt });
    await tx.update(users).set({ lastLoginAt: new Date(), lockedUntil: null }).where(eq(users.id, user.id));
    await recordAudit(tx, {
      userId: user.id,
      action: "login",
      entityType: "user",
      entityId: user.id,
      districtId: user.districtId ?? (viewer.level === "school" ? viewer.districtId : null),
      schoolId: user.schoolId,
      after: { app: input.app, level: ORG_LEVEL_LABELS[user.level] },
    });
  });
  await purgeExpiredSessions(db, lifetimes.maxHours);
  await purgeLoginThrottle(db);
  return { token, expiresAt, viewer };
}

/** End the session of a token (idempotent): the token is refused from then on (logout revokes). */
export async function logout(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** Sliding expiry: a session used within its lifetime is extended, at most once a minute. */
const EXTEND_AFTER_MS = 60_000;

/** The session of a token hash with its account (one row, or none when unknown, expired or inactive). */
const sessionViewer = preparedPerDb((db) =>
  db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      level: users.level,
      districtId: users.districtId,
      schoolId: users.schoolId,
      schoolDistrictId: schools.districtId,
      mustChangePassword: users.mustChangePassword,
      // the sliding expiry is written at most once a minute, by the database's clock
      stale: sql<boolean>`${sessions.lastSeenAt} < now() - make_interval(secs => ${sql.raw(String(EXTEND_AFTER_MS / 1000))})`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(schools, eq(schools.id, users.schoolId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder("tokenHash")),
        gt(sessions.expiresAt, sql`now()`),
        gt(
          sql`${sessions.createdAt} + make_interval(secs => ${sql.placeholder("maxSeconds")}::double precision)`,
          sql`now()`,
        ),
        eq(users.active, true),
      ),
    )
    .limit(1)
    .prepare("session_viewer"),
);

/**
 * The viewer of a bearer token, or null when the token is unknown, expired (idle for
 * `ttlHours`, or older than `maxHours` however much it was used) or its account inactive.
 * Extends the session's idle expiry (sliding, never past created + maxHours), with a write at
 * most once a minute (by the database's clock, as the expiry itself).
 *
 * One statement per request (issue 15, per-request overhead): the session, its account and a
 * school account's district are read together by a statement prepared once per database
 * handle (lib/prepared.ts); the viewer is built from that row as `viewerOfUser` builds it.
 */
export async function viewerFromToken(
  db: Db,
  token: string,
  lifetimes: SessionLifetimes,
): Promise<Viewer | null> {
  const tokenHash = hashToken(token);
  const [row] = await sessionViewer(db).execute({ tokenHash, maxSeconds: lifetimes.maxHours * 3600 });
  if (!row) return null;
  if (row.stale) {
    const absoluteEnd = sql`${sessions.createdAt} + make_interval(secs => ${lifetimes.maxHours * 3600})`;
    await db
      .update(sessions)
      .set({
        lastSeenAt: sql`now()`,
        expiresAt: sql`least(now() + make_interval(secs => ${lifetimes.ttlHours * 3600}), ${absoluteEnd})`,
      })
      .where(eq(sessions.tokenHash, tokenHash));
  }
  return toViewer(row);
}

/**
 * Remove expired sessions (run after every successful login; any process may run it): those
 * idle past their expiry and those older than `maxHours` when given.
 */
export async function purgeExpiredSessions(db: Db, maxHours?: number): Promise<void> {
  await db
    .delete(sessions)
    .where(
      maxHours === undefined
        ? lt(sessions.expiresAt, sql`now()`)
        : or(
            lt(sessions.expiresAt, sql`now()`),
            lt(sessions.createdAt, sql`now() - make_interval(secs => ${maxHours * 3600})`),
          ),
    );
}

/**
 * Change one's own password (修改密码): the current password is checked here (the request needs
 * no `access()`, which an account on a one-time password is refused), the new one against the
 * policy (domain `passwordProblem`: length, letters and digits, not the user name, not common, not
 * the current one). Stores the argon2id hash, clears mustChangePassword, records
 * password_changed_at, bumps the version, ends every OTHER session of the account (the current
 * one, `token`, stays) and writes the audit row user.changePassword (no password, no hash), all
 * in one transaction.
 * @returns the viewer after the change (mustChangePassword false).
 * @throws UNAUTHENTICATED without a session; BAD_USER_INPUT field currentPassword (wrong) or
 *   newPassword (the rule it breaks).
 */
export async function changePassword(
  db: Db,
  viewer: Viewer | null,
  token: string | null,
  input: { currentPassword: string; newPassword: string },
): Promise<Viewer> {
  if (!viewer || !token) throw unauthenticated();
  const [user] = await db.select().from(users).where(eq(users.id, viewer.userId)).limit(1);
  if (!user) throw unauthenticated();
  if (!input.currentPassword) throw badInput("currentPassword", "请输入当前密码");
  const ok = await verify(user.passwordHash, input.currentPassword).catch(() => false);
  if (!ok) throw badInput("currentPassword", "当前密码不正确");
  const problem = passwordProblem(input.newPassword, {
    username: user.username,
    currentPassword: input.currentPassword,
  });
  if (problem) throw badInput("newPassword", problem);
  const passwordHash = await hash(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: sql`now()`,
        version: sql`${users.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(users.id, user.id));
    await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, user.id), ne(sessions.tokenHash, hashToken(token))));
    await recordAudit(tx, {
      userId: user.id,
      action: "user.changePassword",
      entityType: "user",
      entityId: user.id,
      districtId: viewer.level === "city" ? null : viewer.districtId,
      schoolId: viewer.level === "school" ? viewer.schoolId : null,
      before: { mustChangePassword: user.mustChangePassword },
      after: { username: user.username, mustChangePassword: false },
    });
  });
  const after = await viewerOfUser(db, user.id);
  if (!after) throw unauthenticated();
  return after;
}

/** An account's columns a viewer is built from (`schoolDistrictId`: a school account's school's district). */
interface ViewerColumns {
  id: string;
  username: string;
  displayName: string;
  level: OrgLevel;
  districtId: string | null;
  schoolId: string | null;
  schoolDistrictId: string | null;
  mustChangePassword: boolean;
}

/** Build the viewer of an account in one statement (a school account's district comes from its school). */
async function viewerOfUser(db: Db, userId: string): Promise<Viewer | null> {
  const [u] = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      level: users.level,
      districtId: users.districtId,
      schoolId: users.schoolId,
      schoolDistrictId: schools.districtId,
      mustChangePassword: users.mustChangePassword,
    })
    .from(users)
    .leftJoin(schools, eq(schools.id, users.schoolId))
    .where(eq(users.id, userId))
    .limit(1);
  return u ? toViewer(u) : null;
}

/** The viewer of an account's columns; null when its unit is missing (an account set up incompletely). */
function toViewer(u: ViewerColumns): Viewer | null {
  const base = {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    mustChangePassword: u.mustChangePassword,
  };
  if (u.level === "city") return { ...base, level: "city" };
  if (u.level === "district" && u.districtId) return { ...base, level: "district", districtId: u.districtId };
  if (u.level === "school" && u.schoolId && u.schoolDistrictId) {
    return { ...base, level: "school", districtId: u.schoolDistrictId, schoolId: u.schoolId };
  }
  return null;
}
