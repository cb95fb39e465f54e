/**
 * Demo data for Wuhai (乌海市, Inner Mongolia): its three real districts, ~135 schools and
 * kindergartens, ~6,500 synthetic staff a year, six years (2020—2021 to 2025—2026学年) of
 * school reports, district and city inputs, registers of counted things (majors, training
 * bases, benchmark schools, 优质均衡 certifications …), reporting periods, and one login per unit.
 *
 * Every person is made up (random names from common name lists); no 身份证号 is stored:
 * `people` keeps only the HMAC-SHA256 (key "edu2035-demo") of a generated valid number and
 * its last four characters. The staff roster is steered so the plan's staff indicators start
 * at their 2020 baselines (A07 78 %, A08 83.7 %, A09 41.9 %) and improve.
 *
 * Accounts: `city` (乌海市教育局管理员), `haibowan` / `hainan` / `wuda` (区教育局) and
 * `s<学校标识码>` for each school (e.g. `s2150302001`), all with {@link DEMO_PASSWORD}.
 */

import type { SchoolType } from "@edu2035/domain";
import { hash } from "@node-rs/argon2";
import { sql } from "drizzle-orm";
import { bulkInsert } from "../bulkInsert.ts";
import type { Db, Tx } from "../client.ts";
import * as schema from "../schema/index.ts";
import { buildCatalogue } from "./catalogue.ts";
import { countByType, DEFAULT_SEED, type DemoAccount, demoAccounts, generateDemoData } from "./generate.ts";

export { buildCatalogue, NAMED_SCHOOLS } from "./catalogue.ts";
export { DEFAULT_SEED, type DemoAccount, type DemoRows, generateDemoData } from "./generate.ts";
export { DEMO_NOW, DEMO_OPEN_YEAR, DEMO_TODAY } from "./inputs.ts";
export { STAFF_TARGETS } from "./roster.ts";

/** What {@link loadDemoData} inserted. */
export interface DemoSummary {
  districts: number;
  schools: number;
  schoolsByType: Record<SchoolType, number>;
  people: number;
  staffRows: number;
  /** Staff rows per school year (start year). */
  staffBySchoolYear: Record<number, number>;
  reports: number;
  users: number;
}

/** Password of every demo account (demo only: never use demo data in production). */
export const DEMO_PASSWORD = "Demo@2035";

/** Every demo account of the full-size demo (scale 1), in insertion order. */
export const DEMO_ACCOUNTS: DemoAccount[] = demoAccounts(buildCatalogue(1));

/**
 * What a database already holds that the demo must never mix with: its city record, districts,
 * schools or accounts, as e.g. "districts (3), accounts (1)"; null when it has none. A production database
 * whose first administrator exists has an account and no district: it is not empty.
 */
export async function existingData(db: Db | Tx): Promise<string | null> {
  const [row] = await db
    .select({
      city: sql<number>`(select count(*)::int from ${schema.city})`,
      districts: sql<number>`(select count(*)::int from ${schema.districts})`,
      schools: sql<number>`(select count(*)::int from ${schema.schools})`,
      accounts: sql<number>`(select count(*)::int from ${schema.users})`,
    })
    .from(sql`(select 1) as one`);
  const held = Object.entries(row ?? {}).filter(([, n]) => n > 0);
  return held.length ? held.map(([what, n]) => `${what} (${n})`).join(", ") : null;
}

/**
 * The tables that have triggers of their own (not the foreign keys' internal ones): every one of
 * them maintains a summary (名册汇总, 年报汇总, the district rollups; migrations 0015–0022).
 */
async function triggeredTables(tx: Tx): Promise<string[]> {
  const rows = await tx
    .select({ name: sql<string>`triggered.name` })
    .from(sql`(select distinct quote_ident(c.relname) as name
      from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
      where not t.tgisinternal and n.nspname = current_schema()) as triggered`)
    .orderBy(sql`1`);
  return rows.map((r) => r.name);
}

/** A foreign key of the schema: its table, name and definition (`pg_get_constraintdef`). */
interface ForeignKey {
  table: string;
  name: string;
  definition: string;
}

/** Every foreign key of the schema, by table and name. */
async function foreignKeys(tx: Tx): Promise<ForeignKey[]> {
  return tx
    .select({
      table: sql<string>`fk.tbl`,
      name: sql<string>`fk.name`,
      definition: sql<string>`fk.definition`,
    })
    .from(sql`(select c.conrelid::regclass::text as tbl, quote_ident(c.conname) as name,
        pg_get_constraintdef(c.oid) as definition
      from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where c.contype = 'f' and n.nspname = current_schema()) as fk`)
    .orderBy(sql`1, 2`);
}

