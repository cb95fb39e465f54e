/**
 * The demo city's input figures and registers for 2020—2025: the city's own figures (A10, B30,
 * B39–B42), the district figures added for A02, B04 and B05, the registers of counted things
 * (certifications, majors, training bases, benchmark schools …) and the reporting periods.
 * Moving over the years and roughly on the plan's path, with a few targets missed (B21, B25,
 * B36 with one entry withdrawn, B38), as a real city would be. Deterministic: no draw depends on
 * anything but the seed's own fork.
 */
import { REGISTER_KINDS, type RecognitionLevel, type RegisterKind } from "@edu2035/domain";
import type * as schema from "../schema/index.ts";
import { type CatalogueSchool, type DistrictCode, HAIBOWAN, HAINAN, WUDA } from "./catalogue.ts";
import { DEMO_YEARS, FIRST_YEAR, type GradeFigures } from "./enrolment.ts";
import type { Random } from "./random.ts";

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];

/** City A02 巩固率 path (%), 2020..2025, and each district's offset (points). */
const A02 = [93.0, 93.9, 94.8, 95.7, 96.6, 97.3];
const A02_OFFSET: Record<DistrictCode, number> = { [HAIBOWAN]: 0.8, [WUDA]: 0, [HAINAN]: -1.6 };
/** 城镇（街道） per district (B04). */
const SUBDISTRICTS: Record<DistrictCode, number> = { [HAIBOWAN]: 9, [WUDA]: 7, [HAINAN]: 6 };

/** The district figures added in issue #3 (A02 cohort, B04, B05) for one district and year. */
export function districtExtras(
  code: DistrictCode,
  year: number,
  schoolsOfDistrict: readonly CatalogueSchool[],
  gradesOf: (s: CatalogueSchool) => readonly GradeFigures[],
  rng: Random,
): Pick<
  Insert<typeof schema.districtInputs>,
  | "cohortGrade1Entrants"
  | "cohortGrade9Completers"
  | "urbanSubdistricts"
  | "urbanSubdistrictsWithGuidance"
  | "parentingSessionsPerFamily"
> {
  const t = year - FIRST_YEAR;
  const grade9 = schoolsOfDistrict.reduce(
    (n, s) =>
      n +
      gradesOf(s)
        .filter((g) => g.stage === "junior_secondary" && g.grade === 9)
        .reduce((m, g) => m + g.students, 0),
    0,
  );
  const rate = (A02[t]! + A02_OFFSET[code] + rng.range(-0.2, 0.2)) / 100;
  const towns = SUBDISTRICTS[code];
  // early-education guidance spreads town by town; 海南区 lags a year
  const share = Math.min(1, 0.3 + 0.14 * (t - (code === HAINAN ? 1 : 0)));
  return {
    cohortGrade9Completers: grade9,
    cohortGrade1Entrants: Math.round(grade9 / Math.min(0.995, rate)),
    urbanSubdistricts: towns,
    urbanSubdistrictsWithGuidance: Math.max(0, Math.round(towns * share)),
    parentingSessionsPerFamily:
      Math.round((1.8 + 0.55 * t + (code === HAINAN ? -0.4 : 0) + rng.range(0, 0.3)) * 10) / 10,
  };
}

/** City A10 (%) and B30 (%), 2020..2025. */
const A10 = [90.0, 91.2, 92.3, 93.1, 94.0, 94.8];
const B30 = [62.0, 66.0, 70.0, 73.5, 77.0, 80.5];

/** The city's own figures per year; `gdp` is the sum of the districts' (the whole city's GDP). */
export function cityInputRows(
  districtRows: readonly Insert<typeof schema.districtInputs>[],
  scale: number,
  rng: Random,
  idOf: () => string,
  updatedBy: string | null,
): Insert<typeof schema.cityInputs>[] {
  return DEMO_YEARS.map((year) => {
    const t = year - FIRST_YEAR;
    const rows = districtRows.filter((r) => r.schoolYear === year);
    const gdp = rows.reduce((n, r) => n + (r.gdp ?? 0), 0);
    const civil = Math.round(97_000 * 1.035 ** t);
    return {
      id: idOf(),
      schoolYear: year,
      newLabourUpperSecondaryRate: A10[t]!,
      communityEducationRate: B30[t]!,
      cityEducationSpending: Math.round(80_000_000 * scale * (1.03 + rng.range(0, 0.02)) ** t),
      gdp,
      teacherAveragePay: Math.round(civil * (1.004 + 0.004 * t + rng.range(0, 0.004))),
      civilServantAveragePay: civil,
      updatedBy,
    };
  });
}

