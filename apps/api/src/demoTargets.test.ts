/**
 * Over the Wuhai demo data: the city's 2025 results leave no measurable target of groups A and
 * B without a value or a stated reason, and none is "not computed yet". Through GraphQL as the
 * city app asks, on PGlite and (with DATABASE_URL) PostgreSQL.
 */
import type { DbHandle } from "@edu2035/db";
import { DEMO_PASSWORD } from "@edu2035/db/demo";
import { testBackends } from "@edu2035/db/testing";
import { PLAN_TARGETS } from "@edu2035/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gql, loginAs, startApiOn } from "./testing.ts";

describe.each(testBackends())("city targets over the demo data on $name", (backend) => {
  let h: DbHandle;
  let api: Awaited<ReturnType<typeof startApiOn>>;
  let token: string;

  beforeAll(async () => {
    h = await backend.openDemo(); // a clone of the demo database the test cache built once
    api = await startApiOn(h);
    token = await loginAs(api.url, "city", DEMO_PASSWORD, "CITY");
  });
  afterAll(async () => {
    await api?.stop();
    await h?.close();
  });

  it("gives every A/B target of the city a value or a reason in 2025", async () => {
    const r = await gql(
      api.url,
      `{ targetResults(unit: {level: CITY}, schoolYear: 2025) { target { id group } value reason status } }`,
      {},
      token,
    );
    expect(r.errors).toBeUndefined();
    const results = (r.data?.targetResults ?? []) as {
      target: { id: string; group: string };
      value: number | null;
      reason: string | null;
    }[];
    const cityAB = PLAN_TARGETS.filter((t) => t.group !== "C" && t.levels.includes("city")).map((t) => t.id);
    const got = new Map(results.map((x) => [x.target.id, x]));
    for (const id of cityAB) {
      const x = got.get(id);
      expect(x, id).toBeDefined();
      expect(x!.value !== null || (x!.reason ?? "").length > 0, `${id} has neither value nor reason`).toBe(
        true,
      );
      expect(x!.reason ?? "", id).not.toContain("尚未接入计算");
    }
    // the measured ones the demo is built to show
    expect(got.get("A04")).toMatchObject({ status: "MISSED" });
    expect(got.get("A04")!.value).toBeCloseTo(66.667, 2);
    expect(got.get("A04")!.reason).toContain("规划前后表述不一致");
    expect(got.get("B02")).toMatchObject({ value: 2, status: "MET" });
    expect(got.get("B36")).toMatchObject({ value: 14, status: "MISSED" });
  });
});
