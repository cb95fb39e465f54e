/**
 * The cohort model on a 3-year toy history, worked out by hand.
 *
 * 小学 (primary) grades 1–2, school years 2023–2025; births 2017–2021:
 *   year  p1   p2   births(Y−6)
 *   2023  100   90  2017: 125 → 100/125 = 0.80
 *   2024  108   98  2018: 120 → 108/120 = 0.90
 *   2025  102  108  2019: 120 → 102/120 = 0.85
 *   entry rate = (0.80 + 0.90 + 0.85) / 3 = 0.85 (years 2023, 2024, 2025)
 *   p1 → p2: 98/100 = 0.98 (2024), 108/108 = 1.00 (2025) → 0.99
 *   births 2020 = 140, 2021 = 100 (latest known; held from 2022 on by default)
 * Projection:
 *   2026 p1 = 140 × 0.85 = 119; p2 = 102 × 0.99 = 100.98 → 101
 *   2027 p1 = 100 × 0.85 = 85;  p2 = 119 × 0.99 = 117.81 → 118; p3 = 101 × 0 (三年级 empty in the history)
 *   2028 p1 = 100 (held) × 0.85 = 85
 * Scenario −20%/年: births 2022 = 80, 2023 = 64 → p1 2028 = 68, 2029 = 54.4 → 54.
 * Override p1→p2 = 1: p2 2026 = 102.
 */
import { describe, expect, it } from "vitest";
import { type EnrolmentRecord, projectCohorts, stagePupils, yearRanges } from "./cohort.ts";

const rec = (schoolYear: number, grade: number, students: number, classes = 2): EnrolmentRecord => ({
  schoolYear,
  stage: "primary",
  grade,
  students,
  classes,
});
const HISTORY = [
  rec(2023, 1, 100),
  rec(2023, 2, 90),
  rec(2024, 1, 108),
  rec(2024, 2, 98),
  rec(2025, 1, 102),
  rec(2025, 2, 108),
];
const BIRTHS = [
  { year: 2017, births: 125 },
  { year: 2018, births: 120 },
  { year: 2019, births: 120 },
  { year: 2020, births: 140 },
  { year: 2021, births: 100 },
];
const year = (p: ReturnType<typeof projectCohorts>, y: number) => {
  const found = p.years.find((x) => x.schoolYear === y);
  if (!found) throw new Error(`no ${y}`);
  return found;
};

