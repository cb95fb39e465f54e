import { sql } from "drizzle-orm";
import { bigint, check, integer, numeric, pgTable, smallint, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./_columns.ts";
import { users } from "./users.ts";

/**
 * The city's own annual figures (市级年度填报), from 人社、统计 and 财政, that neither schools
 * nor districts report: A10 new labour-force entrants with upper-secondary education or above
 * (%), B30 urban residents in organised community education (%), the city-level (市本级)
 * education spending added to the districts' (B39, B40, B41), the whole city's GDP (B41) and
 * the city's average pay of teachers and civil servants (B42). Money in yuan (元).
 * Sources: 《乌海教育现代化2035》 二(三) table (A10), 三(三)5 (B30), 三(八)3 and 框12 (B39, B40),
 * 一 (B41), 三(六)3 (B42).
 */
export const cityInputs = pgTable(
  "city_inputs",
  {
    id: id(),
    /** Start year of the school year, e.g. 2025 for 2025—2026学年. */
    schoolYear: smallint().notNull(),
    /** 新增劳动力中受过高中阶段及以上教育比例 (%), A10. */
    newLabourUpperSecondaryRate: numeric({ precision: 5, scale: 2, mode: "number" }),
    /** 城市居民有组织参与社区教育比例 (%), B30. */
    communityEducationRate: numeric({ precision: 5, scale: 2, mode: "number" }),
    /** 市本级一般公共预算教育支出 (yuan), added to the districts' for B39–B41. */
    cityEducationSpending: bigint({ mode: "number" }),
    /** 全市地区生产总值 (yuan), B41 denominator. */
    gdp: numeric({ precision: 16, scale: 0, mode: "number" }),
    /** 全市中小学教师年平均工资 (yuan), B42 numerator at city level. */
    teacherAveragePay: integer(),
    /** 全市公务员年平均工资 (yuan), B42 denominator at city level. */
    civilServantAveragePay: integer(),
    updatedBy: uuid().references(() => users.id),
    version: version(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("city_inputs_year_uq").on(t.schoolYear),
    check("city_inputs_year_ck", sql`${t.schoolYear} between 2000 and 2100`),
    check(
      "city_inputs_rates_ck",
      sql`(${t.newLabourUpperSecondaryRate} is null or ${t.newLabourUpperSecondaryRate} between 0 and 100) and (${t.communityEducationRate} is null or ${t.communityEducationRate} between 0 and 100)`,
    ),
    check(
      "city_inputs_nonneg_ck",
      sql`coalesce(${t.cityEducationSpending}, 0) >= 0 and coalesce(${t.gdp}, 0) >= 0 and coalesce(${t.teacherAveragePay}, 0) >= 0 and coalesce(${t.civilServantAveragePay}, 0) >= 0`,
    ),
  ],
);
