/**
 * The printable 年报 (学校年报打印): the school's annual report laid out for paper — the school's
 * name, the school year, status, who submitted and reviewed it and when, every item
 * (ReportDescriptions, the read-only view the district reviews), and the signature and stamp block
 * (填报人、审核人、单位负责人（签字）、单位公章、日期) the bureau files with the stamped copy.
 *
 * Printed by the browser (window.print → paper or 另存为 PDF) through a print stylesheet
 * (base.css `.edu-print-root`), not a PDF built on the server: the page already holds the report
 * it shows, the print is exactly what the clerk sees, and no server-side browser is needed per
 * print. The block is rendered (hidden on screen) into <body> while the 打印 button is shown, and
 * on paper it is the only thing printed: navigation, page chrome and drawers are hidden.
 */
import { PrinterOutlined } from "@ant-design/icons";
import { schoolYearLabel } from "@edu2035/domain";
import type { SchoolReportFieldsFragment } from "@edu2035/graphql";
import { Button } from "antd";
import { createPortal } from "react-dom";
import { formatDateTime } from "./formatTime.ts";
import { ReportDescriptions } from "./ReportDescriptions.tsx";
import { REPORT_STATUS_LABELS } from "./reportStatus.tsx";

/** The signature and stamp lines of the printed 年报, in order. */
export const REPORT_SIGNATURES = ["填报人（签字）", "审核人（签字）", "单位负责人（签字）"] as const;

/** The 年报 as printed (hidden on screen; see the module comment). */
export function PrintableReport({ report }: { report: SchoolReportFieldsFragment }) {
  const r = report;
  const meta: [string, string][] = [
    ["学校标识码", r.school.code],
    ["所属区", r.school.district?.name ?? "—"],
    ["学校类别", r.school.typeLabel],
    ["状态", REPORT_STATUS_LABELS[r.status] ?? r.statusLabel],
    ["提交时间", formatDateTime(r.submittedAt)],
    ["最后修改", `${r.updatedBy ?? "—"} ${formatDateTime(r.updatedAt)}`],
    [r.status === "APPROVED" ? "审核人" : "上次处理人", r.reviewedBy ?? "—"],
    [r.status === "APPROVED" ? "审核时间" : "上次处理时间", formatDateTime(r.reviewedAt)],
  ];
  return (
    <div className="edu-print-root" data-testid="report-print">
      <h1 className="edu-print-title">
        {r.school.name} {schoolYearLabel(r.schoolYear)} 学校年报
      </h1>
      {r.status !== "APPROVED" && (
        <p className="edu-print-warning" data-testid="report-print-draft">
          本年报{r.statusLabel}，尚未经区教育局审核，数据非最终数据。
        </p>
      )}
      <table className="edu-print-meta" data-testid="report-print-meta">
        <tbody>
          {Array.from({ length: meta.length / 2 }, (_, i) => (
            <tr key={meta[2 * i]![0]}>
              {[meta[2 * i]!, meta[2 * i + 1]!].flatMap(([k, v]) => [
                <th key={`${k}-k`}>{k}</th>,
                <td key={`${k}-v`}>{v}</td>,
              ])}
            </tr>
          ))}
          {r.reviewComment && (
            <tr>
              <th>审核意见</th>
              <td colSpan={3}>{r.reviewComment}</td>
            </tr>
          )}
        </tbody>
      </table>
      <ReportDescriptions report={r} />
      <div className="edu-print-signatures" data-testid="report-signature">
        <div className="edu-print-sign-lines">
          {REPORT_SIGNATURES.map((s) => (
            <div key={s} className="edu-print-sign-line">
              {s}：<span className="edu-print-blank" />
            </div>
          ))}
          <div className="edu-print-sign-line">
            日期：<span className="edu-print-date">年　　月　　日</span>
          </div>
        </div>
        <div className="edu-print-stamp">单位公章</div>
      </div>
    </div>
  );
}

/**
 * 打印: prints the report (PrintableReport, mounted into <body> while this button is shown) with
 * the browser's print dialog.
 */
export function PrintReportButton({ report }: { report: SchoolReportFieldsFragment }) {
  return (
    <>
      <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-report">
        打印
      </Button>
      {createPortal(<PrintableReport report={report} />, document.body)}
    </>
  );
}
