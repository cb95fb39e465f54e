import { testBackends } from "@edu2035/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql } from "../../testing.ts";

const FIELDS =
  "id version code name type ownership inclusive ethnic urbanRuralCode miningArea teachingPoint openedOn";
const SCHOOLS = `query($d: ID) { schools(districtId: $d) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateSchoolInput!) { updateSchool(input: $input) { school { ${FIELDS} } } }`;

describe.each(testBackends())("普惠性 read and write on $name", (backend) => {
  let api: SmallCityApi<"city">;
  let ids: SmallCity;
  let city = "";

  beforeAll(async () => {
    api = await smallCityApi(backend, { logins: ["city"] });
    ({ ids } = api);
    city = api.tokens.city;
  }, 120_000);
  afterAll(() => api?.close());

  const read = async (id: string) => {
    const r = await gql(api.url, SCHOOLS, { d: ids.d1 }, city);
    expect(r.errors).toBeUndefined();
    return r.data?.schools.find((s: { id: string }) => s.id === id);
  };

  it("saves a public kindergarten sent back as read (inclusive: true), and reads it the same", async () => {
    const kg = await read(ids.k1);
    expect(kg).toMatchObject({
      name: "海勃湾区第一幼儿园",
      type: "KINDERGARTEN",
      ownership: "PUBLIC",
      inclusive: true,
    });
    const r = await gql(api.url, UPDATE, { input: { ...kg, name: "海勃湾区第一实验幼儿园" } }, city);
    expect(r.errors).toBeUndefined();
    expect(r.data?.updateSchool.school).toEqual({
      ...kg,
      name: "海勃湾区第一实验幼儿园",
      version: kg.version + 1,
    });
    expect(await read(ids.k1)).toEqual(r.data?.updateSchool.school);
  }, 60_000);

  it("still refuses 普惠性 on a primary school, naming the field", async () => {
    const p1 = await read(ids.p1);
    expect(p1).toMatchObject({ type: "PRIMARY", inclusive: false });
    const r = await gql(api.url, UPDATE, { input: { ...p1, inclusive: true } }, city);
    expect(r.errors?.[0]).toMatchObject({
      message: "普惠性只适用于民办幼儿园（公办幼儿园均为普惠性，其他学校不填）",
      extensions: { code: "BAD_USER_INPUT", field: "inclusive" },
    });
    expect(await read(ids.p1)).toEqual(p1);
  }, 60_000);
});
