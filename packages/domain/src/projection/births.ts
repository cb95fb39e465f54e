/**
 * The births a district enters for the projection (出生人口录入): a list of calendar years, each
 * with its births (persons) and, for a year already stored, the version read. `births: null`
 * removes a stored year. Chinese messages name the field, e.g. "entries.2.births".
 */
import { z } from "zod";
import { type Checked, uniqueIssues, type ValidationIssue, zodIssues } from "../validation/issues.ts";

/** Earliest and latest calendar year of births (the database's district_births_year_ck). */
export const BIRTH_YEAR_MIN = 1990;
export const BIRTH_YEAR_MAX = 2100;
/** Most births the database takes for one year (district_births_births_ck). */
export const BIRTHS_MAX = 10_000_000;
/**
 * Most births one district may plausibly have in a year: a typo guard far above any district of
 * 乌海 (the whole city has about 5,000 births a year; China's largest cities under 200,000).
 */
export const BIRTHS_PLAUSIBLE_MAX = 1_000_000;

const entry = z.object({
  year: z
    .number({ error: "出生年份须为整数年份" })
    .int({ error: "出生年份须为整数年份" })
    .min(BIRTH_YEAR_MIN, { error: `出生年份须在${BIRTH_YEAR_MIN}—${BIRTH_YEAR_MAX}之间` })
    .max(BIRTH_YEAR_MAX, { error: `出生年份须在${BIRTH_YEAR_MIN}—${BIRTH_YEAR_MAX}之间` }),
  births: z
    .number({ error: "出生人口须为整数" })
    .int({ error: "出生人口须为整数" })
    .min(0, { error: "出生人口不能为负数" })
    .max(BIRTHS_PLAUSIBLE_MAX, {
      error: `出生人口超过${BIRTHS_PLAUSIBLE_MAX.toLocaleString("en-US")}人，一个区一年的出生人口不可能这么多，请核对`,
    })
    .nullable(),
  version: z
    .number({ error: "版本号须为整数" })
    .int({ error: "版本号须为整数" })
    .min(1, { error: "版本号须为正整数" })
    .nullable()
    .optional(),
});

export const districtBirthsSchema = z.object({
  entries: z
    .array(entry, { error: "出生人口须为列表" })
    .min(1, { error: "至少录入一年的出生人口" })
    .max(200, { error: "一次最多录入200个年份" }),
});
export type DistrictBirthsInput = z.infer<typeof districtBirthsSchema>;

/**
 * Check births to save: the fields, then no year twice and no year after `currentYear` (the
 * calendar year today, Beijing time: births of a future year cannot be known). Every issue at once.
 */
export function checkDistrictBirths(
  input: unknown,
  currentYear: number = BIRTH_YEAR_MAX,
): Checked<DistrictBirthsInput> {
  const parsed = districtBirthsSchema.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, value: null, issues: uniqueIssues(zodIssues(parsed.error)) };
  const issues: ValidationIssue[] = [];
  const seen = new Set<number>();
  parsed.data.entries.forEach((e, i) => {
    if (seen.has(e.year)) issues.push({ field: `entries.${i}.year`, message: `出生年份${e.year}重复` });
    seen.add(e.year);
    if (e.year > currentYear && e.births != null)
      issues.push({
        field: `entries.${i}.year`,
        message: `出生年份${e.year}晚于今年（${currentYear}年），未来年份的出生人口不能录入`,
      });
    if (e.births == null && e.version == null)
      issues.push({ field: `entries.${i}.version`, message: `删除${e.year}年出生人口须提供版本号` });
  });
  return issues.length ? { ok: false, value: null, issues } : { ok: true, value: parsed.data, issues: [] };
}
