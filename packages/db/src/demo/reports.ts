/**
 * School annual reports (学校年报) of the demo city: facilities sized to each school's 2020
 * enrolment (a few urban schools short of the 优质均衡 standards at first, some extended
 * later), equipment growing every year, innovation labs and wireless coverage spreading, the
 * yes/no items adopted school by school, and physical-health results improving.
 */
import type { SchoolType, Stage } from "@edu2035/domain";
import { type CatalogueSchool, HAINAN } from "./catalogue.ts";
import { DEMO_YEARS, FIRST_YEAR, type GradeFigures, LAST_YEAR } from "./enrolment.ts";
import type { Random } from "./random.ts";

/** Report status in the demo: approved up to 2024; the current year is a mix. */
export type DemoReportStatus = "draft" | "submitted" | "returned" | "approved";

/** One school's report for one school year, before ids are attached. */
export interface DemoReport {
  id: string;
  schoolCode: string;
  schoolYear: number;
  status: DemoReportStatus;
  teachingAuxiliaryArea: number;
  indoorSportsArea: number;
  outdoorSportsArea: number;
  equipmentValue: number;
  multimediaClassrooms: number;
  innovationLabs: number | null;
  wirelessFullCoverage: boolean;
  healthTested: number | null;
  healthPassed: number | null;
  healthGoodOrExcellent: number | null;
  meetsPeHygieneStandard: boolean | null;
  implementsCurriculumStandards: boolean | null;
  hasSportsBrand: boolean | null;
  implementsHealthStandard: boolean | null;
  heldSportsMeeting: boolean | null;
  footballFeatureSchool: boolean | null;
  footballLessonsPerWeek: number | null;
  heldArtsFestival: boolean | null;
  notes: string | null;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  reviewComment: string | null;
  grades: GradeFigures[];
}

/** City pass and good-or-excellent rates (%) of the physical-health tests, 2020..2025 (B11, B12). */
const HEALTH_PASS = [88.6, 90.1, 91.6, 92.9, 94.1, 95.3];
const HEALTH_GOOD = [29.5, 32.5, 36.5, 40.5, 44.5, 49.0];

/** Per-student standards of 优质均衡 C4 (m²), C5 (m²) and C6 (yuan) for a school's main stage. */
function standards(type: SchoolType): { area: number; sports: number; equipment: number } {
  switch (type) {
    case "primary":
      return { area: 4.5, sports: 7.5, equipment: 2000 };
    case "kindergarten":
      return { area: 7, sports: 4, equipment: 800 };
    case "higher_vocational":
      return { area: 14, sports: 6, equipment: 12000 };
    case "secondary_vocational":
      return { area: 9, sports: 8, equipment: 8000 };
    case "special":
      return { area: 25, sports: 12, equipment: 15000 };
    default:
      return { area: 5.8, sports: 10.2, equipment: 2500 };
  }
}

/** The year a school adopts a practice: already in 2020 with `p2020`, else spread over later years, or never. */
function adoptionYear(rng: Random, p2020: number, pNever: number): number {
  const r = rng.next();
  if (r < p2020) return FIRST_YEAR;
  if (r > 1 - pNever) return 9999;
  return rng.int(FIRST_YEAR + 1, LAST_YEAR);
}

const RETURN_COMMENTS = [
  "体质健康测试人数与在校生数相差较大，请核实后重新提交。",
  "教学及辅助用房面积较上年变化异常，请补充说明。",
];

