/**
 * Published figures (已发布数据): the TargetResults of a year stored with each publication, and
 * read back by the dashboards, so a figure of a published year never moves when a roster of that
 * year is edited later (issue 10: a school's 2020 roster edited in 2026 moved the city's 2020 A08,
 * the baseline of every progress line). One `published_results` row per (unit, target, stage):
 * the city (nil UUID), each district and each school, the result serialised as plain JSON.
 */
import type { publishedResults, Tx } from "@edu2035/db";
import { PLAN_TARGETS, type PlanTarget } from "@edu2035/domain";
import { type SQL, sql } from "drizzle-orm";
import type { ScopedAccess, UnitInput } from "../../authz/access.ts";
import { ScopedAccess as Access } from "../../authz/access.ts";
import { badInput } from "../../errors.ts";
import { toRows } from "../indicators/measures.ts";
import { MAX_DASHBOARD_YEARS, type TargetResultModel, targetDashboard } from "../indicators/service.ts";
import type { OrgUnitModel } from "../org/service.ts";
import { assertSchoolYear } from "../staff/service.ts";
import { loadStatisticalYears } from "./load.ts";
import type { PublishedFigureModel, StatisticalYearModel } from "./service.ts";

/** The unit id of the city's rows (the city has no id of its own). */
export const CITY_UNIT_ID = "00000000-0000-0000-0000-000000000000";

/** A TargetResult as stored: the target by id, everything else as it was computed. */
type StoredResult = Omit<TargetResultModel, "target" | "publishedVersion"> & { target: string };

/** The stored JSON of a result (the target by its id; publishedVersion is the publication's). */
export function serialiseResult(r: TargetResultModel): StoredResult {
  const { target, publishedVersion: _version, ...rest } = r;
  return { ...rest, target: target.id };
}

const TARGETS_BY_ID = new Map<string, PlanTarget>(PLAN_TARGETS.map((t) => [t.id, t]));

/**
 * A stored result back as a TargetResultModel, read from publication `version`.
 * @throws Error when the stored target id is not in the plan (a row written by another version).
 */
export function deserialiseResult(stored: unknown, version: number): TargetResultModel {
  const s = (typeof stored === "string" ? JSON.parse(stored) : stored) as StoredResult;
  const target = TARGETS_BY_ID.get(s.target);
  if (!target) throw new Error(`published result of unknown target ${s.target}`);
  return { ...s, target, publishedVersion: version };
}

/** The (level, id) key of a unit's stored rows. */
const unitKey = (u: Pick<OrgUnitModel, "level" | "id">) => `${u.level}:${u.id ?? CITY_UNIT_ID}`;

/**
 * The city as a system viewer over the publish transaction, for computing the figures stored
 * with a publication (db and readDb both `tx`, so it reads the locked year as it is being
 * published). Module-private: only computePublishedFigures uses it, after the publish mutation
 * has authorized the city account; nothing reachable from GraphQL hands it out.
 */
function publicationAccess(tx: Tx): ScopedAccess {
  return new Access(
    tx,
    {
      userId: CITY_UNIT_ID,
      level: "city",
      username: "system",
      displayName: "发布",
      mustChangePassword: false,
    },
    tx,
  );
}

/** A `published_results` row before its publication exists (the publication id added when stored). */
export type FigureRow = Omit<typeof publishedResults.$inferInsert, "publicationId">;

/**
 * The figures of each year of `schoolYears` to store with its publication, inside the publish
 * transaction (which holds the years' exclusive locks): every TargetResult of the year for the
 * city (itself and its districts), and for each district (itself and its schools open that
 * year), computed live as the dashboards compute them, one row per (unit, target, stage).
 * The years are measured together, one dashboard for the city and one per district over each
 * run of consecutive years (at most {@link MAX_DASHBOARD_YEARS}), not one per year: a year's
 * dashboard measures the year before and 2020 too, so publishing 2020—2024 year by year measured
 * 2020 five times (issue 15). A dashboard over a range lists below a district every school open
 * in ANY year of it: each year keeps the schools open at its own 统计时点 (SQL school_open_in,
 * what a one-year dashboard lists). A year in which some district has no school open is measured
 * alone (its dashboard reads that district's own figures as 无数据, noUnitsYet).
 * Statements: two (the schools open in each year, the districts), then per run one dashboard for
 * the city and one per district (each a constant number).
 * @param tx the publish transaction.
 * @returns the rows of each year asked for.
 */
