import { relations, sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { id, version } from "./_columns.ts";
import { schools } from "./schools.ts";
import { users } from "./users.ts";

/**
 * The publication state of a statistical year (统计学年), one row once the city first publishes it
 * (no row: never published; its state is 填报中 or 审核中 from the reporting period, see
 * @edu2035/domain schoolYearState). `state` published = locked (封账): the year's rosters, reports
 * and inputs refuse writes and its figures are read from the stored publication; reopened = the
 * city reopened it with a reason: writable again, its figures 预览 until republished.
 */
export const schoolYears = pgTable(
  "school_years",
  {
    /** Start year, e.g. 2024 for 2024—2025学年. */
    schoolYear: smallint().primaryKey(),
    /** published 已发布 | reopened 已重新开放. */
    state: text({ enum: ["published", "reopened"] }).notNull(),
    /** The latest publication's version (1, 2 …). */
    publishedVersion: integer().notNull(),
    updatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Optimistic concurrency: publish and reopen name the version they read. */
    version: version(),
  },
  (t) => [
    check("school_years_year_ck", sql`${t.schoolYear} between 2000 and 2100`),
    check("school_years_state_ck", sql`${t.state} in ('published', 'reopened')`),
  ],
);

/**
 * Each publication (发布) of a year: version 1, 2 … with who published it, when, a note, and, once
 * the city reopens the year, who reopened it, when and why. The figures published are in
 * {@link publishedResults}; the history of a figure is its rows across the versions.
 */
export const schoolYearPublications = pgTable(
  "school_year_publications",
  {
    id: id(),
    schoolYear: smallint()
      .notNull()
      .references(() => schoolYears.schoolYear, { onDelete: "restrict" }),
    /** 1 for the first publication of the year, then 2, 3 … */
    version: integer().notNull(),
    publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    /** 发布说明 (optional). */
    note: text(),
    reopenedAt: timestamp({ withTimezone: true }),
    reopenedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    /** 重新开放原因 (required when reopened). */
    reopenReason: text(),
  },
  (t) => [
    unique("school_year_publications_year_version_uq").on(t.schoolYear, t.version),
    check("school_year_publications_version_ck", sql`${t.version} >= 1`),
    check("school_year_publications_reopen_ck", sql`(${t.reopenedAt} is null) = (${t.reopenReason} is null)`),
  ],
);

/**
 * A school explicitly exempted from the 年报 of a year (缓报/免报豁免), with the reason: the city may
 * publish the year without its approved report. Removing the exemption deletes the row (audited).
 */
export const reportExemptions = pgTable(
  "report_exemptions",
  {
    schoolYear: smallint().notNull(),
    schoolId: uuid()
      .notNull()
      .references(() => schools.id, { onDelete: "restrict" }),
    /** 豁免原因. */
    reason: text().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "report_exemptions_pk", columns: [t.schoolYear, t.schoolId] }),
    check("report_exemptions_year_ck", sql`${t.schoolYear} between 2000 and 2100`),
  ],
);

/**
 * The figures stored with a publication: one row per (unit, target, stage) of the year — the city,
 * each district and each school — holding the TargetResult as computed at publication time
 * (value, numerator, denominator, labels, coverage, status, milestone …) as JSON. A published
 * year's dashboards read these rows, so a figure never moves after publication; the versions of a
 * figure are its rows across the year's publications.
 */
export const publishedResults = pgTable(
  "published_results",
  {
    publicationId: uuid()
      .notNull()
      .references(() => schoolYearPublications.id, { onDelete: "cascade" }),
    /** city | district | school. */
    unitLevel: text({ enum: ["city", "district", "school"] }).notNull(),
    /** The district's or school's id; the city's row uses the nil UUID. */
    unitId: uuid().notNull(),
    /** A01 … C7. */
    targetId: text().notNull(),
    /** primary | junior_secondary for C1–C7, '' otherwise. */
    stage: text().notNull().default(""),
    /** The TargetResult as stored (see apps/api modules/years). */
    result: jsonb().notNull(),
  },
  (t) => [
    primaryKey({
      name: "published_results_pk",
      columns: [t.publicationId, t.unitLevel, t.unitId, t.targetId, t.stage],
    }),
    index("published_results_unit_idx").on(t.unitId, t.targetId),
  ],
);

export const schoolYearPublicationsRelations = relations(schoolYearPublications, ({ one }) => ({
  year: one(schoolYears, {
    fields: [schoolYearPublications.schoolYear],
    references: [schoolYears.schoolYear],
  }),
}));
