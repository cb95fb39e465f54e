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
 * Errors without a code (bugs) are also logged at error level with their stack.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { AppDeps, Context } from "../context.ts";

export function loggingPlugin(deps: Pick<AppDeps, "log">): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          const viewer = contextValue.viewer;
          const codes = errors?.map((e) => e.extensions?.code ?? "INTERNAL_SERVER_ERROR");
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
            if (!e.extensions?.code || e.extensions.code === "INTERNAL_SERVER_ERROR") {
              deps.log.error({ err: e.originalError ?? e, path: e.path }, "resolver error");
            }
          }
        },
      };
    },
  };
}
