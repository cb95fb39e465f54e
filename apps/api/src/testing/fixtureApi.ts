/**
 * The steps every fixture API of the tests shares (smallCityApi.ts, balanceCityApi.ts): a fresh
 * database of the engine under test, the fixture's rows written into it (`load`), the API started
 * on it, the accounts logged in, and all of it closed in one call — or, when a step fails, closed
 * again before the error is thrown.
 */
import { type DbHandle, users } from "@edu2035/db";
import type { TestBackend } from "@edu2035/db/testing";
import { inArray } from "drizzle-orm";
import { loginAs, startApiOn } from "../testing.ts";

/** The app (LoginInput.app) an account of each level (用户层级) logs in to. */
const APP_OF_LEVEL = { city: "CITY", district: "DISTRICT", school: "SCHOOL" } as const;

/**
 * Whom to log in, in this order: user names (the token under the user name) or token key → user
 * name (e.g. `{ district: "haibowan" }`). Each logs in to the app of its account's level (city →
 * CITY, district → DISTRICT, school → SCHOOL); an account that is not there throws naming it.
 */
export type Logins<K extends string> = readonly K[] | Readonly<Record<K, string>>;

/** The running API over a fixture whose ids are `Ids`. */
export interface FixtureApi<Ids, K extends string = string> {
  /** The database (the test reads and writes rows through `handle.db`). */
  handle: DbHandle;
  /** The fixture's ids (what its `load` returned). */
  ids: Ids;
  /** The GraphQL endpoint, e.g. "http://127.0.0.1:41234/graphql". */
  url: string;
  /** The API's origin, e.g. "http://127.0.0.1:41234". */
  origin: string;
  /** Bearer tokens by key (see `Logins`). */
  tokens: Record<K, string>;
  /** Stop the API, then close the database (on PostgreSQL also dropping it). */
  close(): Promise<void>;
}

/**
 * Open a fresh database on `backend`, write the fixture into it (`load`, with the test's own rows),
 * start the API on it (clock `now`, default testClock) and log `logins` in with `password`.
 */
export async function openFixtureApi<Ids, K extends string>(
  backend: TestBackend,
  load: (handle: DbHandle) => Promise<Ids>,
  options: { now?: () => Date; logins?: Logins<K>; password: string },
): Promise<FixtureApi<Ids, K>> {
  const handle = await backend.open();
  let api: Awaited<ReturnType<typeof startApiOn>> | undefined;
  const close = async () => {
    await api?.stop();
    await handle.close();
  };
  try {
    const ids = await load(handle);
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
      if (!account) throw new Error(`fixture API: no account ${username} to log in`);
      tokens[key] = await loginAs(api.url, username, options.password, APP_OF_LEVEL[account.level]);
    }
    return { handle, ids, url: api.url, origin: api.origin, tokens, close };
  } catch (e) {
    await close();
    throw e;
  }
}
