import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { balancePlan } from "./service.ts";

/** 达标方案: thin resolver; authorization and shaping in the service. */
export const balancePlanResolvers: Resolvers = {
  Query: {
    balancePlan: (_p, { input }, ctx) => balancePlan(ctx.access(), input),
  },
};
