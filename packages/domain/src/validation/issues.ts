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

const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The digit at `i` of a string of ASCII digits, as a number. */
function digitAt(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

/**
 * True for an ISO calendar date "YYYY-MM-DD" that exists (no 2月30日; years 0000–9999, proleptic
 * Gregorian leap years, as `Date` reads them). Arithmetic on the digits, no Date or string made: a
 * 花名册 import checks up to four dates in each of 10,000 rows (issue 15).
 */
export function isIsoDate(s: string): boolean {
  if (!ISO_DATE_RE.test(s)) return false;
  const year = digitAt(s, 0) * 1000 + digitAt(s, 1) * 100 + digitAt(s, 2) * 10 + digitAt(s, 3);
  const month = digitAt(s, 5) * 10 + digitAt(s, 6);
  const day = digitAt(s, 8) * 10 + digitAt(s, 9);
  if (month < 1 || month > 12 || day < 1) return false;
  if (month !== 2) return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (leap ? 29 : 28);
}
