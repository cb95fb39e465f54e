import {
  BACKBONE_LEVELS,
  EDUCATION_LEVELS,
  STAFF_ROLES,
  STAFF_STATUSES,
  STAGES,
  SUBJECTS,
  TEACHER_CERTIFICATES,
  TITLES,
} from "@edu2035/domain";
import { relations, sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { id, sqlList, timestamps, version } from "./_columns.ts";
import { districts } from "./districts.ts";
import { people } from "./people.ts";
import { schools } from "./schools.ts";

/**
 * The 三支队伍 roster, one active row per person per school year (统计时点 1 September), so every
 * school year's targets are computed from that year's roster and history is never lost.
 * A school's teachers, principals and vice-principals have `schoolId` (and its `districtId`);
 * a 教研员 belongs to a 教研室: a district's (`districtId` set, `schoolId` null) or the
 * city's (both null). Source of the attributes: plan 三(六), targets A07–A09, B08, B33–B35, B43, C1–C3.
 */
export const staff = pgTable(
  "staff",
  {
    id: id(),
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: "restrict" }),
    /** Start year of the school year, e.g. 2025 for 2025—2026学年. */
    schoolYear: smallint().notNull(),
    districtId: uuid().references(() => districts.id, { onDelete: "restrict" }),
    schoolId: uuid(),
    role: text({ enum: STAFF_ROLES }).notNull(),
    status: text({ enum: STAFF_STATUSES }).notNull().default("active"),
    /**
     * Date the person joined this unit (入职/调入日期), ISO date; null = on the roster since before
     * this school year's 统计时点 (1 September). A row counts in year Y's figures when the person
     * was on the roster on Y-09-01: started_on null or ≤ Y-09-01, and left_on null or > Y-09-01
     * (issue 16; the one predicate is in @edu2035/domain population.ts).
     */
    startedOn: date({ mode: "string" }),
    /** Date of leaving (调出/退休), ISO date, when status is not active. */
    leftOn: date({ mode: "string" }),
    /** 专任教师: a full-time teacher (counts in A07, A08, B33 …). */
    fullTime: boolean().notNull().default(true),
    /** Stage taught (任教学段); for a 九年一贯制 school it splits its teachers for 优质均衡. */
    stage: text({ enum: STAGES }),
    subject: text({ enum: SUBJECTS }),
    education: text({ enum: EDUCATION_LEVELS }).notNull(),
    /** Graduated in preschool education (学前教育专业毕业), for A07. */
    preschoolMajor: boolean().notNull().default(false),
    teacherCertificate: text({ enum: TEACHER_CERTIFICATES }).notNull().default("none"),
    title: text({ enum: TITLES }).notNull().default("unrated"),
    /** 双师型教师 (vocational teachers holding an industry qualification), for A09. */
    dualQualified: boolean().notNull().default(false),
    backboneLevel: text({ enum: BACKBONE_LEVELS }).notNull().default("none"),
    /** Completed the city's mental-health training for all teachers (B34). */
    mentalHealthTrained: boolean().notNull().default(false),
    /** Holds a psychological-counselling qualification (B35). */
    counsellingCertificate: boolean().notNull().default(false),
    /** 蒙汉双语 (teaches in Mongolian and Chinese), for B16. */
    bilingual: boolean().notNull().default(false),
    /** Continuing-education hours in the current five-year cycle (B43; national rule 360). */
    trainingHours: integer().notNull().default(0),
    version: version(),
    ...timestamps,
  },
  (t) => [
    // one active (在岗) record per person and year; a person who left a school mid-year (调出)
    // keeps that record as history and can be on another school's roster the same year
    uniqueIndex("staff_person_year_uq").on(t.personId, t.schoolYear).where(sql`${t.status} = 'active'`),
    index("staff_school_year_idx").on(t.schoolId, t.schoolYear),
    index("staff_district_year_idx").on(t.districtId, t.schoolYear),
    // the 教研员 (36 of ~580,000 rows at 1,000 schools) by index, not a scan of the whole roster:
    // the registers measure (B16) read them in 200–540 ms without it, 14 ms with it (issue 15)
    index("staff_researcher_year_idx").on(t.schoolYear).where(sql`${t.role} = 'researcher'`),
    foreignKey({
      name: "staff_school_district_fk",
      columns: [t.schoolId, t.districtId],
      foreignColumns: [schools.id, schools.districtId],
    }).onDelete("restrict"),
    check("staff_role_ck", sql.raw(`role in (${sqlList(STAFF_ROLES)})`)),
    check("staff_status_ck", sql.raw(`status in (${sqlList(STAFF_STATUSES)})`)),
    check("staff_stage_ck", sql.raw(`stage is null or stage in (${sqlList(STAGES)})`)),
    check("staff_subject_ck", sql.raw(`subject is null or subject in (${sqlList(SUBJECTS)})`)),
    check("staff_education_ck", sql.raw(`education in (${sqlList(EDUCATION_LEVELS)})`)),
    check("staff_certificate_ck", sql.raw(`teacher_certificate in (${sqlList(TEACHER_CERTIFICATES)})`)),
    check("staff_title_ck", sql.raw(`title in (${sqlList(TITLES)})`)),
    check("staff_backbone_ck", sql.raw(`backbone_level in (${sqlList(BACKBONE_LEVELS)})`)),
    check(
      "staff_unit_ck",
      sql`(${t.role} = 'researcher' and ${t.schoolId} is null) or (${t.role} <> 'researcher' and ${t.schoolId} is not null and ${t.districtId} is not null)`,
    ),
    check("staff_year_ck", sql`${t.schoolYear} between 2000 and 2100`),
    check(
      "staff_dates_ck",
      sql`${t.startedOn} is null or ${t.leftOn} is null or ${t.startedOn} <= ${t.leftOn}`,
    ),
    check("staff_training_hours_ck", sql`${t.trainingHours} between 0 and 2000`),
  ],
);

export const staffRelations = relations(staff, ({ one }) => ({
  person: one(people, { fields: [staff.personId], references: [people.id] }),
  school: one(schools, { fields: [staff.schoolId], references: [schools.id] }),
  district: one(districts, { fields: [staff.districtId], references: [districts.id] }),
}));
