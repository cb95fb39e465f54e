import type { SchoolType, Stage } from "@edu2035/graphql";
import {
  PageCard,
  PreviewYearNotice,
  PreviewYearsSwitch,
  rangeEndYear,
  SchoolBriefButtons,
  SchoolYearSelect,
  TargetTable,
  TargetTrendDrawer,
  usePlanTitle,
  useStatisticalYears,
} from "@edu2035/ui";
import { Alert, Space } from "antd";
import { useMemo, useState } from "react";
import { useTargetResults } from "../api/targetResults.ts";
import { useTargetTrend } from "../api/targetTrend.ts";

type Target = NonNullable<ReturnType<typeof useTargetResults>["data"]>[number]["target"];

/**
 * 规划指标: the school's own targets for a school year, and each one's trend since 2020; the
 * 统计口径 switch adds a submitted, not yet reviewed annual report (default: approved only). Opens
 * on the latest published year; a later year reads 预览, and 显示未发布学年（预览） carries the
 * trends on past the chosen year.
 */
export function TargetsPage({
  school,
  schoolYear,
  onSchoolYearChange,
}: {
  school: { id: string; name: string; type: SchoolType };
  schoolYear: number | undefined;
  onSchoolYearChange: (year: number) => void;
}) {
  const [includeSubmitted, setIncludeSubmitted] = useState(false);
  const { data, isFetching, error } = useTargetResults(
    { level: "SCHOOL", id: school.id },
    schoolYear,
    includeSubmitted,
  );
  const [trend, setTrend] = useState<Target | null>(null);
  // the stage of a C1–C7 row's 趋势 (小学 / 初中): the drawer's trend is of that stage
  const [trendStage, setTrendStage] = useState<Stage | null>(null);
  const planTitle = usePlanTitle();
  const [showPreview, setShowPreview] = useState(false);
  const { newest } = useStatisticalYears();
  const toYear = schoolYear === undefined ? undefined : rangeEndYear(schoolYear, showPreview, newest);
  const history = useTargetTrend(school.id, schoolYear, trend?.id ?? null, includeSubmitted, toYear);
  const units = useMemo(() => (history.index ? [history.index.dashboard.unit] : []), [history.index]);
  return (
    <PageCard
      title="规划指标监测"
      subtitle={`${planTitle}校级指标 · ${school.name}`}
      extra={
        <Space wrap>
          <PreviewYearsSwitch value={showPreview} onChange={setShowPreview} />
          <SchoolYearSelect value={schoolYear} onChange={onSchoolYearChange} />
          <SchoolBriefButtons schoolId={school.id} schoolYear={schoolYear} />
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <PreviewYearNotice schoolYear={schoolYear} />
      <TargetTable
        results={data ?? []}
        // no 学年 yet (its list is on its way): loading, not "no targets"
        loading={schoolYear === undefined || isFetching}
        onTargetClick={(t, stage) => {
          setTrend(t);
          setTrendStage(stage);
        }}
        includeSubmitted={includeSubmitted}
        onIncludeSubmittedChange={setIncludeSubmitted}
        schoolType={school.type}
      />
      <TargetTrendDrawer
        target={trend}
        stage={trendStage}
        index={history.index}
        units={units}
        onClose={() => setTrend(null)}
        includeSubmitted={includeSubmitted}
        schoolYear={schoolYear}
      />
    </PageCard>
  );
}
