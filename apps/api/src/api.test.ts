/**
 * The API through GraphQL over HTTP, as the apps call it, once per role, on PGlite and (with
 * DATABASE_URL) PostgreSQL. Expected values are worked out by hand in fixtures/smallCity.ts.
 */
import { type DbHandle, loginThrottle, users } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_PASSWORD, type SmallCity } from "./fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "./testing/smallCityApi.ts";
import { gql, loginAs } from "./testing.ts";

const RESULTS = `query($unit: OrgUnitInput!, $y: Int!, $ids: [ID!]) {
  targetResults(unit: $unit, schoolYear: $y, targetIds: $ids) {
    target { id } value numerator denominator unitsIncluded unitsMissing reason status statusLabel
    milestone { year value } requiredNow
  }
}`;
const STAFF = `query($f: StaffFilter!, $page: Int, $size: Int) {
  staff(filter: $f, page: $page, pageSize: $size) {
    total page pageSize items { name role idNumberMasked school { id name } district { name } birthYear age }
  }
}`;

type Result = {
  target: { id: string };
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  status: string;
  unitsIncluded: number;
  unitsMissing: number;
  reason: string | null;
};
const byId = (rs: Result[]) => Object.fromEntries(rs.map((r) => [r.target.id, r]));

describe.each(testBackends())("GraphQL API on $name", (backend) => {
  let h: DbHandle;
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, { logins: ["city", "hainan", "p1"] });
    ({ handle: h, ids, url, tokens } = smallCity);
  });
  afterAll(() => smallCity?.close());

  describe("login and sessions", () => {
    it("refuses a wrong password with a Chinese message on the password field", async () => {
      const r = await gql(
        url,
        `mutation { login(input: {username: "city", password: "nope", app: CITY}) { token } }`,
      );
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "password" });
      expect(r.errors?.[0]?.message).toBe("用户名或密码错误");
    });
    it("throttles an address after 5 wrong passwords for an account, in the database, for 15 minutes", async () => {
      const attempt = (password: string) =>
        gql(
          url,
          `mutation($p: String!) { login(input: {username: "haibowan", password: $p, app: DISTRICT}) { token } }`,
          { p: password },
        );
      for (let i = 0; i < 5; i++)
        expect((await attempt("nope")).errors?.[0]?.message).toBe("用户名或密码错误");
      const refused = await attempt(FIXTURE_PASSWORD);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "password" });
      expect(refused.errors?.[0]?.message).toBe("登录尝试过于频繁，请 15 分钟后再试");
      // once the window has passed, the right password opens a session and the count restarts
      await h.db.update(loginThrottle).set({ windowStart: new Date(Date.now() - 16 * 60_000) });
      expect((await attempt(FIXTURE_PASSWORD)).data?.login.token).toBeTruthy();
      const [after] = await h.db.select().from(users).where(eq(users.username, "haibowan"));
      expect(after).toMatchObject({ lockedUntil: null });
    });
    it("refuses a district account on the city app", async () => {
      const r = await gql(
        url,
        `mutation { login(input: {username: "hainan", password: "${FIXTURE_PASSWORD}", app: CITY}) { token } }`,
      );
      expect(r.errors?.[0]?.extensions?.code).toBe("WRONG_APP");
      expect(r.errors?.[0]?.message).toContain("市级平台");
    });
    it("returns the viewer and its unit at login", async () => {
      const r = await gql(
        url,
        `mutation { login(input: {username: "hainan", password: "${FIXTURE_PASSWORD}", app: DISTRICT}) {
          token viewer { level user { username displayName } orgUnit { level id name code } district { name } school { id } } } }`,
      );
      expect(r.data?.login.viewer).toEqual({
        level: "DISTRICT",
        user: { username: "hainan", displayName: "海南区教育局" },
        orgUnit: { level: "DISTRICT", id: ids.d2, name: "海南区", code: "150303" },
        district: { name: "海南区" },
        school: null,
      });
    });
    it("answers UNAUTHENTICATED without a token, and after logout", async () => {
      const anon = await gql(url, `{ districts { id } }`);
      expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      const token = await loginAs(url, "n2", FIXTURE_PASSWORD, "SCHOOL");
      expect((await gql(url, `{ viewer { level } }`, {}, token)).data).toEqual({
        viewer: { level: "SCHOOL" },
      });
      expect((await gql(url, `mutation { logout { ok } }`, {}, token)).data).toEqual({
        logout: { ok: true },
      });
      expect((await gql(url, `{ viewer { level } }`, {}, token)).data).toEqual({ viewer: null });
      const after = await gql(url, `{ schools { id } }`, {}, token);
      expect(after.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });
  });

  describe("city", () => {
    it("sees every district and school", async () => {
      const r = await gql(url, `{ districts { name schoolCount } schools { code } }`, {}, tokens.city);
      expect(r.data?.districts).toEqual([
        { name: "海勃湾区", schoolCount: 3 },
        { name: "海南区", schoolCount: 2 },
      ]);
      expect(r.data?.schools).toHaveLength(5);
    });
    it("computes the city's targets as ratios of sums", async () => {
      const r = await gql(url, RESULTS, { unit: { level: "CITY" }, y: 2025 }, tokens.city);
      const res = byId(r.data?.targetResults);
      expect(res.A08).toMatchObject({ numerator: 6, denominator: 9, unitsIncluded: 2 });
      expect(res.A08!.value).toBeCloseTo(66.667, 2);
      expect(res.A07).toMatchObject({ numerator: 4, denominator: 6 });
      expect(res.A07!.value).toBeCloseTo(66.667, 2);
      expect(res.A09).toMatchObject({ numerator: 2, denominator: 5, value: 40 });
      expect(res.B33).toMatchObject({ numerator: 1, denominator: 6 });
      expect(res.B33!.value).toBeCloseTo(16.667, 2);
      expect(res.B11).toMatchObject({ numerator: 920, denominator: 1000, value: 92, unitsIncluded: 2 });
      expect(res.B12).toMatchObject({ numerator: 350, denominator: 1000, value: 35 });
      // 2025 is a milestone year for A08 (≥95): 66.67 misses it
      expect(res.A08!.status).toBe("MISSED");
    });
    it("computes a district's and a school's values", async () => {
      const d2 = byId(
        (await gql(url, RESULTS, { unit: { level: "DISTRICT", id: ids.d2 }, y: 2025 }, tokens.city)).data
          ?.targetResults,
      );
      expect(d2.A08).toMatchObject({ numerator: 3, denominator: 5, value: 60 });
      expect(d2.A07).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
      expect(d2.B11).toMatchObject({ numerator: 540, denominator: 600, value: 90 });
      const p1 = byId(
        (
          await gql(
            url,
            RESULTS,
            { unit: { level: "SCHOOL", id: ids.p1 }, y: 2025, ids: ["A08", "B08", "B11"] },
            tokens.city,
          )
        ).data?.targetResults,
      );
      expect(p1.A08).toMatchObject({ numerator: 3, denominator: 4, value: 75 });
      expect(p1.B08).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
      expect(p1.B11).toMatchObject({ value: 95 });
    });
    it("puts the districts side by side with the city over years in one operation", async () => {
      const r = await gql(
        url,
        `query($u: OrgUnitInput!) { targetDashboard(unit: $u, fromYear: 2024, toYear: 2025, targetIds: ["A08", "B11"]) {
          unit { name } children { id name } results { unit { id level } schoolYear target { id } value numerator denominator status } } }`,
        { u: { level: "CITY" } },
        tokens.city,
      );
      const dash = r.data?.targetDashboard;
      expect(dash.children.map((c: { name: string }) => c.name)).toEqual(["海勃湾区", "海南区"]);
      // (city + 2 districts) × 2 years × 2 targets
      expect(dash.results).toHaveLength(12);
      const pick = (id: string | null, y: number, t: string) =>
        dash.results.find(
          (x: { unit: { id: string | null }; schoolYear: number; target: { id: string } }) =>
            x.unit.id === id && x.schoolYear === y && x.target.id === t,
        );
      expect(pick(ids.d1, 2025, "A08")).toMatchObject({ numerator: 3, denominator: 4, value: 75 });
      expect(pick(ids.d2, 2025, "A08")).toMatchObject({ numerator: 3, denominator: 5, value: 60 });
      expect(pick(null, 2025, "A08")).toMatchObject({ numerator: 6, denominator: 9 });
      expect(pick(ids.d2, 2025, "B11")).toMatchObject({ value: 90 });
      // the fixture has no 2024 roster: no value, and no zero pretending to be one
      expect(pick(ids.d1, 2024, "A08")).toMatchObject({ value: null, denominator: 0, status: "NO_DATA" });
    });
    it("breaks a district down by its schools only", async () => {
      const r = await gql(
        url,
        `query($u: OrgUnitInput!) { targetDashboard(unit: $u, fromYear: 2025, toYear: 2025, targetIds: ["A08"]) {
          children { name } results { unit { name } value } } }`,
        { u: { level: "DISTRICT", id: ids.d2 } },
        tokens.hainan,
      );
      expect(r.data?.targetDashboard.children).toEqual([
        { name: "海南区九年一贯制学校" },
        { name: "海南区第二幼儿园" },
      ]);
      expect(r.data?.targetDashboard.results).toEqual([
        { unit: { name: "海南区" }, value: 60 },
        { unit: { name: "海南区九年一贯制学校" }, value: 60 },
        { unit: { name: "海南区第二幼儿园" }, value: null },
      ]);
      const bad = await gql(
        url,
        `query { targetDashboard(unit: {level: CITY}, fromYear: 2025, toYear: 2020) { fromYear } }`,
        {},
        tokens.city,
      );
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "toYear" });
    });
    it("says why a value is missing rather than showing 0", async () => {
      const k2 = byId(
        (
          await gql(
            url,
            RESULTS,
            { unit: { level: "DISTRICT", id: ids.d2 }, y: 2025, ids: ["A09"] },
            tokens.city,
          )
        ).data?.targetResults,
      );
      // 海南区 has no 职业院校: A09 concerns none of its schools (0/0), 不适用 rather than 无数据
      expect(k2.A09).toMatchObject({ value: null, denominator: 0, status: "NOT_APPLICABLE" });
      expect(k2.A09!.reason).toBe("本单位没有该指标涉及的单位");
    });
    it("does not see identity-number tails", async () => {
      const r = await gql(
        url,
        STAFF,
        { f: { schoolYear: 2025, schoolId: ids.p1, search: "甲一" } },
        tokens.city,
      );
      expect(r.data?.staff.items).toEqual([expect.objectContaining({ name: "甲一", idNumberMasked: null })]);
    });
    it("answers NOT_FOUND for a school that does not exist", async () => {
      const r = await gql(
        url,
        `{ school(id: "00000000-0000-4000-8000-000000000000") { id } }`,
        {},
        tokens.city,
      );
      expect(r.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    });
  });

  describe("district (海南区)", () => {
    it("sees only its own district and schools", async () => {
      const r = await gql(url, `{ districts { name } schools { name } }`, {}, tokens.hainan);
      expect(r.data?.districts).toEqual([{ name: "海南区" }]);
      expect(r.data?.schools).toEqual([{ name: "海南区九年一贯制学校" }, { name: "海南区第二幼儿园" }]);
    });
    it("lists only its own staff, its 教研员 included, retired ones left out", async () => {
      const r = await gql(url, STAFF, { f: { schoolYear: 2025 }, size: 100 }, tokens.hainan);
      // N2: 5 active (丁六 retired), K2: 2, district researcher 己一: 1
      expect(r.data?.staff.total).toBe(8);
      const names = r.data?.staff.items.map((i: { name: string }) => i.name).sort();
      expect(names).toEqual(["丁一", "丁三", "丁二", "丁五", "丁四", "己一", "戊一", "戊二"].sort());
    });
    it("is refused another district's staff, school and targets, and the city's", async () => {
      const checks = [
        gql(url, STAFF, { f: { schoolYear: 2025, schoolId: ids.p1 } }, tokens.hainan),
        gql(url, STAFF, { f: { schoolYear: 2025, districtId: ids.d1 } }, tokens.hainan),
        gql(url, `query($id: ID!) { school(id: $id) { name } }`, { id: ids.p1 }, tokens.hainan),
        gql(url, RESULTS, { unit: { level: "SCHOOL", id: ids.k1 }, y: 2025 }, tokens.hainan),
        gql(url, RESULTS, { unit: { level: "DISTRICT", id: ids.d1 }, y: 2025 }, tokens.hainan),
        gql(url, RESULTS, { unit: { level: "CITY" }, y: 2025 }, tokens.hainan),
        gql(
          url,
          `query($u: OrgUnitInput!) { staffingSummary(unit: $u, schoolYear: 2025) { total } }`,
          { u: { level: "SCHOOL", id: ids.v1 } },
          tokens.hainan,
        ),
        gql(url, `{ school(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, tokens.hainan),
      ];
      for (const r of await Promise.all(checks)) {
        expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
        expect(r.errors?.[0]?.message).toBe("无权访问该数据");
        expect(JSON.stringify(r.data ?? null)).not.toMatch(/甲|海勃湾|职业/);
      }
    });
    it("summarises its 三支队伍", async () => {
      const r = await gql(
        url,
        `query($u: OrgUnitInput!) { staffingSummary(unit: $u, schoolYear: 2025) {
          total fullTimeTeachers byRole { key count } byEducation { key label count } } }`,
        { u: { level: "DISTRICT", id: ids.d2 } },
        tokens.hainan,
      );
      const s = r.data?.staffingSummary;
      expect(s.total).toBe(8);
      expect(s.fullTimeTeachers).toBe(7);
      expect(s.byRole).toEqual([
        { key: "teacher", count: 7 },
        { key: "principal", count: 0 },
        { key: "vice_principal", count: 0 },
        { key: "researcher", count: 1 },
      ]);
      // 丁三 postgraduate; 丁一 丁四 己一 bachelor; 丁二 丁五 戊一 戊二 associate
      expect(s.byEducation.map((e: { count: number }) => e.count)).toEqual([1, 3, 4, 0]);
      expect(s.byEducation[0].label).toBe("研究生");
    });
  });

  describe("school (海勃湾区第一小学)", () => {
    it("sees itself only", async () => {
      const r = await gql(url, `{ schools { id } }`, {}, tokens.p1);
      expect(r.data?.schools).toEqual([{ id: ids.p1 }]);
      const other = await gql(url, `query($id: ID!) { school(id: $id) { name } }`, { id: ids.n2 }, tokens.p1);
      expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const district = await gql(
        url,
        RESULTS,
        { unit: { level: "DISTRICT", id: ids.d1 }, y: 2025 },
        tokens.p1,
      );
      expect(district.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });
    it("lists its own staff with the masked identity-number tail, birth year only", async () => {
      const r = await gql(url, STAFF, { f: { schoolYear: 2025 } }, tokens.p1);
      expect(r.data?.staff.total).toBe(6);
      // the principal comes first, then teachers by name
      expect(r.data?.staff.items[0]).toMatchObject({ name: "甲六", role: "PRINCIPAL" });
      const a = r.data?.staff.items.find((i: { name: string }) => i.name === "甲一");
      expect(a.idNumberMasked).toBe("**************123X");
      expect(Object.keys(a)).not.toContain("birthDate");
    });
    it("reads in the plan which kinds of school a target concerns (适用学校类别)", async () => {
      const r = await gql(url, `{ planTargets(level: SCHOOL) { id schoolTypes } }`, {}, tokens.p1);
      const of = (id: string) =>
        r.data?.planTargets.find((t: { id: string }) => t.id === id)?.schoolTypes as string[] | null;
      expect(of("A08")).toEqual(["PRIMARY", "JUNIOR_SECONDARY", "NINE_YEAR", "COMPLETE_SECONDARY"]);
      expect(of("A07")).toEqual(["KINDERGARTEN"]);
      // B17 counts 中小学 classes only (domain population.ts; issue 16); B37 concerns every school
      expect(of("B17")).toEqual([
        "PRIMARY",
        "JUNIOR_SECONDARY",
        "NINE_YEAR",
        "COMPLETE_SECONDARY",
        "SENIOR_SECONDARY",
      ]);
      expect(of("B37")).toBeNull();
    });
  });

  describe("query limits", () => {
    it("refuses a query nested deeper than 12 levels, counting fields, not fragment spreads", async () => {
      const nest = (n: number): string => (n === 0 ? "id" : `district { schools { ${nest(n - 1)} } }`);
      const deep = await gql(url, `{ schools { ${nest(6)} } }`, {}, tokens.city);
      expect(deep.errors?.[0]?.message).toBe("查询嵌套层数过多：最多 12 层，本查询 14 层");
      expect(deep.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      const viaFragments = await gql(
        url,
        `fragment S on School { id district { name } }
         fragment D on District { schools { ...S } }
         query { districts { ...D } }`,
        {},
        tokens.city,
      );
      expect(viaFragments.errors).toBeUndefined();
      expect(viaFragments.data?.districts).toHaveLength(2);
    });
    it("refuses a list field repeated inside itself, however shallow (the answer would multiply)", async () => {
      const loop = await gql(
        url,
        `{ schools { district { schools { district { schools { name } } } } } }`,
        {},
        tokens.city,
      );
      expect(loop.errors?.[0]?.message).toBe(
        "查询中列表字段 District.schools 在自身的选择中重复出现，结果会成倍膨胀，已拒绝执行；请拆分为多个查询",
      );
      expect(loop.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(loop.data).toBeUndefined();
      const hidden = await gql(
        url,
        `fragment S on School { district { ...D2 } }
         fragment D on District { schools { ...S } }
         fragment D2 on District { schools { name } }
         query { districts { ...D } }`,
        {},
        tokens.city,
      );
      expect(hidden.errors?.[0]?.message).toContain("District.schools");
      // once on a path is fine: every school with its district's schools (5 × 2 or 3)
      const once = await gql(url, `{ schools { district { schools { name } } } }`, {}, tokens.city);
      expect(once.errors).toBeUndefined();
      expect(once.data?.schools).toHaveLength(5);
    });
  });

  describe("bad input", () => {
    it("names the field of a bad school year or page size, in Chinese", async () => {
      const y = await gql(url, RESULTS, { unit: { level: "CITY" }, y: 1800 }, tokens.city);
      expect(y.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
      expect(y.errors?.[0]?.message).toContain("学年");
      const p = await gql(url, STAFF, { f: { schoolYear: 2025 }, size: 1000 }, tokens.city);
      expect(p.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "pageSize" });
      const t = await gql(url, RESULTS, { unit: { level: "CITY" }, y: 2025, ids: ["Z99"] }, tokens.city);
      expect(t.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "targetIds" });
    });
  });
});
