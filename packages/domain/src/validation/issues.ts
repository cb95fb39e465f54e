/**
 * Validation issues as the apps and the API show them: the path of the field in the form
 * (e.g. "healthPassed", "grades.2.classes") and a Chinese message that names the field.
 */
import type { z } from "zod";

/** One problem with one field. */
export interface ValidationIssue {
  /** Dot path of the field in the input, e.g. "birthDate" or "grades.0.students". */
  field: string;
  /** Chinese message naming the field and what is wrong. */
  message: string;
}

/** The outcome of checking an input: the parsed value, or every issue found. */
export type Checked<T> =
  | { ok: true; value: T; issues: [] }
  | { ok: false; value: null; issues: ValidationIssue[] };

/** Zod issues as ValidationIssues (path joined with "."; the messages are the schema's own). */
export function zodIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((i) => ({ field: i.path.map(String).join("."), message: i.message }));
}

/** Keep the first issue of each (field, message) pair, in order. */
export function uniqueIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.field}\u0000${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** True for a finite number with at most two decimals (areas in m², money in 元). */
export function hasAtMostTwoDecimals(v: number): boolean {
  return Math.abs(v * 100 - Math.round(v * 100)) < 1e-6;
}

/** True for an ISO calendar date "YYYY-MM-DD" that exists (no 2月30日). */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
