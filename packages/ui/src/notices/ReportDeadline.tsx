import { execute, ReportingPeriodDocument } from "@edu2035/graphql";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { Space, Typography } from "antd";
import { formatDateTime } from "../reports/formatTime.ts";
import { useToken } from "../session.tsx";
import { DeadlineTag } from "./DeadlineTag.tsx";

const reportingPeriodQuery = (token: string, schoolYear: number) =>
  queryOptions({
    queryKey: ["reportingPeriod", schoolYear],
    queryFn: ({ signal }) =>
      execute(ReportingPeriodDocument, { schoolYear }, { token, signal }).then((d) => d.reportingPeriod),
  });

/**
 * 截止时间 of a school year's 年报 where a report is filled in: the city's reporting period's
 * deadline with 还剩 N 天 / 逾期, or 未设置 when the city has set none.
 */
export function ReportDeadline({ schoolYear }: { schoolYear: number }) {
  const { data } = useQuery(reportingPeriodQuery(useToken(), schoolYear));
  if (data === undefined) return null;
  return (
    <Space size={6} data-testid="report-deadline">
      <Typography.Text type="secondary">
        截止时间：{data?.deadline ? formatDateTime(data.deadline) : "未设置"}
      </Typography.Text>
      {data?.deadline && <DeadlineTag deadline={data.deadline} />}
    </Space>
  );
}
