import type { SchoolType } from "@edu2035/graphql";
import {
  DashboardIndex,
  PageCard,
  PreviewYearNotice,
  SchoolYearSelect,
  TargetTable,
  TargetTrendDrawer,
  usePlanTitle,
} from "@edu2035/ui";
import { Alert } from "antd";
import { useMemo, useState } from "react";
import { useTargetResults } from "../api/targetResults.ts";
import { useTargetTrend } from "../api/targetTrend.ts";

type Target = NonNullable<ReturnType<typeof useTargetResults>["data"]>[number]["target"];

/**
 * 规划指标: the school's own targets for a school year, and each one's trend since 2020; the
 * 统计口径 switch adds a submitted, not yet reviewed annual report (default: approved only).
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
  const planTitle = usePlanTitle();
  const history = useTargetTrend(school.id, schoolYear, trend !== null, includeSubmitted);
  const index = useMemo(() => (history.data ? new DashboardIndex(history.data) : undefined), [history.data]);
  return (
    <PageCard
      title="规划指标监测"
      subtitle={`${planTitle}校级指标 · ${school.name}`}
      extra={<SchoolYearSelect value={schoolYear} onChange={onSchoolYearChange} />}
    >
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <PreviewYearNotice schoolYear={schoolYear} />
      <TargetTable
        results={data ?? []}
        loading={isFetching}
        onTargetClick={setTrend}
        includeSubmitted={includeSubmitted}
        onIncludeSubmittedChange={setIncludeSubmitted}
        schoolType={school.type}
      />
      <TargetTrendDrawer
        target={trend}
        index={index}
        units={history.data ? [history.data.unit] : []}
        onClose={() => setTrend(null)}
        includeSubmitted={includeSubmitted}
        schoolYear={schoolYear}
      />
    </PageCard>
  );
}