export async function computePublishedFigures(
  tx: Tx,
  schoolYears: readonly number[],
): Promise<Map<number, FigureRow[]>> {
  const access = publicationAccess(tx);
  const out = new Map<number, FigureRow[]>();
  const years = [...new Set(schoolYears)].sort((a, b) => a - b);
  if (!years.length) return out;
  // (school id, year) of the schools open at each year's 统计时点, and each year's districts with one
  const open = new Set<string>();
  const districtsOpen = new Map<number, Set<string>>();
  const openRows = toRows(
    await tx.execute(sql`
      select s.id::text as id, s.district_id::text as district_id, y.year
      from schools s, unnest(${`{${years.join(",")}}`}::integer[]) as y(year)
      where school_open_in(s.opened_on, s.closed_on, y.year)`),
  );
  for (const r of openRows) {
    const year = Number(r.year);
    open.add(`${r.id}:${year}`);
    const ds = districtsOpen.get(year) ?? new Set<string>();
    ds.add(String(r.district_id));
    districtsOpen.set(year, ds);
  }
  const districtRows = await access.districts();
  const whole = (y: number) => districtRows.every((d) => districtsOpen.get(y)?.has(d.id));
  // runs of consecutive years measured together; a year with a district without schools alone
  const runs: number[][] = [];
  for (const y of years) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last === y - 1 && whole(y) && whole(last) && run.length < MAX_DASHBOARD_YEARS) run.push(y);
    else runs.push([y]);
  }
  for (const run of runs) {
    const from = run[0]!;
    const to = run.at(-1)!;
    const seen = new Set<string>();
    const add = (results: readonly TargetResultModel[]) => {
      for (const r of results) {
        if (r.unit.level === "school" && !open.has(`${r.unit.id}:${r.schoolYear}`)) continue;
        const stage = r.stage ?? "";
        const key = `${unitKey(r.unit)}:${r.schoolYear}:${r.target.id}:${stage}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const rows = out.get(r.schoolYear) ?? [];
        rows.push({
          unitLevel: r.unit.level,
          unitId: r.unit.id ?? CITY_UNIT_ID,
          targetId: r.target.id,
          stage,
          result: serialiseResult(r),
        });
        out.set(r.schoolYear, rows);
      }
    };
    const live = { live: true } as const;
    // the city itself, its districts not measured below it (an empty page of them): the
    // districts come from their own dashboards (self), with their schools
    const city = await targetDashboard(access, { level: "city" }, from, to, null, {
      ...live,
      childrenPage: { offset: 0, limit: 0 },
    });
    add(city.results.filter((r) => r.unit.level === "city"));
    for (const d of districtRows) {
      const district = await targetDashboard(access, { level: "district", id: d.id }, from, to, null, live);
      add(district.results);
    }
  }
  for (const y of years) if (!out.has(y)) out.set(y, []);
  return out;
}

/** Rows per INSERT of {@link storePublishedFigures}: bounds one statement's JSON (~0.7 KB a row). */
const FIGURES_CHUNK = 5000;

/**
 * Store a year's figures (computed by {@link computePublishedFigures}) with its publication, in
 * the publish transaction: one INSERT per {@link FIGURES_CHUNK} rows, the rows as ONE jsonb
 * array parameter (`jsonb_array_elements`) and the publication id once, given by the statement
 * to every row. Not bulkInsert (one array literal a column): a row here is mostly its result's
 * JSON (~0.7 KB), which an array literal sends with every `"` escaped and PostgreSQL parses
 * twice (the array, then each element as jsonb). Measured 2026-12-07 on PGlite, the demo's
 * 18,765 rows of 2020—2024 (12.6 MB of JSON), one process, alternating rounds at load 5.4—6.7:
 * bulkInsert 1.6—2.0 s of CPU, this 1.0—1.3 s; the stored rows the same (result as jsonb).
 * @param publicationId the new `school_year_publications` row (already inserted in `tx`).
 * @returns the number of rows stored.
 */
export async function storePublishedFigures(
  tx: Tx,
  publicationId: string,
  figures: readonly FigureRow[],
): Promise<number> {
  for (let i = 0; i < figures.length; i += FIGURES_CHUNK) {
    const rows = JSON.stringify(figures.slice(i, i + FIGURES_CHUNK));
    await tx.execute(sql`
      insert into published_results (publication_id, unit_level, unit_id, target_id, stage, result)
      select ${publicationId}::uuid, e->>'unitLevel', (e->>'unitId')::uuid, e->>'targetId', e->>'stage', e->'result'
      from jsonb_array_elements(${rows}::text::jsonb) as e`);
  }
  return figures.length;
}

/** The stored results of the latest publication of published (final) years, by unit, year and target. */
export interface PublishedYears {
  /** The years of the range whose state is published, with their latest version. */
  versions: Map<number, number>;
  results: TargetResultModel[];
}

/**
 * The stored figures of the years of `years` that are published (final, not reopened): the rows
 * of each year's latest publication for `units` (the unit and its children) and `targetIds`.
 * One statement whatever the number of units and years.
 */
export async function readPublishedYears(
  access: ScopedAccess,
  units: readonly OrgUnitModel[],
  years: readonly number[],
  targetIds: readonly string[],
): Promise<PublishedYears> {
  const versions = new Map<number, number>();
  if (!units.length || !years.length || !targetIds.length) return { versions, results: [] };
  const byLevel = new Map<string, string[]>();
  for (const u of units) {
    const list = byLevel.get(u.level) ?? [];
    list.push(u.id ?? CITY_UNIT_ID);
    byLevel.set(u.level, list);
  }
  const unitConditions: SQL[] = [...byLevel].map(
    ([level, ids]) =>
      sql`(r.unit_level = ${level} and r.unit_id in (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}))`,
  );
  const list = (values: readonly (string | number)[]) =>
    sql.join(
      values.map((v) => sql`${v}`),
      sql`, `,
    );
  const query = sql`
    select y.school_year, y.published_version, r.result
    from school_years y
    left join school_year_publications p on p.school_year = y.school_year and p.version = y.published_version
    left join published_results r on r.publication_id = p.id
      and (${sql.join(unitConditions, sql` or `)})
      and r.target_id in (${list(targetIds)})
    where y.state = 'published' and y.school_year in (${list(years.map((y) => Number(y)))})`;
  const results: TargetResultModel[] = [];
  for (const row of toRows(await access.readDb.execute(query))) {
    const version = Number(row.published_version);
    versions.set(Number(row.school_year), version);
    if (row.result != null) results.push(deserialiseResult(row.result, version));
  }
  return { versions, results };
}

/**
 * The published history of one figure (v1, v2 …): the stored result of `targetId` for the unit
 * in each publication of `schoolYear`, oldest first; C1–C7 give one entry per stage and version.
 * A version is superseded when the year was reopened after it. Empty when never published.
 * @throws FORBIDDEN (unit outside the viewer's scope); BAD_USER_INPUT (schoolYear, targetId).
 */
export async function publishedHistory(
  access: ScopedAccess,
  unitInput: UnitInput,
  targetId: string,
  schoolYear: number,
): Promise<PublishedFigureModel[]> {
  assertSchoolYear(schoolYear, "schoolYear");
  if (!TARGETS_BY_ID.has(targetId)) throw badInput("targetId", `未知的指标编号：${targetId}`);
  const unit = await access.resolveUnit(unitInput, "targets.read");
  const rows = toRows(
    await access.readDb.execute(sql`
      select p.version, extract(epoch from p.published_at) * 1000 as published_ms, p.reopened_at, r.result
      from school_year_publications p
      join published_results r on r.publication_id = p.id
      where p.school_year = ${schoolYear} and r.unit_level = ${unit.level}
        and r.unit_id = ${unit.id ?? CITY_UNIT_ID}::uuid and r.target_id = ${targetId}
      order by p.version, r.stage = 'junior_secondary'`),
  );
  return rows.map((row) => {
    const version = Number(row.version);
    return {
      version,
      publishedAt: new Date(Number(row.published_ms)),
      superseded: row.reopened_at != null,
      result: deserialiseResult(row.result, version),
    };
  });
}

/** Units and the targets asked for them (a dashboard: the unit with its targets, its children with theirs). */
export interface UnitTargets {
  units: readonly OrgUnitModel[];
  targets: readonly PlanTarget[];
}

/**
 * The results of a dashboard or a target list over `years`: each published (final) year reads the
 * stored figures of its latest publication (publishedVersion set); every other year — and a
 * (unit, target) of a published year with nothing stored, e.g. a target asked for outside the
 * unit's level or a school not open that year — is measured now by `measure` (预览). Statements:
 * two (the years' states, the stored rows) plus `measure`'s, whatever the number of units.
 * @param groups the units and targets, or a promise of them (e.g. the units below still being
 *   read: the years' states are read meanwhile).
 * @param live true: ignore the stored figures (computing the figures of a publication).
 * @returns the results in the order measured (unit, year, target, stage) and the years' models.
 */
export async function withPublished(
  access: ScopedAccess,
  years: readonly number[],
  groupsOrPromise: readonly UnitTargets[] | Promise<readonly UnitTargets[]>,
  live: boolean,
  measure: (years: readonly number[]) => Promise<TargetResultModel[]>,
): Promise<{ results: TargetResultModel[]; years: StatisticalYearModel[] }> {
  // the StatisticalYear of each year, read on the viewer's read database (three statements)
  const [models, groups] = await Promise.all([
    loadStatisticalYears(access.readDb, years, access.now()),
    groupsOrPromise,
  ]);
  const finals = live ? [] : models.filter((m) => m.state === "published").map((m) => m.schoolYear);
  const units = groups.flatMap((g) => g.units);
  const targetIds = [...new Set(groups.flatMap((g) => g.targets.map((t) => t.id)))];
  const published = await readPublishedYears(access, units, finals, targetIds);
  const stored = new Set(published.results.map(resultKey));
  const complete = (year: number) =>
    groups.every((g) =>
      g.units.every((u) => g.targets.every((t) => stored.has(`${unitKey(u)}:${year}:${t.id}`))),
    );
  const liveYears = years.filter((y) => !published.versions.has(y) || !complete(y));
  const measured = liveYears.length ? await measure(liveYears) : [];
  // nothing stored: the measured results as they are (measure gives them in the order below)
  if (published.results.length === 0) return { results: measured, years: models };
  const merged = [...measured.filter((r) => !stored.has(resultKey(r))), ...published.results];
  // the order of a live dashboard: unit, year, target (the plan's order), stage; each result's
  // place read once (not twice per comparison: ~8,000 results on a district page)
  const unitOrder = new Map(units.map((u, i) => [unitKey(u), i]));
  const stageOrder = (r: TargetResultModel) => (r.stage === "junior_secondary" ? 1 : 0);
  const placed = merged.map((r) => ({
    r,
    unit: unitOrder.get(unitKey(r.unit)) ?? 0,
    target: TARGET_ORDER.get(r.target.id) ?? 0,
    stage: stageOrder(r),
  }));
  placed.sort(
    (a, b) => a.unit - b.unit || a.r.schoolYear - b.r.schoolYear || a.target - b.target || a.stage - b.stage,
  );
  return { results: placed.map((p) => p.r), years: models };
}

/** Each target's place in the plan's order. */
const TARGET_ORDER = new Map(PLAN_TARGETS.map((t, i) => [t.id, i]));

const resultKey = (r: TargetResultModel) => `${unitKey(r.unit)}:${r.schoolYear}:${r.target.id}`;
