/**
 * A malformed HTTP request is answered in GraphQL's shape, in Chinese, with a stable code and the
 * body member at fault named (graphql/requestErrors.ts), never fastify's or Apollo's English:
 * sent over HTTP as a program would, on PGlite and (with DATABASE_URL) PostgreSQL. A well-formed
 * request on the same server still answers (the handler only takes the refusals it knows).
 */
import type { DbHandle } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApi } from "../server.ts";
import { type GraphQLResponse, startApiOn } from "../testing.ts";

const JSON_TYPE = { "content-type": "application/json" };

describe.each(testBackends())("malformed requests on $name", (backend) => {
  let h: DbHandle;
  let api: RunningApi;

  beforeAll(async () => {
    h = await backend.open();
    api = await startApiOn(h);
  });
  afterAll(async () => {
    await api?.stop();
    await h?.close();
  });

  /** POST a raw body; the status and the parsed answer. */
  async function post(body: string, headers: Record<string, string> = JSON_TYPE) {
    const res = await fetch(api.url, { method: "POST", headers, body });
    return { status: res.status, answer: (await res.json()) as GraphQLResponse };
  }

  it.each([
    [
      "a batch (an array of operations)",
      JSON.stringify([{ query: "{ __typename }" }]),
      "不支持批量请求：每个请求只能包含一个 GraphQL 操作（请求体应为对象，而不是数组）",
      undefined,
    ],
    [
      "no query",
      JSON.stringify({ variables: {} }),
      "请求缺少 GraphQL 操作：query 不能为空（或提供 persistedQuery 扩展）",
      "query",
    ],
    ["a query that is not a string", JSON.stringify({ query: 1 }), "query 必须是字符串", "query"],
    [
      "variables as a JSON string",
      JSON.stringify({ query: "{ __typename }", variables: "{}" }),
      "variables 应为 JSON 对象，而不是编码成字符串的 JSON",
      "variables",
    ],
    [
      "variables as an array",
      JSON.stringify({ query: "{ __typename }", variables: [1] }),
      "variables 必须是 JSON 对象",
      "variables",
    ],
    [
      "an operationName that is not a string",
      JSON.stringify({ query: "{ __typename }", operationName: 3 }),
      "operationName 必须是字符串",
      "operationName",
    ],
    [
      "extensions as a number",
      JSON.stringify({ query: "{ __typename }", extensions: 3 }),
      "extensions 必须是 JSON 对象",
      "extensions",
    ],
    ["invalid JSON", "{bad", "请求体不是有效的 JSON（Content-Type 为 application/json）", undefined],
    [
      "an empty JSON body",
      "",
      "请求体为空（Content-Type 为 application/json 时应发送含 query 的 JSON 对象）",
      undefined,
    ],
  ])("%s: 400 BAD_REQUEST in Chinese", async (_case, body, message, field) => {
    const { status, answer } = await post(body);
    expect(status).toBe(400);
    expect(answer).toEqual({
      errors: [{ message, extensions: { code: "BAD_REQUEST", ...(field ? { field } : {}) } }],
    });
  });

  it("a text/plain body: Apollo's 'POST body missing' in Chinese", async () => {
    const { status, answer } = await post("{ __typename }", {
      "content-type": "text/plain",
      "apollo-require-preflight": "1",
    });
    expect(status).toBe(400);
    expect(answer.errors?.[0]).toEqual({
      message:
        "请求体为空或格式不对：POST 请求应以 Content-Type: application/json 发送一个含 query 的 JSON 对象",
      extensions: { code: "BAD_REQUEST" },
    });
  });

  it("a body declared in another charset than UTF-8: 415 UNSUPPORTED_MEDIA_TYPE, not read as UTF-8", async () => {
    const body = JSON.stringify({ query: "{ __typename }" });
    const { status, answer } = await post(body, { "content-type": "application/json; charset=gbk" });
    expect(status).toBe(415);
    expect(answer).toEqual({
      errors: [
        {
          message:
            "不支持的字符集 gbk：请求体须以 UTF-8 编码（Content-Type: application/json; charset=utf-8）",
          extensions: { code: "UNSUPPORTED_MEDIA_TYPE", field: "charset" },
        },
      ],
    });
    // UTF-8 declared, in any spelling, is read
    for (const charset of ["utf-8", "UTF-8", "utf8", '"utf-8"'])
      expect((await post(body, { "content-type": `application/json; charset=${charset}` })).status).toBe(200);
  });

  it("a document graphql-js refuses (development): Chinese, the stable code and the place, the English in detail", async () => {
    const parse = await post(JSON.stringify({ query: "{ viewer { " }));
    expect(parse.answer.errors?.[0]).toMatchObject({
      message: "GraphQL 语法错误（第 1 行第 12 列），请检查查询文本",
      extensions: { code: "GRAPHQL_PARSE_FAILED", detail: "Syntax Error: Expected Name, found <EOF>." },
    });
    const validation = await post(JSON.stringify({ query: "{ nope }" }));
    expect(validation.answer.errors?.[0]).toMatchObject({
      message: "类型 Query 没有字段 nope（第 1 行第 3 列）",
      extensions: { code: "GRAPHQL_VALIDATION_FAILED", detail: 'Cannot query field "nope" on type "Query".' },
    });
  });

  it("an unknown member of an input variable is named, not the whole variable", async () => {
    const { answer } = await post(
      JSON.stringify({
        query:
          'mutation($i: DistrictInputsInput!) { saveDistrictInputs(districtId: "x", input: $i) { districtInputs { version } } }',
        variables: { i: { schoolYear: 2025, foo: 1 } },
      }),
    );
    expect(answer.errors?.[0]).toMatchObject({
      message: "字段 i.foo 不存在",
      extensions: { code: "BAD_USER_INPUT", field: "i.foo" },
    });
  });

  it("a well-formed request on the same server still answers", async () => {
    const { status, answer } = await post(JSON.stringify({ query: "{ __typename }" }));
    expect(status).toBe(200);
    expect(answer).toEqual({ data: { __typename: "Query" } });
  });
});
