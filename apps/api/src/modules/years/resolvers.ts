import { isFinalState, SCHOOL_YEAR_STATE_LABELS, schoolYearLabel } from "@edu2035/domain";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import {
  exemptReports,
  publicationReadiness,
  publishSchoolYear,
  removeReportExemption,
  reopenSchoolYear,
  statisticalYear,
  statisticalYears,
} from "./service.ts";
import { publishedHistory } from "./snapshot.ts";

/** 统计学年: lifecycle (发布, 重新开放, 年报豁免) and published history; logic in service.ts / snapshot.ts. */
export const yearResolvers: Resolvers = {
  Query: {
    statisticalYears: (_p, _a, ctx) => statisticalYears(ctx.access()),
    statisticalYear: (_p, { schoolYear }, ctx) => statisticalYear(ctx.access(), schoolYear),
    publicationReadiness: (_p, { schoolYear }, ctx) => publicationReadiness(ctx.access(), schoolYear),
    publishedHistory: (_p, { unit, targetId, schoolYear }, ctx) =>
      publishedHistory(ctx.access(), unit, targetId, schoolYear),
  },
  Mutation: {
    publishSchoolYear: async (_p, { schoolYear, version, note }, ctx) => ({
      year: await publishSchoolYear(ctx.access(), schoolYear, version, note),
    }),
    reopenSchoolYear: async (_p, { schoolYear, version, reason }, ctx) => ({
      year: await reopenSchoolYear(ctx.access(), schoolYear, version, reason),
    }),
    exemptReports: (_p, { schoolYear, schoolIds, reason }, ctx) =>
      exemptReports(ctx.access(), schoolYear, schoolIds, reason),
    removeReportExemption: (_p, { schoolYear, schoolId }, ctx) =>
      removeReportExemption(ctx.access(), schoolYear, schoolId),
  },
  StatisticalYear: {
    label: (y) => schoolYearLabel(y.schoolYear),
    stateLabel: (y) => SCHOOL_YEAR_STATE_LABELS[y.state],
    final: (y) => isFinalState(y.state),
  },
  PublicationReadiness: {
    ready: (r) => r.pending.length === 0,
  },
};
