/**
 * Benchmark (not a test), on existing PostgreSQL databases, of the dashboards as the apps ask
 * them, 2020–2025:
 * - BENCH_UNIT=district (default): the district 指标总览 — the district app's trusted
 *   `TargetDashboardTable` document (packages/graphql) focused on 2025, the first page of 50
 *   schools, the largest district's own account (issue 15: ≤ 500 ms at 1,000 schools, latency ÷
 *   SQL ≤ 1.2);
 * - BENCH_UNIT=city: the city account's 指标总览 (the city app's `TargetDashboardTable`, the city
 *   and its districts, focused on 2025) and the city `targetDashboard` that dashboard.bench.ts
 *   sends (issue 15: 1,000 → 10,000 schools ≤ 1.3×).
 * Before/after in one run: with BENCH_BASELINE_REV an earlier commit's API is served beside this
 * one (bench/baseline.ts), and both are timed in the same rounds, each round in alternating order
 * after one warm-up of each; several commits, comma-separated (`f5def69,65085e3`), are each served
 * (e.g. two commits compared without the working tree's edits of others). Sizes in one run: with
 * several databases in BENCH_DATABASE, comma-separated (e.g. the kept 1,001- and 10,010-school
 * cities), each is served and timed in the same rounds, and the growth from the first to each
 * other is printed per API (a fresh process: dashboard.bench.ts times the city in the process
 * that built it, over its garbage).
 *
 *   BENCH_KEEP=1 BENCH_SIZES=1001 DATABASE_URL=postgres://… pnpm exec tsx bench/dashboard.bench.ts  # prints the kept database
 *   DATABASE_URL=postgres://… BENCH_DATABASE=edu2035_bench_… BENCH_BASELINE_REV=f5def69 BENCH_RUNS=15 \
 *     pnpm exec tsx bench/districtTable.bench.ts
 *   … BENCH_CPU_PROF=/tmp/prof …   # + this checkout's V8 CPU profile over RUNS more requests
 *   … BENCH_UNIT=city BENCH_DATABASE=<1,001 schools>,<10,010 schools> …   # the city's operations at two sizes
 *
 * Per operation, database and API: median wall ms, median CPU ms per request of this process (the
 * API, and the client's fetch and JSON.parse of the answer, the same for all), the SQL statements
 * of one request replayed alone (median of 3 each) and summed, latency ÷ SQL, the answer's bytes;
 * whether the APIs answered byte for byte the same on each database. A CPU profile per operation
 * and database (`<operation>-<schools>.cpuprofile`). The load average is printed at the start and
 * the end (the machine is shared: compare within one run, not across runs).
 */
import { createHash } from "node:crypto";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { createDb } from "@edu2035/db";
import { DEMO_PASSWORD } from "@edu2035/db/demo";
import { sql } from "drizzle-orm";
import { toRows } from "../src/modules/indicators/measures.ts";
import { loginAs, startApiOn } from "../src/testing.ts";
import { baselineApi, cpuProfiler } from "./baseline.ts";
import { DASHBOARD, persistedDocument } from "./documents.ts";
import { readBenchEnv } from "./env.ts";
import { collectGarbage } from "./gc.ts";

const env = readBenchEnv();
if (!env.DATABASE_URL || !env.BENCH_DATABASE) {
  throw new Error(
    "环境变量错误 (bad environment): districtTable.bench.ts needs DATABASE_URL (the server) and BENCH_DATABASE (databases kept by BENCH_KEEP, comma-separated)",
  );
}

/** Statements captured while `capturing` is on, each with when it was sent (performance.now()). */
let capturing: { query: string; params: unknown[]; at: number }[] | null = null;

/** An operation timed: its title, the document each commit's app sends, its variables. */
interface Operation {
  name: string;
  /** The file name of its CPU profile (BENCH_CPU_PROF), before the database's school count. */
  profile: string;
  document: (rev: string | null) => string;
  variables: Record<string, unknown>;
}

/** One database of BENCH_DATABASE: its handle, school count, the APIs served on it, the account's token. */
interface Database {
  name: string;
  handle: Awaited<ReturnType<typeof createDb>>;
  schools: number;
  operations: Operation[];
  current: Awaited<ReturnType<typeof startApiOn>>;
  baselines: { rev: string; api: Awaited<ReturnType<typeof baselineApi>> }[];
  token: string;
}

/** One operation through one API on one database. */
interface Variant {
  name: string;
  database: Database;
  operation: Operation;
  url: string;
  /** The document its commit's app sends. */
  document: string;
  ms: number[];
  cpu: number[];
  bytes: number;
  digest: string;
  statements: { query: string; params: unknown[]; at: number }[];
  /** When the captured request was sent (performance.now()). */
  sentAt: number;
}

