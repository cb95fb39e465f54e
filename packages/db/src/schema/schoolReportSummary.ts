import { relations } from "drizzle-orm";
import { integer, pgTable, uuid } from "drizzle-orm/pg-core";
import { schoolReports } from "./schoolReports.ts";

/**
 * 年报汇总 (annual-report summary): one row per school annual report holding the sums of its
 * grade rows (`school_report_grades`) that the report and enrolment measures read, so a
 * dashboard reads one row per report instead of re-aggregating every report's grades on every
 * request (issue 15). The stages of each sum are its target's population (domain
 * population.ts: A01 学前, A05 高中阶段, A06 高职); the school type a target also counts is
 * applied when reading (a report's school is one type), so a change of a school's type needs
 * no rebuild here.
 *
 * Maintained by PostgreSQL triggers in the same transaction as every grade write (migration
 * 0016: statement-level triggers on `school_report_grades` applying per-report deltas); the
 * sums are generated from the TypeScript sources by the API
 * (apps/api/src/modules/indicators/measures/reportSummary.ts), which also checks the installed
 * trigger functions and the rows against a full recomputation (`pnpm admin check-summaries`).
 * Never written by application code. A report without grade rows has no row (read as zeros).
 */
export const schoolReportSummary = pgTable("school_report_summary", {
  reportId: uuid("report_id")
    .primaryKey()
    .references(() => schoolReports.id, { onDelete: "cascade" }),
  /** 幼儿园在园幼儿 (A01, B01, B32): students of the A01 stages. */
  kgStudents: integer("kg_students").notNull().default(0),
  /** 高中阶段在校生 (A05): students of the A05 stages. */
  upperStudents: integer("upper_students").notNull().default(0),
  /** 高等教育在校生 (A06): students of the A06 stages. */
  higherStudents: integer("higher_students").notNull().default(0),
  /** 在校学生 (B40): students of every stage. */
  students: integer("students").notNull().default(0),
  /** B17 大班额（56—65人）+ 超大班额（66人及以上） classes. */
  largeClasses: integer("large_classes").notNull().default(0),
});

export const schoolReportSummaryRelations = relations(schoolReportSummary, ({ one }) => ({
  report: one(schoolReports, { fields: [schoolReportSummary.reportId], references: [schoolReports.id] }),
}));