interface EntrySpec {
  kind: RegisterKind;
  name: string;
  district?: DistrictCode;
  school?: string;
  level?: RecognitionLevel;
  from: number;
  to?: number;
  quantity?: number;
  notes?: string;
}

/** Vocational schools of the catalogue by name, for the majors and bases they hold. */
const VOC = {
  college: "乌海职业技术学院",
  first: "乌海市第一职业中学",
  second: "乌海市第二职业中学",
  hainan: "海南区职业技术学校",
} as const;

/**
 * The register entries of the demo. Benchmark and quality schools are the largest of their
 * kind in the catalogue (so the choice depends on `scale` only, never on the seed).
 */
function entrySpecs(schools: readonly CatalogueSchool[]): EntrySpec[] {
  const specs: EntrySpec[] = [];
  const add = (s: EntrySpec) => specs.push(s);
  // A04/B02 优质均衡: 海勃湾区 certified in 2022, 乌达区 in 2025, 海南区 not yet
  add({
    kind: "balance_certification",
    name: "海勃湾区通过国家义务教育优质均衡发展督导评估认定",
    district: HAIBOWAN,
    level: "national",
    from: 2022,
  });
  add({
    kind: "balance_certification",
    name: "乌达区通过国家义务教育优质均衡发展督导评估认定",
    district: WUDA,
    level: "national",
    from: 2025,
  });
  // B03 early-education centres: the 2023 pilot in 海勃湾区, 乌达区 in 2025
  add({
    kind: "early_education_centre",
    name: "海勃湾区早期教养指导服务中心（试点）",
    district: HAIBOWAN,
    from: 2023,
  });
  add({ kind: "early_education_centre", name: "乌达区早期教养指导服务站", district: WUDA, from: 2025 });
  // B16 蒙授教研员 posts: one per 教研室; 海南区's post created in 2021, filled in 2023
  add({ kind: "mongolian_researcher_post", name: "市教研室蒙授教研员", from: 2020 });
  add({
    kind: "mongolian_researcher_post",
    name: "海勃湾区教研室蒙授教研员",
    district: HAIBOWAN,
    from: 2020,
  });
  add({ kind: "mongolian_researcher_post", name: "乌达区教研室蒙授教研员", district: WUDA, from: 2020 });
  add({ kind: "mongolian_researcher_post", name: "海南区教研室蒙授教研员", district: HAINAN, from: 2021 });
  // B18 kindergarten curriculum-leadership rounds (quantity = kindergartens that took part)
  add({
    kind: "curriculum_leadership_round",
    name: "第一轮幼儿园课程领导力试点提升工程",
    from: 2022,
    quantity: 12,
  });
  add({
    kind: "curriculum_leadership_round",
    name: "第二轮幼儿园课程领导力提升工程",
    from: 2025,
    quantity: 31,
  });
  // B20 model majors: 11 by 2022, 13 by 2024
  for (const [school, from, quantity] of [
    [VOC.college, 2020, 2],
    [VOC.first, 2020, 2],
    [VOC.college, 2021, 2],
    [VOC.second, 2021, 1],
    [VOC.first, 2022, 2],
    [VOC.hainan, 2022, 2],
    [VOC.college, 2024, 2],
  ] as const)
    add({
      kind: "model_vocational_major",
      name: `${school}市级示范专业（${from}年认定）`,
      school,
      level: "city",
      from,
      quantity,
    });
  // B21 brand majors: 4 by 2025 (the plan's "about 5" not yet reached)
  add({
    kind: "brand_vocational_major",
    name: "煤化工技术",
    school: VOC.college,
    level: "region",
    from: 2021,
  });
  add({
    kind: "brand_vocational_major",
    name: "机电一体化技术",
    school: VOC.college,
    level: "region",
    from: 2023,
  });
  add({
    kind: "brand_vocational_major",
    name: "现代物流管理",
    school: VOC.first,
    level: "region",
    from: 2023,
  });
  add({
    kind: "brand_vocational_major",
    name: "葡萄酒酿造与营销",
    school: VOC.college,
    level: "national",
    from: 2025,
  });
  // B22 brand courses: 12 by 2022, 26 by 2025
  for (const [school, from, quantity] of [
    [VOC.college, 2020, 4],
    [VOC.first, 2020, 2],
    [VOC.college, 2021, 3],
    [VOC.second, 2022, 3],
    [VOC.college, 2023, 5],
    [VOC.first, 2024, 4],
    [VOC.hainan, 2025, 2],
    [VOC.college, 2025, 3],
  ] as const)
    add({
      kind: "brand_course",
      name: `${school}品牌专业课程（${from}年）`,
      school,
      level: "city",
      from,
      quantity,
    });
  // B23 high-level pilot majors (2030 ≥ 8): 4 by 2025
  add({
    kind: "high_level_pilot_major",
    name: "高水平专业教学试点（第一批）",
    school: VOC.college,
    level: "region",
    from: 2023,
    quantity: 2,
  });
  add({
    kind: "high_level_pilot_major",
    name: "高水平专业教学试点（第二批）",
    school: VOC.first,
    level: "region",
    from: 2025,
    quantity: 2,
  });
  // B24 vocational groups, B25 brands, B26 bases, B27 co-built schools
  add({ kind: "vocational_group", name: "乌海市现代煤化工职业教育集团", from: 2022 });
  for (const [from, quantity] of [
    [2021, 3],
    [2023, 3],
    [2024, 2],
    [2025, 1],
  ] as const)
    add({
      kind: "school_enterprise_brand",
      name: `校企合作品牌（${from}年认定）`,
      school: VOC.college,
      from,
      quantity,
    });
  for (const [school, from, quantity, to] of [
    [VOC.college, 2020, 2, undefined],
    [VOC.first, 2020, 1, 2023],
    [VOC.college, 2021, 2, undefined],
    [VOC.second, 2022, 2, undefined],
    [VOC.hainan, 2023, 1, undefined],
    [VOC.college, 2024, 2, undefined],
    [VOC.first, 2025, 2, undefined],
  ] as const)
    add({
      kind: "training_base",
      name: `${school}产教融合示范性实训基地（${from}年）`,
      school,
      level: "city",
      from,
      quantity,
      ...(to ? { to, notes: "合作企业停产，2024年起不再认定" } : {}),
    });
  add({
    kind: "cobuilt_vocational_school",
    name: "乌海市第二职业中学（政企共建）",
    school: VOC.second,
    from: 2024,
  });
  // B36 smart benchmark schools: 2 → 6 by 2022 → 15 by 2025, one withdrawn after 2023 (14 count)
  const k12 = schools
    .filter((s) =>
      ["primary", "junior_secondary", "nine_year", "complete_secondary", "senior_secondary"].includes(s.type),
    )
    .filter((s) => !s.teachingPoint)
    .sort((a, b) => size(b) - size(a) || a.code.localeCompare(b.code));
  const benchmarkYears = [
    2020, 2020, 2021, 2021, 2022, 2022, 2023, 2023, 2023, 2024, 2024, 2024, 2025, 2025, 2025,
  ];
  benchmarkYears.forEach((from, i) => {
    const s = k12[i];
    if (!s) return;
    add({
      kind: "smart_benchmark_school",
      name: s.name,
      school: s.name,
      level: "city",
      from,
      ...(i === 3 ? { to: 2023, notes: "2024年复核未通过" } : {}),
    });
  });
  // B31/B32 quality kindergartens: the largest public ones, and some private ones from 2023
  const kgs = schools
    .filter((s) => s.type === "kindergarten")
    .sort((a, b) => size(b) - size(a) || a.code.localeCompare(b.code));
  const publicKgs = kgs.filter((s) => s.ownership === "public");
  const privateKgs = kgs.filter((s) => s.ownership === "private");
  const publicYears = [2020, 2020, 2020, 2020, 2021, 2022, 2022, 2023, 2024, 2024, 2025, 2025];
  publicYears.forEach((from, i) => {
    const s = publicKgs[i];
    if (s)
      add({
        kind: "quality_kindergarten",
        name: s.name,
        school: s.name,
        level: i < 4 ? "region" : "city",
        from,
      });
  });
  [2023, 2024, 2025, 2025].forEach((from, i) => {
    const s = privateKgs[i];
    if (s) add({ kind: "quality_kindergarten", name: s.name, school: s.name, level: "city", from });
  });
  // B38 modernisation pilot zones (2025 = 3): two so far
  add({ kind: "modernisation_pilot_zone", name: "海勃湾区教育现代化试验区", district: HAIBOWAN, from: 2021 });
  add({ kind: "modernisation_pilot_zone", name: "乌达区教育现代化试验区", district: WUDA, from: 2023 });
  return specs;
}

