import { describe, expect, it } from "vitest";
import {
  checkReport,
  type ReportInput,
  reportCompletenessIssues,
  reportIssues,
  schoolTypeReports,
} from "./report.ts";

/** A complete, consistent primary-school report: 2 grades, 300 pupils, 8 classes. */
const good: ReportInput = {
  staffTotal: 31,
  fullTimeTeachers: 24,
  teachingAuxiliaryArea: 2400,
  indoorSportsArea: 400,
  outdoorSportsArea: 3000,
  equipmentValue: 700000.5,
  multimediaClassrooms: 8,
  innovationLabs: 1,
  wirelessFullCoverage: true,
  healthTested: 300,
  healthPassed: 280,
  healthGoodOrExcellent: 100,
  meetsPeHygieneStandard: true,
  implementsCurriculumStandards: true,
  hasSportsBrand: false,
  implementsHealthStandard: true,
  heldSportsMeeting: true,
  footballFeatureSchool: true,
  footballLessonsPerWeek: 2,
  heldArtsFestival: true,
  notes: "  无  ",
  grades: [
    {
      stage: "primary",
      grade: 1,
      students: 140,
      classes: 4,
      largeClasses: 0,
      oversizedClasses: 0,
      disabledStudents: 1,
    },
    {
      stage: "primary",
      grade: 2,
      students: 160,
      classes: 4,
      largeClasses: 0,
      oversizedClasses: 0,
      disabledStudents: 0,
    },
  ],
};
const primary = { schoolType: "primary" as const };
const fields = (issues: { field: string }[]) => issues.map((i) => i.field);

describe("reportIssues", () => {
  it("accepts a consistent report and trims the notes", () => {
    expect(reportIssues(good, primary)).toEqual([]);
    const c = checkReport(good, primary);
    expect(c.ok && c.value.notes).toBe("无");
  });
  it("refuses a grade outside 1–12 (no '-1年级'), even in a draft", () => {
    for (const grade of [-1, 0, 13]) {
      const issues = reportIssues({ grades: [{ ...good.grades[0]!, grade }] }, primary);
      expect(issues[0]).toEqual({ field: "grades.0.grade", message: "年级应为 1 至 12 之间的整数" });
    }
  });
  it("accepts an empty draft", () => {
    expect(reportIssues({ grades: [] }, primary)).toEqual([]);
    expect(reportIssues({}, primary)).toEqual([]);
  });
  it("names every field of a bad report at once, in Chinese", () => {
    const issues = reportIssues(
      {
        ...good,
        teachingAuxiliaryArea: -5,
        equipmentValue: 12.345,
        multimediaClassrooms: 2.5,
        healthTested: 100,
        healthPassed: 120,
        healthGoodOrExcellent: 130,
        wirelessFullCoverage: "yes",
        grades: [
          // 2 classes but 3 large ones; 3 × 56 > 100 students; disabled > students
          {
            stage: "primary",
            grade: 1,
            students: 100,
            classes: 2,
            largeClasses: 3,
            oversizedClasses: 0,
            disabledStudents: 101,
          },
          // a kindergarten stage in a primary school
          {
            stage: "preschool",
            grade: 1,
            students: 20,
            classes: 1,
            largeClasses: 0,
            oversizedClasses: 0,
            disabledStudents: 0,
          },
          // no grade 8 in primary
          {
            stage: "primary",
            grade: 8,
            students: 20,
            classes: 1,
            largeClasses: 0,
            oversizedClasses: 0,
            disabledStudents: 0,
          },
          // grade 1 again
          {
            stage: "primary",
            grade: 1,
            students: 20,
            classes: 1,
            largeClasses: 0,
            oversizedClasses: 0,
            disabledStudents: 0,
          },
        ],
      },
      primary,
    );
    expect(fields(issues)).toEqual([
      "teachingAuxiliaryArea",
      "equipmentValue",
      "multimediaClassrooms",
      "wirelessFullCoverage",
      "healthPassed",
      "healthGoodOrExcellent",
      "grades.0.largeClasses",
      "grades.0.students",
      "grades.0.disabledStudents",
      "grades.1.stage",
      "grades.2.grade",
      "grades.3.grade",
    ]);
    const msg = Object.fromEntries(issues.map((i) => [i.field, i.message]));
    expect(msg.teachingAuxiliaryArea).toBe("教学及辅助用房面积不能为负数");
    expect(msg.equipmentValue).toBe("教学仪器设备资产值最多保留两位小数");
    expect(msg.healthPassed).toBe("体质健康测试合格及以上人数（120）不能超过体质健康测试参加人数（100）");
    expect(msg.healthGoodOrExcellent).toBe(
      "体质健康测试良好及优秀人数（130）不能超过体质健康测试合格及以上人数（120）",
    );
    expect(msg["grades.0.largeClasses"]).toBe(
      "小学一年级：大班额与超大班额班级数之和（3）不能超过班级数（2）",
    );
    // 3 × 56 = 168 > 100
    expect(msg["grades.0.students"]).toContain("至少有 168 名学生");
    expect(msg["grades.1.stage"]).toBe("第 2 行：小学不设学前教育学段（可填：小学）");
    expect(msg["grades.2.grade"]).toContain("小学没有第 8 年级");
    expect(msg["grades.3.grade"]).toBe("小学一年级重复填报");
  });
  it("checks class-size bands against enrolment", () => {
    const g = (students: number, classes: number, large: number, over: number) => ({
      grades: [
        {
          stage: "primary",
          grade: 3,
          students,
          classes,
          largeClasses: large,
          oversizedClasses: over,
          disabledStudents: 0,
        },
      ],
    });
    // 4 classes of at most 55 hold 220: 230 pupils need a 大班额 class
    expect(fields(reportIssues(g(230, 4, 0, 0), primary))).toEqual(["grades.0.largeClasses"]);
    // with one 大班额 class: 3 × 55 + 65 = 230 → fine
    expect(reportIssues(g(230, 4, 1, 0), primary)).toEqual([]);
    // one 超大班额 class needs 66 pupils
    expect(fields(reportIssues(g(60, 1, 0, 1), primary))).toEqual(["grades.0.students"]);
    expect(reportIssues(g(70, 1, 0, 1), primary)).toEqual([]);
    // pupils but no class; more classes than pupils
    expect(fields(reportIssues(g(30, 0, 0, 0), primary))).toEqual(["grades.0.classes"]);
    expect(fields(reportIssues(g(3, 5, 0, 0), primary))).toEqual(["grades.0.classes"]);
  });
  it("keeps tested within enrolment and indoor sports area within the teaching area", () => {
    const issues = reportIssues(
      { ...good, healthTested: 301, healthPassed: 280, indoorSportsArea: 2500 },
      primary,
    );
    expect(issues).toEqual([
      {
        field: "indoorSportsArea",
        message: "室内体育用房面积（2500）不能超过教学及辅助用房面积（2400），后者包含前者",
      },
      { field: "healthTested", message: "体质健康测试参加人数（301）不能超过在校生总数（300）" },
    ]);
  });
  it("keeps full-time teachers within staff when stated", () => {
    expect(fields(reportIssues({ staffTotal: 10, fullTimeTeachers: 11 }, primary))).toEqual([
      "fullTimeTeachers",
    ]);
  });
  it("allows both stages of a 九年一贯制 school", () => {
    const r = {
      grades: [
        {
          stage: "primary",
          grade: 6,
          students: 40,
          classes: 1,
          largeClasses: 0,
          oversizedClasses: 0,
          disabledStudents: 0,
        },
        {
          stage: "junior_secondary",
          grade: 7,
          students: 40,
          classes: 1,
          largeClasses: 0,
          oversizedClasses: 0,
          disabledStudents: 0,
        },
      ],
    };
    expect(reportIssues(r, { schoolType: "nine_year" })).toEqual([]);
    expect(fields(reportIssues(r, primary))).toEqual(["grades.1.stage"]);
  });
});

