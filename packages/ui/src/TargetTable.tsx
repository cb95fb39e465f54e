import { ExclamationCircleOutlined, InfoCircleOutlined, LineChartOutlined } from "@ant-design/icons";
import { type SchoolType as DomainSchoolType, SCHOOL_TYPE_LABELS } from "@edu2035/domain";
import type { SchoolType, Stage, TargetGroup, TargetResultsQuery, TargetStatus } from "@edu2035/graphql";
import { Button, Segmented, Space, Table, type TableColumnsType, Tag, Tooltip, Typography } from "antd";
import { useMemo, useState } from "react";
import { IncludeSubmittedNotice, IncludeSubmittedSwitch } from "./analytics/IncludeSubmittedSwitch.tsx";
import { CoverageLine, ProvisionalMark } from "./analytics/ResultCell.tsx";
import {
  formatMilestone,
  formatNumber,
  formatValue,
  TARGET_GROUP_LABELS,
  TARGET_STATUS_COLORS,
  TARGET_STATUS_LABELS,
} from "./format.ts";
import { WhatItTakesLine } from "./WhatItTakesLine.tsx";

export type TargetResultRow = TargetResultsQuery["targetResults"][number];

const STATUS_ORDER: TargetStatus[] = ["MET", "ON_TRACK", "OFF_TRACK", "MISSED", "INCOMPLETE", "NO_DATA"];

const typeLabel = (t: SchoolType) => SCHOOL_TYPE_LABELS[t.toLowerCase() as DomainSchoolType];

/**
 * Why a target is 不适用 (not applicable): the API says so (NOT_APPLICABLE: the unit has no unit
 * of the kinds the target concerns), or, for a school of `schoolType`, the target concerns other
 * kinds of school (适用学校类别) and the school has no value. null when it applies.
 */
export function notApplicableReason(row: TargetResultRow, schoolType: SchoolType | undefined): string | null {
  const types = row.target.schoolTypes;
  if (row.status === "NOT_APPLICABLE") return row.reason ?? "不适用";
  if (!schoolType || !types?.length || types.includes(schoolType) || row.value !== null) return null;
  return `本校为${typeLabel(schoolType)}；该指标统计${types.map(typeLabel).join("、")}`;
}

function ValueCell({ row }: { row: TargetResultRow }) {
  const { value, numerator, denominator, numeratorLabel, denominatorLabel, target } = row;
  if (value === null || value === undefined)
    return (
      <div>
        <Typography.Text type="secondary">—</Typography.Text>
        <CoverageLine coverage={row.coverage} />
      </div>
    );
  const detail =
    numerator !== null && numerator !== undefined && denominator !== null && denominator !== undefined
      ? `${formatNumber(numerator)} / ${formatNumber(denominator)}`
      : null;
  return (
    <div>
      <Typography.Text strong data-value>
        {formatValue(value, target.unitLabel)}
      </Typography.Text>
      {row.provisional && <ProvisionalMark />}
      {detail && (
        <Tooltip title={[numeratorLabel, denominatorLabel].filter(Boolean).join(" / ") || undefined}>
          <div style={{ fontSize: 12, color: "rgba(0,0,0,0.45)" }}>{detail}</div>
        </Tooltip>
      )}
      {/* how many units the value counts (issue 10), where it is read, not only in a tooltip */}
      <CoverageLine coverage={row.coverage} />
    </div>
  );
}

