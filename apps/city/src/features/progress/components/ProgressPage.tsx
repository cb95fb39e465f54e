import type { ReportQueueQuery } from "@edu2035/graphql";
import {
  formatDateTime,
  PageCard,
  REPORT_COUNT_KEYS,
  REPORT_STATUS_LABELS,
  ReportingYearSelect,
  ReportStatusTag,
  schoolYearsQuery,
  useToken,
} from "@edu2035/ui";
import { useQuery } from "@tanstack/react-query";
import { Alert, Card, Col, Progress, Row, Statistic, Table, type TableColumnsType, Tabs, Tag } from "antd";
import { useEffect, useMemo, useState } from "react";
import { useCityProgress } from "../api/progress.ts";

type Queue = ReportQueueQuery["reportQueue"];
type Entry = Queue["entries"][number];
type CountKey = (typeof REPORT_COUNT_KEYS)[number][0];

interface CountRow {
  key: string;
  name: string;
  total: number;
  counts: Record<CountKey, number>;
  children?: CountRow[];
}

const keyOf = (e: Entry): CountKey =>
  (REPORT_COUNT_KEYS.find(([, s]) => s === (e.status ?? "NOT_STARTED"))?.[0] ?? "not_started") as CountKey;

function countRow(key: string, name: string, entries: readonly Entry[]): CountRow {
  const counts = Object.fromEntries(REPORT_COUNT_KEYS.map(([k]) => [k, 0])) as Record<CountKey, number>;
  for (const e of entries) counts[keyOf(e)] += 1;
  return { key, name, total: entries.length, counts };
}

/** 数据报送情况: per district and school type how many reports are at each status; who has not reported. */
export function ProgressPage() {
  const token = useToken();
  const years = useQuery(schoolYearsQuery(token));
  const [schoolYear, setSchoolYear] = useState<number>();
  useEffect(() => {
    if (schoolYear === undefined && years.data?.[0]) setSchoolYear(years.data[0].startYear);
  }, [schoolYear, years.data]);
  const { queues, isLoading, error } = useCityProgress(schoolYear);

  const rows = useMemo<CountRow[]>(
    () =>
      queues.map((q) => {
        const byType = new Map<string, Entry[]>();
        for (const e of q.entries)
          byType.set(e.school.typeLabel, [...(byType.get(e.school.typeLabel) ?? []), e]);
        return {
          ...countRow(q.district.id, q.district.name, q.entries),
          children: [...byType].map(([t, es]) => countRow(`${q.district.id}:${t}`, t, es)),
        };
      }),
    [queues],
  );
  const all = useMemo(
    () =>
      countRow(
        "city",
        "全市",
        queues.flatMap((q) => q.entries),
      ),
    [queues],
  );
  const missing = queues.flatMap((q) =>
    q.entries
      .filter((e) => e.status === null || e.status === "DRAFT" || e.status === "RETURNED")
      .map((e) => ({ ...e, district: q.district.name })),
  );

  const columns: TableColumnsType<CountRow> = [
    { title: "区 / 学校类别", dataIndex: "name", key: "name" },
    { title: "学校数", dataIndex: "total", key: "total", width: 80, align: "right" },
    ...REPORT_COUNT_KEYS.map(([k, s]) => ({
      title: REPORT_STATUS_LABELS[s],
      key: k,
      width: 90,
      align: "right" as const,
      render: (_: unknown, r: CountRow) => <span data-testid={`cell-${k}`}>{r.counts[k]}</span>,
    })),
    {
      title: "审核完成率",
      key: "rate",
      width: 180,
      render: (_, r) => (
        <Progress
          percent={r.total ? Math.round((r.counts.approved / r.total) * 1000) / 10 : 0}
          size="small"
        />
      ),
    },
  ];

  return (
    <>
      <PageCard
        title="数据报送情况"
        subtitle="各区学校年报填报与审核进度（按区、学校类别）"
        extra={
          schoolYear !== undefined && <ReportingYearSelect value={schoolYear} onChange={setSchoolYear} />
        }
      >
        {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
        <Row gutter={12} style={{ marginBottom: 16 }} data-testid="city-counts">
          {REPORT_COUNT_KEYS.map(([k, s]) => (
            <Col key={k} flex="1 1 0">
              <Card size="small">
                <Statistic
                  title={REPORT_STATUS_LABELS[s]}
                  value={all.counts[k]}
                  suffix={`/ ${all.total} 所`}
                  loading={isLoading}
                />
              </Card>
            </Col>
          ))}
        </Row>
        <div data-testid="progress-table">
          <Table<CountRow>
            size="small"
            bordered
            loading={isLoading}
            columns={columns}
            dataSource={rows}
            pagination={false}
            expandable={{ defaultExpandAllRows: false }}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <b>全市合计</b>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  <b>{all.total}</b>
                </Table.Summary.Cell>
                {REPORT_COUNT_KEYS.map(([k], i) => (
                  <Table.Summary.Cell key={k} index={i + 2} align="right">
                    <b>{all.counts[k]}</b>
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell index={7} />
              </Table.Summary.Row>
            )}
          />
        </div>
      </PageCard>
      <PageCard title="尚未报送的学校" subtitle="未填报、草稿或已退回待重新提交的学校">
        <Tabs
          items={[
            { key: "all", label: `全部（${missing.length}）`, list: missing },
            ...queues.map((q) => ({
              key: q.district.id,
              label: `${q.district.name}（${missing.filter((m) => m.district === q.district.name).length}）`,
              list: missing.filter((m) => m.district === q.district.name),
            })),
          ].map((t) => ({
            key: t.key,
            label: t.label,
            children: (
              <div data-testid={t.key === "all" ? "missing-table" : undefined}>
                <Table
                  size="small"
                  bordered
                  rowKey={(e) => e.school.id}
                  dataSource={t.list}
                  pagination={{ defaultPageSize: 20, showTotal: (n) => `共 ${n} 所` }}
                  columns={[
                    { title: "区", dataIndex: "district", width: 100 },
                    { title: "学校", key: "school", render: (_, e) => e.school.name },
                    {
                      title: "学校类别",
                      key: "type",
                      width: 140,
                      render: (_, e) => <Tag>{e.school.typeLabel}</Tag>,
                    },
                    {
                      title: "状态",
                      key: "status",
                      width: 90,
                      render: (_, e) => <ReportStatusTag status={e.status} />,
                    },
                    {
                      title: "审核时间",
                      key: "reviewedAt",
                      width: 150,
                      render: (_, e) => formatDateTime(e.reviewedAt),
                    },
                  ]}
                />
              </div>
            ),
          }))}
        />
      </PageCard>
    </>
  );
}
