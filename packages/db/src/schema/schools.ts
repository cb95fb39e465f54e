import { OWNERSHIPS, SCHOOL_TYPES, URBAN_RURAL_CODES } from "@edu2035/domain";
import { relations, sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  pgTable,
  text,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { id, sqlList, timestamps, version } from "./_columns.ts";
import { districts } from "./districts.ts";

/**
 * 学校 (schools and kindergartens). `code` is the 10-digit 学校标识码.
 * `inclusive` marks a 普惠性民办幼儿园; `ethnic` a 民族学校; `teachingPoint` a 教学点
 * (left out of the 优质均衡 assessment when under 50 pupils).
 *
 * Lifecycle (办学状态): a school exists from `openedOn` (null: before the platform's first
 * year) until `closedOn` (撤销, or 合并 into `mergedIntoId`). It belongs to school year Y when
 * it is open at that year's 统计时点, 1 September Y: `openedOn <= Y-09-01 < closedOn`
 * (SQL `school_open_in(opened_on, closed_on, Y)`, migration 0007). Its staff and reports of the
 * years it existed stay attached to it. `active` is derived: not closed today.
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
    /** 城乡分类代码 (domain URBAN_RURAL_CODES), e.g. 111 主城区. */
    urbanRuralCode: text({ enum: URBAN_RURAL_CODES }).notNull().default("111"),
    /** 矿区: the plan's local tag (农区、矿区薄弱学校). */
    miningArea: boolean().notNull().default(false),
    teachingPoint: boolean().notNull().default(false),
    /** 开办日期 (ISO date); null: open before the platform's first school year. */
    openedOn: date({ mode: "string" }),
    /** 撤销/合并日期 (ISO date): not open from this day on. */
    closedOn: date({ mode: "string" }),
    /** The school it was merged into (合并), when closed by a merger. */
    mergedIntoId: uuid().references((): AnyPgColumn => schools.id, { onDelete: "restrict" }),
    /** Why it closed (撤销原因), shown in 机构管理 and 操作日志. */
    closureReason: text(),
    /** Open today (derived from closedOn; per-year membership uses school_open_in). */
    active: boolean().generatedAlwaysAs(sql`closed_on is null`),
    version: version(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("schools_code_uq").on(t.code),
    index("schools_district_idx").on(t.districtId),
    // lets staff reference (school_id, district_id) so a staff row's district always matches its school's
    unique("schools_id_district_uq").on(t.id, t.districtId),
    check("schools_type_ck", sql.raw(`type in (${sqlList(SCHOOL_TYPES)})`)),
    check("schools_ownership_ck", sql.raw(`ownership in (${sqlList(OWNERSHIPS)})`)),
    check("schools_urban_rural_ck", sql.raw(`urban_rural_code in (${sqlList(URBAN_RURAL_CODES)})`)),
    check("schools_code_ck", sql`${t.code} ~ '^[0-9]{10}$'`),
    check(
      "schools_lifecycle_ck",
      sql`${t.openedOn} is null or ${t.closedOn} is null or ${t.openedOn} < ${t.closedOn}`,
    ),
    check(
      "schools_merge_ck",
      sql`${t.mergedIntoId} is null or (${t.closedOn} is not null and ${t.mergedIntoId} <> ${t.id})`,
    ),
  ],
);

export const schoolsRelations = relations(schools, ({ one }) => ({
  district: one(districts, { fields: [schools.districtId], references: [districts.id] }),
}));