/** Reports of every school for 2020..2025. */
export function buildReports(
  schools: readonly CatalogueSchool[],
  enrolment: Map<string, Map<number, GradeFigures[]>>,
  rng: Random,
): DemoReport[] {
  const reports: DemoReport[] = [];
  // the current year's workflow: most approved, some submitted, a few returned or still draft
  const lastYearStatus = new Map<string, DemoReportStatus>();
  for (const s of schools)
    lastYearStatus.set(s.code, rng.weighted({ approved: 76, submitted: 14, draft: 7, returned: 3 }));

  for (const s of schools) {
    const years = enrolment.get(s.code)!;
    const students2020 = Math.max(1, total(years.get(FIRST_YEAR) ?? []));
    const std = standards(s.type);
    const k12 = s.type !== "kindergarten" && s.type !== "higher_vocational";
    const compulsoryOrSecondary = k12 && s.type !== "special";
    // a few crowded urban schools start below the area standards and get an extension
    const short = s.crowdPeak > 0 || (s.area === "urban" && rng.chance(0.12));
    const areaFactor = short ? rng.range(0.82, 0.98) : rng.range(1.05, 1.7);
    const sportsFactor = short ? rng.range(0.75, 0.97) : rng.range(1.05, 1.9);
    const extensionYear = short ? rng.int(2022, 2024) : rng.chance(0.25) ? rng.int(2021, 2025) : 9999;
    const indoor =
      students2020 >= 600
        ? rng.range(900, 2200)
        : students2020 >= 200
          ? rng.range(300, 900)
          : rng.range(0, 200);
    const baseArea = std.area * areaFactor * students2020 + indoor;
    const baseOutdoor = Math.max(300, std.sports * sportsFactor * students2020 - indoor);
    const equipmentPerStudent = std.equipment * (short ? rng.range(0.85, 1.05) : rng.range(1.0, 1.9));
    const equipmentGrowth = rng.range(0.04, 0.11);
    const wirelessYear = adoptionYear(rng, 0.5, 0.03);
    const labYear = compulsoryOrSecondary ? adoptionYear(rng, 0.35, 0.04) : 9999;
    const flags = {
      peHygiene: adoptionYear(rng, 0.84, 0),
      curriculum: adoptionYear(rng, 0.93, 0),
      sportsBrand: adoptionYear(rng, 0.55, 0.06),
      healthStandard: adoptionYear(rng, 0.9, 0),
      sportsMeeting: adoptionYear(rng, 0.88, 0.01),
      artsFestival: adoptionYear(rng, 0.8, 0.02),
    };
    // 2022 targets: B06, B07, B10 all schools by 2022
    for (const k of ["peHygiene", "curriculum", "healthStandard"] as const)
      flags[k] = Math.min(flags[k], 2022);
    const football =
      (s.type === "primary" || s.type === "junior_secondary" || s.type === "nine_year") &&
      !s.teachingPoint &&
      rng.chance(0.3)
        ? rng.weighted({ "2020": 60, "2021": 20, "2022": 20 })
        : null;
    const footballTwoLessonsYear = rng.int(2020, 2024);
    const healthOffset = rng.normal(0, 1.6) - (s.districtCode === HAINAN ? 1.5 : 0);
    const goodOffset = rng.normal(0, 4.5) - (s.districtCode === HAINAN ? 3.5 : 0);

    for (const year of DEMO_YEARS) {
      const t = year - FIRST_YEAR;
      const grades = years.get(year) ?? [];
      const students = total(grades);
      const classes = grades.reduce((n, g) => n + g.classes, 0);
      const extended = year >= extensionYear ? 1.22 : 1;
      const tested = healthTestedStages(s.type)
        ? Math.max(0, students - Math.round(students * rng.range(0.003, 0.015)))
        : null;
      let passed: number | null = null;
      let good: number | null = null;
      if (tested !== null) {
        const passRate = Math.min(99.5, HEALTH_PASS[t]! + healthOffset + rng.normal(0, 0.6)) / 100;
        const goodRate = Math.max(5, HEALTH_GOOD[t]! + goodOffset + rng.normal(0, 1.5)) / 100;
        passed = Math.round(tested * passRate);
        good = Math.min(passed, Math.round(tested * goodRate));
      }
      const status: DemoReportStatus = year < LAST_YEAR ? "approved" : lastYearStatus.get(s.code)!;
      const submitted =
        status === "draft"
          ? null
          : new Date(Date.UTC(year, 9, rng.int(8, 28), rng.int(1, 9), rng.int(0, 59)));
      const reviewed =
        submitted && (status === "approved" || status === "returned")
          ? new Date(submitted.getTime() + rng.int(1, 12) * 86_400_000 + rng.int(0, 8) * 3_600_000)
          : null;
      const isSchool = compulsoryOrSecondary || s.type === "special";
      reports.push({
        id: rng.uuid(),
        schoolCode: s.code,
        schoolYear: year,
        status,
        teachingAuxiliaryArea: round2(baseArea * extended),
        indoorSportsArea: round2(indoor * (year >= extensionYear && short ? 1.5 : 1)),
        outdoorSportsArea: round2(baseOutdoor * (year >= extensionYear && short ? 1.3 : 1)),
        equipmentValue: round2(equipmentPerStudent * students2020 * (1 + equipmentGrowth) ** t),
        multimediaClassrooms: Math.round(
          classes * (s.type === "kindergarten" ? 0.8 : 1.05) + rng.int(1, 3) + Math.floor(t / 2),
        ),
        innovationLabs: compulsoryOrSecondary
          ? year < labYear
            ? 0
            : 1 + Math.floor((year - labYear) / 2) * (students > 1200 ? 1 : 0)
          : null,
        wirelessFullCoverage: year >= wirelessYear,
        healthTested: tested,
        healthPassed: passed,
        healthGoodOrExcellent: good,
        meetsPeHygieneStandard: isSchool ? year >= flags.peHygiene : null,
        implementsCurriculumStandards: s.type === "higher_vocational" ? null : year >= flags.curriculum,
        hasSportsBrand: isSchool ? year >= flags.sportsBrand : null,
        implementsHealthStandard: isSchool ? year >= flags.healthStandard : null,
        heldSportsMeeting: isSchool ? year >= flags.sportsMeeting : null,
        footballFeatureSchool: compulsoryOrSecondary ? football !== null && year >= Number(football) : null,
        footballLessonsPerWeek:
          football !== null && year >= Number(football) ? (year >= footballTwoLessonsYear ? 2 : 1) : null,
        heldArtsFestival: isSchool ? year >= flags.artsFestival : null,
        notes: null,
        submittedAt: submitted,
        reviewedAt: reviewed,
        reviewComment: status === "returned" ? rng.pick(RETURN_COMMENTS) : null,
        grades,
      });
    }
  }
  return reports;
}

function healthTestedStages(type: SchoolType): boolean {
  return type !== "kindergarten" && type !== "special";
}

function total(grades: readonly GradeFigures[]): number {
  return grades.reduce((n, g) => n + g.students, 0);
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Pupils of a stage in a list of grades. */
export function studentsOf(grades: readonly GradeFigures[], stages: readonly Stage[]): number {
  return grades.filter((g) => stages.includes(g.stage)).reduce((n, g) => n + g.students, 0);
}
