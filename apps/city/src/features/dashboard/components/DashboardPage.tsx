import type { PlanTargetFieldsFragment, Stage } from "@edu2035/graphql";
import {
  DashboardIndex,
  ExportDashboardButton,
  PageCard,
  PreviewYearNotice,
  PreviewYearsSwitch,
  rangeEndYear,
  SchoolYearSelect,
  TargetDashboardTable,
  TargetTrendDrawer,
  useCity,
  useStatisticalYears,
} from "@edu2035/ui";
import { Alert, Space, Typography } from "antd";
import { useMemo, useState } from "react";
import { useCityDashboard, useCityTargets, useCityTrend } from "../api/dashboard.ts";

/**
 * 指标总览: every city-level target with the city's value and each district's side by side for
 * the chosen school year, the plan's inconsistencies in view, a trend chart per target; the
 * 统计口径 switch adds submitted, not yet reviewed annual reports (default: approved only). Opens
 * on the latest published year; a later year reads 预览, and 显示未发布学年（预览） carries the
 * trends on past the chosen year into the years not published yet.
 */
export function DashboardPage({
  schoolYear,
  onSchoolYearChange,
}: {
  schoolYear: number | undefined;
  onSchoolYearChange: (year: number) => void;
}) {
  const [includeSubmitted, setIncludeSubmitted] = useState(false);
  const [showPreview, setShowPreview] = useState(false);
  const { newest } = useStatisticalYears();
  const toYear = schoolYear === undefined ? undefined : rangeEndYear(schoolYear, showPreview, newest);
  const dashboard = useCityDashboard(schoolYear, includeSubmitted);
  const targets = useCityTargets();
  const [trend, setTrend] = useState<PlanTargetFieldsFragment | null>(null);
  // the stage of a C1–C7 row clicked (小学 / 初中): the drawer's trend is of that stage
  const [trendStage, setTrendStage] = useState<Stage | null>(null);
  const trendData = useCityTrend(schoolYear, toYear, trend?.id ?? null, includeSubmitted);
  const city = useCity();
  const index = useMemo(
    () => (dashboard.data ? new DashboardIndex(dashboard.data) : undefined),
    [dashboard.data],
  );
  const units = useMemo(
    () => (dashboard.data ? [dashboard.data.unit, ...dashboard.data.children] : []),
    [dashboard.data],
  );
  const inconsistencies = useMemo(() => {
    const byText = new Map<string, string[]>();
    for (const t of targets.data ?? []) {
      if (t.inconsistency) byText.set(t.inconsistency, [...(byText.get(t.inconsistency) ?? []), t.id]);
    }
    return [...byText.entries()];
  }, [targets.data]);
  const error = dashboard.error ?? targets.error ?? trendData.error;
  return (
    <PageCard
      title="指标总览"
      subtitle={`${city?.planTitle ?? "《教育现代化2035》"}市级指标 · ${city?.name ?? "全市"}与各区对比${schoolYear ? ` · ${schoolYear}—${schoolYear + 1}学年` : ""}`}
      extra={
        <Space wrap>
          <Typography.Text type="secondary">点击指标名称查看历年趋势</Typography.Text>
          <PreviewYearsSwitch value={showPreview} onChange={setShowPreview} />
          <SchoolYearSelect value={schoolYear} onChange={onSchoolYearChange} />
          <ExportDashboardButton
            unit={{ level: "CITY" }}
            schoolYear={schoolYear}
            includeSubmitted={includeSubmitted}
          />
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <PreviewYearNotice schoolYear={schoolYear} />
      {inconsistencies.map(([text, ids]) => (
        <Alert
          key={text}
          data-testid="plan-inconsistency"
          type="warning"
          showIcon
          title={`规划表述不一致（${ids.join(" / ")}）`}
          description={text}
          style={{ marginBottom: 12 }}
        />
      ))}
      {schoolYear !== undefined && (
        <TargetDashboardTable
          targets={targets.data ?? []}
          index={index}
          schoolYear={schoolYear}
          loading={dashboard.isFetching || targets.isLoading}
          onTargetClick={(t, stage) => {
            setTrend(t);
            setTrendStage(stage ?? null);
          }}
          includeSubmitted={includeSubmitted}
          onIncludeSubmittedChange={setIncludeSubmitted}
        />
      )}
      <TargetTrendDrawer
        target={trend}
        stage={trendStage}
        index={trendData.index}
        units={units}
        onClose={() => setTrend(null)}
        includeSubmitted={includeSubmitted}
        schoolYear={schoolYear}
      />
    </PageCard>
  );
}
