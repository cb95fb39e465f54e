/**
 * Benchmark (not a test): a large synthetic city, the city dashboard and the 优质均衡
 * assessment through GraphQL over HTTP, as the apps call them. Prints, per size:
 * SQL statements per operation, median latency, and the ratio of an operation's latency to
 * the time of the SQL it runs (each statement replayed alone, times summed).
 *
 *   pnpm bench                          # PGlite in memory
 *   DATABASE_URL=postgres://… pnpm bench  # a fresh database on that PostgreSQL server (dropped after)
 *   BENCH_SIZES=100,1000 BENCH_RUNS=7     # school counts and timed runs per operation
 *
 * The city is the Wuhai demo generator scaled to the school count, with teachers copied (new
 * synthetic people) to reach ≈100 staff per school: 1,000 schools ≈ 100,000 staff a year over
 * six school years (2020—2025).
 *
 * The operations: the city dashboard, one district's 优质均衡 assessment, and the district
 * 指标总览 as the district app asks it (the largest district's account, targetDashboardTable
 * 2020–2025, one page of 50 schools; the answer's bytes in the operation's name).
 * After the table, per size: the cost of one roster write at the largest school (an UPDATE of one
 * staff row: median wall time, and the roster summary trigger's own time), and the time of the
 * summary's consistency check and of its rebuild (`pnpm admin check-summaries [--repair]`).
 */
import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { createDb, type Db, type DbHandle } from "@edu2035/db";
import { buildCatalogue, DEMO_PASSWORD, loadDemoData } from "@edu2035/db/demo";
import { sql, TransactionRollbackError } from "drizzle-orm";
import postgres from "postgres";
import { ScopedAccess } from "../src/authz/access.ts";
import { cityRows, type Row } from "../src/modules/indicators/measures/cityRollup.ts";
import { checkRollups, rebuildRollups } from "../src/modules/indicators/measures/districtRollup.ts";
import {
  CITY_INPUT_COLUMNS,
  inputsRows,
  inputsSchoolRows,
} from "../src/modules/indicators/measures/inputs.ts";
import { rebuildReportSummary } from "../src/modules/indicators/measures/reportSummary.ts";
import { reportsRows } from "../src/modules/indicators/measures/reports.ts";
import { staffRows, staffSchoolRows } from "../src/modules/indicators/measures/staff.ts";
import { checkStaffSummary, rebuildStaffSummary } from "../src/modules/indicators/measures/staffSummary.ts";
import { toRows } from "../src/modules/indicators/measures.ts";
import { gql, loginAs, startApiOn } from "../src/testing.ts";
import { DASHBOARD } from "./documents.ts";
import { readBenchEnv } from "./env.ts";
import { collectGarbage } from "./gc.ts";

const env = readBenchEnv();
const SIZES = env.BENCH_SIZES;
const RUNS = env.BENCH_RUNS;

/** The demo generator's scale that gives (about) `schools` schools: bisection on its catalogue. */
function scaleFor(schools: number): number {
  let lo = 0.05;
  let hi = 20;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (buildCatalogue(mid).length < schools) lo = mid;
    else hi = mid;
  }
  return hi;
}

interface Captured {
  query: string;
  params: unknown[];
}

/** Statements captured while `capturing` is on. */
let capturing: Captured[] | null = null;
const onQuery = (query: string, params: unknown[]) => capturing?.push({ query, params });

