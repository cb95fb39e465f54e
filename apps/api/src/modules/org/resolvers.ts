import {
  AREA_TYPE_LABELS,
  areaOf,
  OWNERSHIP_LABELS,
  PLAN_TITLES,
  SCHOOL_TYPE_LABELS,
  URBAN_RURAL_LABELS,
} from "@edu2035/domain";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { closeDistrict, createDistrict, updateCity, updateDistrict } from "./districtManage.ts";
import { closeSchool, createSchool, mergeSchool, reopenSchool, updateSchool } from "./manage.ts";
import { readCity } from "./service.ts";

/**
 * Thin resolvers: every read and write goes through the scoped access layer (`ctx.access()`),
 * except Query.city, which is public (the login page's titles).
 */
export const orgResolvers: Resolvers = {
  Query: {
    city: (_p, _a, ctx) => readCity(ctx.db),
    districts: (_p, { includeClosed }, ctx) =>
      ctx.access().districts({ includeClosed: includeClosed ?? false }),
    district: (_p, { id }, ctx) => ctx.access().district(id),
    schools: (_p, { districtId, types, schoolYear, includeClosed }, ctx) =>
      ctx.access().schools({ districtId, types, schoolYear, includeClosed }),
    school: (_p, { id }, ctx) => ctx.access().school(id),
  },
  Mutation: {
    updateCity: async (_p, { input }, ctx) => ({ city: await updateCity(ctx.access(), input) }),
    createDistrict: async (_p, { input }, ctx) => ({ district: await createDistrict(ctx.access(), input) }),
    updateDistrict: async (_p, { input }, ctx) => ({ district: await updateDistrict(ctx.access(), input) }),
    closeDistrict: async (_p, { input }, ctx) => ({ district: await closeDistrict(ctx.access(), input) }),
    createSchool: async (_p, { input }, ctx) => ({ school: await createSchool(ctx.access(), input) }),
    updateSchool: async (_p, { input }, ctx) => ({ school: await updateSchool(ctx.access(), input) }),
    closeSchool: (_p, { input }, ctx) => closeSchool(ctx.access(), input),
    mergeSchool: (_p, { input }, ctx) => mergeSchool(ctx.access(), input),
    reopenSchool: async (_p, { input }, ctx) => ({ school: await reopenSchool(ctx.access(), input) }),
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
