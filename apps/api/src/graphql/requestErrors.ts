/**
 * Chinese answers to a malformed HTTP request (请求格式错误): what Apollo refuses before any
 * operation runs (code BAD_REQUEST, English messages of its own: a batch, a body without `query`,
 * `variables` that are not an object …) and what fastify's body parser refuses before Apollo
 * sees it (invalid or empty JSON, a content type GraphQL does not take). A program gets the same
 * stable `extensions.code` (BAD_REQUEST; UNSUPPORTED_MEDIA_TYPE for the content type) and, where
 * one member of the request body is at fault, `extensions.field` naming it (`query`,
 * `variables`, `operationName`, `extensions`), as every other refusal names its field.
 */
import type { FastifyError } from "fastify";
import type { GraphQLFormattedError } from "graphql";

/** One of Apollo's request refusals: how its English message starts, our message and field. */
interface KnownRefusal {
  startsWith: string;
  message: string;
  field?: string;
}

/**
 * Apollo Server 4's BadRequestError messages (@apollo/server runHttpQuery.js, httpBatching.js),
 * matched on their start; a message not listed is left as Apollo wrote it.
 */
const APOLLO_REFUSALS: readonly KnownRefusal[] = [
  {
    startsWith: "Operation batching disabled",
    message: "不支持批量请求：每个请求只能包含一个 GraphQL 操作（请求体应为对象，而不是数组）",
  },
  { startsWith: "No operations found in request", message: "请求中没有 GraphQL 操作" },
  {
    startsWith: "POST body missing",
    message:
      "请求体为空或格式不对：POST 请求应以 Content-Type: application/json 发送一个含 query 的 JSON 对象",
  },
  {
    startsWith: "GraphQL operations must contain a non-empty `query`",
    message: "请求缺少 GraphQL 操作：query 不能为空（或提供 persistedQuery 扩展）",
    field: "query",
  },
  { startsWith: "GraphQL queries must be strings", message: "query 必须是字符串", field: "query" },
  {
    startsWith:
      "`variables` in a POST body should be provided as an object, not a recursively JSON-encoded string",
    message: "variables 应为 JSON 对象，而不是编码成字符串的 JSON",
    field: "variables",
  },
  {
    startsWith: "`variables` in a POST body must be an object",
    message: "variables 必须是 JSON 对象",
    field: "variables",
  },
  {
    startsWith:
      "`extensions` in a POST body should be provided as an object, not a recursively JSON-encoded string",
    message: "extensions 应为 JSON 对象，而不是编码成字符串的 JSON",
    field: "extensions",
  },
  {
    startsWith: "`extensions` in a POST body must be an object",
    message: "extensions 必须是 JSON 对象",
    field: "extensions",
  },
  {
    startsWith: "`operationName` in a POST body must be a string",
    message: "operationName 必须是字符串",
    field: "operationName",
  },
  {
    startsWith: "GET requests only support query operations",
    message: "GET 请求只能执行查询（query），修改数据请用 POST",
  },
  { startsWith: "Apollo Server supports only GET/POST requests", message: "只支持 GET 和 POST 请求" },
  {
    startsWith: "This operation has been blocked as a potential Cross-Site Request Forgery",
    message:
      "请求被拒绝（防跨站请求伪造）：请以 Content-Type: application/json 发送，或带上 apollo-require-preflight 请求头",
  },
];

/**
 * Apollo's request refusal (code BAD_REQUEST) in Chinese, naming the body member at fault.
 * @returns the error to send, or null for any other error.
 */
export function translateRequestError(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  if (formatted.extensions?.code !== "BAD_REQUEST") return null;
  const known = APOLLO_REFUSALS.find((r) => formatted.message.startsWith(r.startsWith));
  if (!known) return null;
  return {
    message: known.message,
    extensions: { code: "BAD_REQUEST", ...(known.field ? { field: known.field } : {}) },
  };
}

/** True when a message is already ours (Chinese), not graphql-js's English. */
const CHINESE = /[\u4e00-\u9fff]/;

