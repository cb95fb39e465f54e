import { testBackends } from "@edu2035/db/testing";
import { schoolYearOf, TEXT_LIMITS, textLengthIssue } from "@edu2035/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql, TEST_NOW } from "../../testing.ts";

const STAFF = `query($f: StaffFilter!) { staff(filter: $f) { total } }`;
const Y = schoolYearOf(TEST_NOW);

describe("the text limits", () => {
  it("fit each field's meaning and name the field", () => {
    expect(TEXT_LIMITS).toEqual({ personName: 40, search: 60, schoolName: 60, notes: 2000 });
    expect(textLengthIssue("filter.search", "搜索内容", "王".repeat(60), "search")).toBeNull();
    expect(textLengthIssue("filter.search", "搜索内容", null, "search")).toBeNull();
    expect(textLengthIssue("filter.search", "搜索内容", "王".repeat(61), "search")).toEqual({
      field: "filter.search",
      message: "搜索内容不能超过 60 个字",
    });
  });
});

describe.each(testBackends())("the 花名册 search length on $name", (backend) => {
  let api: SmallCityApi<"city">;
  let city: string;

  beforeAll(async () => {
    api = await smallCityApi(backend, { logins: ["city"] });
    city = api.tokens.city;
  }, 120_000);
  afterAll(() => api?.close());

  it("refuses a search of 100,000 characters, naming filter.search", async () => {
    const r = await gql(api.url, STAFF, { f: { schoolYear: Y, search: "王".repeat(100_000) } }, city);
    expect(r.data).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors?.[0]).toMatchObject({
      message: "搜索内容不能超过 60 个字",
      extensions: { code: "BAD_USER_INPUT", field: "filter.search" },
    });
  }, 60_000);

  it("runs a search of 60 characters", async () => {
    const r = await gql(api.url, STAFF, { f: { schoolYear: Y, search: "王".repeat(60) } }, city);
    expect(r.errors).toBeUndefined();
    expect(r.data?.staff.total).toBe(0);
  }, 60_000);
});
