/**
 * Hostile input at every mutation and every Query field with arguments (issue 11),
 * property-based (fast-check): for each field of `Mutation` and each such field of `Query`, read
 * from the schema (a new field is covered without a case of its own), the
 * arguments are generated from their types: plausible values everywhere (real ids in the
 * caller's scope, years 2024–2026, valid enum values) but at one position chosen at random,
 * which gets a hostile value of its type — NUL and other control characters, very long and odd
 * Unicode strings, extreme and negative numbers, years past PostgreSQL's smallint, far and
 * impossible dates, unknown enum values, empty lists, junk in place of an .xlsx file — and the
 * call is sent over HTTP as a city, district (海勃湾区) or school (p1) account. (With the
 * control-character check switched off, this test finds the NUL byte in createRegisterEntry's
 * name and in login's username.) Every answer must hold:
 * - no INTERNAL_SERVER_ERROR and no HTTP 5xx;
 * - every BAD_USER_INPUT names a field (`extensions.field`, a non-empty path);
 * - a refused mutation wrote nothing: the row count of every table is the same before and after
 *   (queries write nothing, and are not counted).
 * Runs on PGlite and (with DATABASE_URL) PostgreSQL, with a fixed seed so a failure replays;
 * numRuns per mutation is kept small so each engine takes well under two minutes.
 */
import { type DbHandle, staff, users } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { eq, notInArray, sql } from "drizzle-orm";
import fc from "fast-check";
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLInputType,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_PASSWORD, type SmallCity } from "../fixtures/smallCity.ts";
import { typeDefs } from "../server.ts";
import { type SmallCityApi, smallCityApi } from "../testing/smallCityApi.ts";
import { type GraphQLResponse, loginAs } from "../testing.ts";

const schema = buildSchema(typeDefs);
const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
/** The Query fields that take arguments: each gets hostile values the same way. */
const queries = Object.values(schema.getQueryType()?.getFields() ?? {}).filter((f) => f.args.length);

/** Runs per mutation (each a request, and two row counts around it). */
const RUNS = 25;
/** Runs per query field (each a request; a query writes nothing, so no row counts). */
const QUERY_RUNS = 10;
/** Mutations that end or change the caller's session run with a throwaway account's token. */
const SESSION_MUTATIONS = new Set(["logout", "changePassword"]);

/** A short text with a NUL or another control character somewhere in it. */
const withControl = fc
  .tuple(
    fc.string({ maxLength: 8 }),
    fc.constantFrom("\u0000", "\u0001", "\u001f", "\u007f"),
    fc.string({ maxLength: 8 }),
  )
  .map(([a, c, b]) => `${a}${c}${b}`);

const hostileStrings = fc.oneof(
  { weight: 3, arbitrary: withControl },
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "名称\u0000",
    "\u0007\u001b[31m",
    "\t\n",
    "x".repeat(5_000),
    "张".repeat(2_001),
    "'; drop table users; --",
    "\ud800",
    "𠀀𠀁",
    "-1",
    "2026-02-30",
    "null",
  ),
  fc.string({ unit: "binary", maxLength: 30 }),
);

const hostileInts = fc.oneof(
  fc.constantFrom(-2147483648, -32769, -1, 0, 1, 12, 13, 1899, 2025, 2026, 2101, 32768, 2147483647),
  fc.integer(),
);

const hostileFloats = fc.oneof(
  fc.constantFrom(-1, 0, 0.001, 1.005, 1e15, 1e308, -1e308, 5e-324),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const hostileDates = fc.constantFrom(
  "-200000-01-01T00:00:00Z",
  "0001-01-01",
  "1899-12-31",
  "2101-01-01T00:00:00Z",
  "9999-12-31T23:59:59Z",
  "2026-02-30",
  "0",
  "",
  "2025-10-10T16:00:00Z",
  "2026-09-01T00:00:00+08:00",
  "2027-01-05T18:00:00+08:00",
);

/** An .xlsx-ish payload: garbage, a zip header, a truncated file, text. */
const hostileBase64 = fc.oneof(
  fc.constantFrom(
    "",
    "UEsDBA==",
    "UEsDBBQAAAAIAA==",
    "!!!not base64!!!",
    Buffer.from("名称,人数\n").toString("base64"),
  ),
  fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b).toString("base64")),
);

