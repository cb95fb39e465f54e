import { testBackends } from "@edu2035/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql } from "../../testing.ts";

const SAVE = `mutation($d: ID!, $input: DistrictInputsInput!) {
  saveDistrictInputs(districtId: $d, input: $input) {
    districtInputs { cohortGrade1Entrants cohortGrade9Completers version }
  }
}`;
const READ = `query($d: ID!, $y: Int!) {
  districtInputs(districtId: $d, schoolYear: $y) { cohortGrade1Entrants cohortGrade9Completers version }
}`;

/** 当年初中毕业生数 ≤ 1.2 × 九年前该届小学一年级入学人数 (domain COHORT_COMPLETION_MAX_RATIO). */
describe.each(testBackends())("区级数据填报: A02 巩固率's cohort figures on $name", (backend) => {
  let api: SmallCityApi<"hainan">;

  beforeAll(async () => {
    api = await smallCityApi(backend, { logins: ["hainan"] });
  }, 120_000);
  afterAll(() => api?.close());

  const read = async () => {
    const r = await gql(api.url, READ, { d: api.ids.d2, y: 2024 }, api.tokens.hainan);
    expect(r.errors).toBeUndefined();
    return r.data?.districtInputs;
  };

  it("refuses 500 completers of 100 entrants (A02 would read 500 %), naming the field, nothing written", async () => {
    const r = await gql(
      api.url,
      SAVE,
      { d: api.ids.d2, input: { schoolYear: 2024, cohortGrade1Entrants: 100, cohortGrade9Completers: 500 } },
      api.tokens.hainan,
    );
    const message = "当年初中毕业生数不能超过九年前该届小学一年级入学人数的1.2倍（巩固率不超过120%）";
    expect(r.errors?.[0]).toMatchObject({
      message,
      extensions: {
        code: "BAD_USER_INPUT",
        field: "cohortGrade9Completers",
        issues: [{ field: "cohortGrade9Completers", message }],
      },
    });
    expect(await read()).toBeNull();
  }, 60_000);

  it("keeps 120 of 100 (in-migration), and refuses an update to 121 against the stored entrants", async () => {
    const saved = await gql(
      api.url,
      SAVE,
      { d: api.ids.d2, input: { schoolYear: 2024, cohortGrade1Entrants: 100, cohortGrade9Completers: 120 } },
      api.tokens.hainan,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveDistrictInputs.districtInputs).toEqual({
      cohortGrade1Entrants: 100,
      cohortGrade9Completers: 120,
      version: 1,
    });
    const r = await gql(
      api.url,
      SAVE,
      { d: api.ids.d2, input: { schoolYear: 2024, cohortGrade9Completers: 121, version: 1 } },
      api.tokens.hainan,
    );
    expect(r.errors?.[0]).toMatchObject({
      message: "当年初中毕业生数不能超过九年前该届小学一年级入学人数（已填报100）的1.2倍（巩固率不超过120%）",
      extensions: { code: "BAD_USER_INPUT", field: "cohortGrade9Completers" },
    });
    expect(await read()).toEqual({ cohortGrade1Entrants: 100, cohortGrade9Completers: 120, version: 1 });
  }, 60_000);
});
