/**
 * Ratios, rates and per-student values: the arithmetic behind the plan's percentage targets
 * (A01–A10, B01–B43) and the 优质均衡 indicators C1–C7 (教督〔2017〕6号 第七条). The one source
 * of these values: the API's SQL returns sums (apps/api measures/*, balance/service.ts) and
 * these functions turn them into values.
 *
 * Every value is numerator × scale ÷ denominator, multiplied first: with whole counts the
 * product is exact, so the value is the exact quotient correctly rounded once (11 of 20 is
 * exactly 55, where 11 ÷ 20 × 100 gives 55.00000000000001).
 */

/** A computed ratio with the counts it came from, so the UI can show "numerator / denominator". */
export interface Ratio {
  /** The value in the function's unit (%, per 100 students, per student); null when the denominator is 0. */
  value: number | null;
  numerator: number;
  denominator: number;
}

function check(name: string, n: number): void {
  if (!Number.isFinite(n) || n < 0) throw new RangeError(`${name} must be a finite number ≥ 0, got ${n}`);
}

function scaled(numerator: number, denominator: number, scale: number): Ratio {
  check("numerator", numerator);
  check("denominator", denominator);
  return { value: denominator === 0 ? null : (numerator * scale) / denominator, numerator, denominator };
}

/**
 * A percentage: numerator ÷ denominator × 100, e.g. ratio(957, 1000) → { value: 95.7, … }.
 * The value may exceed 100 (gross enrolment rates such as A01, A05 can).
 * @returns value null when the denominator is 0.
 * @throws RangeError when either argument is negative, NaN or infinite.
 */
export function ratio(numerator: number, denominator: number): Ratio {
  return scaled(numerator, denominator, 100);
}

/**
 * Per 100 students: count ÷ students × 100 (persons or rooms per 100 students; C1, C2, C3, C7),
 * e.g. per100Students(21, 500) → { value: 4.2, numerator: 21, denominator: 500 }.
 * @returns value null when students is 0.
 * @throws RangeError when either argument is negative, NaN or infinite.
 */
export function per100Students(count: number, students: number): Ratio {
  return scaled(count, students, 100);
}

/**
 * Per student: amount ÷ students (m² per student C4, C5; yuan per student C6, B40),
 * e.g. perStudent(2250, 500) → { value: 4.5, … }.
 * @returns value null when students is 0.
 * @throws RangeError when either argument is negative, NaN or infinite.
 */
export function perStudent(amount: number, students: number): Ratio {
  return scaled(amount, students, 1);
}

/**
 * Per 100,000 residents: count ÷ population × 100000 (A06 高等教育在学人数: students per
 * 100,000 resident population), e.g. per100kPopulation(1500, 560000) → value ≈ 267.86.
 * @returns value null when the population is 0.
 * @throws RangeError when either argument is negative, NaN or infinite.
 */
export function per100kPopulation(count: number, population: number): Ratio {
  return scaled(count, population, 100_000);
}

/**
 * Yuan as 万元 (B39 一般公共预算教育支出, reported in 元, judged in 万元): { value: yuan ÷ 10000,
 * numerator: yuan, denominator: 10000 }, e.g. tenThousandYuan(1_234_500_000).value → 123450.
 * @throws RangeError when yuan is negative, NaN or infinite.
 */
export function tenThousandYuan(yuan: number): Ratio {
  return scaled(yuan, 10_000, 1);
}

/**
 * The mean of reported figures: their sum ÷ how many were reported (B05 每户年均科学育儿指导次数 of
 * a unit: the mean of its districts' figures), e.g. averageOf(7, 2) → { value: 3.5, … }.
 * @returns value null when none was reported.
 * @throws RangeError when either argument is negative, NaN or infinite.
 */
export function averageOf(sum: number, reported: number): Ratio {
  return scaled(sum, reported, 1);
}
