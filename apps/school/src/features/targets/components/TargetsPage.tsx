import { PageCard, SchoolYearSelect, TargetTable } from "@edu2035/ui";
import { Alert } from "antd";
import { useTargetResults } from "../api/targetResults.ts";

/** 规划指标: the school's own targets for a school year. */
export function TargetsPage({
  school,
  schoolYear,
  onSchoolYearChange,
}: {
  school: { id: string; name: string };
  schoolYear: number | undefined;
  onSchoolYearChange: (year: number) => void;
}) {
  const { data, isFetching, error } = useTargetResults({ level: "SCHOOL", id: school.id }, schoolYear);
  return (
    <PageCard
      title="规划指标监测"
      subtitle={`《乌海教育现代化2035》校级指标 · ${school.name}`}
      extra={<SchoolYearSelect value={schoolYear} onChange={onSchoolYearChange} />}
    >
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <TargetTable results={data ?? []} loading={isFetching} />
    </PageCard>
  );
}
