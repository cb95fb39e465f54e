/**
 * The API over the small city (fixtures/smallCity.ts), set up and torn down in one call each, for
 * the API tests that send GraphQL as the apps do: a fresh database of the engine under test
 * (`TestBackend.open()` of `@edu2035/db/testing`), the small city loaded into it, the test's own
 * extra rows (`prepare`) and accounts (`accounts`), the API started on it (startApiOn: clock
 * pinned to TEST_NOW unless `now` is given), and the accounts logged in one after another, each in
 * the app of its level.
 */
import { type DbHandle, users } from "@edu2035/db";
import type { TestBackend } from "@edu2035/db/testing";
import { eq, inArray } from "drizzle-orm";
import { FIXTURE_PASSWORD, loadSmallCity, type SmallCity } from "../fixtures/smallCity.ts";
import { loginAs, startApiOn } from "../testing.ts";

/** The app (LoginInput.app) an account of each level (用户层级) logs in to. */
const APP_OF_LEVEL = { city: "CITY", district: "DISTRICT", school: "SCHOOL" } as const;

/** What to set up beside the small city. */
export interface SmallCityApiOptions<K extends string> {
  /** The year of the fixture's rosters and reports (loadSmallCity; default 2025, 2025—2026学年). */
  schoolYear?: number;
  /** The API's clock (AppDeps.now); default testClock (TEST_NOW, running on). */
  now?: () => Date;
  /**
   * The test's own rows, written after the small city and before the API starts (more schools,
   * accounts with FIXTURE_PASSWORD, reports, submission times …).
   */
  prepare?: (handle: DbHandle, ids: SmallCity) => Promise<void>;
  /**
   * Accounts (用户) of the test's own, written after `prepare` (so they may name its schools) with
   * FIXTURE_PASSWORD (the hash of the fixture's city account, no new argon2 hash): e.g.
   * `(ids) => [{ username: "k2", displayName: "海南区第二幼儿园", level: "school", schoolId: ids.k2 }]`.
   */
  accounts?: (ids: SmallCity) => Omit<typeof users.$inferInsert, "passwordHash">[];
  /**
   * Whom to log in with FIXTURE_PASSWORD, in this order: user names (the token under the user
   * name) or token key → user name (e.g. `{ district: "haibowan" }`). Each logs in to the app of
   * its account's level (city → CITY, district → DISTRICT, school → SCHOOL); an account that is
   * not there throws naming it.
   */
  logins?: readonly K[] | Readonly<Record<K, string>>;
}

/** The running API over the small city. */
export interface SmallCityApi<K extends string = string> {
  /** The database (the test reads and writes rows through `handle.db`). */
  handle: DbHandle;
  /** The small city's ids: d1, d2 and p1, k1, v1, n2, k2. */
  ids: SmallCity;
  /** The GraphQL endpoint, e.g. "http://127.0.0.1:41234/graphql". */
  url: string;
  /** The API's origin, e.g. "http://127.0.0.1:41234". */
  origin: string;
  /** Bearer tokens by key (see `logins`). */
  tokens: Record<K, string>;
  /** Stop the API, then close the database (on PostgreSQL also dropping it). */
  close(): Promise<void>;
}

/**
 * Open a fresh database on `backend`, load the small city (then `prepare`, then `accounts`), start the API on it and
 * log `logins` in. Whatever was opened is closed again when a step fails; otherwise the caller
 * closes it all with `close()` (in afterAll: `await env?.close()`).
 */
export async function smallCityApi<K extends string = never>(
  backend: TestBackend,
  options: SmallCityApiOptions<K> = {},
): Promise<SmallCityApi<K>> {
  const handle = await backend.open();
  let api: Awaited<ReturnType<typeof startApiOn>> | undefined;
  const close = async () => {
    await api?.stop();
    await handle.close();
  };
  try {
    const ids = await loadSmallCity(handle.db, { schoolYear: options.schoolYear });
    await options.prepare?.(handle, ids);
    const extra = options.accounts?.(ids) ?? [];
    if (extra.length) {
      const [fixture] = await handle.db
        .select({ passwordHash: users.passwordHash })
        .from(users)
        .where(eq(users.username, "city"));
      await handle.db.insert(users).values(extra.map((a) => ({ ...a, passwordHash: fixture!.passwordHash })));
    }
    api = await startApiOn(handle, { now: options.now });
    const logins: [K, string][] = Array.isArray(options.logins)
      ? options.logins.map((u: K) => [u, u])
      : (Object.entries(options.logins ?? {}) as [K, string][]);
    const accounts = logins.length
      ? await handle.db
          .select({ username: users.username, level: users.level })
          .from(users)
          .where(
            inArray(
              users.username,
              logins.map(([, u]) => u),
            ),
          )
      : [];
    const tokens = {} as Record<K, string>;
    for (const [key, username] of logins) {
      const account = accounts.find((a) => a.username === username);
      if (!account) throw new Error(`smallCityApi: no account ${username} to log in`);
      tokens[key] = await loginAs(api.url, username, FIXTURE_PASSWORD, APP_OF_LEVEL[account.level]);
    }
    return { handle, ids, url: api.url, origin: api.origin, tokens, close };
  } catch (e) {
    await close();
    throw e;
  }
}
