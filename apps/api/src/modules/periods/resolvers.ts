import { schoolYearLabel } from "@edu2035/domain";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import {
  backfillWindowList,
  closeBackfill,
  editableSchoolYears,
  isWindowOpen,
  openBackfill,
  openedByName,
} from "./backfill.ts";
import { defaultOpening, reportCompleteness, reportingPeriod, setReportingPeriod } from "./service.ts";

export const periodResolvers: Resolvers = {
  Query: {
    reportingPeriod: (_p, { schoolYear }, ctx) => reportingPeriod(ctx.access(), schoolYear),
    reportCompleteness: (_p, { schoolYear, districtId }, ctx) =>
      reportCompleteness(ctx.access(), schoolYear, districtId),
    backfillWindows: (_p, { schoolYear, openOnly }, ctx) =>
      backfillWindowList(ctx.access(), schoolYear, openOnly ?? false),
    editableSchoolYears: (_p, { schoolId }, ctx) => editableSchoolYears(ctx.access(), schoolId),
  },
  Mutation: {
    setReportingPeriod: async (_p, { schoolYear, deadline, openedAt, version }, ctx) => ({
      period: await setReportingPeriod(ctx.access(), schoolYear, deadline, openedAt, version),
    }),
    openBackfill: async (_p, { input }, ctx) => ({ windows: await openBackfill(ctx.access(), input) }),
    closeBackfill: async (_p, { id }, ctx) => ({ window: await closeBackfill(ctx.access(), id) }),
  },
  BackfillWindow: {
    schoolYearLabel: (w) => schoolYearLabel(w.schoolYear),
    district: async (w, _a, ctx) => (await ctx.access().districtOf(w))!,
    school: (w, _a, ctx) => (w.schoolId ? ctx.access().school(w.schoolId) : null),
    open: (w, _a, ctx) => isWindowOpen(w, ctx.now()),
    openedBy: (w, _a, ctx) => openedByName(ctx.access(), w),
  },
  ReportingPeriod: {
    schoolYearLabel: (p) => schoolYearLabel(p.schoolYear),
    openedAt: (p) => p.openedAt ?? defaultOpening(p.schoolYear),
    deadlinePassed: (p, _a, ctx) => ctx.now() > p.deadline,
    updatedBy: (p) => p.updatedByName,
  },
  CompletenessCounts: {
    submittedRate: (c) => (c.due ? Math.round(((c.submitted + c.approved) / c.due) * 10000) / 100 : null),
  },
};
