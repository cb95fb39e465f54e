/**
 * A school year that has not begun is refused by every 指标 query (tester FIXES-A 3: the 指标总览
 * answered 2027 with values, B03 = 1), as the filing forms refuse one (assertYearNotAhead, one
 * check): BAD_USER_INPUT naming the field, "不能查询未来学年的指标（当前为2026—2027学年）". The
 * API's clock is TEST_NOW (2026-12-06: school year 2026). Through GraphQL on PGlite and PostgreSQL,
 * over fixtures/balanceCity.ts (a district account, 海勃湾区).
 */
import { testBackends } from "@edu2035/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BalanceCityApi, balanceCityApi } from "../../testing/balanceCityApi.ts";
import { gql } from "../../testing.ts";

const TABLE = `query($u: OrgUnitInput!, $f: Int!, $t: Int!, $y: Int!) {
  targetDashboardTable(unit: $u, fromYear: $f, toYear: $t, schoolYear: $y, targetIds: ["B03"]) {
    schoolYear targetIds } }`;
const DASHBOARD = `query($u: OrgUnitInput!, $f: Int!, $t: Int!) {
  targetDashboard(unit: $u, fromYear: $f, toYear: $t, targetIds: ["B03"]) { fromYear } }`;
const RESULTS = `query($u: OrgUnitInput!, $y: Int!) {
  targetResults(unit: $u, schoolYear: $y, targetIds: ["B03"]) { value } }`;
const EXPORT = `query($u: OrgUnitInput!, $y: Int!) {
  exportTargetDashboardExcel(unit: $u, schoolYear: $y) { filename } }`;

const MESSAGE = "不能查询未来学年的指标（当前为2026—2027学年）";

describe.each(testBackends())("指标 of a school year not begun on $name", (backend) => {
  let env: BalanceCityApi<"haibowan">;

  beforeAll(async () => {
    env = await balanceCityApi(backend, { logins: ["haibowan"] });
  });
  afterAll(async () => {
    await env?.close();
  });

  const refused = async (query: string, variables: Record<string, unknown>) => {
    const r = await gql(env.url, query, variables, env.tokens.haibowan);
    expect(r.data).toBeNull();
    const e = r.errors?.[0];
    return { code: e?.extensions?.code, field: e?.extensions?.field, message: e?.message };
  };

  it("refuses 2027 in the table, the dashboard, the results and the Excel, naming the field", async () => {
    const u = { level: "DISTRICT", id: env.ids.d1 };
    const bad = { code: "BAD_USER_INPUT", message: MESSAGE };
    expect(await refused(TABLE, { u, f: 2025, t: 2027, y: 2027 })).toEqual({ ...bad, field: "schoolYear" });
    expect(await refused(TABLE, { u, f: 2025, t: 2027, y: 2026 })).toEqual({ ...bad, field: "toYear" });
    expect(await refused(DASHBOARD, { u, f: 2027, t: 2028 })).toEqual({ ...bad, field: "fromYear" });
    expect(await refused(DASHBOARD, { u, f: 2025, t: 2027 })).toEqual({ ...bad, field: "toYear" });
    expect(await refused(RESULTS, { u, y: 2027 })).toEqual({ ...bad, field: "schoolYear" });
    expect(await refused(EXPORT, { u, y: 2027 })).toEqual({ ...bad, field: "schoolYear" });
  });

  it("answers the current school year (2026)", async () => {
    const r = await gql(
      env.url,
      TABLE,
      { u: { level: "DISTRICT", id: env.ids.d1 }, f: 2025, t: 2026, y: 2026 },
      env.tokens.haibowan,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.targetDashboardTable).toEqual({ schoolYear: 2026, targetIds: ["B03"] });
  });
});
