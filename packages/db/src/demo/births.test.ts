import { describe, expect, it } from "vitest";
import { BIRTHS } from "./enrolment.ts";
import { generateDemoData } from "./generate.ts";

describe("demo births (出生人口, 学龄人口预测)", () => {
  const { rows } = generateDemoData();
  const cityOf = (year: number) =>
    rows.districtBirths.filter((b) => b.year === year).reduce((n, b) => n + b.births, 0);

  it("every district has 2008—2025, the city's series split by 小学 share", () => {
    expect(rows.districtBirths).toHaveLength(3 * 18);
    for (const d of rows.districts) {
      expect(rows.districtBirths.filter((b) => b.districtId === d.id).map((b) => b.year)).toEqual(
        Array.from({ length: 18 }, (_, i) => 2008 + i),
      );
    }
    // the split rounds each district: the city total is the series within 2
    for (const year of [2008, 2016, 2017, 2022])
      expect(Math.abs(cityOf(year) - (BIRTHS[year] ?? 0))).toBeLessThanOrEqual(2);
    expect(Math.abs(cityOf(2025) - 3400)).toBeLessThanOrEqual(2);
  });

  it("declines every year since 2017", () => {
    for (let y = 2018; y <= 2025; y++) expect(cityOf(y)).toBeLessThan(cityOf(y - 1));
  });

  it("is coherent with the enrolment: 2025 小学一年级 ÷ 2019 births is about 1 in each district", () => {
    const schoolDistrict = new Map(rows.schools.map((s) => [s.id, s.districtId]));
    const reportDistrict = new Map(
      rows.schoolReports
        .filter((r) => r.schoolYear === 2025)
        .map((r) => [r.id, schoolDistrict.get(r.schoolId)]),
    );
    for (const d of rows.districts) {
      const grade1 = rows.schoolReportGrades
        .filter((g) => g.stage === "primary" && g.grade === 1 && reportDistrict.get(g.reportId) === d.id)
        .reduce((n, g) => n + (g.students ?? 0), 0);
      const births = rows.districtBirths.find((b) => b.districtId === d.id && b.year === 2019)?.births ?? 0;
      expect(grade1 / births).toBeGreaterThan(0.85);
      expect(grade1 / births).toBeLessThan(1.15);
    }
  });
});
