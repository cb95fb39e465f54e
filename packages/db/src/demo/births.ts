/**
 * The demo's births by district (出生人口, district_births) for 2008—2025, the entry of the
 * 学龄人口预测 (issue 13). Synthetic and coherent with the demo's enrolment: the city's births are
 * the series enrolment.ts builds its grades from (BIRTHS: a 2016—17 bump, then a fall), extended
 * to 2025 on the same decline, split over the districts by each one's share of the city's 小学
 * pupils in the latest demo year, so a district's 小学一年级 ÷ births six years before stays near 1.
 * The demo city (scale 1) has about 5,000—6,000 births a year; these follow the enrolment model
 * rather than Wuhai's published figures.
 */
import type * as schema from "../schema/index.ts";
import type { CatalogueSchool, DistrictCode } from "./catalogue.ts";
import { BIRTHS, type GradeFigures, LAST_YEAR } from "./enrolment.ts";
import type { Random } from "./random.ts";

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];

/** First and last calendar year of demo births. */
export const DEMO_BIRTH_YEARS = { from: 2008, to: 2025 } as const;

/** 2023—2025, after enrolment.ts's series ends (2022 3,850), falling about 4% a year. */
const LATER_BIRTHS: Record<number, number> = { 2023: 3700, 2024: 3550, 2025: 3400 };

/** Births of every district and year, the city's series split by 小学 share. */
export function districtBirthRows(
  catalogue: readonly CatalogueSchool[],
  gradesOf: (s: CatalogueSchool, year: number) => readonly GradeFigures[],
  districtIdOf: (code: DistrictCode) => string,
  scale: number,
  rng: Random,
  updatedBy: (districtId: string) => string | null,
): Insert<typeof schema.districtBirths>[] {
  const primaryOf = (s: CatalogueSchool) =>
    gradesOf(s, LAST_YEAR)
      .filter((g) => g.stage === "primary")
      .reduce((n, g) => n + g.students, 0);
  const byDistrict = new Map<DistrictCode, number>();
  for (const s of catalogue)
    byDistrict.set(s.districtCode, (byDistrict.get(s.districtCode) ?? 0) + primaryOf(s));
  const total = [...byDistrict.values()].reduce((a, b) => a + b, 0);
  const rows: Insert<typeof schema.districtBirths>[] = [];
  for (const [code, pupils] of [...byDistrict.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const districtId = districtIdOf(code);
    for (let year = DEMO_BIRTH_YEARS.from; year <= DEMO_BIRTH_YEARS.to; year++) {
      const city = BIRTHS[year] ?? LATER_BIRTHS[year] ?? 0;
      rows.push({
        id: rng.uuid(),
        districtId,
        year,
        births: Math.round(((city * pupils) / Math.max(1, total)) * scale),
        updatedBy: updatedBy(districtId),
      });
    }
  }
  return rows;
}
