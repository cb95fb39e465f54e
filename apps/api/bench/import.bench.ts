/**
 * Benchmark (not a test): the 花名册 import (importStaffExcel, ADD_ONLY, through GraphQL over
 * HTTP as the school app uploads it) of a 3,000- and a 10,000-row roster of synthetic teachers,
 * against a bare multi-row INSERT of the very same people and staff rows (raw SQL on the
 * driver, no ORM, one transaction, chunks under PostgreSQL's 65,535 bind parameters). Issue 15:
 * the import should take at most 2× the bare INSERT at 3,000 rows on PostgreSQL.
 *
 *   pnpm exec tsx bench/import.bench.ts                          # PGlite in memory
 *   DATABASE_URL=postgres://… pnpm exec tsx bench/import.bench.ts  # a fresh database (dropped after)
 *   BENCH_RUNS=5 pnpm exec tsx bench/import.bench.ts 3000          # row counts as arguments
 *   BENCH_CPU_PROF=/tmp/prof pnpm exec tsx bench/import.bench.ts 3000  # + a V8 CPU profile of each timed import
 *   BENCH_BASELINE_REV=1383215 pnpm exec tsx bench/import.bench.ts 3000  # before/after in one run
 *
 * The runs are interleaved (import, bare, bare, import, …: each pair in alternating order, after
 * one warm-up of each), and every run starts from the same empty roster: the rows it wrote (staff,
 * people, the import's audit rows) are deleted and the tables vacuumed, untimed. Prints each run,
 * the medians and their ratio. The fixture is fixtures/smallCity.ts; the rows go to 海勃湾区第一小学
 * for the current school year. Every person is synthetic: a made-up name, a birth date and a
 * 身份证号 with a valid check character (GB 11643) that agrees with it.
 *
 * BENCH_BASELINE_REV: the API of an earlier commit is served beside this one, from the same process
 * and on the same database (its apps/api and packages taken with `git archive` into a temporary
 * folder, every other dependency this checkout's), and its import is timed in the same rounds:
 * before, after and the bare INSERT in rotating order, each with its own medians and CPU.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { request } from "node:http";
import { performance } from "node:perf_hooks";
import { createDb, type DbHandle } from "@edu2035/db";
import { EDUCATION_LABELS, SUBJECT_LABELS, schoolYearOf } from "@edu2035/domain";
import ExcelJS from "exceljs";
import postgres from "postgres";
import { FIXTURE_PASSWORD, loadSmallCity } from "../src/fixtures/smallCity.ts";
import { hashIdNumber } from "../src/modules/staff/mutations.ts";
import { saveXlsx } from "../src/testing/xlsx.ts";
import { gql, loginAs, startApiOn } from "../src/testing.ts";
import { baselineApi, cpuProfiler } from "./baseline.ts";
import { readBenchEnv } from "./env.ts";

const env = readBenchEnv();
const RUNS = env.BENCH_RUNS;
const SIZES = process.argv.slice(2).length ? process.argv.slice(2).map(Number) : [3000, 10_000];
const Y = schoolYearOf(new Date());
/** Any key: the bare INSERT stores hashes only to write rows of the same size as the import's. */
const BARE_HASH_KEY = "edu2035-bench-key";

const TEMPLATE = `query($s: ID!) { staffExcelTemplate(schoolId: $s) { contentBase64 } }`;
const IMPORT = `mutation($s: ID!, $y: Int!, $f: String!) {
  importStaffExcel(schoolId: $s, schoolYear: $y, contentBase64: $f, dryRun: false) {
    rows created saved errors { row message } } }`;

/** A raw SQL runner on the driver, outside Drizzle: one transaction of parameterised statements. */
interface RawSql {
  transaction(statements: { text: string; params: unknown[] }[]): Promise<void>;
  run(text: string, params?: unknown[]): Promise<void>;
  close(): Promise<void>;
}

/** The few methods of the PGlite client the bare INSERT uses. */
interface PGliteClient {
  query(text: string, params: unknown[]): Promise<unknown>;
  transaction<T>(
    fn: (tx: { query(text: string, params: unknown[]): Promise<unknown> }) => Promise<T>,
  ): Promise<T>;
}

