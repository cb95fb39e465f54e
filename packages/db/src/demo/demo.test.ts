import { verify } from "@node-rs/argon2";
import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../client.ts";
import {
  districtInputs,
  people,
  schoolReportGrades,
  schoolReports,
  schools,
  staff,
  users,
} from "../schema/index.ts";
import { testBackends } from "../testing/index.ts";
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  type DemoSummary,
  existingData,
  generateDemoData,
  loadDemoData,
  NAMED_SCHOOLS,
} from "./index.ts";

describe("demo generator (in memory)", () => {
  it("gives the same rows for the same seed and other rows for another seed", () => {
    const a = generateDemoData({ seed: 7, scale: 0.3 }).rows;
    const b = generateDemoData({ seed: 7, scale: 0.3 }).rows;
    const c = generateDemoData({ seed: 8, scale: 0.3 }).rows;
    const { city: cityA, ...tablesA } = a;
    const { city: cityB, ...tablesB } = b;
    expect(cityB).toEqual(cityA);
    for (const table of Object.keys(tablesA) as (keyof typeof tablesA)[])
      expect(tablesB[table].length).toBe(tablesA[table].length);
    expect(b.people.slice(0, 50)).toEqual(a.people.slice(0, 50));
    expect(b.staff.slice(0, 50)).toEqual(a.staff.slice(0, 50));
    expect(b.schoolReports.slice(0, 20)).toEqual(a.schoolReports.slice(0, 20));
    expect(b.districtInputs).toEqual(a.districtInputs);
    expect(c.people.slice(0, 50)).not.toEqual(a.people.slice(0, 50));
    // the catalogue (names, codes, accounts) does not depend on the seed
    expect(c.schools.map((s) => s.code)).toEqual(a.schools.map((s) => s.code));
  });

  it("has city inputs, registers and reporting periods for 2020—2025 that move over the years, and 2026's period just opened", () => {
    const { rows } = generateDemoData();
    expect(rows.cityInputs.map((c) => c.schoolYear)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    // 10 October, Beijing time (15:59:59 UTC) for the years with data; 2026—2027 until the end of 2026
    expect(
      rows.reportingPeriods.map((p) => [p.schoolYear, p.openedAt?.toISOString(), p.deadline.toISOString()]),
    ).toEqual([
      ...[2020, 2021, 2022, 2023, 2024, 2025].map((y) => [
        y,
        `${y}-08-31T16:00:00.000Z`,
        `${y}-10-10T15:59:59.000Z`,
      ]),
      [2026, "2026-08-31T16:00:00.000Z", "2026-12-31T15:59:59.000Z"],
    ]);
    const counted = (kind: string, year: number) =>
      rows.registers
        .filter((r) => r.kind === kind && r.fromYear <= year && (r.toYear == null || r.toYear >= year))
        .reduce((n, r) => n + (r.quantity ?? 1), 0);
    expect([2020, 2022, 2025].map((y) => counted("smart_benchmark_school", y))).toEqual([2, 6, 14]);
    expect(counted("model_vocational_major", 2022)).toBeGreaterThanOrEqual(10);
    expect(counted("training_base", 2025)).toBeGreaterThanOrEqual(10);
    const certified = (y: number) =>
      rows.registers.filter((r) => r.kind === "balance_certification" && r.fromYear <= y).length;
    expect([2021, 2022, 2025].map(certified)).toEqual([0, 1, 2]);
    for (const d of rows.districtInputs) {
      expect(d.cohortGrade9Completers!).toBeLessThanOrEqual(d.cohortGrade1Entrants!);
      expect(d.urbanSubdistrictsWithGuidance!).toBeLessThanOrEqual(d.urbanSubdistricts!);
    }
  });

  it("lists one account per unit, with unique user names", () => {
    const names = DEMO_ACCOUNTS.map((a) => a.username);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 4)).toEqual(["city", "haibowan", "hainan", "wuda"]);
    const schoolAccounts = DEMO_ACCOUNTS.filter((a) => a.level === "school");
    expect(
      schoolAccounts.every((a) => a.username === `s${a.schoolCode}` && /^\d{10}$/.test(a.schoolCode!)),
    ).toBe(true);
    expect(schoolAccounts.length).toBe(generateDemoData().rows.schools.length);
  });

  it("never stores an identity number, only its hash and last four characters", () => {
    const { rows } = generateDemoData({ scale: 0.2 });
    for (const p of rows.people.slice(0, 200)) {
      expect(p.idNumberHash).toMatch(/^[0-9a-f]{64}$/);
      expect(p.idNumberTail).toMatch(/^\d{3}[\dX]$/);
      expect(Object.values(p).some((v) => typeof v === "string" && /^\d{17}[\dX]$/.test(v))).toBe(false);
    }
  });
});

