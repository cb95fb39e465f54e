/**
 * The apps' side of the GraphQL contract: typed documents generated from
 * `src/operations/*.graphql` against the API's merged schema, and one small `execute()`.
 */
export * from "./__generated__/graphql.ts";
export { ApiError, type ApiErrorCode, type ExecuteOptions, execute, isApiError } from "./execute.ts";
