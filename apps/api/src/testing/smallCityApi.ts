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
import { eq } from "drizzle-orm";
import { FIXTURE_PASSWORD, loadSmallCity, type SmallCity } from "../fixtures/smallCity.ts";
import { type FixtureApi, type Logins, openFixtureApi } from "./fixtureApi.ts";

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
  /** Whom to log in with FIXTURE_PASSWORD (see Logins: user names or token key → user name). */
  logins?: Logins<K>;
}

/** The running API over the small city (ids: d1, d2 and p1, k1, v1, n2, k2). */
export type SmallCityApi<K extends string = string> = FixtureApi<SmallCity, K>;

/**
 * Open a fresh database on `backend`, load the small city (then `prepare`, then `accounts`), start the API on it and
 * log `logins` in. Whatever was opened is closed again when a step fails; otherwise the caller
 * closes it all with `close()` (in afterAll: `await env?.close()`).
 */
export async function smallCityApi<K extends string = never>(
  backend: TestBackend,
  options: SmallCityApiOptions<K> = {},
): Promise<SmallCityApi<K>> {
  return openFixtureApi(
    backend,
    async (handle) => {
      const ids = await loadSmallCity(handle.db, { schoolYear: options.schoolYear });
      await options.prepare?.(handle, ids);
      const extra = options.accounts?.(ids) ?? [];
      if (extra.length) {
        const [fixture] = await handle.db
          .select({ passwordHash: users.passwordHash })
          .from(users)
          .where(eq(users.username, "city"));
        await handle.db
          .insert(users)
          .values(extra.map((a) => ({ ...a, passwordHash: fixture!.passwordHash })));
      }
      return ids;
    },
    { now: options.now, logins: options.logins, password: FIXTURE_PASSWORD },
  );
}
