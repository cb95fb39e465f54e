/**
 * The API over the balance city (fixtures/balanceCity.ts, school year 2025: 海勃湾区 D1 with P1–P3
 * 小学, N1 九年一贯制, T1 教学点, X1 特殊教育, K1 幼儿园; 乌达区 D2 with Q1 (approved report) and Q2
 * (report only submitted)), set up and torn down in one call each, for the API tests that send
 * GraphQL as the apps do. Its accounts, all with BALANCE_PASSWORD: city (CITY), haibowan (D1) and
 * wuda (D2) (DISTRICT), p1 (SCHOOL).
 *
 * ```ts
 * let env: BalanceCityApi<"haibowan">;
 * beforeAll(async () => {
 *   env = await balanceCityApi(backend, { logins: ["haibowan"] });
 * });
 * afterAll(async () => {
 *   await env?.close();
 * });
 * // env.ids.d1, env.url, env.tokens.haibowan, env.handle.db
 * ```
 */
import type { DbHandle } from "@edu2035/db";
import type { TestBackend } from "@edu2035/db/testing";
import { BALANCE_PASSWORD, type BalanceCity, loadBalanceCity } from "../fixtures/balanceCity.ts";
import { type FixtureApi, type Logins, openFixtureApi } from "./fixtureApi.ts";

/** What to set up beside the balance city. */
export interface BalanceCityApiOptions<K extends string> {
  /** The API's clock (AppDeps.now); default testClock (TEST_NOW, running on). */
  now?: () => Date;
  /** The test's own rows, written after the balance city and before the API starts. */
  prepare?: (handle: DbHandle, ids: BalanceCity) => Promise<void>;
  /** Whom to log in with BALANCE_PASSWORD (see Logins: user names or token key → user name). */
  logins?: Logins<K>;
}

/** The running API over the balance city (ids: d1, d2 and p1–p3, n1, t1, x1, k1, q1, q2). */
export type BalanceCityApi<K extends string = string> = FixtureApi<BalanceCity, K>;

/**
 * Open a fresh database on `backend`, load the balance city (then `prepare`), start the API on it
 * and log `logins` in. Whatever was opened is closed again when a step fails; otherwise the caller
 * closes it all with `close()`.
 */
export async function balanceCityApi<K extends string = never>(
  backend: TestBackend,
  options: BalanceCityApiOptions<K> = {},
): Promise<BalanceCityApi<K>> {
  return openFixtureApi(
    backend,
    async (handle) => {
      const ids = await loadBalanceCity(handle.db);
      await options.prepare?.(handle, ids);
      return ids;
    },
    { now: options.now, logins: options.logins, password: BALANCE_PASSWORD },
  );
}
