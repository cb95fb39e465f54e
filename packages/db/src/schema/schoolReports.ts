import { relations, sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./_columns.ts";
import { schoolReportGrades } from "./schoolReportGrades.ts";
import { schools } from "./schools.ts";
import { users } from "./users.ts";

/** Workflow states of an annual report: 草稿 → 已提交 → (已退回 → 已提交 →) 已审核. */
export const REPORT_STATUSES = ["draft", "submitted", "returned", "approved"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/**
 * A school's annual report (学校年报) for one school year, taken at 统计时点 1 September.
 * Areas in m², money in yuan (元). Enrolment by grade lives in `school_report_grades`.
 * The yes/no items are the school-level targets B06–B15 of the plan 三(一)3; B19 innovation
 * labs and B37 wireless coverage come from 框3 and 三(七)1; the areas, equipment value and
 * multimedia classrooms feed the 优质均衡 indicators C4–C7.
 */
export const schoolReports = pgTable(
  "school_reports",
  {
    id: id(),
    schoolId: uuid()
      .notNull()
      .references(() => schools.id, { onDelete: "restrict" }),
    schoolYear: smallint().notNull(),
    status: text({ enum: REPORT_STATUSES }).notNull().default("draft"),
    /** 教职工数 (persons) as the school reports it: every employee, 三支队伍 and others (工勤、教辅). */
    staffTotal: integer(),
    /** 专任教师数 (persons) as the school reports it; the review queue compares it with the roster. */
    fullTimeTeachers: integer(),
    /** 教学及辅助用房面积 (m²), including indoor sports halls. */
    teachingAuxiliaryArea: numeric({ precision: 12, scale: 2, mode: "number" }),
    /** 室内体育用房面积 (m²): gyms and halls, counted in C5 not C4. */
    indoorSportsArea: numeric({ precision: 12, scale: 2, mode: "number" }),
    /** 室外体育运动场地面积 (m²). */
    outdoorSportsArea: numeric({ precision: 12, scale: 2, mode: "number" }),
    /** 教学仪器设备资产值 (yuan). */
    equipmentValue: numeric({ precision: 14, scale: 2, mode: "number" }),
    /** 网络多媒体教室 (rooms). */
    multimediaClassrooms: integer(),
    /** 创新实验室 (rooms), B19. */
    innovationLabs: integer(),
    /** 无线网络全覆盖, B37. */
    wirelessFullCoverage: boolean(),
    /** 《国家学生体质健康标准》 tests: students tested, passed (合格及以上), good or excellent (良好+优秀). B11, B12. */
    healthTested: integer(),
    healthPassed: integer(),
    healthGoodOrExcellent: integer(),
    /** B06 达到《国家学校体育卫生条件试行基本标准》. */
    meetsPeHygieneStandard: boolean(),
    /** B07 落实国家和自治区课程标准. */
    implementsCurriculumStandards: boolean(),
    /** B09 一校一品/一人一项 sports brand. */
    hasSportsBrand: boolean(),
    /** B10 实施《国家学生体质健康标准》. */
    implementsHealthStandard: boolean(),
    /** B13 每年举办运动会或体育节. */
    heldSportsMeeting: boolean(),
    /** B14 全国青少年校园足球特色学校. */
    footballFeatureSchool: boolean(),
    /** B14 football lessons per week (节/周). */
    footballLessonsPerWeek: smallint(),
    /** B15 每年举办校园艺术节. */
    heldArtsFestival: boolean(),
    notes: text(),
    submittedAt: timestamp({ withTimezone: true }),
    /**
     * The first submission (首次提交时间), set once and never moved by a return and resubmission:
     * lateness (逾期) is judged on it. Backfilled from submitted_at by migration 0008.
     */
    firstSubmittedAt: timestamp({ withTimezone: true }),
    reviewedAt: timestamp({ withTimezone: true }),
    reviewedBy: uuid().references(() => users.id),
    reviewComment: text(),
    updatedBy: uuid().references(() => users.id),
    version: version(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("school_reports_school_year_uq").on(t.schoolId, t.schoolYear),
    index("school_reports_year_idx").on(t.schoolYear),
    check("school_reports_status_ck", sql`${t.status} in ('draft', 'submitted', 'returned', 'approved')`),
    check(
      "school_reports_health_ck",
      sql`(${t.healthPassed} is null or ${t.healthTested} is null or ${t.healthPassed} <= ${t.healthTested}) and (${t.healthGoodOrExcellent} is null or ${t.healthPassed} is null or ${t.healthGoodOrExcellent} <= ${t.healthPassed})`,
    ),
    check(
      "school_reports_staff_ck",
      sql`${t.fullTimeTeachers} is null or ${t.staffTotal} is null or ${t.fullTimeTeachers} <= ${t.staffTotal}`,
    ),
    check(
      "school_reports_nonneg_ck",
      sql`coalesce(${t.teachingAuxiliaryArea}, 0) >= 0 and coalesce(${t.indoorSportsArea}, 0) >= 0 and coalesce(${t.outdoorSportsArea}, 0) >= 0 and coalesce(${t.equipmentValue}, 0) >= 0 and coalesce(${t.multimediaClassrooms}, 0) >= 0 and coalesce(${t.innovationLabs}, 0) >= 0 and coalesce(${t.healthTested}, 0) >= 0 and coalesce(${t.staffTotal}, 0) >= 0 and coalesce(${t.fullTimeTeachers}, 0) >= 0`,
    ),
  ],
);

export const schoolReportsRelations = relations(schoolReports, ({ one, many }) => ({
  school: one(schools, { fields: [schoolReports.schoolId], references: [schools.id] }),
  grades: many(schoolReportGrades),
}));
