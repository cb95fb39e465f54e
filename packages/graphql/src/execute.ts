import type { TypedDocumentString } from "./__generated__/graphql.ts";

/** Stable error codes the API puts in `extensions.code` (the message is Chinese, for the user). */
export type ApiErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "BAD_USER_INPUT"
  | "WRONG_APP"
  | "NOT_FOUND"
  | "CONFLICT"
  | "DATABASE_UNAVAILABLE"
  | "NETWORK_ERROR"
  | "INTERNAL_SERVER_ERROR"
  /** Production API: the operation is not one the apps ship (not in the trusted documents). */
  | "UNTRUSTED_OPERATION"
  /** The API does not know the document's hash (execute() then resends the text once). */
  | "PERSISTED_QUERY_NOT_FOUND"
  | (string & {});

/** An error answered by the API (or the network), carrying the API's Chinese message. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    message: string,
    /** `errors[0].extensions.code`, e.g. UNAUTHENTICATED, WRONG_APP. */
    readonly code: ApiErrorCode,
    /** For BAD_USER_INPUT: the input field at fault (`extensions.field`). */
    readonly field?: string,
    /** HTTP status of the response, when there was one. */
    readonly status?: number,
    /** For BAD_USER_INPUT from a form: every problem (`extensions.issues`), field paths like `grades.2.classes`. */
    readonly issues: readonly { field: string; message: string }[] = [],
    /** For CONFLICT: VERSION (someone saved first) or STATE (the record's state forbids it). */
    readonly reason?: string,
  ) {
    super(message);
  }
}

/** True for an ApiError with this code. */
export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

export interface ExecuteOptions {
  /** Bearer token of the session; omitted for login and health. */
  token?: string | null;
  /** Endpoint; relative by default (the Vite dev server proxies /graphql to the API). */
  endpoint?: string;
  signal?: AbortSignal;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: {
      code?: string;
      field?: string;
      issues?: { field: string; message: string }[];
      reason?: string;
    };
  }[];
}

/**
 * The request body of a trusted document: its SHA-256 in Apollo's persisted-query extension
 * (`extensions.persistedQuery.sha256Hash`, hex, without the manifest's `sha256:` prefix), and
 * the text only when asked for (`withText`). Documents without a hash are sent as text.
 */
function requestBody(
  document: { toString(): string; __meta__?: Record<string, unknown> },
  variables: unknown,
  withText: boolean,
) {
  const hash = document.__meta__?.hash;
  if (typeof hash !== "string" || withText) return { query: document.toString(), variables: variables ?? {} };
  return {
    variables: variables ?? {},
    extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace(/^sha256:/, "") } },
  };
}

/**
 * Send one typed operation to the API. Resolves to its `data`; rejects with an {@link ApiError}
 * carrying the first error's code and Chinese message.
 *
 * Trusted documents (可信操作): the operation goes by the hash codegen computed for it; the API
 * runs the text it holds for that hash (in production it runs nothing else). Only when the API
 * does not know the hash (PERSISTED_QUERY_NOT_FOUND: a development API started before the last
 * codegen) is the request sent once more with the text. A production API refuses that text too
 * (UNTRUSTED_OPERATION): the page is another build than the server's, and the error says to
 * reload it ({@link STALE_APP_MESSAGE}).
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables, options]: TVariables extends Record<string, never>
    ? [variables?: TVariables, options?: ExecuteOptions]
    : [variables: TVariables, options?: ExecuteOptions]
): Promise<TResult> {
  const byHash = await send<TResult>(requestBody(document, variables, false), options);
  const retry =
    byHash.body?.errors?.[0]?.extensions?.code === "PERSISTED_QUERY_NOT_FOUND" &&
    typeof document.__meta__?.hash === "string";
  if (!retry) return dataOf(byHash.response, byHash.body);
  const { response, body } = await send<TResult>(requestBody(document, variables, true), options);
  const refused = body?.errors?.[0];
  if (refused?.extensions?.code === "UNTRUSTED_OPERATION") {
    // a production API that knows neither the hash nor the text runs another build of the apps
    refused.message = STALE_APP_MESSAGE;
  }
  return dataOf(response, body);
}

/** What a user sees when the page is an older (or newer) build than the production API. */
export const STALE_APP_MESSAGE = "平台已更新，当前页面版本与服务器不一致，请刷新页面后重试";

/** POST one request body; the parsed JSON answer (undefined when it is not JSON). */
async function send<TResult>(
  payload: unknown,
  options: ExecuteOptions | undefined,
): Promise<{ response: Response; body: GraphQLResponse<TResult> | undefined }> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    accept: "application/graphql-response+json, application/json",
  };
  if (options?.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(options?.endpoint ?? "/graphql", {
      method: "POST",
      headers,
      body: JSON.stringify(payload),
      signal: options?.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError("无法连接服务器，请检查网络后重试", "NETWORK_ERROR");
  }
  let body: GraphQLResponse<TResult> | undefined;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    body = undefined;
  }
  return { response, body };
}

/** The answer's `data`; @throws ApiError with the first error's code and message, or the HTTP status. */
function dataOf<TResult>(response: Response, body: GraphQLResponse<TResult> | undefined): TResult {
  const first = body?.errors?.[0];
  if (first) {
    throw new ApiError(
      first.message,
      first.extensions?.code ?? "INTERNAL_SERVER_ERROR",
      first.extensions?.field,
      response.status,
      Array.isArray(first.extensions?.issues) ? first.extensions.issues : [],
      first.extensions?.reason,
    );
  }
  if (!response.ok || !body?.data) {
    throw new ApiError(
      `服务器错误（HTTP ${response.status}）`,
      "INTERNAL_SERVER_ERROR",
      undefined,
      response.status,
    );
  }
  return body.data;
}
