/**
 * The printed 年报 (PrintableReport, the 打印 of 年报审核 → 查看, rendered to HTML as the drawer
 * mounts it): a kindergarten's print leaves out the 中小学 items it need not fill and left empty
 * (B06—B15, B19 创新实验室数; domain isPrimaryOrSecondarySchool) instead of showing them as 未填,
 * while a 小学's print still shows each of them, 未填 when empty.
 */
import type { SchoolReportFieldsFragment } from "@edu2035/graphql";
import { PrintableReport } from "@edu2035/ui";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

const report = (type: "KINDERGARTEN" | "PRIMARY", typeLabel: string, name: string) =>
  ({
    id: "r1",
    schoolYear: 2024,
    status: "SUBMITTED",
    statusLabel: "已提交",
    submittedAt: null,
    updatedAt: null,
    updatedBy: null,
    reviewedAt: null,
    reviewedBy: null,
    reviewComment: null,
    notes: "",
    totalStudents: 100,
    grades: [
      {
        stage: "PRESCHOOL",
        grade: 1,
        label: "一年级",
        students: 100,
        classes: 4,
        largeClasses: null,
        oversizedClasses: null,
        disabledStudents: 0,
      },
    ],
    staffTotal: 10,
    fullTimeTeachers: 8,
    teachingAuxiliaryArea: 100,
    indoorSportsArea: 10,
    outdoorSportsArea: 10,
    equipmentValue: 1000,
    multimediaClassrooms: 3,
    innovationLabs: null,
    wirelessFullCoverage: true,
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
    school: { code: "1", name, type, typeLabel, district: { name: "海南区" } },
  }) as unknown as SchoolReportFieldsFragment;

const print = (r: SchoolReportFieldsFragment) =>
  renderToStaticMarkup(createElement(PrintableReport, { report: r }));

describe("printed 年报 (PrintableReport)", () => {
  it("a kindergarten's print shows no empty B06—B15 or 创新实验室数 as 未填", () => {
    const html = print(report("KINDERGARTEN", "幼儿园", "海南区第一幼儿园"));
    expect(html).toContain("海南区第一幼儿园");
    expect(html).toContain("多媒体教室");
    expect(html).not.toContain("B06");
    expect(html).not.toContain("B15");
    expect(html).not.toContain("创新实验室数");
    expect(html).not.toContain("未填");
  });

  it("a 小学's print still shows every item, 未填 where empty", () => {
    const html = print(report("PRIMARY", "小学", "海南区第一小学"));
    expect(html).toContain("B06");
    expect(html).toContain("B15");
    expect(html).toContain("创新实验室数");
    expect(html).toContain("未填");
  });

  it("a kindergarten's print shows a B-item it chose to fill", () => {
    const html = print({ ...report("KINDERGARTEN", "幼儿园", "海南区第一幼儿园"), heldArtsFestival: true });
    expect(html).toContain("B15");
  });
});
