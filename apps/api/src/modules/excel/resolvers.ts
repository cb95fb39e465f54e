import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { exportBalanceExcel } from "./balanceExcel.ts";
import { exportReportCompletenessExcel } from "./completenessExcel.ts";
import { exportTargetDashboardExcel } from "./dashboardExcel.ts";
import { exportReportExcel, importReportExcel, reportExcelTemplate } from "./reportExcel.ts";
import { exportSchoolList, importSchoolList, schoolListTemplate } from "./schoolListExcel.ts";
import { exportStaffExcel, importStaffExcel, staffExcelTemplate } from "./staffExcel.ts";
import { exportStaffingSummaryExcel } from "./staffingExcel.ts";

export const excelResolvers: Resolvers = {
  Query: {
    staffExcelTemplate: (_p, { schoolId }, ctx) => staffExcelTemplate(ctx.access(), schoolId),
    exportStaffExcel: (_p, { schoolId, schoolYear }, ctx) =>
      exportStaffExcel(ctx.access(), schoolId, schoolYear),
    reportExcelTemplate: (_p, { schoolId, schoolYear }, ctx) =>
      reportExcelTemplate(ctx.access(), schoolId, schoolYear),
    exportReportExcel: (_p, { schoolId, schoolYear }, ctx) =>
      exportReportExcel(ctx.access(), schoolId, schoolYear),
    schoolListTemplate: (_p, _a, ctx) => schoolListTemplate(ctx.access()),
    exportSchoolList: (_p, { districtId }, ctx) => exportSchoolList(ctx.access(), districtId),
    exportTargetDashboardExcel: (_p, { unit, schoolYear, schoolTypes, includeSubmitted }, ctx) =>
      exportTargetDashboardExcel(ctx.access(), unit, schoolYear, schoolTypes, !!includeSubmitted),
    exportReportCompletenessExcel: (_p, { schoolYear, districtId }, ctx) =>
      exportReportCompletenessExcel(ctx.access(), schoolYear, districtId),
    exportStaffingSummaryExcel: (_p, { unit, schoolYear }, ctx) =>
      exportStaffingSummaryExcel(ctx.access(), unit, schoolYear),
    exportBalanceExcel: (_p, { schoolYear, districtId }, ctx) =>
      exportBalanceExcel(ctx.access(), schoolYear, districtId),
  },
  Mutation: {
    importStaffExcel: (_p, { schoolId, schoolYear, contentBase64, dryRun, mode, rosterVersion }, ctx) =>
      importStaffExcel(
        ctx.access(),
        ctx.env,
        schoolId,
        schoolYear,
        contentBase64,
        !!dryRun,
        mode ?? "ADD_ONLY",
        rosterVersion ?? null,
      ),
    importReportExcel: (_p, { schoolId, schoolYear, contentBase64, version, dryRun }, ctx) =>
      importReportExcel(ctx.access(), schoolId, schoolYear, contentBase64, version, !!dryRun),
    importSchoolList: (_p, { districtId, contentBase64, dryRun }, ctx) =>
      importSchoolList(ctx.access(), districtId, contentBase64, !!dryRun),
  },
};
