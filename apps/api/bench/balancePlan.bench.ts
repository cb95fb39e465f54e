/**
 * Benchmark (not a test): 达标方案 (`balancePlan`) and 学龄人口预测 (`projection`) through GraphQL
 * over HTTP as the district app calls them, on the Wuhai demo city and on the demo generator
 * scaled to ≈1,000 schools; and the domain solver alone (`solveBalancePlan`, no SQL) on a
 * synthetic district of 500 schools. Prints per city: schools, load time, and per operation the
 * median latency over the district-stages (or districts) with the slowest one, plus each plan's
 * first summary sentence.
 *
 *   npx tsx bench/balancePlan.bench.ts                          # PGlite in memory
 *   DATABASE_URL=postgres://… npx tsx bench/balancePlan.bench.ts  # a fresh database on that server (dropped after)
 *   BENCH_RUNS=3                                                # timed runs per operation (default 7)
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { createDb, type DbHandle } from "@edu2035/db";
import { buildCatalogue, DEMO_PASSWORD, loadDemoData } from "@edu2035/db/demo";
import {
  type BalancePlanSchool,
  type BalanceStage,
  DEFAULT_BALANCE_UNIT_COSTS,
  evaluateBalanceStage,
  solveBalancePlan,
} from "@edu2035/domain";
import postgres from "postgres";
import { gql, loginAs, startApiOn } from "../src/testing.ts";
import { readBenchEnv } from "./env.ts";

const env = readBenchEnv();
const RUNS = env.BENCH_RUNS;
const YEAR = 2024;

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

async function openDatabase(): Promise<{ handle: DbHandle; drop(): Promise<void> }> {
  const url = env.DATABASE_URL;
  if (!url) {
    const handle = await createDb();
    return { handle, drop: () => handle.close() };
  }
  const name = `edu2035_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const handle = await createDb({ url: u.toString() });
  return {
    handle,
    async drop() {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Median ms of RUNS runs after one warm-up. */
