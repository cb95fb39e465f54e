/**
 * 三支队伍统计 in Excel: the StaffingSummary of a unit and of each unit below it (the city: its
 * districts; a district: its schools open at the year's 统计时点; a school: itself), each read from
 * the staff service's `staffingSummary` — the figures the 三支队伍 page shows, never recomputed.
 */
import { coverageLabel, schoolYearLabel } from "@edu2035/domain";
import type { ScopedAccess, UnitInput } from "../../authz/access.ts";
import { todayInBeijing } from "../../lib/dates.ts";
import type { OrgUnitModel } from "../org/service.ts";
import { type LabeledCount, type StaffingSummaryModel, staffingSummary } from "../staff/service.ts";
import {
  addPrintableSheet,
  finishPrintArea,
  yearState as readYearState,
  statisticsFilename,
} from "./printableSheet.ts";
import { type ExcelFileModel, newWorkbook, toExcelFile } from "./workbook.ts";

/** The sheet's name. */
export const STAFFING_SHEET = "三支队伍统计";

/** The count groups of a row, in the page's order: field of StaffingSummary and its Chinese heading. */
const GROUPS = [
  ["byRole", "岗位（人）"],
  ["byGender", "性别（人）"],
  ["byEducation", "最高学历（人）"],
  ["byTitle", "职称（人）"],
  ["byAgeBand", "年龄（统计时点9月1日，人）"],
] as const satisfies readonly (readonly [keyof StaffingSummaryModel, string])[];

/** The leading columns, before the count groups. */
export const STAFFING_COLUMNS = ["单位", "名册覆盖", "数据状态", "总人数", "专任教师"] as const;

/** The units below a unit, as the 三支队伍 page's picker offers them (none below a school). */
async function childUnits(
  access: ScopedAccess,
  summary: StaffingSummaryModel,
): Promise<{ level: "district" | "school"; id: string }[]> {
  if (summary.unit.level === "city") {
    return (await access.districts()).map((d) => ({ level: "district", id: d.id }));
  }
  if (summary.unit.level === "district") {
    return (await access.schools({ districtId: summary.unit.id, schoolYear: summary.schoolYear })).map(
      (s) => ({
        level: "school",
        id: s.id,
      }),
    );
  }
  return [];
}

/** 暂定 (part of the schools have a roster), 无名册 (none has), else the year's state. */
function dataState(s: StaffingSummaryModel, yearState: string): string {
  if (s.provisional) return "暂定";
  if (s.coverage.expected > 0 && s.coverage.reported === 0) return "无名册";
  return yearState.startsWith("已发布") ? yearState : "预览";
}

/** A unit's row: name, 名册覆盖 (5/5 所学校), 数据状态, totals, then every group's counts. */
function summaryRow(name: string, s: StaffingSummaryModel, yearState: string): (string | number)[] {
  return [
    name,
    coverageLabel(s.coverage),
    dataState(s, yearState),
    s.total,
    s.fullTimeTeachers,
    ...GROUPS.flatMap(([field]) => (s[field] as LabeledCount[]).map((c) => c.count)),
  ];
}

/**
 * The 三支队伍统计 of a unit for a school year as .xlsx (e.g. 乌海市-2025—2026学年-三支队伍统计-
 * 2026-12-06.xlsx): sheet 三支队伍统计 with the title "乌海市 2025—2026学年 三支队伍统计（已发布 v1）"
 * (or "（预览，数据为暂定）"), the data date and the unit's 名册覆盖 (N/M 所学校有名册, 暂定 when
 * partial), a two-row frozen header (单位, 名册覆盖, 数据状态, 总人数, 专任教师, then 岗位 / 性别 /
 * 最高学历 / 职称 / 年龄 with their categories), one row per unit below (the city's districts, a
 * district's schools open at the year's 统计时点) with its own coverage, then the unit's 合计 row
 * (which includes the unit's own 教研室, so it can exceed the sum of the rows above), and a note.
 * A school gets its own row only. Printable: A4 landscape, one page wide.
 * @throws FORBIDDEN outside the scope (staff.read, as staffingSummary); BAD_USER_INPUT (schoolYear).
 */
export async function exportStaffingSummaryExcel(
  access: ScopedAccess,
  unitInput: UnitInput,
  schoolYear: number,
): Promise<ExcelFileModel> {
  const own = await staffingSummary(access, unitInput, schoolYear);
  const children: { unit: OrgUnitModel; summary: StaffingSummaryModel }[] = [];
  // one summary per unit below, sequentially: the same statements the page sends for each
  for (const c of await childUnits(access, own)) {
    const summary = await staffingSummary(access, c, schoolYear);
    children.push({ unit: summary.unit, summary });
  }
  const state = await readYearState(access, schoolYear);
  const yearState = state.text;
  const yearLabel = schoolYearLabel(schoolYear);
  const today = todayInBeijing(access.now());
  const coverageText = `名册覆盖：${coverageLabel(own.coverage)}有名册${own.provisional ? "（暂定）" : ""}`;

  const wb = newWorkbook();
  const { ws, width } = addPrintableSheet(wb, STAFFING_SHEET, {
    title: `${own.unit.name} ${yearLabel} 三支队伍统计（${yearState}）`,
    subtitle: `数据日期：${today}；${coverageText}`,
    header: [
      ...STAFFING_COLUMNS.map((label) => ({ label })),
      ...GROUPS.map(([field, label]) => ({
        label,
        children: (own[field] as LabeledCount[]).map((c) => c.label),
      })),
    ],
    widths: [24, 12, 9, 8, 9],
  });
  for (const c of children) ws.addRow(summaryRow(c.unit.name, c.summary, yearState));
  const total = ws.addRow(
    summaryRow(children.length ? `合计（${own.unit.name}）` : own.unit.name, own, yearState),
  );
  if (children.length) total.font = { bold: true };
  ws.addRow([]);
  const note = ws.addRow([
    "注：人数为统计时点（9月1日）名册在岗人员。名册覆盖：统计时点在办的学校中本学年名册有在岗人员的学校数；教研室名册不计入覆盖，其教研员计入人数，故合计可多于各行之和。暂定：仅部分学校有名册，数值可能随各校填报变化。",
  ]);
  ws.mergeCells(note.number, 1, note.number, width);
  note.getCell(1).alignment = { wrapText: true, vertical: "top" };
  note.height = 45;
  finishPrintArea(ws, width);
  return toExcelFile(wb, statisticsFilename(own.unit.name, schoolYear, "三支队伍统计", today, state.final));
}
