import { isApiError } from "@edu2035/graphql";
import type { FormInstance } from "antd";

/** What a CONFLICT (the year changed since it was read) says; the lists are refetched after it. */
export const YEAR_CONFLICT_MESSAGE = "数据已被他人修改，请刷新后重试";

/**
 * Show an API error of a 学年管理 dialog: CONFLICT as 数据已被他人修改，请刷新后重试, a
 * BAD_USER_INPUT on one of the dialog's `fields` (e.g. reason, note) on that field, anything
 * else by its Chinese message. Answers the text for the dialog's Alert (null: shown on a field).
 */
export function yearFormError(
  e: unknown,
  form?: FormInstance,
  fields: readonly string[] = [],
): string | null {
  if (isApiError(e, "CONFLICT")) return YEAR_CONFLICT_MESSAGE;
  if (form && isApiError(e, "BAD_USER_INPUT") && e.field && fields.includes(e.field)) {
    form.setFields([{ name: e.field, errors: [e.message] }]);
    return null;
  }
  return e instanceof Error ? e.message : String(e);
}