/** A fresh migrated database with the small city, and a raw runner on it. */
async function openDatabase(): Promise<{
  handle: DbHandle;
  raw: RawSql;
  engine: string;
  drop(): Promise<void>;
}> {
  const url = env.DATABASE_URL;
  if (!url) {
    const handle = await createDb();
    // the PGlite instance under Drizzle (the API's package does not depend on PGlite itself)
    const pg = (handle.db as unknown as { $client: PGliteClient }).$client;
    const raw: RawSql = {
      async transaction(statements) {
        await pg.transaction(async (tx) => {
          for (const s of statements) await tx.query(s.text, s.params);
        });
      },
      async run(text, params = []) {
        await pg.query(text, params);
      },
      close: async () => {},
    };
    return { handle, raw, engine: "PGlite", drop: () => handle.close() };
  }
  const name = `edu2035_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const handle = await createDb({ url: u.toString() });
  const client = postgres(u.toString(), { max: 1, onnotice: () => {} });
  const raw: RawSql = {
    async transaction(statements) {
      await client.begin(async (tx) => {
        for (const s of statements) await tx.unsafe(s.text, s.params as never[]);
      });
    },
    async run(text, params = []) {
      await client.unsafe(text, params as never[]);
    },
    close: () => client.end({ timeout: 5 }),
  };
  return {
    handle,
    raw,
    engine: "PostgreSQL",
    async drop() {
      await client.end({ timeout: 5 });
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/** A valid 18-character 身份证号 (GB 11643 check character) for a birth date and a sequence. */
function idNumber(birthDate: string, sequence: number): string {
  const body = `150302${birthDate.replaceAll("-", "")}${String(sequence).padStart(3, "0")}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((a, c, i) => a + Number(c) * (w[i] as number), 0);
  return body + "10X98765432"[sum % 11];
}