/**
 * A document graphql-js could not parse (GRAPHQL_PARSE_FAILED) or that does not fit the schema
 * (GRAPHQL_VALIDATION_FAILED) in Chinese, the stable code kept and the place (第 N 行第 M 列)
 * given; graphql-js's English is kept in `extensions.detail` in development (production refuses
 * any document not in the trusted list before parsing it: UNTRUSTED_OPERATION). A message that
 * is already Chinese (the limits', a DateTime literal's) is left as it is.
 * @returns the error to send, or null for any other error.
 */
export function translateDocumentError(
  formatted: GraphQLFormattedError,
  keepDetail: boolean,
): GraphQLFormattedError | null {
  const code = formatted.extensions?.code;
  if (code !== "GRAPHQL_PARSE_FAILED" && code !== "GRAPHQL_VALIDATION_FAILED") return null;
  if (CHINESE.test(formatted.message)) return null;
  const at = formatted.locations?.[0];
  const where = at ? `（第 ${at.line} 行第 ${at.column} 列）` : "";
  const text = formatted.message;
  let message: string;
  if (code === "GRAPHQL_PARSE_FAILED") message = `GraphQL 语法错误${where}，请检查查询文本`;
  else {
    const field = /^Cannot query field "(\w+)" on type "(\w+)"/.exec(text);
    const arg = /^Unknown argument "(\w+)" on field "([\w.]+)"/.exec(text);
    const variable = /^Variable "\$(\w+)" is not defined/.exec(text);
    if (field) message = `类型 ${field[2]} 没有字段 ${field[1]}${where}`;
    else if (arg) message = `字段 ${arg[2]} 没有参数 ${arg[1]}${where}`;
    else if (variable) message = `变量 $${variable[1]} 未声明${where}`;
    else message = `GraphQL 查询不符合接口定义${where}`;
  }
  return {
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code, ...(keepDetail ? { detail: text } : {}) },
  };
}

/** fastify's body-parser refusals (fastify/lib/errors.js) and how we answer them. */
const BODY_REFUSALS: Readonly<Record<string, { status: number; code: string; message: string }>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: "BAD_REQUEST",
    message: "请求体不是有效的 JSON（Content-Type 为 application/json）",
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: "BAD_REQUEST",
    message: "请求体为空（Content-Type 为 application/json 时应发送含 query 的 JSON 对象）",
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: "不支持的 Content-Type：GraphQL 请求请用 application/json",
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: "BAD_REQUEST",
    message: "请求的 Content-Length 与实际长度不符",
  },
};

/** The charsets a JSON body may declare: UTF-8 only (RFC 8259 §8.1). */
const UTF8 = /^"?utf-?8"?$/i;

/**
 * A request body declared in a charset other than UTF-8 (`Content-Type: application/json;
 * charset=gbk`): refused 415 UNSUPPORTED_MEDIA_TYPE in Chinese, instead of reading its bytes as
 * UTF-8 (a GBK 中文 would arrive garbled). Null when the content type declares none or UTF-8.
 */
export function charsetRefusal(
  contentType: string | undefined,
): { status: number; body: { errors: GraphQLFormattedError[] } } | null {
  const charset = /;\s*charset\s*=\s*([^;\s]+)/i.exec(contentType ?? "")?.[1];
  if (charset === undefined || UTF8.test(charset)) return null;
  return {
    status: 415,
    body: {
      errors: [
        {
          message: `不支持的字符集 ${charset.replaceAll('"', "")}：请求体须以 UTF-8 编码（Content-Type: application/json; charset=utf-8）`,
          extensions: { code: "UNSUPPORTED_MEDIA_TYPE", field: "charset" },
        },
      ],
    },
  };
}

/**
 * A fastify body-parser refusal as a GraphQL answer: `{ status, body: { errors: [{ message,
 * extensions: { code } }] } }`, or null for any other error.
 */
export function bodyParserRefusal(
  error: FastifyError,
): { status: number; body: { errors: GraphQLFormattedError[] } } | null {
  const known = BODY_REFUSALS[error.code];
  if (!known) return null;
  return {
    status: known.status,
    body: { errors: [{ message: known.message, extensions: { code: known.code } }] },
  };
}
