export { AppProviders } from "./AppProviders.tsx";
export { type AppMenuItem, AppShell } from "./AppShell.tsx";
export { CityAccountsPage, DistrictAccountsPage } from "./accounts/AccountsPage.tsx";
export { AccountsPanel } from "./accounts/AccountsPanel.tsx";
export { type AccountRow, AccountTable, isLocked } from "./accounts/AccountTable.tsx";
export { accountsQuery, passwordPolicyQuery, useAccounts, useAccountWrites } from "./accounts/api.ts";
export { BatchAccountsModal, type BatchResult, type BatchSchool } from "./accounts/BatchAccountsModal.tsx";
export { type AccountUnitOption, CreateAccountModal } from "./accounts/CreateAccountModal.tsx";
export { OneTimePasswordModal } from "./accounts/OneTimePasswordModal.tsx";
export {
  BALANCE_INDICATOR_SHORT_NAMES,
  BalanceCertificationTag,
  BalanceExcludedTable,
  BalanceIndicatorTable,
  BalanceOutcomeTag,
  BalanceSchoolTable,
  BalanceShortfallTable,
  BalanceVariationTable,
  formatBalanceValue,
  formatRatio,
  PassTag,
} from "./analytics/balance.tsx";
export {
  DashboardIndex,
  type DashboardResult,
  type DashboardUnit,
  dashboardUnitKey,
  type TargetDashboard,
} from "./analytics/dashboard.ts";
export { ExportDashboardButton } from "./analytics/ExportDashboardButton.tsx";
export {
  APPROVED_ONLY_LABEL,
  INCLUDE_SUBMITTED_LABEL,
  IncludeSubmittedNotice,
  IncludeSubmittedSwitch,
} from "./analytics/IncludeSubmittedSwitch.tsx";
export { PublishedHistoryTable } from "./analytics/PublishedHistoryTable.tsx";
export {
  balanceAssessmentQuery,
  balanceAssessmentsQuery,
  DASHBOARD_CHILDREN_LIMIT,
  DASHBOARD_FROM_YEAR,
  type DashboardTableArgs,
  keepAcrossIncludeSubmitted,
  schoolBalanceQuery,
  targetDashboardTableQuery,
} from "./analytics/queries.ts";
export { CoverageLine, ProvisionalMark, ResultCell } from "./analytics/ResultCell.tsx";
export {
  type DashboardChildrenPage,
  type DashboardColumnGroup,
  TargetDashboardTable,
} from "./analytics/TargetDashboardTable.tsx";
export { TargetTrendChart } from "./analytics/TargetTrendChart.tsx";
export { TargetTrendDrawer } from "./analytics/TargetTrendDrawer.tsx";
export { useDashboardTrend } from "./analytics/useDashboardTrend.ts";
export { AuditPage } from "./audit/AuditPage.tsx";
export { auditLogQuery, useAuditLog } from "./audit/api.ts";
export { BalancePlanButton, type BalancePlanTarget } from "./balancePlan/LazyBalancePlanDrawer.tsx";
export { ChangePasswordForm, ChangePasswordPage } from "./ChangePasswordPage.tsx";
export {
  type City,
  NEUTRAL_PLATFORM_NAME,
  platformName,
  publicCityQuery,
  useCity,
  useDocumentTitle,
  usePlanTitle,
} from "./city.ts";
// the apps' one clock (the browser tests pin it): now, and today in Beijing time
export { appNow, beijingToday } from "./clock.ts";
export { APP_LEVEL_LABELS, APP_LEVEL_SHORT_LABELS, COMPULSORY_SCHOOL_TYPES } from "./constants.ts";
export { EChart, type EChartOption } from "./EChart.tsx";
export { downloadExcel, ExcelActions, type ExcelImportOutcome } from "./excel/ExcelActions.tsx";
export { ExportBalanceButton, ExportExcelButton, ExportStaffingButton } from "./excel/ExportExcelButton.tsx";
export {
  coverageNote,
  formatMilestone,
  formatMoney,
  formatNumber,
  formatValue,
  TARGET_GROUP_LABELS,
  TARGET_STATUS_COLORS,
  TARGET_STATUS_LABELS,
} from "./format.ts";
export { ReasonModal, reasonProblem } from "./forms/ReasonModal.tsx";
export { type FigureField, type FigureGroup, FiguresForm } from "./inputs/FiguresForm.tsx";
export { LoginPage } from "./LoginPage.tsx";
export { lazyPage, PageSuspense } from "./lazyPage.tsx";
export {
  downloadReport,
  MonitoringReportPanel,
  SchoolBriefButtons,
} from "./monitoringReport/MonitoringReport.tsx";
export { todosQuery, useSendReportReminder, useTodos } from "./notices/api.ts";
export { DeadlineTag } from "./notices/DeadlineTag.tsx";
export { TodoPanel } from "./notices/LazyTodoPanel.tsx";
export { NoticeBell } from "./notices/NoticeBell.tsx";
export { ReminderButton } from "./notices/ReminderButton.tsx";
export { ReportDeadline } from "./notices/ReportDeadline.tsx";
export { EDUCATION_OPTIONS, ROLE_OPTIONS, SUBJECT_OPTIONS, TITLE_OPTIONS } from "./options.ts";
export {
  managedDistrictsQuery,
  managedSchoolsQuery,
  useCloseDistrict,
  useCreateDistrict,
  useInvalidateOrg,
  useManagedDistricts,
  useManagedSchools,
  useSchoolListExcel,
  useUpdateDistrict,
} from "./org/api.ts";
export { orgFormError } from "./org/errors.ts";
export {
  OWNERSHIP_OPTIONS,
  SCHOOL_STATUS_LABELS,
  SCHOOL_TYPE_OPTIONS,
  URBAN_RURAL_OPTIONS,
} from "./org/options.ts";
export { SchoolFormDrawer } from "./org/SchoolFormDrawer.tsx";
export { type SchoolLifecycleAction, SchoolLifecycleModal } from "./org/SchoolLifecycleModal.tsx";
export { SchoolManager, SchoolStatusTag } from "./org/SchoolManager.tsx";
export { PageCard } from "./PageCard.tsx";
export { ProjectionPanel } from "./projection/ProjectionPanel.tsx";
export {
  districtsQuery,
  planTargetsQuery,
  publishedHistoryQuery,
  schoolsQuery,
  schoolYearsQuery,
  staffingSummaryQuery,
  staffPageQuery,
  statisticalYearsQuery,
  targetResultsQuery,
  unitKey,
  viewerQuery,
} from "./queries.ts";
export { createQueryClient } from "./queryClient.ts";
export {
  CONFLICT_MESSAGE,
  type FieldIssue,
  fieldPath,
  formErrorFields,
  issuesOf,
  isVersionConflict,
} from "./reports/apiErrors.ts";
export { formatDateTime } from "./reports/formatTime.ts";
export { PrintableReport, PrintReportButton, REPORT_SIGNATURES } from "./reports/PrintableReport.tsx";
export { ReportDescriptions } from "./reports/ReportDescriptions.tsx";
export { currentSchoolYear, ReportingYearSelect } from "./reports/ReportingYearSelect.tsx";
export {
  REPORT_COUNT_KEYS,
  REPORT_STATUS_COLORS,
  REPORT_STATUS_LABELS,
  ReportStatusTag,
} from "./reports/reportStatus.tsx";
export {
  rosterQuery,
  rosterRolloverQuery,
  useAddStaff,
  useCarryOverRoster,
  useRoster,
  useRosterRollover,
  useStaffExcel,
  useStaffLeave,
  useUpdateStaff,
} from "./roster/api.ts";
export { LeaveModal } from "./roster/LeaveModal.tsx";
export { RosterPage } from "./roster/RosterPage.tsx";
export {
  RolloverExplanation,
  type RolloverPayload,
  RosterRolloverAlert,
  RosterRolloverButton,
  rolloverResultText,
  useRosterRolloverAction,
} from "./roster/RosterRollover.tsx";
export { StaffFormModal } from "./roster/StaffFormModal.tsx";
export {
  addStaffOwner,
  isResearchOffice,
  RESEARCH_OFFICE_ROLES,
  RESEARCH_STAGE_OPTIONS,
  type RosterUnit,
  rolesOf,
  rolloverUnit,
  rosterFilter,
  SCHOOL_ROLES,
} from "./roster/unit.ts";
export { SchoolYearSelect } from "./SchoolYearSelect.tsx";
export { SessionGate } from "./SessionGate.tsx";
export { type StaffingSummary, StaffingSummaryCards } from "./StaffingSummaryCards.tsx";
export { type StaffRow, StaffTable } from "./StaffTable.tsx";
export { SchoolDirectory, type SchoolGroup, type SchoolRow } from "./schools/SchoolDirectory.tsx";
export {
  type Session,
  SessionProvider,
  tokenStorageKey,
  useSession,
  useToken,
  useViewer,
  type Viewer,
} from "./session.tsx";
export { StaffingOverview } from "./staffing/StaffingOverview.tsx";
export {
  defaultFigureYear,
  isPreviewYear,
  PreviewYearNotice,
  PreviewYearsSwitch,
  rangeEndYear,
  type StatisticalYearInfo,
  type StatisticalYears,
  useStatisticalYears,
  YearStateTag,
  yearStateText,
} from "./statisticalYears.tsx";
export { type TargetResultRow, TargetTable } from "./TargetTable.tsx";
export { UnitPicker } from "./UnitPicker.tsx";
export { hashIntParam, useHashRoute } from "./useHashRoute.ts";
