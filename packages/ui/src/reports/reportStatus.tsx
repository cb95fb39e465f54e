import type { ReportStatus } from "@edu2035/graphql";
import { Tag } from "antd";

/** 年报状态 in Chinese; null = 未填报 (no report started). */
export const REPORT_STATUS_LABELS: Record<ReportStatus | "NOT_STARTED", string> = {
  NOT_STARTED: "未填报",
  DRAFT: "草稿",
  SUBMITTED: "已提交",
  RETURNED: "已退回",
  APPROVED: "已审核",
};

/** Tag colours: 未填报 grey, 草稿 blue, 已提交 gold (waiting), 已退回 red, 已审核 green. */
export const REPORT_STATUS_COLORS: Record<ReportStatus | "NOT_STARTED", string> = {
  NOT_STARTED: "default",
  DRAFT: "blue",
  SUBMITTED: "gold",
  RETURNED: "red",
  APPROVED: "green",
};

/** The queue's count keys (not_started, draft …) in display order, with their status. */
export const REPORT_COUNT_KEYS = [
  ["not_started", "NOT_STARTED"],
  ["draft", "DRAFT"],
  ["submitted", "SUBMITTED"],
  ["returned", "RETURNED"],
  ["approved", "APPROVED"],
] as const;

/** A coloured tag of a report's status (null = 未填报). */
export function ReportStatusTag({ status }: { status: ReportStatus | null | undefined }) {
  const key = status ?? "NOT_STARTED";
  return (
    <Tag color={REPORT_STATUS_COLORS[key]} data-testid="report-status">
      {REPORT_STATUS_LABELS[key]}
    </Tag>
  );
}