/** How {@link loadDemoData} loads. */
export interface DemoLoadOptions {
  /** The generator's seed (DEFAULT_SEED). */
  seed?: number;
  /** The generator's scale (1: the full city). */
  scale?: number;
  /**
   * Rebuilds every summary the triggers maintain (名册汇总, 年报汇总, the district rollups) from
   * the rows, in the load's transaction: given, the load runs with those triggers disabled
   * (`alter table … disable trigger user` on each table that has any, enabled again before
   * commit: no other session can write these tables meanwhile) and calls it once at the end,
   * instead of the triggers maintaining them statement by statement (issue 15: the schools'
   * row triggers, the registers' and reports' statement triggers; measured in PGlite, the load's
   * CPU 5.7 → 5.0 s, median of 5 rounds in one process). The summaries' SQL is generated in the
   * API (its rebuild functions, the one source of each computation; packages/db cannot import
   * it), so the API passes it. Without it the triggers maintain them as on any write.
   */
  rebuildSummaries?: (tx: Tx) => Promise<void>;
}

/**
 * Load the demo city into an empty database (no district, school or account), in one transaction.
 * @throws when the database holds any of them ({@link existingData}: the demo never mixes with
 *   real data, nor with a production instance's first administrator).
 */
export async function loadDemoData(db: Db, options: DemoLoadOptions = {}): Promise<DemoSummary> {
  const { rows } = generateDemoData({ seed: options.seed ?? DEFAULT_SEED, scale: options.scale ?? 1 });
  // one argon2id hash for every account keeps loading fast
  const passwordHash = await hash(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const held = await existingData(tx);
    if (held)
      throw new Error(
        `loadDemoData: the database already has ${held}; demo data is only loaded into an empty database`,
      );
    const { rebuildSummaries } = options;
    const triggered = rebuildSummaries ? await triggeredTables(tx) : [];
    for (const table of triggered) await tx.execute(sql.raw(`alter table ${table} disable trigger user`));
    // the foreign keys dropped for the load and added back at its end, as pg_restore does: each
    // then checks every row with one join instead of one lookup per row (the roster's three:
    // ~120,000 lookups, 1.5 s of CPU of the load in PGlite); a row that breaks one still fails
    // the load (adding the key back raises), in this transaction
    const keys = await foreignKeys(tx);
    for (const k of keys) await tx.execute(sql.raw(`alter table ${k.table} drop constraint ${k.name}`));
    // each table in one statement per 5,000 rows (bulkInsert: the rows as one jsonb parameter);
    // Drizzle's multi-row INSERT, one bind parameter per value, took 9–12 s of CPU for the ~52,000
    // rows under load, most of a fresh clone's first `pnpm start` (issue 15)
    await tx.insert(schema.city).values(rows.city);
    await bulkInsert(tx, schema.districts, rows.districts);
    await bulkInsert(tx, schema.schools, rows.schools);
    await bulkInsert(
      tx,
      schema.users,
      rows.users.map((u) => ({ ...u, passwordHash })),
    );
    await bulkInsert(tx, schema.people, rows.people);
    await bulkInsert(tx, schema.staff, rows.staff);
    await bulkInsert(tx, schema.schoolReports, rows.schoolReports);
    await bulkInsert(tx, schema.schoolReportGrades, rows.schoolReportGrades);
    await bulkInsert(tx, schema.districtInputs, rows.districtInputs);
    await bulkInsert(tx, schema.districtBirths, rows.districtBirths);
    await bulkInsert(tx, schema.cityInputs, rows.cityInputs);
    await bulkInsert(tx, schema.registers, rows.registers);
    await bulkInsert(tx, schema.registerConfirmations, rows.registerConfirmations);
    await bulkInsert(tx, schema.reportingPeriods, rows.reportingPeriods);
    for (const k of keys)
      await tx.execute(sql.raw(`alter table ${k.table} add constraint ${k.name} ${k.definition}`));
    if (rebuildSummaries) {
      await rebuildSummaries(tx);
      for (const table of triggered) await tx.execute(sql.raw(`alter table ${table} enable trigger user`));
    }
  });
  const staffBySchoolYear: Record<number, number> = {};
  for (const s of rows.staff) staffBySchoolYear[s.schoolYear] = (staffBySchoolYear[s.schoolYear] ?? 0) + 1;
  return {
    districts: rows.districts.length,
    schools: rows.schools.length,
    schoolsByType: countByType(rows.schools as { type: SchoolType }[]),
    people: rows.people.length,
    staffRows: rows.staff.length,
    staffBySchoolYear,
    reports: rows.schoolReports.length,
    users: rows.users.length,
  };
}
