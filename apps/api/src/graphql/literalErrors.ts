/**
 * A DateTime written in the document itself (a literal, `auditLog(filter: { from: "2026-02-30" })`)
 * that graphql-js's validation refused: its text is English with the scalar's Chinese message at
 * the end ("Expected value of type \"DateTime\", found \"2026-02-30\"; 时间格式不正确…") and its code
 * GRAPHQL_VALIDATION_FAILED, with no field. This gives it the shape of the same value sent as a
 * variable (variableErrors.ts): BAD_USER_INPUT, `extensions.field` the path inside the argument
 * ("from"; the argument's name when the argument itself is the DateTime: "deadline"), a Chinese
 * message naming the field ("开始时间格式不正确…"); graphql-js's text in `extensions.detail` in
 * development only.
 *
 * The path is found from the refused value's node: its location in the document's text (the
 * error's `nodes`, which validation keeps) and a walk of that text's syntax tree.
 */
import { type ASTNode, type GraphQLFormattedError, Kind, parse, visit } from "graphql";
import { DATE_TIME_FORMAT_MESSAGE, DATE_TIME_RANGE_MESSAGE } from "./dateTime.ts";
import { TIME_FIELD_LABELS } from "./variableErrors.ts";

const LITERAL_RE = /^Expected value of type "DateTime!?", found .*; (.+)$/s;

/**
 * The path of the value node starting at `start` in `body`: argument and input-field names from
 * the argument down (a list's items share their list's name), the argument itself left out
 * unless the value is the argument's own. Null when no such value is found.
 */
export function literalPath(body: string, start: number): string | null {
  const names: string[] = [];
  let found: string | null = null;
  visit(parse(body), {
    enter(node: ASTNode) {
      if (found !== null) return false;
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) names.push(node.name.value);
      if (
        node.loc?.start === start &&
        node.kind !== Kind.ARGUMENT &&
        node.kind !== Kind.OBJECT_FIELD &&
        node.kind !== Kind.NAME &&
        names.length
      ) {
        found = names.length === 1 ? names[0]! : names.slice(1).join(".");
        return false;
      }
      return undefined;
    },
    leave(node: ASTNode) {
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) names.pop();
    },
  });
  return found;
}

/**
 * The shaped error, or null when `formatted` is not a refused DateTime literal (the caller keeps
 * it as it is).
 * @param error the error as raised (its `nodes` locate the literal in the document).
 * @param keepDetail keep graphql-js's message in extensions.detail (development).
 */
export function translateDateTimeLiteralError(
  formatted: GraphQLFormattedError,
  error: unknown,
  keepDetail: boolean,
): GraphQLFormattedError | null {
  if (formatted.extensions?.code !== "GRAPHQL_VALIDATION_FAILED") return null;
  const m = LITERAL_RE.exec(formatted.message);
  const reason = m?.[1];
  if (reason !== DATE_TIME_FORMAT_MESSAGE && reason !== DATE_TIME_RANGE_MESSAGE) return null;
  const node = (error as { nodes?: readonly ASTNode[] } | null)?.nodes?.[0];
  const loc = node?.loc;
  const field = (loc && literalPath(loc.source.body, loc.start)) ?? "DateTime";
  const last = field.split(".").pop()!;
  return {
    message: `${TIME_FIELD_LABELS[last] ?? ""}${reason}`,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: "BAD_USER_INPUT", field, ...(keepDetail ? { detail: formatted.message } : {}) },
  };
}