/**
 * A plausible value of `type` at the argument or input field called `name`: right type, in
 * range, real ids, so that a call gets past its other fields to the one made hostile.
 */
function plausible(
  type: GraphQLInputType,
  name: string,
  ids: readonly string[],
  depth: number,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return plausible(type.ofType, name, ids, depth);
  if (isListType(type))
    return fc.array(plausible(type.ofType, name, ids, depth + 1), { minLength: 1, maxLength: 2 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const shape: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) {
      const value = plausible(f.type, f.name, ids, depth + 1);
      shape[f.name] = isNonNullType(f.type) ? value : fc.option(value, { nil: null, freq: 2 });
    }
    const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    return fc.record(shape, { requiredKeys: required });
  }
  switch (isScalarType(type) ? type.name : "") {
    case "Int":
      if (/year/i.test(name)) return fc.constantFrom(2024, 2025, 2026);
      if (/^(version|page)$/.test(name)) return fc.constant(1);
      return fc.integer({ min: 0, max: 60 });
    case "Float":
      return fc.constantFrom(0, 12.5, 1000);
    case "Boolean":
      return fc.boolean();
    case "DateTime":
      return fc.constantFrom("2026-10-10T16:00:00Z", "2027-01-05T18:00:00+08:00");
    case "JSON":
      return fc.constant({});
    case "ID":
      return fc.constantFrom(...ids);
    case "String":
      return /base64/i.test(name) ? hostileBase64 : fc.constantFrom("测试名称", "乌海市第一中学", "数学");
    default:
      return fc.constant(null);
  }
}

/** A hostile value for a position of `type` (a scalar, an enum or a list) named `name`. */
function hostile(type: GraphQLInputType, name: string): fc.Arbitrary<unknown> {
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) return fc.constantFrom([], [null]);
  if (isEnumType(t)) return fc.constantFrom("NOT_A_VALUE", "", null);
  switch (isScalarType(t) ? t.name : "") {
    case "Int":
      return hostileInts;
    case "Float":
      return hostileFloats;
    case "DateTime":
      return hostileDates;
    case "ID":
      return fc.oneof(fc.constantFrom("00000000-0000-0000-0000-000000000000", "not-a-uuid"), hostileStrings);
    case "String":
      return /base64/i.test(name) ? hostileBase64 : hostileStrings;
    default:
      return fc.constantFrom(null, "", -1);
  }
}

/** A position in the variables where a hostile value may go: its path and its type. */
interface Leaf {
  path: (string | number)[];
  type: GraphQLInputType;
  name: string;
}

/** Every scalar, enum and list position of `value` (of `type`), absent optional fields included. */
function leavesOf(value: unknown, type: GraphQLInputType, name: string, path: (string | number)[]): Leaf[] {
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) {
    const items = Array.isArray(value) ? value : [];
    return [{ path, type, name }, ...items.flatMap((v, i) => leavesOf(v, t.ofType, name, [...path, i]))];
  }
  if (isInputObjectType(t)) {
    if (!value || typeof value !== "object") return [{ path, type, name }];
    return Object.values(t.getFields()).flatMap((f) =>
      leavesOf((value as Record<string, unknown>)[f.name], f.type, f.name, [...path, f.name]),
    );
  }
  return [{ path, type, name }];
}

/** `value` with `replacement` at `path` (a copy; the generated value is not changed). */
function setAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (!path.length) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head as string] = setAt(copy[head as string], rest, replacement);
  return copy;
}

/**
 * Variables for `args`: plausible everywhere but at one position (chosen at random), which gets a
 * hostile value of its type.
 */
