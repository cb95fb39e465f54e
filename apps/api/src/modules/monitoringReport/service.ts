/**
 * 教育现代化监测报告 (the city's or a district's annual monitoring report) and a school's 年度数据简报
 * as .docx or PDF: the figures read through the dashboards' services in the viewer's scope
 * (targetDashboard, the 优质均衡 assessment, the 三支队伍 summary, 数据报送情况), composed into a
 * report model (compose.ts) and rendered (docx.ts; html.ts printed by Chromium, browser.ts), one
 * render at a time per process (renderQueue.ts).
 */
import { FIRST_SCHOOL_YEAR, schoolYearLabel, schoolYearOf } from "@edu2035/domain";
import type { ScopedAccess, UnitInput } from "../../authz/access.ts";
import type { Env } from "../../env.ts";
import { badInput } from "../../errors.ts";
import { balanceAssessment, balanceAssessments, schoolBalance } from "../balance/service.ts";
import { MAX_DASHBOARD_YEARS, targetDashboard } from "../indicators/service.ts";
import { reportCompleteness } from "../periods/service.ts";
import { assertSchoolYear, staffingSummary } from "../staff/service.ts";
import { htmlToPdf, svgsToPngs, withBrowser } from "./browser.ts";
import { CHART_HEIGHT, CHART_WIDTH, trendChartSvg } from "./charts.ts";
import { composeAnnualReport, composeSchoolBrief } from "./compose.ts";
import { type ChartImage, DOCX_MIME_TYPE, reportDocx } from "./docx.ts";
import { PDF_MIME_TYPE, reportHtml } from "./html.ts";
import type { ReportModel, TrendChartSpec } from "./model.ts";
import { inRenderQueue } from "./renderQueue.ts";

/** The file formats (GraphQL MonitoringReportFormat). */
export type MonitoringReportFormat = "DOCX" | "PDF";

/** A generated report (GraphQL MonitoringReportFile). */
export interface MonitoringReportFileModel {
  filename: string;
  mimeType: string;
  base64: string;
  /** false: a 预览 of a year not published (暂定 figures). */
  final: boolean;
  /** Pages of a PDF (null for a .docx: Word paginates it). */
  pageCount: number | null;
}

/**
 * The report model of a unit for a school year, read in the viewer's scope: the city or a
 * district → the annual 监测报告; a school → its 年度数据简报.
 * @throws FORBIDDEN (outside the scope: targets.read, staff.read, report.completeness);
 * BAD_USER_INPUT (schoolYear: not a school year, or later than the current one).
 */
export async function monitoringReportModel(
  access: ScopedAccess,
  unitInput: UnitInput,
  schoolYear: number,
  now: Date = access.now(),
): Promise<ReportModel> {
  assertSchoolYear(schoolYear, "schoolYear");
  const unit = await access.resolveUnit(unitInput, "targets.read");
  const current = schoolYearOf(now);
  if (schoolYear > current)
    throw badInput("schoolYear", `不能生成未来学年的监测报告（当前为${schoolYearLabel(current)}）`);
  if (schoolYear < FIRST_SCHOOL_YEAR)
    throw badInput("schoolYear", `监测报告从${schoolYearLabel(FIRST_SCHOOL_YEAR)}开始（规划基线年）`);
  if (unit.level === "school") {
    const [dashboard, balance] = await Promise.all([
      targetDashboard(access, unitInput, Math.max(FIRST_SCHOOL_YEAR, schoolYear - 1), schoolYear),
      schoolBalance(access, unit.id as string, schoolYear),
    ]);
    return composeSchoolBrief({
      schoolYear,
      now,
      dashboard,
      balance,
      districtName: unit.district?.name ?? "",
    });
  }
  const fromYear = Math.max(FIRST_SCHOOL_YEAR, schoolYear - MAX_DASHBOARD_YEARS + 1);
  const [city, dashboard, balance, staffing, completeness] = await Promise.all([
    access.city(),
    targetDashboard(access, unitInput, fromYear, schoolYear),
    unit.level === "city"
      ? balanceAssessments(access, schoolYear)
      : balanceAssessment(access, unit.id as string, schoolYear).then((a) => [a]),
    staffingSummary(access, unitInput, schoolYear),
    reportCompleteness(access, schoolYear, unit.level === "district" ? unit.id : null, now),
  ]);
  const bureauName = unit.level === "city" ? city.bureauName : `${unit.name}教育局`;
  return composeAnnualReport({ bureauName, schoolYear, now, dashboard, balance, staffing, completeness });
}

/** Every chart of a model, in order. */
export function chartsOf(model: ReportModel): TrendChartSpec[] {
  return model.chapters.flatMap((c) => c.blocks.flatMap((b) => (b.kind === "chart" ? [b.chart] : [])));
}

/** Pages of a PDF file: its page objects (/Type /Page, not /Pages). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** Render a model to .docx or PDF (Chromium for the charts' PNG and the PDF), in the render queue. */
export async function renderReport(
  model: ReportModel,
  format: MonitoringReportFormat,
  chromiumPath: string,
): Promise<MonitoringReportFileModel> {
  const specs = chartsOf(model);
  const svgs = await Promise.all(specs.map(trendChartSvg));
  const suffix = model.final ? "" : "（预览）";
  return inRenderQueue(async () => {
    if (format === "PDF") {
      const html = reportHtml(model, new Map(specs.map((s, i) => [s.id, svgs[i]!])));
      const pdf = await withBrowser(chromiumPath, (b) => htmlToPdf(b, html, model.title));
      return {
        filename: `${model.title}${suffix}.pdf`,
        mimeType: PDF_MIME_TYPE,
        base64: pdf.toString("base64"),
        final: model.final,
        pageCount: pdfPageCount(pdf),
      };
    }
    const pngs = svgs.length
      ? await withBrowser(chromiumPath, (b) =>
          svgsToPngs(b, svgs, { width: CHART_WIDTH, height: CHART_HEIGHT }),
        )
      : [];
    const images = new Map<string, ChartImage>(specs.map((s, i) => [s.id, { svg: svgs[i]!, png: pngs[i]! }]));
    const docx = await reportDocx(model, images);
    return {
      filename: `${model.title}${suffix}.docx`,
      mimeType: DOCX_MIME_TYPE,
      base64: docx.toString("base64"),
      final: model.final,
      pageCount: null,
    };
  });
}

/**
 * The 监测报告 (city, district) or 年度数据简报 (school) of a unit for a school year as a file.
 * @throws as {@link monitoringReportModel}; BUSY when the process already has a render running
 * and MAX_WAITING_RENDERS waiting.
 */
export async function monitoringReport(
  access: ScopedAccess,
  env: Pick<Env, "CHROMIUM_PATH">,
  unitInput: UnitInput,
  schoolYear: number,
  format: MonitoringReportFormat,
  now: Date = access.now(),
): Promise<MonitoringReportFileModel> {
  const model = await monitoringReportModel(access, unitInput, schoolYear, now);
  return renderReport(model, format, env.CHROMIUM_PATH);
}
