import { testBackends } from "@edu2035/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql } from "../../testing.ts";

const TARGETS = `query { planTargets(group: C) { id unit unitLabel } }`;

/** A tester read C7 网络多媒体教室 in 人/百生 in 规划指标 and 指标总览: one label per unit kind. */
describe.each(testBackends())("C targets' own unit labels on $name", (backend) => {
  let api: SmallCityApi<"city">;

  beforeAll(async () => {
    api = await smallCityApi(backend, { logins: ["city"] });
  }, 120_000);
  afterAll(() => api?.close());

  it("labels C7 in 间/百生 (rooms), C1–C3 in 人/百生 (teachers), as the 优质均衡 page", async () => {
    const r = await gql(api.url, TARGETS, {}, api.tokens.city);
    expect(r.errors).toBeUndefined();
    expect(r.data?.planTargets).toEqual([
      { id: "C1", unit: "per_100_students", unitLabel: "人/百生" },
      { id: "C2", unit: "per_100_students", unitLabel: "人/百生" },
      { id: "C3", unit: "per_100_students", unitLabel: "人/百生" },
      { id: "C4", unit: "m2_per_student", unitLabel: "平方米/生" },
      { id: "C5", unit: "m2_per_student", unitLabel: "平方米/生" },
      { id: "C6", unit: "yuan_per_student", unitLabel: "元/生" },
      { id: "C7", unit: "per_100_students", unitLabel: "间/百生" },
    ]);
  }, 60_000);
});
