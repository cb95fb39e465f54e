/** The Drizzle schema: one file per table, relations beside each table. */
export * from "./auditLog.ts";
export * from "./backfillWindows.ts";
export * from "./city.ts";
export * from "./cityInputs.ts";
export * from "./districtInputs.ts";
export * from "./districts.ts";
export * from "./idHashKeyFingerprint.ts";
export * from "./people.ts";
export * from "./registers.ts";
export * from "./reportingPeriods.ts";
export * from "./schoolReportGrades.ts";
export * from "./schoolReports.ts";
export * from "./schools.ts";
export * from "./schoolYears.ts";
export * from "./sessions.ts";
export * from "./staff.ts";
export * from "./users.ts";
