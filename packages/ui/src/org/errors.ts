import { isApiError } from "@edu2035/graphql";
import type { FormInstance } from "antd";
import { CONFLICT_MESSAGE, formErrorFields, issuesOf, isVersionConflict } from "../reports/apiErrors.ts";

/** An API field name as a form field: "input.code" → "code". */
const formField = (field: string) => field.replace(/^input\./, "");

/**
 * Show an API error of an org form: a version CONFLICT as 已被他人修改，请刷新 (the lists are
 * refetched by the mutation, and the open form reloads the record), field issues (extensions.issues/field) on their form fields, and
 * anything else by its Chinese message. `rename` maps an API field to the form's (default: drop
 * a leading `input.`). Answers the text for the form's Alert (null when every
 * problem is shown on a field).
 */
export function orgFormError(
  e: unknown,
  form?: FormInstance,
  rename: (field: string) => string = formField,
): string | null {
  if (isVersionConflict(e)) return `${CONFLICT_MESSAGE}（已载入最新信息，本次修改未保存）`;
  const issues = issuesOf(e);
  if (form && issues.length) {
    const names = new Set(
      Object.keys(form.getFieldsValue(true) as Record<string, unknown>).concat(
        form.getFieldsError().map((f) => String(f.name[0])),
      ),
    );
    const onFields = issues.filter((i) => names.has(rename(i.field).split(".")[0] ?? ""));
    form.setFields(formErrorFields(onFields, form.getFieldsError(), rename) as never);
    const rest = issues.filter((i) => !onFields.includes(i));
    if (rest.length === 0) return null;
    return rest.map((i) => i.message).join("；");
  }
  if (isApiError(e)) return e.message;
  return e instanceof Error ? e.message : String(e);
}
