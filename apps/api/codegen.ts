import type { CodegenConfig } from "@graphql-codegen/cli";
import { ENUM_TYPE_FILES } from "./src/modules/common/enums.ts";

/**
 * SDL-first: the modules' schema.graphql files are merged into the committed
 * `schema.graphql` (contract changes show in diffs) and into resolver types bound to the
 * domain/service types by mappers. Generated files are never edited by hand.
 */
const config: CodegenConfig = {
  schema: "src/modules/**/schema.graphql",
  hooks: {
    // enum types bound by `enumValues` are re-exported as values; make them type re-exports so
    // the file compiles under `verbatimModuleSyntax` wherever it is imported
    afterOneFileWrite: ["node scripts/type-reexports.mjs"],
  },
  generates: {
    "schema.graphql": {
      plugins: ["schema-ast"],
      config: { includeDirectives: true, commentDescriptions: false },
    },
    "src/__generated__/resolvers-types.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        contextType: "../context.ts#Context",
        useTypeImports: true,
        mapperTypeSuffix: "Model",
        enumsAsTypes: true,
        scalars: { DateTime: { input: "string", output: "Date | string" }, JSON: "unknown" },
        mappers: {
          Viewer: "../authz/viewer.ts#Viewer",
          District: "@edu2035/db#DistrictRow",
          School: "@edu2035/db#SchoolRow",
          OrgUnit: "../modules/org/service.ts#OrgUnitModel",
          StaffMember: "../modules/staff/service.ts#StaffMemberModel",
          StaffingSummary: "../modules/staff/service.ts#StaffingSummaryModel",
          PlanTarget: "@edu2035/domain#PlanTarget",
          Milestone: "@edu2035/domain#Milestone",
          TargetResult: "../modules/indicators/service.ts#TargetResultModel",
          TargetDashboard: "../modules/indicators/service.ts#TargetDashboardModel",
          User: "../modules/auth/service.ts#UserModel",
          CityInputs: "@edu2035/db#CityInputRow",
          DistrictInputs: "@edu2035/db#DistrictInputRow",
          RegisterEntry: "@edu2035/db#RegisterRow",
          RegisterConfirmation: "@edu2035/db#RegisterConfirmationRow",
          RegisterKindInfo: "@edu2035/domain#RegisterKindInfo",
          SchoolReport: "../modules/reports/service.ts#SchoolReportModel",
          ReportGrade: "@edu2035/db#SchoolReportGradeRow",
          ReportQueue: "../modules/reports/service.ts#ReportQueueModel",
          ReportQueueEntry: "../modules/reports/service.ts#ReportQueueEntryModel",
          AuditEntry: "../modules/audit/service.ts#AuditEntryModel",
          BalanceIndicator: "@edu2035/domain#BalanceIndicator",
          BalanceAssessment: "../modules/balance/service.ts#BalanceAssessmentModel",
          BalanceStageAssessment: "../modules/balance/service.ts#BalanceStageAssessmentModel",
          BalanceSchoolResult: "../modules/balance/service.ts#BalanceSchoolResultModel",
          SchoolBalance: "../modules/balance/service.ts#SchoolBalanceModel",
          ReportingPeriod: "../modules/periods/service.ts#ReportingPeriodModel",
          CompletenessCounts: "../modules/periods/service.ts#CompletenessCountsModel",
          CompletenessEntry: "../modules/periods/service.ts#CompletenessEntryModel",
          ReportCompleteness: "../modules/periods/service.ts#ReportCompletenessModel",
          ReportImportResult: "../modules/excel/reportExcel.ts#ReportImportResultModel",
          City: "@edu2035/db#CityRow",
          Account: "@edu2035/db#UserRow",
          BackfillWindow: "@edu2035/db#BackfillWindowRow",
          Coverage: "@edu2035/domain#Coverage",
          StatisticalYear: "../modules/years/service.ts#StatisticalYearModel",
          YearPublication: "../modules/years/service.ts#YearPublicationModel",
          PublicationReadiness: "../modules/years/service.ts#PublicationReadinessModel",
          ReportExemption: "../modules/years/service.ts#ReportExemptionModel",
          PublishedFigure: "../modules/years/service.ts#PublishedFigureModel",
          Projection: "../modules/projection/service.ts#ProjectionModel",
          ProjectionScenario: "../modules/projection/scenarios.ts#ProjectionScenarioModel",
          DistrictBirthYear: "../modules/projection/births.ts#DistrictBirthRow",
        },
        enumValues: {
          ...ENUM_TYPE_FILES,
          BalanceIndicatorUnit: "@edu2035/domain#BalanceIndicatorUnit",
        },
      },
    },
  },
};

export default config;