const SURNAMES = [..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"];
const GIVEN = [..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红梅建国志"];

/** One synthetic teacher of the roster (row i, 0-based). */
interface Person {
  name: string;
  gender: "male" | "female";
  birthDate: string;
  idNumber: string;
  subject: { code: string; label: string };
  education: { code: string; label: string };
}

const SUBJECTS = (["chinese", "mathematics", "english", "physical_education"] as const).map((code) => ({
  code,
  label: SUBJECT_LABELS[code],
}));
const EDUCATIONS = (["bachelor", "associate", "postgraduate"] as const).map((code) => ({
  code,
  label: EDUCATION_LABELS[code],
}));

/** `n` distinct people: birth dates one day apart from 1966-01-01, names from the lists above. */
function people(n: number): Person[] {
  const start = Date.UTC(1966, 0, 1);
  return Array.from({ length: n }, (_, i) => {
    const birthDate = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    const gender = i % 2 ? "male" : "female";
    // odd 17th digit: male
    const sequence = 100 + (i % 400) * 2 + (gender === "male" ? 1 : 0);
    const g = GIVEN.length;
    return {
      name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % g]}${GIVEN[Math.floor(i / SURNAMES.length / g) % g]}`,
      gender,
      birthDate,
      idNumber: idNumber(birthDate, sequence),
      subject: SUBJECTS[i % SUBJECTS.length] as Person["subject"],
      education: EDUCATIONS[i % 3] as Person["education"],
    };
  });
}

/** The roster template filled with the people (姓名 … 最高学历; the other columns left to their defaults). */
async function rosterWorkbook(templateBase64: string, rows: readonly Person[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(templateBase64, "base64") as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("花名册")!;
  const col = new Map<string, number>();
  ws.getRow(1).eachCell((c, i) => {
    col.set(String(c.value), i);
  });
  rows.forEach((p, i) => {
    const r = ws.getRow(i + 2);
    const set = (header: string, v: string | Date) => {
      const c = col.get(header);
      if (c === undefined) throw new Error(`template has no column ${header}`);
      r.getCell(c).value = v;
    };
    set("姓名", p.name);
    set("性别", p.gender === "male" ? "男" : "女");
    set("出生日期", new Date(`${p.birthDate}T00:00:00Z`));
    set("身份证号", p.idNumber);
    set("岗位", "教师");
    set("是否专任教师", "是");
    set("任教学段", "小学");
    set("任教学科", p.subject.label);
    set("最高学历", p.education.label);
  });
  return saveXlsx(wb);
}

/** Bind parameters per statement: PostgreSQL takes 65,535, postgres.js refuses 65,534 or more. */
const MAX_PARAMS = 65_533;

/** A multi-row INSERT of `rows` into `table` (columns in order), in as few statements as the limit allows. */
function multiRowInserts(table: string, columns: readonly string[], rows: readonly unknown[][]) {
  const per = Math.floor(MAX_PARAMS / columns.length);
  const out: { text: string; params: unknown[] }[] = [];
  for (let i = 0; i < rows.length; i += per) {
    const part = rows.slice(i, i + per);
    const values = part.map(
      (_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(", ")})`,
    );
    out.push({
      text: `insert into ${table} (${columns.join(", ")}) values ${values.join(", ")}`,
      params: part.flat(),
    });
  }
  return out;
}

const PEOPLE_COLUMNS = [
  "id",
  "name",
  "gender",
  "birth_date",
  "ethnicity",
  "id_number_hash",
  "id_number_tail",
];
const STAFF_COLUMNS = [
  "person_id",
  "school_year",
  "school_id",
  "district_id",
  "role",
  "started_on",
  "full_time",
  "stage",
  "subject",
  "education",
  "preschool_major",
  "teacher_certificate",
  "title",
  "dual_qualified",
  "backbone_level",
  "mental_health_trained",
  "counselling_certificate",
  "bilingual",
  "training_hours",
  "status",
];

/** The statements of the bare INSERT: the rows the import writes, values worked out beforehand. */
function bareStatements(rows: readonly Person[], school: { id: string; districtId: string }) {
  const ids = rows.map(() => randomUUID());
  const peopleRows = rows.map((p, i) => [
    ids[i],
    p.name,
    p.gender,
    p.birthDate,
    "汉族",
    hashIdNumber(p.idNumber, BARE_HASH_KEY),
    p.idNumber.slice(-4),
  ]);
  const staffRows = rows.map((p, i) => [
    ids[i],
    Y,
    school.id,
    school.districtId,
    "teacher",
    null,
    true,
    "primary",
    p.subject.code,
    p.education.code,
    false,
    "none",
    "unrated",
    false,
    "none",
    false,
    false,
    false,
    0,
    "active",
  ]);
  return [
    ...multiRowInserts("people", PEOPLE_COLUMNS, peopleRows),
    ...multiRowInserts("staff", STAFF_COLUMNS, staffRows),
  ];
}

/** Back to the empty roster of the year (untimed): the rows a run wrote, then a vacuum. */
async function reset(raw: RawSql, schoolId: string): Promise<void> {
  await raw.run("delete from audit_log where action = 'staff.import'");
  await raw.run(
    `with gone as (delete from staff where school_id = $1 and school_year = $2 returning person_id)
     delete from people where id in (select person_id from gone)`,
    [schoolId, Y],
  );
  await raw.run("vacuum analyze people, staff, audit_log");
}

/**
 * A GraphQL POST on a connection of its own (no keep-alive). On PGlite the bare INSERT and the
 * reset hold this process's only thread for seconds, past the server's keep-alive timeout: a
 * pooled connection was then reset by the server just as the next import went out on it
 * (ECONNRESET on the second 10,000-row import).
 */
function postOnNewConnection(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<{
  data?: { importStaffExcel?: { created: number; errors: unknown[] } } | null;
  errors?: unknown[];
}> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "POST",
        agent: false,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          authorization: `Bearer ${token}`,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
          } catch (e) {
            reject(e);
          }
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

async function main() {
  const db = await openDatabase();
  await db.handle.migrate();
  const ids = await loadSmallCity(db.handle.db);
  const school = { id: ids.p1, districtId: ids.d1 };
  const api = await startApiOn(db.handle);
  const baseline = env.BENCH_BASELINE_REV ? await baselineApi(env.BENCH_BASELINE_REV, db.handle) : null;
  const token = await loginAs(api.url, "p1", FIXTURE_PASSWORD, "SCHOOL");
  const template = await gql<{ staffExcelTemplate: { contentBase64: string } }>(
    api.url,
    TEMPLATE,
    { s: school.id },
    token,
  );
  const templateBase64 = template.data!.staffExcelTemplate.contentBase64;
  const table: string[] = [];
  const profiler = cpuProfiler(env.BENCH_CPU_PROF);

  for (const size of SIZES) {
    const rows = people(size);
    const file = await rosterWorkbook(templateBase64, rows);
    /**
     * An import through `url`: wall and CPU time of this process (the API, and PGlite's SQL on
     * PGlite); `profile` names the CPU profile of this one import (BENCH_CPU_PROF).
     */
    const importOnce = async (url: string, profile?: string) => {
      if (profile) profiler.start();
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const r = await postOnNewConnection(url, IMPORT, { s: school.id, y: Y, f: file }, token);
      const ms = performance.now() - t0;
      const cpu = process.cpuUsage(c0);
      if (profile) profiler.stop(profile);
      const out = r.data?.importStaffExcel;
      if (r.errors || out?.created !== size)
        throw new Error(`import of ${size} rows: ${JSON.stringify(r.errors ?? out?.errors?.slice(0, 3))}`);
      await reset(db.raw, school.id);
      return { ms, cpu: (cpu.user + cpu.system) / 1000 };
    };
    const bareOnce = async () => {
      const statements = bareStatements(rows, school);
      const t0 = performance.now();
      await db.raw.transaction(statements);
      const ms = performance.now() - t0;
      await reset(db.raw, school.id);
      return { ms, cpu: 0 };
    };
    const variants = [
      {
        name: "import",
        run: (round?: number) => importOnce(api.url, round ? `import-${size}-${round}` : undefined),
        ms: [] as number[],
        cpu: [] as number[],
      },
      ...(baseline
        ? [
            {
              name: `import at ${env.BENCH_BASELINE_REV}`,
              run: () => importOnce(baseline.url),
              ms: [] as number[],
              cpu: [] as number[],
            },
          ]
        : []),
      { name: "bare INSERT", run: bareOnce, ms: [] as number[], cpu: [] as number[] },
    ];
    console.error(
      `${db.engine} · ${size} rows · workbook ${(Buffer.byteLength(file, "base64") / 1024).toFixed(0)} KB · warm-up`,
    );
    for (const v of variants) await v.run();
    for (let i = 0; i < RUNS; i++) {
      // rotate which goes first, so a slow spell of the shared machine hits each alike
      for (let k = 0; k < variants.length; k++) {
        const v = variants[(i + k) % variants.length]!;
        const { ms, cpu } = await v.run(i + 1);
        v.ms.push(ms);
        v.cpu.push(cpu);
      }
      console.error(
        `  run ${i + 1}: ${variants.map((v) => `${v.name} ${v.ms.at(-1)!.toFixed(0)} ms`).join(", ")}`,
      );
    }
    const bare = median(variants.at(-1)!.ms);
    for (const v of variants) {
      const m = median(v.ms);
      table.push(
        `| ${db.engine} | ${size} | ${v.name} | ${m.toFixed(0)} | ${(m / bare).toFixed(2)}× | ${v.cpu[0] ? median(v.cpu).toFixed(0) : "–"} | ${v.ms.map((x) => x.toFixed(0)).join(", ")} |`,
      );
    }
  }
  await api.stop();
  await baseline?.stop();
  await db.drop();

  console.log(`\nedu2035 花名册 import benchmark · ${RUNS} interleaved runs after a warm-up\n`);
  console.log(
    "| engine | rows | what | median ms | / bare INSERT | CPU ms per import (API process) | runs |",
  );
  console.log("|---|---|---|---|---|---|---|");
  for (const r of table) console.log(r);
  process.exit(0);
}

await main();
