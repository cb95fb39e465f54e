import { sql } from "drizzle-orm";
import { bigint, check, integer, numeric, pgTable, smallint, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./_columns.ts";
import { districts } from "./districts.ts";
import { users } from "./users.ts";

/**
 * A district's annual inputs that schools cannot report (区级年度填报): resident population
 * by age band (persons), children with disabilities (persons), spending (yuan) and pay
 * (yuan per year). Feed A01, A03, A05, B39, B40, B42.
 */
export const districtInputs = pgTable(
  "district_inputs",
  {
    id: id(),
    districtId: uuid()
      .notNull()
      .references(() => districts.id, { onDelete: "restrict" }),
    schoolYear: smallint().notNull(),
    /** 常住人口 (persons). */
    residentPopulation: integer(),
    /** 3–5 岁常住人口 (persons), A01 denominator. */
    population3to5: integer(),
    /** 6–14 岁常住人口 (persons). */
    population6to14: integer(),
    /** 15–17 岁常住人口 (persons), A05 denominator. */
    population15to17: integer(),
    /** 适龄残疾儿童少年 (persons), A03 denominator. */
    disabledChildren: integer(),
    /** 在校（含送教上门）适龄残疾儿童少年 (persons), A03 numerator. */
    disabledChildrenEnrolled: integer(),
    /** 一般公共预算教育支出 (yuan), B39. */
    educationSpending: bigint({ mode: "number" }),
    /** 教师年平均工资 (yuan), B42 numerator. */
    teacherAveragePay: integer(),
    /** 当地公务员年平均工资 (yuan), B42 denominator. */
    civilServantAveragePay: integer(),
    /** 地区生产总值 (yuan), B41. */
    gdp: numeric({ precision: 16, scale: 0, mode: "number" }),
    updatedBy: uuid().references(() => users.id),
    version: version(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("district_inputs_district_year_uq").on(t.districtId, t.schoolYear),
    check(
      "district_inputs_enrolled_ck",
      sql`${t.disabledChildrenEnrolled} is null or ${t.disabledChildren} is null or ${t.disabledChildrenEnrolled} <= ${t.disabledChildren}`,
    ),
  ],
);
