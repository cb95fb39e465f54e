/**
 * 机构管理 through GraphQL over HTTP, on PGlite and (with DATABASE_URL) PostgreSQL. Fixture:
 * fixtures/smallCity.ts (city 乌海市 150300; 海勃湾区 D1: P1 2150300001 小学, K1 …02 幼儿园,
 * V1 …03 中职; 海南区 D2: N2 …04 九年一贯制, K2 …05 幼儿园; P1, K1, V1, N2, K2 have staff rows,
 * P1, K1, N2 reports; accounts city, haibowan (D1), hainan (D2), p1, n2), plus an account k2 for
 * K2 added here.
 *
 * The tests run in order on one database; the schools they add:
 *   S11 2150300011 海勃湾区第二小学 (D1, by haibowan) opened 2024-09-02
 *   S12 2150300012 海南区第三小学   (D2, by the city)  no opening date, closed 2025-03-01
 *   S13 2150300013 海勃湾区第三小学 (D1, by the city)  merged into P1 on 2025-08-31, reopened
 *   K2 closed by hainan on 2025-07-31 (its account k2 disabled)
 * so at 统计时点:
 *   2024-09-01: P1 K1 V1 N2 K2 S12 S13 (S11 opens the day after)
 *   2025-09-01: P1 K1 V1 N2 S11 S13 (S12 closed 2025-03-01, K2 2025-07-31; S13 reopened)
 */
