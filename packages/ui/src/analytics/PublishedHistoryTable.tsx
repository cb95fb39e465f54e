import type { OrgUnitInput, PublishedHistoryQuery } from "@edu2035/graphql";
import { useQuery } from "@tanstack/react-query";
import { Alert, Select, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useEffect, useMemo, useState } from "react";
import { formatValue, TARGET_STATUS_COLORS, TARGET_STATUS_LABELS } from "../format.ts";
import { publishedHistoryQuery } from "../queries.ts";
import { formatDateTime } from "../reports/formatTime.ts";
import { useToken } from "../session.tsx";
import { DASHBOARD_STAGE_LABELS, type DashboardYear } from "./dashboard.ts";

type PublishedFigure = PublishedHistoryQuery["publishedHistory"][number];

/**
 * 发布版本 of one figure: for a published school year of the range (a selector when there are
 * several, default the chosen year when published, else the latest), the value of the target for
 * the unit in each publication (v1, v2 …) with its status, coverage, 发布时间 and 已被替代 for a
 * version the city reopened after (publishedHistory). A C1–C7 target has a value per stage in each
 * version, 小学 then 初中, each with its stage tag as in the 指标总览. Nothing when no year of the
 * range was ever published.
 */
export function PublishedHistoryTable({
  unit,
  targetId,
  unitLabel,
  years,
  schoolYear,
}: {
  /** The unit of the figure (the dashboard's own unit). */
  unit: OrgUnitInput;
  targetId: string;
  /** The target's unit (%, 人 …) for the values. */
  unitLabel: string;
  /** The statistical years of the range. */
  years: readonly DashboardYear[];
  /** The year chosen on the page. */
  schoolYear?: number;
}) {
  const token = useToken();
  const published = useMemo(
    () => years.filter((y) => y.publishedVersion !== null).sort((a, b) => b.schoolYear - a.schoolYear),
    [years],
  );
  const preferred =
    published.find((y) => y.schoolYear === schoolYear)?.schoolYear ?? published[0]?.schoolYear;
  const [year, setYear] = useState<number | undefined>(preferred);
  useEffect(() => {
    if (year === undefined || !published.some((y) => y.schoolYear === year)) setYear(preferred);
  }, [year, preferred, published]);
  const history = useQuery({
    ...publishedHistoryQuery(token, unit, targetId, year ?? 0),
    enabled: year !== undefined,
  });
  const columns = useMemo<TableColumnsType<PublishedFigure>>(
    () => [
      { title: "版本", key: "version", width: 64, render: (_, f) => `v${f.version}` },
      {
        title: "数值",
        key: "value",
        width: 150,
        render: (_, f) => (
          <Space size={4} wrap={false}>
            {f.result.value === null ? (
              <Typography.Text type="secondary" title={f.result.reason ?? undefined}>
                —
              </Typography.Text>
            ) : (
              formatValue(f.result.value, unitLabel)
            )}
            {/* C1–C7: one value per stage in each version, told apart as in the 指标总览 */}
            {f.result.stage && (
              <Tag data-stage={f.result.stage} style={{ marginInlineEnd: 0 }}>
                {DASHBOARD_STAGE_LABELS[f.result.stage] ?? f.result.stage}
              </Tag>
            )}
          </Space>
        ),
      },
      {
        title: "状态",
        key: "status",
        width: 100,
        render: (_, f) => (
          <Tag color={TARGET_STATUS_COLORS[f.result.status]} style={{ marginInlineEnd: 0 }}>
            {f.result.statusLabel || TARGET_STATUS_LABELS[f.result.status]}
          </Tag>
        ),
      },
      {
        title: "数据覆盖",
        key: "coverage",
        width: 120,
        render: (_, f) => (f.result.coverage.expected > 0 ? f.result.coverage.label : "—"),
      },
      { title: "发布时间", key: "publishedAt", width: 150, render: (_, f) => formatDateTime(f.publishedAt) },
      {
        title: "说明",
        key: "superseded",
        render: (_, f) =>
          f.superseded ? (
            <Tag data-superseded>已被替代</Tag>
          ) : (
            <Tag color="green" style={{ marginInlineEnd: 0 }}>
              现行
            </Tag>
          ),
      },
    ],
    [unitLabel],
  );
  if (published.length === 0) return null;
  return (
    <div data-testid="published-history" style={{ marginTop: 16 }}>
      <Space style={{ marginBottom: 8 }} wrap>
        <Typography.Text strong>发布版本</Typography.Text>
        <Select<number>
          size="small"
          aria-label="发布版本学年"
          style={{ width: 160 }}
          value={year}
          onChange={setYear}
          options={published.map((y) => ({ value: y.schoolYear, label: y.label }))}
        />
      </Space>
      {history.error ? (
        <Alert type="error" showIcon title={history.error.message} />
      ) : (
        <Table<PublishedFigure>
          rowKey={(f) => `${f.version}-${f.result.stage ?? ""}`}
          size="small"
          bordered
          columns={columns}
          dataSource={history.data ?? []}
          loading={history.isFetching}
          pagination={false}
          locale={{ emptyText: "该学年尚未发布此指标" }}
        />
      )}
    </div>
  );
}
