/**
 * The API's errors: a Chinese message for the UI and a stable `extensions.code` for programs.
 * Codes: UNAUTHENTICATED, PASSWORD_CHANGE_REQUIRED, FORBIDDEN, WRONG_APP, BAD_USER_INPUT
 * (+ extensions.field), NOT_FOUND, CONFLICT, DATABASE_UNAVAILABLE (+ extensions.retryable),
 * PAYLOAD_TOO_LARGE (HTTP 413: the request body is over the server's limit, http/app.ts
 * BODY_LIMIT; answered by the HTTP layer before GraphQL runs, in the same `errors` shape).
 * BAD_USER_INPUT also comes before any resolver runs, always with `extensions.field` and HTTP
 * 400: a control character (NUL …) in any text input (graphql/controlCharacters.ts) and a
 * variable graphql-js cannot coerce, e.g. a DateTime that is no real instant or lies outside
 * 1900–2100 (graphql/variableErrors.ts, graphql/dateTime.ts). No input is answered
 * INTERNAL_SERVER_ERROR (graphql/hostileInput.test.ts).
 */
import { GraphQLError } from "graphql";

export type ErrorCode =
  | "UNAUTHENTICATED"
  | "PASSWORD_CHANGE_REQUIRED"
  | "FORBIDDEN"
  | "WRONG_APP"
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "CONFLICT"
  | "DATABASE_UNAVAILABLE"
  /** The request body is over http/app.ts BODY_LIMIT (HTTP 413; made by the HTTP layer). */
  | "PAYLOAD_TOO_LARGE"
  /** Too many expensive renders waiting in this process (监测报告); retry later (extensions.retryable). */
  | "BUSY";

function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** Not logged in, or the session expired. */
export const unauthenticated = () => apiError("UNAUTHENTICATED", "未登录或登录已过期，请重新登录");

/**
 * The account logged in with a one-time password (初始密码, a new account or a reset) and has not
 * changed it yet: everything but viewer, city, passwordPolicy, changePassword and logout is
 * refused until it does (context.ts `access()`).
 */
export const passwordChangeRequired = () =>
  apiError("PASSWORD_CHANGE_REQUIRED", "请先修改初始密码：首次登录或密码重置后须设置新密码");

/** Outside the viewer's scope. Says nothing about whether the thing exists. */
export const forbidden = () => apiError("FORBIDDEN", "无权访问该数据");

/** An account of another level tried this app. */
export const wrongApp = (appLabel: string) =>
  apiError("WRONG_APP", `该账号不能登录${appLabel}，请使用对应的平台入口`);

/** Bad input on a named field (path in the input, e.g. "schoolYear" or "filter.pageSize"). */
export const badInput = (field: string, message: string) => apiError("BAD_USER_INPUT", message, { field });

/**
 * Every issue of a form at once (domain validation): the first issue's message and field, as
 * badInput, plus `extensions.issues` listing all of them ({ field, message }[]) for the form.
 */
export const invalidInput = (issues: readonly { field: string; message: string }[]) =>
  apiError("BAD_USER_INPUT", issues[0]?.message ?? "输入有误", {
    field: issues[0]?.field ?? null,
    issues: issues.map((i) => ({ field: i.field, message: i.message })),
  });

/**
 * The record is not in a state that allows this (e.g. editing a submitted report). Code CONFLICT
 * like a stale version, with `extensions.reason` "STATE" so programs can tell the two apart.
 */
export const stateConflict = (message: string) => apiError("CONFLICT", message, { reason: "STATE" });

/**
 * The process is already rendering (and queueing) as many 监测报告 as it takes
 * (modules/monitoringReport/renderQueue.ts): nothing was done; the same request can be sent again
 * in a moment (`extensions.retryable: true`).
 */
export const busy = (what: string) =>
  apiError("BUSY", `${what}生成任务繁忙，请稍后再试`, { retryable: true });

/** The thing does not exist (only said where the viewer could see it if it did). */
export const notFound = (what: string) => apiError("NOT_FOUND", `${what}不存在`);

/** Optimistic-concurrency conflict: someone else saved first. */
export const conflict = (what: string) =>
  apiError("CONFLICT", `${what}已被他人修改，请刷新后重新编辑（未保存）`, { reason: "VERSION" });

/**
 * The database connection was lost or refused (PostgreSQL restarting, the backend terminated,
 * the network cut). The server rolled the transaction back, so nothing was written; the same
 * request can be sent again (`extensions.retryable: true`). Made by `formatError` from the
 * driver's error (see dbErrors.ts), not thrown by services.
 */
export const databaseUnavailable = () =>
  apiError("DATABASE_UNAVAILABLE", "数据库连接中断，请稍后重试", { retryable: true });
