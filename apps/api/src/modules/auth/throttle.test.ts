/**
 * Login throttling and sessions (issue 11, "Logins"), through GraphQL as the apps log in, on
 * PGlite and PostgreSQL. The API runs with TRUSTED_PROXY=127.0.0.1, so each request names its
 * client address in X-Forwarded-For (10.x.y.z below), as a reverse proxy in front of it would.
 * - 60 wrong passwords sent at once for one account from one address: exactly PAIR_LIMIT (5)
 *   are checked with argon2 ("用户名或密码错误"), the other 55 refused before it (throttled);
 * - an unknown user name is answered exactly like a known one: the same message, code and field
 *   for a wrong password and for the throttled answer;
 * - a stranger's wrong passwords from one address do not stop the real user at another; past
 *   ACCOUNT_LIMIT (50) wrong passwords from many addresses only an address the account has
 *   logged in from may still log in, and 账号管理 shows lockedUntil;
 * - ADDRESS_LIMIT (20) attempts from one address over 20 user names: the address is refused for
 *   every account, others are not;
 * - without TRUSTED_PROXY, X-Forwarded-For is ignored (a client cannot pick its address);
 * - a session ends after its absolute lifetime (SESSION_MAX_HOURS, 72) however much it is used,
 *   and its sliding expiry never passes it; expired sessions and stale throttling rows are
 *   purged at the next login; logout revokes the token at once;
 * - the rows' keys are HMACs under a key derived from ID_HASH_KEY, not plain SHA-256: a copy of
 *   the database does not give back the addresses by trying all 2³² of them.
 */
