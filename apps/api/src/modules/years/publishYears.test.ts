/**
 * Publishing several years at once (publishSchoolYears, the demo's 2020—2024 at `pnpm start`:
 * the years' figures measured together) writes exactly what publishing them one at a time
 * through the public service (publishSchoolYear, each year its own dashboards and transaction)
 * writes, on PGlite and (with DATABASE_URL) PostgreSQL. Two copies of the Wuhai demo: 2020—2024
 * published each way as v1 by the city account at DEMO_NOW, then compared row for row:
 * - published_results: every column (the publication by its year and version, not its id);
 * - school_years and school_year_publications: every column but the publication's generated id;
 * - the audit rows (year.publish) and the notices (学年数据发布): every column but the generated
 *   id and created_at (the database's transaction time: one transaction against five);
 * and the years read 已发布 v1 (state published, version 1) either way.
 * Twice: the demo as loaded (its 135 schools open in every year), and the demo with schools
 * opened and closed within the years, so that the years are not measured in one range and a
 * range lists schools not open in each of its years (computePublishedFigures keeps, per year,
 * the schools open at its 统计时点):
 * - every school of the last district (by code) opened 2021-10-01: that district has no school
 *   in 2020 and 2021 (each measured alone, the district 无数据), all of them from 2022;
 * - the first school (by code) of the first district closed 2022-07-31: open 2020 and 2021 only;
 * - its second school closed 2023-07-31: open 2020—2022, listed in the range 2022—2024;
 * - its third school opened 2023-03-01: open in 2023 and 2024 only.
 */
import { type Db, type DbHandle, users } from "@edu2035/db";
import { DEMO_NOW } from "@edu2035/db/demo";
import { testBackends } from "@edu2035/db/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScopedAccess } from "../../authz/access.ts";
import { DEMO_PUBLICATION_NOTE, DEMO_PUBLISHED_YEARS } from "../../demoPublication.ts";
import { toRows } from "../../lib/rows.ts";
import { publishSchoolYear, publishSchoolYears } from "./service.ts";

/** The demo's city account's request scope at DEMO_NOW (as context.ts builds it). */
async function cityAccess(db: Db): Promise<ScopedAccess> {
  const [account] = await db.select().from(users).where(eq(users.username, "city"));
  const viewer = {
    userId: account!.id,
    level: "city" as const,
    username: account!.username,
    displayName: account!.displayName,
    mustChangePassword: false,
  };
  return new ScopedAccess(db, viewer, db, () => DEMO_NOW);
}

/** Every row of a query, as text lines. */
async function lines(h: DbHandle, query: string): Promise<string[]> {
  return toRows(await h.db.execute(sql.raw(query))).map((r) => String(r.line));
}

/** Each table compared: a query giving one text line per row, ordered. */
const COMPARED: Record<string, string> = {
  published_results: `select row(p.school_year, p.version, r.unit_level, r.unit_id, r.target_id, r.stage, r.result)::text as line
    from published_results r join school_year_publications p on p.id = r.publication_id order by 1`,
  school_years: "select row(y.*)::text as line from school_years y order by 1",
  school_year_publications: `select row(p.school_year, p.version, p.published_at, p.published_by, p.note, p.reopened_at,
    p.reopened_by, p.reopen_reason)::text as line from school_year_publications p order by 1`,
  audit_log: `select row(a.user_id, a.action, a.entity_type, a.entity_id, a.district_id, a.school_id, a.before, a.after)::text
    as line from audit_log a where a.action = 'year.publish' order by 1`,
};

/** The notices' columns but id and created_at, as a row expression. */
async function noticeQuery(h: DbHandle): Promise<string> {
  const columns = toRows(
    await h.db.execute(
      sql`select column_name from information_schema.columns where table_schema = current_schema() and table_name = 'notices' and column_name not in ('id', 'created_at') order by ordinal_position`,
    ),
  ).map((r) => `n."${String(r.column_name)}"`);
  return `select row(${columns.join(", ")})::text as line from notices n where n.kind = 'year_published' order by 1`;
}

/** Schools opened and closed within 2020—2024 (see above), the same in both databases. */
async function openAndClose(h: DbHandle): Promise<void> {
  await h.db.execute(sql`
    with last as (select id from districts order by code desc limit 1)
    update schools set opened_on = '2021-10-01' where district_id in (select id from last)`);
  await h.db.execute(sql`
    with first as (select id from districts order by code limit 1),
      s as (select id, row_number() over (order by code) as n from schools where district_id in (select id from first))
    update schools set
      closed_on = case s.n when 1 then date '2022-07-31' when 2 then date '2023-07-31' else schools.closed_on end,
      opened_on = case s.n when 3 then date '2023-03-01' else schools.opened_on end
    from s where s.id = schools.id and s.n <= 3`);
}

const VARIANTS = [
  { name: "the demo as loaded", prepare: async (_h: DbHandle) => {} },
  { name: "schools opened and closed within the years", prepare: openAndClose },
];

describe.each(
  testBackends().flatMap((backend) =>
    VARIANTS.map((variant) => ({ backend, variant, name: `${variant.name}, on ${backend.name}` })),
  ),
)("publishing 2020—2024 at once or year by year: $name", ({ backend, variant }) => {
  let together: DbHandle;
  let oneByOne: DbHandle;

  beforeAll(async () => {
    [together, oneByOne] = await Promise.all([backend.openDemo(), backend.openDemo()]);
    await Promise.all([variant.prepare(together), variant.prepare(oneByOne)]);
    const years = DEMO_PUBLISHED_YEARS.map((schoolYear) => ({ schoolYear, version: 0 }));
    const all = await publishSchoolYears(
      await cityAccess(together.db),
      years,
      DEMO_PUBLICATION_NOTE,
      DEMO_NOW,
    );
    expect(all.map((y) => [y.schoolYear, y.state, y.publishedVersion, y.version])).toEqual(
      DEMO_PUBLISHED_YEARS.map((y) => [y, "published", 1, 1]),
    );
    const access = await cityAccess(oneByOne.db);
    for (const y of DEMO_PUBLISHED_YEARS) {
      const one = await publishSchoolYear(access, y, 0, DEMO_PUBLICATION_NOTE, DEMO_NOW);
      expect([one.schoolYear, one.state, one.publishedVersion, one.version]).toEqual([y, "published", 1, 1]);
    }
  }, 600_000);

  afterAll(async () => {
    await Promise.all([together?.close(), oneByOne?.close()]);
  });

  it.each(Object.keys(COMPARED))("writes the same %s", async (table) => {
    const [a, b] = await Promise.all([lines(together, COMPARED[table]!), lines(oneByOne, COMPARED[table]!)]);
    expect(a.length).toBeGreaterThan(0);
    expect(a).toEqual(b);
  });

  it("stores figures for each of 2020—2024", async () => {
    const counts = toRows(
      await together.db.execute(sql`select p.school_year, count(*)::int as n from published_results r
        join school_year_publications p on p.id = r.publication_id group by 1 order by 1`),
    );
    expect(counts.map((r) => Number(r.school_year))).toEqual([...DEMO_PUBLISHED_YEARS]);
  });

  it("sends the same notices (学年数据发布)", async () => {
    const query = await noticeQuery(together);
    const [a, b] = await Promise.all([lines(together, query), lines(oneByOne, query)]);
    expect(a.length).toBeGreaterThan(0);
    expect(a).toEqual(b);
  });
});