describe("staff counts", () => {
  it("refuses more full-time teachers than staff, naming both figures", () => {
    expect(reportIssues({ ...good, staffTotal: 20, fullTimeTeachers: 24 }, primary)).toEqual([
      { field: "fullTimeTeachers", message: "专任教师数（24）不能超过教职工数（20）" },
    ]);
  });
  it("asks for both counts on submission", () => {
    expect(reportCompletenessIssues({ ...good, staffTotal: null }, primary)).toEqual([
      { field: "staffTotal", message: "请填写教职工数" },
    ]);
  });
});

describe("reportCompletenessIssues", () => {
  it("passes a complete 中小学 report", () => {
    expect(reportCompletenessIssues(good, primary)).toEqual([]);
  });
  it("names every missing section of a 中小学 report", () => {
    const empty = checkReport({}, primary);
    if (!empty.ok) throw new Error("an empty draft is valid");
    expect(fields(reportCompletenessIssues(empty.value, primary))).toEqual([
      "grades",
      "staffTotal",
      "fullTimeTeachers",
      "teachingAuxiliaryArea",
      "indoorSportsArea",
      "outdoorSportsArea",
      "equipmentValue",
      "multimediaClassrooms",
      "wirelessFullCoverage",
      "innovationLabs",
      "healthTested",
      "healthPassed",
      "healthGoodOrExcellent",
      "meetsPeHygieneStandard",
      "implementsCurriculumStandards",
      "hasSportsBrand",
      "implementsHealthStandard",
      "heldSportsMeeting",
      "footballFeatureSchool",
      "heldArtsFestival",
    ]);
    expect(reportCompletenessIssues({ ...good, footballLessonsPerWeek: null }, primary)).toEqual([
      { field: "footballLessonsPerWeek", message: "请填写每周足球课节数" },
    ]);
  });
  it("asks a kindergarten only for enrolment, buildings and equipment", () => {
    const k: ReportInput = {
      ...good,
      innovationLabs: null,
      healthTested: null,
      healthPassed: null,
      healthGoodOrExcellent: null,
      meetsPeHygieneStandard: null,
      footballFeatureSchool: null,
      grades: [
        {
          stage: "preschool",
          grade: 1,
          students: 60,
          classes: 2,
          largeClasses: 0,
          oversizedClasses: 0,
          disabledStudents: 0,
        },
      ],
    };
    expect(reportCompletenessIssues(k, { schoolType: "kindergarten" })).toEqual([]);
  });
});

