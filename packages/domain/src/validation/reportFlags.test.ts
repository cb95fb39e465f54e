import { describe, expect, it } from "vitest";
import { type ReportFigures, relativeChange, reportFlags } from "./reportFlags.ts";

const base: ReportFigures = {
  teachingAuxiliaryArea: 2000,
  indoorSportsArea: 200,
  outdoorSportsArea: 3000,
  equipmentValue: 800000,
  multimediaClassrooms: 10,
  grades: [
    { stage: "primary", grade: 1, students: 200, classes: 5 },
    { stage: "primary", grade: 2, students: 200, classes: 5 },
  ],
};
const noRoster = { teachers: null, previousTeachers: null };

describe("reportFlags", () => {
  it("raises nothing for a school within the standard and steady", () => {
    // 400 pupils: C4 (2000 − 200) / 400 = 4.5 ≥ 4.5; C5 3200 / 400 = 8 ≥ 7.5; C6 2000 ≥ 2000; C7 2.5 ≥ 2.3
    expect(reportFlags({ schoolType: "primary", current: base, previous: base, roster: noRoster })).toEqual(
      [],
    );
  });
  it("flags changes over 30% on last year's figures and roster", () => {
    const current = { ...base, equipmentValue: 1_100_000 };
    const flags = reportFlags({
      schoolType: "primary",
      current,
      previous: base,
      roster: { teachers: 20, previousTeachers: 30 },
    });
    expect(flags).toEqual([
      {
        kind: "year_on_year",
        field: "equipmentValue",
        message: "教学仪器设备资产值比上一学年增加 37.5%（800000 → 1100000 元），超过 30%",
      },
      {
        kind: "year_on_year",
        field: "fullTimeTeachers",
        message: "花名册专任教师数比上一学年减少 33.3%（30 → 20 人），超过 30%",
      },
    ]);
    expect(relativeChange(130, 100)).toBeCloseTo(0.3);
  });
  it("flags 大班额 grades and per-student resources below the 优质均衡 standard", () => {
    const current: ReportFigures = {
      ...base,
      teachingAuxiliaryArea: 1800,
      grades: [
        { stage: "primary", grade: 1, students: 285, classes: 5 },
        { stage: "primary", grade: 2, students: 115, classes: 5 },
      ],
    };
    const flags = reportFlags({ schoolType: "primary", current, previous: null, roster: noRoster });
    expect(flags).toEqual([
      { kind: "class_size", field: "grades", message: "小学一年级平均班额 57 人，达到大班额（56 人及以上）" },
      {
        kind: "below_standard",
        field: "teachingAuxiliaryArea",
        // (1800 − 200) / 400 = 4
        message: "生均教学及辅助用房面积 4 平方米，低于优质均衡标准 4.5 平方米（C4）",
      },
    ]);
  });
  it("weights the standard by stage for a 九年一贯制 school", () => {
    // 200 primary × 2000 + 200 junior × 2500 = 900000 needed; 800000 → 2000/pupil < 2250
    const current: ReportFigures = {
      ...base,
      teachingAuxiliaryArea: 5000,
      outdoorSportsArea: 5000,
      grades: [
        { stage: "primary", grade: 1, students: 200, classes: 5 },
        { stage: "junior_secondary", grade: 7, students: 200, classes: 5 },
      ],
    };
    const flags = reportFlags({ schoolType: "nine_year", current, previous: null, roster: noRoster });
    expect(flags).toEqual([
      {
        kind: "below_standard",
        field: "equipmentValue",
        message: "生均教学仪器设备值 2000 元，低于优质均衡标准 2250 元（C6）",
      },
    ]);
  });
  it("compares the report's teacher count with the roster only when the report states one", () => {
    expect(
      reportFlags({
        schoolType: "kindergarten",
        current: { ...base, grades: [] },
        previous: null,
        roster: { teachers: 12, previousTeachers: null },
      }),
    ).toEqual([]);
    expect(
      reportFlags({
        schoolType: "kindergarten",
        current: { ...base, grades: [], fullTimeTeachers: 14 },
        previous: null,
        roster: { teachers: 12, previousTeachers: null },
      }),
    ).toEqual([
      {
        kind: "roster_mismatch",
        field: "fullTimeTeachers",
        message: "年报填报专任教师 14 人，花名册统计时点（9月1日）在册专任教师 12 人，不一致",
      },
    ]);
  });
});

describe("a kindergarten's class sizes (《幼儿园工作规程》: 小班 25, 中班 30, 大班 35)", () => {
  const kg = (grades: ReportFigures["grades"]): ReportFigures => ({ ...base, grades });
  const flagsOf = (grades: ReportFigures["grades"]) =>
    reportFlags({ schoolType: "kindergarten", current: kg(grades), previous: null, roster: noRoster });
  it("flags a class over its standard, not one at it", () => {
    // 小班 56 in 2 = 28 > 25 → flagged; 中班 60 in 2 = 30 = 30 → not; 大班 72 in 2 = 36 > 35 → flagged
    expect(
      flagsOf([
        { stage: "preschool", grade: 1, students: 56, classes: 2 },
        { stage: "preschool", grade: 2, students: 60, classes: 2 },
        { stage: "preschool", grade: 3, students: 72, classes: 2 },
      ]),
    ).toEqual([
      {
        kind: "class_size",
        field: "grades",
        message: "幼儿园小班平均班额 28 人，超过《幼儿园工作规程》规定的每班 25 人",
      },
      {
        kind: "class_size",
        field: "grades",
        message: "幼儿园大班平均班额 36 人，超过《幼儿园工作规程》规定的每班 35 人",
      },
    ]);
  });
  it("never applies the 中小学 大班额 rule or the 优质均衡 C4–C7 checks", () => {
    // 大班 120 in 2 = 60 a class: one kindergarten flag, no "达到大班额（56 人及以上）"; the
    // resources (C6 800000 ÷ 120 = 6666.67 元, fine anyway) are not checked for a kindergarten
    expect(flagsOf([{ stage: "preschool", grade: 3, students: 120, classes: 2 }])).toEqual([
      {
        kind: "class_size",
        field: "grades",
        message: "幼儿园大班平均班额 60 人，超过《幼儿园工作规程》规定的每班 35 人",
      },
    ]);
    // the same 60 a class in a primary grade is 大班额
    expect(
      reportFlags({
        schoolType: "primary",
        current: {
          ...base,
          equipmentValue: 1_000_000,
          grades: [{ stage: "primary", grade: 1, students: 120, classes: 2 }],
        },
        previous: null,
        roster: noRoster,
      }).map((f) => f.message),
    ).toContain("小学一年级平均班额 60 人，达到大班额（56 人及以上）");
  });
});
