import type { LabeledCountFieldsFragment, StaffingSummaryQuery } from "@edu2035/graphql";
import { Alert, Card, Col, Empty, Row, Statistic, Tag, Tooltip } from "antd";
import { useMemo } from "react";
import { EChart, type EChartOption } from "./EChart.tsx";
import { isPreviewYear, previewNoticeText, useStatisticalYears } from "./statisticalYears.tsx";

export type StaffingSummary = StaffingSummaryQuery["staffingSummary"];

const PALETTE = ["#1f5fbf", "#36cfc9", "#fa8c16", "#73d13d", "#9254de", "#f5222d", "#faad14"];

function pieOption(items: readonly LabeledCountFieldsFragment[]): EChartOption {
  return {
    color: PALETTE,
    tooltip: { trigger: "item", formatter: "{b}：{c}人（{d}%）" },
    legend: { bottom: 0, type: "scroll" },
    series: [
      {
        type: "pie",
        radius: ["40%", "68%"],
        center: ["50%", "44%"],
        label: { formatter: "{b}\n{c}人" },
        data: items.map((i) => ({ name: i.label, value: i.count })),
      },
    ],
  };
}

function barOption(items: readonly LabeledCountFieldsFragment[]): EChartOption {
  return {
    color: PALETTE,
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: items.map((i) => i.label), axisLabel: { interval: 0 } },
    yAxis: { type: "value", name: "人", minInterval: 1 },
    series: [
      {
        type: "bar",
        barMaxWidth: 36,
        data: items.map((i) => i.count),
        label: { show: true, position: "top" },
      },
    ],
  };
}

function ChartCard({
  title,
  items,
  kind,
}: {
  title: string;
  items: readonly LabeledCountFieldsFragment[];
  kind: "pie" | "bar";
}) {
  const option = useMemo(() => (kind === "pie" ? pieOption(items) : barOption(items)), [items, kind]);
  return (
    <Card size="small" title={title} styles={{ body: { padding: 8 } }}>
      {items.length === 0 ? <Empty description="暂无数据" /> : <EChart option={option} height={240} />}
    </Card>
  );
}

/**
 * The 预览 banner of the 三支队伍: rosters are filed by the schools and never reviewed (审核), so
 * unlike the figures of approved 年报 the notice must not speak of 已审核 data. Same test id and
 * title as PreviewYearNotice; nothing for a published year or while the state is not known.
 */
function RosterPreviewNotice({ schoolYear }: { schoolYear: number }) {
  const { get } = useStatisticalYears();
  const year = get(schoolYear);
  if (!year || !isPreviewYear(year)) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="preview-year"
      title={previewNoticeText(year)}
      description={`${year.stateLabel}：名册数据为各校当前填报，尚未发布，数值为暂定，可能随各校填报变化；正式数据以发布后为准。`}
      style={{ marginBottom: 12 }}
    />
  );
}

/**
 * 名册覆盖 beside the totals: "2/135 所学校有名册", with 暂定 when only part of the schools have one
 * (issue 10: every aggregated value states its coverage).
 */
function CoverageNote({ summary }: { summary: StaffingSummary }) {
  const { coverage } = summary;
  return (
    <span data-testid="staffing-coverage" style={{ fontSize: 13 }}>
      <Tooltip title="应报：统计时点（9月1日）在办的学校；已报：其中本学年名册有在岗人员的学校。教研室名册不计入。">
        <span>{coverage.label}有名册</span>
      </Tooltip>
      {summary.provisional && (
        <Tag color="orange" style={{ marginLeft: 8 }} data-testid="staffing-provisional">
          暂定
        </Tag>
      )}
    </span>
  );
}

/**
 * The 三支队伍 of a unit at a glance: totals with their coverage (N/M 所学校有名册, 暂定 when
 * partial), and charts by role, gender, education, title and age band; the 预览 notice above
 * them when the year is not published (its rosters still change).
 */
export function StaffingSummaryCards({ summary }: { summary: StaffingSummary }) {
  const principals = summary.byRole.filter((r) => /校长/.test(r.label)).reduce((sum, r) => sum + r.count, 0);
  const researchers = summary.byRole
    .filter((r) => /教研员/.test(r.label))
    .reduce((sum, r) => sum + r.count, 0);
  // 教研员 work for a city or district 教研室, never for a school
  const showResearchers = summary.unit.level !== "SCHOOL";
  const span = showResearchers ? 6 : 8;
  const share = summary.total > 0 ? (summary.fullTimeTeachers / summary.total) * 100 : 0;
  return (
    <div data-testid="staffing-summary">
      <RosterPreviewNotice schoolYear={summary.schoolYear} />
      <Row gutter={[16, 16]}>
        <Col xs={12} md={span}>
          <Card size="small">
            <Statistic title="三支队伍总人数" value={summary.total} suffix="人" />
            <CoverageNote summary={summary} />
          </Card>
        </Col>
        <Col xs={12} md={span}>
          <Card size="small">
            <Statistic
              title="专任教师"
              value={summary.fullTimeTeachers}
              suffix={<span style={{ fontSize: 14 }}>人（占 {share.toFixed(1)}%）</span>}
            />
          </Card>
        </Col>
        <Col xs={12} md={span}>
          <Card size="small">
            <Statistic title="校长、副校长" value={principals} suffix="人" />
          </Card>
        </Col>
        {showResearchers && (
          <Col xs={12} md={span}>
            <Card size="small">
              <Statistic title="教研员" value={researchers} suffix="人" />
            </Card>
          </Col>
        )}
        <Col xs={24} md={8}>
          <ChartCard title="岗位构成" items={summary.byRole} kind="pie" />
        </Col>
        <Col xs={24} md={8}>
          <ChartCard title="学历结构" items={summary.byEducation} kind="bar" />
        </Col>
        <Col xs={24} md={8}>
          <ChartCard title="职称结构" items={summary.byTitle} kind="bar" />
        </Col>
        <Col xs={24} md={12}>
          <ChartCard title="年龄结构（统计时点9月1日）" items={summary.byAgeBand} kind="bar" />
        </Col>
        <Col xs={24} md={12}>
          <ChartCard title="性别构成" items={summary.byGender} kind="pie" />
        </Col>
      </Row>
    </div>
  );
}
