import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { toOrgUnit } from "../org/service.ts";
import { login, logout } from "./service.ts";

export const authResolvers: Resolvers = {
  Query: {
    viewer: (_p, _a, ctx) => ctx.viewer,
  },
  Mutation: {
    login: async (_p, { input }, ctx) => login(ctx.db, input, ctx.env.SESSION_TTL_HOURS),
    logout: async (_p, _a, ctx) => {
      if (ctx.token) await logout(ctx.db, ctx.token);
      return { ok: true };
    },
  },
  Viewer: {
    user: (v) => ({ id: v.userId, username: v.username, displayName: v.displayName }),
    level: (v) => v.level,
    // the viewer may come from this very request's login, so its access is built from it
    orgUnit: async (v, _a, ctx) => toOrgUnit(await ctx.accessAs(v).ownUnit()),
    district: (v, _a, ctx) => (v.level === "city" ? null : ctx.accessAs(v).districtOf(v)),
    school: (v, _a, ctx) => (v.level === "school" ? ctx.accessAs(v).school(v.schoolId) : null),
    city: (v, _a, ctx) => ctx.accessAs(v).city(),
  },
};