const YEARS = { fromYear: 2020, toYear: 2025 };
const revs = (env.BENCH_BASELINE_REV ?? "").split(",").filter(Boolean);

/** The operations of BENCH_UNIT on a database: the city's two, or the largest district's table. */
function operationsOf(big: Record<string, unknown>): Operation[] {
  if (env.BENCH_UNIT === "city")
    return [
      {
        name: "city 指标总览 (targetDashboardTable 2020–2025 focused on 2025, the city and its districts)",
        profile: "city-table",
        document: (rev) => persistedDocument("TargetDashboardTable", rev),
        variables: { unit: { level: "CITY" }, ...YEARS, schoolYear: 2025 },
      },
      {
        name: "city targetDashboard 2020–2025 (dashboard.bench.ts)",
        profile: "city-dashboard",
        document: () => DASHBOARD,
        variables: { u: { level: "CITY" } },
      },
    ];
  return [
    {
      name: `district 指标总览 (targetDashboardTable 2020–2025, the largest district's ${big.schools} schools, page of 50)`,
      profile: "district-table",
      document: (rev) => persistedDocument("TargetDashboardTable", rev),
      variables: { unit: { level: "DISTRICT", id: big.district_id }, ...YEARS, schoolYear: 2025 },
    },
  ];
}

/** A database of BENCH_DATABASE opened, this checkout's API and each baseline's served on it. */
async function openDatabase(name: string): Promise<Database> {
  const url = new URL(env.DATABASE_URL as string);
  url.pathname = `/${name}`;
  const handle = await createDb({
    url: url.toString(),
    onQuery: (query, params) => capturing?.push({ query, params, at: performance.now() }),
  });
  await handle.migrate();
  const [big = {}] = toRows(
    await handle.db.execute(sql`select u.username, u.district_id, count(*) as schools,
        (select count(*) from schools) as city_schools from users u
      join schools s on s.district_id = u.district_id where u.level = 'district'
      group by u.username, u.district_id order by count(*) desc, u.username limit 1`),
  );
  const current = await startApiOn(handle);
  const baselines: Database["baselines"] = [];
  for (const rev of revs) baselines.push({ rev, api: await baselineApi(rev, handle) });
  const token =
    env.BENCH_UNIT === "city"
      ? await loginAs(current.url, "city", DEMO_PASSWORD, "CITY")
      : await loginAs(current.url, String(big.username), DEMO_PASSWORD, "DISTRICT");
  const schools = Number(big.city_schools);
  return { name, handle, schools, operations: operationsOf(big), current, baselines, token };
}

const databases: Database[] = [];
for (const name of env.BENCH_DATABASE.split(",").filter(Boolean)) databases.push(await openDatabase(name));
/**
 * The variants of each operation, timed in the same rounds: per database (in BENCH_DATABASE's
 * order), the baselines then this checkout.
 */
const byOperation = (databases[0]?.operations ?? []).map((_, k) =>
  databases.flatMap((d) => {
    const operation = d.operations[k] as Operation;
    const apis = [
      ...d.baselines.map((b) => ({ name: `at ${b.rev}`, url: b.api.url, rev: b.rev as string | null })),
      { name: "this checkout", url: d.current.url, rev: null },
    ];
    return apis.map(
      (a): Variant => ({
        name: a.name,
        database: d,
        operation,
        url: a.url,
        document: operation.document(a.rev),
        ms: [],
        cpu: [],
        bytes: 0,
        digest: "",
        statements: [],
        sentAt: 0,
      }),
    );
  }),
);

