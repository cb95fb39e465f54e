import { EyeOutlined, WarningFilled } from "@ant-design/icons";
import type { ReportQueueQuery, ReportStatus } from "@edu2035/graphql";
import {
  currentSchoolYear,
  DeadlineTag,
  formatDateTime,
  hashIntParam,
  PageCard,
  REPORT_COUNT_KEYS,
  REPORT_STATUS_COLORS,
  REPORT_STATUS_LABELS,
  ReminderButton,
  ReportingYearSelect,
  ReportStatusTag,
} from "@edu2035/ui";
import {
  Alert,
  Button,
  Card,
  Col,
  Row,
  Space,
  Statistic,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import { useEffect, useState } from "react";
import { useReportingPeriodSet, useReportQueue } from "../api/review.ts";
import { defaultReviewYear } from "../defaultYear.ts";
import { ReviewDrawer } from "./ReviewDrawer.tsx";

type Entry = ReportQueueQuery["reportQueue"]["entries"][number];
type StatusKey = ReportStatus | "NOT_STARTED";

/**
 * 年报审核: every school of the district with its report's status, flags and the review actions;
 * the year's 截止时间, each report's 首次提交时间 and 最近提交时间, and 逾期 when the first
 * submission came after the deadline or none came by it (the API's rule, periods isLate).
 */
export function ReviewPage({ district }: { district: { id: string; name: string } }) {
  // the year a link names, else the current school year once its 填报 is open, else the year
  // before (defaultYear.ts, the one rule); the reviewer's choice from then on
  const [current] = useState(currentSchoolYear);
  const [linked] = useState(() => hashIntParam("schoolYear"));
  const currentPeriodSet = useReportingPeriodSet(current);
  const opening = defaultReviewYear(linked, current, currentPeriodSet);
  const [chosen, setSchoolYear] = useState<number | undefined>(undefined);
  // kept once known: a refetch of the period never moves the page to another year
  useEffect(() => {
    if (chosen === undefined && opening !== undefined) setSchoolYear(opening);
  }, [chosen, opening]);
  const schoolYear = chosen ?? opening;
  const { data, isLoading, error } = useReportQueue(district.id, schoolYear);
  const [status, setStatus] = useState<StatusKey | null>(null);
  const [open, setOpen] = useState<Entry | null>(null);

  const columns: TableColumnsType<Entry> = [
    { title: "学校", key: "school", width: 160, render: (_, e) => e.school.name },
    { title: "学校类别", key: "type", width: 104, render: (_, e) => e.school.typeLabel },
    {
      title: "状态",
      key: "status",
      width: 130,
      render: (_, e) => (
        <Space size={4} wrap={false}>
          <ReportStatusTag status={e.status} />
          {e.late && (
            <Tooltip
              title={
                e.firstSubmittedAt
                  ? `首次提交（${formatDateTime(e.firstSubmittedAt)}）晚于截止时间（${formatDateTime(data?.deadline)}）`
                  : `截止时间（${formatDateTime(data?.deadline)}）已过，尚未提交`
              }
            >
              <Tag color="red" data-testid="late-tag" style={{ marginInlineEnd: 0 }}>
                逾期
              </Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      title: "首次提交时间",
      key: "firstSubmittedAt",
      width: 140,
      render: (_, e) => (
        <Typography.Text
          type={e.late && e.firstSubmittedAt ? "danger" : undefined}
          data-testid="first-submitted"
        >
          {formatDateTime(e.firstSubmittedAt)}
        </Typography.Text>
      ),
    },
    {
      title: "最近提交时间",
      key: "submittedAt",
      width: 140,
      render: (_, e) => formatDateTime(e.submittedAt),
    },
    {
      title: "在校生",
      key: "students",
      width: 80,
      align: "right",
      render: (_, e) => e.totalStudents ?? "—",
    },
    {
      title: "数据疑点",
      key: "flags",
      render: (_, e) =>
        e.flags.length ? (
          <Space orientation="vertical" size={2} data-testid="report-flags">
            {e.flags.map((f) => (
              <Typography.Text
                key={`${f.kind}:${f.field}:${f.message}`}
                type="warning"
                style={{ fontSize: 12 }}
              >
                <WarningFilled style={{ color: "#faad14", marginRight: 4 }} />
                {f.message}
              </Typography.Text>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: "操作",
      key: "actions",
      width: 100,
      render: (_, e) =>
        e.status ? (
          <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => setOpen(e)}>
            {e.status === "SUBMITTED" ? "审核" : "查看"}
          </Button>
        ) : (
          <Typography.Text type="secondary">未填报</Typography.Text>
        ),
    },
  ];

  const count = (key: string) => data?.counts.find((c) => c.key === key)?.count ?? 0;
  const notSubmitted = (data?.entries ?? []).filter(
    (e) => e.status === null || e.status === "DRAFT" || e.status === "RETURNED",
  ).length;
  const rows = (data?.entries ?? []).filter((e) => status === null || (e.status ?? "NOT_STARTED") === status);
  return (
    <PageCard
      title="年报审核"
      subtitle={`${district.name} · 各校年报填报与审核情况；审核通过的年报计入规划指标`}
      extra={
        schoolYear !== undefined && (
          <ReportingYearSelect value={schoolYear} onChange={setSchoolYear} allPastYears />
        )
      }
    >
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <Row gutter={12} style={{ marginBottom: 16 }} data-testid="queue-counts">
        {REPORT_COUNT_KEYS.map(([key, st]) => (
          <Col key={key} flex="1 1 0">
            <Card
              size="small"
              hoverable
              onClick={() => setStatus(status === st ? null : st)}
              style={{
                borderColor: status === st ? "#1f5fbf" : undefined,
                borderTop: `3px solid ${colorOf(REPORT_STATUS_COLORS[st])}`,
              }}
              data-testid={`count-${key}`}
            >
              <Statistic
                // the API's label once the queue answers; the same Chinese word before it (never the key)
                title={data?.counts.find((c) => c.key === key)?.label ?? REPORT_STATUS_LABELS[st]}
                value={count(key)}
                suffix="所"
                loading={isLoading}
              />
            </Card>
          </Col>
        ))}
      </Row>
      {status && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`仅显示状态为“${data?.counts.find((c) => REPORT_COUNT_KEYS.find(([k, s]) => s === status && k === c.key))?.label ?? ""}”的学校`}
          action={
            <Button size="small" onClick={() => setStatus(null)}>
              显示全部
            </Button>
          }
        />
      )}
      <Space size={12} style={{ marginBottom: 8 }} data-testid="review-deadline">
        <Typography.Text>
          截止时间：
          <Typography.Text strong>
            {data ? (data.deadline ? formatDateTime(data.deadline) : "未设置") : "…"}
          </Typography.Text>
        </Typography.Text>
        {data?.deadline && <DeadlineTag deadline={data.deadline} />}
        {data?.deadline && (
          <Typography.Text type="secondary">
            逾期 {data.entries.filter((e) => e.late).length}{" "}
            所（按首次提交时间判断：晚于截止时间提交，或截止时仍未提交）
          </Typography.Text>
        )}
        {/* 催报: the schools of the year that have not submitted (未填报, 草稿, 已退回) */}
        <ReminderButton schoolYear={schoolYear} pendingCount={notSubmitted} size="small" />
      </Space>
      <div data-testid="review-queue">
        <Table<Entry>
          rowKey={(e) => e.school.id}
          size="small"
          bordered
          loading={isLoading}
          columns={columns}
          dataSource={rows}
          pagination={{ defaultPageSize: 50, showTotal: (t) => `共 ${t} 所` }}
        />
      </div>
      {schoolYear !== undefined && (
        <ReviewDrawer entry={open} schoolYear={schoolYear} onClose={() => setOpen(null)} />
      )}
    </PageCard>
  );
}

/** A hex colour for an antd preset tag colour name. */
function colorOf(name: string): string {
  return (
    { default: "#bfbfbf", blue: "#1677ff", gold: "#faad14", red: "#ff4d4f", green: "#52c41a" }[name] ?? name
  );
}