async function time(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const PLAN = `query($input: BalancePlanInput!) {
  balancePlan(input: $input) {
    outcomeBefore outcomeAfter feasible totalCost summary
    actions { kind school { name } fromSchool { name } quantity cost text }
    schools { school { name } before { metCount passed } after { metCount passed } }
    variations { indicator { id } before after passedAfter }
  }
}`;

const PROJECTION = `query($d: ID) {
  projection(districtId: $d) { baseYear endYear years { schoolYear stages { stage pupils classesNeeded teachers { need supply gap } } } }
}`;

// biome-ignore lint/suspicious/noExplicitAny: bench output
type Any = any;

async function benchCity(label: string, scale: number) {
  const db = await openDatabase();
  try {
    const t0 = performance.now();
    await db.handle.migrate();
    const summary = await loadDemoData(db.handle.db, { scale });
    const loadS = (performance.now() - t0) / 1000;
    const api = await startApiOn(db.handle);
    try {
      const token = await loginAs(api.url, "city", DEMO_PASSWORD, "CITY");
      const a = await gql(
        api.url,
        `query($y: Int!) { balanceAssessments(schoolYear: $y) { district { id name } stages { stage outcome schools { school { id } } } } }`,
        { y: YEAR },
        token,
      );
      if (a.errors) throw new Error(JSON.stringify(a.errors));
      const schools = summary.schools;
      console.log(
        `\n== ${label}: ${schools} schools (scale ${scale.toFixed(3)}), loaded in ${loadS.toFixed(1)} s`,
      );
      const planTimes: { what: string; ms: number }[] = [];
      for (const d of a.data!.balanceAssessments) {
        for (const s of d.stages) {
          if (s.outcome === "NOT_APPLICABLE") continue;
          const input = { districtId: d.district.id, schoolYear: YEAR, stage: s.stage };
          let last: Any = null;
          const ms = await time(async () => {
            const r = await gql(api.url, PLAN, { input }, token);
            if (r.errors) throw new Error(JSON.stringify(r.errors));
            last = r.data!.balancePlan;
          });
          const what = `${d.district.name} ${s.stage === "PRIMARY" ? "小学" : "初中"} (${s.schools.length} 所)`;
          planTimes.push({ what, ms });
          console.log(
            `  balancePlan ${what}: ${ms.toFixed(0)} ms, ${last.outcomeBefore} → ${last.outcomeAfter}, ${last.actions.length} actions; ${last.summary[0]}`,
          );
        }
      }
      const slowest = planTimes.reduce((x, y) => (y.ms > x.ms ? y : x));
      console.log(
        `  balancePlan median ${median(planTimes.map((p) => p.ms)).toFixed(0)} ms over ${planTimes.length} district-stages, slowest ${slowest.ms.toFixed(0)} ms (${slowest.what})`,
      );
      const projTimes: number[] = [];
      for (const districtId of [null, ...a.data!.balanceAssessments.map((d: Any) => d.district.id)]) {
        projTimes.push(
          await time(async () => {
            const r = await gql(api.url, PROJECTION, { d: districtId }, token);
            if (r.errors) throw new Error(JSON.stringify(r.errors));
          }),
        );
      }
      console.log(
        `  projection: city ${projTimes[0]!.toFixed(0)} ms; districts median ${median(projTimes.slice(1)).toFixed(0)} ms, slowest ${Math.max(...projTimes.slice(1)).toFixed(0)} ms`,
      );
    } finally {
      await api.stop();
    }
  } finally {
    await db.drop();
  }
}

/** A seeded synthetic district: amounts between 40% and 200% of a school just at the standard. */
function syntheticDistrict(count: number, stage: BalanceStage, seed: number): BalancePlanSchool[] {
  let s = seed;
  const rand = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const std =
    stage === "primary"
      ? { C1: 4.2, C2: 1, C3: 0.9, C4: 4.5, C5: 7.5, C6: 2000, C7: 2.3 }
      : { C1: 5.3, C2: 1, C3: 0.9, C4: 5.8, C5: 10.2, C6: 2500, C7: 2.4 };
  return Array.from({ length: count }, (_, i) => {
    const students = 100 + Math.floor(rand() * 1900);
    const f = () => 0.4 + rand() * 1.6;
    return {
      id: `S${i}`,
      name: `学校${i}`,
      students,
      resourceStudents: students,
      amounts: {
        C1: Math.floor(((std.C1 * students) / 100) * f()),
        C2: Math.floor(((std.C2 * students) / 100) * f()),
        C3: Math.floor(((std.C3 * students) / 100) * f()),
        C4: Math.round(std.C4 * students * f()),
        C5: Math.round(std.C5 * students * f()),
        C6: Math.round(std.C6 * students * f()),
        C7: Math.floor(((std.C7 * students) / 100) * f()),
      },
    };
  });
}

function benchSolver() {
  console.log("\n== domain solver alone (no SQL), synthetic districts");
  for (const count of [50, 500]) {
    for (const stage of ["primary", "junior_secondary"] as const) {
      const schools = syntheticDistrict(count, stage, 2035 + count);
      const failing = evaluateBalanceStage(stage, schools).schoolsFailing;
      let plan = solveBalancePlan(stage, schools, DEFAULT_BALANCE_UNIT_COSTS);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        plan = solveBalancePlan(stage, schools, DEFAULT_BALANCE_UNIT_COSTS);
        times.push(performance.now() - t0);
      }
      const cost = plan.actions.reduce((sum, a) => sum + a.quantity * DEFAULT_BALANCE_UNIT_COSTS[a.kind], 0);
      console.log(
        `  ${count} schools ${stage}: ${median(times).toFixed(0)} ms; ${failing} failing before, feasible ${plan.feasible}, ${plan.actions.length} actions, ${(cost / 1e4).toFixed(1)} 万元`,
      );
    }
  }
}

benchSolver();
await benchCity("demo city", 1);
await benchCity("≈1,000-school city", scaleFor(1000));
process.exit(0);
