/** Row types of every table, inferred from the schema. */
import type * as s from "./schema/index.ts";

export type DistrictRow = typeof s.districts.$inferSelect;
export type SchoolRow = typeof s.schools.$inferSelect;
export type NewSchoolRow = typeof s.schools.$inferInsert;
export type PersonRow = typeof s.people.$inferSelect;
export type NewPersonRow = typeof s.people.$inferInsert;
export type StaffRow = typeof s.staff.$inferSelect;
export type NewStaffRow = typeof s.staff.$inferInsert;
export type SchoolReportRow = typeof s.schoolReports.$inferSelect;
export type NewSchoolReportRow = typeof s.schoolReports.$inferInsert;
export type SchoolReportGradeRow = typeof s.schoolReportGrades.$inferSelect;
export type DistrictInputRow = typeof s.districtInputs.$inferSelect;
export type CityInputRow = typeof s.cityInputs.$inferSelect;
export type RegisterRow = typeof s.registers.$inferSelect;
export type NewRegisterRow = typeof s.registers.$inferInsert;
export type ReportingPeriodRow = typeof s.reportingPeriods.$inferSelect;
export type UserRow = typeof s.users.$inferSelect;
export type SessionRow = typeof s.sessions.$inferSelect;
export type AuditLogRow = typeof s.auditLog.$inferSelect;
export type IdHashKeyFingerprintRow = typeof s.idHashKeyFingerprint.$inferSelect;
export type CityRow = typeof s.city.$inferSelect;
export type BackfillWindowRow = typeof s.backfillWindows.$inferSelect;
export type SchoolYearRow = typeof s.schoolYears.$inferSelect;
export type SchoolYearPublicationRow = typeof s.schoolYearPublications.$inferSelect;
export type ReportExemptionRow = typeof s.reportExemptions.$inferSelect;
export type PublishedResultRow = typeof s.publishedResults.$inferSelect;
export type StaffSchoolYearSummaryRow = typeof s.staffSchoolYearSummary.$inferSelect;
