import {
  AREA_TYPE_LABELS,
  areaOf,
  OWNERSHIP_LABELS,
  PLAN_TITLES,
  SCHOOL_TYPE_LABELS,
  URBAN_RURAL_LABELS,
} from "@edu2035/domain";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";

/** Thin resolvers: every read goes through the scoped access layer. */
export const orgResolvers: Resolvers = {
  Query: {
    city: (_p, _a, ctx) => ctx.access().city(),
    districts: (_p, _a, ctx) => ctx.access().districts(),
    district: (_p, { id }, ctx) => ctx.access().district(id),
    schools: (_p, { districtId, types }, ctx) => ctx.access().schools({ districtId, types }),
    school: (_p, { id }, ctx) => ctx.access().school(id),
  },
  District: {
    schools: (d, { types }, ctx) => ctx.access().schools({ districtId: d.id, types }),
    schoolCount: (d, _a, ctx) => ctx.access().schoolCount(d.id),
  },
  City: {
    planTitle: (c) => PLAN_TITLES[c.planId],
  },
  School: {
    urbanRuralLabel: (s) => URBAN_RURAL_LABELS[s.urbanRuralCode],
    status: (s) => (s.closedOn === null ? "OPEN" : s.mergedIntoId ? "MERGED" : "CLOSED"),
    mergedInto: (s, _a, ctx) => (s.mergedIntoId ? ctx.access().school(s.mergedIntoId) : null),
    typeLabel: (s) => SCHOOL_TYPE_LABELS[s.type],
    ownershipLabel: (s) => OWNERSHIP_LABELS[s.ownership],
    area: (s) => areaOf(s.urbanRuralCode, s.miningArea),
    areaLabel: (s) => AREA_TYPE_LABELS[areaOf(s.urbanRuralCode, s.miningArea)],
    inclusive: (s) => s.type === "kindergarten" && (s.ownership === "public" || s.inclusive),
    district: async (s, _a, ctx) => {
      const d = await ctx.access().districtOf(s);
      if (!d) throw new Error("school without district");
      return d;
    },
  },
};