describe("a kindergarten's own rules (幼儿园工作规程, not the 中小学 大班额 bands)", () => {
  const kindergarten = { schoolType: "kindergarten" as const };
  const row = (grade: number, students: number, classes: number, large = 0, oversized = 0) => ({
    stage: "preschool" as const,
    grade,
    students,
    classes,
    largeClasses: large,
    oversizedClasses: oversized,
    disabledStudents: 0,
  });
  /** No 体质健康, no 中小学 B-items: 小班 50 in 2, 中班 60 in 2, 大班 70 in 2 (25/30/35 a class). */
  const k: ReportInput = {
    ...good,
    innovationLabs: null,
    healthTested: null,
    healthPassed: null,
    healthGoodOrExcellent: null,
    meetsPeHygieneStandard: null,
    implementsCurriculumStandards: null,
    hasSportsBrand: null,
    implementsHealthStandard: null,
    heldSportsMeeting: null,
    footballFeatureSchool: null,
    footballLessonsPerWeek: null,
    heldArtsFestival: null,
    grades: [row(1, 50, 2), row(2, 60, 2), row(3, 70, 2)],
  };
  it("accepts it and submits it without 体质健康 or the 中小学 B-items", () => {
    expect(reportIssues(k, kindergarten)).toEqual([]);
    expect(reportCompletenessIssues(k, kindergarten)).toEqual([]);
  });
  it("does not refuse a crowded class by the 中小学 bands (it is flagged for review instead)", () => {
    // 中班 120 in 2 classes: 60 a class. A 中小学 grade would be refused (2 × 55 = 110 < 120
    // with no 大班额 class reported); a kindergarten's class size is judged by reportFlags
    expect(reportIssues({ ...k, grades: [row(2, 120, 2)] }, kindergarten)).toEqual([]);
    expect(
      fields(
        reportIssues(
          {
            ...good,
            healthTested: null,
            healthPassed: null,
            healthGoodOrExcellent: null,
            grades: [{ ...row(2, 120, 2), stage: "primary" }],
          },
          primary,
        ),
      ),
    ).toEqual(["grades.0.largeClasses"]);
  });
  it("refuses 大班额/超大班额 counts, which kindergartens do not report", () => {
    expect(reportIssues({ ...k, grades: [row(3, 70, 2, 1, 1)] }, kindergarten)).toEqual([
      {
        field: "grades.0.largeClasses",
        message:
          "学前教育大班：幼儿园不填报大班额（56—65人）班级数（应为 0），班额按《幼儿园工作规程》核对：小班 25 人、中班 30 人、大班 35 人、混合班 30 人",
      },
      {
        field: "grades.0.oversizedClasses",
        message:
          "学前教育大班：幼儿园不填报超大班额（66人及以上）班级数（应为 0），班额按《幼儿园工作规程》核对：小班 25 人、中班 30 人、大班 35 人、混合班 30 人",
      },
    ]);
    expect(reportIssues({ ...k, grades: [row(1, 20, 0)] }, kindergarten)).toEqual([
      { field: "grades.0.classes", message: "学前教育小班：有在园幼儿（20人）时班级数不能为 0" },
    ]);
  });
  it("refuses 体质健康测试 counts, which kindergartens do not report (0 or empty is accepted)", () => {
    // 大班 70 children: 60 tested, 50 passed, 20 good — figures a 中小学 would be allowed
    const issues = reportIssues(
      { ...k, healthTested: 60, healthPassed: 50, healthGoodOrExcellent: 20 },
      kindergarten,
    );
    expect(fields(issues)).toEqual(["healthTested", "healthPassed", "healthGoodOrExcellent"]);
    expect(issues[0]!.message).toBe(
      "幼儿园不填报体质健康测试人数（体质健康测试参加人数应留空）：《国家学生体质健康标准》适用于小学及以上学生",
    );
    expect(
      reportIssues({ ...k, healthTested: 0, healthPassed: 0, healthGoodOrExcellent: 0 }, kindergarten),
    ).toEqual([]);
    expect(schoolTypeReports("kindergarten", "healthTested")).toBe(false);
    expect(schoolTypeReports("kindergarten", "largeClasses")).toBe(false);
    expect(schoolTypeReports("kindergarten", "students")).toBe(true);
    expect(schoolTypeReports("primary", "healthTested")).toBe(true);
    expect(schoolTypeReports("secondary_vocational", "healthTested")).toBe(true);
  });
});
