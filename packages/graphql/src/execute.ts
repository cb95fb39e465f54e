import type { TypedDocumentString } from "./__generated__/graphql.ts";

/** Stable error codes the API puts in `extensions.code` (the message is Chinese, for the user). */
export type ApiErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "BAD_USER_INPUT"
  | "WRONG_APP"
  | "NOT_FOUND"
  | "CONFLICT"
  | "NETWORK_ERROR"
  | "INTERNAL_SERVER_ERROR"
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
 * Send one typed operation to the API. Resolves to its `data`; rejects with an {@link ApiError}
 * carrying the first error's code and Chinese message.
 */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables, options]: TVariables extends Record<string, never>
    ? [variables?: TVariables, options?: ExecuteOptions]
    : [variables: TVariables, options?: ExecuteOptions]
): Promise<TResult> {
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
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
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
