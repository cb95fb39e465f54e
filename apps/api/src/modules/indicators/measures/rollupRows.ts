/**
 * The statement the additive families (roster staff.ts, annual reports reports.ts) read their
 * unit-level rows with from the district rollups (区县汇总, districtRollup.ts): the city as a whole
 * or by district, or a district as a whole — a few rows per district, year and school type,
 * whatever the number of schools. The family gives its rollup table, the columns it sums and the
 * final columns; the skeleton (schools expected, the rollup's sums, both per unit key, year and
 * type, and every (unit key, year) of a unit with schools) is here once.
 */
import type { SchoolType } from "@edu2035/domain";
import { type SQL, sql } from "drizzle-orm";
import type { ResolvedUnit } from "../../../authz/access.ts";
import { type Breakdown, SELF, typeList, yearArray } from "../measures.ts";

/**
 * Whether a unit's rows of a breakdown come from the rollups: the city (both breakdowns) and a
 * district as a whole. A school's own row and a district's schools (the 指标总览 pages them) are
 * per school.
 */
export const readsRollups = (unit: ResolvedUnit, breakdown: Breakdown): boolean =>
  unit.level === "city" || (unit.level === "district" && breakdown === "self");

/** A rollup a family's statement sums per unit key, year and school type. */
export interface RollupSums {
  /** The rollup table (delta rows keyed by district_id, school_year, school_type). */
  table: string;
  /** Its value columns summed per unit key, year and type (SQL names, from the family's lists). */
  columns: readonly string[];
  /** A further condition on the rollup's rows (alias `r`), e.g. the report statuses counted. */
  where?: SQL;
}

/** What a family's rollup statement reads and returns. */
export interface RollupSource extends RollupSums {
  /** Further rollups summed beside the first (each column named once over all of them). */
  also?: readonly RollupSums[];
  /** Columns of 学校数汇总 `school_open_count` summed beside `n`, e.g. `public_schools`. */
  openColumns?: readonly string[];
  /**
   * The statement's columns after `grp` and `y`, over `x` (one row per unit key, year and school
   * type: `type`, `n` the schools expected, each of `openColumns`, and each of the rollups'
   * `columns`, null when no delta row) —
   * e.g. {@link sumOfTypes}; each column cast to bigint where the per-school statement counts.
   */
  select: SQL;
}

/**
 * `coalesce(Σ x.column over the school types, 0)::bigint`: a column of {@link RollupSource.select}
 * summed over a target's population (`n` for the schools expected).
 */
export const sumOfTypes = (column: string, types: readonly SchoolType[]): SQL =>
  sql`coalesce(sum(x.${sql.raw(column)}) filter (where x.type in ${typeList(types)}), 0)::bigint`;

/**
 * The rollup statement of a family for the city (as a whole: unit key SELF; by district: the
 * district's id) or a district as a whole (SELF), one row per (unit key, year) of a unit with
 * schools open in the year: the schools expected from 学校数汇总 `school_open_count` (the spans
 * holding the year), the family's sums from its rollup tables, joined per school type.
 */
export function rollupRowsQuery(
  unit: ResolvedUnit,
  years: readonly number[],
  breakdown: Breakdown,
  source: RollupSource,
): SQL {
  const byDistrict = unit.level === "city" && breakdown === "children";
  const grp = (alias: string) => sql.raw(byDistrict ? `${alias}.district_id::text` : `'${SELF}'`);
  const of = (alias: string) =>
    unit.level === "district" ? sql`${sql.raw(alias)}.district_id = ${unit.id}` : sql`true`;
  const sources = [source, ...(source.also ?? [])];
  const open = source.openColumns ?? [];
  const sumsOf = (t: RollupSums, i: number) => sql`,
    p${sql.raw(String(i))} as (
      select ${grp("r")} as grp, r.school_year as y, r.school_type ${sql.raw(t.columns.map((c) => `, sum(r.${c}) as ${c}`).join(""))}
      from ${sql.raw(t.table)} r
      where r.school_year = any(${yearArray(years)}) and ${of("r")} ${t.where ? sql`and ${t.where}` : sql``}
      group by 1, 2, 3)`;
  const picked = sql.raw(
    [
      ...open.map((c) => `, tot.${c}`),
      ...sources.flatMap((t, i) => t.columns.map((c) => `, p${i}.${c}`)),
    ].join(""),
  );
  const joined = sql.raw(
    sources
      .map(
        (_, i) =>
          ` left join p${i} on p${i}.grp = tot.grp and p${i}.y = tot.y and p${i}.school_type = tot.school_type`,
      )
      .join(""),
  );
  return sql`
    with tot as (
      select ${grp("c")} as grp, y, c.school_type, sum(c.schools) as n ${sql.raw(open.map((c) => `, sum(c.${c}) as ${c}`).join(""))}
      from school_open_count c cross join unnest(${yearArray(years)}) as y
      where y between c.first_year and c.last_year and ${of("c")}
      group by 1, 2, 3 having sum(c.schools) <> 0)${sql.join(sources.map(sumsOf), sql``)},
    x as (select tot.grp, tot.y, tot.school_type as type, tot.n ${picked}
      from tot${joined}),
    k as (select g.grp, y from (select distinct tot.grp from tot) g cross join unnest(${yearArray(years)}) as y)
    select k.grp, k.y, ${source.select}
    from k left join x on x.grp = k.grp and x.y = k.y
    group by k.grp, k.y`;
}
