/**
 * The GraphQL layer as production runs it, over HTTP as the apps call it, on PGlite and (with
 * DATABASE_URL) PostgreSQL: trusted documents only (by hash, or a manifest text), no
 * introspection, the query limits in Chinese, and one log line per request naming its
 * operation without personal data. Production mode comes from the env object handed to the
 * server, not from process.env. The apps' documents (@edu2035/graphql) are not importable here
 * (that package depends on this one); the tests find them in the manifest codegen publishes.
 */
import type { AddressInfo } from "node:net";
import type { DbHandle } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppDeps } from "../context.ts";
import { readEnv } from "../env.ts";
import { FIXTURE_PASSWORD, loadSmallCity } from "../fixtures/smallCity.ts";
import { buildHttpApp } from "../http/app.ts";
import { createApolloServer, type RunningApi, startApi } from "../server.ts";
import { QUERY_LIMITS } from "./limits.ts";
import { documentHash, type TrustedDocuments, trustedDocuments } from "./trustedDocuments.ts";

/** The manifest entry of the shipped operation named `name`: its hash and text. */
function shipped(name: string): { hash: string; text: string } {
  const found = Object.entries(trustedDocuments).filter(([, text]) =>
    new RegExp(`(^|\\} )(query|mutation) ${name}[ ({]`).test(text),
  );
  expect(found, `operation ${name} in the manifest`).toHaveLength(1);
  const [hash, text] = found[0]!;
  return { hash, text };
}

/** POST a body as the apps' execute() does; the HTTP status and the parsed answer. */
async function post(url: string, body: unknown, token?: string) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  // biome-ignore lint/suspicious/noExplicitAny: responses are asserted field by field
  return { status: res.status, ...((await res.json()) as { data?: any; errors?: any[] }) };
}

/** A request naming a document by hash only (Apollo's persisted-query extension). */
const byHash = (hash: string, variables: Record<string, unknown> = {}) => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
});

const LOGIN = shipped("Login");
const VIEWER = shipped("Viewer");
const INTROSPECTION = "query Types { __schema { types { name } } }";

/** Log lines a pino logger wrote, parsed. */
function memoryLog() {
  const lines: string[] = [];
  const log = pino({ level: "info" }, { write: (line: string) => void lines.push(line) });
  return {
    log,
    lines,
    graphql: () => lines.map((l) => JSON.parse(l)).filter((l: { msg?: string }) => l.msg === "graphql"),
  };
}

