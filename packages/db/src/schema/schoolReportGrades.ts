import { STAGES } from "@edu2035/domain";
import { relations, sql } from "drizzle-orm";
import { check, integer, pgTable, primaryKey, smallint, text, uuid } from "drizzle-orm/pg-core";
import { sqlList } from "./_columns.ts";
import { schoolReports } from "./schoolReports.ts";

/**
 * Enrolment, classes and class sizes of one grade in a school's annual report.
 * Class-size bands are the national ones (框2 大班额): 56–65 pupils 大班额, 66 and over 超大班额.
 * `disabledStudents` counts 随班就读 pupils with disabilities (A03).
 */
export const schoolReportGrades = pgTable(
  "school_report_grades",
  {
    reportId: uuid()
      .notNull()
      .references(() => schoolReports.id, { onDelete: "cascade" }),
    stage: text({ enum: STAGES }).notNull(),
    grade: smallint().notNull(),
    students: integer().notNull().default(0),
    classes: integer().notNull().default(0),
    /** Classes of 56–65 pupils (大班额). */
    largeClasses: integer().notNull().default(0),
    /** Classes of 66 pupils or more (超大班额). */
    oversizedClasses: integer().notNull().default(0),
    disabledStudents: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ name: "school_report_grades_pk", columns: [t.reportId, t.stage, t.grade] }),
    check("school_report_grades_stage_ck", sql.raw(`stage in (${sqlList(STAGES)})`)),
    check(
      "school_report_grades_counts_ck",
      sql`${t.students} >= 0 and ${t.classes} >= 0 and ${t.largeClasses} >= 0 and ${t.oversizedClasses} >= 0 and ${t.largeClasses} + ${t.oversizedClasses} <= ${t.classes} and ${t.disabledStudents} <= ${t.students}`,
    ),
  ],
);

export const schoolReportGradesRelations = relations(schoolReportGrades, ({ one }) => ({
  report: one(schoolReports, { fields: [schoolReportGrades.reportId], references: [schoolReports.id] }),
}));
