/**
 * One log line per GraphQL request (pino, message "graphql"):
 * `{ op, kind, user, userLevel, ms, errors }`.
 * - `op`: the operation's name, from the parsed document (the apps send a hash, no
 *   `operationName`); null for an anonymous operation or one that did not parse.
 * - `kind`: query / mutation, when the document parsed (null for a refused one).
 * - `user` and `userLevel`: the account's id and level (city / district / school), never its
 *   username or display name, which may be a person's name; null when anonymous.
 * - `ms`: duration in milliseconds; `errors`: the error codes, if any.
 * Never the variables (passwords, 身份证号, names) nor the document's text.
 * Errors without a code (bugs) are also logged at error level, as `loggableError` describes
 * them (no values from the database); a lost database connection at warn level, code only.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { AppDeps, Context } from "../context.ts";
import { isDatabaseUnavailable } from "../dbErrors.ts";
import { loggableError } from "./errorLog.ts";

/**
 * The code an error will be answered with: its own, DATABASE_UNAVAILABLE for a lost connection
 * (formatError maps it so), INTERNAL_SERVER_ERROR otherwise.
 */
function answeredCode(e: { extensions?: Record<string, unknown>; originalError?: unknown }): string {
  const code = e.extensions?.code;
  if (typeof code === "string" && code !== "INTERNAL_SERVER_ERROR") return code;
  return isDatabaseUnavailable(e) ? "DATABASE_UNAVAILABLE" : "INTERNAL_SERVER_ERROR";
}

export function loggingPlugin(deps: Pick<AppDeps, "log">): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          const viewer = contextValue.viewer;
          const codes = errors?.map(answeredCode);
          // a refused document was never parsed: what ran instead was a placeholder
          const refused = codes?.includes("UNTRUSTED_OPERATION") ?? false;
          deps.log.info(
            {
              op: operationName ?? null,
              kind: refused ? null : (operation?.operation ?? null),
              user: viewer?.userId ?? null,
              userLevel: viewer?.level ?? null,
              ms: Math.round(performance.now() - started),
              errors: codes,
            },
            "graphql",
          );
        },
        async didEncounterErrors({ errors }) {
          for (const e of errors) {
            const code = answeredCode(e);
            if (code === "DATABASE_UNAVAILABLE") {
              deps.log.warn({ code, path: e.path }, "database unavailable");
            } else if (code === "INTERNAL_SERVER_ERROR") {
              // never the raw error: a database error's message holds the statement's values
              deps.log.error({ error: loggableError(e.originalError ?? e), path: e.path }, "resolver error");
            }
          }
        },
      };
    },
  };
}