import { auditLog, type DbHandle, schools as schoolsTable, users } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { hash } from "@node-rs/argon2";
import { asc, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScopedAccess } from "../../authz/access.ts";
import { FIXTURE_PASSWORD, type SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { gql, loginAs, startApiOn } from "../../testing.ts";
import { createSchools } from "./manage.ts";

const SCHOOL = `id code name type typeLabel ownership inclusive ethnic urbanRuralCode urbanRuralLabel miningArea
  area areaLabel teachingPoint openedOn closedOn closureReason status version mergedInto { name } district { name }`;
const CREATE_SCHOOL = `mutation($input: CreateSchoolInput!) { createSchool(input: $input) { school { ${SCHOOL} } } }`;
const UPDATE_SCHOOL = `mutation($input: UpdateSchoolInput!) { updateSchool(input: $input) { school { ${SCHOOL} } } }`;
const CLOSE_SCHOOL = `mutation($input: CloseSchoolInput!) { closeSchool(input: $input) { school { ${SCHOOL} } } }`;
const MERGE_SCHOOL = `mutation($input: MergeSchoolInput!) { mergeSchool(input: $input) { school { ${SCHOOL} } } }`;
const REOPEN_SCHOOL = `mutation($input: ReopenSchoolInput!) { reopenSchool(input: $input) { school { ${SCHOOL} } } }`;
const DISTRICT = "id code name sortOrder closedOn version schoolCount";
const CREATE_DISTRICT = `mutation($input: CreateDistrictInput!) { createDistrict(input: $input) { district { ${DISTRICT} } } }`;
const UPDATE_DISTRICT = `mutation($input: UpdateDistrictInput!) { updateDistrict(input: $input) { district { ${DISTRICT} } } }`;
const CLOSE_DISTRICT = `mutation($input: CloseDistrictInput!) { closeDistrict(input: $input) { district { ${DISTRICT} } } }`;
const CITY = "code name bureauName planId planTitle version";
const UPDATE_CITY = `mutation($input: UpdateCityInput!) { updateCity(input: $input) { city { ${CITY} } } }`;
const SCHOOLS = `query($d: ID, $y: Int, $c: Boolean) { schools(districtId: $d, schoolYear: $y, includeClosed: $c) { code name status } }`;
const DISTRICTS = `query($c: Boolean) { districts(includeClosed: $c) { code name closedOn } }`;
const AUDIT = `query($a: String) { auditLog(filter: { action: $a }, pageSize: 50) { items { action actionLabel entityType school { name } district { name } before after } } }`;

type Ext = { code?: string; field?: string; reason?: string; issues?: { field: string; message: string }[] };
const ext = (r: { errors?: { extensions?: unknown }[] }) => (r.errors?.[0]?.extensions ?? {}) as Ext;
const msg = (r: { errors?: { message: string }[] }) => r.errors?.[0]?.message;

/** A 小学 registration of D1 (GraphQL input). */
const s11 = (districtId: string) => ({
  districtId,
  code: "2150300011",
  name: "海勃湾区第二小学",
  type: "PRIMARY",
  ownership: "PUBLIC",
  urbanRuralCode: "121",
  openedOn: "2024-09-02",
});

describe.each(testBackends())("机构管理 on $name", (backend) => {
  let handle: DbHandle;
  let smallCity: SmallCityApi;
  let url: string;
  let ids: SmallCity;
  let token: Record<string, string>;
  const as = (who: string, query: string, variables: Record<string, unknown> = {}) =>
    gql(url, query, variables, token[who]);
  const made: Record<string, { id: string; version: number }> = {};

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, {
      accounts: (ids) => [
        {
          username: "k2",
          displayName: "海南区第二幼儿园",
          level: "school",
          districtId: ids.d2,
          schoolId: ids.k2,
        },
      ],
      logins: { city: "city", d1: "haibowan", d2: "hainan", p1: "p1", k2: "k2" },
    });
    ({ handle, ids, url, tokens: token } = smallCity);
  }, 60_000);
  afterAll(() => smallCity?.close());

  it("Query.city is public: anyone reads the city record, without logging in", async () => {
    const r = await gql(url, `{ city { ${CITY} } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data?.city).toEqual({
      code: "150300",
      name: "乌海市",
      bureauName: "乌海市教育局",
      planId: "wuhai2035",
      planTitle: "《乌海教育现代化2035》",
      version: 1,
    });
  });

  it("Query.city is null before the first administrator set the city up", async () => {
    const empty = await backend.open();
    const bare = await startApiOn(empty);
    try {
      const r = await gql(bare.url, `{ city { name } }`);
      expect(r).toEqual({ data: { city: null } });
    } finally {
      await bare.stop();
      await empty.close();
    }
  });

  it("authorization matrix: a school manages nothing, a district only its own schools, anonymous nothing", async () => {
    // stale versions and a bad code: nothing that passes the policy can be written
    const school = (id: string) => ({ id, version: 999 });
    const ops: [string, string, Record<string, unknown>][] = [
      ["updateCity", UPDATE_CITY, { name: "乌海市", code: "150300", bureauName: "乌海市教育局", version: 1 }],
      ["createDistrict", CREATE_DISTRICT, { code: "150309", name: "新区" }],
      [
        "updateDistrict",
        UPDATE_DISTRICT,
        { id: ids.d1, version: 1, code: "150302", name: "海勃湾区", sortOrder: 1 },
      ],
      ["closeDistrict", CLOSE_DISTRICT, { id: ids.d1, version: 1, closedOn: "2025-01-01" }],
      ["createSchool(D1)", CREATE_SCHOOL, { ...s11(ids.d1), code: "21503" }],
      ["createSchool(D2)", CREATE_SCHOOL, { ...s11(ids.d2), code: "21503" }],
      [
        "updateSchool(N2)",
        UPDATE_SCHOOL,
        {
          ...s11(ids.d2),
          districtId: undefined,
          ...school(ids.n2),
          inclusive: false,
          ethnic: false,
          miningArea: false,
          teachingPoint: false,
        },
      ],
      ["closeSchool(N2)", CLOSE_SCHOOL, { ...school(ids.n2), closedOn: "2025-01-01", reason: "x" }],
      ["mergeSchool(N2)", MERGE_SCHOOL, { ...school(ids.n2), intoSchoolId: ids.k2, mergedOn: "2025-01-01" }],
      ["reopenSchool(N2)", REOPEN_SCHOOL, { ...school(ids.n2), reason: "x" }],
      [
        "updateSchool(P1)",
        UPDATE_SCHOOL,
        {
          ...s11(ids.d1),
          districtId: undefined,
          ...school(ids.p1),
          inclusive: false,
          ethnic: false,
          miningArea: false,
          teachingPoint: false,
        },
      ],
      ["closeSchool(P1)", CLOSE_SCHOOL, { ...school(ids.p1), closedOn: "2025-01-01", reason: "x" }],
      ["mergeSchool(P1)", MERGE_SCHOOL, { ...school(ids.p1), intoSchoolId: ids.k1, mergedOn: "2025-01-01" }],
      ["reopenSchool(P1)", REOPEN_SCHOOL, { ...school(ids.p1), reason: "x" }],
    ];
    const codesOf = async (who: string | null) => {
      const out: Record<string, string | undefined> = {};
      for (const [name, query, input] of ops) {
        const r = who ? await as(who, query, { input }) : await gql(url, query, { input });
        out[name] = ext(r).code;
      }
      return out;
    };
    const all = (code: string) => Object.fromEntries(ops.map(([n]) => [n, code]));
    expect(await codesOf("p1")).toEqual(all("FORBIDDEN"));
    expect(await codesOf(null)).toEqual(all("UNAUTHENTICATED"));
    // the district: refused everything but its own schools, where the request goes on to the
    // checks (here: the bad code, a stale version, an open school to reopen)
    expect(await codesOf("d1")).toEqual({
      ...all("FORBIDDEN"),
      "createSchool(D1)": "BAD_USER_INPUT",
      "updateSchool(P1)": "CONFLICT",
      "closeSchool(P1)": "CONFLICT",
      "mergeSchool(P1)": "CONFLICT",
      "reopenSchool(P1)": "CONFLICT",
    });
  });

  describe("createSchool", () => {
    it("a district registers a school in its own district, with the statistics' fields", async () => {
      const r = await as("d1", CREATE_SCHOOL, { input: s11(ids.d1) });
      expect(r.errors).toBeUndefined();
      const s = r.data!.createSchool.school;
      made.s11 = { id: s.id, version: s.version };
      expect(s).toEqual({
        id: s.id,
        code: "2150300011",
        name: "海勃湾区第二小学",
        type: "PRIMARY",
        typeLabel: "小学",
        ownership: "PUBLIC",
        inclusive: false,
        ethnic: false,
        urbanRuralCode: "121",
        urbanRuralLabel: "镇中心区",
        miningArea: false,
        area: "RURAL",
        areaLabel: "农区",
        teachingPoint: false,
        openedOn: "2024-09-02",
        closedOn: null,
        closureReason: null,
        status: "OPEN",
        version: 1,
        mergedInto: null,
        district: { name: "海勃湾区" },
      });
    });

    it("the city registers in any district; a private 普惠性 kindergarten in 矿区 is 矿区", async () => {
      const r = await as("city", CREATE_SCHOOL, {
        input: {
          districtId: ids.d2,
          code: "2150300012",
          name: " 海南区第三小学 ",
          type: "PRIMARY",
          ownership: "PUBLIC",
          urbanRuralCode: "220",
        },
      });
      expect(r.errors).toBeUndefined();
      expect(r.data!.createSchool.school).toMatchObject({
        name: "海南区第三小学",
        openedOn: null,
        area: "RURAL",
        district: { name: "海南区" },
      });
      made.s12 = { id: r.data!.createSchool.school.id, version: 1 };
      const s13 = await as("city", CREATE_SCHOOL, {
        input: {
          districtId: ids.d1,
          code: "2150300013",
          name: "海勃湾区第三小学",
          type: "PRIMARY",
          ownership: "PUBLIC",
          urbanRuralCode: "111",
          openedOn: "2010-09-01",
        },
      });
      made.s13 = { id: s13.data!.createSchool.school.id, version: 1 };
      const kg = await as("city", CREATE_SCHOOL, {
        input: {
          districtId: ids.d2,
          code: "2150300014",
          name: "海南区阳光幼儿园",
          type: "KINDERGARTEN",
          ownership: "PRIVATE",
          inclusive: true,
          urbanRuralCode: "122",
          miningArea: true,
        },
      });
      expect(kg.data!.createSchool.school).toMatchObject({
        inclusive: true,
        ownership: "PRIVATE",
        area: "MINING",
        areaLabel: "矿区",
        urbanRuralLabel: "镇乡结合区",
      });
      made.kg = { id: kg.data!.createSchool.school.id, version: 1 };
    });

    it("names every bad field at once (BAD_USER_INPUT, extensions.issues)", async () => {
      const r = await as("d1", CREATE_SCHOOL, {
        input: { ...s11(ids.d1), code: "215030001", name: "学", inclusive: true, openedOn: "2025-02-30" },
      });
      expect(ext(r).code).toBe("BAD_USER_INPUT");
      expect(ext(r).field).toBe("code");
      expect(ext(r).issues).toEqual([
        { field: "code", message: "学校标识码应为 10 位数字" },
        { field: "name", message: "学校名称至少 2 个字" },
        { field: "openedOn", message: "开办日期应为有效日期，格式如 2015-09-01" },
        { field: "inclusive", message: "普惠性只适用于民办幼儿园（公办幼儿园均为普惠性，其他学校不填）" },
      ]);
      const future = await as("d1", CREATE_SCHOOL, {
        input: { ...s11(ids.d1), code: "2150300019", name: "海勃湾区未来小学", openedOn: "2099-09-01" },
      });
      expect(ext(future)).toMatchObject({ code: "BAD_USER_INPUT", field: "openedOn" });
    });

    it("refuses a code taken anywhere in the city and a name taken in the district", async () => {
      const code = await as("d1", CREATE_SCHOOL, {
        input: { ...s11(ids.d1), code: "2150300004", name: "海勃湾区第九小学" },
      });
      expect(ext(code)).toMatchObject({ code: "BAD_USER_INPUT", field: "code" });
      expect(msg(code)).toBe("学校标识码（2150300004）已被“海南区九年一贯制学校”使用");
      const name = await as("d1", CREATE_SCHOOL, {
        input: { ...s11(ids.d1), code: "2150300019", name: "海勃湾区第一 小学" },
      });
      expect(ext(name)).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });
      expect(msg(name)).toBe("海勃湾区已有在办学校名为“海勃湾区第一 小学”，学校名称不能重复");
    });

    it("the same code registered at once in two districts: one is saved, the other names the code", async () => {
      const input = (districtId: string, name: string) => ({
        input: { ...s11(districtId), code: "2150300018", name, openedOn: null },
      });
      const [a, b] = await Promise.all([
        as("city", CREATE_SCHOOL, input(ids.d1, "海勃湾区竞速小学")),
        as("city", CREATE_SCHOOL, input(ids.d2, "海南区竞速小学")),
      ]);
      const refused = [a, b].filter((r) => r.errors);
      expect([a, b].filter((r) => !r.errors)).toHaveLength(1);
      expect(refused.map((r) => ext(r))).toEqual([
        expect.objectContaining({ code: "BAD_USER_INPUT", field: "code" }),
      ]);
      // written by the one saved, so the lists below are not disturbed: it is closed again at once
      const saved = [a, b].find((r) => !r.errors)!.data!.createSchool.school;
      const closed = await as("city", CLOSE_SCHOOL, {
        input: { id: saved.id, version: 1, closedOn: "2024-01-01", reason: "测试登记" },
      });
      expect(closed.errors).toBeUndefined();
    });

    it("createSchools (the 学校名录 import's): every issue with its index, duplicates within the batch, nothing written", async () => {
      const [cityUser] = await handle.db.select().from(users).where(eq(users.username, "city"));
      const access = new ScopedAccess(
        handle.db,
        {
          userId: cityUser!.id,
          level: "city",
          username: "city",
          displayName: "市教育局",
          mustChangePassword: false,
        },
        handle.db,
      );
      const row = (code: string, name: string, districtId = ids.d2) => ({
        districtId,
        code,
        name,
        type: "primary",
        ownership: "public",
        urbanRuralCode: "111",
      });
      const r = await handle.db.transaction((tx) =>
        createSchools(tx, access, [
          row("2150300031", "海南区第五小学"),
          row("2150300031", "海南区第六小学"),
          row("2150300032", "海南区第五 小学"),
          row("2150300033", "海南区第五小学", ids.d1),
          row("2150300004", "海南区第七小学"),
          { ...row("2150300034", "海南区第八小学"), ownership: "公办" },
        ]),
      );
      expect(r).toEqual({
        ok: false,
        schools: [],
        issues: [
          { index: 1, field: "code", message: "学校标识码（2150300031）与本批第 1 条重复" },
          { index: 2, field: "name", message: "学校名称“海南区第五 小学”与本批第 1 条同区重名" },
          { index: 4, field: "code", message: "学校标识码（2150300004）已被“海南区九年一贯制学校”使用" },
          { index: 5, field: "ownership", message: "办学性质应为“公办”或“民办”" },
        ],
      });
      const ok = await handle.db.transaction((tx) =>
        createSchools(
          tx,
          access,
          [row("2150300031", "海南区第五小学"), row("2150300033", "海南区第五小学", ids.d1)],
          {
            audit: false,
          },
        ),
      );
      expect(ok.ok && ok.schools.map((x) => [x.code, x.districtId])).toEqual([
        ["2150300031", ids.d2],
        ["2150300033", ids.d1],
      ]);
      // not part of the story below: closed before every school year the tests list
      await handle.db.transaction(async (tx) => {
        for (const x of ok.schools) {
          await tx.update(schoolsTable).set({ closedOn: "2000-01-01" }).where(eq(schoolsTable.id, x.id));
        }
      });
    });

    it("authorization: a district not in another district, a school never, an unknown district", async () => {
      const other = await as("d1", CREATE_SCHOOL, { input: { ...s11(ids.d2), code: "2150300019" } });
      expect(ext(other).code).toBe("FORBIDDEN");
      const school = await as("p1", CREATE_SCHOOL, { input: { ...s11(ids.d1), code: "2150300019" } });
      expect(ext(school).code).toBe("FORBIDDEN");
      const anon = await gql(url, CREATE_SCHOOL, { input: { ...s11(ids.d1), code: "2150300019" } });
      expect(ext(anon).code).toBe("UNAUTHENTICATED");
      const ghost = "00000000-0000-4000-8000-000000000000";
      expect(
        ext(await as("city", CREATE_SCHOOL, { input: { ...s11(ghost), code: "2150300019" } })).code,
      ).toBe("NOT_FOUND");
      expect(ext(await as("d1", CREATE_SCHOOL, { input: { ...s11(ghost), code: "2150300019" } })).code).toBe(
        "FORBIDDEN",
      );
      const all = await as("city", SCHOOLS, { c: true });
      expect(all.data!.schools.map((s: { code: string }) => s.code)).not.toContain("2150300019");
    });
  });

  describe("updateSchool", () => {
    const edit = (id: string, version: number, o: Record<string, unknown> = {}) => ({
      input: {
        id,
        version,
        code: "2150300011",
        name: "海勃湾区第二实验小学",
        type: "PRIMARY",
        ownership: "PUBLIC",
        inclusive: false,
        ethnic: true,
        urbanRuralCode: "121",
        miningArea: false,
        teachingPoint: false,
        openedOn: "2024-09-02",
        ...o,
      },
    });

    it("a district edits its school; a stale version is CONFLICT (VERSION), nothing written", async () => {
      const r = await as("d1", UPDATE_SCHOOL, edit(made.s11!.id, 1));
      expect(r.errors).toBeUndefined();
      expect(r.data!.updateSchool.school).toMatchObject({
        name: "海勃湾区第二实验小学",
        ethnic: true,
        version: 2,
      });
      const stale = await as("d1", UPDATE_SCHOOL, edit(made.s11!.id, 1, { name: "海勃湾区第二小学" }));
      expect(ext(stale)).toMatchObject({ code: "CONFLICT", reason: "VERSION" });
      const back = await as("city", `query($id: ID!) { school(id: $id) { name version } }`, {
        id: made.s11!.id,
      });
      expect(back.data!.school).toEqual({ name: "海勃湾区第二实验小学", version: 2 });
    });

    it("two edits of the same version at once: one is saved, the other CONFLICT", async () => {
      const [a, b] = await Promise.all([
        as("d1", UPDATE_SCHOOL, edit(made.s11!.id, 2, { name: "海勃湾区第二小学" })),
        as("city", UPDATE_SCHOOL, edit(made.s11!.id, 2, { name: "海勃湾区滨河小学" })),
      ]);
      const ok = [a, b].filter((r) => !r.errors);
      const refused = [a, b].filter((r) => r.errors);
      expect(ok).toHaveLength(1);
      expect(refused.map((r) => ext(r))).toEqual([
        expect.objectContaining({ code: "CONFLICT", reason: "VERSION" }),
      ]);
      expect(ok[0]!.data!.updateSchool.school.version).toBe(3);
      // back to the name the rest of the tests use
      const r = await as(
        "d1",
        UPDATE_SCHOOL,
        edit(made.s11!.id, 3, { name: "海勃湾区第二小学", ethnic: false }),
      );
      expect(r.data!.updateSchool.school.version).toBe(4);
      made.s11!.version = 4;
    });

    it("the type changes only while the school has no roster and no report", async () => {
      const p1 = await as("city", `query($id: ID!) { school(id: $id) { version } }`, { id: ids.p1 });
      const refused = await as(
        "d1",
        UPDATE_SCHOOL,
        edit(ids.p1, p1.data!.school.version, {
          code: "2150300001",
          name: "海勃湾区第一小学",
          type: "NINE_YEAR",
          ethnic: false,
          urbanRuralCode: "111",
          openedOn: null,
        }),
      );
      expect(ext(refused)).toMatchObject({ code: "CONFLICT", reason: "STATE" });
      expect(msg(refused)).toBe(
        "该学校已有教职工名册，不能修改学校类别（历年数据按原类别统计）；如确需变更，请撤销后新建学校",
      );
      const kg = await as(
        "city",
        UPDATE_SCHOOL,
        edit(made.kg!.id, 1, {
          code: "2150300014",
          name: "海南区阳光幼儿园",
          type: "KINDERGARTEN",
          ownership: "PUBLIC",
          inclusive: false,
          ethnic: false,
          urbanRuralCode: "122",
          miningArea: true,
          openedOn: null,
        }),
      );
      expect(kg.data!.updateSchool.school).toMatchObject({
        ownership: "PUBLIC",
        inclusive: true,
        version: 2,
      });
    });

    it("refuses a code another school has; names the field", async () => {
      const r = await as(
        "d1",
        UPDATE_SCHOOL,
        edit(made.s11!.id, 4, { name: "海勃湾区第二小学", code: "2150300001" }),
      );
      expect(ext(r)).toMatchObject({ code: "BAD_USER_INPUT", field: "code" });
      expect(msg(r)).toBe("学校标识码（2150300001）已被“海勃湾区第一小学”使用");
    });

    it("authorization: a district not another district's school, a school not even its own", async () => {
      const n2 = await as(
        "d1",
        UPDATE_SCHOOL,
        edit(ids.n2, 1, { code: "2150300004", name: "海南区九年一贯制学校" }),
      );
      expect(ext(n2).code).toBe("FORBIDDEN");
      const own = await as(
        "p1",
        UPDATE_SCHOOL,
        edit(ids.p1, 1, { code: "2150300001", name: "海勃湾区第一小学" }),
      );
      expect(ext(own).code).toBe("FORBIDDEN");
    });
  });

  describe("closeSchool, mergeSchool, reopenSchool", () => {
    it("the city closes a school on a date with a reason; closing again is CONFLICT (STATE)", async () => {
      const r = await as("city", CLOSE_SCHOOL, {
        input: { id: made.s12!.id, version: 1, closedOn: "2025-03-01", reason: "生源不足" },
      });
      expect(r.errors).toBeUndefined();
      expect(r.data!.closeSchool.school).toMatchObject({
        status: "CLOSED",
        closedOn: "2025-03-01",
        closureReason: "生源不足",
        version: 2,
      });
      const again = await as("city", CLOSE_SCHOOL, {
        input: { id: made.s12!.id, version: 2, closedOn: "2025-04-01", reason: "生源不足" },
      });
      expect(ext(again)).toMatchObject({ code: "CONFLICT", reason: "STATE" });
      expect(msg(again)).toBe("该学校已于 2025-03-01 撤销，不能重复办理；如为误操作，请先恢复办学");
    });

    it("refuses a bad date, a date before it opened, an empty reason, naming the field", async () => {
      const close = (o: Record<string, unknown>) =>
        as("d1", CLOSE_SCHOOL, { input: { id: made.s11!.id, version: 4, reason: "撤并", ...o } });
      expect(ext(await close({ closedOn: "2025-13-01" }))).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "closedOn",
      });
      const early = await close({ closedOn: "2024-09-02" });
      expect(ext(early)).toMatchObject({ code: "BAD_USER_INPUT", field: "closedOn" });
      expect(msg(early)).toBe("撤销日期（2024-09-02）应晚于开办日期（2024-09-02）");
      expect(ext(await close({ closedOn: "2025-09-01", reason: "  " }))).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "reason",
      });
      expect(ext(await close({ closedOn: "2099-01-01" }))).toMatchObject({ field: "closedOn" });
    });

    it("keeps a school in the years it has data: no opening after its first, no closing before its last report", async () => {
      const p1 = await as("d1", `query($id: ID!) { school(id: $id) { version } }`, { id: ids.p1 });
      const version = p1.data!.school.version;
      // P1 has 2025 roster rows and a 2025 report: it must be open at 2025-09-01
      const opened = await as("d1", UPDATE_SCHOOL, {
        input: {
          id: ids.p1,
          version,
          code: "2150300001",
          name: "海勃湾区第一小学",
          type: "PRIMARY",
          ownership: "PUBLIC",
          inclusive: false,
          ethnic: false,
          urbanRuralCode: "111",
          miningArea: false,
          teachingPoint: false,
          openedOn: "2025-09-02",
        },
      });
      expect(ext(opened)).toMatchObject({ code: "BAD_USER_INPUT", field: "openedOn" });
      expect(msg(opened)).toBe(
        "该学校已有2025—2026学年的教职工名册或年报，开办日期不能晚于该学年统计时点 2025-09-01",
      );
      const closed = await as("d1", CLOSE_SCHOOL, {
        input: { id: ids.p1, version, closedOn: "2025-09-01", reason: "撤并" },
      });
      expect(ext(closed)).toMatchObject({ code: "BAD_USER_INPUT", field: "closedOn" });
      expect(msg(closed)).toBe("该学校已有2025—2026学年的年报，撤销日期应晚于该学年统计时点 2025-09-01");
      const merged = await as("d1", MERGE_SCHOOL, {
        input: { id: ids.p1, version, intoSchoolId: ids.k1, mergedOn: "2025-08-31" },
      });
      expect(ext(merged)).toMatchObject({ code: "BAD_USER_INPUT", field: "mergedOn" });
      const still = await as("d1", `query($id: ID!) { school(id: $id) { status openedOn version } }`, {
        id: ids.p1,
      });
      expect(still.data!.school).toEqual({ status: "OPEN", openedOn: null, version });
    });

    it("closing disables the school's accounts: its session ends and it cannot log in", async () => {
      const before = await as("k2", `{ viewer { user { username } } }`);
      expect(before.data?.viewer).toEqual({ user: { username: "k2" } });
      const school = await as("d2", `query($id: ID!) { school(id: $id) { version } }`, { id: ids.k2 });
      const r = await as("d2", CLOSE_SCHOOL, {
        input: { id: ids.k2, version: school.data!.school.version, closedOn: "2025-07-31", reason: "撤并" },
      });
      expect(r.data!.closeSchool.school).toMatchObject({ status: "CLOSED", closedOn: "2025-07-31" });
      const after = await as("k2", `{ schools { name } }`);
      expect(ext(after).code).toBe("UNAUTHENTICATED");
      await expect(loginAs(url, "k2", FIXTURE_PASSWORD, "SCHOOL")).rejects.toThrow(
        "账号已停用，请联系上级管理员",
      );
      const [k2] = await handle.db
        .select({ active: users.active })
        .from(users)
        .where(eq(users.username, "k2"));
      expect(k2).toEqual({ active: false });
    });

    it("authorization of close, merge and reopen: another district's school or a school viewer", async () => {
      const n2 = { id: ids.n2, version: 1 };
      expect(
        ext(await as("d1", CLOSE_SCHOOL, { input: { ...n2, closedOn: "2025-07-31", reason: "x" } })).code,
      ).toBe("FORBIDDEN");
      expect(
        ext(await as("d1", MERGE_SCHOOL, { input: { ...n2, intoSchoolId: ids.p1, mergedOn: "2025-07-31" } }))
          .code,
      ).toBe("FORBIDDEN");
      expect(
        ext(await as("d1", REOPEN_SCHOOL, { input: { id: made.s12!.id, version: 2, reason: "x" } })).code,
      ).toBe("FORBIDDEN");
      expect(
        ext(
          await as("p1", CLOSE_SCHOOL, {
            input: { id: ids.p1, version: 1, closedOn: "2025-07-31", reason: "x" },
          }),
        ).code,
      ).toBe("FORBIDDEN");
    });

    it("merges a school into an open school of its district; refuses itself, another district's, a closed one", async () => {
      const merge = (who: string, o: Record<string, unknown>) =>
        as(who, MERGE_SCHOOL, { input: { id: made.s13!.id, version: 1, mergedOn: "2025-08-31", ...o } });
      const self = await merge("d1", { intoSchoolId: made.s13!.id });
      expect(ext(self)).toMatchObject({ code: "BAD_USER_INPUT", field: "intoSchoolId" });
      const other = await merge("city", { intoSchoolId: ids.n2 });
      expect(ext(other)).toMatchObject({ code: "BAD_USER_INPUT", field: "intoSchoolId" });
      expect(msg(other)).toBe("合并到的学校应为同一区内在办的学校");
      const young = await merge("d1", { intoSchoolId: made.s11!.id, mergedOn: "2024-08-31" });
      expect(msg(young)).toBe("“海勃湾区第二小学”2024-09-02 才开办，合并日期（2024-08-31）时尚未开办");
      expect(ext(await merge("d1", { intoSchoolId: ids.p1, mergedOn: "2025-02-29" }))).toMatchObject({
        field: "mergedOn",
      });
      const r = await merge("d1", { intoSchoolId: ids.p1 });
      expect(r.errors).toBeUndefined();
      expect(r.data!.mergeSchool.school).toMatchObject({
        status: "MERGED",
        closedOn: "2025-08-31",
        closureReason: "合并到海勃湾区第一小学",
        mergedInto: { name: "海勃湾区第一小学" },
        version: 2,
      });
      const intoMerged = await as("d1", MERGE_SCHOOL, {
        input: { id: made.s11!.id, version: 4, intoSchoolId: made.s13!.id, mergedOn: "2025-09-01" },
      });
      expect(ext(intoMerged)).toMatchObject({ code: "BAD_USER_INPUT", field: "intoSchoolId" });
      expect(msg(intoMerged)).toBe("“海勃湾区第三小学”已于 2025-08-31 撤销或合并，不能作为合并到的学校");
    });

    it("reopens a merged school (恢复办学); reopening an open school is CONFLICT (STATE)", async () => {
      const r = await as("d1", REOPEN_SCHOOL, {
        input: { id: made.s13!.id, version: 2, reason: "合并决定撤回" },
      });
      expect(r.errors).toBeUndefined();
      expect(r.data!.reopenSchool.school).toMatchObject({
        status: "OPEN",
        closedOn: null,
        mergedInto: null,
        closureReason: null,
        version: 3,
      });
      const again = await as("d1", REOPEN_SCHOOL, {
        input: { id: made.s13!.id, version: 3, reason: "再次" },
      });
      expect(ext(again)).toMatchObject({ code: "CONFLICT", reason: "STATE" });
      const stale = await as("city", REOPEN_SCHOOL, {
        input: { id: made.s12!.id, version: 1, reason: "误操作" },
      });
      expect(ext(stale)).toMatchObject({ code: "CONFLICT", reason: "VERSION" });
    });
  });

  describe("schools(schoolYear, includeClosed)", () => {
    const codes = async (who: string, v: Record<string, unknown>) =>
      ((await as(who, SCHOOLS, v)).data!.schools as { code: string }[]).map((s) => s.code.slice(-2));

    it("lists the schools open at 1 September of the year", async () => {
      // 2024-09-01: S11 opens 2024-09-02 (not yet); S12 closes 2025-03-01 and K2 2025-07-31 (still open)
      expect(await codes("city", { y: 2024 })).toEqual(["01", "02", "03", "04", "05", "12", "13", "14"]);
      // 2025-09-01: S11 open; S12 and K2 closed before; S13 reopened
      expect(await codes("city", { y: 2025 })).toEqual(["01", "02", "03", "04", "11", "13", "14"]);
      expect(await codes("d1", { y: 2024 })).toEqual(["01", "02", "03", "13"]);
      expect(await codes("d2", { y: 2024, d: ids.d2 })).toEqual(["04", "05", "12", "14"]);
    });

    it("open today by default, every school with includeClosed; a bad year is BAD_USER_INPUT", async () => {
      expect(await codes("d2", {})).toEqual(["04", "14"]);
      // 18 (the race's winner, in either district) and 31 (createSchools) closed long ago
      expect((await codes("d2", { c: true })).filter((c) => c !== "18")).toEqual([
        "04",
        "05",
        "12",
        "14",
        "31",
      ]);
      const bad = await as("city", SCHOOLS, { y: 1999 });
      expect(ext(bad)).toMatchObject({ code: "BAD_USER_INPUT", field: "schoolYear" });
      expect(ext(await as("d1", SCHOOLS, { y: 2024, d: ids.d2 })).code).toBe("FORBIDDEN");
    });
  });

  describe("districts", () => {
    it("the city creates a district after the last; bad or taken codes and names are refused by field", async () => {
      const r = await as("city", CREATE_DISTRICT, { input: { code: " 150305 ", name: "乌海新区" } });
      expect(r.errors).toBeUndefined();
      const d = r.data!.createDistrict.district;
      made.d3 = { id: d.id, version: 1 };
      expect(d).toEqual({
        id: d.id,
        code: "150305",
        name: "乌海新区",
        sortOrder: 3,
        closedOn: null,
        version: 1,
        schoolCount: 0,
      });
      const bad = async (input: Record<string, unknown>) => ext(await as("city", CREATE_DISTRICT, { input }));
      expect(await bad({ code: "150405", name: "外市区" })).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "code",
      });
      expect(await bad({ code: "150300", name: "市本级" })).toMatchObject({ field: "code" });
      expect(await bad({ code: "15030", name: "短码区" })).toMatchObject({ field: "code" });
      expect(await bad({ code: "150302", name: "重码区" })).toMatchObject({ field: "code" });
      expect(await bad({ code: "150306", name: "海南区" })).toMatchObject({ field: "name" });
      expect(await bad({ code: "150306", name: "  " })).toMatchObject({ field: "name" });
    });

    it("authorization: districts and schools cannot create, edit or close districts", async () => {
      for (const who of ["d1", "p1"]) {
        expect(ext(await as(who, CREATE_DISTRICT, { input: { code: "150306", name: "新区" } })).code).toBe(
          "FORBIDDEN",
        );
        expect(
          ext(
            await as(who, UPDATE_DISTRICT, {
              input: { id: ids.d1, version: 1, code: "150302", name: "海勃湾", sortOrder: 1 },
            }),
          ).code,
        ).toBe("FORBIDDEN");
        expect(
          ext(await as(who, CLOSE_DISTRICT, { input: { id: ids.d1, version: 1, closedOn: "2025-01-01" } }))
            .code,
        ).toBe("FORBIDDEN");
      }
    });

    it("edits a district; a stale version is CONFLICT", async () => {
      const input = { id: made.d3!.id, version: 1, code: "150305", name: "乌海经济开发区", sortOrder: 5 };
      const r = await as("city", UPDATE_DISTRICT, { input });
      expect(r.data!.updateDistrict.district).toMatchObject({
        name: "乌海经济开发区",
        sortOrder: 5,
        version: 2,
      });
      expect(ext(await as("city", UPDATE_DISTRICT, { input }))).toMatchObject({
        code: "CONFLICT",
        reason: "VERSION",
      });
      const taken = await as("city", UPDATE_DISTRICT, { input: { ...input, version: 2, code: "150303" } });
      expect(ext(taken)).toMatchObject({ code: "BAD_USER_INPUT", field: "code" });
    });

    it("closing a district with open schools names how many; an empty one closes and leaves the list", async () => {
      const d2 = await as("city", CLOSE_DISTRICT, {
        input: { id: ids.d2, version: 1, closedOn: "2026-01-01" },
      });
      expect(ext(d2)).toMatchObject({ code: "CONFLICT", reason: "STATE" });
      // N2 and the 幼儿园 2150300014 are open; K2 and S12 closed before
      expect(msg(d2)).toBe("海南区在 2026-01-01 仍有 2 所学校在办，请先撤销或合并这些学校");
      const r = await as("city", CLOSE_DISTRICT, {
        input: { id: made.d3!.id, version: 2, closedOn: "2026-01-01" },
      });
      expect(r.data!.closeDistrict.district).toMatchObject({ closedOn: "2026-01-01", version: 3 });
      const again = await as("city", CLOSE_DISTRICT, {
        input: { id: made.d3!.id, version: 3, closedOn: "2026-01-02" },
      });
      expect(ext(again)).toMatchObject({ code: "CONFLICT", reason: "STATE" });
      const open = (await as("city", DISTRICTS, {})).data!.districts.map((d: { code: string }) => d.code);
      expect(open).toEqual(["150302", "150303"]);
      const all = (await as("city", DISTRICTS, { c: true })).data!.districts.map(
        (d: { code: string }) => d.code,
      );
      expect(all).toEqual(["150302", "150303", "150305"]);
      const inClosed = await as("city", CREATE_SCHOOL, {
        input: { ...s11(made.d3!.id), code: "2150300015", name: "开发区小学" },
      });
      expect(ext(inClosed)).toMatchObject({ code: "BAD_USER_INPUT", field: "districtId" });
      expect(msg(inClosed)).toBe("乌海经济开发区已于 2026-01-01 撤销，不能新建学校");
    });
  });

  describe("updateCity", () => {
    it("the city edits its record; a code its districts do not share, a stale version, other viewers refused", async () => {
      const input = { name: "乌海市", code: "150300", bureauName: "乌海市教育局（教育体育局）", version: 1 };
      const r = await as("city", UPDATE_CITY, { input });
      expect(r.data!.updateCity.city).toMatchObject({ bureauName: "乌海市教育局（教育体育局）", version: 2 });
      expect(ext(await as("city", UPDATE_CITY, { input }))).toMatchObject({
        code: "CONFLICT",
        reason: "VERSION",
      });
      const code = await as("city", UPDATE_CITY, { input: { ...input, code: "150400", version: 2 } });
      expect(ext(code)).toMatchObject({ code: "BAD_USER_INPUT", field: "code" });
      expect(
        ext(await as("city", UPDATE_CITY, { input: { ...input, name: " ", version: 2 } })),
      ).toMatchObject({
        field: "name",
      });
      // the limits pnpm admin init applies too: 市名称 ≤ 20, 教育局名称 ≤ 40
      const long = await as("city", UPDATE_CITY, { input: { ...input, name: "市".repeat(21), version: 2 } });
      expect(ext(long)).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });
      expect(msg(long)).toBe("市名称不能超过 20 个字");
      const bureau = await as("city", UPDATE_CITY, {
        input: { ...input, bureauName: "局".repeat(41), version: 2 },
      });
      expect(msg(bureau)).toBe("教育局名称不能超过 40 个字");
      expect(ext(await as("d1", UPDATE_CITY, { input: { ...input, version: 2 } })).code).toBe("FORBIDDEN");
      expect(ext(await as("p1", UPDATE_CITY, { input: { ...input, version: 2 } })).code).toBe("FORBIDDEN");
    });
  });

  describe("操作日志", () => {
    it("every change is audited with its unit and before/after", async () => {
      const rows = await handle.db
        .select()
        .from(auditLog)
        .where(like(auditLog.action, "%.%"))
        .orderBy(asc(auditLog.id));
      const org = rows.filter((r) => /^(school|district|city)\./.test(r.action));
      expect(org.map((r) => r.action)).toEqual([
        "school.create", // S11 by haibowan
        "school.create", // S12
        "school.create", // S13
        "school.create", // 幼儿园 14
        "school.create", // the race's winner 18
        "school.close", // 18 closed again
        "school.update", // S11 v1 → v2
        "school.update", // the concurrent pair's winner
        "school.update", // S11 back
        "school.update", // 幼儿园 14 public
        "school.close", // S12
        "school.close", // K2
        "school.merge", // S13 into P1
        "school.reopen", // S13
        "district.create",
        "district.update",
        "district.close",
        "city.update",
      ]);
      const k2Close = org[11]!;
      expect(k2Close).toMatchObject({ districtId: ids.d2, schoolId: ids.k2, entityType: "school" });
      expect(k2Close.before).toMatchObject({ closedOn: null, version: 1 });
      expect(k2Close.after).toMatchObject({
        closedOn: "2025-07-31",
        closureReason: "撤并",
        accountsDisabled: 1,
      });
      expect(org[14]).toMatchObject({ districtId: made.d3!.id, schoolId: null, before: null });
      expect(org[17]).toMatchObject({ districtId: null, schoolId: null });
    });

    it("a district sees its own schools' changes, the city every change", async () => {
      const d1 = await as("d1", AUDIT, { a: "school.create" });
      const names = (r: typeof d1) =>
        (r.data!.auditLog.items as { school: { name: string } }[])
          .map((i) => i.school.name)
          .filter((n) => !n.includes("竞速"))
          .sort();
      expect(names(d1)).toEqual(["海勃湾区第三小学", "海勃湾区第二小学"]);
      expect(d1.data!.auditLog.items[0].actionLabel).toBe("新建学校");
      const city = await as("city", AUDIT, { a: "school.create" });
      expect(city.data!.auditLog.items).toHaveLength(5);
      const closes = await as("d2", AUDIT, { a: "school.close" });
      expect(names(closes)).toEqual(["海南区第三小学", "海南区第二幼儿园"]);
      expect(ext(await as("p1", AUDIT, { a: "school.create" })).code).toBe("FORBIDDEN");
    });
  });

  describe("dates before 1949-10-01", () => {
    it("are refused on opening, closing, merging a school and closing a district, naming the field", async () => {
      const created = await as("city", CREATE_SCHOOL, {
        input: { ...s11(ids.d2), code: "2150300049", name: "海南区旧校", openedOn: "1949-09-30" },
      });
      expect(ext(created)).toMatchObject({
        code: "BAD_USER_INPUT",
        issues: [{ field: "openedOn", message: "开办日期（1949-09-30）不能早于 1949-10-01" }],
      });
      const n2 = (await as("d2", `query($id: ID!) { school(id: $id) { version } }`, { id: ids.n2 })).data!
        .school.version;
      const closed = await as("d2", CLOSE_SCHOOL, {
        input: { id: ids.n2, version: n2, closedOn: "0205-07-31", reason: "撤并" },
      });
      expect(ext(closed)).toMatchObject({ code: "BAD_USER_INPUT", field: "closedOn" });
      expect(msg(closed)).toBe("撤销日期（0205-07-31）不能早于 1949-10-01");
      const merged = await as("d2", MERGE_SCHOOL, {
        input: { id: ids.n2, version: n2, intoSchoolId: ids.k2, mergedOn: "1900-01-01" },
      });
      expect(ext(merged)).toMatchObject({ code: "BAD_USER_INPUT", field: "mergedOn" });
      expect(msg(merged)).toBe("合并日期（1900-01-01）不能早于 1949-10-01");
      const version = (await as("city", `query($id: ID!) { district(id: $id) { version } }`, { id: ids.d2 }))
        .data!.district.version;
      const district = await as("city", CLOSE_DISTRICT, {
        input: { id: ids.d2, version, closedOn: "1949-09-30" },
      });
      expect(ext(district)).toMatchObject({ code: "BAD_USER_INPUT", field: "closedOn" });
      expect(msg(district)).toBe("撤销日期（1949-09-30）不能早于 1949-10-01");
      const still = await as("city", `query($id: ID!) { school(id: $id) { status version } }`, {
        id: ids.n2,
      });
      expect(still.data!.school).toEqual({ status: "OPEN", version: n2 });
    });
  });

  describe("accounts of a school closed during a cycle (last: adds S41, S42 to 海南区)", () => {
    const LIFE = `accountsDisabled school { status closedOn }`;
    const REPORT = `id status version`;
    const content = {
      staffTotal: 6,
      fullTimeTeachers: 4,
      teachingAuxiliaryArea: 900,
      indoorSportsArea: 100,
      outdoorSportsArea: 1200,
      equipmentValue: 300000,
      multimediaClassrooms: 4,
      innovationLabs: 0,
      wirelessFullCoverage: true,
      healthTested: 100,
      healthPassed: 90,
      healthGoodOrExcellent: 30,
      meetsPeHygieneStandard: true,
      implementsCurriculumStandards: true,
      hasSportsBrand: false,
      implementsHealthStandard: true,
      heldSportsMeeting: true,
      footballFeatureSchool: false,
      heldArtsFestival: true,
      notes: "撤销前最后一年",
      grades: [1, 2].map((grade) => ({
        stage: "PRIMARY",
        grade,
        students: 50,
        classes: 2,
        largeClasses: 0,
        oversizedClasses: 0,
        disabledStudents: 0,
      })),
    };

    it("closed after 1 September: due that year, its account stays enabled and submits the year's 年报; closed before: disabled", async () => {
      const add = async (code: string, name: string, username: string) => {
        const r = await as("d2", CREATE_SCHOOL, {
          input: {
            districtId: ids.d2,
            code,
            name,
            type: "PRIMARY",
            ownership: "PUBLIC",
            urbanRuralCode: "111",
          },
        });
        expect(r.errors).toBeUndefined();
        const id = r.data!.createSchool.school.id as string;
        await handle.db.insert(users).values({
          username,
          displayName: name,
          passwordHash: await hash(FIXTURE_PASSWORD),
          level: "school",
          districtId: ids.d2,
          schoolId: id,
        });
        token[username] = await loginAs(url, username, FIXTURE_PASSWORD, "SCHOOL");
        return id;
      };
      const s41 = await add("2150300041", "海南区第四小学", "s41");
      const s42 = await add("2150300042", "海南区第五小学", "s42");

      // S41 closes 2025-10-15, after 2025-09-01: open at the 2025 统计时点, so due (应报) in 2025
      const closed = await as(
        "d2",
        `mutation($input: CloseSchoolInput!) { closeSchool(input: $input) { ${LIFE} } }`,
        {
          input: { id: s41, version: 1, closedOn: "2025-10-15", reason: "撤并" },
        },
      );
      expect(closed.errors).toBeUndefined();
      expect(closed.data!.closeSchool).toEqual({
        accountsDisabled: 0,
        school: { status: "CLOSED", closedOn: "2025-10-15" },
      });
      // its session goes on, it logs in again, and saves and submits its 2025 年报
      expect((await as("s41", `{ viewer { user { username } } }`)).data?.viewer).toEqual({
        user: { username: "s41" },
      });
      token.s41 = await loginAs(url, "s41", FIXTURE_PASSWORD, "SCHOOL");
      const saved = await as(
        "s41",
        `mutation($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { report { ${REPORT} } } }`,
        { input: { schoolId: s41, schoolYear: 2025, version: null, ...content } },
      );
      expect(saved.errors).toBeUndefined();
      expect(saved.data!.saveReportDraft.report).toMatchObject({ status: "DRAFT", version: 1 });
      const submitted = await as(
        "s41",
        `mutation($s: ID!, $y: Int!, $v: Int!) { submitReport(schoolId: $s, schoolYear: $y, version: $v) { report { ${REPORT} } } }`,
        { s: s41, y: 2025, v: 1 },
      );
      expect(submitted.errors).toBeUndefined();
      expect(submitted.data!.submitReport.report).toMatchObject({ status: "SUBMITTED", version: 2 });

      // S42 merges into N2 on 2025-08-31, before 2025-09-01: not due in 2025, its account is disabled
      const merged = await as(
        "d2",
        `mutation($input: MergeSchoolInput!) { mergeSchool(input: $input) { ${LIFE} } }`,
        {
          input: { id: s42, version: 1, intoSchoolId: ids.n2, mergedOn: "2025-08-31" },
        },
      );
      expect(merged.errors).toBeUndefined();
      expect(merged.data!.mergeSchool).toEqual({
        accountsDisabled: 1,
        school: { status: "MERGED", closedOn: "2025-08-31" },
      });
      expect(ext(await as("s42", `{ schools { name } }`)).code).toBe("UNAUTHENTICATED");
      const [s42User] = await handle.db
        .select({ active: users.active })
        .from(users)
        .where(eq(users.username, "s42"));
      expect(s42User).toEqual({ active: false });
      // the audit row says how many accounts were disabled
      const audit = await handle.db
        .select({ action: auditLog.action, after: auditLog.after })
        .from(auditLog)
        .where(eq(auditLog.entityId, s41));
      expect(audit.find((a) => a.action === "school.close")?.after).toMatchObject({ accountsDisabled: 0 });
    });
  });
});