/** A fresh database on `url`'s server (dropped by `drop` unless BENCH_KEEP), or PGlite in memory when none. */
async function openDatabase(
  url: string | undefined = env.DATABASE_URL,
): Promise<{ handle: DbHandle; drop(): Promise<void> }> {
  if (!url) {
    const handle = await createDb({ onQuery });
    return { handle, drop: () => handle.close() };
  }
  const name = `edu2035_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const handle = await createDb({ url: u.toString(), onQuery });
  return {
    handle,
    async drop() {
      await handle.close();
      if (env.BENCH_KEEP) {
        console.error(`kept database ${name} (BENCH_KEEP)`);
        await admin.end();
        return;
      }
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/**
 * Add teachers (copies of existing ones with new synthetic identities) until the latest year
 * has about `perSchool` staff per school; a deterministic share of teachers is copied.
 */
async function topUpTeachers(handle: DbHandle, perSchool: number): Promise<void> {
  const [c = {}] = toRows(
    await handle.db.execute(sql`select (select count(*) from schools) as schools,
      (select count(*) from staff where school_year = 2025) as staff,
      (select count(*) from staff where school_year = 2025 and role = 'teacher' and school_id is not null) as teachers`),
  );
  const share = Math.min(
    1,
    Math.max(0, (perSchool * Number(c.schools) - Number(c.staff)) / Number(c.teachers)),
  );
  await handle.db.execute(sql`create temp table bench_dup as
    select gen_random_uuid() as pid, s.* from staff s where s.role = 'teacher' and s.school_id is not null
      and abs(hashtext(s.person_id::text)) % 10000 < ${Math.round(share * 10000)}`);
  await handle.db.execute(sql`insert into people (id, name, gender, birth_date, ethnicity)
    select d.pid, p.name || '乙', p.gender, p.birth_date, p.ethnicity from bench_dup d join people p on p.id = d.person_id`);
  await handle.db.execute(sql`insert into staff (person_id, school_year, district_id, school_id, role, status, left_on,
      full_time, stage, subject, education, preschool_major, teacher_certificate, title, dual_qualified, backbone_level,
      mental_health_trained, counselling_certificate, bilingual, training_hours)
    select pid, school_year, district_id, school_id, role, status, left_on, full_time, stage, subject, education,
      preschool_major, teacher_certificate, title, dual_qualified, backbone_level, mental_health_trained,
      counselling_certificate, bilingual, training_hours from bench_dup`);
  await handle.db.execute(sql`drop table bench_dup`);
  await handle.db.execute(sql`analyze`);
}

/** Demo schools per copy when a city is larger than the generator makes (scale ≤ 20, ~2,700 schools). */
const SCHOOLS_PER_COPY = 1000;
/** Above this many schools the city is built as copies of a smaller demo city (cloneSchools). */
const LARGEST_GENERATED = 2000;

/** The columns of a table that an INSERT may set (not generated), in order. */
async function insertableColumns(db: Db, table: string): Promise<string[]> {
  return toRows(
    await db.execute(sql`select column_name from information_schema.columns
      where table_schema = current_schema() and table_name = ${table} and is_generated = 'NEVER'
        and is_identity = 'NO' order by ordinal_position`),
  ).map((r) => String(r.column_name));
}

/**
 * Copy every row of `table` once per row of `join` (SQL joined as `m`, the source row as `t`):
 * the columns of `overrides` take their SQL expression, the others are copied as they are.
 */
async function copyRows(db: Db, table: string, join: string, overrides: Record<string, string>) {
  const cols = await insertableColumns(db, table);
  const exprs = cols.map((c) => overrides[c] ?? `t.${c}`);
  await db.execute(
    sql.raw(`insert into ${table} (${cols.join(", ")}) select ${exprs.join(", ")} from ${table} t ${join}`),
  );
}

/**
 * Make a city of `copies` × its schools, in SQL (INSERT … SELECT, no rows through Node): each
 * school copied `copies − 1` times in its district with a new id and code (10 digits: 8, the
 * copy, the row number), its staff rows (new synthetic people, copied as the top-up copies
 * teachers), its reports with their grade rows, and its registers entries (quality
 * kindergartens, 特色学校 …). The copies are inserted with triggers off (session_replication_role
 * replica: no per-row foreign-key checks, ~1 min per copy of 600,000 staff rows with them) and the
 * summaries rebuilt after (名册汇总, 年报汇总: what `pnpm admin check-summaries --repair` does).
 * The demo generator stops at scale 20 (~2,700 schools): 10,000 schools are 10 copies of a
 * 1,000-school demo city.
 */
async function cloneSchools(handle: DbHandle, copies: number): Promise<void> {
  if (copies <= 1) return;
  await handle.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const run = (q: string) => db.execute(sql.raw(q));
    await run("set local session_replication_role = replica");
    await run(`create temp table bench_school on commit drop as
      select s.id as old_id, gen_random_uuid() as new_id, c as copy,
        '8' || lpad(c::text, 2, '0') || lpad((row_number() over (partition by c order by s.code))::text, 7, '0') as code
      from schools s cross join generate_series(1, ${copies - 1}) c`);
    await run(`create temp table bench_person on commit drop as
      select p.id as old_id, gen_random_uuid() as new_id, c as copy
      from people p cross join generate_series(1, ${copies - 1}) c
      where p.id in (select person_id from staff where school_id is not null)`);
    await run(`create temp table bench_report on commit drop as
      select r.id as old_id, gen_random_uuid() as new_id, m.copy
      from school_reports r join bench_school m on m.old_id = r.school_id`);
    await copyRows(db, "schools", "join bench_school m on m.old_id = t.id", {
      id: "m.new_id",
      code: "m.code",
      name: "t.name || '（' || m.copy || '）'",
      merged_into_id:
        "(select x.new_id from bench_school x where x.old_id = t.merged_into_id and x.copy = m.copy)",
    });
    await copyRows(db, "people", "join bench_person m on m.old_id = t.id", {
      id: "m.new_id",
      name: "t.name || '丙'",
    });
    await copyRows(
      db,
      "staff",
      "join bench_school m on m.old_id = t.school_id join bench_person q on q.old_id = t.person_id and q.copy = m.copy",
      { id: "gen_random_uuid()", school_id: "m.new_id", person_id: "q.new_id" },
    );
    await copyRows(
      db,
      "school_reports",
      "join bench_report m on m.old_id = t.id join bench_school b on b.old_id = t.school_id and b.copy = m.copy",
      { id: "m.new_id", school_id: "b.new_id" },
    );
    await copyRows(db, "school_report_grades", "join bench_report m on m.old_id = t.report_id", {
      report_id: "m.new_id",
    });
    await copyRows(db, "registers", "join bench_school m on m.old_id = t.school_id", {
      id: "gen_random_uuid()",
      school_id: "m.new_id",
    });
  });
  await rebuildStaffSummary(handle.db);
  await rebuildReportSummary(handle.db);
  // the copies' schools went in without triggers: the district rollups rebuilt from them
  await rebuildRollups(handle.db);
  await handle.db.execute(sql`analyze`);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * Run an operation RUNS times (after one warm-up); statements of one run, median ms, SQL ms. The
 * garbage left by building the city (over 1 GB) is collected first, not during the timed runs.
 */
async function measure(handle: DbHandle, run: () => Promise<unknown>) {
  collectGarbage();
  await run();
  const times: number[] = [];
  const cpu: number[] = [];
  let statements: Captured[] = [];
  for (let i = 0; i < RUNS; i++) {
    capturing = [];
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    statements = capturing;
    capturing = null;
  }
  const load = loadavg()[0] ?? 0;
  // replay each statement of the last run alone, timing it
  let sqlMs = 0;
  for (const s of statements) {
    const t0 = performance.now();
    await handle.db.execute(sql.raw(inline(s.query, s.params)));
    const ms = performance.now() - t0;
    sqlMs += ms;
    if (env.BENCH_VERBOSE)
      console.error(`  ${ms.toFixed(0).padStart(7)} ms  ${s.query.replace(/\s+/g, " ").slice(0, 110)}`);
  }
  return { statements: statements.length, medianMs: median(times), sqlMs, cpuMs: median(cpu), load };
}

/** A row of the table: the size, the operation and what {@link measure} found. */
function tableRow(c: Record<string, unknown>, operation: string, m: Awaited<ReturnType<typeof measure>>) {
  return [
    `${c.schools}`,
    `${c.staff2025}`,
    operation,
    `${m.statements}`,
    m.medianMs.toFixed(0),
    m.cpuMs.toFixed(0),
    m.sqlMs.toFixed(0),
    (m.medianMs / m.sqlMs).toFixed(2),
    m.load.toFixed(1),
  ];
}

/** Inline parameters into a statement for replay ($1 → literal). */
function inline(query: string, params: unknown[]): string {
  return query.replace(/\$(\d+)/g, (_, i) => {
    const v = params[Number(i) - 1];
    if (v === null || v === undefined) return "null";
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    if (v instanceof Date) return `'${v.toISOString()}'`;
    return `'${String(v).replace(/'/g, "''")}'`;
  });
}

