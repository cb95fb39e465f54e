/**
 * 指标总览 in Excel: the dashboard of a unit (the city or a district) for one school year as a
 * printable workbook — read from the indicators service's `targetDashboard` (fromYear = toYear =
 * schoolYear), never recomputed: a published year's stored figures (已发布 vN), otherwise the
 * figures measured now (预览, 暂定).
 */
import {
  coverageLabel,
  INCLUDE_SUBMITTED_LABEL,
  isFinalState,
  reportBasisText,
  SCHOOL_TYPE_LABELS,
  SCHOOL_TYPES,
  type SchoolType,
  STAGE_LABELS,
  schoolYearLabel,
  TARGET_STATUS_LABELS,
  targetUnitLabel,
} from "@edu2035/domain";
import type ExcelJS from "exceljs";
import type { ScopedAccess, UnitInput } from "../../authz/access.ts";
import { forbidden } from "../../errors.ts";
import { todayInBeijing } from "../../lib/dates.ts";
import { assertYearStarted, type TargetResultModel, targetDashboard } from "../indicators/service.ts";
import { dashboardColumns } from "../indicators/table.ts";
import { whatItTakesOf } from "../indicators/whatItTakes.ts";
import { assertSchoolYear } from "../staff/service.ts";
import { statisticsFilename } from "./printableSheet.ts";
import { columnLetter, type ExcelFileModel, newWorkbook, setShownNumber, toExcelFile } from "./workbook.ts";

/** The sheet's name. */
export const DASHBOARD_SHEET = "指标总览";

/** The unit's own columns, before one group (值, 状态) per child unit. */
export const DASHBOARD_COLUMNS = [
  "编号",
  "指标",
  "单位",
  "目标值/里程碑",
  "本级值",
  "状态",
  "数据覆盖",
  "数据状态",
  "达成路径",
] as const;

/** "2025年 ≥98%" (the milestone a status is judged against), or every milestone when none. */
function milestoneText(r: TargetResultModel): string {
  const one = (m: { year: number | null; label: string }) => (m.year ? `${m.year}年 ${m.label}` : m.label);
  if (r.milestone) return one(r.milestone);
  return r.target.milestones.map(one).join("；");
}

/** 已发布 vN, or 暂定 (a figure measured now from part of the units), or 预览. */
function dataState(r: TargetResultModel): string {
  if (r.publishedVersion != null) return `已发布 v${r.publishedVersion}`;
  return r.provisional ? "暂定" : "预览";
}

/**
 * The 指标总览 of the city or a district for a school year as .xlsx: sheet 指标总览 with a title
 * row ("乌海市 2024—2025学年 教育现代化指标总览（已发布 v1）", or "（预览，数据为暂定）" for a year
 * not published), the data date (数据日期), a two-row frozen header, and one row per target
 * measured at the unit's level: 编号, 指标, 单位, 目标值/里程碑, the unit's value, 状态 (达标,
 * 数据不全 …), 数据覆盖 (34/51 所学校), 数据状态 (已发布 vN / 暂定 / 预览), 达成路径 (issue 13: for
 * a roster target 滞后于进度 or 未达标, what it takes to reach its milestone, indicators/whatItTakes.ts;
 * empty otherwise); then per child unit
 * (the city's districts, a district's schools) a column group 值 + 状态 (不适用 where the plan
 * does not measure the target at the child's level). Values are in the target's unit, as the
 * GraphQL `TargetResult.value`. Printable: A4 landscape, one page wide.
 * `schoolTypes` (学校类别, a district's page filtered as on screen: targetDashboardTable's
 * `schoolTypes`): only the schools of those types get a column group, the title says the filter
 * ("… 教育现代化指标总览 · 学校类别：小学、初中（预览，数据为暂定）") and so does the data-date line
 * ("数据日期：2026-12-06；学校类别：小学、初中（仅列出这些类别的学校；本级值为全区所有学校）");
 * the district's own values are not filtered. Null or empty: every school, no filter stated.
 * `includeSubmitted` (the page's 含已提交待审核的年报 switch, targetDashboard's): submitted reports
 * counted as well; the data-date line always states the 统计口径 ("；统计口径：仅统计已审核年报", or
 * "；统计口径：含已提交待审核的年报（审核前预览，数据为暂定）") and a 预览 year's title says it too
 * ("（预览，含已提交待审核的年报，数据为暂定）"); a published year's stored figures do not change.
 * @throws FORBIDDEN for a school unit, or a unit outside the scope (targets.read);
 * BAD_USER_INPUT (schoolYear, as targetDashboard's fromYear, also a year not begun yet; schoolTypes
 * for the city).
 */
