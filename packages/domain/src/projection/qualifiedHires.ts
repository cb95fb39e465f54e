/**
 * The qualified hires (合格新教师) a ratio target needs to stay on the plan's line, for the
 * projection's teacher hires (issue 13, finding 1): A08 义务教育专任教师中本科以上学历比例 (本科+
 * hires) and A07 学前教育教师受过专业教育比例 (hires with a preschool qualification).
 *
 * - planLineAt: the value the plan asks for in a school year — a milestone's own value in its
 *   year, else the straight line toward the next milestone (plan/evaluate.ts requiredValueAt,
 *   from the 2020 baseline and the earlier milestones); null after the last milestone.
 * - qualifiedHiresToHold: the fewest cumulative hires H, all qualified, with
 *   (qualified + H) ÷ (working + H) ≥ required%: H = ⌈(required × working − 100 × qualified) ÷
 *   (100 − required)⌉, 0 when already held; null when required ≥ 100% and not already held (no
 *   number of hires reaches it). A strict milestone (A07 2030 ">90") is held here at its value.
 */
import { requiredValueAt } from "../plan/evaluate.ts";
import type { PlanTarget } from "../plan/targets.ts";

/** The plan's line for `target` (%, its national stage) in `schoolYear`; null after its last milestone. */
export function planLineAt(target: PlanTarget, schoolYear: number): number | null {
  const next = target.milestones.find((m) => m.year !== null && m.year >= schoolYear && m.value != null);
  if (!next || next.value == null) return null;
  if (next.year === schoolYear) return next.value;
  return requiredValueAt(target, next, schoolYear);
}

/**
 * Cumulative qualified hires so that the ratio reaches `requiredPercent` (see the file's doc).
 * `qualified` ≤ `working`, both teachers in post (persons).
 */
export function qualifiedHiresToHold(
  qualified: number,
  working: number,
  requiredPercent: number,
): number | null {
  if (working === 0 || 100 * qualified >= requiredPercent * working) return 0;
  if (requiredPercent >= 100) return null;
  return Math.ceil((requiredPercent * working - 100 * qualified) / (100 - requiredPercent) - 1e-9);
}
