import { coverageLabel, STAGE_LABELS, schoolYearLabel, TARGET_STATUS_LABELS } from "@edu2035/domain";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { schoolYearsWithData, targetDashboard, targetResults } from "./service.ts";
import { targetDashboardTable } from "./table.ts";
import { whatItTakesOf } from "./whatItTakes.ts";

export const indicatorResolvers: Resolvers = {
  Query: {
    targetResults: (_p, { unit, schoolYear, targetIds, includeSubmitted }, ctx) =>
      targetResults(ctx.access(), unit, schoolYear, targetIds, { includeSubmitted: !!includeSubmitted }),
    targetDashboard: (_p, { unit, fromYear, toYear, targetIds, includeSubmitted }, ctx) =>
      targetDashboard(ctx.access(), unit, fromYear, toYear, targetIds, {
        includeSubmitted: !!includeSubmitted,
      }),
    // the rest: schoolYear, targetIds, the page (childrenOffset, childrenLimit) and schoolTypes
    targetDashboardTable: (_p, { unit, fromYear, toYear, includeSubmitted, allYearsInFull, ...rest }, ctx) =>
      targetDashboardTable(
        ctx.access(),
        unit,
        fromYear,
        toYear,
        { ...rest, allYearsInFull: !!allYearsInFull },
        { includeSubmitted: !!includeSubmitted },
      ),
    schoolYears: async (_p, _a, ctx) =>
      (await schoolYearsWithData(ctx.access().sharedCatalogue())).map((y) => ({
        startYear: y,
        label: schoolYearLabel(y),
      })),
  },
  TargetResult: {
    statusLabel: (r) => TARGET_STATUS_LABELS[r.status],
    stageLabel: (r) => (r.stage ? STAGE_LABELS[r.stage] : null),
    whatItTakes: (r) => whatItTakesOf(r),
  },
  Coverage: {
    complete: (c) => c.expected > 0 && c.reported === c.expected,
    label: (c) => coverageLabel(c),
  },
};
