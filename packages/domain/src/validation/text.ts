/**
 * The length limits of free text, one place for every input (issue 11: `staff(filter.search)`
 * took 100,000 characters and 11 s). Units: characters (UTF-16 code units, as JavaScript and
 * the apps' inputs count; a Han character is one). Each limit fits the field's meaning; the
 * domain's validation schemas (staff.ts, school.ts, report.ts) and the API's plain checks read
 * them from here.
 */
import type { ValidationIssue } from "./issues.ts";

export const TEXT_LIMITS = {
  /** 姓名 of a person: Han names are 2–4 characters, transliterated minority names longer. */
  personName: 40,
  /** A search box over names (花名册 姓名, 学校名称): at most the longest name it can match. */
  search: 60,
  /** 学校名称 (全称, as on the 办学许可证). */
  schoolName: 60,
  /** 备注 and other notes of a form. */
  notes: 2_000,
} as const;

export type TextLimit = keyof typeof TEXT_LIMITS;

/**
 * The issue of a text over its limit, or null (null and undefined pass: required-ness is the
 * field's own check).
 * @example textLengthIssue("filter.search", "搜索内容", "王".repeat(61), "search")
 *   → { field: "filter.search", message: "搜索内容不能超过 60 个字" }
 */
export function textLengthIssue(
  field: string,
  label: string,
  value: string | null | undefined,
  limit: TextLimit,
): ValidationIssue | null {
  const max = TEXT_LIMITS[limit];
  if (value === null || value === undefined || value.length <= max) return null;
  return { field, message: `${label}不能超过 ${max} 个字` };
}
