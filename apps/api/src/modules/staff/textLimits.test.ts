/**
 * The shared text limits (domain validation/text.ts) as the apps meet them, through GraphQL on
 * PGlite and (with DATABASE_URL) PostgreSQL (fixture: fixtures/smallCity.ts): a 花名册 search is a
 * name fragment of at most 60 characters; 100,000 characters (issue 11: 11 s as city) are
 * refused before any statement, BAD_USER_INPUT naming filter.search.
 */
import type { DbHandle } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { schoolYearOf, TEXT_LIMITS, textLengthIssue } from "@edu2035/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_PASSWORD, loadSmallCity } from "../../fixtures/smallCity.ts";
import { gql, loginAs, startApiOn, TEST_NOW } from "../../testing.ts";

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
  let h: DbHandle;
  let api: Awaited<ReturnType<typeof startApiOn>>;
  let city: string;

  beforeAll(async () => {
    h = await backend.open();
    await loadSmallCity(h.db);
    api = await startApiOn(h);
    city = await loginAs(api.url, "city", FIXTURE_PASSWORD, "CITY");
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    await h?.close();
  });

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