/**
 * The district app's 指标总览 (packages/graphql TargetDashboardTable, its fields as the app asks
 * them), 2020–2025 focused on 2025, the first page of 50 schools.
 */
const DISTRICT_TABLE = `query($u: OrgUnitInput!) { targetDashboardTable(unit: $u, fromYear: 2020, toYear: 2025,
  schoolYear: 2025, childrenOffset: 0, childrenLimit: 50) {
  fromYear toYear schoolYear unit { id level code name } children { id level code name }
  childrenTotal childrenOffset childrenLimit years { schoolYear label state stateLabel current final publishedVersion version }
  targetIds milestones { year comparator value label } texts
  rows { unitId schoolYear values statuses provisional details { numerators denominators numeratorLabels
    denominatorLabels reasons reported expected coverageLabels publishedVersions requiredNow milestones } } } }`;

/**
 * One roster write at the school with the most staff in 2025: UPDATE of one of its staff rows
 * (no value changes; the summary trigger still aggregates the old and new row and upserts).
 * `wallMs`: median ms of RUNS committed writes through the pool; `triggerMs`: median of the
 * summary trigger's own time (EXPLAIN ANALYZE's trigger time) over RUNS writes on one connection
 * after a first one (`firstTriggerMs`: plpgsql compiles the function once per connection).
 * Rolled back, so the roster is unchanged.
 */
