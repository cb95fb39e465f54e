import type { CompletenessEntryFieldsFragment } from "@edu2035/graphql";
import {
  currentSchoolYear,
  formatDateTime,
  PageCard,
  REPORT_STATUS_LABELS,
  ReminderButton,
  ReportingYearSelect,
  ReportStatusTag,
  schoolYearsQuery,
  useToken,
} from "@edu2035/ui";
import { useQuery } from "@tanstack/react-query";
import {
  Alert,
  Card,
  Col,
  Progress,
  Row,
  Space,
  Statistic,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import { useEffect, useMemo, useState } from "react";
import { type ReportCompleteness, useCityCompleteness } from "../api/progress.ts";
import {
  approvedRate,
  type CompletenessCounts,
  type CompletenessRow,
  CompletenessTable,
  formatRate,
  notSubmitted,
  submittedRate,
} from "./CompletenessTable.tsx";
import { ExportCompletenessButton } from "./ExportCompletenessButton.tsx";
import { ReportingPeriodPanel } from "./ReportingPeriodPanel.tsx";

type Entry = CompletenessEntryFieldsFragment;

/**
 * 数据报送情况 of the city (reportCompleteness): for a school year, the deadline the city set
 * (报送截止日期, set or changed here), the city's figures (应报, 已报送 with 报送率, 已审核 with
 * 审核率, 未报送, 逾期), the same per district (opening into school types) and per school type
 * with a 全市合计 row, and the schools that have not submitted and the reports submitted late.
 */
export function ProgressPage() {
  const token = useToken();
  const years = useQuery(schoolYearsQuery(token));
  const [schoolYear, setSchoolYear] = useState<number>();
  // the newest school year with data once known; the current one on a platform with no data yet
  useEffect(() => {
    if (schoolYear !== undefined) return;
    if (years.data) setSchoolYear(years.data[0]?.startYear ?? currentSchoolYear());
    else if (years.isError) setSchoolYear(currentSchoolYear());
  }, [schoolYear, years.data, years.isError]);
  const { city, byDistrictId, isLoading, isFetching, error } = useCityCompleteness(schoolYear);
  // the figures of another year are not shown as this one's
  const data = city?.schoolYear === schoolYear ? city : undefined;
  const hasDeadline = Boolean(data?.period);

  const districtRows = useMemo<CompletenessRow[]>(
    () =>
      (data?.byDistrict ?? []).map((d) => {
        const own = byDistrictId.get(d.district.id);
        return {
          key: d.district.id,
          name: d.district.name,
          counts: d.counts,
          children: own?.bySchoolType.map((t) => ({
            key: `${d.district.id}:${t.type}`,
            name: t.label,
            counts: t.counts,
          })),
        };
      }),
    [data, byDistrictId],
  );
  const typeRows = useMemo<CompletenessRow[]>(
    () => (data?.bySchoolType ?? []).map((t) => ({ key: t.type, name: t.label, counts: t.counts })),
    [data],
  );

  return (
    <>
      <PageCard
        title="数据报送情况"
        subtitle="各区学校年报报送的完整性与及时性（按区、学校类别），对照市教育局设定的报送截止日期"
        extra={
          schoolYear !== undefined && (
            <Space>
              <ReportingYearSelect value={schoolYear} onChange={setSchoolYear} allPastYears />
              <ExportCompletenessButton schoolYear={schoolYear} />
            </Space>
          )
        }
      >
        {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
        {schoolYear !== undefined && (
          <ReportingPeriodPanel
            schoolYear={schoolYear}
            period={data ? data.period : undefined}
            loading={isLoading}
          />
        )}
        <SummaryCards
          total={data?.total}
          lateSubmissions={data?.lateSubmissions.length ?? 0}
          hasDeadline={hasDeadline}
          loading={!data}
        />
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          按区统计
        </Typography.Title>
        <CompletenessTable
          testId="progress-table"
          rows={districtRows}
          total={data?.total}
          nameTitle="区 / 学校类别"
          totalLabel="全市合计"
          hasDeadline={hasDeadline}
          loading={isFetching}
        />
        <Typography.Title level={5} style={{ marginTop: 20 }}>
          按学校类别统计
        </Typography.Title>
        <CompletenessTable
          testId="type-table"
          rows={typeRows}
          total={data?.total}
          nameTitle="学校类别"
          totalLabel="全市合计"
          hasDeadline={hasDeadline}
          loading={isFetching}
        />
      </PageCard>
      <MissingSchools data={data} loading={isFetching} />
    </>
  );
}

/** A card title with what it counts on hover. */
function CardTitle({ title, tip }: { title: string; tip: string }) {
  return (
    <Tooltip title={tip}>
      <span style={{ cursor: "help" }}>{title}</span>
    </Tooltip>
  );
}

/**
 * The city's figures as cards: 应报, 已报送 (报送率), 已审核 (审核率), 待审核, 未报送, and 逾期
 * split into reports submitted late and schools still not submitted after the deadline.
 */
function SummaryCards({
  total,
  lateSubmissions,
  hasDeadline,
  loading,
}: {
  total: CompletenessCounts | undefined;
  /** Reports submitted after the deadline (the API's lateSubmissions). */
  lateSubmissions: number;
  hasDeadline: boolean;
  loading: boolean;
}) {
  const due = total?.due ?? 0;
  const suffix = `/ ${due} 所`;
  const sent = total ? total.submitted + total.approved : 0;
  const missing = total ? notSubmitted(total) : 0;
  const sRate = total ? submittedRate(total) : null;
  const aRate = total ? approvedRate(total) : null;
  const bar = (rate: number | null, label: string, color?: string) =>
    rate === null ? null : (
      <Progress
        percent={rate}
        size="small"
        strokeColor={rate >= 100 ? undefined : color}
        status={rate >= 100 ? "success" : "normal"}
        format={() => `${label} ${formatRate(rate)}`}
      />
    );
  const note = (text: string) => (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {text}
    </Typography.Text>
  );
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="city-counts">
      <Col flex="1 1 150px">
        <Card size="small" data-testid="count-due">
          <Statistic
            title={<CardTitle title="应报学校" tip="应报送年报的在办学校数" />}
            value={due}
            suffix="所"
            loading={loading}
          />
        </Card>
      </Col>
      <Col flex="1 1 190px">
        <Card size="small" data-testid="count-sent">
          <Statistic
            title={<CardTitle title="已报送" tip="已提交（待审核）+ 已审核" />}
            value={sent}
            suffix={suffix}
            loading={loading}
          />
          {bar(sRate, "报送率")}
        </Card>
      </Col>
      <Col flex="1 1 190px">
        <Card size="small" data-testid="count-approved">
          <Statistic
            title={<CardTitle title={REPORT_STATUS_LABELS.APPROVED} tip="区教育局审核通过的年报" />}
            value={total?.approved ?? 0}
            suffix={suffix}
            loading={loading}
          />
          {bar(aRate, "审核率", "#13a8a8")}
        </Card>
      </Col>
      <Col flex="1 1 150px">
        <Card size="small" data-testid="count-submitted">
          <Statistic
            title={<CardTitle title="待审核" tip="已提交、待区教育局审核的年报" />}
            value={total?.submitted ?? 0}
            suffix={suffix}
            loading={loading}
          />
        </Card>
      </Col>
      <Col flex="1 1 150px">
        <Card size="small" data-testid="count-missing">
          <Statistic
            title={<CardTitle title="未报送" tip="未填报、草稿或已退回待重新提交" />}
            value={missing}
            suffix={suffix}
            loading={loading}
            styles={{ content: missing > 0 ? { color: "#d48806" } : undefined }}
          />
          {total && note(`未填报 ${total.notStarted} · 草稿 ${total.draft} · 已退回 ${total.returned}`)}
        </Card>
      </Col>
      <Col flex="1 1 190px">
        <Card size="small" data-testid="count-late">
          {hasDeadline || loading ? (
            <>
              <Statistic
                title={<CardTitle title="逾期" tip="截止日期后提交，或截止日期已过仍未提交年报的学校" />}
                value={total?.late ?? 0}
                suffix="所"
                loading={loading}
                styles={{ content: total && total.late > 0 ? { color: "#cf1322" } : undefined }}
              />
              {total &&
                note(`逾期提交 ${lateSubmissions} · 逾期未报送 ${Math.max(0, total.late - lateSubmissions)}`)}
            </>
          ) : (
            <Statistic
              title="逾期"
              value="未设截止日期"
              styles={{ content: { fontSize: 16, color: "rgba(0,0,0,0.45)" } }}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}

/** Columns of a list of schools; `submittedAt` adds 提交时间 (for late submissions). */
function entryColumns(entries: readonly Entry[], submittedAt: boolean): TableColumnsType<Entry> {
  const types = [...new Map(entries.map((e) => [e.school.type, e.school.typeLabel]))];
  const statuses = [...new Set(entries.map((e) => e.status ?? "NOT_STARTED"))];
  return [
    { title: "区", key: "district", width: 90, render: (_, e) => e.district.name },
    {
      title: "学校",
      key: "school",
      render: (_, e) => (
        <div>
          <div>{e.school.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {e.school.code}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: "学校类别",
      key: "type",
      width: 150,
      filters: types.map(([value, text]) => ({ value, text })),
      onFilter: (v, e) => e.school.type === v,
      render: (_, e) => <Tag>{e.school.typeLabel}</Tag>,
    },
    {
      title: "状态",
      key: "status",
      width: 100,
      filters: statuses.map((s) => ({ value: s, text: REPORT_STATUS_LABELS[s] })),
      onFilter: (v, e) => (e.status ?? "NOT_STARTED") === v,
      render: (_, e) => <ReportStatusTag status={e.status} />,
    },
    ...(submittedAt
      ? [
          {
            title: "提交时间",
            key: "submittedAt",
            width: 150,
            render: (_: unknown, e: Entry) => formatDateTime(e.submittedAt),
          },
        ]
      : []),
    {
      title: "及时性",
      key: "late",
      width: 90,
      render: (_, e) =>
        e.late ? (
          <Tag color="error" data-testid="late-tag">
            逾期
          </Tag>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];
}

/** 未报送学校 (all, then per district) and 逾期提交 (reports submitted after the deadline). */
function MissingSchools({ data, loading }: { data: ReportCompleteness | undefined; loading: boolean }) {
  const missing = data?.missing ?? [];
  const late = data?.lateSubmissions ?? [];
  const list = (entries: readonly Entry[], testId: string | undefined, submittedAt = false) => (
    <div data-testid={testId}>
      <Table<Entry>
        size="small"
        bordered
        loading={loading}
        rowKey={(e) => e.school.id}
        dataSource={entries as Entry[]}
        columns={entryColumns(entries, submittedAt)}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (n) => `共 ${n} 所` }}
        locale={{ emptyText: "没有学校" }}
      />
    </div>
  );
  return (
    <PageCard
      title="未报送学校"
      subtitle="未填报、草稿或已退回待重新提交的学校；截止日期已过的标为逾期"
      extra={<ReminderButton schoolYear={data?.schoolYear} pendingCount={missing.length} />}
    >
      <Tabs
        items={[
          { key: "all", label: `全部（${missing.length}）`, children: list(missing, "missing-table") },
          ...(data?.byDistrict ?? []).map((d) => {
            const own = missing.filter((m) => m.district.id === d.district.id);
            return {
              key: d.district.id,
              label: `${d.district.name}（${own.length}）`,
              children: list(own, undefined),
            };
          }),
          ...(data?.period
            ? [
                {
                  key: "late",
                  label: `逾期提交（${late.length}）`,
                  children: list(late, "late-table", true),
                },
              ]
            : []),
        ]}
      />
    </PageCard>
  );
}
