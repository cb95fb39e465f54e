/**
 * 达成路径 of a target result (issue 13): for a roster target 滞后于进度 or 未达标 (A07, A08, A09,
 * B33, B34, B35, B08, B43), the Chinese sentence of what it takes on the roster to reach the
 * result's milestone (滞后于进度: first this year's progress line, requiredNow, then the milestone), from its numerator and denominator (@edu2035/domain whatItTakes, the one
 * rule). Read from the result itself, so a published (stored) result answers as one computed now.
 */
import { type PlanTarget, whatItTakes } from "@edu2035/domain";
import type { TargetResultModel } from "./service.ts";

/** The sentence, or null (another status or target, no numeric milestone, no denominator). */
export function whatItTakesOf(
  r: Pick<
    TargetResultModel,
    "schoolYear" | "status" | "numerator" | "denominator" | "milestone" | "requiredNow"
  > & {
    target: Pick<PlanTarget, "id">;
  },
): string | null {
  return (
    whatItTakes({
      targetId: r.target.id,
      schoolYear: r.schoolYear,
      status: r.status,
      numerator: r.numerator ?? null,
      denominator: r.denominator ?? null,
      milestone: r.milestone,
      requiredNow: r.requiredNow,
    })?.sentence ?? null
  );
}
