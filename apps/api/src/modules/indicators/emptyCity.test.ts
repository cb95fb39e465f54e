/**
 * A new production city before its first district (tester m7): `pnpm admin init` sets up the city
 * and its administrator only, and the 指标总览 then reads 无数据 (nothing reported yet) for every
 * target of the city, not 不适用 (which says a target does not concern the unit). Through GraphQL
 * as the city app asks it, on PGlite and (with DATABASE_URL) PostgreSQL, over an empty database.
 */
import type { DbHandle } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { schoolYearOf } from "@edu2035/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gql, loginAs, startApiOn, TEST_NOW } from "../../testing.ts";
import { initCity } from "../auth/accounts.ts";

const PASSWORD = "Qz7#mVt2-kLp9!xR";
const DASHBOARD = `query($y: Int!) { targetDashboard(unit: { level: CITY }, fromYear: $y, toYear: $y) {
  children { id } results { target { id } unit { level } status reason } } }`;

describe.each(testBackends())("a city with no district yet on $name", (backend) => {
  let h: DbHandle;
  let api: Awaited<ReturnType<typeof startApiOn>>;
  let token = "";

  beforeAll(async () => {
    h = await backend.open();
    await initCity(h.db, {
      city: { name: "乌海市", code: "150300" },
      username: "cityadmin",
      displayName: "市级管理员",
      password: PASSWORD,
      via: "测试 init",
    });
    api = await startApiOn(h);
    token = await loginAs(api.url, "cityadmin", PASSWORD, "CITY");
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    await h?.close();
  });

  it("reads every target of the city 无数据, none 不适用", async () => {
    const r = await gql(api.url, DASHBOARD, { y: schoolYearOf(TEST_NOW) - 1 }, token);
    expect(r.errors).toBeUndefined();
    const { children, results } = (r.data?.targetDashboard ?? {}) as {
      children: { id: string }[];
      results: { target: { id: string }; status: string; reason: string | null }[];
    };
    expect(children).toEqual([]);
    expect(results.length).toBeGreaterThan(40);
    expect(results.filter((x) => x.status === "NOT_APPLICABLE").map((x) => x.target.id)).toEqual([]);
    const a01 = results.find((x) => x.target.id === "A01");
    expect(a01).toMatchObject({ status: "NO_DATA" });
  });
});