async function rosterWrite(handle: DbHandle) {
  const [top = {}] = toRows(
    await handle.db.execute(sql`select school_id, count(*) as n from staff where school_year = 2025 and school_id is not null
      group by school_id order by count(*) desc limit 1`),
  );
  const [row = {}] = toRows(
    await handle.db.execute(
      sql`select id from staff where school_id = ${top.school_id} and school_year = 2025 and role = 'teacher' limit 1`,
    ),
  );
  const update = sql`update staff set training_hours = training_hours where id = ${row.id}`;
  const wall: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const t0 = performance.now();
    await handle.db.execute(update);
    if (i > 0) wall.push(performance.now() - t0);
  }
  const triggerMs: number[] = [];
  await handle.db
    .transaction(async (tx) => {
      for (let i = 0; i <= RUNS; i++) {
        const [plan = {}] = toRows(await tx.execute(sql`explain (analyze, format json) ${update}`));
        const json = plan["QUERY PLAN"];
        const [p] = (typeof json === "string" ? JSON.parse(json) : json) as {
          Triggers?: { "Trigger Name": string; Time: number }[];
        }[];
        const t = p?.Triggers?.find((x) => x["Trigger Name"] === "staff_summary_update");
        if (!t) throw new Error("no staff_summary_update trigger in the plan");
        triggerMs.push(t.Time);
      }
      tx.rollback();
    })
    .catch((e: unknown) => {
      if (!(e instanceof TransactionRollbackError)) throw e;
    });
  const [first = 0, ...warm] = triggerMs;
  return { staff: Number(top.n), wallMs: median(wall), triggerMs: median(warm), firstTriggerMs: first };
}

