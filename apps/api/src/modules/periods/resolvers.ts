import { schoolYearLabel } from "@edu2035/domain";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { defaultOpening, reportCompleteness, reportingPeriod, setReportingPeriod } from "./service.ts";

export const periodResolvers: Resolvers = {
  Query: {
    reportingPeriod: (_p, { schoolYear }, ctx) => reportingPeriod(ctx.access(), schoolYear),
    reportCompleteness: (_p, { schoolYear, districtId }, ctx) =>
      reportCompleteness(ctx.access(), schoolYear, districtId),
  },
  Mutation: {
    setReportingPeriod: async (_p, { schoolYear, deadline, openedAt, version }, ctx) => ({
      period: await setReportingPeriod(ctx.access(), schoolYear, deadline, openedAt, version),
    }),
  },
  ReportingPeriod: {
    schoolYearLabel: (p) => schoolYearLabel(p.schoolYear),
    openedAt: (p) => p.openedAt ?? defaultOpening(p.schoolYear),
    deadlinePassed: (p) => new Date() > p.deadline,
    updatedBy: (p) => p.updatedByName,
  },
  CompletenessCounts: {
    submittedRate: (c) => (c.due ? Math.round(((c.submitted + c.approved) / c.due) * 10000) / 100 : null),
  },
};