const columnsFor = (schoolType: SchoolType | undefined): TableColumnsType<TargetResultRow> => [
  { title: "编号", dataIndex: ["target", "id"], width: 72, fixed: "left" },
  {
    title: "指标",
    key: "name",
    render: (_, row) => (
      <Space size={4} align="start">
        <Tooltip
          title={
            <div>
              <div>统计口径：{row.target.measuredFrom}</div>
              <div>出处：规划 {row.target.section}</div>
              {row.target.notes && <div>说明：{row.target.notes}</div>}
            </div>
          }
        >
          <span style={{ cursor: "help" }}>{row.target.name}</span>
        </Tooltip>
        {/* C1–C7 come once per stage: the stage tells the two rows apart */}
        {row.stageLabel && (
          <Tag data-stage={row.stage} style={{ marginInlineEnd: 0 }}>
            {row.stageLabel}
          </Tag>
        )}
        {row.target.inconsistency && (
          <Tooltip title={row.target.inconsistency}>
            <ExclamationCircleOutlined style={{ color: "#fa8c16" }} aria-label="规划表述不一致" />
          </Tooltip>
        )}
      </Space>
    ),
  },
  {
    title: "2020年现状",
    key: "baseline",
    width: 110,
    render: (_, row) =>
      row.target.baselineLabel ??
      (row.target.baseline !== null && row.target.baseline !== undefined
        ? formatValue(row.target.baseline, row.target.unitLabel)
        : "—"),
  },
  {
    title: "目标值",
    key: "milestones",
    width: 260,
    render: (_, row) =>
      row.target.milestones.length === 0 ? (
        "—"
      ) : (
        <Space size={[4, 4]} wrap>
          {row.target.milestones.map((m) => (
            <Tag
              key={`${m.year ?? "every"}-${m.label}`}
              style={{ marginInlineEnd: 0, whiteSpace: "normal", maxWidth: "100%" }}
            >
              {formatMilestone(m)}
            </Tag>
          ))}
        </Space>
      ),
  },
  { title: "当前值", key: "value", width: 140, render: (_, row) => <ValueCell row={row} /> },
  {
    title: "状态",
    key: "status",
    // wide enough for the 达成路径 under a lagging target to wrap in a few lines
    width: 220,
    render: (_, row) => {
      const notApplicable = notApplicableReason(row, schoolType);
      if (notApplicable) {
        return (
          <Tooltip title={notApplicable}>
            <Tag data-status="NOT_APPLICABLE">不适用</Tag>
          </Tooltip>
        );
      }
      const tag = (
        <Tag color={TARGET_STATUS_COLORS[row.status]} data-status={row.status}>
          {row.statusLabel || TARGET_STATUS_LABELS[row.status]}
        </Tag>
      );
      const tip = [
        row.reason,
        row.milestone ? `对照：${formatMilestone(row.milestone)}` : null,
        row.requiredNow !== null && row.requiredNow !== undefined
          ? `按进度本年应达 ${formatValue(row.requiredNow, row.target.unitLabel)}`
          : null,
        row.coverage.expected > 0
          ? `数据覆盖：${row.coverage.label}${row.coverage.complete ? "" : "（暂定：未覆盖全部应报单位，不判断达标）"}`
          : null,
        row.publishedVersion !== null && row.publishedVersion !== undefined
          ? `已发布 v${row.publishedVersion}`
          : null,
      ]
        .filter(Boolean)
        .join("；");
      const status = tip ? (
        <Tooltip title={tip}>
          <span>
            {tag}
            <InfoCircleOutlined style={{ color: "rgba(0,0,0,0.35)" }} />
          </span>
        </Tooltip>
      ) : (
        tag
      );
      return row.whatItTakes ? (
        <div>
          {status}
          <WhatItTakesLine text={row.whatItTakes} />
        </div>
      ) : (
        status
      );
    },
  },
];

/** A row's key: the target, and for C1–C7 its stage (each has a row per stage). */
export const targetRowKey = (row: TargetResultRow): string =>
  row.stage ? `${row.target.id}-${row.stage}` : row.target.id;

/** 趋势: a button per target that opens its trend chart. */
function trendColumn(
  onClick: (target: TargetResultRow["target"], stage: Stage | null) => void,
): TableColumnsType<TargetResultRow>[number] {
  return {
    title: "趋势",
    key: "trend",
    width: 72,
    fixed: "right",
    align: "center",
    render: (_, row) => (
      <Button
        type="link"
        size="small"
        icon={<LineChartOutlined />}
        aria-label={`${row.target.id}${row.stageLabel ? ` ${row.stageLabel}` : ""} 历年趋势`}
        onClick={() => onClick(row.target, row.stage ?? null)}
      />
    ),
  };
}

/**
 * The plan's targets for one unit and school year (targetResults): number, name (口径 and 出处 on
 * hover), 2020 baseline, milestones, current value with numerator/denominator, its 数据覆盖
 * ("17/51 所学校") and 暂定 when not complete, and status (数据不全, 无数据 and 不适用 apart) with,
 * under a lagging roster target, its 达成路径; the status counts say how many values are 暂定. With
 * `onIncludeSubmittedChange`, the 统计口径 switch (含已提交待审核的年报) sits beside the A/B/C filter
 * and a warning shows while submitted reports are counted.
 */
