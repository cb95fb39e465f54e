/**
 * Clear errors, never INTERNAL_SERVER_ERROR (issue 11): one case per finding of the outside
 * probe, through GraphQL over HTTP as the apps send it, on PGlite and (with DATABASE_URL)
 * PostgreSQL. Fixture: fixtures/smallCity.ts (p1 = 海勃湾区第一小学, a 小学; d1 = 海勃湾区).
 *
 * Each refusal is BAD_USER_INPUT naming the field (`extensions.field`), with a Chinese message,
 * and nothing is written (the table's rows are counted before and after).
 *
 * The database error log keeps the statement and the SQLSTATE, never the parameters: the last
 * case makes the database fail an insert (a trigger raising an error that quotes the name) and
 * reads the server's log (errorLog.test.ts tests the same for the driver errors themselves).
 */
import { type DbHandle, districtInputs, registers, reportingPeriods, schoolReports } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { schoolYearOf } from "@edu2035/domain";
import { count, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "../env.ts";
import { FIXTURE_PASSWORD, loadSmallCity, type SmallCity } from "../fixtures/smallCity.ts";
import { type RunningApi, startApi } from "../server.ts";
import { type SmallCityApi, smallCityApi } from "../testing/smallCityApi.ts";
import { type GraphQLResponse, gql, loginAs, TEST_NOW } from "../testing.ts";

const NUL = "\u0000";
/** The current school year (the tests run in it): drafts and periods are for this year. */
const Y = schoolYearOf(TEST_NOW);

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
const DRAFT = `mutation($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { report { version } } }`;
const CREATE_ENTRY = `mutation($input: RegisterEntryInput!) { createRegisterEntry(input: $input) { entry { id version name } } }`;
const UPDATE_ENTRY = `mutation($id: ID!, $version: Int!, $input: RegisterEntryInput!) {
  updateRegisterEntry(id: $id, version: $version, input: $input) { entry { version name } } }`;
const STAFF = `query($filter: StaffFilter!) { staff(filter: $filter) { total } }`;
const DISTRICT_INPUTS = `mutation($districtId: ID!, $input: DistrictInputsInput!) {
  saveDistrictInputs(districtId: $districtId, input: $input) { __typename } }`;
const PERIOD = `mutation($schoolYear: Int!, $deadline: DateTime!, $openedAt: DateTime) {
  setReportingPeriod(schoolYear: $schoolYear, deadline: $deadline, openedAt: $openedAt) { period { openedAt } } }`;
const AUDIT = `query($filter: AuditFilter!) { auditLog(filter: $filter) { total } }`;

/** The first error's code, field and message. */
const refusal = (r: GraphQLResponse) => ({
  code: r.errors?.[0]?.extensions?.code,
  field: r.errors?.[0]?.extensions?.field,
  message: r.errors?.[0]?.message,
});

describe.each(testBackends())("clear errors on $name", (backend) => {
  let h: DbHandle;
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let t: Record<string, string>;
  const rows = async (table: PgTable) => (await h.db.select({ n: count() }).from(table))[0]!.n;

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, { logins: ["city", "p1"] });
    ({ handle: h, ids, url, tokens: t } = smallCity);
  });
  afterAll(() => smallCity?.close());

  it("a NUL byte in login.username: BAD_USER_INPUT on input.username, HTTP 400", async () => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: LOGIN,
        variables: { input: { username: `ci${NUL}ty`, password: "x", app: "CITY" } },
      }),
    });
    expect(res.status).toBe(400);
    const r = (await res.json()) as GraphQLResponse;
    expect(refusal(r)).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.username",
      message: "字段 input.username 包含不允许的控制字符",
    });
  });

  it("a NUL byte in saveReportDraft.notes: refused on input.notes, no report saved", async () => {
    const before = await rows(schoolReports);
    const r = await gql(
      url,
      DRAFT,
      { input: { schoolId: ids.p1, schoolYear: Y, grades: [], notes: `a${NUL}b` } },
      t.p1,
    );
    expect(refusal(r)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.notes" });
    expect(await rows(schoolReports)).toBe(before);
  });

  it("createRegisterEntry name and notes, updateRegisterEntry name with a NUL byte: refused, nothing written", async () => {
    const entry = {
      kind: "MODERNISATION_PILOT_ZONE",
      districtId: ids.d1,
      name: "乌海市教育现代化试验区",
      fromYear: 2025,
    };
    const before = await rows(registers);
    const badName = await gql(url, CREATE_ENTRY, { input: { ...entry, name: `试验区${NUL}` } }, t.city);
    expect(refusal(badName)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.name" });
    const badNotes = await gql(url, CREATE_ENTRY, { input: { ...entry, notes: NUL } }, t.city);
    expect(refusal(badNotes)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.notes" });
    expect(await rows(registers)).toBe(before);

    const created = await gql(url, CREATE_ENTRY, { input: entry }, t.city);
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data!.createRegisterEntry.entry as { id: string; version: number };
    const update = await gql(
      url,
      UPDATE_ENTRY,
      { id, version, input: { ...entry, name: `改${NUL}名` } },
      t.city,
    );
    expect(refusal(update)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.name" });
    const [stored] = await h.db.select({ name: registers.name, version: registers.version }).from(registers);
    expect(stored).toEqual({ name: "乌海市教育现代化试验区", version });
  });

  it("a NUL byte in staff(filter.search), as a variable or written in the document: refused on filter.search", async () => {
    const r = await gql(url, STAFF, { filter: { schoolYear: 2025, search: `张${NUL}` } }, t.city);
    expect(refusal(r)).toEqual({
      code: "BAD_USER_INPUT",
      field: "filter.search",
      message: "字段 filter.search 包含不允许的控制字符",
    });
    const literal = await gql(
      url,
      `query { staff(filter: { schoolYear: 2025, search: "张\\u0000" }) { total } }`,
      {},
      t.city,
    );
    expect(refusal(literal)).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.search" });
    // tab and line breaks are text, not refused
    const clean = await gql(url, STAFF, { filter: { schoolYear: 2025, search: "张\t" } }, t.city);
    expect(clean.errors).toBeUndefined();
  });

  it("saveDistrictInputs(schoolYear: 2147483647): the shared year check on schoolYear", async () => {
    const before = await rows(districtInputs);
    const r = await gql(
      url,
      DISTRICT_INPUTS,
      { districtId: ids.d1, input: { schoolYear: 2147483647 } },
      t.city,
    );
    expect(refusal(r)).toEqual({
      code: "BAD_USER_INPUT",
      field: "schoolYear",
      message: "学年应为 2000 至 2100 之间的起始年份，例如 2025 表示 2025—2026学年",
    });
    expect(await rows(districtInputs)).toBe(before);
  });

  it("setReportingPeriod openedAt: -200000, 1899-12-31, 2026-02-30, 0 and a year before the school year are refused on openedAt", async () => {
    const before = await rows(reportingPeriods);
    const deadline = `${Y + 1}-01-10T16:00:00Z`;
    const cases: [unknown, string][] = [
      ["-200000-01-01T00:00:00Z", "开始时间格式不正确：应为 ISO 8601 时间，例如 2027-01-05T18:00:00+08:00"],
      ["1899-12-31", "开始时间超出范围：年份应在 1900 至 2100 之间"],
      ["2101-01-01T00:00:00Z", "开始时间超出范围：年份应在 1900 至 2100 之间"],
      // 30 February is not moved to 2 March
      ["2026-02-30", "开始时间格式不正确：应为 ISO 8601 时间，例如 2027-01-05T18:00:00+08:00"],
      [0, "开始时间格式不正确：应为 ISO 8601 时间，例如 2027-01-05T18:00:00+08:00"],
      ["1970-01-01T00:00:00Z", `开始时间不应早于 ${Y} 年，请核对年份`],
    ];
    for (const [openedAt, message] of cases) {
      const r = await gql(url, PERIOD, { schoolYear: Y, deadline, openedAt }, t.city);
      expect(refusal(r), String(openedAt)).toEqual({ code: "BAD_USER_INPUT", field: "openedAt", message });
    }
    expect(await rows(reportingPeriods)).toBe(before);
  });

  it("auditLog with a far-past from or a far-future to: BAD_USER_INPUT on from / to", async () => {
    const past = await gql(url, AUDIT, { filter: { from: "1000-01-01T00:00:00Z" } }, t.city);
    expect(refusal(past)).toEqual({
      code: "BAD_USER_INPUT",
      field: "filter.from",
      message: "开始时间超出范围：年份应在 1900 至 2100 之间",
    });
    const future = await gql(url, AUDIT, { filter: { to: "9999-12-31" } }, t.city);
    expect(refusal(future)).toEqual({
      code: "BAD_USER_INPUT",
      field: "filter.to",
      message: "结束时间超出范围：年份应在 1900 至 2100 之间",
    });
    const reversed = await gql(url, AUDIT, { filter: { from: "2026-02-01", to: "2026-01-01" } }, t.city);
    expect(refusal(reversed)).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.to" });
  });

  it("a DateTime written in the document (a literal) that is no instant: BAD_USER_INPUT naming the field, in Chinese, HTTP 400", async () => {
    const post = async (query: string) => {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${t.city}` },
        body: JSON.stringify({ query }),
      });
      return { status: res.status, ...((await res.json()) as GraphQLResponse) };
    };
    const from = await post(`{ auditLog(filter: { from: "2026-02-30" }) { total } }`);
    expect(from.status).toBe(400);
    expect(refusal(from)).toEqual({
      code: "BAD_USER_INPUT",
      field: "from",
      message: "开始时间格式不正确：应为 ISO 8601 时间，例如 2027-01-05T18:00:00+08:00",
    });
    expect(refusal(await post(`{ auditLog(filter: { to: "9999-12-31" }) { total } }`))).toEqual({
      code: "BAD_USER_INPUT",
      field: "to",
      message: "结束时间超出范围：年份应在 1900 至 2100 之间",
    });
    // not a string at all, and the argument itself a DateTime
    const before = await rows(reportingPeriods);
    const deadline = await post(
      `mutation { setReportingPeriod(schoolYear: ${Y}, deadline: 5) { period { openedAt } } }`,
    );
    expect(deadline.status).toBe(400);
    expect(refusal(deadline)).toEqual({
      code: "BAD_USER_INPUT",
      field: "deadline",
      message: "截止时间格式不正确：应为 ISO 8601 时间，例如 2027-01-05T18:00:00+08:00",
    });
    expect(await rows(reportingPeriods)).toBe(before);
  });

  it("publishedHistory with a district unit lacking its id: BAD_USER_INPUT on unit.id, not FORBIDDEN", async () => {
    const r = await gql(
      url,
      `query($u: OrgUnitInput!) { publishedHistory(unit: $u, targetId: "A08", schoolYear: 2025) { version } }`,
      { u: { level: "DISTRICT" } },
      t.city,
    );
    expect(refusal(r)).toEqual({
      code: "BAD_USER_INPUT",
      field: "unit.id",
      message: "单位缺少 id：区须给出其 id",
    });
    const school = await gql(
      url,
      `{ publishedHistory(unit: { level: SCHOOL, id: null }, targetId: "A08", schoolYear: 2025) { version } }`,
      {},
      t.p1,
    );
    expect(refusal(school)).toEqual({
      code: "BAD_USER_INPUT",
      field: "unit.id",
      message: "单位缺少 id：学校须给出其 id",
    });
  });

  it("saveReportDraft refuses grade -1 (no '-1年级' report)", async () => {
    const before = await rows(schoolReports);
    const grade = {
      stage: "PRIMARY",
      classes: 1,
      students: 30,
      disabledStudents: 0,
      largeClasses: 0,
      oversizedClasses: 0,
    };
    for (const g of [-1, 0, 13]) {
      const r = await gql(
        url,
        DRAFT,
        { input: { schoolId: ids.p1, schoolYear: Y, grades: [{ ...grade, grade: g }] } },
        t.p1,
      );
      expect(refusal(r), String(g)).toEqual({
        code: "BAD_USER_INPUT",
        field: "grades.0.grade",
        message: "年级应为 1 至 12 之间的整数",
      });
    }
    expect(await rows(schoolReports)).toBe(before);
  });

  it("syntax errors and the token limit answer HTTP 400", async () => {
    const post = (query: string) =>
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
    const syntax = await post("query { health { ok ");
    expect(syntax.status).toBe(400);
    expect(((await syntax.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe(
      "GRAPHQL_PARSE_FAILED",
    );
    const long = await post(`query { ${"health { ok } ".repeat(1000)} }`);
    expect(long.status).toBe(400);
    expect(((await long.json()) as GraphQLResponse).errors?.[0]?.message).toBe(
      "查询过长：最多 3000 个词法单元（token），已拒绝解析",
    );
  });
});

describe.each(testBackends())("database error logs on $name", (backend) => {
  let h: DbHandle;
  let api: RunningApi;
  const lines: string[] = [];
  const NAME = "王晓燕示范区";

  beforeAll(async () => {
    h = await backend.open();
    await loadSmallCity(h.db);
    const log = pino({ level: "info" }, { write: (line: string) => void lines.push(line) });
    const env = readEnv({ LOG_LEVEL: "info" });
    api = await startApi({ db: h.db, readDb: h.readDb, dbKind: h.kind, env, log }, 0);
  });
  afterAll(async () => {
    await api?.stop();
    await h?.close();
  });

  it("log the statement and the SQLSTATE of a failed insert, not the name typed", async () => {
    // a database fault whose message quotes the value (as "duplicate key (…)=(…)" does)
    await h.db.execute(
      sql.raw(`create or replace function refuse_register() returns trigger language plpgsql as
        $$ begin raise exception 'refused: %', new.name using errcode = 'P0001'; end $$`),
    );
    await h.db.execute(
      sql.raw(
        "create trigger refuse_register before insert on registers for each row execute function refuse_register()",
      ),
    );
    try {
      const city = await loginAs(api.url, "city", FIXTURE_PASSWORD, "CITY");
      const input = { kind: "MODERNISATION_PILOT_ZONE", name: NAME, fromYear: 2025 };
      const [d1] = (await gql(api.url, `query { districts { id } }`, {}, city)).data?.districts ?? [];
      const r = await gql(api.url, CREATE_ENTRY, { input: { ...input, districtId: d1?.id } }, city);
      // a real database fault is the one INTERNAL_SERVER_ERROR left, and says nothing of it
      expect(r.errors?.[0]).toMatchObject({
        message: "服务器内部错误，请稍后重试",
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      });
      const log = lines.join("\n");
      expect(log).not.toContain(NAME);
      const entry = lines.map((l) => JSON.parse(l)).find((l) => l.msg === "resolver error");
      expect(entry?.error.query).toMatch(/^insert into "registers" .* values \(default, \$1, \$2/);
      expect(entry?.error.cause.code).toBe("P0001");
      expect(log).not.toContain("refused:");
    } finally {
      await h.db.execute(sql.raw("drop trigger refuse_register on registers"));
    }
  });
});