describe.each(testBackends())("the GraphQL layer on $name", (backend) => {
  let h: DbHandle;
  let dev: RunningApi;
  let prod: RunningApi;
  let prodLog: ReturnType<typeof memoryLog>;
  let custom: { url: string; close(): Promise<unknown> };

  beforeAll(async () => {
    h = await backend.open();
    await loadSmallCity(h.db);
    const env = readEnv({ LOG_LEVEL: "silent" });
    const deps = (e: AppDeps["env"], log: AppDeps["log"]): AppDeps => ({
      db: h.db,
      readDb: h.readDb,
      dbKind: h.kind,
      env: e,
      log,
    });
    prodLog = memoryLog();
    const production = { ...env, NODE_ENV: "production" as const };
    dev = await startApi(deps(env, pino({ level: "silent" })), 0);
    prod = await startApi(deps(production, prodLog.log), 0);
    // production with a manifest that also trusts an introspection query: shows the second lock
    const withIntrospection: TrustedDocuments = {
      ...trustedDocuments,
      [documentHash(INTROSPECTION)]: INTROSPECTION,
    };
    const d = deps(production, pino({ level: "silent" }));
    const app = await buildHttpApp(d, createApolloServer(d, { trustedDocuments: withIntrospection }));
    await app.listen({ port: 0, host: "127.0.0.1" });
    custom = {
      url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`,
      close: () => app.close(),
    };
  });
  afterAll(async () => {
    await custom?.close();
    await prod?.stop();
    await dev?.stop();
    await h?.close();
  });

  const login = async (url: string, username: string, app: string) => {
    const r = await post(url, byHash(LOGIN.hash, { input: { username, password: FIXTURE_PASSWORD, app } }));
    expect(r.errors).toBeUndefined();
    return r.data.login.token as string;
  };

  describe("trusted documents in production", () => {
    it("runs a shipped operation sent by its hash alone, as the apps send it", async () => {
      const token = await login(prod.url, "hainan", "DISTRICT");
      expect(token).toMatch(/\S{20,}/);
      const r = await post(prod.url, byHash(VIEWER.hash), token);
      expect(r.errors).toBeUndefined();
      expect(r.data.viewer).toMatchObject({ level: "DISTRICT", district: { name: "海南区" } });
    });

    it("answers a bad variable without spelling out the schema (no enum-value hints)", async () => {
      const bad = { input: { username: "city", password: FIXTURE_PASSWORD, app: "CITI" } };
      const inProduction = await post(prod.url, byHash(LOGIN.hash, bad));
      expect(inProduction.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(inProduction.errors?.[0]?.extensions?.field).toBe("input.app");
      expect(inProduction.errors?.[0]?.message).toBe("字段 input.app 的值格式不正确");
      expect(JSON.stringify(inProduction.errors)).not.toMatch(/Did you mean|CITY/);
      // development keeps graphql-js's hint in extensions.detail, for developers
      const inDevelopment = await post(dev.url, byHash(LOGIN.hash, bad));
      expect(inDevelopment.errors?.[0]?.message).toBe("字段 input.app 的值格式不正确");
      expect(inDevelopment.errors?.[0]?.extensions?.detail).toMatch(/Did you mean the enum value "CITY"\?$/);
    });

    it("runs a shipped operation sent as its manifest text, with or without its hash", async () => {
      const token = await login(prod.url, "city", "CITY");
      const asText = await post(prod.url, { query: VIEWER.text }, token);
      expect(asText.errors).toBeUndefined();
      expect(asText.data.viewer.level).toBe("CITY");
      const both = await post(prod.url, { query: VIEWER.text, ...byHash(VIEWER.hash) }, token);
      expect(both.errors).toBeUndefined();
      expect(both.data.viewer.level).toBe("CITY");
    });

    it("refuses an ad-hoc query with UNTRUSTED_OPERATION and a Chinese message, before validating it", async () => {
      const token = await login(prod.url, "city", "CITY");
      for (const query of [
        "{ viewer { level } }",
        // a shipped text with one field more is another document
        VIEWER.text.replace("{ viewer {", "{ viewer { level"),
        // not even valid: refused as untrusted, so the answer says nothing about the schema
        "{ noSuchField }",
      ]) {
        const r = await post(prod.url, { query }, token);
        expect(r.status).toBe(400);
        expect(r.data).toBeUndefined();
        expect(r.errors).toEqual([
          {
            message: "该操作不在本平台发布的操作清单中，已拒绝执行（生产环境只执行各应用自带的操作）",
            extensions: { code: "UNTRUSTED_OPERATION" },
          },
        ]);
      }
    });

    it("refuses an unknown hash with PERSISTED_QUERY_NOT_FOUND, and never learns one", async () => {
      const query = "{ viewer { level } }";
      const unknown = await post(prod.url, byHash(documentHash(query)));
      expect(unknown.errors?.[0]).toEqual({
        message: "服务器不认识该操作（操作清单中没有此哈希），请刷新页面后重试",
        extensions: { code: "PERSISTED_QUERY_NOT_FOUND" },
      });
      // Apollo's automatic persisted queries would register a text sent with its hash
      const register = await post(prod.url, { query, ...byHash(documentHash(query)) });
      expect(register.errors?.[0]?.extensions?.code).toBe("UNTRUSTED_OPERATION");
      const again = await post(prod.url, byHash(documentHash(query)));
      expect(again.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
      // a shipped text with another document's hash
      const mismatch = await post(prod.url, { query: VIEWER.text, ...byHash(LOGIN.hash) });
      expect(mismatch.status).toBe(400);
      expect(mismatch.errors).toEqual([
        { message: "操作的哈希与随附的文本不符", extensions: { code: "BAD_REQUEST" } },
      ]);
    });

    it("knows every operation the apps ship, and each passes the query limits", async () => {
      const refusals = [
        "GRAPHQL_PARSE_FAILED",
        "GRAPHQL_VALIDATION_FAILED",
        "PERSISTED_QUERY_NOT_FOUND",
        "UNTRUSTED_OPERATION",
      ];
      const hashes = Object.keys(trustedDocuments);
      expect(hashes.length).toBeGreaterThanOrEqual(40);
      for (const hash of hashes) {
        // anonymous and without variables: answers UNAUTHENTICATED or BAD_USER_INPUT, runs nothing
        const r = await post(prod.url, byHash(hash));
        const codes: string[] = (r.errors ?? []).map(
          (e: { extensions?: { code?: string } }) => e.extensions?.code ?? "NONE",
        );
        expect(
          codes.filter((c) => refusals.includes(c)),
          hash,
        ).toEqual([]);
      }
    });
  });

  describe("introspection", () => {
    it("works in development", async () => {
      const r = await post(dev.url, { query: INTROSPECTION });
      expect(r.errors).toBeUndefined();
      const names = r.data.__schema.types.map((t: { name: string }) => t.name);
      expect(names).toEqual(expect.arrayContaining(["Query", "Mutation", "Viewer", "StaffMember"]));
    });

    it("is refused in production: not a shipped operation, and off even if it were one", async () => {
      const untrusted = await post(prod.url, { query: INTROSPECTION });
      expect(untrusted.errors?.[0]?.extensions?.code).toBe("UNTRUSTED_OPERATION");
      expect(untrusted.data).toBeUndefined();
      const trusted = await post(custom.url, byHash(documentHash(INTROSPECTION)));
      expect(trusted.data).toBeUndefined();
      expect(trusted.errors?.[0]).toMatchObject({
        message: "生产环境不提供接口结构查询（introspection）",
        extensions: { code: "GRAPHQL_VALIDATION_FAILED", validationErrorCode: "INTROSPECTION_DISABLED" },
      });
    });
  });

  describe("request logs", () => {
    it("name each request's operation, with the account's id and level and no personal data", async () => {
      prodLog.lines.length = 0;
      const token = await login(prod.url, "hainan", "DISTRICT");
      await post(prod.url, byHash(VIEWER.hash), token);
      await post(prod.url, { query: "{ viewer { level } }" }, token);
      const [loginLine, viewerLine, refusedLine] = prodLog.graphql();
      expect(loginLine).toMatchObject({ level: 30, op: "Login", kind: "mutation", user: null });
      const viewer = (await post(prod.url, byHash(VIEWER.hash), token)).data.viewer;
      expect(viewerLine).toMatchObject({
        op: "Viewer",
        kind: "query",
        user: viewer.user.id,
        userLevel: "district",
      });
      expect(refusedLine).toMatchObject({ op: null, kind: null, errors: ["UNTRUSTED_OPERATION"] });
      expect(typeof viewerLine.ms).toBe("number");
      const all = prodLog.lines.join("\n");
      for (const secret of [FIXTURE_PASSWORD, "hainan", "海南区教育局", token])
        expect(all).not.toContain(secret);
    });
  });

  describe("query limits, in Chinese", () => {
    const nest = (n: number): string => (n === 0 ? "id" : `district { schools { ${nest(n - 1)} } }`);
    let token: string;
    beforeAll(async () => {
      token = await login(dev.url, "city", "CITY");
    });

    it("depth: at most 12 levels", async () => {
      const r = await post(dev.url, { query: `{ schools { ${nest(6)} } }` }, token);
      expect(r.errors?.[0]).toMatchObject({
        message: "查询嵌套层数过多：最多 12 层，本查询 14 层",
        extensions: {
          code: "GRAPHQL_VALIDATION_FAILED",
          validationErrorCode: "MAX_DEPTH",
          max: 12,
          found: 14,
        },
      });
    });

    it("aliases: at most 20", async () => {
      const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: viewer { level }`).join(" ");
      const r = await post(dev.url, { query: `{ ${aliases} }` }, token);
      expect(r.errors?.[0]).toMatchObject({
        message: "查询中的别名过多：最多 20 个，本查询 21 个",
        extensions: {
          code: "GRAPHQL_VALIDATION_FAILED",
          validationErrorCode: "MAX_ALIASES",
          max: 20,
          found: 21,
        },
      });
    });

    it("directives: at most 20", async () => {
      const fields = Array.from({ length: 21 }, () => "level @include(if: true)").join(" ");
      const r = await post(dev.url, { query: `{ viewer { ${fields} } }` }, token);
      expect(r.errors?.[0]).toMatchObject({
        message: "查询中的指令过多：最多 20 个，本查询 21 个",
        extensions: { code: "GRAPHQL_VALIDATION_FAILED", validationErrorCode: "MAX_DIRECTIVES", max: 20 },
      });
    });

    it("cost: at most 20000 points", async () => {
      // one fragment spread 400 times (800 tokens, no alias): each spread costs the fragment again
      const spreads = Array.from({ length: 400 }, () => "...F").join(" ");
      const query = `fragment F on Query { districts { id name code schools { id name code type typeLabel } } }
        query { ${spreads} }`;
      const r = await post(dev.url, { query }, token);
      const costError = r.errors?.find(
        (e: { extensions?: { validationErrorCode?: string } }) =>
          e.extensions?.validationErrorCode === "MAX_COST",
      );
      expect(costError?.message).toMatch(
        /^查询的计算量过大：上限 20000，本查询 \d+；请缩小范围或拆分为多个查询$/,
      );
      expect(costError?.extensions).toMatchObject({
        code: "GRAPHQL_VALIDATION_FAILED",
        max: QUERY_LIMITS.maxCost,
      });
      expect(costError.extensions.found).toBeGreaterThan(QUERY_LIMITS.maxCost);
    });

    it("tokens: at most 3000, refused while parsing", async () => {
      const fields = Array.from({ length: 3001 }, () => "level").join(" ");
      const r = await post(dev.url, { query: `{ viewer { ${fields} } }` }, token);
      expect(r.status).toBe(400);
      expect(r.errors).toEqual([
        {
          message: "查询过长：最多 3000 个词法单元（token），已拒绝解析",
          extensions: { code: "GRAPHQL_PARSE_FAILED", validationErrorCode: "MAX_TOKENS", max: 3000 },
        },
      ]);
    });
  });
});
