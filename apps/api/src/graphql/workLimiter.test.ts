/**
 * The process's slots for expensive requests (workLimiter.ts): the limiter itself, then through
 * GraphQL over HTTP on PGlite and (with DATABASE_URL) PostgreSQL with one slot and no queue:
 * district dashboards over 2020–2035 sent at once (each expensive: ≥ EXPENSIVE_REQUEST_COST) run
 * one at a time, the ones that find the slot taken are refused at once with SERVER_BUSY (HTTP
 * 429, Retry-After: 5, a Chinese message), and a small query is never held up by them.
 */
import type { AddressInfo } from "node:net";
import type { DbHandle } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "../env.ts";
import { FIXTURE_PASSWORD, loadSmallCity, type SmallCity } from "../fixtures/smallCity.ts";
import { buildHttpApp } from "../http/app.ts";
import { createApolloServer } from "../server.ts";
import { type GraphQLResponse, loginAs } from "../testing.ts";
import { BUSY_RETRY_AFTER_SECONDS, WorkLimiter } from "./workLimiter.ts";

const BUSY_MESSAGE = "服务器繁忙：同时进行的大计算量查询（如指标总览）过多，请 5 秒后重试";

describe("the slots of the work limiter", () => {
  it("runs `concurrent` at once, queues `queue` more, refuses the rest at once", async () => {
    const limiter = new WorkLimiter({ concurrent: 1, queue: 1, waitMs: 60_000 });
    const first = await limiter.acquire();
    let secondRan = false;
    const second = limiter.acquire().then((release) => {
      secondRan = true;
      return release;
    });
    await expect(limiter.acquire()).rejects.toMatchObject({
      message: BUSY_MESSAGE,
      extensions: { code: "SERVER_BUSY", retryable: true, http: { status: 429 } },
    });
    expect(limiter.load).toEqual({ running: 1, waiting: 1 });
    expect(secondRan).toBe(false);
    first();
    first(); // a second call gives nothing back twice
    const release = await second;
    expect(secondRan).toBe(true);
    expect(limiter.load).toEqual({ running: 1, waiting: 0 });
    release();
    expect(limiter.load).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses a request that waited `waitMs` without a slot, and forgets it", async () => {
    const limiter = new WorkLimiter({ concurrent: 1, queue: 5, waitMs: 20 });
    const held = await limiter.acquire();
    const t0 = Date.now();
    await expect(limiter.acquire()).rejects.toMatchObject({ extensions: { code: "SERVER_BUSY" } });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(15);
    expect(limiter.load).toEqual({ running: 1, waiting: 0 });
    held();
    expect(limiter.load).toEqual({ running: 0, waiting: 0 });
  });
});

describe.each(testBackends())("expensive requests beyond the slots on $name", (backend) => {
  let h: DbHandle;
  let ids: SmallCity;
  let url: string;
  let close: () => Promise<void>;
  let district: string;

  beforeAll(async () => {
    h = await backend.open();
    ids = await loadSmallCity(h.db);
    const deps = {
      db: h.db,
      readDb: h.readDb,
      dbKind: h.kind,
      env: readEnv({ LOG_LEVEL: "silent" }),
      log: pino({ level: "silent" }),
    };
    const app = await buildHttpApp(
      deps,
      createApolloServer(deps, { workLimits: { concurrent: 1, queue: 0, waitMs: 60_000 } }),
    );
    await app.listen({ port: 0, host: "127.0.0.1" });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
    close = () => app.close();
    district = await loginAs(url, "haibowan", FIXTURE_PASSWORD, "DISTRICT");
  }, 120_000);
  afterAll(async () => {
    await close?.();
    await h?.close();
  });

  /** POST as 海勃湾区: the status, Retry-After and the answer. */
  async function post(query: string, variables: object = {}) {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${district}` },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: res.status,
      retryAfter: res.headers.get("retry-after"),
      ...((await res.json()) as GraphQLResponse),
    };
  }

  it("runs one dashboard at a time, refuses the others at once with SERVER_BUSY, lets a small query through", async () => {
    const DASHBOARD = `query($u: OrgUnitInput!) { targetDashboard(unit: $u, fromYear: 2011, toYear: 2026) { results { status } } }`;
    const dashboards = Array.from({ length: 4 }, () =>
      post(DASHBOARD, { u: { level: "DISTRICT", id: ids.d1 } }),
    );
    const small = await post(`{ schoolYears { startYear } }`);
    expect(small.errors).toBeUndefined();
    expect(small.status).toBe(200);
    const answers = await Promise.all(dashboards);
    const ran = answers.filter((a) => !a.errors);
    const refused = answers.filter((a) => a.errors);
    expect(ran.length).toBeGreaterThanOrEqual(1);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(ran.length + refused.length).toBe(4);
    for (const a of ran)
      expect((a.data?.targetDashboard as { results: unknown[] } | undefined)?.results.length).toBeGreaterThan(
        0,
      );
    for (const a of refused) {
      expect(a.status).toBe(429);
      expect(a.retryAfter).toBe(String(BUSY_RETRY_AFTER_SECONDS));
      expect(a.data).toBeUndefined();
      expect(a.errors).toHaveLength(1);
      expect(a.errors?.[0]?.message).toBe(BUSY_MESSAGE);
      expect(a.errors?.[0]?.extensions).toEqual({ code: "SERVER_BUSY", retryable: true });
    }
    // the slot was given back: the next dashboard runs
    const after = await post(DASHBOARD, { u: { level: "DISTRICT", id: ids.d1 } });
    expect(after.errors).toBeUndefined();
  }, 300_000);
});
