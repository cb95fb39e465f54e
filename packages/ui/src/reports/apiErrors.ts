import { isApiError } from "@edu2035/graphql";

/** One problem with one field, as the domain validation and the API's extensions.issues give it. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** "grades.2.classes" → ["grades", 2, "classes"] (an antd Form name path). */
export function fieldPath(field: string): (string | number)[] {
  return field.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** The issues an error carries: extensions.issues, or the single field of a BAD_USER_INPUT. */
export function issuesOf(error: unknown): FieldIssue[] {
  if (!isApiError(error, "BAD_USER_INPUT")) return [];
  if (error.issues.length) return [...error.issues];
  return error.field ? [{ field: error.field, message: error.message }] : [];
}

/** True when someone else saved first (CONFLICT with reason VERSION, or no reason given). */
export function isVersionConflict(error: unknown): boolean {
  return isApiError(error, "CONFLICT") && error.reason !== "STATE";
}

/** The message shown when a stale version was sent. */
export const CONFLICT_MESSAGE = "已被他人修改，请刷新后重新编辑";

/**
 * Field errors for an antd Form: one entry per field with all its messages, plus the fields
 * that had errors before (cleared), so the form shows exactly the current issues.
 */
export function formErrorFields(
  issues: readonly FieldIssue[],
  previous: readonly { name: (string | number)[]; errors: string[] }[] = [],
  rename: (field: string) => string = (f) => f,
): { name: (string | number)[]; errors: string[] }[] {
  const byField = new Map<string, string[]>();
  for (const i of issues) {
    const f = rename(i.field);
    byField.set(f, [...(byField.get(f) ?? []), i.message]);
  }
  const out = [...byField].map(([f, errors]) => ({ name: fieldPath(f), errors }));
  const seen = new Set(out.map((o) => o.name.join(".")));
  for (const p of previous) {
    if (p.errors.length && !seen.has(p.name.join("."))) out.push({ name: p.name, errors: [] });
  }
  return out;
}
