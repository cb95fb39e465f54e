/**
 * Small hand-worked 小学 schools for the 达标方案 tests (not exported from the package).
 *
 * A "standard" school of P students meets all seven primary standards (plan/balance.ts) with
 * round amounts; P = 200:
 *   C1 4.2 × 2 = 8.4 → 9 teachers (4.5/百生)     C2 1.0 × 2 = 2 → 2 (1.0)
 *   C3 0.9 × 2 = 1.8 → 2 (1.0)                    C4 4.5 × 200 = 900 → 1000 m² (5.0 m²/生)
 *   C5 7.5 × 200 = 1500 → 1600 m² (8.0)           C6 2000 × 200 = 400,000 → 420,000 元 (2100)
 *   C7 2.3 × 2 = 4.6 → 5 rooms (2.5/百生)
 * and P = 100: C1 5 (5.0), C2 1 (1.0), C3 1 (1.0), C4 500 (5.0), C5 800 (8.0), C6 210,000
 * (2100), C7 3 (3.0).
 *
 * A standard 初中 school of 100 students (C1 5.3, C2 1.0, C3 0.9 per 100, C4 5.8 m², C5 10.2 m²,
 * C6 2500 元, C7 2.4 per 100): C1 6 (6.0), C2 1 (1.0), C3 1 (1.0), C4 600 (6.0), C5 1100 (11.0),
 * C6 260,000 (2600), C7 3 (3.0).
 */
import type { BalanceIndicatorId } from "../plan/balance.ts";
import type { BalancePlanSchool } from "./apply.ts";

type Amounts = Record<BalanceIndicatorId, number | null>;

const STANDARD: Record<100 | 200, Amounts> = {
  200: { C1: 9, C2: 2, C3: 2, C4: 1000, C5: 1600, C6: 420_000, C7: 5 },
  100: { C1: 5, C2: 1, C3: 1, C4: 500, C5: 800, C6: 210_000, C7: 3 },
};

/** A primary school of 100 or 200 students meeting all seven, with some amounts changed (and its teachers). */
export function school(
  id: string,
  students: 100 | 200,
  changes: Partial<Amounts> = {},
  resourceStudents: number = students,
  /** 专任教师 of the stage (bounds 认定县级骨干教师); absent: none to recognise. */
  teachers?: number,
): BalancePlanSchool {
  return {
    id,
    name: `${id}校`,
    students,
    resourceStudents,
    amounts: { ...STANDARD[students], ...changes },
    ...(teachers === undefined ? {} : { teachers }),
  };
}

const JUNIOR_STANDARD: Amounts = { C1: 6, C2: 1, C3: 1, C4: 600, C5: 1100, C6: 260_000, C7: 3 };

/** A 初中 school (or a 九年一贯制 school's 初中部) of 100 students meeting all seven, with some amounts changed. */
export function juniorSchool(id: string, changes: Partial<Amounts> = {}): BalancePlanSchool {
  return {
    id,
    name: `${id}校`,
    students: 100,
    resourceStudents: 100,
    amounts: { ...JUNIOR_STANDARD, ...changes },
  };
}

/**
 * A small deterministic generator for the property tests (no fast-check in the workspace): a
 * linear congruential sequence in [0, 1) from `seed` (multiplier 1103515245, increment 12345,
 * modulus 2³¹).
 */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/**
 * A random primary school of the property tests: 100 or 200 students (even odds), each amount
 * 40%–200% of a standard school's (C4–C6 rounded, teachers and rooms floored). Draws 8 numbers
 * from `rand`, in that order.
 */
export function randomSchool(id: string, rand: () => number): BalancePlanSchool {
  const students = rand() < 0.5 ? 100 : 200;
  const base = school(id, students);
  const amounts = { ...base.amounts };
  for (const k of ["C1", "C2", "C3", "C4", "C5", "C6", "C7"] as const) {
    const a = base.amounts[k]! * (0.4 + rand() * 1.6);
    amounts[k] = k === "C4" || k === "C5" || k === "C6" ? Math.round(a) : Math.floor(a);
  }
  return { ...base, amounts };
}
