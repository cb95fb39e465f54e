import { describe, expect, it } from "vitest";
import { checkSchoolRegistration, schoolNameKey, schoolRegistrationIssues } from "./school.ts";

const primary = {
  code: "1515030001",
  name: "海勃湾区第一小学",
  type: "primary",
  ownership: "public",
  urbanRuralCode: "111",
};
const ctx = { today: "2026-03-01" };
const fields = (issues: { field: string }[]) => issues.map((i) => i.field);

describe("checkSchoolRegistration", () => {
  it("accepts a registration, trims it and fills the defaults", () => {
    const c = checkSchoolRegistration({ ...primary, code: " 1515030001 ", name: " 海勃湾区第一小学 " }, ctx);
    expect(c).toEqual({
      ok: true,
      issues: [],
      value: {
        code: "1515030001",
        name: "海勃湾区第一小学",
        type: "primary",
        ownership: "public",
        inclusive: false,
        ethnic: false,
        urbanRuralCode: "111",
        miningArea: false,
        teachingPoint: false,
        openedOn: null,
      },
    });
  });

  it("accepts a 普惠性 private kindergarten opened today, and an empty date as none", () => {
    const kg = { ...primary, type: "kindergarten", ownership: "private", inclusive: true };
    expect(checkSchoolRegistration({ ...kg, openedOn: "2026-03-01" }, ctx).value?.openedOn).toBe(
      "2026-03-01",
    );
    expect(checkSchoolRegistration({ ...kg, openedOn: "" }, ctx).value?.openedOn).toBeNull();
  });

  it("names every bad field at once, in Chinese", () => {
    const issues = schoolRegistrationIssues(
      {
        code: "151503000",
        name: " 一 ",
        type: "college",
        ownership: "state",
        inclusive: true,
        urbanRuralCode: "130",
        miningArea: "是",
        openedOn: "2025-02-30",
      },
      ctx,
    );
    expect(fields(issues)).toEqual([
      "code",
      "name",
      "type",
      "ownership",
      "urbanRuralCode",
      "miningArea",
      "openedOn",
      "inclusive",
    ]);
    expect(issues[0]!.message).toBe("学校标识码应为 10 位数字");
    expect(issues[1]!.message).toBe("学校名称至少 2 个字");
    expect(issues[3]!.message).toBe("办学性质应为“公办”或“民办”");
    expect(issues[4]!.message).toContain("111 主城区");
    expect(issues[6]!.message).toBe("开办日期应为有效日期，格式如 2015-09-01");
    expect(issues[7]!.message).toBe("普惠性只适用于民办幼儿园（公办幼儿园均为普惠性，其他学校不填）");
  });

  it("refuses a missing or too long name, letters in the code, 普惠性 on a primary school", () => {
    expect(schoolRegistrationIssues({ ...primary, name: "   " }, ctx)).toEqual([
      { field: "name", message: "请填写学校名称" },
    ]);
    expect(schoolRegistrationIssues({ ...primary, name: "校".repeat(61) }, ctx)).toEqual([
      { field: "name", message: "学校名称不能超过 60 个字" },
    ]);
    expect(fields(schoolRegistrationIssues({ ...primary, name: "校".repeat(60) }, ctx))).toEqual([]);
    expect(fields(schoolRegistrationIssues({ ...primary, code: "15150300AB" }, ctx))).toEqual(["code"]);
    expect(fields(schoolRegistrationIssues({ ...primary, inclusive: true }, ctx))).toEqual(["inclusive"]);
  });

  it("accepts a public kindergarten's 普惠性 as the API reads it (true) and keeps it as false", () => {
    const kg = { ...primary, type: "kindergarten", inclusive: true };
    const checked = checkSchoolRegistration(kg, ctx);
    expect(checked.issues).toEqual([]);
    expect(checked.value?.inclusive).toBe(false);
    expect(checkSchoolRegistration({ ...kg, ownership: "private" }, ctx).value?.inclusive).toBe(true);
  });

  it("refuses an opening date after today, and checks none without today", () => {
    expect(schoolRegistrationIssues({ ...primary, openedOn: "2026-03-02" }, ctx)).toEqual([
      { field: "openedOn", message: "开办日期（2026-03-02）不能晚于今天（2026-03-01）" },
    ]);
    expect(schoolRegistrationIssues({ ...primary, openedOn: "2026-03-02" })).toEqual([]);
  });

  it("refuses an opening date before 1949-10-01 (a typing error), accepts that day", () => {
    expect(schoolRegistrationIssues({ ...primary, openedOn: "1949-09-30" }, ctx)).toEqual([
      { field: "openedOn", message: "开办日期（1949-09-30）不能早于 1949-10-01" },
    ]);
    expect(schoolRegistrationIssues({ ...primary, openedOn: "0202-09-01" })).toEqual([
      { field: "openedOn", message: "开办日期（0202-09-01）不能早于 1949-10-01" },
    ]);
    expect(schoolRegistrationIssues({ ...primary, openedOn: "1949-10-01" }, ctx)).toEqual([]);
  });
});

describe("schoolNameKey", () => {
  it("ignores white space and full-width forms", () => {
    expect(schoolNameKey(" 乌海市第一 中学 ")).toBe(schoolNameKey("乌海市第一中学"));
    expect(schoolNameKey("乌海市第１中学")).toBe(schoolNameKey("乌海市第1中学"));
    expect(schoolNameKey("乌海市第一中学")).not.toBe(schoolNameKey("乌海市第二中学"));
  });
});
