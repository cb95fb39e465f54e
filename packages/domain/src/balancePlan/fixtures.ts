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
 */
import type { BalanceIndicatorId } from "../plan/balance.ts";
import type { BalancePlanSchool } from "./apply.ts";

type Amounts = Record<BalanceIndicatorId, number | null>;

const STANDARD: Record<100 | 200, Amounts> = {
  200: { C1: 9, C2: 2, C3: 2, C4: 1000, C5: 1600, C6: 420_000, C7: 5 },
  100: { C1: 5, C2: 1, C3: 1, C4: 500, C5: 800, C6: 210_000, C7: 3 },
};

/** A primary school of 100 or 200 students meeting all seven, with some amounts changed. */
export function school(
  id: string,
  students: 100 | 200,
  changes: Partial<Amounts> = {},
  resourceStudents: number = students,
): BalancePlanSchool {
  return {
    id,
    name: `${id}校`,
    students,
    resourceStudents,
    amounts: { ...STANDARD[students], ...changes },
  };
}
