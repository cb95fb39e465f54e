/**
 * Enrolment of the demo city: cohort sizes from births, spread over the schools of each stage
 * by their size and trend, then cut into classes. Kindergarten cohorts shrink after 2017 as
 * births fell; class sizes above 55 (大班额) exist in 2020 and disappear by 2024.
 */
import { GRADES_OF_STAGE, STAGES_OF_SCHOOL_TYPE, type Stage } from "@edu2035/domain";
import type { CatalogueSchool } from "./catalogue.ts";
import type { Random } from "./random.ts";

/** School years the demo covers (start years). */
export const DEMO_YEARS = [2020, 2021, 2022, 2023, 2024, 2025] as const;
export const FIRST_YEAR = 2020;
export const LAST_YEAR = 2025;

/** Children born in Wuhai per year (synthetic, shaped like the city's: a 2016–17 bump, then a fall). */
export const BIRTHS: Record<number, number> = {
  1999: 6350,
  2000: 6300,
  2001: 6200,
  2002: 6150,
  2003: 6100,
  2004: 6000,
  2005: 5900,
  2006: 5850,
  2007: 5800,
  2008: 5750,
  2009: 5700,
  2010: 5650,
  2011: 5700,
  2012: 5800,
  2013: 5750,
  2014: 5900,
  2015: 5600,
  2016: 6150,
  2017: 6050,
  2018: 5450,
  2019: 5050,
  2020: 4500,
  2021: 4150,
  2022: 3850,
};

/** Age at 1 September of a grade: 小班 3, 一年级 6, 初一 12, 高一 15; 中职/高职 grade 1 at 15/18. */
function ageOfGrade(stage: Stage, grade: number): number {
  switch (stage) {
    case "preschool":
      return 2 + grade;
    case "secondary_vocational":
      return 14 + grade;
    case "higher_vocational":
      return 17 + grade;
    default:
      return 5 + grade;
  }
}

/** Share of an age cohort enrolled in a stage (participation), by school year. */
function participation(stage: Stage, year: number): number {
  const t = year - FIRST_YEAR;
  switch (stage) {
    case "preschool":
      return 0.985 + 0.002 * t;
    case "primary":
      return 1.0;
    case "junior_secondary":
      return 0.99;
    case "senior_secondary":
      return 0.61 + 0.004 * t;
    case "secondary_vocational":
      return 0.33 + 0.002 * t;
    default:
      return 0;
  }
}

/** City-wide pupils of one grade of a stage in a school year (before splitting over schools). */
export function cityGradeTotal(stage: Stage, grade: number, year: number, scale: number): number {
  if (stage === "higher_vocational") return Math.round(4060 * (1 + 0.022 * (year - FIRST_YEAR)) * scale);
  const births = BIRTHS[year - ageOfGrade(stage, grade)] ?? 5800;
  return Math.round(births * participation(stage, year) * scale);
}

/** One grade of a school's annual report. */
export interface GradeFigures {
  stage: Stage;
  grade: number;
  students: number;
  classes: number;
  largeClasses: number;
  oversizedClasses: number;
  disabledStudents: number;
}

/** Standard class size per stage and grade (kindergarten 小班 25, 中班 30, 大班 35). */
function standardClassSize(stage: Stage, grade: number): number {
  switch (stage) {
    case "preschool":
      return [25, 30, 35][grade - 1] ?? 30;
    case "primary":
      return 45;
    case "junior_secondary":
    case "senior_secondary":
      return 50;
    case "secondary_vocational":
      return 45;
    case "higher_vocational":
      return 50;
    default:
      return 10;
  }
}

/** Split pupils into the fewest classes of at most `maxSize`, and count the 大班额/超大班额 among them. */
export function classesOf(
  students: number,
  maxSize: number,
): { classes: number; large: number; oversized: number } {
  if (students <= 0) return { classes: 0, large: 0, oversized: 0 };
  const classes = Math.ceil(students / maxSize);
  const base = Math.floor(students / classes);
  const bigger = students % classes;
  let large = 0;
  let oversized = 0;
  for (const [size, count] of [
    [base + 1, bigger],
    [base, classes - bigger],
  ] as const) {
    if (size >= 66) oversized += count;
    else if (size >= 56) large += count;
  }
  return { classes, large, oversized };
}

/**
 * Every school's grades in every demo year, keyed by school code then year.
 * Pupils of a stage are the city cohort split by each school's size × (1 + trend)^t, ±4 %.
 */
export function buildEnrolment(
  schools: readonly CatalogueSchool[],
  scale: number,
  rng: Random,
): Map<string, Map<number, GradeFigures[]>> {
  const out = new Map<string, Map<number, GradeFigures[]>>();
  for (const s of schools) out.set(s.code, new Map());
  for (const year of DEMO_YEARS) {
    const t = year - FIRST_YEAR;
    const weightOf = (s: CatalogueSchool, stage: Stage) => (s.size[stage] ?? 0) * (1 + s.trend) ** t;
    const totals = new Map<Stage, number>();
    for (const s of schools)
      for (const stage of STAGES_OF_SCHOOL_TYPE[s.type])
        totals.set(stage, (totals.get(stage) ?? 0) + weightOf(s, stage));
    for (const s of schools) {
      const grades: GradeFigures[] = [];
      for (const stage of STAGES_OF_SCHOOL_TYPE[s.type]) {
        for (const grade of GRADES_OF_STAGE[stage]) {
          const noise = rng.range(0.96, 1.04);
          let students: number;
          if (stage === "special")
            students = Math.round((s.size.special ?? 0) * Math.max(scale, 0.3) * noise);
          else
            students = Math.round(
              (cityGradeTotal(stage, grade, year, scale) * weightOf(s, stage) * noise) /
                (totals.get(stage) || 1),
            );
          const crowdable =
            stage === "primary" || stage === "junior_secondary" || stage === "senior_secondary";
          const peak = Math.round(s.crowdPeak - 3.6 * t);
          const standard = s.teachingPoint ? 30 : standardClassSize(stage, grade);
          // a crowded grade packs its pupils into classes of about `peak`, the rest into classes of at most the standard
          const c =
            crowdable && peak > standard && rng.chance(0.4)
              ? classesOf(students, students / Math.max(1, Math.round(students / peak)))
              : classesOf(students, standard);
          const compulsory = stage === "primary" || stage === "junior_secondary";
          const disabled = compulsory
            ? Math.min(students, Math.round(students * 0.003 * rng.range(0, 2)))
            : 0;
          grades.push({
            stage,
            grade,
            students,
            classes: c.classes,
            largeClasses: c.large,
            oversizedClasses: c.oversized,
            disabledStudents: disabled,
          });
        }
      }
      out.get(s.code)!.set(year, grades);
    }
  }
  return out;
}
