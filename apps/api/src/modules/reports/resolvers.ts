import { gradeLabel, REPORT_STATE_LABELS } from "@edu2035/domain";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import {
  approveReport,
  reopenReport,
  reportQueue,
  returnReport,
  saveReportDraft,
  schoolReport,
  submitReport,
} from "./service.ts";

export const reportResolvers: Resolvers = {
  Query: {
    schoolReport: (_p, { schoolId, schoolYear }, ctx) => schoolReport(ctx.access(), schoolId, schoolYear),
    reportQueue: (_p, { districtId, schoolYear }, ctx) => reportQueue(ctx.access(), districtId, schoolYear),
  },
  Mutation: {
    saveReportDraft: async (_p, { input }, ctx) => ({ report: await saveReportDraft(ctx.access(), input) }),
    submitReport: async (_p, { schoolId, schoolYear, version }, ctx) => ({
      report: await submitReport(ctx.access(), schoolId, schoolYear, version),
    }),
    returnReport: async (_p, { schoolId, schoolYear, version, comment }, ctx) => ({
      report: await returnReport(ctx.access(), schoolId, schoolYear, version, comment),
    }),
    approveReport: async (_p, { schoolId, schoolYear, version, comment }, ctx) => ({
      report: await approveReport(ctx.access(), schoolId, schoolYear, version, comment),
    }),
    reopenReport: async (_p, { schoolId, schoolYear, version, reason }, ctx) => ({
      report: await reopenReport(ctx.access(), schoolId, schoolYear, version, reason),
    }),
  },
  SchoolReport: {
    school: (r, _a, ctx) => ctx.access().school(r.schoolId),
    statusLabel: (r) => REPORT_STATE_LABELS[r.status],
    totalStudents: (r) => r.grades.reduce((a, g) => a + g.students, 0),
    reviewedBy: (r) => r.reviewedByName,
    updatedBy: (r) => r.updatedByName,
  },
  ReportGrade: {
    label: (g) => gradeLabel(g.stage, g.grade),
  },
};