function oneHostile(
  args: readonly GraphQLArgument[],
  ids: readonly string[],
): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const a of args) {
    const value = plausible(a.type, a.name, ids, 0);
    shape[a.name] = isNonNullType(a.type) ? value : fc.option(value, { nil: null, freq: 2 });
  }
  const base = fc.record(shape, {
    requiredKeys: args.filter((a) => isNonNullType(a.type)).map((a) => a.name),
  });
  return base.chain((vars) => {
    const leaves = args.flatMap((a) => leavesOf(vars[a.name], a.type, a.name, [a.name]));
    if (!leaves.length) return fc.constant(vars);
    return fc
      .nat({ max: leaves.length - 1 })
      .chain((i) =>
        hostile(leaves[i]!.type, leaves[i]!.name).map(
          (h) => setAt(vars, leaves[i]!.path, h) as Record<string, unknown>,
        ),
      );
  });
}

/** The document calling `field` (a mutation, or a query) with one variable per argument. */
function documentOf(
  field: { name: string; args: readonly GraphQLArgument[]; type: unknown },
  operation: "mutation" | "query" = "mutation",
): string {
  const vars = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(", ");
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const selection = isCompositeType(getNamedType(field.type as GraphQLInputType)) ? " { __typename }" : "";
  return `${operation} Hostile${vars ? `(${vars})` : ""} { ${field.name}${args ? `(${args})` : ""}${selection} }`;
}

