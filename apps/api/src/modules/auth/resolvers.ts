import { PASSWORD_MIN_LENGTH, PASSWORD_RULES } from "@edu2035/domain";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { toOrgUnit } from "../org/service.ts";
import {
  createAccount,
  createSchoolAccounts,
  listAccounts,
  resetPassword,
  setAccountActive,
} from "./manage.ts";
import { changePassword, login, logout } from "./service.ts";

/**
 * Thin resolvers of login, sessions and 账号管理. viewer, passwordPolicy, login, logout and
 * changePassword do not call `ctx.access()` (it refuses an account on a one-time password); the
 * Viewer's own fields use `ctx.accessAs(viewer)`; everything else goes through `ctx.access()`.
 */
export const authResolvers: Resolvers = {
  Query: {
    viewer: (_p, _a, ctx) => ctx.viewer,
    accounts: (_p, { filter }, ctx) => listAccounts(ctx.access(), filter ?? {}),
    passwordPolicy: () => ({ minLength: PASSWORD_MIN_LENGTH, rules: [...PASSWORD_RULES] }),
  },
  Mutation: {
    login: async (_p, { input }, ctx) =>
      login(
        ctx.db,
        input,
        { ttlHours: ctx.env.SESSION_TTL_HOURS, maxHours: ctx.env.SESSION_MAX_HOURS },
        ctx.clientAddress,
        ctx.env.ID_HASH_KEY,
      ),
    logout: async (_p, _a, ctx) => {
      if (ctx.token) await logout(ctx.db, ctx.token);
      return { ok: true };
    },
    changePassword: async (_p, { input }, ctx) => ({
      viewer: await changePassword(ctx.db, ctx.viewer, ctx.token, input),
    }),
    createAccount: (_p, { input }, ctx) => createAccount(ctx.access(), input),
    createSchoolAccounts: (_p, { input }, ctx) => createSchoolAccounts(ctx.access(), input.schoolIds),
    resetPassword: (_p, { input }, ctx) => resetPassword(ctx.access(), input, ctx.env),
    setAccountActive: async (_p, { input }, ctx) => ({
      account: await setAccountActive(ctx.access(), input),
    }),
  },
  Viewer: {
    user: (v) => ({ id: v.userId, username: v.username, displayName: v.displayName }),
    level: (v) => v.level,
    // the viewer may come from this very request's login, so its access is built from it
    orgUnit: async (v, _a, ctx) => toOrgUnit(await ctx.accessAs(v).ownUnit()),
    district: (v, _a, ctx) => (v.level === "city" ? null : ctx.accessAs(v).districtOf(v)),
    school: (v, _a, ctx) => (v.level === "school" ? ctx.accessAs(v).school(v.schoolId) : null),
    mustChangePassword: (v) => v.mustChangePassword,
    city: (v, _a, ctx) => ctx.accessAs(v).city(),
  },
  Account: {
    level: (a) => a.level,
    orgUnit: async (a, _a, ctx) => {
      const access = ctx.access();
      if (a.level === "city") {
        const c = await access.city();
        return { level: "city", id: null, code: c.code, name: c.name };
      }
      if (a.level === "district") {
        const d = await access.district(a.districtId!);
        return { level: "district", id: d.id, code: d.code, name: d.name };
      }
      const s = await access.school(a.schoolId!);
      return { level: "school", id: s.id, code: s.code, name: s.name };
    },
    // a lock that has run out is no lock
    lockedUntil: (a) => (a.lockedUntil && a.lockedUntil.getTime() > Date.now() ? a.lockedUntil : null),
  },
};