/** One request through `v`'s API: wall and CPU ms of this process, the answer checked and kept. */
async function once(v: Variant, timed: boolean): Promise<void> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const res = await fetch(v.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${v.database.token}` },
    body: JSON.stringify({ query: v.document, variables: v.operation.variables }),
  });
  const text = await res.text();
  const answer = JSON.parse(text) as { errors?: unknown };
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  if (answer.errors) throw new Error(`${v.name}: ${JSON.stringify(answer.errors)}`);
  v.bytes = Buffer.byteLength(text);
  v.digest = createHash("sha256").update(text).digest("hex");
  if (timed) {
    v.ms.push(ms);
    v.cpu.push((cpu.user + cpu.system) / 1000);
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

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

/** Replays of each statement: its time is their median (one replay alone varied 4× under load). */
const REPLAYS = 3;

/**
 * The statements of one request replayed alone, {@link REPLAYS} times each, their median times
 * summed (ms). BENCH_VERBOSE: each printed with when the request sent it (ms after the request
 * was sent), its replayed time and rows, to see which ran one after another.
 */
async function replay(v: Variant): Promise<number> {
  let total = 0;
  for (const s of v.statements) {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < REPLAYS; i++) {
      const t0 = performance.now();
      rows = toRows(await v.database.handle.db.execute(sql.raw(inline(s.query, s.params)))).length;
      times.push(performance.now() - t0);
    }
    const ms = median(times);
    total += ms;
    if (env.BENCH_VERBOSE) {
      const text = s.query.replace(/\s+/g, " ").slice(0, 110);
      const at = (s.at - v.sentAt).toFixed(0).padStart(4);
      console.log(
        `${v.operation.profile}, ${v.database.schools} schools, ${v.name}: sent at ${at} ms, ${ms.toFixed(1).padStart(6)} ms, ${rows} rows  ${text}`,
      );
    }
  }
  return total;
}

// the set-up's garbage (serving the baselines' modules) collected before timing
collectGarbage();
const loadStart = loadavg()[0] ?? 0;
for (const variants of byOperation) {
  for (const v of [...variants]) {
    try {
      await once(v, false);
    } catch (e) {
      // the working tree may hold others' unfinished edits: with commits to compare, say so and go on
      if (!v.database.baselines.length || v.url !== v.database.current.url) throw e;
      console.log(`this checkout left out: it answered an error (${(e as Error).message.slice(0, 200)})`);
      variants.splice(variants.indexOf(v), 1);
      continue;
    }
    capturing = [];
    v.sentAt = performance.now();
    await once(v, false);
    v.statements = capturing;
    capturing = null;
  }
  for (let i = 0; i < env.BENCH_RUNS; i++) {
    const order = i % 2 ? [...variants].reverse() : variants;
    for (const v of order) await once(v, true);
  }
}
const sqlMs = new Map<Variant, number>();
for (const v of byOperation.flat()) sqlMs.set(v, await replay(v));
if (env.BENCH_CPU_PROF) {
  const profiler = cpuProfiler(env.BENCH_CPU_PROF);
  for (const variants of byOperation) {
    for (const d of databases) {
      const v = variants.findLast((x) => x.database === d);
      if (!v) continue;
      profiler.start();
      for (let i = 0; i < env.BENCH_RUNS; i++) await once(v, false);
      profiler.stop(`${v.operation.profile}-${d.schools}`);
    }
  }
}
const loadEnd = loadavg()[0] ?? 0;

for (const variants of byOperation) {
  const [first] = variants;
  if (!first) continue;
  console.log(
    `\n${first.operation.name} · PostgreSQL · ${env.BENCH_RUNS} rounds after a warm-up · load ${loadStart.toFixed(1)} → ${loadEnd.toFixed(1)}\n`,
  );
  console.log(
    "| schools | API | median ms | CPU ms per request | SQL statements | SQL ms (replayed) | latency ÷ SQL | bytes |",
  );
  console.log("|---|---|---|---|---|---|---|---|");
  for (const v of variants) {
    const m = median(v.ms);
    const s = sqlMs.get(v) ?? 0;
    console.log(
      `| ${v.database.schools} | ${v.name} | ${m.toFixed(0)} | ${median(v.cpu).toFixed(0)} | ${v.statements.length} | ${s.toFixed(0)} | ${(m / s).toFixed(2)} | ${v.bytes} |`,
    );
  }
  for (const d of databases) {
    const of = variants.filter((v) => v.database === d);
    if (of.length < 2) continue;
    const same = new Set(of.map((v) => v.digest)).size === 1;
    console.log(
      `\n${d.schools} schools: answers ${same ? "identical (same SHA-256)" : "DIFFER"} between the APIs`,
    );
  }
  // the growth with the city's size, per API: each database's median over the first's
  const [base, ...larger] = databases;
  for (const d of larger) {
    for (const v of variants.filter((x) => x.database === d)) {
      const b = variants.find((x) => x.database === base && x.name === v.name);
      if (!b) continue;
      console.log(
        `${v.name}, ${b.database.schools} → ${d.schools} schools: median ${(median(v.ms) / median(b.ms)).toFixed(2)}×, CPU ${(median(v.cpu) / median(b.cpu)).toFixed(2)}×, SQL replayed ${((sqlMs.get(v) ?? 0) / (sqlMs.get(b) ?? 1)).toFixed(2)}×`,
      );
    }
  }
  for (const v of variants)
    console.log(`${v.database.schools} schools, ${v.name}: ${v.ms.map((x) => x.toFixed(0)).join(", ")} ms`);
}
for (const d of databases) {
  for (const b of d.baselines) await b.api.stop();
  await d.current.stop();
  await d.handle.close();
}
process.exit(0);