describe.each(testBackends())("hostile input at every mutation on $name", (backend) => {
  let h: DbHandle;
  let smallCity: SmallCityApi;
  let ids: SmallCity;
  let url: string;
  let countSql: string;
  const tokens: Record<string, string> = {};
  const throwaway: string[] = [];
  /** Ids of staff records and of accounts the test does not log in with. */
  const moreIds: string[] = [];

  /** Row count of every table, in one statement. */
  async function rowCounts(): Promise<Record<string, number>> {
    const res = (await h.db.execute(sql.raw(countSql))) as unknown as
      | { rows: { counts: Record<string, number> | string }[] }
      | { counts: Record<string, number> | string }[];
    const row = Array.isArray(res) ? res[0] : res.rows[0];
    const counts = row?.counts;
    return typeof counts === "string" ? JSON.parse(counts) : (counts ?? {});
  }

  beforeAll(async () => {
    smallCity = await smallCityApi(backend);
    ({ handle: h, ids, url } = smallCity);
    const res = (await h.db.execute(
      sql`select table_name as name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    )) as unknown as { rows: { name: string }[] } | { name: string }[];
    // login_throttle counts every refused login: that write is the refusal working
    const tables = (Array.isArray(res) ? res : res.rows)
      .map((r) => r.name)
      .filter((t) => t !== "login_throttle");
    expect(tables).toContain("staff");
    countSql = `select json_build_object(${tables
      .map((t) => `'${t}', (select count(*) from "${t}")`)
      .join(", ")})::text as counts`;
    const p1Staff = await h.db
      .select({ id: staff.id })
      .from(staff)
      .where(eq(staff.schoolId, ids.p1))
      .limit(4);
    for (const r of p1Staff) moreIds.push(r.id);
    const others = await h.db
      .select({ id: users.id })
      .from(users)
      .where(notInArray(users.username, ["city", "haibowan", "p1", "n2"]));
    for (const r of others) moreIds.push(r.id);
    tokens.city = await loginAs(url, "city", FIXTURE_PASSWORD, "CITY");
    tokens.district = await loginAs(url, "haibowan", FIXTURE_PASSWORD, "DISTRICT");
    tokens.school = await loginAs(url, "p1", FIXTURE_PASSWORD, "SCHOOL");
    // sessions of an account no other case uses, one per logout/changePassword run (logged in
    // before any hostile login, so no throttle of this client stands in the way)
    for (let i = 0; i < 2 * RUNS; i++) throwaway.push(await loginAs(url, "n2", FIXTURE_PASSWORD, "SCHOOL"));
  }, 300_000);
  afterAll(() => smallCity?.close());

  it("reads the mutations from the schema", () => {
    expect(mutations.length).toBeGreaterThan(30);
    expect(mutations.map((m) => m.name)).toEqual(
      expect.arrayContaining(["login", "saveReportDraft", "createRegisterEntry", "saveDistrictInputs"]),
    );
  });

  it.each(mutations.map((m) => [m.name, m] as const))(
    "%s: no internal error, every refusal names a field, nothing written",
    async (name, field) => {
      // ids in the caller's own scope mostly (海勃湾区 d1 and its schools; p1 for the school), so
      // that a call gets past the scope check to the hostile value
      const pools: Record<string, string[]> = {
        city: [ids.d1, ids.d2, ids.p1, ids.k1, ids.v1, ids.n2, ids.k2, ...moreIds],
        district: [ids.d1, ids.p1, ids.k1, ids.v1, ids.d2, ...moreIds],
        school: [ids.p1, ids.p1, ids.d1, ...moreIds],
      };
      const document = documentOf(field);
      const call = fc
        .constantFrom("city", "city", "district", "school")
        .chain((who) => oneHostile(field.args, pools[who]!).map((vars) => [vars, who] as const));
      await fc.assert(
        fc.asyncProperty(call, async ([vars, who]) => {
          const token = SESSION_MUTATIONS.has(name)
            ? (throwaway.pop() ?? (await loginAs(url, "n2", FIXTURE_PASSWORD, "SCHOOL")))
            : tokens[who];
          const before = await rowCounts();
          const res = await fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
            body: JSON.stringify({ query: document, variables: vars }),
          });
          const status = res.status;
          const body = (await res.json()) as GraphQLResponse;
          const errors = body.errors ?? [];
          const context = `${name} as ${who} (HTTP ${status}): ${JSON.stringify(errors).slice(0, 400)}`;
          expect(status, context).toBeLessThan(500);
          for (const e of errors) {
            expect(e.extensions?.code, context).not.toBe("INTERNAL_SERVER_ERROR");
            expect(e.extensions?.code, context).toBeTypeOf("string");
            if (e.extensions?.code === "BAD_USER_INPUT") {
              expect(e.extensions.field, context).toBeTypeOf("string");
              expect((e.extensions.field ?? "").length, context).toBeGreaterThan(0);
            }
          }
          if (errors.length) expect(await rowCounts(), context).toEqual(before);
        }),
        { numRuns: SESSION_MUTATIONS.has(name) ? Math.min(RUNS, throwaway.length) : RUNS, seed: 2035 },
      );
    },
    120_000,
  );

  it("reads the Query fields with arguments from the schema", () => {
    expect(queries.length).toBeGreaterThan(25);
    expect(queries.map((q) => q.name)).toEqual(
      expect.arrayContaining(["staff", "targetDashboard", "auditLog", "publishedHistory"]),
    );
  });

  it.each(queries.map((q) => [q.name, q] as const))(
    "query %s: no internal error, every refusal names a field",
    async (name, field) => {
      const pools: Record<string, string[]> = {
        city: [ids.d1, ids.d2, ids.p1, ids.k1, ids.v1, ids.n2, ids.k2, ...moreIds],
        district: [ids.d1, ids.p1, ids.k1, ids.v1, ids.d2, ...moreIds],
        school: [ids.p1, ids.p1, ids.d1, ...moreIds],
      };
      const document = documentOf(field, "query");
      const call = fc
        .constantFrom("city", "city", "district", "school")
        .chain((who) => oneHostile(field.args, pools[who]!).map((vars) => [vars, who] as const));
      await fc.assert(
        fc.asyncProperty(call, async ([vars, who]) => {
          const res = await fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${tokens[who]}` },
            body: JSON.stringify({ query: document, variables: vars }),
          });
          const status = res.status;
          const body = (await res.json()) as GraphQLResponse;
          const errors = body.errors ?? [];
          const context = `${name} as ${who} (HTTP ${status}) ${JSON.stringify(vars).slice(0, 200)}: ${JSON.stringify(errors).slice(0, 400)}`;
          expect(status, context).toBeLessThan(500);
          for (const e of errors) {
            expect(e.extensions?.code, context).not.toBe("INTERNAL_SERVER_ERROR");
            expect(e.extensions?.code, context).toBeTypeOf("string");
            if (e.extensions?.code === "BAD_USER_INPUT") {
              expect(e.extensions.field, context).toBeTypeOf("string");
              expect((e.extensions.field ?? "").length, context).toBeGreaterThan(0);
            }
          }
        }),
        { numRuns: QUERY_RUNS, seed: 2035 },
      );
    },
    120_000,
  );
});