/**
 * The proof that the city dashboard's own figures did not change with cityRollup.ts: on this
 * database, the roster, report and inputs families' rows of the city measured as one unit (the
 * statement the city ran before) equal the column-wise sums of its districts' rows (what it runs
 * now; the city's own 市级填报 columns taken as they are), 2019–2025, every column; the roster
 * and inputs families' city and district rows, read from the district rollups
 * (districtRollup.ts), equal the per-school statements' (staffSchoolRows, inputsSchoolRows).
 * @returns how many rows were compared; @throws Error naming the family and year that differ.
 */
async function sameCityRows(handle: DbHandle): Promise<number> {
  const viewer = { userId: "00000000-0000-0000-0000-000000000000", level: "city" as const };
  const access = new ScopedAccess(
    handle.db,
    { ...viewer, username: "bench", displayName: "bench", mustChangePassword: false },
    handle.readDb,
  );
  const unit = await access.resolveUnit({ level: "city" }, "targets.read");
  const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
  // every column as a number, rows by year
  const norm = (rows: readonly Row[]) =>
    JSON.stringify(
      [...rows]
        .map((r) =>
          Object.fromEntries(
            Object.entries(r).map(([k, v]) => [k, k === "grp" || v === null ? v : Number(v)]),
          ),
        )
        .sort((a, b) => Number(a.y) - Number(b.y))
        .map((r) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)))),
    );
  let compared = 0;
  // the roster and inputs families' rows of the city and of each district are read from the
  // district rollups (districtRollup.ts): compared with the per-school statements
  for (const [family, rows, perYear, perSchool] of [
    ["staff", staffRows, [], staffSchoolRows],
    ["reports", reportsRows, [], reportsRows],
    ["inputs", inputsRows, CITY_INPUT_COLUMNS, inputsSchoolRows],
  ] as const) {
    const before = await perSchool(access, unit, years, "self", {});
    const now = cityRows(await rows(access, unit, years, "children", {}), perYear);
    if (norm(before) !== norm(now))
      throw new Error(
        `${family}: the city's rows differ from its districts' sums\n${norm(before)}\n${norm(now)}`,
      );
    compared += before.length;
  }
  for (const d of toRows(await handle.db.execute(sql`select id from districts`))) {
    const district = await access.resolveUnit({ level: "district", id: String(d.id) }, "targets.read");
    const before = await staffSchoolRows(access, district, years, "self", {});
    if (norm(before) !== norm(await staffRows(access, district, years, "self", {})))
      throw new Error(`staff: district ${d.id}'s rollup rows differ from its schools'`);
    const inputs = await inputsSchoolRows(access, district, years, "self", {});
    if (norm(inputs) !== norm(await inputsRows(access, district, years, "self", {})))
      throw new Error(`inputs: district ${d.id}'s rollup rows differ from its schools'`);
    compared += before.length + inputs.length;
  }
  return compared;
}

/** Seconds of `work`. */
async function seconds(work: () => Promise<unknown>): Promise<string> {
  const t0 = performance.now();
  await work();
  return ((performance.now() - t0) / 1000).toFixed(1);
}

