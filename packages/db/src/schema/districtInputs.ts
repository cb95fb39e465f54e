import { sql } from "drizzle-orm";
import { bigint, check, integer, numeric, pgTable, smallint, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./_columns.ts";
import { districts } from "./districts.ts";
import { users } from "./users.ts";

/**
 * A district's annual inputs that schools cannot report (区级年度填报): resident population
 * by age band (persons), children with disabilities (persons), spending (yuan) and pay
 * (yuan per year), the A02 cohort, the early-education figures (B04, B05). Feed A01, A02, A03,
 * A05, A06, B04, B05, B39, B40, B42.
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
    /** 九年前该届小学一年级入学人数 (persons), A02 denominator. */
    cohortGrade1Entrants: integer(),
    /** 当年初中毕业生数 of that cohort (persons), A02 numerator. */
    cohortGrade9Completers: integer(),
    /** 城镇（街道）总数, B04 denominator. */
    urbanSubdistricts: integer(),
    /** 开展早期教养指导服务的城镇（街道）数, B04 numerator. */
    urbanSubdistrictsWithGuidance: integer(),
    /** 每户适龄幼儿家庭年均公益免费科学育儿指导次数 (times a year), B05. */
    parentingSessionsPerFamily: numeric({ precision: 5, scale: 1, mode: "number" }),
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
    check(
      "district_inputs_guidance_ck",
      sql`${t.urbanSubdistrictsWithGuidance} is null or ${t.urbanSubdistricts} is null or ${t.urbanSubdistrictsWithGuidance} <= ${t.urbanSubdistricts}`,
    ),
    check(
      "district_inputs_new_nonneg_ck",
      sql`coalesce(${t.cohortGrade1Entrants}, 0) >= 0 and coalesce(${t.cohortGrade9Completers}, 0) >= 0 and coalesce(${t.urbanSubdistricts}, 0) >= 0 and coalesce(${t.urbanSubdistrictsWithGuidance}, 0) >= 0 and coalesce(${t.parentingSessionsPerFamily}, 0) >= 0`,
    ),
  ],
);
