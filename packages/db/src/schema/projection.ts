import { sql } from "drizzle-orm";
import { check, integer, jsonb, pgTable, smallint, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, timestamps, version } from "./_columns.ts";
import { districts } from "./districts.ts";
import { users } from "./users.ts";

/**
 * Registered births per district and calendar year (出生人口, persons), the entry of the cohort
 * projection (学龄人口预测, issue 13): births of year Y−3 enter 幼儿园 in Y, of Y−6 enter 小学
 * 一年级. Entered by the district (or the city for it) from the 卫健/公安 figures; future years
 * may hold the population department's forecast.
 */
export const districtBirths = pgTable(
  "district_births",
  {
    id: id(),
    districtId: uuid()
      .notNull()
      .references(() => districts.id, { onDelete: "restrict" }),
    /** Calendar year of birth, e.g. 2019. */
    year: smallint().notNull(),
    /** 出生人口 (persons). */
    births: integer().notNull(),
    updatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    version: version(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("district_births_district_year_uq").on(t.districtId, t.year),
    check("district_births_year_ck", sql`${t.year} between 1990 and 2100`),
    check("district_births_births_ck", sql`${t.births} between 0 and 10000000`),
  ],
);

/**
 * A named projection scenario (预测情景, issue 13), e.g. "出生人口继续下降5%/年": overrides of the
 * projection's assumptions (birth trend, transition rates, 高中阶段毛入学率 …) as JSON validated by
 * the domain's scenario schema. `districtId` null = a city scenario (applies to every district).
 */
export const projectionScenarios = pgTable(
  "projection_scenarios",
  {
    id: id(),
    districtId: uuid().references(() => districts.id, { onDelete: "restrict" }),
    /** 情景名称. */
    name: text().notNull(),
    /** 说明. */
    description: text().notNull().default(""),
    /** The overrides (domain projection scenario schema). */
    assumptions: jsonb().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    version: version(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("projection_scenarios_name_uq").on(
      sql`coalesce(${t.districtId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.name,
    ),
  ],
);
