import type { PlanTargetFieldsFragment, Stage } from "@edu2035/graphql";
import {
  Alert,
  Descriptions,
  Drawer,
  Space,
  Spin,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from "antd";
import { useMemo } from "react";
import { formatMilestone, formatValue, TARGET_STATUS_COLORS } from "../format.ts";
import { YearStateTag } from "../statisticalYears.tsx";
import {
  DASHBOARD_STAGE_LABELS,
  type DashboardIndex,
  type DashboardUnit,
  dashboardUnitKey,
} from "./dashboard.ts";
import { INCLUDE_SUBMITTED_LABEL } from "./IncludeSubmittedSwitch.tsx";
import { PublishedHistoryTable } from "./PublishedHistoryTable.tsx";
import { CoverageLine, ProvisionalMark } from "./ResultCell.tsx";
import { TargetTrendChart } from "./TargetTrendChart.tsx";

type Target = PlanTargetFieldsFragment;

/**
 * 历年趋势 of one target in a drawer: how it is measured, the plan's inconsistency if any, the
 * chart (暂定 points hollow), the values year by year for the unit and the units below it (each
 * year's state in its header: 已发布 v2 / 预览; coverage under every value, 暂定 beside a
 * provisional one, 无数据 with its coverage "0/22 所学校" where there is none), and the 发布版本
 * (v1, v2 …) of the unit's figure. `includeSubmitted` marks figures that count submitted, not yet
 * reviewed reports (含已提交待审核的年报). While the trend is asked for on demand (no `index` yet) a
 * spinner says so. A C1–C7 target's trend is of one `stage` (小学 / 初中, the row clicked), named
 * in the title.
 */
export function TargetTrendDrawer({
  target,
  index,
  units,
  onClose,
  includeSubmitted = false,
  schoolYear,
  stage = null,
}: {
  target: Target | null;
  /** The target's results over the years (every year in full); undefined while it loads. */
  index: DashboardIndex | undefined;
  /** The dashboard's unit first, then the units below it. */
  units: readonly DashboardUnit[];
  onClose: () => void;
  /** Whether the dashboard behind `index` counts submitted reports as well as approved ones. */
  includeSubmitted?: boolean;
  /** The year chosen on the page: the 发布版本 open on it when it was published. */
  schoolYear?: number;
  /** The stage of a C1–C7 target's row (小学 / 初中); null for any other target. */
  stage?: Stage | null;
}) {
  const stageLabel = stage ? (DASHBOARD_STAGE_LABELS[stage] ?? stage) : null;
  const years = index?.years ?? [];
  const rows = useMemo(
    () =>
      target && index
        ? units.filter(
            (u, i) => i === 0 || years.some((y) => index.get(u, target.id, y, stage ?? null)?.value != null),
          )
        : [],
    [target, index, units, years, stage],
  );
  const columns = useMemo<TableColumnsType<DashboardUnit>>(
    () => [
      { title: "单位", dataIndex: "name", fixed: "left", width: 150 },
      ...years.map((y) => ({
        title: (
          <span>
            {`${y}—${String(y + 1).slice(2)}学年`}
            {index?.year(y) && !index.year(y)?.final ? (
              <Tag color="orange" style={{ marginInlineStart: 4, fontSize: 11, lineHeight: "16px" }}>
                预览
              </Tag>
            ) : (
              <YearStateTag year={index?.year(y)} />
            )}
          </span>
        ),
        key: String(y),
        width: 132,
        render: (_: unknown, u: DashboardUnit) => {
          const r = target ? index?.get(u, target.id, y, stage ?? null) : undefined;
          if (!r) return <Typography.Text type="secondary">—</Typography.Text>;
          if (r.value === null)
            // 无数据 (or 不适用) in the cell, with how many units were expected ("0/22 所学校")
            return (
              <div title={r.reason ?? undefined} style={{ cursor: "help" }} data-no-value>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.status === "NOT_APPLICABLE" ? "不适用" : "无数据"}
                </Typography.Text>
                <CoverageLine coverage={r.coverage} />
              </div>
            );
          return (
            <div>
              <Space size={4} wrap={false}>
                <span>
                  {formatValue(r.value, target?.unitLabel ?? "")}
                  {r.provisional && <ProvisionalMark />}
                </span>
                <Tag
                  color={TARGET_STATUS_COLORS[r.status]}
                  style={{ marginInlineEnd: 0, fontSize: 11, lineHeight: "16px" }}
                >
                  {r.statusLabel}
                </Tag>
              </Space>
              <CoverageLine coverage={r.coverage} />
            </div>
          );
        },
      })),
    ],
    [years, target, index, stage],
  );
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      size={920}
      title={
        target ? (
          <Space size={8}>
            <span>{`${target.id} ${target.name}${stageLabel ? `（${stageLabel}）` : ""} · 历年趋势`}</span>
            {includeSubmitted && (
              <Tag color="orange" data-testid="trend-include-submitted">
                {INCLUDE_SUBMITTED_LABEL}
              </Tag>
            )}
          </Space>
        ) : (
          ""
        )
      }
      destroyOnHidden
    >
      {target && !index && (
        <div style={{ textAlign: "center", padding: 48 }} data-testid="trend-loading">
          <Spin />
          <div style={{ marginTop: 8, color: "rgba(0,0,0,0.45)" }}>正在计算历年数据，请稍候……</div>
        </div>
      )}
      {target && index && (
        <>
          <Descriptions
            size="small"
            column={2}
            bordered
            style={{ marginBottom: 12 }}
            items={[
              { key: "measuredFrom", label: "统计口径", span: 2, children: target.measuredFrom },
              {
                key: "baseline",
                label: "2020年现状（规划）",
                children:
                  target.baselineLabel ??
                  (target.baseline !== null ? formatValue(target.baseline, target.unitLabel) : "—"),
              },
              { key: "section", label: "出处", children: `规划 ${target.section}` },
              {
                key: "milestones",
                label: "目标值",
                span: 2,
                children: (
                  <Space size={[4, 4]} wrap>
                    {target.milestones.length === 0
                      ? "—"
                      : target.milestones.map((m) => (
                          <Tag key={`${m.year ?? "every"}-${m.label}`}>{formatMilestone(m)}</Tag>
                        ))}
                  </Space>
                ),
              },
            ]}
          />
          {target.inconsistency && (
            <Alert
              type="warning"
              showIcon
              title="规划表述不一致"
              description={target.inconsistency}
              style={{ marginBottom: 12 }}
            />
          )}
          <TargetTrendChart target={target} index={index} units={units} stage={stage} />
          <Table<DashboardUnit>
            style={{ marginTop: 12 }}
            rowKey={(u) => dashboardUnitKey(u)}
            size="small"
            bordered
            columns={columns}
            dataSource={rows}
            pagination={false}
            scroll={{ x: 150 + years.length * 132 }}
          />
          <PublishedHistoryTable
            unit={
              index.dashboard.unit.id
                ? { level: index.dashboard.unit.level, id: index.dashboard.unit.id }
                : { level: index.dashboard.unit.level }
            }
            targetId={target.id}
            unitLabel={target.unitLabel}
            years={index.dashboard.years ?? []}
            schoolYear={schoolYear}
          />
        </>
      )}
    </Drawer>
  );
}
