import { AREA_TYPE_LABELS, OWNERSHIP_LABELS, SCHOOL_TYPE_LABELS } from "@edu2035/domain";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";

/** Thin resolvers: every read goes through the scoped access layer. */
export const orgResolvers: Resolvers = {
  Query: {
    districts: (_p, _a, ctx) => ctx.access().districts(),
    district: (_p, { id }, ctx) => ctx.access().district(id),
    schools: (_p, { districtId, types }, ctx) => ctx.access().schools({ districtId, types }),
    school: (_p, { id }, ctx) => ctx.access().school(id),
  },
  District: {
    schools: (d, { types }, ctx) => ctx.access().schools({ districtId: d.id, types }),
    schoolCount: (d, _a, ctx) => ctx.access().schoolCount(d.id),
  },
  School: {
    typeLabel: (s) => SCHOOL_TYPE_LABELS[s.type],
    ownershipLabel: (s) => OWNERSHIP_LABELS[s.ownership],
    areaLabel: (s) => AREA_TYPE_LABELS[s.area],
    inclusive: (s) => s.type === "kindergarten" && (s.ownership === "public" || s.inclusive),
    district: async (s, _a, ctx) => {
      const d = await ctx.access().districtOf(s);
      if (!d) throw new Error("school without district");
      return d;
    },
  },
};