/** The district 指标总览 row (see DISTRICT_TABLE) of one size, pushed onto `rows`. */
async function districtTable(handle: DbHandle, url: string, c: Record<string, unknown>): Promise<void> {
  // the district 指标总览 as the district app sends it: the largest district's own account, its
  // compact table (targetDashboardTable) of 2020–2025, one page of schools, focused on 2025
  const [big = {}] = toRows(
    await handle.db.execute(sql`select u.username, u.district_id, count(*) as schools from users u
      join schools s on s.district_id = u.district_id where u.level = 'district'
      group by u.username, u.district_id order by count(*) desc, u.username limit 1`),
  );
  const districtToken = await loginAs(url, String(big.username), DEMO_PASSWORD, "DISTRICT");
  let tableBytes = 0;
  const table = await measure(handle, async () => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${districtToken}` },
      body: JSON.stringify({
        query: DISTRICT_TABLE,
        variables: { u: { level: "DISTRICT", id: big.district_id } },
      }),
    });
    const text = await res.text();
    tableBytes = Buffer.byteLength(text);
    const r = JSON.parse(text) as { errors?: unknown };
    if (r.errors) throw new Error(JSON.stringify(r.errors));
  });
  rows.push(
    tableRow(
      c,
      `district 指标总览 (targetDashboardTable 2020–2025, ${big.schools} schools, page of 50): ${(tableBytes / 1000).toFixed(0)} kB`,
      table,
    ),
  );
}

const rows: string[][] = [];
const writes: string[] = [];
/** The city targetDashboard's figures per size, for the growth between sizes (issue 15: ≤ 1.3×). */
const cityBySize: { schools: number; m: Awaited<ReturnType<typeof measure>> }[] = [];
for (const schools of SIZES) {
  const copies = schools > LARGEST_GENERATED ? Math.ceil(schools / SCHOOLS_PER_COPY) : 1;
  const scale = scaleFor(Math.round(schools / copies));
  const db = await openDatabase();
  const t0 = performance.now();
  await db.handle.migrate();
  const summary = await loadDemoData(db.handle.db, { scale });
  await topUpTeachers(db.handle, 100);
  await cloneSchools(db.handle, copies);
  const [c = {}] = toRows(
    await db.handle.db.execute(
      sql`select (select count(*) from schools) as schools, (select count(*) from staff where school_year = 2025) as staff2025,
        (select count(*) from staff) as staff_rows`,
    ),
  );
  const loadS = ((performance.now() - t0) / 1000).toFixed(0);
  console.error(
    `size ${schools}: ${c.schools} schools, ${c.staff2025} staff in 2025, ${c.staff_rows} staff rows (6 years), loaded in ${loadS}s (demo ${summary.staffRows} rows, topped up${copies > 1 ? `, ${copies} copies` : ""})`,
  );

  const same = await sameCityRows(db.handle);
  console.error(
    `size ${schools}: the city's roster, report and inputs rows = Σ of its districts' (${same} rows compared)`,
  );
  const api = await startApiOn(db.handle);
  const token = await loginAs(api.url, "city", DEMO_PASSWORD, "CITY");
  const dash = await measure(db.handle, async () => {
    const r = await gql(api.url, DASHBOARD, { u: { level: "CITY" } }, token);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
  });
  rows.push(tableRow(c, "city targetDashboard 2020–2025", dash));
  cityBySize.push({ schools: Number(c.schools), m: dash });

  const districts = await gql<{ districts: { id: string }[] }>(api.url, "{ districts { id } }", {}, token);
  const hasBalance =
    !env.BENCH_CITY_ONLY &&
    (await gql(api.url, '{ __type(name: "Query") { fields { name } } }', {}, token)).data?.__type.fields.some(
      (f: { name: string }) => f.name === "balanceAssessment",
    );
  if (hasBalance) {
    const id = districts.data?.districts[0]?.id;
    const bal = await measure(db.handle, async () => {
      const r = await gql(
        api.url,
        `query($id: ID!) { balanceAssessment(districtId: $id, schoolYear: 2025) { __typename } }`,
        { id },
        token,
      );
      if (r.errors) throw new Error(JSON.stringify(r.errors));
    });
    rows.push(tableRow(c, "district balanceAssessment 2025", bal));
  }
  if (!env.BENCH_CITY_ONLY) await districtTable(db.handle, api.url, c);

  const w = await rosterWrite(db.handle);
  const checkS = await seconds(async () => {
    const found = await checkStaffSummary(db.handle.db);
    if (found.differences.length || found.staleFunctions.length)
      throw new Error("roster summary inconsistent");
  });
  const rebuildS = await seconds(() => rebuildStaffSummary(db.handle.db));
  const checkRollupS = await seconds(async () => {
    const found = await checkRollups(db.handle.db);
    if (found.differences.length || found.staleFunctions.length)
      throw new Error("district rollups inconsistent");
  });
  const rebuildRollupS = await seconds(() => rebuildRollups(db.handle.db));
  writes.push(
    `- ${c.schools} schools: one roster write at the largest school (${w.staff} staff in 2025) ${w.wallMs.toFixed(1)} ms, ` +
      `of which the summary trigger ${w.triggerMs.toFixed(2)} ms (${w.firstTriggerMs.toFixed(1)} ms on a connection's first write); ` +
      `check-summaries ${checkS} s, --repair ${rebuildS} s (district rollups: check ${checkRollupS} s, rebuild ${rebuildRollupS} s); loaded in ${loadS} s`,
  );
  await api.stop();
  await db.drop();
}

/**
 * The city targetDashboard of a `schools`-school city built in PGlite in this run (no copies, no
 * summary checks): for PGlite ÷ PostgreSQL at the smallest size (issue 15: keep ≤ 1.5×).
 */
async function pgliteCityDashboard(schools: number) {
  const db = await openDatabase(undefined);
  try {
    await db.handle.migrate();
    await loadDemoData(db.handle.db, { scale: scaleFor(schools) });
    await topUpTeachers(db.handle, 100);
    const api = await startApiOn(db.handle);
    try {
      const token = await loginAs(api.url, "city", DEMO_PASSWORD, "CITY");
      return await measure(db.handle, async () => {
        const r = await gql(api.url, DASHBOARD, { u: { level: "CITY" } }, token);
        if (r.errors) throw new Error(JSON.stringify(r.errors));
      });
    } finally {
      await api.stop();
    }
  } finally {
    await db.drop();
  }
}

const smallest = cityBySize[0];
const onPglite = env.DATABASE_URL && smallest ? await pgliteCityDashboard(smallest.schools) : null;

const header = [
  "schools",
  "staff (2025)",
  "operation",
  "SQL statements",
  "median ms",
  "API CPU ms (user+sys, median)",
  "SQL ms (replayed)",
  "latency ÷ SQL",
  "load (1 min)",
];
console.log(
  `\nedu2035 benchmark · ${env.DATABASE_URL ? "PostgreSQL" : "PGlite"} · ${RUNS} timed runs after a warm-up\n`,
);
console.log(`| ${header.join(" | ")} |`);
console.log(`|${header.map(() => "---").join("|")}|`);
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
console.log(
  "\nCity targetDashboard growth between sizes (issue 15's goal: ≤ 1.3×; sizes built and timed one after another):",
);
for (const [i, b] of cityBySize.entries()) {
  const a = cityBySize[i - 1];
  if (!a) continue;
  const x = (f: (m: Awaited<ReturnType<typeof measure>>) => number) => (f(b.m) / f(a.m)).toFixed(2);
  console.log(
    `- ${a.schools} → ${b.schools} schools: median ${x((m) => m.medianMs)}×, API CPU ${x((m) => m.cpuMs)}×, SQL replayed ${x((m) => m.sqlMs)}× (${a.m.medianMs.toFixed(0)} → ${b.m.medianMs.toFixed(0)} ms)`,
  );
}
if (smallest && onPglite) {
  console.log(
    `\nPGlite ÷ PostgreSQL, city targetDashboard at ${smallest.schools} schools (issue 15's goal: ≤ 1.5×): ${onPglite.medianMs.toFixed(0)} ÷ ${smallest.m.medianMs.toFixed(0)} ms = ${(onPglite.medianMs / smallest.m.medianMs).toFixed(2)}× (API CPU ${onPglite.cpuMs.toFixed(0)} ÷ ${smallest.m.cpuMs.toFixed(0)} ms; PGlite runs in the API's process)`,
  );
}
console.log(`\nRoster summary (名册汇总, median of ${RUNS}):`);
for (const w of writes) console.log(w);
process.exit(0);
