import { LineChartOutlined, WarningOutlined } from "@ant-design/icons";
import type { PlanTargetFieldsFragment, Stage, TargetGroup, TargetStatus } from "@edu2035/graphql";
import {
  Button,
  Pagination,
  Segmented,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import { useMemo, useState } from "react";
import {
  formatMilestone,
  TARGET_GROUP_LABELS,
  TARGET_STATUS_COLORS,
  TARGET_STATUS_LABELS,
} from "../format.ts";
import { YearStateTag } from "../statisticalYears.tsx";
import { WhatItTakesLine } from "../WhatItTakesLine.tsx";
import {
  DASHBOARD_STAGE_LABELS,
  type DashboardIndex,
  type DashboardUnit,
  dashboardUnitKey,
} from "./dashboard.ts";
import { IncludeSubmittedNotice, IncludeSubmittedSwitch } from "./IncludeSubmittedSwitch.tsx";
import { ResultCell } from "./ResultCell.tsx";

type Target = PlanTargetFieldsFragment;

/** A row of the table: a target, and for C1–C7 one of its stages (a row per stage, 小学 then 初中). */
interface TargetRow {
  key: string;
  target: Target;
  stage: Stage | null;
}

/** The page of units below the dashboard's unit (server-side: the API sends one page). */
export interface DashboardChildrenPage {
  offset: number;
  limit: number;
  /** How many units are below in all. */
  total: number;
  /** 所学校 / 个区. */
  unitWord: string;
  onChange: (offset: number, limit: number) => void;
}

/** Page sizes offered; the pager shows once the units below are more than the smallest. */
const PAGE_SIZES = [20, 50, 100, 200];

/** Columns of units below the dashboard's unit, optionally under a group header (e.g. 小学). */
export interface DashboardColumnGroup {
  title: string | null;
  units: readonly DashboardUnit[];
}

const STATUS_ORDER: TargetStatus[] = [
  "MET",
  "ON_TRACK",
  "OFF_TRACK",
  "MISSED",
  "INCOMPLETE",
  "NO_DATA",
  "NOT_APPLICABLE",
];
const UNIT_COLUMN_WIDTH = 124;

/**
 * 指标总览 table: one row per target — a C1–C7 target one per stage (小学, 初中: a stage tag beside
 * its name, as 规划指标), each unit's result of that stage —, the dashboard unit's value and each unit below it side by
 * side for one school year (status tag under each value, its 数据覆盖 under it: "46/46 所学校"
 * quietly, "17/51 所学校" with 暂定 when not complete; the reason on hover where there is no
 * value); the year's state (已发布 v2, or
 * 预览) and the status counts of the unit (with 数据不全 and 不适用, and how many values are 暂定). A/B/C filter; a click on a target (or 趋势) asks for its trend chart. With
 * `onIncludeSubmittedChange`, the 统计口径 switch (含已提交待审核的年报) sits beside the filter and a
 * warning shows while submitted reports are counted. With `childrenPage`, a pager over the units
 * below (第 1–50 所学校，共 70 所学校) sits above the table once they are more than 20.
 */
export function TargetDashboardTable({
  targets,
  index,
  schoolYear,
  groups,
  loading,
  onTargetClick,
  includeSubmitted = false,
  onIncludeSubmittedChange,
  childrenPage,
}: {
  /** The plan's targets in display order (planTargets at the unit's level). */
  targets: readonly Target[];
  index: DashboardIndex | undefined;
  schoolYear: number;
  /** The units below, grouped; default: every child of the dashboard, ungrouped. */
  groups?: readonly DashboardColumnGroup[];
  loading?: boolean;
  /** A target (of a C1–C7 row, with its stage) asks for its trend. */
  onTargetClick: (target: Target, stage?: Stage | null) => void;
  /** Whether the dashboard counts submitted, not yet reviewed reports (the query's includeSubmitted). */
  includeSubmitted?: boolean;
  /** With it, the 统计口径 switch shows; the caller refetches with the new value. */
  onIncludeSubmittedChange?: (includeSubmitted: boolean) => void;
  /** The page of units below the API sent, and how to ask for another. */
  childrenPage?: DashboardChildrenPage;
}) {
  const [group, setGroup] = useState<TargetGroup | "ALL">("ALL");
  const self = index?.dashboard.unit;
  const present = useMemo(() => new Set(index?.targetIds ?? []), [index]);
  const shown = useMemo(() => targets.filter((t) => present.has(t.id)), [targets, present]);
  const rows = useMemo<TargetRow[]>(
    () =>
      (group === "ALL" ? shown : shown.filter((t) => t.group === group)).flatMap((t) =>
        (index?.stagesOf(t.id) ?? [null]).map((stage) => ({
          key: stage ? `${t.id}-${stage}` : t.id,
          target: t,
          stage,
        })),
      ),
    [shown, group, index],
  );
  const columnGroups = useMemo<readonly DashboardColumnGroup[]>(
    () => groups ?? [{ title: null, units: index?.dashboard.children ?? [] }],
    [groups, index],
  );
  const unitCount = columnGroups.reduce((n, g) => n + g.units.length, 0);
  const wide = unitCount > 6;

  const { counts, provisional } = useMemo(() => {
    const c = new Map<TargetStatus, number>();
    let p = 0;
    if (!index || !self) return { counts: c, provisional: p };
    for (const { target: t, stage } of rows) {
      const r = index.get(self, t.id, schoolYear, stage);
      if (r && t.levels.includes(r.unit.level)) {
        c.set(r.status, (c.get(r.status) ?? 0) + 1);
        if (r.provisional && r.status !== "NOT_APPLICABLE") p += 1;
      }
    }
    return { counts: c, provisional: p };
  }, [index, self, rows, schoolYear]);
  const year = index?.year(schoolYear);

  const columns = useMemo<TableColumnsType<TargetRow>>(() => {
    const unitColumn = (unit: DashboardUnit, fixed: boolean) => ({
      title: <span data-unit-column={unit.name}>{unit.name}</span>,
      key: `unit-${dashboardUnitKey(unit)}`,
      width: fixed ? 132 : UNIT_COLUMN_WIDTH,
      fixed: fixed && wide ? ("left" as const) : undefined,
      onCell: () => ({ style: fixed ? { background: "#f6f9ff" } : {} }),
      render: (_: unknown, { target: t, stage }: TargetRow) => (
        <ResultCell result={index?.get(unit, t.id, schoolYear, stage)} target={t} unitLevel={unit.level} />
      ),
    });
    const cols: TableColumnsType<TargetRow> = [
      { title: "编号", key: "id", width: 64, fixed: "left", render: (_, row) => row.target.id },
      {
        title: "指标",
        key: "name",
        width: wide ? 240 : 300,
        fixed: "left",
        render: (_, { target: t, stage }) => {
          // 达成路径 of the dashboard unit's own result (滞后于进度 / 未达标 roster targets), read on
          // the page as in TargetTable, not in a tooltip
          const path = self ? index?.get(self, t.id, schoolYear, stage)?.whatItTakes : null;
          return (
            <>
              <Space size={4} align="start">
                <Tooltip
                  title={
                    <div>
                      <div>统计口径：{t.measuredFrom}</div>
                      <div>出处：规划 {t.section}</div>
                      {t.notes && <div>说明：{t.notes}</div>}
                      <div style={{ marginTop: 4, opacity: 0.8 }}>点击查看历年趋势</div>
                    </div>
                  }
                >
                  <Typography.Link onClick={() => onTargetClick(t, stage)}>{t.name}</Typography.Link>
                </Tooltip>
                {/* C1–C7 come once per stage: the stage tells the two rows apart */}
                {stage && (
                  <Tag data-stage={stage} style={{ marginInlineEnd: 0 }}>
                    {DASHBOARD_STAGE_LABELS[stage] ?? stage}
                  </Tag>
                )}
                {t.inconsistency && (
                  <Tooltip title={t.inconsistency}>
                    <WarningOutlined style={{ color: "#fa8c16" }} aria-label="规划表述不一致" />
                  </Tooltip>
                )}
              </Space>
              {path && <WhatItTakesLine text={path} />}
            </>
          );
        },
      },
      {
        title: "对照目标",
        key: "milestone",
        width: 150,
        render: (_, { target: t, stage }) => {
          const m = self ? index?.get(self, t.id, schoolYear, stage)?.milestone : undefined;
          return m ? (
            <Tag style={{ marginInlineEnd: 0, whiteSpace: "normal" }}>{formatMilestone(m)}</Tag>
          ) : (
            <Typography.Text type="secondary">—</Typography.Text>
          );
        },
      },
    ];
    if (self) cols.push(unitColumn(self, true));
    // a page that holds part of the units below: a group's count is the page's (本页), not a total
    const onPage = columnGroups.reduce((n, g) => n + g.units.length, 0);
    const partial = !!childrenPage && childrenPage.total > onPage;
    for (const g of columnGroups) {
      const children = g.units.map((u) => unitColumn(u, false));
      if (g.title)
        cols.push({
          title: partial ? `${g.title}（本页${g.units.length}所）` : `${g.title}（${g.units.length}所）`,
          key: `group-${g.title}`,
          align: "left",
          children,
        });
      else cols.push(...children);
    }
    cols.push({
      title: "趋势",
      key: "trend",
      width: 72,
      fixed: "right",
      align: "center",
      render: (_, { target: t, stage }) => (
        <Button
          type="link"
          size="small"
          icon={<LineChartOutlined />}
          aria-label={`${t.id}${stage ? ` ${DASHBOARD_STAGE_LABELS[stage] ?? stage}` : ""} 历年趋势`}
          onClick={() => onTargetClick(t, stage)}
        />
      ),
    });
    return cols;
  }, [index, self, columnGroups, schoolYear, wide, onTargetClick]);

  const groupsPresent = (["A", "B", "C"] as const).filter((g) => shown.some((t) => t.group === g));
  const scrollX = 64 + (wide ? 240 : 300) + 150 + 132 + unitCount * UNIT_COLUMN_WIDTH + 72;
  return (
    <div data-testid="target-dashboard">
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
              { label: `全部（${shown.length}）`, value: "ALL" },
              ...groupsPresent.map((g) => ({
                label: `${g}类 ${TARGET_GROUP_LABELS[g]}（${shown.filter((t) => t.group === g).length}）`,
                value: g,
              })),
            ]}
          />
          {onIncludeSubmittedChange && (
            <IncludeSubmittedSwitch value={includeSubmitted} onChange={onIncludeSubmittedChange} />
          )}
        </Space>
        <Space size={4} wrap data-testid="status-counts">
          <Typography.Text type="secondary">
            {self?.name ?? ""}
            {year && (
              <>
                {" "}
                {year.label}
                <YearStateTag year={year} />
                {!year.final && (
                  <Tag color="orange" data-testid="dashboard-preview" style={{ marginInlineStart: 4 }}>
                    预览
                  </Tag>
                )}
              </>
            )}
            ：
          </Typography.Text>
          {STATUS_ORDER.filter((s) => counts.get(s)).map((s) => (
            <Tag key={s} color={TARGET_STATUS_COLORS[s]} data-count-status={s}>
              {TARGET_STATUS_LABELS[s]} {counts.get(s)}
            </Tag>
          ))}
          {provisional > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="provisional-count">
              其中 {provisional} 项数据不全（暂定）
            </Typography.Text>
          )}
        </Space>
      </div>
      {includeSubmitted && <IncludeSubmittedNotice />}
      {childrenPage && childrenPage.total > (PAGE_SIZES[0] ?? 0) && (
        <div style={{ display: "flex", justifyContent: "flex-end", marginBottom: 8 }}>
          <Pagination
            data-testid="children-pager"
            size="small"
            current={Math.floor(childrenPage.offset / childrenPage.limit) + 1}
            pageSize={childrenPage.limit}
            total={childrenPage.total}
            showSizeChanger
            pageSizeOptions={PAGE_SIZES}
            showTotal={(total, [from, to]) =>
              `第 ${from}–${to} ${childrenPage.unitWord}，共 ${total} ${childrenPage.unitWord}`
            }
            onChange={(page, size) =>
              childrenPage.onChange(size === childrenPage.limit ? (page - 1) * size : 0, size)
            }
          />
        </div>
      )}
      <Table<TargetRow>
        rowKey="key"
        size="small"
        bordered
        columns={columns}
        dataSource={rows}
        loading={loading}
        locale={{ emptyText: loading || !index ? "正在计算各单位的指标，请稍候……" : "暂无数据" }}
        scroll={{ x: scrollX }}
        sticky
        pagination={false}
      />
    </div>
  );
}