describe("cohort-survival projection", () => {
  it("estimates the rates from the history, with the years used", () => {
    const p = projectCohorts({ history: HISTORY, births: BIRTHS });
    expect(p.baseYear).toBe(2025);
    expect(p.historyYears).toEqual([2023, 2024, 2025]);
    const entry = p.rates.find((r) => r.key === "births-6>primary:1");
    expect(entry?.rate).toBeCloseTo(0.85, 12);
    expect(entry?.yearsUsed).toEqual([2023, 2024, 2025]);
    const p12 = p.rates.find((r) => r.key === "primary:1>primary:2");
    expect(p12?.rate).toBeCloseTo(0.99, 12);
    expect(p12?.yearsUsed).toEqual([2024, 2025]);
    // 三年级 was empty in the history: estimated 0 (90 → 0, 98 → 0)
    expect(p.rates.find((r) => r.key === "primary:2>primary:3")).toMatchObject({
      rate: 0,
      estimated: 0,
      yearsUsed: [2024, 2025],
    });
    // no pupils in 三年级 ever: no pair, rate 0 by default
    const p34 = p.rates.find((r) => r.key === "primary:3>primary:4");
    expect(p34).toMatchObject({ rate: 0, estimated: null, defaulted: true, yearsUsed: [] });
  });

  it("carries cohorts forward to 2035, whole pupils each year", () => {
    const p = projectCohorts({ history: HISTORY, births: BIRTHS });
    expect(p.years.map((y) => y.schoolYear)).toEqual([
      2023,
      2024,
      2025,
      ...Array.from({ length: 10 }, (_, i) => 2026 + i),
    ]);
    expect(year(p, 2025).projected).toBe(false);
    expect(year(p, 2026)).toMatchObject({ projected: true, pupils: { "primary:1": 119, "primary:2": 101 } });
    expect(year(p, 2027).pupils).toMatchObject({ "primary:1": 85, "primary:2": 118, "primary:3": 0 });
    expect(year(p, 2028).pupils["primary:1"]).toBe(85);
    expect(stagePupils(year(p, 2027), "primary")).toBe(203);
    expect(p.births.find((b) => b.year === 2022)).toEqual({ year: 2022, births: 100, projected: true });
    expect(p.births.find((b) => b.year === 2021)).toEqual({ year: 2021, births: 100, projected: false });
  });

  it("a birth trend and a rate override change the result as worked by hand", () => {
    const p = projectCohorts({
      history: HISTORY,
      births: BIRTHS,
      assumptions: { birthTrendPercent: -20, transitionRates: { "primary:1>primary:2": 1 } },
    });
    expect(p.births.find((b) => b.year === 2022)?.births).toBe(80);
    expect(p.births.find((b) => b.year === 2023)?.births).toBe(64);
    expect(year(p, 2028).pupils["primary:1"]).toBe(68);
    expect(year(p, 2029).pupils["primary:1"]).toBe(54);
    expect(year(p, 2026).pupils["primary:2"]).toBe(102);
    const p12 = p.rates.find((r) => r.key === "primary:1>primary:2");
    expect(p12).toMatchObject({ rate: 1, overridden: true });
    expect(p12?.estimated).toBeCloseTo(0.99, 12);
  });

  it("初三 → 高一 and 中职 by their rates, or by a 初中毕业生升学率", () => {
    // 2024: 初二 180, 初三 200; 2025: 初二 160, 初三 171, 高一 120, 中职一 50
    // rates: 初二→初三 171/180 = 0.95, 初三→高一 120/200 = 0.6, 初三→中职 50/200 = 0.25
    const h: EnrolmentRecord[] = [
      { schoolYear: 2024, stage: "junior_secondary", grade: 8, students: 180, classes: 4 },
      { schoolYear: 2024, stage: "junior_secondary", grade: 9, students: 200, classes: 4 },
      { schoolYear: 2025, stage: "junior_secondary", grade: 8, students: 160, classes: 4 },
      { schoolYear: 2025, stage: "junior_secondary", grade: 9, students: 171, classes: 4 },
      { schoolYear: 2025, stage: "senior_secondary", grade: 10, students: 120, classes: 3 },
      { schoolYear: 2025, stage: "secondary_vocational", grade: 1, students: 50, classes: 1 },
    ];
    const base = projectCohorts({ history: h, births: [], endYear: 2026 });
    // 2026: 高一 171 × 0.6 = 102.6 → 103; 中职一 171 × 0.25 = 42.75 → 43; 初三 160 × 0.95 = 152
    expect(year(base, 2026).pupils).toMatchObject({
      "senior_secondary:10": 103,
      "secondary_vocational:1": 43,
      "junior_secondary:9": 152,
    });
    // 毛入学率 90%: 171 × 0.9 = 153.9 → 154, 普高 154 × 0.6/0.85 = 108.7 → 109, 中职 45
    const ger = projectCohorts({
      history: h,
      births: [],
      endYear: 2026,
      assumptions: { seniorGrossEnrolmentRate: 90 },
    });
    expect(year(ger, 2026).pupils).toMatchObject({
      "senior_secondary:10": 109,
      "secondary_vocational:1": 45,
    });
    expect(
      ger.notes.some((n) =>
        n.includes("初中毕业生升学率按90%：高一与中职一年级合计 = 上一年初三人数 × 90%，"),
      ),
    ).toBe(true);
  });

  it("without births the entry grade is held and the notes say so", () => {
    const p = projectCohorts({ history: HISTORY, births: [], endYear: 2027 });
    expect(year(p, 2027).pupils["primary:1"]).toBe(102);
    expect(p.notes[0]).toBe("未录入出生人口：入学年级按基准年人数保持不变。");
  });

  it("a missing birth year is named, its entry grade held and marked 暂定 with what follows from it", () => {
    // births 2017–2019 and 2021 (2020 deleted):
    //   2026 p1 ← births 2020 missing → held at 2025's 102 (暂定); p2 = 102 × 0.99 = 100.98 → 101
    //   2027 p1 = 100 × 0.85 = 85; p2 = 102 (the held 2026 p1) × 0.99 = 100.98 → 101 (暂定, carried);
    //        p3 = 101 × 0 = 0 (rate 0: nothing carried)
    //   2028 p1 = 2022 (2021 held, the stated trend) 100 × 0.85 = 85; nothing 暂定
    const p = projectCohorts({ history: HISTORY, births: BIRTHS.filter((b) => b.year !== 2020) });
    expect(year(p, 2026)).toMatchObject({
      pupils: { "primary:1": 102, "primary:2": 101 },
      provisional: ["primary:1"],
    });
    expect(year(p, 2027)).toMatchObject({
      pupils: { "primary:1": 85, "primary:2": 101, "primary:3": 0 },
      provisional: ["primary:2"],
    });
    expect(year(p, 2028).provisional).toEqual([]);
    expect(year(p, 2025).provisional).toEqual([]);
    expect(p.missingBirthYears).toEqual([2020]);
    expect(p.notes[0]).toBe("出生人口：2017—2019、2021年为录入数；2022年起按2021年保持不变推算。");
    expect(p.notes).toContain(
      "缺2020年出生人口（未录入）：2026—2027学年小学一年级按上一学年人数保持不变，该数字及由其推算的后续年级为暂定。",
    );
    // complete births: nothing missing
    expect(projectCohorts({ history: HISTORY, births: BIRTHS }).missingBirthYears).toEqual([]);
  });

  it("years entered as runs", () => {
    const ys = [...Array.from({ length: 12 }, (_, i) => 2008 + i), 2021, 2022, 2023, 2024, 2025];
    expect(yearRanges(ys)).toBe("2008—2019、2021—2025");
    expect(yearRanges([2021])).toBe("2021");
    expect(yearRanges([])).toBe("");
  });
});
