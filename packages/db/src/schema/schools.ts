import { AREA_TYPES, OWNERSHIPS, SCHOOL_TYPES } from "@edu2035/domain";
import { relations, sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, sqlList, timestamps } from "./_columns.ts";
import { districts } from "./districts.ts";

/**
 * 学校 (schools and kindergartens). `code` is the 10-digit 学校标识码.
 * `inclusive` marks a 普惠性民办幼儿园; `ethnic` a 民族学校; `teachingPoint` a 教学点
 * (left out of the 优质均衡 assessment when under 50 pupils).
 */
export const schools = pgTable(
  "schools",
  {
    id: id(),
    code: text().notNull(),
    name: text().notNull(),
    districtId: uuid()
      .notNull()
      .references(() => districts.id, { onDelete: "restrict" }),
    type: text({ enum: SCHOOL_TYPES }).notNull(),
    ownership: text({ enum: OWNERSHIPS }).notNull().default("public"),
    inclusive: boolean().notNull().default(false),
    ethnic: boolean().notNull().default(false),
    area: text({ enum: AREA_TYPES }).notNull().default("urban"),
    teachingPoint: boolean().notNull().default(false),
    active: boolean().notNull().default(true),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("schools_code_uq").on(t.code),
    index("schools_district_idx").on(t.districtId),
    // lets staff reference (school_id, district_id) so a staff row's district always matches its school's
    unique("schools_id_district_uq").on(t.id, t.districtId),
    check("schools_type_ck", sql.raw(`type in (${sqlList(SCHOOL_TYPES)})`)),
    check("schools_ownership_ck", sql.raw(`ownership in (${sqlList(OWNERSHIPS)})`)),
    check("schools_area_ck", sql.raw(`area in (${sqlList(AREA_TYPES)})`)),
  ],
);

export const schoolsRelations = relations(schools, ({ one }) => ({
  district: one(districts, { fields: [schools.districtId], references: [districts.id] }),
}));
