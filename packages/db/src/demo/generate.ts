/**
 * The pure part of the demo: every row of the demo city computed in memory from a seed,
 * ready to insert. Nothing here touches the database; the same seed and scale always give
 * the same rows (ids included).
 */
import { type OrgLevel, SCHOOL_TYPES, type SchoolType, WUHAI_CITY, WUHAI_DISTRICTS } from "@edu2035/domain";
import type * as schema from "../schema/index.ts";
import { districtBirthRows } from "./births.ts";
import {
  buildCatalogue,
  type CatalogueSchool,
  DISTRICT_USERNAMES,
  type DistrictCode,
  HAIBOWAN,
  HAINAN,
  WUDA,
} from "./catalogue.ts";
import { buildEnrolment, DEMO_YEARS, FIRST_YEAR } from "./enrolment.ts";
import {
  cityInputRows,
  DEMO_OPEN_YEAR,
  districtExtras,
  registerConfirmationRows,
  registerRows,
  reportingPeriodRows,
} from "./inputs.ts";
import { Random } from "./random.ts";
import { buildReports, studentsOf } from "./reports.ts";
import { buildRoster } from "./roster.ts";

/** Seed used when none is given. */
export const DEFAULT_SEED = 2035;

/** A demo login account (all share {@link DEMO_PASSWORD}). */
export interface DemoAccount {
  username: string;
  level: "city" | "district" | "school";
  districtCode?: string;
  schoolCode?: string;
  displayName: string;
}

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];

/** All rows of the demo, in insertion order per table. */
export interface DemoRows {
  city: Insert<typeof schema.city>;
  districts: Insert<typeof schema.districts>[];
  schools: Insert<typeof schema.schools>[];
  users: (Omit<Insert<typeof schema.users>, "passwordHash"> & { id: string })[];
  people: Insert<typeof schema.people>[];
  staff: Insert<typeof schema.staff>[];
  schoolReports: Insert<typeof schema.schoolReports>[];
  schoolReportGrades: Insert<typeof schema.schoolReportGrades>[];
  districtInputs: Insert<typeof schema.districtInputs>[];
  /** 出生人口 by district, 2008—2025 (births.ts). */
  districtBirths: Insert<typeof schema.districtBirths>[];
  cityInputs: Insert<typeof schema.cityInputs>[];
  registers: Insert<typeof schema.registers>[];
  /** 确认本年度无此类事项: the register kinds empty in a year, 2020 to DEMO_OPEN_YEAR. */
  registerConfirmations: Insert<typeof schema.registerConfirmations>[];
  reportingPeriods: Insert<typeof schema.reportingPeriods>[];
}

/**
 * The demo accounts for a catalogue: `city` (市教育局), one per district (`haibowan`,
 * `hainan`, `wuda`) and one per school named `s` + its 10-digit 学校标识码 (e.g. `s2150302001`).
 */
export function demoAccounts(schools: readonly CatalogueSchool[]): DemoAccount[] {
  const accounts: DemoAccount[] = [
    { username: "city", level: "city", displayName: `${WUHAI_CITY.bureauName}管理员` },
  ];
  for (const d of WUHAI_DISTRICTS)
    accounts.push({
      username: DISTRICT_USERNAMES[d.code],
      level: "district",
      districtCode: d.code,
      displayName: `${d.name}教育局`,
    });
  for (const s of schools)
    accounts.push({
      username: `s${s.code}`,
      level: "school",
      districtCode: s.districtCode,
      schoolCode: s.code,
      displayName: s.name,
    });
  return accounts;
}

/** 2020 resident population (常住人口) and yearly change by district. */
const POPULATION: Record<DistrictCode, { base: number; growth: number }> = {
  [HAIBOWAN]: { base: 305_200, growth: 0.003 },
  [HAINAN]: { base: 110_100, growth: -0.008 },
  [WUDA]: { base: 141_300, growth: -0.006 },
};
/** City targets per year, 2020..2025: A01 preschool gross enrolment, A05 upper-secondary, A03 disabled children. */
const A01 = [97.0, 97.4, 97.8, 98.1, 98.4, 98.6];
const A05 = [97.0, 97.3, 97.6, 98.0, 98.2, 98.4];
const A03 = [95.0, 95.4, 95.9, 96.3, 96.8, 97.2];
/** District offsets (points) of the enrolment rates: 海南区 a little lower. */
const RATE_OFFSET: Record<DistrictCode, number> = { [HAIBOWAN]: 0.5, [WUDA]: 0, [HAINAN]: -1.4 };
/** 2020 spending (yuan), GDP (yuan) and pay (yuan a year) by district. */
const FINANCE: Record<DistrictCode, { spending: number; gdp: number; teacherPay: number; civilPay: number }> =
  {
    [HAIBOWAN]: { spending: 860_000_000, gdp: 21_300_000_000, teacherPay: 99_800, civilPay: 97_600 },
    [HAINAN]: { spending: 385_000_000, gdp: 19_600_000_000, teacherPay: 93_900, civilPay: 95_200 },
    [WUDA]: { spending: 450_000_000, gdp: 15_400_000_000, teacherPay: 96_100, civilPay: 95_000 },
  };
