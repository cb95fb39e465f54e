import { testBackends } from "@edu2035/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { type GraphQLResponse, gql } from "../../testing.ts";

const ROSTER = `query($f: StaffFilter!) { staff(filter: $f, pageSize: 100) { total items { name roleLabel } } }`;

// biome-ignore lint/suspicious/noExplicitAny: test helper, as gql answers
const names = (r: GraphQLResponse<Record<string, any>>): string[] | undefined =>
  r.data?.staff.items.map((m: { name: string }) => m.name);

describe.each(testBackends())("the 教研室 roster filter on $name", (backend) => {
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let t: Record<string, string>;

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, { logins: ["city", "hainan", "p1"] });
    ({ ids, url, tokens: t } = smallCity);
  });
  afterAll(() => smallCity?.close());

  it("lists the city's own 教研室 for the city, without the districts' 教研员", async () => {
    const all = await gql(url, ROSTER, { f: { schoolYear: 2025, role: "RESEARCHER" } }, t.city);
    expect(names(all)?.sort()).toEqual(["己一", "庚一"].sort());
    const office = await gql(url, ROSTER, { f: { schoolYear: 2025, researchOffice: true } }, t.city);
    expect(office.errors).toBeUndefined();
    expect(office.data?.staff).toEqual({ total: 1, items: [{ name: "庚一", roleLabel: "教研员" }] });
  });

  it("lists a district's 教研室 without its schools, for the district and for the city", async () => {
    const own = await gql(url, ROSTER, { f: { schoolYear: 2025, researchOffice: true } }, t.hainan);
    expect(own.data?.staff).toEqual({ total: 1, items: [{ name: "己一", roleLabel: "教研员" }] });
    const named = await gql(
      url,
      ROSTER,
      { f: { schoolYear: 2025, districtId: ids.d2, researchOffice: true } },
      t.city,
    );
    expect(names(named)).toEqual(["己一"]);
    const whole = await gql(url, ROSTER, { f: { schoolYear: 2025 } }, t.hainan);
    expect(whole.data?.staff.total).toBe(8);
  });

  it("finds no 教研室 in a school, and keeps another district's out of reach", async () => {
    const school = await gql(url, ROSTER, { f: { schoolYear: 2025, researchOffice: true } }, t.p1);
    expect(school.data?.staff.total).toBe(0);
    const other = await gql(
      url,
      ROSTER,
      { f: { schoolYear: 2025, districtId: ids.d1, researchOffice: true } },
      t.hainan,
    );
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
