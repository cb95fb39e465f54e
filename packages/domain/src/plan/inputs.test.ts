import { describe, expect, it } from "vitest";
import {
  checkCityInputs,
  checkDistrictInputs,
  checkRegisterEntry,
  cityInputsIssues,
  districtInputsIssues,
  registerEntryIssues,
} from "./inputs.ts";

const SCHOOL = "00000000-0000-4000-8000-000000000001";

describe("city inputs: every issue", () => {
  it("names each bad field", () => {
    expect(
      cityInputsIssues({ schoolYear: 1999, communityEducationRate: 120, gdp: -1, teacherAveragePay: 1.5 }),
    ).toEqual([
      { field: "schoolYear", message: "学年须在2000—2100之间" },
      { field: "communityEducationRate", message: "城市居民有组织参与社区教育比例（%）须在0—100之间" },
      { field: "gdp", message: "全市地区生产总值（元）不能为负数" },
      { field: "teacherAveragePay", message: "全市中小学教师年平均工资（元）须为整数" },
    ]);
  });
  it("returns the parsed figures when there is none", () => {
    expect(checkCityInputs({ schoolYear: 2025, gdp: 5e10, version: 3 })).toEqual({
      ok: true,
      value: { schoolYear: 2025, gdp: 5e10, version: 3 },
      issues: [],
    });
    expect(checkCityInputs(null).issues).toEqual([{ field: "schoolYear", message: "学年须为整数年份" }]);
  });
});

describe("district inputs: every issue", () => {
  it("reports a whole number beyond 2^53 as over the maximum only, not as 须为整数", () => {
    expect(
      districtInputsIssues({ schoolYear: 2025, civilServantAveragePay: Number("99999999999999999999") }),
    ).toEqual([{ field: "civilServantAveragePay", message: "公务员年平均工资（元）不能超过10000000" }]);
    expect(districtInputsIssues({ schoolYear: 2025, residentPopulation: 2.5 })).toEqual([
      { field: "residentPopulation", message: "常住人口须为整数" },
    ]);
  });
  it("reports the fields' own issues and the part ≤ whole rules together", () => {
    expect(
      districtInputsIssues({
        schoolYear: 2025,
        population3to5: -5,
        disabledChildren: 5,
        disabledChildrenEnrolled: 6,
        urbanSubdistricts: 3,
        urbanSubdistrictsWithGuidance: 4,
        parentingSessionsPerFamily: 400,
      }),
    ).toEqual([
      { field: "population3to5", message: "3—5岁常住人口不能为负数" },
      {
        field: "parentingSessionsPerFamily",
        message: "每户适龄幼儿家庭年均公益免费科学育儿指导次数不能超过365",
      },
      { field: "disabledChildrenEnrolled", message: "已入学适龄残疾儿童少年数不能大于适龄残疾儿童少年数" },
      {
        field: "urbanSubdistrictsWithGuidance",
        message: "开展早期教养指导服务的城镇（街道）数不能大于城镇（街道）总数",
      },
    ]);
  });
  it("refuses an age group's population above the whole 常住人口 (a tester's 900,000 of 1,000)", () => {
    expect(
      districtInputsIssues({ schoolYear: 2026, residentPopulation: 1000, population3to5: 900_000 }),
    ).toEqual([{ field: "population3to5", message: "3—5岁常住人口不能大于常住人口" }]);
    expect(
      districtInputsIssues(
        { schoolYear: 2026, population6to14: 1001, population15to17: 1000 },
        { residentPopulation: 1000 },
      ),
    ).toEqual([{ field: "population6to14", message: "6—14岁常住人口不能大于常住人口（已填报1000）" }]);
    expect(
      districtInputsIssues({ schoolYear: 2026, residentPopulation: 999 }, { population15to17: 1000 }),
    ).toEqual([{ field: "residentPopulation", message: "常住人口不能小于已填报的15—17岁常住人口（1000）" }]);
  });
  it("checks an update against the stored figures it keeps, naming the field sent", () => {
    const stored = { disabledChildren: 10, disabledChildrenEnrolled: 8 };
    expect(districtInputsIssues({ schoolYear: 2025, disabledChildrenEnrolled: 12 }, stored)).toEqual([
      {
        field: "disabledChildrenEnrolled",
        message: "已入学适龄残疾儿童少年数不能大于适龄残疾儿童少年数（已填报10）",
      },
    ]);
    expect(districtInputsIssues({ schoolYear: 2025, disabledChildren: 7 }, stored)).toEqual([
      {
        field: "disabledChildren",
        message: "适龄残疾儿童少年数不能小于已填报的已入学适龄残疾儿童少年数（8）",
      },
    ]);
    // null clears a figure: nothing to compare
    expect(districtInputsIssues({ schoolYear: 2025, disabledChildren: null }, stored)).toEqual([]);
    expect(checkDistrictInputs({ schoolYear: 2025, disabledChildren: 9 }, stored)).toMatchObject({
      ok: true,
    });
  });
});

