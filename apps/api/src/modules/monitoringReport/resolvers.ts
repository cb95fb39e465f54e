import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { monitoringReport } from "./service.ts";

export const monitoringReportResolvers: Resolvers = {
  Query: {
    monitoringReport: (_p, { unit, schoolYear, format }, ctx) =>
      monitoringReport(ctx.access(), ctx.env, unit, schoolYear, format),
  },
};
