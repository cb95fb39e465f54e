/**
 * 数据报送情况 in Excel: the completeness of a school year's annual reports (the city, or one
 * district) as the bureaus print it — sheets 按区, 按学校类别, 未报送学校 and 逾期报送 — built from
 * periods/service.ts `reportCompleteness` (same scope, same counts; never recomputed here).
 */
import { schoolYearLabel } from "@edu2035/domain";
import type ExcelJS from "exceljs";
import type { ScopedAccess } from "../../authz/access.ts";
import { todayInBeijing } from "../../lib/dates.ts";
import { type CompletenessCountsModel, reportCompleteness } from "../periods/service.ts";
import { type ExcelFileModel, newWorkbook, styleHeader, toExcelFile } from "./workbook.ts";

/** The count columns of 按区 and 按学校类别, after the group's name. */
export const COMPLETENESS_COUNT_HEADERS = [
  "应报",
  "未填报",
  "草稿",
  "已提交",
  "已退回",
  "已审核",
  "逾期",
  "报送率",
];

/** 报送率 as the API's submittedRate: (已提交 + 已审核) / 应报 in %, two decimals; null when none is due. */
export function completenessRate(c: CompletenessCountsModel): number | null {
  return c.due ? Math.round(((c.submitted + c.approved) / c.due) * 10000) / 100 : null;
}

/** A group's row: name, the counts, 报送率 as "66.67%" ("—" when none is due). */
function countsRow(name: string, c: CompletenessCountsModel): (string | number)[] {
  const rate = completenessRate(c);
  return [
    name,
    c.due,
    c.notStarted,
    c.draft,
    c.submitted,
    c.returned,
    c.approved,
    c.late,
    rate === null ? "—" : `${rate}%`,
  ];
}

/** "2025-10-20 09:00" in Beijing time; "" for null. */
export function beijingDateTime(d: Date | null | undefined): string {
  if (!d) return "";
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ");
}

/** A sheet with a title row, a frozen styled header (row 2), printable landscape, fit to width. */
function addSheet(wb: ExcelJS.Workbook, name: string, title: string, headers: string[], widths: number[]) {
  const ws = wb.addWorksheet(name);
  ws.addRow([title]);
  ws.mergeCells(1, 1, 1, headers.length);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  styleHeader(ws, ws.addRow(headers));
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:2",
    horizontalCentered: true,
  };
  ws.headerFooter = { oddFooter: "&C第 &P 页，共 &N 页" } as ExcelJS.HeaderFooter;
  return ws;
}

/**
 * The 数据报送情况 of a school year as .xlsx (e.g. 乌海市-2025—2026学年-数据报送情况-2026-12-06.xlsx):
 * - 按区: 区 | 应报 | 未填报 | 草稿 | 已提交 | 已退回 | 已审核 | 逾期 | 报送率, one row per district and 合计;
 * - 按学校类别: the same per school type that has schools due, and 合计;
 * - 未报送学校: 区 | 学校标识码 | 学校 | 状态 (未填报, 草稿, 已退回) | 逾期 (是/否);
 * - 逾期报送: 区 | 学校标识码 | 学校 | 状态 | 首次提交时间 (Beijing time; what makes it late) | 截止时间.
 * Each sheet has a title row (unit, school year, 截止时间 and data date), a frozen header row 2, and
 * prints landscape, fit to width. Scope as reportCompleteness (report.completeness).
 * @throws FORBIDDEN (a school account; another district); BAD_USER_INPUT (schoolYear).
 */
export async function exportReportCompletenessExcel(
  access: ScopedAccess,
  schoolYear: number,
  districtId?: string | null,
): Promise<ExcelFileModel> {
  const r = await reportCompleteness(access, schoolYear, districtId);
  const yearLabel = schoolYearLabel(schoolYear);
  const today = todayInBeijing(access.now());
  const deadline = r.period ? beijingDateTime(r.period.deadline) : "";
  const title = `${r.unit.name} ${yearLabel} 数据报送情况（截止时间：${deadline || "未设置"}；数据日期：${today}）`;
  const wb = newWorkbook();

  const byDistrict = addSheet(
    wb,
    "按区",
    title,
    ["区", ...COMPLETENESS_COUNT_HEADERS],
    [14, 8, 8, 8, 8, 8, 8, 8, 10],
  );
  for (const d of r.byDistrict) byDistrict.addRow(countsRow(d.district.name, d.counts));
  byDistrict.addRow(countsRow("合计", r.total)).font = { bold: true };

  const byType = addSheet(
    wb,
    "按学校类别",
    title,
    ["学校类别", ...COMPLETENESS_COUNT_HEADERS],
    [16, 8, 8, 8, 8, 8, 8, 8, 10],
  );
  for (const t of r.bySchoolType) byType.addRow(countsRow(t.label, t.counts));
  byType.addRow(countsRow("合计", r.total)).font = { bold: true };

  const missing = addSheet(
    wb,
    "未报送学校",
    title,
    ["区", "学校标识码", "学校", "状态", "逾期"],
    [14, 14, 30, 10, 8],
  );
  for (const e of r.missing) {
    missing.addRow([e.district.name, e.school.code, e.school.name, e.statusLabel, e.late ? "是" : "否"]);
  }

  const late = addSheet(
    wb,
    "逾期报送",
    title,
    ["区", "学校标识码", "学校", "状态", "首次提交时间", "截止时间"],
    [14, 14, 30, 10, 18, 18],
  );
  for (const e of r.lateSubmissions) {
    late.addRow([
      e.district.name,
      e.school.code,
      e.school.name,
      e.statusLabel,
      beijingDateTime(e.firstSubmittedAt ?? e.submittedAt),
      deadline,
    ]);
  }
  return toExcelFile(wb, `${r.unit.name}-${yearLabel}-数据报送情况-${today}.xlsx`);
}
