/**
 * The 教育现代化监测报告 as data: chapters of headings, sentences, tables and chart specs,
 * composed from the platform's figures (compose.ts) and rendered, unchanged, to .docx (docx.ts)
 * and to HTML for the PDF (html.ts). Plain values only: no database rows, no Dates.
 */

/** A line chart of a target over the school years, with its milestones as horizontal lines. */
export interface TrendChartSpec {
  /** The target's id (A08), unique within a report. */
  id: string;
  /** "A08 专任教师本科以上学历比例（%）". */
  title: string;
  /** The unit's label for the axis (%, 个 …). */
  unitLabel: string;
  /** "2020—2021" … one per school year. */
  years: string[];
  /** The unit's values per year (null: no value); `provisional[i]` marks a 暂定 value. */
  values: (number | null)[];
  provisional: boolean[];
  /** Decimals each point is labelled with: the report's (REPORT_DECIMALS), as the sentences print it. */
  decimals: number;
  /** Milestones with a number: "2025年 ≥95%" at 95. */
  milestones: { label: string; value: number }[];
}

/** One piece of a chapter. */
export type ReportBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string; tone?: "note" | "warning" }
  | { kind: "table"; caption: string; columns: string[]; rows: string[][] }
  | { kind: "chart"; chart: TrendChartSpec };

/** A chapter (a level-1 heading), its sections being the `heading` blocks inside. */
export interface ReportChapter {
  title: string;
  blocks: ReportBlock[];
}

/** The whole report. */
export interface ReportModel {
  /** annual: the city's or a district's 监测报告; brief: a school's 年度数据简报. */
  kind: "annual" | "brief";
  /** 乌海市教育现代化监测报告（2024—2025学年） (no book-title marks; renderers add 《》). */
  title: string;
  /** 乌海市教育局 / 海勃湾区教育局 / the school's name. */
  author: string;
  unitName: string;
  schoolYear: number;
  /** 2024—2025学年. */
  yearLabel: string;
  /** false: the figures are a 预览 of an unpublished year (暂定). */
  final: boolean;
  /** 数据来源：已发布 v1（2025-09-30 发布） / 预览：2026-12-06 10:00 计算的暂定数据，未经发布. */
  dataState: string;
  /** The date of generation (Beijing), 2026-12-06. */
  generatedOn: string;
  chapters: ReportChapter[];
}