describe("district inputs: 当年初中毕业生数 against 九年前该届小学一年级入学人数 (A02 巩固率)", () => {
  it("refuses completers above 1.2 × the entrants (a tester's 500 of 100 read A02 500 %)", () => {
    expect(
      districtInputsIssues({ schoolYear: 2026, cohortGrade1Entrants: 100, cohortGrade9Completers: 500 }),
    ).toEqual([
      {
        field: "cohortGrade9Completers",
        message: "当年初中毕业生数不能超过九年前该届小学一年级入学人数的1.2倍（巩固率不超过120%）",
      },
    ]);
    // 121 of 100 is 121 %: refused; 120 of 100 (in-migration) is kept
    expect(
      districtInputsIssues({ schoolYear: 2026, cohortGrade1Entrants: 100, cohortGrade9Completers: 121 }),
    ).toHaveLength(1);
    expect(
      districtInputsIssues({ schoolYear: 2026, cohortGrade1Entrants: 100, cohortGrade9Completers: 120 }),
    ).toEqual([]);
  });
  it("checks an update against the stored figure it keeps, naming the field sent", () => {
    const stored = { cohortGrade1Entrants: 300, cohortGrade9Completers: 282 };
    expect(districtInputsIssues({ schoolYear: 2025, cohortGrade9Completers: 361 }, stored)).toEqual([
      {
        field: "cohortGrade9Completers",
        message:
          "当年初中毕业生数不能超过九年前该届小学一年级入学人数（已填报300）的1.2倍（巩固率不超过120%）",
      },
    ]);
    expect(districtInputsIssues({ schoolYear: 2025, cohortGrade1Entrants: 200 }, stored)).toEqual([
      {
        field: "cohortGrade1Entrants",
        message:
          "九年前该届小学一年级入学人数过小：已填报的当年初中毕业生数（282）不能超过它的1.2倍（巩固率不超过120%）",
      },
    ]);
    expect(districtInputsIssues({ schoolYear: 2025, cohortGrade1Entrants: 235 }, stored)).toEqual([]);
  });
});

describe("register entries: every issue", () => {
  it("reports the fields' own issues beside the kind's rules", () => {
    expect(
      registerEntryIssues({
        kind: "smart_benchmark_school",
        name: " ",
        level: "county",
        fromYear: 2025,
        toYear: 2024,
        quantity: 0,
      }),
    ).toEqual([
      { field: "name", message: "名称不能为空" },
      { field: "level", message: "认定级别须为市级、自治区级或国家级" },
      { field: "quantity", message: "数量至少为1" },
      { field: "toYear", message: "截止学年不能早于起始学年" },
      { field: "schoolId", message: "“智慧教育标杆学校”须填写所属学校" },
    ]);
  });
  it("skips the kind's rules for an unknown kind, and takes a null quantity as 1", () => {
    expect(registerEntryIssues({ kind: "nope", name: "x", fromYear: 2022 })).toEqual([
      { field: "kind", message: "登记类别不在目录中" },
    ]);
    const ok = checkRegisterEntry({
      kind: "smart_benchmark_school",
      name: "x",
      schoolId: SCHOOL,
      fromYear: 2022,
      quantity: null,
    });
    expect(ok).toMatchObject({ ok: true, value: { quantity: null } });
  });
});