export async function exportTargetDashboardExcel(
  access: ScopedAccess,
  unitInput: UnitInput,
  schoolYear: number,
  schoolTypes: readonly SchoolType[] | null = null,
  includeSubmitted = false,
): Promise<ExcelFileModel> {
  // the 指标总览 compares a unit with the units below it: the city's and the districts' page
  if (unitInput.level === "school") throw forbidden();
  assertSchoolYear(schoolYear, "schoolYear");
  assertYearStarted(access, schoolYear, "schoolYear");
  // in the catalogue's order (小学 before 初中), each once, whatever order the request gave
  const types = schoolTypes?.length ? SCHOOL_TYPES.filter((t) => schoolTypes.includes(t)) : null;
  const dash = await targetDashboard(access, unitInput, schoolYear, schoolYear, null, {
    schoolTypes: types,
    includeSubmitted,
  });
  const year = dash.years.find((y) => y.schoolYear === schoolYear);
  const final = !!year && year.publishedVersion != null && isFinalState(year.state);
  // a published year reads its stored figures (approved reports), whatever the switch
  const submitted = includeSubmitted && !final;
  const stateText = final
    ? `已发布 v${year?.publishedVersion}`
    : submitted
      ? `预览，${INCLUDE_SUBMITTED_LABEL}，数据为暂定`
      : "预览，数据为暂定";
  const filter = types ? `学校类别：${types.map((t) => SCHOOL_TYPE_LABELS[t]).join("、")}` : null;
  const title = `${dash.unit.name} ${schoolYearLabel(schoolYear)} 教育现代化指标总览${filter ? ` · ${filter}` : ""}（${stateText}）`;
  const today = todayInBeijing(access.now());

  // one row per column of the on-screen table (indicators/table.ts): a C1–C7 target once per
  // stage, 小学 then 初中, each unit's result of that stage in it
  const { stages, columnsOf } = dashboardColumns(dash.results);
  const own: (TargetResultModel | undefined)[] = [];
  const byChild = new Map<string, (TargetResultModel | undefined)[]>();
  for (const r of dash.results) {
    if (r.schoolYear !== schoolYear) continue;
    let cells = own;
    if (r.unit.level !== dash.unit.level) {
      cells = byChild.get(r.unit.id as string) ?? [];
      byChild.set(r.unit.id as string, cells);
    }
    for (const i of columnsOf(r)) cells[i] = r;
  }

  const wb = newWorkbook();
  const ws = wb.addWorksheet(DASHBOARD_SHEET);
  const width = DASHBOARD_COLUMNS.length + 2 * dash.children.length;
  ws.addRow([title]);
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.addRow([
    [
      `数据日期：${today}`,
      ...(filter ? [`${filter}（仅列出这些类别的学校；本级值为全区所有学校）`] : []),
      `统计口径：${reportBasisText(submitted)}`,
    ].join("；"),
  ]);
  ws.mergeCells(2, 1, 2, width);
  const group = ws.addRow([...DASHBOARD_COLUMNS, ...dash.children.flatMap((c) => [c.name, null])]);
  const sub = ws.addRow([
    ...DASHBOARD_COLUMNS.map(() => null),
    ...dash.children.flatMap(() => ["值", "状态"]),
  ]);
  DASHBOARD_COLUMNS.forEach((_, i) => {
    ws.mergeCells(3, i + 1, 4, i + 1);
  });
  dash.children.forEach((_, i) => {
    const col = DASHBOARD_COLUMNS.length + 2 * i + 1;
    ws.mergeCells(3, col, 3, col + 1);
  });
  for (const row of [group, sub]) {
    for (let col = 1; col <= width; col++) {
      const cell = row.getCell(col);
      cell.font = { bold: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
      cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
      cell.border = { bottom: { style: "thin" } };
    }
  }

  for (const [i, r] of own.entries()) {
    if (!r) continue;
    const stage = stages[i];
    const cells: (string | number | null)[] = [
      r.target.id,
      stage ? `${r.target.name}（${STAGE_LABELS[stage]}）` : r.target.name,
      targetUnitLabel(r.target),
      milestoneText(r),
      r.value,
      TARGET_STATUS_LABELS[r.status],
      coverageLabel(r.coverage),
      dataState(r),
      whatItTakesOf(r),
    ];
    for (const c of dash.children) {
      const cr = byChild.get(c.id as string)?.[i];
      cells.push(
        cr ? cr.value : null,
        cr ? TARGET_STATUS_LABELS[cr.status] : TARGET_STATUS_LABELS.not_applicable,
      );
    }
    const row = ws.addRow(cells);
    // the values (本级值 and each child's 值) as shown, without a trailing point in Excel/WPS
    for (let col = 5; col <= width; col = col === 5 ? DASHBOARD_COLUMNS.length + 1 : col + 2) {
      const v = row.getCell(col).value;
      setShownNumber(row.getCell(col), typeof v === "number" ? v : null);
    }
  }

  ws.getColumn(1).width = 7;
  ws.getColumn(2).width = 36;
  ws.getColumn(2).alignment = { wrapText: true, vertical: "middle" };
  ws.getColumn(3).width = 8;
  ws.getColumn(4).width = 18;
  ws.getColumn(5).width = 10;
  ws.getColumn(6).width = 10;
  ws.getColumn(7).width = 14;
  ws.getColumn(8).width = 10;
  ws.getColumn(9).width = 40;
  ws.getColumn(9).alignment = { wrapText: true, vertical: "middle" };
  for (let col = DASHBOARD_COLUMNS.length + 1; col <= width; col++) ws.getColumn(col).width = 10;
  ws.views = [{ state: "frozen", xSplit: 2, ySplit: 4 }];
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "3:4",
    printArea: `A1:${columnLetter(width)}${ws.rowCount}`,
    horizontalCentered: true,
  };
  ws.headerFooter = { oddFooter: "&C第 &P 页，共 &N 页" } as ExcelJS.HeaderFooter;
  return toExcelFile(
    wb,
    statisticsFilename(
      dash.unit.name,
      schoolYear,
      "指标总览",
      today,
      final,
      submitted ? "含待审核" : undefined,
    ),
  );
}
