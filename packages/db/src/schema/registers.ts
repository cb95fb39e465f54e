import { RECOGNITION_LEVELS, REGISTER_KINDS } from "@edu2035/domain";
import { relations, sql } from "drizzle-orm";
import { check, foreignKey, index, integer, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";
import { id, sqlList, timestamps, version } from "./_columns.ts";
import { districts } from "./districts.ts";
import { schools } from "./schools.ts";
import { users } from "./users.ts";

/**
 * A generic register of counted things (登记册, DHIS2-style): one row per entry, its `kind`
 * from the domain catalogue (@edu2035/domain REGISTER_KINDS: model majors B20, training bases
 * B26, smart benchmark schools B36, 优质均衡 certifications A04/B02 …). An entry counts in
 * school year Y when from_year ≤ Y and (to_year is null or to_year ≥ Y), `quantity` times.
 * A school entry also carries the school's district (the composite foreign key keeps the two
 * consistent); a city-wide entry has neither. Which of them a kind needs is checked by the
 * domain validation.
 */
export const registers = pgTable(
  "registers",
  {
    id: id(),
    kind: text({ enum: REGISTER_KINDS }).notNull(),
    name: text().notNull(),
    districtId: uuid().references(() => districts.id, { onDelete: "restrict" }),
    schoolId: uuid(),
    /** 认定级别: 市级 city, 自治区级 region, 国家级 national, where the kind has one. */
    level: text({ enum: RECOGNITION_LEVELS }),
    /** First school year the entry counts in. */
    fromYear: smallint().notNull(),
    /** Last school year it counts in; null = still valid. */
    toYear: smallint(),
    quantity: integer().notNull().default(1),
    notes: text(),
    version: version(),
    createdBy: uuid().references(() => users.id),
    updatedBy: uuid().references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index("registers_kind_year_idx").on(t.kind, t.fromYear),
    index("registers_district_idx").on(t.districtId),
    index("registers_school_idx").on(t.schoolId),
    foreignKey({
      name: "registers_school_district_fk",
      columns: [t.schoolId, t.districtId],
      foreignColumns: [schools.id, schools.districtId],
    }).onDelete("restrict"),
    check("registers_kind_ck", sql.raw(`kind in (${sqlList(REGISTER_KINDS)})`)),
    check("registers_level_ck", sql.raw(`level is null or level in (${sqlList(RECOGNITION_LEVELS)})`)),
    check("registers_school_district_ck", sql`${t.schoolId} is null or ${t.districtId} is not null`),
    check(
      "registers_years_ck",
      sql`${t.fromYear} between 2000 and 2100 and (${t.toYear} is null or (${t.toYear} between 2000 and 2100 and ${t.toYear} >= ${t.fromYear}))`,
    ),
    check("registers_quantity_ck", sql`${t.quantity} between 1 and 10000`),
    check("registers_name_ck", sql`length(trim(${t.name})) > 0`),
  ],
);

export const registersRelations = relations(registers, ({ one }) => ({
  district: one(districts, { fields: [registers.districtId], references: [districts.id] }),
  school: one(schools, { fields: [registers.schoolId], references: [schools.id] }),
}));