import { createHash } from "node:crypto";
import { type DbHandle, loginThrottle, sessions, users } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { eq, sql } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "../../env.ts";
import { FIXTURE_PASSWORD, loadSmallCity } from "../../fixtures/smallCity.ts";
import { type RunningApi, startApi } from "../../server.ts";
import { type GraphQLResponse, startApiOn } from "../../testing.ts";
import { hashToken } from "./service.ts";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, PAIR_LIMIT, throttleKeys, throttleSecret } from "./throttle.ts";

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { token expiresAt } }`;
const WRONG = "用户名或密码错误";
const THROTTLED = "登录尝试过于频繁，请 15 分钟后再试";

type App = "CITY" | "DISTRICT" | "SCHOOL";

describe("TRUSTED_PROXY and SESSION_MAX_HOURS in the environment", () => {
  it("reads addresses/CIDR ranges or a number of hops, refuses anything else", () => {
    expect(readEnv({}).TRUSTED_PROXY).toBeUndefined();
    expect(readEnv({ TRUSTED_PROXY: "127.0.0.1, 10.0.0.0/8" }).TRUSTED_PROXY).toBe("127.0.0.1,10.0.0.0/8");
    expect(readEnv({ TRUSTED_PROXY: "::1" }).TRUSTED_PROXY).toBe("::1");
    expect(readEnv({ TRUSTED_PROXY: "1" }).TRUSTED_PROXY).toBe(1);
    expect(() => readEnv({ TRUSTED_PROXY: "true" })).toThrow(/TRUSTED_PROXY/);
  });
  it("defaults to 12 idle and 72 absolute hours, and refuses an absolute lifetime shorter than the idle one", () => {
    expect(readEnv({})).toMatchObject({ SESSION_TTL_HOURS: 12, SESSION_MAX_HOURS: 72 });
    expect(() => readEnv({ SESSION_TTL_HOURS: "24", SESSION_MAX_HOURS: "8" })).toThrow(
      /SESSION_MAX_HOURS 不能小于 SESSION_TTL_HOURS/,
    );
  });
});

describe.each(testBackends())("login throttling and sessions on $name", (backend) => {
  let h: DbHandle;
  let api: RunningApi;
  let plain: RunningApi;

  /** POST one operation as if from `ip` (X-Forwarded-For), with a bearer token when given. */
  async function post(
    url: string,
    query: string,
    variables: object,
    ip?: string,
    token?: string,
    // biome-ignore lint/suspicious/noExplicitAny: test helper, responses are asserted field by field
  ): Promise<GraphQLResponse<any>> {
    const res = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(ip ? { "x-forwarded-for": ip } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphQLResponse;
  }
  const login = (username: string, password: string, app: App, ip: string) =>
    post(api.url, LOGIN, { i: { username, password, app } }, ip);
  /** The message, code and field of a refusal (null: logged in). */
  const refusal = (r: GraphQLResponse) => {
    const e = r.errors?.[0];
    return e ? { message: e.message, code: e.extensions?.code, field: e.extensions?.field } : null;
  };
  const throttledAnswer = { message: THROTTLED, code: "BAD_USER_INPUT", field: "password" };
  const wrongAnswer = { message: WRONG, code: "BAD_USER_INPUT", field: "password" };

  beforeAll(async () => {
    h = await backend.open();
    await loadSmallCity(h.db);
    const log = pino({ level: "silent" });
    const deps = { db: h.db, readDb: h.readDb, dbKind: h.kind, log };
    api = await startApi({ ...deps, env: readEnv({ LOG_LEVEL: "silent", TRUSTED_PROXY: "127.0.0.1" }) }, 0);
    plain = await startApiOn(h);
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    await plain?.stop();
    await h?.close();
  });

  it("checks at most PAIR_LIMIT of 60 wrong passwords sent at once; the real user at another address logs in", async () => {
    expect(PAIR_LIMIT).toBe(5);
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => login("city", `Wrong@${i}x2035`, "CITY", "10.0.0.1")),
    );
    const messages = answers.map((r) => refusal(r)?.message);
    // the five that reached argon2 answer "wrong"; the 55 counted past the limit never got there
    expect(messages.filter((m) => m === WRONG)).toHaveLength(5);
    expect(messages.filter((m) => m === THROTTLED)).toHaveLength(55);
    // the attacker's address stays refused, even with the right password
    expect(refusal(await login("city", FIXTURE_PASSWORD, "CITY", "10.0.0.1"))).toEqual(throttledAnswer);
    // the real user, elsewhere, is not locked out
    const real = await login("city", FIXTURE_PASSWORD, "CITY", "10.0.0.2");
    expect(refusal(real)).toBeNull();
    expect(real.data?.login.token).toMatch(/^[\w-]{43}$/);
    const [row] = await h.db.select().from(users).where(eq(users.username, "city"));
    expect(row!.lockedUntil).toBeNull();
  }, 120_000);

  it("stores keyed hashes of the user name and address: a database copy cannot try all IPv4 addresses", async () => {
    const before = new Set(
      (await h.db.select({ key: loginThrottle.key }).from(loginThrottle)).map((r) => r.key),
    );
    expect(refusal(await login("p1", "Wrong@2035x", "SCHOOL", "10.7.7.7"))).toEqual(wrongAnswer);
    const added = (await h.db.select({ key: loginThrottle.key }).from(loginThrottle))
      .map((r) => r.key)
      .filter((k) => !before.has(k))
      .sort();
    // HMAC-SHA256 under the key derived from the process's ID_HASH_KEY: account, address, pair
    const keys = throttleKeys("p1", "10.7.7.7", throttleSecret(readEnv({}).ID_HASH_KEY));
    expect(added).toEqual([keys.account, keys.address, keys.pair].sort());
    // not the unkeyed SHA-256 one could recompute from a guessed address or user name
    const sha = (...parts: string[]) => createHash("sha256").update(parts.join("\0")).digest("hex");
    expect(added).not.toContain(sha("address", "10.7.7.7"));
    expect(added).not.toContain(sha("account", "p1"));
    // another key, other hashes: without the key, the rows name no address
    expect(
      throttleKeys("p1", "10.7.7.7", throttleSecret("another-deployment-key-0123456789abcdef")).address,
    ).not.toBe(keys.address);
  });

  it("answers an unknown user name exactly like a known one: wrong, then throttled", async () => {
    const known: unknown[] = [];
    const unknown: unknown[] = [];
    for (let i = 0; i <= PAIR_LIMIT; i++) {
      known.push(refusal(await login("haibowan", "Wrong@2035x", "DISTRICT", "10.1.0.1")));
      unknown.push(refusal(await login("nosuchuser", "Wrong@2035x", "DISTRICT", "10.1.0.1")));
    }
    expect(known).toEqual([...Array(PAIR_LIMIT).fill(wrongAnswer), throttledAnswer]);
    expect(unknown).toEqual(known);
    // and the same whole GraphQL error (message, extensions; nothing else tells them apart)
    const a = await login("haibowan", FIXTURE_PASSWORD, "DISTRICT", "10.1.0.1");
    const b = await login("NoSuchUser", FIXTURE_PASSWORD, "DISTRICT", "10.1.0.1");
    expect(a.data).toBeNull();
    expect({ ...a.errors?.[0], path: undefined, locations: undefined }).toEqual({
      ...b.errors?.[0],
      path: undefined,
      locations: undefined,
    });
  }, 120_000);

  it("past ACCOUNT_LIMIT wrong passwords from many addresses, only an address the account logged in from may log in", async () => {
    expect(ACCOUNT_LIMIT).toBe(50);
    // the real user has logged in from 10.2.0.1 before the attack
    expect(refusal(await login("hainan", FIXTURE_PASSWORD, "DISTRICT", "10.2.0.1"))).toBeNull();
    // 50 wrong passwords from 10 addresses, 5 each (none of them throttled on its own)
    for (let a = 1; a <= 10; a++) {
      const round = await Promise.all(
        Array.from({ length: 5 }, () => login("hainan", "Wrong@2035x", "DISTRICT", `10.3.0.${a}`)),
      );
      expect(round.map(refusal)).toEqual(Array(5).fill(wrongAnswer));
    }
    // the 51st, from a fresh address, is refused before its password is checked
    expect(refusal(await login("hainan", "Wrong@2035x", "DISTRICT", "10.3.0.11"))).toEqual(throttledAnswer);
    // an address the account never logged in from is refused even with the right password …
    expect(refusal(await login("hainan", FIXTURE_PASSWORD, "DISTRICT", "10.4.0.1"))).toEqual(throttledAnswer);
    // … 账号管理 shows the account under attack (locked_until about 15 minutes ahead) …
    const [row] = await h.db.select().from(users).where(eq(users.username, "hainan"));
    const ahead = row!.lockedUntil!.getTime() - Date.now();
    expect(ahead).toBeGreaterThan(13 * 60_000);
    expect(ahead).toBeLessThanOrEqual(15 * 60_000);
    // … and the real user, from the address known to the account, logs in (clearing the mark)
    expect(refusal(await login("hainan", FIXTURE_PASSWORD, "DISTRICT", "10.2.0.1"))).toBeNull();
    const [after] = await h.db.select().from(users).where(eq(users.username, "hainan"));
    expect(after!.lockedUntil).toBeNull();
  }, 180_000);

  it("refuses an address after ADDRESS_LIMIT attempts over many accounts; other addresses log in", async () => {
    expect(ADDRESS_LIMIT).toBe(20);
    for (let i = 0; i < ADDRESS_LIMIT; i++) {
      expect(refusal(await login(`spray${i}`, "Wrong@2035x", "SCHOOL", "10.5.0.1"))).toEqual(wrongAnswer);
    }
    // a 21st user name, even with its right password: refused before argon2
    expect(refusal(await login("p1", FIXTURE_PASSWORD, "SCHOOL", "10.5.0.1"))).toEqual(throttledAnswer);
    expect(refusal(await login("p1", FIXTURE_PASSWORD, "SCHOOL", "10.5.0.2"))).toBeNull();
  }, 120_000);

  it("ignores X-Forwarded-For without TRUSTED_PROXY: the connection's address is counted", async () => {
    const attempt = (password: string, ip: string) =>
      post(plain.url, LOGIN, { i: { username: "n2", password, app: "SCHOOL" } }, ip);
    for (let i = 0; i < PAIR_LIMIT; i++)
      expect(refusal(await attempt("Wrong@2035x", `10.6.0.${i}`))).toEqual(wrongAnswer);
    expect(refusal(await attempt(FIXTURE_PASSWORD, "10.6.0.99"))).toEqual(throttledAnswer);
    // the window passed: the count starts again
    await h.db.update(loginThrottle).set({ windowStart: sql`now() - interval '16 minutes'` });
    expect(refusal(await attempt(FIXTURE_PASSWORD, "10.6.0.99"))).toBeNull();
  }, 120_000);

  it("ends a session after its absolute lifetime however much it is used; sliding never passes it", async () => {
    const token = (await login("p1", FIXTURE_PASSWORD, "SCHOOL", "10.7.0.1")).data!.login.token as string;
    const viewer = () => post(api.url, `{ viewer { user { username } } }`, {}, "10.7.0.1", token);
    expect((await viewer()).data?.viewer).toEqual({ user: { username: "p1" } });
    // 71 hours old, last used 2 minutes ago: it works, and the idle extension (12 h) stops at 72 h
    await h.db
      .update(sessions)
      .set({ createdAt: sql`now() - interval '71 hours'`, lastSeenAt: sql`now() - interval '2 minutes'` })
      .where(eq(sessions.tokenHash, hashToken(token)));
    expect((await viewer()).data?.viewer).toEqual({ user: { username: "p1" } });
    const [s] = await h.db
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, hashToken(token)));
    const left = s!.expiresAt.getTime() - s!.createdAt.getTime();
    expect(left).toBe(72 * 3600_000);
    // 73 hours old, used a minute ago, idle expiry still ahead: refused
    await h.db
      .update(sessions)
      .set({ createdAt: sql`now() - interval '73 hours'`, expiresAt: sql`now() + interval '11 hours'` })
      .where(eq(sessions.tokenHash, hashToken(token)));
    expect((await viewer()).data?.viewer).toBeNull();
    const refused = await post(api.url, `{ districts { id } }`, {}, "10.7.0.1", token);
    expect(refused.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  }, 120_000);

  it("purges expired sessions and stale throttling rows at the next login", async () => {
    const [p1] = await h.db.select().from(users).where(eq(users.username, "p1"));
    await h.db.insert(sessions).values([
      // idle past its expiry
      { tokenHash: "a".repeat(64), userId: p1!.id, expiresAt: new Date(Date.now() - 60_000) },
      // idle expiry ahead, but older than SESSION_MAX_HOURS
      {
        tokenHash: "b".repeat(64),
        userId: p1!.id,
        expiresAt: new Date(Date.now() + 3600_000),
        createdAt: new Date(Date.now() - 73 * 3600_000),
      },
      // alive
      { tokenHash: "c".repeat(64), userId: p1!.id, expiresAt: new Date(Date.now() + 3600_000) },
    ]);
    await h.db.insert(loginThrottle).values([
      // a window long over, no known address: gone
      { key: "1".repeat(64), failures: 3, windowStart: new Date(Date.now() - 20 * 60_000) },
      // a window long over, but a known address (logged in 10 days ago): kept
      {
        key: "2".repeat(64),
        failures: 0,
        windowStart: new Date(Date.now() - 20 * 60_000),
        lastSuccessAt: new Date(Date.now() - 10 * 24 * 3600_000),
      },
      // known 100 days ago: no longer known, gone
      {
        key: "3".repeat(64),
        failures: 0,
        windowStart: new Date(Date.now() - 20 * 60_000),
        lastSuccessAt: new Date(Date.now() - 100 * 24 * 3600_000),
      },
      // a window still running: kept
      { key: "4".repeat(64), failures: 2, windowStart: new Date(Date.now() - 60_000) },
    ]);
    expect(refusal(await login("p1", FIXTURE_PASSWORD, "SCHOOL", "10.8.0.1"))).toBeNull();
    const left = await h.db
      .select({ tokenHash: sessions.tokenHash })
      .from(sessions)
      .where(sql`${sessions.tokenHash} in (${"a".repeat(64)}, ${"b".repeat(64)}, ${"c".repeat(64)})`);
    expect(left.map((r) => r.tokenHash)).toEqual(["c".repeat(64)]);
    const rows = await h.db
      .select({ key: loginThrottle.key })
      .from(loginThrottle)
      .where(
        sql`${loginThrottle.key} in (${"1".repeat(64)}, ${"2".repeat(64)}, ${"3".repeat(64)}, ${"4".repeat(64)})`,
      )
      .orderBy(loginThrottle.key);
    expect(rows.map((r) => r.key)).toEqual(["2".repeat(64), "4".repeat(64)]);
    // no user name or address is stored in clear
    const all = await h.db.select().from(loginThrottle);
    expect(JSON.stringify(all)).not.toMatch(/p1|10\.8\.0\.1|hainan|city/);
  }, 120_000);

  it("logout revokes the token at once", async () => {
    const token = (await login("n2", FIXTURE_PASSWORD, "SCHOOL", "10.9.0.1")).data!.login.token as string;
    expect(
      (await post(api.url, `{ viewer { user { username } } }`, {}, "10.9.0.1", token)).data?.viewer,
    ).toEqual({
      user: { username: "n2" },
    });
    expect((await post(api.url, `mutation { logout { ok } }`, {}, "10.9.0.1", token)).data).toEqual({
      logout: { ok: true },
    });
    expect(
      await h.db
        .select()
        .from(sessions)
        .where(eq(sessions.tokenHash, hashToken(token))),
    ).toEqual([]);
    expect(
      (await post(api.url, `{ viewer { user { username } } }`, {}, "10.9.0.1", token)).data?.viewer,
    ).toBeNull();
    const refused = await post(api.url, `{ districts { id } }`, {}, "10.9.0.1", token);
    expect(refused.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  }, 60_000);
});
