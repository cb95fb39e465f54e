import {
  RECOGNITION_LEVEL_LABELS,
  REGISTER_KIND_INFO,
  REGISTER_KIND_LABELS,
  REGISTER_KINDS,
} from "@edu2035/domain";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import {
  confirmRegisterEmpty,
  listRegisterConfirmations,
  withdrawRegisterConfirmation,
} from "./registerConfirmations.ts";
import {
  createRegisterEntry,
  deleteRegisterEntry,
  getCityInputs,
  getDistrictInputs,
  listRegisterEntries,
  saveCityInputs,
  saveDistrictInputs,
  updateRegisterEntry,
} from "./service.ts";

export const inputResolvers: Resolvers = {
  Query: {
    cityInputs: (_p, { schoolYear }, ctx) => getCityInputs(ctx.access(), schoolYear),
    districtInputs: (_p, { districtId, schoolYear }, ctx) =>
      getDistrictInputs(ctx.access(), districtId, schoolYear),
    registerEntries: (_p, { filter }, ctx) => listRegisterEntries(ctx.access(), filter),
    registerKinds: (_p, _a, ctx) => {
      ctx.access().sharedCatalogue();
      return REGISTER_KINDS.map((k) => REGISTER_KIND_INFO[k]);
    },
    registerConfirmations: (_p, { schoolYear }, ctx) => listRegisterConfirmations(ctx.access(), schoolYear),
  },
  Mutation: {
    saveCityInputs: async (_p, { input }, ctx) => ({ cityInputs: await saveCityInputs(ctx.access(), input) }),
    saveDistrictInputs: async (_p, { districtId, input }, ctx) => ({
      districtInputs: await saveDistrictInputs(ctx.access(), districtId, input),
    }),
    createRegisterEntry: async (_p, { input }, ctx) => ({
      entry: await createRegisterEntry(ctx.access(), input),
    }),
    updateRegisterEntry: async (_p, { id, version, input }, ctx) => ({
      entry: await updateRegisterEntry(ctx.access(), id, version, input),
    }),
    deleteRegisterEntry: async (_p, { id, version }, ctx) => ({
      id: await deleteRegisterEntry(ctx.access(), id, version),
    }),
    confirmRegisterEmpty: async (_p, { kind, schoolYear }, ctx) => ({
      confirmation: await confirmRegisterEmpty(ctx.access(), kind, schoolYear),
    }),
    withdrawRegisterConfirmation: (_p, { kind, schoolYear }, ctx) =>
      withdrawRegisterConfirmation(ctx.access(), kind, schoolYear),
  },
  RegisterConfirmation: {
    kindLabel: (c) => REGISTER_KIND_LABELS[c.kind],
  },
  DistrictInputs: {
    district: (r, _a, ctx) => ctx.access().district(r.districtId),
  },
  RegisterEntry: {
    kindLabel: (r) => REGISTER_KIND_LABELS[r.kind],
    targetIds: (r) => [...REGISTER_KIND_INFO[r.kind].targets],
    levelLabel: (r) => (r.level ? RECOGNITION_LEVEL_LABELS[r.level] : null),
    district: (r, _a, ctx) => ctx.access().districtOf(r),
    school: (r, _a, ctx) => (r.schoolId ? ctx.access().school(r.schoolId) : null),
  },
  RegisterKindInfo: {
    targetIds: (k) => [...k.targets],
  },
};
