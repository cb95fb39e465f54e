import { relations, sql } from "drizzle-orm";
import { check, integer, pgTable, primaryKey, smallint, uuid } from "drizzle-orm/pg-core";
import { schools } from "./schools.ts";

/**
 * 名册汇总 (roster summary): one row per school and school year holding the counts of that
 * year's roster (`staff`) that the roster family of measures (A07, A08, A09, B33, B34, B35, B08,
 * B43) and the 优质均衡 assessment (C1–C3 per stage, migration 0017) sum, so a dashboard reads O(schools × years) rows instead of the whole roster (issue 15).
 * Every count but `yearRows` is over the rows on the roster at the year's 统计时点 (1 September; domain
 * statisticsDate.ts) and over the target's population (domain population.ts) at the school's
 * current `type`.
 *
 * Maintained by PostgreSQL triggers in the same transaction as every roster write (migration
 * 0015: statement-level triggers on `staff` applying per-(school, year) deltas, and a rebuild of
 * a school's rows when its type changes); the predicates are generated from the TypeScript
 * sources by the API (apps/api/src/modules/indicators/measures/staffSummary.ts), which also
 * checks the installed trigger function and the rows against a full recomputation
 * (`pnpm admin check-summaries`). Never written by application code.
 *
 * A row may hold only zeros (every row of that school and year left the roster): `rosterRows`
 * 0 means the school has no roster for the year, as if the row were absent.
 */
export const staffSchoolYearSummary = pgTable(
  "staff_school_year_summary",
  {
    schoolId: uuid()
      .notNull()
      .references(() => schools.id, { onDelete: "cascade" }),
    /** Start year of the school year, e.g. 2025 for 2025—2026学年. */
    schoolYear: smallint().notNull(),
    /** Rows on the roster at the 统计时点, any role (the school has a roster when > 0). */
    rosterRows: integer("roster_rows").notNull().default(0),
    /** A07 幼儿园专任教师 / of them 学前教育专业毕业或持幼儿园教师资格. */
    a07Denominator: integer("a07_denominator").notNull().default(0),
    a07Numerator: integer("a07_numerator").notNull().default(0),
    /** A08 义务教育阶段专任教师 / of them 本科及以上学历. */
    a08Denominator: integer("a08_denominator").notNull().default(0),
    a08Numerator: integer("a08_numerator").notNull().default(0),
    /** A09 职业院校专任专业课教师 / of them 双师型. */
    a09Denominator: integer("a09_denominator").notNull().default(0),
    a09Numerator: integer("a09_numerator").notNull().default(0),
    /** B33 幼儿园专任教师 / of them 本科及以上学历. */
    b33Denominator: integer("b33_denominator").notNull().default(0),
    b33Numerator: integer("b33_numerator").notNull().default(0),
    /** B34 中小学专任教师 / of them 完成心理健康培训. */
    b34Denominator: integer("b34_denominator").notNull().default(0),
    b34Numerator: integer("b34_numerator").notNull().default(0),
    /** B35 中小学专任教师 / of them 持心理辅导证书. */
    b35Denominator: integer("b35_denominator").notNull().default(0),
    b35Numerator: integer("b35_numerator").notNull().default(0),
    /** B08 体育与健康专任教师 of the school (the school is 配齐 when > 0). */
    b08PeTeachers: integer("b08_pe_teachers").notNull().default(0),
    /** B43 义务教育专任教师. */
    b43Teachers: integer("b43_teachers").notNull().default(0),
    /** B43 their training hours of the year's five-year cycle (学时), summed. */
    b43Hours: integer("b43_hours").notNull().default(0),
    /**
     * Rows of the year's roster, any role, on the roster at the 统计时点 or not (优质均衡: a
     * school without any has no C1–C3 value, 无数据).
     */
    yearRows: integer("year_rows").notNull().default(0),
    /** 优质均衡 C1 小学: 专任教师 of 小学 above the required degree (专科+). Migration 0017. */
    c1Primary: integer("c1_primary").notNull().default(0),
    /** C2 小学: 县级以上骨干教师 teaching 小学. */
    c2Primary: integer("c2_primary").notNull().default(0),
    /** C3 小学: 体育、音乐、美术专任教师 teaching 小学. */
    c3Primary: integer("c3_primary").notNull().default(0),
    /** C1 初中: 专任教师 of 初中 above the required degree (本科+). */
    c1Junior: integer("c1_junior").notNull().default(0),
    /** C2 初中: 县级以上骨干教师 teaching 初中. */
    c2Junior: integer("c2_junior").notNull().default(0),
    /** C3 初中: 体育、音乐、美术专任教师 teaching 初中. */
    c3Junior: integer("c3_junior").notNull().default(0),
  },
  (t) => [
    primaryKey({ name: "staff_school_year_summary_pk", columns: [t.schoolId, t.schoolYear] }),
    check("staff_school_year_summary_year_ck", sql`${t.schoolYear} between 2000 and 2100`),
  ],
);

export const staffSchoolYearSummaryRelations = relations(staffSchoolYearSummary, ({ one }) => ({
  school: one(schools, { fields: [staffSchoolYearSummary.schoolId], references: [schools.id] }),
}));
