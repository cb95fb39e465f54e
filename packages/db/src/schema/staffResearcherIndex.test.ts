/**
 * The partial index of 教研员 (staff_researcher_year_idx, migration 0014): the registers measure
 * (B16 蒙汉双语教研员配备) counts a few dozen researchers in a roster of hundreds of thousands of
 * rows; without the index it scanned the whole roster (200–540 ms at 1,000 schools, issue 15).
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client.ts";
import { testBackends } from "../testing/index.ts";

/** The researcher filter of the registers measure (apps/api measures.ts, `filled`). */
const RESEARCHERS = sql`select f.district_id, f.school_year as y, count(*) filter (where f.bilingual) as n,
    count(*) as researchers
  from staff f
  where f.role = 'researcher' and f.status = 'active' and f.school_year = any(${"{2024,2025}"}::smallint[])
  group by f.district_id, f.school_year`;

const rowsOf = (r: unknown): Record<string, unknown>[] =>
  Array.isArray(r) ? r : ((r as { rows: Record<string, unknown>[] }).rows ?? []);

describe.each(testBackends())("教研员 partial index on $name", (backend) => {
  let h: DbHandle;

  beforeAll(async () => {
    h = await backend.open();
    await h.db.execute(sql`insert into districts (code, name) values ('150302', '海勃湾区')`);
    await h.db.execute(
      sql`insert into schools (code, name, district_id, type)
        select '2150000001', '测试小学', id, 'primary' from districts where code = '150302'`,
    );
    // 3,000 teachers a year in 2024 and 2025, and 3 researchers in 2025 (one bilingual) and 1 in 2024
    await h.db.execute(
      sql`insert into people (name, gender, birth_date) select '教师' || g, 'female', '1985-01-01'
        from generate_series(1, 3004) g`,
    );
    await h.db.execute(sql`insert into staff (person_id, school_year, district_id, school_id, role, education)
      select p.id, y, s.district_id, s.id, 'teacher', 'bachelor'
      from (select id, row_number() over (order by name) as n from people) p cross join (values (2024), (2025)) ys(y)
        cross join schools s
      where p.n <= 3000`);
    await h.db.execute(sql`insert into staff (person_id, school_year, district_id, role, education, bilingual)
      select p.id, 2025, d.id, 'researcher', 'postgraduate', p.n = 3001
      from (select id, row_number() over (order by name) as n from people) p cross join districts d
      where p.n between 3001 and 3003`);
    await h.db.execute(sql`insert into staff (person_id, school_year, district_id, role, education)
      select p.id, 2024, d.id, 'researcher', 'postgraduate'
      from (select id, row_number() over (order by name) as n from people) p cross join districts d
      where p.n = 3004`);
    await h.db.execute(sql`analyze staff`);
  });
  afterAll(() => h?.close());

  it("the registers measure reads the researchers through the index, not the whole roster", async () => {
    const plan = rowsOf(await h.db.execute(sql`explain ${RESEARCHERS}`))
      .map((r) => String(Object.values(r)[0]))
      .join("\n");
    expect(plan).toContain("staff_researcher_year_idx");
    expect(plan).not.toMatch(/Seq Scan on staff/);
  });

  it("counts the same researchers as before: 3 in 2025 (1 bilingual), 1 in 2024", async () => {
    const rows = rowsOf(await h.db.execute(RESEARCHERS))
      .map((r) => ({ y: Number(r.y), n: Number(r.n), researchers: Number(r.researchers) }))
      .sort((a, b) => a.y - b.y);
    expect(rows).toEqual([
      { y: 2024, n: 0, researchers: 1 },
      { y: 2025, n: 1, researchers: 3 },
    ]);
  });
});