function size(s: CatalogueSchool): number {
  return Object.values(s.size).reduce((n, x) => n + (x ?? 0), 0);
}

/** The register rows, with school and district ids attached. */
export function registerRows(
  schools: readonly CatalogueSchool[],
  districtId: (code: string) => string,
  schoolIdByName: (name: string) => { id: string; districtId: string } | null,
  idOf: () => string,
  cityUser: string | null,
): Insert<typeof schema.registers>[] {
  const rows: Insert<typeof schema.registers>[] = [];
  for (const s of entrySpecs(schools)) {
    const school = s.school ? schoolIdByName(s.school) : null;
    if (s.school && !school) continue; // a school the scaled-down catalogue lacks
    rows.push({
      id: idOf(),
      kind: s.kind,
      name: s.name,
      districtId: school ? school.districtId : s.district ? districtId(s.district) : null,
      schoolId: school ? school.id : null,
      level: s.level ?? null,
      fromYear: s.from,
      toYear: s.to ?? null,
      quantity: s.quantity ?? 1,
      notes: s.notes ?? null,
      createdBy: cityUser,
      updatedBy: cityUser,
    });
  }
  return rows;
}

/**
 * 确认本年度无此类事项 of the demo: for each register kind, each school year from 2020 to `lastYear`
 * in which none of its entries counts, confirmed by the city (register_confirmations), so the
 * demo's count targets read 0 (reported) as the bureau kept them, not 无数据.
 */