const GDP_GROWTH = [0, 0.21, 0.12, 0.04, 0.035, 0.045];

/** Compute every demo row for a seed and scale (1 = Wuhai's size). */
export function generateDemoData(options: { seed?: number; scale?: number } = {}): {
  rows: DemoRows;
  accounts: DemoAccount[];
} {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.scale ?? 1;
  if (!(scale > 0 && scale <= 20)) throw new Error(`demo scale must be in (0, 20], got ${scale}`);
  const root = new Random(seed);
  const idRng = root.fork(1);
  const catalogue = buildCatalogue(scale);
  const enrolment = buildEnrolment(catalogue, scale, root.fork(2));
  const roster = buildRoster({ schools: catalogue, enrolment, scale, rng: root.fork(3) });
  const reports = buildReports(catalogue, enrolment, root.fork(4));
  const inputRng = root.fork(5);
  // issue #3 figures draw from their own fork, so the older rows keep their values
  const extraRng = root.fork(6);

  const districtId = new Map<string, string>();
  const districts = WUHAI_DISTRICTS.map((d, i) => {
    const id = idRng.uuid();
    districtId.set(d.code, id);
    return { id, code: d.code, name: d.name, sortOrder: i + 1 };
  });
  const schoolId = new Map<string, string>();
  const schools = catalogue.map((s) => {
    const id = idRng.uuid();
    schoolId.set(s.code, id);
    return {
      id,
      code: s.code,
      name: s.name,
      districtId: districtId.get(s.districtCode)!,
      type: s.type,
      ownership: s.ownership,
      inclusive: s.inclusive,
      ethnic: s.ethnic,
      // 城区 → 111 主城区, 农区 → 220 村庄, 矿区 → 122 镇乡结合区 tagged 矿区
      urbanRuralCode:
        s.area === "urban" ? ("111" as const) : s.area === "rural" ? ("220" as const) : ("122" as const),
      miningArea: s.area === "mining",
      teachingPoint: s.teachingPoint,
    };
  });
  const accounts = demoAccounts(catalogue);
  const users = accounts.map((a) => ({
    id: idRng.uuid(),
    username: a.username,
    displayName: a.displayName,
    level: a.level as OrgLevel,
    districtId: a.level === "district" && a.districtCode ? districtId.get(a.districtCode)! : null,
    schoolId: a.schoolCode ? schoolId.get(a.schoolCode)! : null,
  }));
  const districtUser = new Map(users.filter((u) => u.level === "district").map((u) => [u.districtId!, u.id]));
  const schoolUser = new Map(users.filter((u) => u.level === "school").map((u) => [u.schoolId!, u.id]));

  const staff = roster.staff.map(({ schoolCode, districtCode, ...row }) => ({
    ...row,
    schoolId: schoolCode ? schoolId.get(schoolCode)! : null,
    districtId: districtCode ? districtId.get(districtCode)! : null,
  }));

  // 教职工数 and 专任教师数 of each report, from the roster: the roster holds the 三支队伍, the
  // report counts every employee (about 15% more: 行政、教辅、工勤); a few current-year
  // submissions state a teacher count that differs from the roster, for the review queue's flag
  const staffCountRng = root.fork(7);
  const rosterCounts = new Map<string, { all: number; teachers: number }>();
  for (const m of roster.staff) {
    if (!m.schoolCode || m.status !== "active") continue;
    const key = `${m.schoolCode}:${m.schoolYear}`;
    const c = rosterCounts.get(key) ?? { all: 0, teachers: 0 };
    c.all += 1;
    if (m.role === "teacher" && m.fullTime) c.teachers += 1;
    rosterCounts.set(key, c);
  }
  const schoolReports: DemoRows["schoolReports"] = [];
  const schoolReportGrades: DemoRows["schoolReportGrades"] = [];
  for (const { schoolCode, grades, ...r } of reports) {
    const sid = schoolId.get(schoolCode)!;
    const did = schools.find((s) => s.id === sid)!.districtId;
    const counted = rosterCounts.get(`${schoolCode}:${r.schoolYear}`) ?? { all: 0, teachers: 0 };
    const misstated = r.status === "submitted" && staffCountRng.chance(0.2);
    const fullTimeTeachers = Math.max(0, counted.teachers + (misstated ? staffCountRng.int(1, 3) : 0));
    schoolReports.push({
      ...r,
      staffTotal: Math.max(
        fullTimeTeachers,
        counted.all + Math.round(counted.all * 0.15) + staffCountRng.int(0, 2),
      ),
      fullTimeTeachers,
      // the demo's submissions are its first ones (a returned report was submitted once)
      firstSubmittedAt: r.submittedAt,
      schoolId: sid,
      updatedBy: schoolUser.get(sid) ?? null,
      reviewedBy: r.reviewedAt ? (districtUser.get(did) ?? null) : null,
    });
    for (const g of grades) schoolReportGrades.push({ reportId: r.id, ...g });
  }

  // district inputs: populations chosen so the city's enrolment rates sit on the plan's baselines
  const districtInputs: DemoRows["districtInputs"] = [];
  for (const d of WUHAI_DISTRICTS) {
    const code = d.code as DistrictCode;
    const inDistrict = catalogue.filter((s) => s.districtCode === code);
    const cityPop = (year: number) =>
      WUHAI_DISTRICTS.reduce((n, x) => n + population(x.code as DistrictCode, year, scale), 0);
    for (const year of DEMO_YEARS) {
      const t = year - FIRST_YEAR;
      const gradesOf = (s: CatalogueSchool) => enrolment.get(s.code)!.get(year) ?? [];
      const kg = inDistrict.reduce((n, s) => n + studentsOf(gradesOf(s), ["preschool"]), 0);
      const compulsory = inDistrict.reduce(
        (n, s) => n + studentsOf(gradesOf(s), ["primary", "junior_secondary"]),
        0,
      );
      const upperCity = catalogue.reduce(
        (n, s) => n + studentsOf(gradesOf(s), ["senior_secondary", "secondary_vocational"]),
        0,
      );
      const pop = population(code, year, scale);
      const disabledEnrolled =
        inDistrict.reduce(
          (n, s) =>
            n +
            studentsOf(gradesOf(s), ["special"]) +
            gradesOf(s).reduce((m, g) => m + g.disabledStudents, 0),
          0,
        ) + inputRng.int(3, 9);
      const offset = RATE_OFFSET[code];
      const fin = FINANCE[code];
      const gdpFactor = GDP_GROWTH.slice(0, t + 1).reduce((f, g) => f * (1 + g), 1);
      const payRatio =
        code === HAINAN && year === FIRST_YEAR ? 0.986 : 1.005 + 0.006 * t + inputRng.range(0, 0.01);
      const civilPay = Math.round(fin.civilPay * 1.035 ** t);
      districtInputs.push({
        id: idRng.uuid(),
        districtId: districtId.get(code)!,
        schoolYear: year,
        residentPopulation: pop,
        population3to5: Math.round(kg / ((A01[t]! + offset) / 100)),
        population6to14: Math.round(compulsory * inputRng.range(1.004, 1.012)),
        // upper-secondary schools serve the whole city: its 15–17 cohort is shared by population
        population15to17: Math.round(((upperCity / (A05[t]! / 100)) * pop) / cityPop(year)),
        disabledChildren: Math.ceil(disabledEnrolled / ((A03[t]! + offset * 0.6) / 100)),
        disabledChildrenEnrolled: disabledEnrolled,
        educationSpending: Math.round(fin.spending * scale * (1 + 0.045 + inputRng.range(0, 0.03)) ** t),
        teacherAveragePay: Math.round(civilPay * payRatio),
        civilServantAveragePay: civilPay,
        gdp: Math.round(fin.gdp * scale * gdpFactor),
        ...districtExtras(code, year, inDistrict, gradesOf, extraRng),
        updatedBy: districtUser.get(districtId.get(code)!) ?? null,
      });
    }
  }

  const cityUser = users.find((u) => u.level === "city")?.id ?? null;
  const schoolByName = new Map<string, { id: string; districtId: string }>();
  for (const sc of schools) if (!schoolByName.has(sc.name)) schoolByName.set(sc.name, sc);
  const cityInputs = cityInputRows(districtInputs, scale, extraRng, () => extraRng.uuid(), cityUser);
  const registers = registerRows(
    catalogue,
    (code) => districtId.get(code)!,
    (name) => schoolByName.get(name) ?? null,
    () => extraRng.uuid(),
    cityUser,
  );
  const reportingPeriods = reportingPeriodRows(cityUser);
  // births draw ids from their own fork, taken last, so every older row keeps its values
  const districtBirths = districtBirthRows(
    catalogue,
    (s, year) => enrolment.get(s.code)!.get(year) ?? [],
    (code) => districtId.get(code)!,
    scale,
    root.fork(8),
    (id) => districtUser.get(id) ?? null,
  );
  // confirmations draw ids from a fork of their own, taken after every other, so no row changes
  const confirmationRng = root.fork(9);
  const registerConfirmations = registerConfirmationRows(
    registers,
    DEMO_OPEN_YEAR,
    () => confirmationRng.uuid(),
    cityUser,
  );

  return {
    rows: {
      city: { ...WUHAI_CITY },
      districts,
      schools,
      users,
      people: roster.people,
      staff,
      schoolReports,
      schoolReportGrades,
      districtInputs,
      districtBirths,
      cityInputs,
      registers,
      registerConfirmations,
      reportingPeriods,
    },
    accounts,
  };
}

function population(code: DistrictCode, year: number, scale: number): number {
  const p = POPULATION[code];
  return Math.round(p.base * scale * (1 + p.growth) ** (year - FIRST_YEAR));
}

/** Count schools by type (every type present, zero when none). */
export function countByType(schools: readonly { type: SchoolType }[]): Record<SchoolType, number> {
  const out = Object.fromEntries(SCHOOL_TYPES.map((t) => [t, 0])) as Record<SchoolType, number>;
  for (const s of schools) out[s.type] += 1;
  return out;
}
