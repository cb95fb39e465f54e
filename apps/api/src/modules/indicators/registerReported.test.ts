/**
 * A register target (登记册: A04, B02, B03, B18, B20–B29, B36, B38) has a value only when its
 * register of the year is reported: an entry counted in the year, or the keeper's 确认本年度无此类
 * 事项 (register_confirmations). A tester's new production city with nothing entered read 16
 * targets as 0 with 1/1 份登记册, several 未达标 / 滞后于进度. Through GraphQL as the apps do, on
 * PGlite and PostgreSQL (fixture: the small city, which has no register entry), school year 2025.
 */
import { auditLog } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql } from "../../testing.ts";

const REGISTER_TARGETS = [
  "A04",
  "B02",
  "B03",
  "B18",
  "B20",
  "B21",
  "B22",
  "B23",
  "B24",
  "B25",
  "B26",
  "B27",
  "B28",
  "B29",
  "B36",
  "B38",
];
const RESULTS = `query($unit: OrgUnitInput!, $y: Int!, $ids: [ID!]) {
  targetResults(unit: $unit, schoolYear: $y, targetIds: $ids) {
    target { id } value unitsIncluded unitsMissing reason status coverage { label complete }
  }
}`;
const CREATE = `mutation($input: RegisterEntryInput!) { createRegisterEntry(input: $input) { entry { id } } }`;
const CONFIRM = `mutation($k: RegisterKind!, $y: Int!) {
  confirmRegisterEmpty(kind: $k, schoolYear: $y) { confirmation { kind schoolYear } } }`;
const WITHDRAW = `mutation($k: RegisterKind!, $y: Int!) {
  withdrawRegisterConfirmation(kind: $k, schoolYear: $y) { kind schoolYear } }`;
const LIST = `query($y: Int!) { registerConfirmations(schoolYear: $y) { kind kindLabel schoolYear } }`;

type Result = {
  target: { id: string };
  value: number | null;
  unitsIncluded: number;
  unitsMissing: number;
  reason: string | null;
  status: string;
  coverage: { label: string; complete: boolean };
};

describe.each(testBackends())("register targets of a year nothing was entered in, on $name", (backend) => {
  let api: SmallCityApi<"city" | "haibowan">;

  beforeAll(async () => {
    api = await smallCityApi(backend, { logins: ["city", "haibowan"] });
  }, 120_000);
  afterAll(() => api?.close());

  const results = async (ids: string[]) => {
    const r = await gql(api.url, RESULTS, { unit: { level: "CITY" }, y: 2025, ids }, api.tokens.city);
    expect(r.errors).toBeUndefined();
    return new Map<string, Result>(r.data?.targetResults.map((x: Result) => [x.target.id, x]));
  };

  it("gives no value, 0/1 份登记册 and 无数据 (never 0 未达标) to all 16 when nothing is entered", async () => {
    const got = await results(REGISTER_TARGETS);
    expect([...got.keys()].sort()).toEqual(REGISTER_TARGETS);
    for (const id of REGISTER_TARGETS)
      expect(got.get(id), id).toMatchObject({
        value: null,
        unitsIncluded: 0,
        unitsMissing: 1,
        reason: "本年度尚无登记，也未确认无此类事项",
        status: "NO_DATA",
        coverage: { label: "0/1 份登记册", complete: false },
      });
  }, 60_000);

  it("reads 0 once the keeper confirmed the register empty, and the entries once there are some", async () => {
    // a district may not confirm the city's register; the city may
    const denied = await gql(api.url, CONFIRM, { k: "SMART_BENCHMARK_SCHOOL", y: 2025 }, api.tokens.haibowan);
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const confirmed = await gql(api.url, CONFIRM, { k: "SMART_BENCHMARK_SCHOOL", y: 2025 }, api.tokens.city);
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data?.confirmRegisterEmpty.confirmation).toEqual({
      kind: "SMART_BENCHMARK_SCHOOL",
      schoolYear: 2025,
    });
    const entry = await gql(
      api.url,
      CREATE,
      { input: { kind: "MODEL_VOCATIONAL_MAJOR", name: "其他院校示范专业", quantity: 3, fromYear: 2024 } },
      api.tokens.city,
    );
    expect(entry.errors).toBeUndefined();
    const got = await results(["B36", "B20", "B21"]);
    // B36 智慧教育标杆学校 2025 ≥ 15 (框10): 0 of a confirmed register is 未达标, covered 1/1
    expect(got.get("B36")).toMatchObject({
      value: 0,
      unitsIncluded: 1,
      unitsMissing: 0,
      reason: null,
      status: "MISSED",
      coverage: { label: "1/1 份登记册", complete: true },
    });
    // B20 counts the entry's 3 majors; B21 (another kind, still empty, unconfirmed) stays 无数据
    expect(got.get("B20")).toMatchObject({ value: 3, unitsIncluded: 1, unitsMissing: 0 });
    expect(got.get("B21")).toMatchObject({ value: null, status: "NO_DATA", unitsMissing: 1 });
  }, 60_000);

  it("refuses a second confirmation and one of a register with entries, naming kind; withdraws, audited", async () => {
    const again = await gql(api.url, CONFIRM, { k: "SMART_BENCHMARK_SCHOOL", y: 2025 }, api.tokens.city);
    expect(again.errors?.[0]).toMatchObject({
      message: "2025—2026学年智慧教育标杆学校已确认本年度无此类事项",
      extensions: { code: "BAD_USER_INPUT", field: "kind" },
    });
    const kept = await gql(api.url, CONFIRM, { k: "MODEL_VOCATIONAL_MAJOR", y: 2025 }, api.tokens.city);
    expect(kept.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "kind" });
    const listed = await gql(api.url, LIST, { y: 2025 }, api.tokens.haibowan);
    expect(listed.data?.registerConfirmations).toEqual([
      { kind: "SMART_BENCHMARK_SCHOOL", kindLabel: "智慧教育标杆学校", schoolYear: 2025 },
    ]);

    const withdrawn = await gql(api.url, WITHDRAW, { k: "SMART_BENCHMARK_SCHOOL", y: 2025 }, api.tokens.city);
    expect(withdrawn.data?.withdrawRegisterConfirmation).toEqual({
      kind: "SMART_BENCHMARK_SCHOOL",
      schoolYear: 2025,
    });
    expect((await results(["B36"])).get("B36")).toMatchObject({ value: null, status: "NO_DATA" });
    const gone = await gql(api.url, WITHDRAW, { k: "SMART_BENCHMARK_SCHOOL", y: 2025 }, api.tokens.city);
    expect(gone.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const actions = (await api.handle.db.select({ action: auditLog.action }).from(auditLog))
      .map((a) => a.action)
      .filter((a) => a.startsWith("register.") && a.endsWith("_empty"));
    expect(actions.sort()).toEqual(["register.confirm_empty", "register.withdraw_empty"]);
  }, 60_000);
});
