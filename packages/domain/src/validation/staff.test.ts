import { describe, expect, it } from "vitest";
import { composeIdNumber, ETHNIC_GROUPS, isValidIdNumber } from "../staff.ts";
import { checkStaff, idNumberFacts, staffIssues } from "./staff.ts";

// sequence 123: odd 17th digit → male
const ID = composeIdNumber("150302", "1985-06-30", "123");
const teacher = {
  name: "张三",
  gender: "male",
  birthDate: "1985-06-30",
  ethnicity: "汉族",
  idNumber: ID,
  role: "teacher",
  fullTime: true,
  stage: "primary",
  subject: "chinese",
  education: "bachelor",
};
const inPrimary = { schoolType: "primary" as const, schoolYear: 2025, today: "2026-03-01" };
const fields = (issues: { field: string }[]) => issues.map((i) => i.field);

describe("staffIssues", () => {
  it("accepts a complete record and fills the defaults", () => {
    // check character: Σ digit × weight of 15030219850630123 (7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2)
    // = 255, 255 mod 11 = 2 → "10X98765432"[2] = X
    expect(ID).toBe("15030219850630123X");
    expect(isValidIdNumber(ID)).toBe(true);
    expect(idNumberFacts(ID)).toEqual({ birthDate: "1985-06-30", gender: "male" });
    const c = checkStaff({ ...teacher, name: " 张三 ", idNumber: ID.toLowerCase() }, inPrimary);
    expect(c.ok).toBe(true);
    expect(c.value).toMatchObject({
      name: "张三",
      idNumber: ID,
      status: "active",
      leftOn: null,
      title: "unrated",
      teacherCertificate: "none",
      trainingHours: 0,
    });
  });
  it("accepts a record without 身份证号 and a Mongolian name with ·", () => {
    expect(
      staffIssues({ ...teacher, name: "巴特尔·其其格", idNumber: null, gender: "female" }, inPrimary),
    ).toEqual([]);
  });
  it("names every bad field at once, in Chinese", () => {
    const issues = staffIssues(
      {
        ...teacher,
        name: "张三3",
        gender: "other",
        birthDate: "1985-02-30",
        ethnicity: "火星",
        idNumber: "150302198506301234",
        education: "phd",
        trainingHours: -1,
        role: "researcher",
        stage: "senior_secondary",
        status: "active",
        leftOn: "2026-01-01",
      },
      inPrimary,
    );
    expect(fields(issues)).toEqual([
      "name",
      "gender",
      "birthDate",
      "ethnicity",
      "idNumber",
      "education",
      "trainingHours",
      "role",
      "stage",
      "leftOn",
    ]);
    const msg = Object.fromEntries(issues.map((i) => [i.field, i.message]));
    expect(msg.idNumber).toBe("身份证号不正确：应为 18 位且校验位正确");
    expect(msg.birthDate).toBe("出生日期应为有效日期，格式如 1985-06-30");
    expect(msg.role).toBe("学校的人员岗位不能为“教研员”（教研员属于市、区教研室）");
    expect(msg.stage).toBe("小学不设普通高中学段（可填：小学）");
    expect(msg.leftOn).toBe("在岗人员不填离岗日期");
  });
  it("asks for a required choice left empty (请选择…) and refuses one off the list (取值无效)", () => {
    const { gender: _g, ...noGender } = teacher;
    // the form sends no gender; an import cell left blank arrives as "" or null
    for (const raw of [noGender, { ...teacher, gender: "" }, { ...teacher, gender: null }]) {
      expect(staffIssues(raw, inPrimary)).toEqual([{ field: "gender", message: "请选择性别" }]);
    }
    expect(staffIssues({ ...teacher, gender: "other" }, inPrimary)).toEqual([
      { field: "gender", message: "性别取值无效" },
    ]);
    const { education: _e, ...noEducation } = teacher;
    expect(staffIssues(noEducation, inPrimary)).toEqual([{ field: "education", message: "请选择最高学历" }]);
  });
  it("checks the 身份证号 against birth date and gender", () => {
    const issues = staffIssues({ ...teacher, birthDate: "1985-06-29", gender: "female" }, inPrimary);
    expect(issues).toEqual([
      {
        field: "idNumber",
        message: "身份证号中的出生日期（1985-06-30）与填写的出生日期（1985-06-29）不一致",
      },
      { field: "idNumber", message: "身份证号中的性别（男）与填写的性别（女）不一致" },
    ]);
  });
  it("keeps ages at 统计时点 within 18–70", () => {
    const young = staffIssues({ ...teacher, idNumber: null, birthDate: "2008-01-01" }, inPrimary);
    expect(young).toEqual([
      { field: "birthDate", message: "出生日期（2008-01-01）对应统计时点年龄 17 岁，应在 18 至 70 岁之间" },
    ]);
  });
  it("asks a teacher for stage and subject; a 教研室 holds only 教研员", () => {
    expect(fields(staffIssues({ ...teacher, stage: null, subject: undefined }, inPrimary))).toEqual([
      "stage",
      "subject",
    ]);
    const office = { schoolType: null, schoolYear: 2025 };
    expect(fields(staffIssues(teacher, office))).toEqual(["role"]);
    expect(staffIssues({ ...teacher, role: "researcher", stage: null }, office)).toEqual([]);
  });
  it("asks for a date of leaving within the school year and not after today", () => {
    expect(fields(staffIssues({ ...teacher, status: "retired" }, inPrimary))).toEqual(["leftOn"]);
    expect(staffIssues({ ...teacher, status: "retired", leftOn: "2025-12-31" }, inPrimary)).toEqual([]);
    expect(staffIssues({ ...teacher, status: "transferred_out", leftOn: "2025-08-31" }, inPrimary)).toEqual([
      { field: "leftOn", message: "离岗日期（2025-08-31）应在2025—2026学年之内（2025-09-01 至 2026-08-31）" },
    ]);
    expect(staffIssues({ ...teacher, status: "retired", leftOn: "2026-05-01" }, inPrimary)).toEqual([
      { field: "leftOn", message: "离岗日期（2026-05-01）不能晚于今天（2026-03-01）" },
    ]);
  });
  it("takes an optional 入职/调入日期 within the school year or before, not after today or the date of leaving", () => {
    expect(checkStaff({ ...teacher, startedOn: "2025-10-15" }, inPrimary).value).toMatchObject({
      startedOn: "2025-10-15",
    });
    expect(checkStaff(teacher, inPrimary).value).toMatchObject({ startedOn: null });
    expect(staffIssues({ ...teacher, startedOn: "2003-09-01" }, inPrimary)).toEqual([]);
    expect(staffIssues({ ...teacher, startedOn: "2025-13-01" }, inPrimary)).toEqual([
      { field: "startedOn", message: "入职/调入日期应为有效日期，格式如 1985-06-30" },
    ]);
    expect(staffIssues({ ...teacher, startedOn: "2026-09-01" }, { ...inPrimary, today: undefined })).toEqual([
      {
        field: "startedOn",
        message: "入职/调入日期（2026-09-01）应在2025—2026学年之内或之前（不晚于 2026-08-31）",
      },
    ]);
    expect(staffIssues({ ...teacher, startedOn: "2026-03-02" }, inPrimary)).toEqual([
      { field: "startedOn", message: "入职/调入日期（2026-03-02）不能晚于今天（2026-03-01）" },
    ]);
    expect(staffIssues({ ...teacher, startedOn: "1985-06-30" }, inPrimary)).toEqual([
      { field: "startedOn", message: "入职/调入日期（1985-06-30）应晚于出生日期（1985-06-30）" },
    ]);
    expect(
      staffIssues(
        { ...teacher, status: "retired", startedOn: "2025-12-01", leftOn: "2025-11-30" },
        inPrimary,
      ),
    ).toEqual([{ field: "leftOn", message: "离岗日期（2025-11-30）不能早于入职/调入日期（2025-12-01）" }]);
    expect(
      staffIssues(
        { ...teacher, status: "retired", startedOn: "2025-12-01", leftOn: "2025-12-01" },
        inPrimary,
      ),
    ).toEqual([]);
  });
});

describe("民族 (GB/T 3304)", () => {
  it("accepts the 56 groups and 其他, refuses anything else ending in 族", () => {
    expect(ETHNIC_GROUPS).toHaveLength(56);
    const issuesOf = (ethnicity: string) =>
      staffIssues({ ethnicity }, { schoolType: null, schoolYear: 2025 }).filter(
        (i) => i.field === "ethnicity",
      );
    expect(issuesOf("鄂伦春族")).toEqual([]);
    expect(issuesOf("其他")).toEqual([]);
    expect(issuesOf("火星族")).toEqual([
      { field: "ethnicity", message: "民族应为 56 个民族之一的全称（如“汉族”“蒙古族”），或“其他”" },
    ]);
  });
});
