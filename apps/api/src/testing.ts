/**
 * Test helpers that exercise the API over HTTP as the apps do: a server on a free port, a
 * small GraphQL client with a bearer token, and login.
 */
import type { DbHandle } from "@edu2035/db";
import { DEMO_NOW, DEMO_TODAY } from "@edu2035/db/demo";
import pino from "pino";
import { readEnv } from "./env.ts";
import { type RunningApi, startApi } from "./server.ts";

/**
 * The instant every test runs at: the demo's own (DEMO_NOW, 2026-12-06 10:00 Beijing time, school
 * year 2026—2027 填报中), whatever the real date. The test API's clock is pinned to it (startApiOn,
 * startTestServer); a test reads the current school year and today from it, never from `new Date()`:
 * `schoolYearOf(TEST_NOW)` (2026), `TEST_TODAY` ("2026-12-06").
 */
export const TEST_NOW: Date = DEMO_NOW;

/** TEST_NOW as the Beijing date "YYYY-MM-DD" (2026-12-06: 02:00 UTC + 8 h; DEMO_TODAY). */
export const TEST_TODAY: string = DEMO_TODAY;

/** How far TEST_NOW lies from the system clock when this module loads (ms). */
const TEST_CLOCK_OFFSET = TEST_NOW.getTime() - Date.now();

/**
 * The test API's clock (AppDeps.now): TEST_NOW when the tests start, then running on at the real
 * pace (one submission after another is later, as the lateness tests need), whatever the real date.
 */
export const testClock = (): Date => new Date(Date.now() + TEST_CLOCK_OFFSET);

/** A running test API over a given database. */
export interface TestApi {
  url: string;
  origin: string;
  /** The API's clock when it started (TEST_NOW and the seconds since): browser tests pin Chromium's to it. */
  now: Date;
  close(): Promise<void>;
}

/**
 * Start the API over an open database handle (the caller owns the handle). `options.now` fixes the
 * API's clock (AppDeps.now) so a test's expected values do not depend on today's date; omitted,
 * the clock is {@link testClock} (TEST_NOW).
 */
export async function startApiOn(
  handle: DbHandle,
  options: { now?: () => Date } = {},
): Promise<RunningApi & { origin: string }> {
  const env = readEnv({ LOG_LEVEL: "silent" });
  const api = await startApi(
    {
      db: handle.db,
      readDb: handle.readDb,
      dbKind: handle.kind,
      env,
      log: pino({ level: "silent" }),
      now: options.now ?? testClock,
    },
    0,
  );
  return { ...api, origin: new URL(api.url).origin };
}

/**
 * Start the API on a fresh in-memory PGlite loaded with the Wuhai demo data as `pnpm start`
 * serves it — 2020—2024 published (v1), 2025 审核中, 2026 填报中 — for the apps' browser tests: a
 * clone of the cached published demo database (seconds; the first run after the migrations, the
 * demo generator or the API's sources change builds it, a minute or so).
 */
export async function startTestServer(): Promise<TestApi> {
  // a clone of the published demo database the test cache builds once (testing/publishedDemo.ts)
  const handle = await (await import("./testing/publishedDemo.ts")).openPublishedDemoPglite();
  const api = await startApiOn(handle);
  return {
    url: api.url,
    origin: api.origin,
    now: testClock(),
    async close() {
      await api.stop();
      await handle.close();
    },
  };
}

/** The JSON a GraphQL request answers. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; field?: string } }[];
}

/** POST one operation to the API, with a bearer token when given. Tests read `data` loosely. */
// biome-ignore lint/suspicious/noExplicitAny: test helper, responses are asserted field by field
export async function gql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLResponse<T>;
}

/** Log in through the API and return the token; throws with the API's message on failure. */
export async function loginAs(
  url: string,
  username: string,
  password: string,
  app: "CITY" | "DISTRICT" | "SCHOOL",
) {
  const r = await gql<{ login: { token: string } }>(
    url,
    `mutation($input: LoginInput!) { login(input: $input) { token } }`,
    { input: { username, password, app } },
  );
  if (!r.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(r.errors)}`);
  return r.data.login.token;
}
