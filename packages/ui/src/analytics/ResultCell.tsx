import { InfoCircleOutlined } from "@ant-design/icons";
import type { OrgLevel, PlanTargetFieldsFragment } from "@edu2035/graphql";
import { Tag, Tooltip, Typography } from "antd";
import {
  formatMilestone,
  formatNumber,
  formatValue,
  TARGET_STATUS_COLORS,
  TARGET_STATUS_LABELS,
} from "../format.ts";
import type { DashboardResult } from "./dashboard.ts";

/**
 * What a tooltip says about a result: numerator/denominator, the milestone, the straight-line
 * value, its 数据覆盖 (with 暂定 below full coverage) and the publication it was read from.
 */
export function resultDetails(result: DashboardResult, unitLabel: string): string[] {
  const { numerator, denominator, numeratorLabel, denominatorLabel } = result;
  return [
    numerator !== null && denominator !== null
      ? `${numeratorLabel ?? "分子"} ${formatNumber(numerator)} / ${denominatorLabel ?? "分母"} ${formatNumber(denominator)}`
      : null,
    result.milestone ? `对照：${formatMilestone(result.milestone)}` : null,
    result.requiredNow !== null ? `按进度本年应达 ${formatValue(result.requiredNow, unitLabel)}` : null,
    result.coverage && result.coverage.expected > 0
      ? `数据覆盖：${result.coverage.label}${result.provisional ? "（暂定：未覆盖全部应报单位，不判断达标）" : ""}`
      : null,
    result.publishedVersion !== null ? `已发布 v${result.publishedVersion}` : null,
    result.value !== null ? result.reason : null,
  ].filter((s): s is string => Boolean(s));
}

/**
 * The small grey coverage line under a value ("46/46 所学校", "17/51 所学校"), for every value
 * that has one (nothing when no unit is expected): a complete one quieter than a partial one,
 * which goes with 暂定. `data-coverage-complete` marks a complete one for tests.
 */
export function CoverageLine({
  coverage,
}: {
  /** Null for a trend year sent without details: no line. */
  coverage: Pick<NonNullable<DashboardResult["coverage"]>, "expected" | "complete" | "label"> | null;
}) {
  if (!coverage || coverage.expected === 0) return null;
  return (
    <div
      data-coverage
      data-coverage-complete={coverage.complete ? "" : undefined}
      style={{
        fontSize: 11,
        lineHeight: "16px",
        whiteSpace: "nowrap",
        color: coverage.complete ? "rgba(0,0,0,0.32)" : "rgba(0,0,0,0.45)",
      }}
    >
      {coverage.label}
    </div>
  );
}

/** 暂定 beside a provisional value. */
export function ProvisionalMark() {
  return (
    <span data-provisional style={{ marginInlineStart: 4, fontSize: 11, color: "#d48806" }}>
      暂定
    </span>
  );
}

/**
 * One unit's value of one target in a school year, with its status tag: its 数据覆盖 in grey
 * under it ("46/46 所学校" quietly, "17/51 所学校" with 暂定 on a provisional value). Without a value
 * the reason is the tooltip; 不适用 (the plan does not measure the target at the unit's level, or
 * the unit has no unit of the kinds it concerns) reads apart from 无数据.
 */
export function ResultCell({
  result,
  target,
  unitLevel,
}: {
  result: DashboardResult | undefined;
  target: Pick<PlanTargetFieldsFragment, "levels" | "unitLabel">;
  /** The level of the column's unit: the API sends no result where the plan does not measure. */
  unitLevel: OrgLevel;
}) {
  // Cells without a value are the many: a native title keeps a wide table light.
  if (!target.levels.includes(unitLevel) || result?.status === "NOT_APPLICABLE") {
    return (
      <Typography.Text
        type="secondary"
        style={{ fontSize: 12, cursor: "help" }}
        title={result?.reason ?? "该层级不统计此指标"}
        data-status="NOT_APPLICABLE"
      >
        不适用
      </Typography.Text>
    );
  }
  if (!result) return <Typography.Text type="secondary">—</Typography.Text>;
  const tag = (
    <Tag
      color={TARGET_STATUS_COLORS[result.status]}
      data-status={result.status}
      style={{ marginInlineEnd: 0, fontSize: 12, lineHeight: "18px", paddingInline: 5 }}
    >
      {result.statusLabel || TARGET_STATUS_LABELS[result.status]}
    </Tag>
  );
  if (result.value === null) {
    return (
      <div style={{ cursor: "help" }} title={result.reason ?? "无数据"}>
        <Typography.Text type="secondary">—</Typography.Text>
        <div>
          {tag} <InfoCircleOutlined style={{ color: "rgba(0,0,0,0.35)", fontSize: 12 }} />
        </div>
        <CoverageLine coverage={result.coverage} />
      </div>
    );
  }
  const details = resultDetails(result, target.unitLabel);
  const body = (
    <div style={details.length ? { cursor: "help" } : undefined}>
      <Typography.Text strong data-value>
        {formatValue(result.value, target.unitLabel)}
      </Typography.Text>
      {result.provisional && <ProvisionalMark />}
      <div>{tag}</div>
      <CoverageLine coverage={result.coverage} />
    </div>
  );
  return details.length ? (
    <Tooltip
      title={
        <div>
          {details.map((d) => (
            <div key={d}>{d}</div>
          ))}
        </div>
      }
    >
      {body}
    </Tooltip>
  ) : (
    body
  );
}
