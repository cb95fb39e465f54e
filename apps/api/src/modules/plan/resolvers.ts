import { PLAN_TARGETS, schoolTypesOfTarget, targetUnitLabel } from "@edu2035/domain";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";

/** The plan is public to every logged-in account: it is the city's published document. */
export const planResolvers: Resolvers = {
  Query: {
    planTargets: (_p, { level, group }, ctx) => {
      ctx.access().sharedCatalogue();
      return PLAN_TARGETS.filter(
        (t) => (!level || t.levels.includes(level)) && (!group || t.group === group),
      );
    },
  },
  PlanTarget: {
    unitLabel: (t) => targetUnitLabel(t),
    levels: (t) => [...t.levels],
    schoolTypes: (t) => {
      const types = schoolTypesOfTarget(t.id);
      return types ? [...types] : null;
    },
    milestones: (t) => [...t.milestones],
  },
};
