/**
 * The district coefficient of variation (差异系数) of a per-student resource across schools,
 * as the 义务教育均衡 inspections compute it: weighted by each school's students.
 *
 * Source: the inspections' guidance 《县域义务教育校际均衡指标计算方法（以生均图书册数为例）》
 * used with 教督〔2012〕3号 and 教督〔2017〕6号 第七条:
 *
 *     X̄  = Σ resource_i ÷ Σ P_i              (the district-wide per-student value)
 *     S  = sqrt( Σ (P_i / P) · (x_i − X̄)² )  (P_i students of school i, P = Σ P_i, x_i = resource_i ÷ P_i)
 *     CV = S ÷ X̄
 *
 * An unweighted standard deviation of the school values, or the average of the seven CVs,
 * is NOT the official method (targets.md C).
 */

/** A school in a CV computation: its students (persons) and its total resource in the indicator's numerator unit. */
export interface VariationUnit {
  /** Students P_i (persons), ≥ 0. */
  students: number;
  /**
   * The school's total resource, ≥ 0, in the numerator unit of the indicator: persons for
   * "per 100 students" indicators (the ×100 cancels out of the CV), m², yuan, rooms or books.
   */
  resource: number;
}

/** The parts of a weighted CV, for display. */
export interface WeightedVariation {
  /** CV = S ÷ X̄ (dimensionless). */
  cv: number;
  /** X̄ = Σ resource ÷ Σ students (resource per student). */
  mean: number;
  /** S, in resource per student. */
  standardDeviation: number;
  /** P = Σ students of the schools counted. */
  students: number;
  /** Σ resource of the schools counted. */
  resource: number;
  /** Schools counted (those with students > 0). */
  units: number;
}

function validate(units: readonly VariationUnit[]): VariationUnit[] {
  for (const u of units) {
    if (!Number.isFinite(u.students) || u.students < 0)
      throw new RangeError(`students must be ≥ 0, got ${u.students}`);
    if (!Number.isFinite(u.resource) || u.resource < 0)
      throw new RangeError(`resource must be ≥ 0, got ${u.resource}`);
  }
  // A school without students has no per-student value and weight 0: it is left out.
  return units.filter((u) => u.students > 0);
}

/**
 * The student-weighted CV with its parts (see the module doc for the formula).
 * Units with 0 students are left out (weight 0, and their resource is not counted).
 * @throws RangeError when no unit has students, when the district mean X̄ is 0 (CV undefined),
 *   or when a students/resource value is negative or not finite.
 */
export function weightedVariation(units: readonly VariationUnit[]): WeightedVariation {
  const counted = validate(units);
  const P = counted.reduce((s, u) => s + u.students, 0);
  if (P === 0) throw new RangeError("coefficient of variation needs at least one school with students");
  const R = counted.reduce((s, u) => s + u.resource, 0);
  const mean = R / P;
  if (mean === 0) throw new RangeError("coefficient of variation is undefined when the mean is 0");
  const variance = counted.reduce((s, u) => s + (u.students / P) * (u.resource / u.students - mean) ** 2, 0);
  const standardDeviation = Math.sqrt(variance);
  return {
    cv: standardDeviation / mean,
    mean,
    standardDeviation,
    students: P,
    resource: R,
    units: counted.length,
  };
}

/**
 * The official student-weighted coefficient of variation (差异系数) CV = S ÷ X̄, dimensionless.
 * Compare with BALANCE_CV_MAX (≤ 0.50 primary, ≤ 0.45 junior) per indicator.
 * @throws RangeError as {@link weightedVariation} (no students, zero mean, bad input).
 */
export function weightedCoefficientOfVariation(units: readonly VariationUnit[]): number {
  return weightedVariation(units).cv;
}

/**
 * The UNWEIGHTED CV of the schools' per-student values (population standard deviation of
 * x_i ÷ their plain mean). Not the official method: provided only to show how it differs.
 * @throws RangeError as {@link weightedVariation}.
 */
export function unweightedCoefficientOfVariation(units: readonly VariationUnit[]): number {
  const counted = validate(units);
  if (counted.length === 0)
    throw new RangeError("coefficient of variation needs at least one school with students");
  const xs = counted.map((u) => u.resource / u.students);
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  if (mean === 0) throw new RangeError("coefficient of variation is undefined when the mean is 0");
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
  return Math.sqrt(variance) / mean;
}