describe.each(testBackends())("demo data loaded on $name", (backend) => {
  let h: DbHandle;
  let summary: DemoSummary;

  // a clone of the demo database the test cache built once with loadDemoData (see testing/cache.ts)
  beforeAll(async () => {
    const demo = await backend.openDemo();
    h = demo;
    summary = demo.summary;
  });
  afterAll(() => h.close());

  /** A staff indicator (%) for a school year: rows matching `num` among active full-time rows matching `scope`. */
  async function staffRate(year: number, scope: SQL, num: SQL, fullTimeOnly = true): Promise<number> {
    const [row] = await h.db
      .select({
        v: sql<number>`(100.0 * count(*) filter (where ${num}) / nullif(count(*), 0))::float8`,
      })
      .from(staff)
      .innerJoin(schools, eq(schools.id, staff.schoolId))
      .where(
        and(
          eq(staff.schoolYear, year),
          eq(staff.status, "active"),
          fullTimeOnly ? eq(staff.fullTime, true) : undefined,
          scope,
        ),
      );
    return Number(row!.v);
  }
  const a07 = (y: number) =>
    staffRate(
      y,
      sql`${schools.type} = 'kindergarten' and ${staff.role} = 'teacher'`,
      sql`${staff.preschoolMajor} or ${staff.teacherCertificate} = 'kindergarten'`,
    );
  const a08 = (y: number) =>
    staffRate(
      y,
      sql`${staff.stage} in ('primary', 'junior_secondary')`,
      sql`${staff.education} in ('bachelor', 'postgraduate')`,
    );
  const a09 = (y: number) =>
    staffRate(
      y,
      sql`${schools.type} in ('secondary_vocational', 'higher_vocational') and ${staff.subject} = 'specialty'`,
      sql`${staff.dualQualified}`,
      false,
    );

  it("summarises what it loaded, in the ranges of a city of ~560,000", () => {
    expect(summary.districts).toBe(3);
    const t = summary.schoolsByType;
    expect(t.kindergarten).toBeGreaterThanOrEqual(70);
    expect(t.kindergarten).toBeLessThanOrEqual(90);
    expect(t.primary).toBeGreaterThanOrEqual(20);
    expect(t.primary).toBeLessThanOrEqual(30);
    expect(t.junior_secondary).toBeGreaterThanOrEqual(8);
    expect(t.junior_secondary).toBeLessThanOrEqual(12);
    expect(t.nine_year).toBeGreaterThanOrEqual(3);
    expect(t.complete_secondary).toBeGreaterThanOrEqual(2);
    expect(t.complete_secondary).toBeLessThanOrEqual(3);
    expect(t.senior_secondary).toBeGreaterThanOrEqual(4);
    expect(t.senior_secondary).toBeLessThanOrEqual(6);
    expect(t.secondary_vocational).toBeGreaterThanOrEqual(2);
    expect(t.secondary_vocational).toBeLessThanOrEqual(3);
    expect(t.higher_vocational).toBe(1);
    expect(t.special).toBeGreaterThanOrEqual(1);
    expect(t.special).toBeLessThanOrEqual(3);
    expect(Object.keys(summary.staffBySchoolYear).map(Number)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    for (const n of Object.values(summary.staffBySchoolYear)) {
      expect(n).toBeGreaterThanOrEqual(5000);
      expect(n).toBeLessThanOrEqual(7000);
    }
    expect(summary.reports).toBe(summary.schools * 6);
    expect(summary.users).toBe(1 + 3 + summary.schools);
  });

  it("matches the database's own counts", async () => {
    const count = async (
      table: typeof people | typeof staff | typeof schools | typeof users | typeof schoolReports,
    ) => {
      const [r] = await h.db.select({ n: sql<number>`count(*)::int` }).from(table);
      return r!.n;
    };
    expect(await count(schools)).toBe(summary.schools);
    expect(await count(people)).toBe(summary.people);
    expect(await count(staff)).toBe(summary.staffRows);
    expect(await count(schoolReports)).toBe(summary.reports);
    expect(await count(users)).toBe(summary.users);
  });

  it("stores the generator's rows (same seed, same rows)", async () => {
    const { rows } = generateDemoData();
    const firstPeople = await h.db.select().from(people).orderBy(asc(people.id)).limit(5);
    const expected = [...rows.people].sort((a, b) => (a.id! < b.id! ? -1 : 1)).slice(0, 5);
    expect(firstPeople.map(({ createdAt, updatedAt, ...p }) => p)).toEqual(expected);
    const firstStaff = await h.db.select().from(staff).orderBy(asc(staff.id)).limit(3);
    const expectedStaff = [...rows.staff].sort((a, b) => (a.id! < b.id! ? -1 : 1)).slice(0, 3);
    expect(firstStaff.map((s) => s.personId)).toEqual(expectedStaff.map((s) => s.personId));
    expect(firstStaff.map((s) => s.education)).toEqual(expectedStaff.map((s) => s.education));
  });

  it("includes the schools the plan names", async () => {
    const named = await h.db
      .select({ name: schools.name, type: schools.type })
      .from(schools)
      .where(inArray(schools.name, [...NAMED_SCHOOLS]));
    expect(named.map((s) => s.name).sort()).toEqual([...NAMED_SCHOOLS].sort());
    expect(named.find((s) => s.name === "乌海职业技术学院")?.type).toBe("higher_vocational");
    const [ethnic] = await h.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schools)
      .where(eq(schools.ethnic, true));
    expect(ethnic!.n).toBeGreaterThan(0);
    const [rural] = await h.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schools)
      .innerJoin(sql`districts d`, sql`d.id = ${schools.districtId}`)
      .where(sql`d.code = '150303' and ${schools.urbanRuralCode} = '220' and not ${schools.miningArea}`);
    expect(rural!.n).toBeGreaterThan(0);
  });

  it("puts A08 (本科+ among compulsory full-time teachers) at 83.7 in 2020, rising", async () => {
    const y2020 = await a08(2020);
    expect(Math.abs(y2020 - 83.7)).toBeLessThanOrEqual(1.5);
    const y2025 = await a08(2025);
    expect(y2025).toBeGreaterThanOrEqual(y2020);
    expect(y2025).toBeGreaterThanOrEqual(92);
  });

  it("puts A07 (preschool-trained kindergarten teachers) at 78 in 2020, rising", async () => {
    const y2020 = await a07(2020);
    expect(Math.abs(y2020 - 78)).toBeLessThanOrEqual(1.5);
    expect(await a07(2025)).toBeGreaterThanOrEqual(y2020);
  });

  it("puts A09 (双师型 among vocational specialty teachers) at 41.9 in 2020, rising", async () => {
    const y2020 = await a09(2020);
    expect(Math.abs(y2020 - 41.9)).toBeLessThanOrEqual(1.5);
    expect(await a09(2025)).toBeGreaterThanOrEqual(49);
  });

  it("states in every approved report the full-time teachers of the roster, and more staff than that", async () => {
    type Row = { status: string; n: number; matching: number; covered: number };
    const rows = await h.db.execute<Row>(sql`
      select r.status, count(*)::int as n,
        count(*) filter (where r.full_time_teachers = coalesce(t.teachers, 0))::int as matching,
        count(*) filter (where r.staff_total >= r.full_time_teachers)::int as covered
      from ${schoolReports} r
      left join (
        select school_id, school_year, count(*) filter (where role = 'teacher' and full_time) as teachers
        from ${staff} where status = 'active' group by school_id, school_year
      ) t on t.school_id = r.school_id and t.school_year = r.school_year
      group by r.status`);
    const list = (Array.isArray(rows) ? rows : (rows as { rows: Row[] }).rows) as Row[];
    const by = new Map(list.map((r) => [r.status, r]));
    const approved = by.get("approved")!;
    expect(approved.matching).toBe(approved.n);
    expect(approved.covered).toBe(approved.n);
    // some of the current year's submissions misstate it: the review queue flags them
    const submitted = by.get("submitted")!;
    expect(submitted.matching).toBeLessThan(submitted.n);
    expect(submitted.matching).toBeGreaterThan(0);
  });

  it("keeps report figures consistent and reviewed", async () => {
    const statuses = await h.db
      .select({ year: schoolReports.schoolYear, status: schoolReports.status, n: sql<number>`count(*)::int` })
      .from(schoolReports)
      .groupBy(schoolReports.schoolYear, schoolReports.status);
    expect(statuses.filter((s) => s.year < 2025).every((s) => s.status === "approved")).toBe(true);
    const current = new Map(statuses.filter((s) => s.year === 2025).map((s) => [s.status, s.n]));
    expect(current.get("approved")!).toBeGreaterThan(summary.schools / 2);
    expect(current.get("submitted") ?? 0).toBeGreaterThan(0);
    expect(current.get("draft") ?? 0).toBeGreaterThan(0);
    const [health] = await h.db
      .select({
        pass: sql<number>`(100.0 * sum(${schoolReports.healthPassed}) / sum(${schoolReports.healthTested}))::float8`,
      })
      .from(schoolReports)
      .where(eq(schoolReports.schoolYear, 2020));
    expect(health!.pass).toBeGreaterThan(86);
    expect(health!.pass).toBeLessThan(92);
    const big = await h.db
      .select({
        year: schoolReports.schoolYear,
        n: sql<number>`sum(${schoolReportGrades.largeClasses} + ${schoolReportGrades.oversizedClasses})::int`,
      })
      .from(schoolReportGrades)
      .innerJoin(schoolReports, eq(schoolReports.id, schoolReportGrades.reportId))
      .groupBy(schoolReports.schoolYear)
      .orderBy(schoolReports.schoolYear);
    expect(big[0]!.n).toBeGreaterThan(0);
    expect(big[big.length - 1]!.n).toBeLessThan(big[0]!.n);
  });

  it("gives the district inputs a preschool gross enrolment near 97 % in 2020", async () => {
    const [r] = await h.db
      .select({
        kg: sql<number>`(select sum(g.students) from ${schoolReportGrades} g join ${schoolReports} r on r.id = g.report_id where r.school_year = 2020 and g.stage = 'preschool')::float8`,
        pop: sql<number>`sum(${districtInputs.population3to5})::float8`,
      })
      .from(districtInputs)
      .where(eq(districtInputs.schoolYear, 2020));
    expect(Math.abs((100 * r!.kg) / r!.pop - 97)).toBeLessThan(1);
  });

  it("lets every demo account log in with the demo password", async () => {
    const rows = await h.db
      .select()
      .from(users)
      .where(inArray(users.username, ["city", "hainan", DEMO_ACCOUNTS[10]!.username]));
    expect(rows).toHaveLength(3);
    expect(await verify(rows[0]!.passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  it("refuses to load into a database that already has districts", async () => {
    await expect(loadDemoData(h.db, { scale: 0.2 })).rejects.toThrow(
      /already has city \(1\), districts \(3\), schools \(\d+\), accounts \(\d+\)/,
    );
  });
});

describe.each(testBackends())("the demo on a production database ($name)", (backend) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await backend.open();
  });
  afterAll(() => h?.close());

  it("is refused once the first administrator exists, although there is no district yet", async () => {
    expect(await existingData(h.db)).toBeNull();
    await h.db.insert(users).values({
      username: "wuhai_admin",
      displayName: "乌海市教育局管理员",
      passwordHash: "x",
      level: "city",
    });
    expect(await existingData(h.db)).toBe("accounts (1)");
    await expect(loadDemoData(h.db, { scale: 0.2 })).rejects.toThrow(/already has accounts \(1\)/);
    const [n] = await h.db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(n?.n).toBe(1);
  });
});
