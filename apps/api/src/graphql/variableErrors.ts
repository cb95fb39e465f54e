/**
 * A variable's coercion error from graphql-js ("Variable "$i" got invalid value "2027-02-30" at
 * "i.closesAt"; 时间格式不正确…") in the API's shape: BAD_USER_INPUT, `extensions.field` = the
 * variable's name and the dotted path inside it ("input.unitCosts.0.cost", "filter.from"; the
 * variable's name alone when the variable itself is wrong) — the form the services use for
 * their own refusals (input.fixedActions.2.quantity), as the apps name each variable after its
 * argument ($input for input:) — and a Chinese message for the UI. In development the graphql-js text is kept
 * in `extensions.detail` for developers; production drops it (it may spell out the schema).
 */
import type { GraphQLFormattedError } from "graphql";
import { DATE_TIME_FORMAT_MESSAGE, DATE_TIME_RANGE_MESSAGE } from "./dateTime.ts";

/** Chinese names of the DateTime inputs, put before "时间格式不正确…" ("截止时间格式不正确…"). */
export const TIME_FIELD_LABELS: Readonly<Record<string, string>> = {
  closesAt: "截止",
  deadline: "截止",
  openedAt: "开始",
  from: "开始",
  to: "结束",
};

const VARIABLE_RE = /^Variable "\$(\w+)" (got invalid value|of required type|of non-null type)/;

/**
 * The shaped error, or null when `formatted` is not a variable's coercion error (the caller keeps
 * it as it is).
 * @param keepDetail keep graphql-js's message in extensions.detail (development).
 */
export function translateVariableError(
  formatted: GraphQLFormattedError,
  keepDetail: boolean,
): GraphQLFormattedError | null {
  if (formatted.extensions?.code !== "BAD_USER_INPUT") return null;
  const m = VARIABLE_RE.exec(formatted.message);
  if (!m) return null;
  const variable = m[1]!;
  const text = formatted.message;
  // the path inside the variable: ` at "i.unitCosts[0].cost"; ` (graphql-js printPathArray),
  // written dotted: i.unitCosts.0.cost
  const at = new RegExp(` at "${variable}((?:\\.\\w+|\\[\\d+\\])+)"; `).exec(text);
  const path = at ? at[1]!.replace(/\[(\d+)\]/g, ".$1") : "";
  const missing = /; Field "(\w+)" of required type "[^"]+" was not provided\.$/.exec(text);
  // a member the input type does not have ({"i": {"foo": 1}}): the member named, not the variable
  const unknown = /; Field "(\w+)" is not defined by type "[^"]+"\./.exec(text);
  const member = missing?.[1] ?? unknown?.[1];
  const field = `${variable}${path}${member ? `.${member}` : ""}`;
  // the last name in the path (not an index), for the DateTime labels
  const last = field
    .split(".")
    .filter((p) => !/^\d+$/.test(p))
    .pop()!;
  let message: string;
  if (missing) message = `缺少必填字段 ${field}`;
  else if (unknown) message = `字段 ${field} 不存在`;
  // "…; Expected type \"DateTime\". 时间格式不正确…" (graphql-js may prefix the scalar's message)
  else if (text.endsWith(DATE_TIME_FORMAT_MESSAGE))
    message = `${TIME_FIELD_LABELS[last] ?? ""}${DATE_TIME_FORMAT_MESSAGE}`;
  else if (text.endsWith(DATE_TIME_RANGE_MESSAGE))
    message = `${TIME_FIELD_LABELS[last] ?? ""}${DATE_TIME_RANGE_MESSAGE}`;
  else message = `字段 ${field} 的值格式不正确`;
  return {
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: "BAD_USER_INPUT", field, ...(keepDetail ? { detail: text } : {}) },
  };
}
