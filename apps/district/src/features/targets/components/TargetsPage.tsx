import type { OrgUnitInput } from "@edu2035/graphql";
import {
  PageCard,
  PreviewYearNotice,
  SchoolYearSelect,
  TargetTable,
  UnitPicker,
  usePlanTitle,
} from "@edu2035/ui";
import { Alert, Space } from "antd";
import { useState } from "react";
import { useTargetResults } from "../api/targetResults.ts";

/**
 * 规划指标: the targets of the district or of one of its schools, for a school year; the
 * 统计口径 switch adds submitted, not yet reviewed annual reports (default: approved only).
 */
export function TargetsPage({
  district,
  unit,
  onUnitChange,
  schoolYear,
  onSchoolYearChange,
}: {
  district: { id: string; name: string };
  unit: OrgUnitInput;
  onUnitChange: (unit: OrgUnitInput) => void;
  schoolYear: number | undefined;
  onSchoolYearChange: (year: number) => void;
}) {
  const [includeSubmitted, setIncludeSubmitted] = useState(false);
  const { data, isFetching, error } = useTargetResults(unit, schoolYear, includeSubmitted);
  const planTitle = usePlanTitle();
  return (
    <PageCard
      title="规划指标监测"
      subtitle={`${planTitle}主要指标 · ${data?.[0]?.unit.name ?? district.name}`}
      extra={
        <Space wrap>
          <UnitPicker value={unit} onChange={onUnitChange} district={district} />
          <SchoolYearSelect value={schoolYear} onChange={onSchoolYearChange} />
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <PreviewYearNotice schoolYear={schoolYear} />
      <TargetTable
        results={data ?? []}
        // no 学年 yet (its list is on its way): loading, not "no targets"
        loading={schoolYear === undefined || isFetching}
        includeSubmitted={includeSubmitted}
        onIncludeSubmittedChange={setIncludeSubmitted}
      />
    </PageCard>
  );
}
