/**
 * Reading statistical years: THE loader of a year's state, versions and publications, used by
 * the lifecycle service (years/service.ts) and by the dashboards (years/snapshot.ts).
 */
import { type Db, reportingPeriods, schoolYearPublications, schoolYears, type Tx, users } from "@edu2035/db";
import { schoolYearOf, schoolYearState } from "@edu2035/domain";
import { desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { StatisticalYearModel } from "./service.ts";

const reopener = alias(users, "reopener");

/**
 * The stored state, versions and publications of some years (newest publication first) and
 * their reporting deadlines: three statements whatever the number of years.
 */
export async function loadStatisticalYears(
  db: Db | Tx,
  years: readonly number[],
  now: Date,
): Promise<StatisticalYearModel[]> {
  if (!years.length) return [];
  const [stored, periods, pubs] = await Promise.all([
    db
      .select()
      .from(schoolYears)
      .where(inArray(schoolYears.schoolYear, [...years])),
    db
      .select({ schoolYear: reportingPeriods.schoolYear, deadline: reportingPeriods.deadline })
      .from(reportingPeriods)
      .where(inArray(reportingPeriods.schoolYear, [...years])),
    db
      .select({ p: schoolYearPublications, by: users.displayName, reopenedBy: reopener.displayName })
      .from(schoolYearPublications)
      .leftJoin(users, eq(users.id, schoolYearPublications.publishedBy))
      .leftJoin(reopener, eq(reopener.id, schoolYearPublications.reopenedBy))
      .where(inArray(schoolYearPublications.schoolYear, [...years]))
      .orderBy(desc(schoolYearPublications.version)),
  ]);
  const current = schoolYearOf(now);
  return years.map((y) => {
    const row = stored.find((s) => s.schoolYear === y) ?? null;
    const deadline = periods.find((p) => p.schoolYear === y)?.deadline ?? null;
    return {
      schoolYear: y,
      state: schoolYearState(row?.state ?? null, deadline, now),
      current: y === current,
      publishedVersion: row?.publishedVersion ?? null,
      version: row?.version ?? 0,
      publications: pubs
        .filter((p) => p.p.schoolYear === y)
        .map(({ p, by, reopenedBy }) => ({
          version: p.version,
          publishedAt: p.publishedAt,
          publishedBy: by,
          note: p.note,
          reopenedAt: p.reopenedAt,
          reopenedBy,
          reopenReason: p.reopenReason,
        })),
    };
  });
}
