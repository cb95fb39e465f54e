/**
 * The frame of the bureaus' statistics exports (三支队伍统计, 优质均衡): a sheet with a title row,
 * a line under it (数据日期, coverage), a styled frozen header of one or two rows, printing on A4
 * landscape one page wide with the header repeated and 第 N 页 in the footer; and the title's
 * state (已发布 vN, or 预览，数据为暂定) read from the statistical year, as the 指标总览 export says it.
 */
import { isFinalState, schoolYearLabel } from "@edu2035/domain";
import type ExcelJS from "exceljs";
import type { ScopedAccess } from "../../authz/access.ts";
import { statisticalYear } from "../years/service.ts";
import { columnLetter } from "./workbook.ts";

/**
 * The statistical year as an export states it: `final` when published (已发布), and the title's
 * words, "已发布 v2", else "预览，数据为暂定" (figures still change).
 */
export async function yearState(
  access: ScopedAccess,
  schoolYear: number,
): Promise<{ final: boolean; text: string }> {
  const year = await statisticalYear(access, schoolYear);
  const final = year.publishedVersion != null && isFinalState(year.state);
  return { final, text: final ? `已发布 v${year.publishedVersion}` : "预览，数据为暂定" };
}

/**
 * The file name of a bureau's statistics export (指标总览, 三支队伍统计, 优质均衡):
 * "海勃湾区-2024—2025学年-指标总览-2026-12-06.xlsx", with （预览） before the extension when the
 * year is not published, as the 监测报告's file name; `scope` (a preview's 统计口径 other than the
 * default, e.g. 含待审核) goes in it too — "…（预览，含待审核）.xlsx" —, so two downloads of the
 * same year counted two ways are told apart by name.
 * @param today Beijing date, YYYY-MM-DD.
 */
export function statisticsFilename(
  unitName: string,
  schoolYear: number,
  what: string,
  today: string,
  final: boolean,
  scope?: string,
): string {
  const state = final ? "" : `（预览${scope ? `，${scope}` : ""}）`;
  return `${unitName}-${schoolYearLabel(schoolYear)}-${what}-${today}${state}.xlsx`;
}

/** One header cell: its text, and how many columns it spans (default 1). */
export interface HeaderGroup {
  label: string;
  span?: number;
  /** The labels under a group (row 2 of a two-row header); none: the cell spans both rows. */
  children?: readonly string[];
}

/**
 * A printable sheet: row 1 the title (bold, merged over the width), row 2 `subtitle`, then the
 * header (one row, or two when a group has children: the group's label merged over its
 * children's), frozen below the header and `frozenColumns` to the left. Column widths from
 * `widths` (default 10).
 * @returns the sheet and the number of its last header row.
 */
export function addPrintableSheet(
  wb: ExcelJS.Workbook,
  name: string,
  options: {
    title: string;
    subtitle: string;
    header: readonly HeaderGroup[];
    widths?: readonly number[];
    frozenColumns?: number;
  },
): { ws: ExcelJS.Worksheet; headerEnd: number; width: number } {
  const ws = wb.addWorksheet(name);
  const width = options.header.reduce((n, g) => n + (g.children?.length ?? g.span ?? 1), 0);
  const twoRows = options.header.some((g) => g.children?.length);
  ws.addRow([options.title]);
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.addRow([options.subtitle]);
  ws.mergeCells(2, 1, 2, width);
  ws.getCell(2, 1).alignment = { wrapText: true };

  const top: (string | null)[] = [];
  const sub: (string | null)[] = [];
  for (const g of options.header) {
    const n = g.children?.length ?? g.span ?? 1;
    top.push(g.label, ...Array<null>(n - 1).fill(null));
    sub.push(...(g.children ?? Array<null>(n).fill(null)));
  }
  ws.addRow(top);
  if (twoRows) ws.addRow(sub);
  const headerEnd = twoRows ? 4 : 3;
  let col = 1;
  for (const g of options.header) {
    const n = g.children?.length ?? g.span ?? 1;
    if (twoRows && !g.children?.length) ws.mergeCells(3, col, 4, col + n - 1);
    else if (n > 1) ws.mergeCells(3, col, 3, col + n - 1);
    col += n;
  }
  for (let r = 3; r <= headerEnd; r++) {
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
      cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
      cell.border = { bottom: { style: "thin" } };
    }
  }
  for (let c = 1; c <= width; c++) ws.getColumn(c).width = options.widths?.[c - 1] ?? 10;
  ws.views = [{ state: "frozen", xSplit: options.frozenColumns ?? 1, ySplit: headerEnd }];
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `3:${headerEnd}`,
    horizontalCentered: true,
  };
  ws.headerFooter = { oddFooter: "&C第 &P 页，共 &N 页" } as ExcelJS.HeaderFooter;
  return { ws, headerEnd, width };
}

/** Set the print area once the rows are written. */
export function finishPrintArea(ws: ExcelJS.Worksheet, width: number): void {
  ws.pageSetup.printArea = `A1:${columnLetter(width)}${ws.rowCount}`;
}
