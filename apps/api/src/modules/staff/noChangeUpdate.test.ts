import { testBackends } from "@edu2035/db/testing";
import { schoolYearOf } from "@edu2035/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql, TEST_NOW } from "../../testing.ts";

const MEMBER = "id name gender ethnicity role title trainingHours version";
const ADD = `mutation($input: AddStaffInput!) { addStaff(input: $input) { staff { ${MEMBER} } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $patch: StaffPatch!) { updateStaff(id: $id, version: $v, patch: $patch) { staff { ${MEMBER} } } }`;
const AUDIT = `query($f: AuditFilter!) { auditLog(filter: $f, pageSize: 100) { items { action entityId } } }`;

describe.each(testBackends())("updateStaff with nothing to change on $name", (backend) => {
  let api: SmallCityApi;
  let ids: SmallCity;
  let t: Record<string, string>;

  beforeAll(async () => {
    api = await smallCityApi(backend, { logins: ["p1", "haibowan"] });
    ({ ids, tokens: t } = api);
  }, 120_000);
  afterAll(() => api?.close());

  it("keeps the version and writes no audit row; the other editor then saves", async () => {
    expect(schoolYearOf(TEST_NOW)).toBe(2026);
    const added = await gql(
      api.url,
      ADD,
      {
        input: {
          schoolId: ids.p1,
          name: "李静",
          gender: "FEMALE",
          birthDate: "1988-06-01",
          ethnicity: "汉族",
          role: "TEACHER",
          fullTime: true,
          stage: "PRIMARY",
          subject: "CHINESE",
          education: "BACHELOR",
          title: "SECOND",
          trainingHours: 40,
        },
      },
      t.p1,
    );
    expect(added.errors).toBeUndefined();
    const record = added.data?.addStaff.staff;
    expect(record).toMatchObject({ name: "李静", title: "SECOND", trainingHours: 40, version: 1 });

    const empty = await gql(api.url, UPDATE, { id: record.id, v: 1, patch: {} }, t.p1);
    expect(empty.errors).toBeUndefined();
    expect(empty.data?.updateStaff.staff).toEqual(record);

    const same = await gql(
      api.url,
      UPDATE,
      { id: record.id, v: 1, patch: { name: "李静", title: "SECOND", trainingHours: 40, ethnicity: "汉族" } },
      t.p1,
    );
    expect(same.errors).toBeUndefined();
    expect(same.data?.updateStaff.staff).toEqual(record);

    const audit = await gql(api.url, AUDIT, { f: { schoolId: ids.p1 } }, t.haibowan);
    const mine = audit.data?.auditLog.items.filter((i: { entityId: string }) => i.entityId === record.id);
    expect(mine.map((i: { action: string }) => i.action)).toEqual(["staff.add"]);

    // the district, which read version 1 before, still saves its change
    const district = await gql(
      api.url,
      UPDATE,
      { id: record.id, v: 1, patch: { title: "FIRST" } },
      t.haibowan,
    );
    expect(district.errors).toBeUndefined();
    expect(district.data?.updateStaff.staff).toMatchObject({ title: "FIRST", version: 2 });
  }, 60_000);
});