export function TargetTable({
  results,
  loading,
  onTargetClick,
  includeSubmitted = false,
  onIncludeSubmittedChange,
  schoolType,
}: {
  results: readonly TargetResultRow[];
  loading?: boolean;
  /** With it, a 趋势 column asks for the target's trend chart (a C1–C7 row's: of its stage). */
  onTargetClick?: (target: TargetResultRow["target"], stage: Stage | null) => void;
  /** Whether the results count submitted, not yet reviewed reports (the query's includeSubmitted). */
  includeSubmitted?: boolean;
  /** With it, the 统计口径 switch shows; the caller refetches with the new value. */
  onIncludeSubmittedChange?: (includeSubmitted: boolean) => void;
  /** The school's type, when the unit is a school: targets for other kinds of school read 不适用. */
  schoolType?: SchoolType;
}) {
  const [group, setGroup] = useState<TargetGroup | "ALL">("ALL");
  const { counts, notApplicable, provisional } = useMemo(() => {
    const c = new Map<TargetStatus, number>();
    let na = 0;
    let p = 0;
    for (const r of results) {
      if (notApplicableReason(r, schoolType)) na += 1;
      else {
        c.set(r.status, (c.get(r.status) ?? 0) + 1);
        if (r.provisional) p += 1;
      }
    }
    return { counts: c, notApplicable: na, provisional: p };
  }, [results, schoolType]);
  const columns = useMemo(() => columnsFor(schoolType), [schoolType]);
  const rows = useMemo(
    () => (group === "ALL" ? results : results.filter((r) => r.target.group === group)),
    [results, group],
  );
  const groups = (["A", "B", "C"] as const).filter((g) => results.some((r) => r.target.group === g));
  return (
    <div>
      <div
        style={{
          display: "flex",
          justifyContent: "space-between",
          marginBottom: 12,
          flexWrap: "wrap",
          gap: 8,
        }}
      >
        <Space size={16} wrap>
          <Segmented
            value={group}
            onChange={(v) => setGroup(v as TargetGroup | "ALL")}
            options={[
              // while the figures load, no count: "全部（0）" reads as "no targets"
              { label: loading && !results.length ? "全部" : `全部（${results.length}）`, value: "ALL" },
              ...groups.map((g) => ({ label: `${g}类 ${TARGET_GROUP_LABELS[g]}`, value: g })),
            ]}
          />
          {onIncludeSubmittedChange && (
            <IncludeSubmittedSwitch value={includeSubmitted} onChange={onIncludeSubmittedChange} />
          )}
        </Space>
        <Space size={4} wrap data-testid="status-counts">
          {STATUS_ORDER.filter((s) => counts.get(s)).map((s) => (
            <Tag key={s} color={TARGET_STATUS_COLORS[s]} data-count-status={s}>
              {TARGET_STATUS_LABELS[s]} {counts.get(s)}
            </Tag>
          ))}
          {notApplicable > 0 && <Tag data-count-status="NOT_APPLICABLE">不适用 {notApplicable}</Tag>}
          {provisional > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="provisional-count">
              其中 {provisional} 项数据不全（暂定）
            </Typography.Text>
          )}
        </Space>
      </div>
      {includeSubmitted && <IncludeSubmittedNotice />}
      <Table<TargetResultRow>
        // a C1–C7 target has a row per stage (小学, 初中): the key must tell them apart, or React
        // reuses one row for the other and rows of another group survive a change of filter
        rowKey={targetRowKey}
        size="middle"
        bordered
        columns={onTargetClick ? [...columns, trendColumn(onTargetClick)] : columns}
        dataSource={rows as TargetResultRow[]}
        loading={loading}
        // while loading, the spinner alone: not 暂无数据 under it
        locale={
          loading ? { emptyText: <span data-testid="targets-loading">正在加载指标……</span> } : undefined
        }
        scroll={{ x: 960 }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (t) => `共 ${t} 项指标` }}
      />
    </div>
  );
}
