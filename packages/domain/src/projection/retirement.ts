/**
 * Statutory retirement age under the 2025 gradual reform (渐进式延迟法定退休年龄).
 *
 * Source: 全国人大常委会《关于实施渐进式延迟法定退休年龄的决定》(2024-09-13) and its annex
 * 《国务院关于渐进式延迟法定退休年龄的办法》: from 2025-01-01, over 15 years,
 * - men (男职工), 60 → 63: one month more for every four months of birth, from those born in
 *   January 1965 (born 1965-01…1965-04: 60岁1个月; born 1976-09 or later: 63岁);
 * - women whose original age is 55 (女干部, 管理和专业技术岗位), 55 → 58: one month every four
 *   months, from those born in January 1970 (born 1981-09 or later: 58岁);
 * - women whose original age is 50 (女工人), 50 → 55: one month every two months, from those born
 *   in January 1975 (born 1984-11 or later: 55岁).
 * Teachers are 专业技术人员: a woman teacher follows the 55 → 58 rule (女干部/专业技术人员), a man
 * the 60 → 63 rule. The flexible early/late option (弹性退休, up to three years) is not modelled:
 * every person retires at the statutory age.
 */

/** Which rule of the reform applies to a person (退休年龄适用规则). */
export const RETIREMENT_RULES = ["male", "female_cadre", "female_worker"] as const;
export type RetirementRule = (typeof RETIREMENT_RULES)[number];

/** 适用规则 in Chinese. */
export const RETIREMENT_RULE_LABELS: Record<RetirementRule, string> = {
  male: "男职工：原60周岁，每4个月延迟1个月，至63周岁",
  female_cadre: "女干部及专业技术人员（含女教师）：原55周岁，每4个月延迟1个月，至58周岁",
  female_worker: "女工人：原50周岁，每2个月延迟1个月，至55周岁",
};

interface RuleParams {
  /** Original statutory age, years. */
  baseYears: number;
  /** First birth month (year, month 1–12) that is delayed. */
  firstYear: number;
  /** Months of birth per month of delay. */
  every: number;
  /** Maximum delay, months. */
  maxMonths: number;
}

const RULES: Record<RetirementRule, RuleParams> = {
  male: { baseYears: 60, firstYear: 1965, every: 4, maxMonths: 36 },
  female_cadre: { baseYears: 55, firstYear: 1970, every: 4, maxMonths: 36 },
  female_worker: { baseYears: 50, firstYear: 1975, every: 2, maxMonths: 60 },
};

/** The rule a teacher falls under: a man the men's rule, a woman the 女干部/专业技术人员 rule. */
export function teacherRetirementRule(gender: "male" | "female"): RetirementRule {
  return gender === "male" ? "male" : "female_cadre";
}

/** Statutory retirement age in months (e.g. 60岁1个月 = 721) for a birth date "YYYY-MM-DD". */
export function retirementAgeMonths(birthDate: string, rule: RetirementRule): number {
  const p = RULES[rule];
  const year = Number(birthDate.slice(0, 4));
  const month = Number(birthDate.slice(5, 7));
  const monthsSinceFirst = (year - p.firstYear) * 12 + (month - 1);
  const delay = monthsSinceFirst < 0 ? 0 : Math.min(p.maxMonths, Math.floor(monthsSinceFirst / p.every) + 1);
  return p.baseYears * 12 + delay;
}

/** "60岁1个月" / "63岁" for an age in months. */
export function retirementAgeLabel(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  return m ? `${y}岁${m}个月` : `${y}岁`;
}

/**
 * The date a person reaches the statutory retirement age (退休日期), "YYYY-MM-DD": the birth date
 * plus the age in months; a birth day that month lacks (29–31) falls on its last day.
 */
export function retirementDate(birthDate: string, rule: RetirementRule): string {
  const total = retirementAgeMonths(birthDate, rule);
  const y0 = Number(birthDate.slice(0, 4));
  const m0 = Number(birthDate.slice(5, 7)) - 1;
  const d0 = Number(birthDate.slice(8, 10));
  const idx = m0 + total;
  const y = y0 + Math.floor(idx / 12);
  const m = idx % 12;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = Math.min(d0, last);
  return `${String(y).padStart(4, "0")}-${String(m + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * Whether a person is still working at the 统计时点 (1 September) of school year `schoolYear`:
 * the retirement date falls after that day.
 */
export function workingAtSchoolYear(retirement: string, schoolYear: number): boolean {
  return retirement > `${schoolYear}-09-01`;
}