export function registerConfirmationRows(
  registers: readonly Insert<typeof schema.registers>[],
  lastYear: number,
  idOf: () => string,
  cityUser: string | null,
): Insert<typeof schema.registerConfirmations>[] {
  const rows: Insert<typeof schema.registerConfirmations>[] = [];
  for (const kind of REGISTER_KINDS)
    for (let y = FIRST_YEAR; y <= lastYear; y++) {
      const kept = registers.some(
        (r) => r.kind === kind && r.fromYear <= y && (r.toYear == null || r.toYear >= y),
      );
      if (!kept) rows.push({ id: idOf(), kind, schoolYear: y, confirmedBy: cityUser });
    }
  return rows;
}

/** The school year whose reporting period has just opened in the demo (2026—2027学年, no data yet). */
export const DEMO_OPEN_YEAR = 2026;

/**
 * The instant the demo data describes: 2026-12-06 10:00 Beijing time (02:00 UTC), in
 * {@link DEMO_OPEN_YEAR} (统计时点 2026-09-01) before its 报送截止日期 (2026-12-31): 2020—2024 已发布,
 * 2025—2026 审核中, 2026—2027 填报中. The demo's publications are made at it, and the test servers
 * pin the API's clock (and the browser tests Chromium's) to it, so the suites see the demo as it
 * was generated whatever the real date.
 */
export const DEMO_NOW = new Date("2026-12-06T02:00:00.000Z");

/** {@link DEMO_NOW}'s date in Beijing time: "2026-12-06". */
export const DEMO_TODAY: string = new Date(DEMO_NOW.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * Reporting periods: open 1 September, deadline 10 October (end of day, Beijing time) — passed for
 * every year with data (2025—2026 审核中 until the city publishes it). The period of 2026—2027 has
 * just opened (统计时点 2026-09-01) with its deadline at the end of 2026 (31 December, Beijing time):
 * 填报中, no reports yet.
 */
export function reportingPeriodRows(cityUser: string | null): Insert<typeof schema.reportingPeriods>[] {
  return [
    ...DEMO_YEARS.map((year) => ({
      schoolYear: year,
      openedAt: new Date(Date.UTC(year, 7, 31, 16, 0, 0)),
      deadline: new Date(Date.UTC(year, 9, 10, 15, 59, 59)),
      updatedBy: cityUser,
    })),
    {
      schoolYear: DEMO_OPEN_YEAR,
      openedAt: new Date(Date.UTC(DEMO_OPEN_YEAR, 7, 31, 16, 0, 0)),
      deadline: new Date(Date.UTC(DEMO_OPEN_YEAR, 11, 31, 15, 59, 59)),
      updatedBy: cityUser,
    },
  ];
}
