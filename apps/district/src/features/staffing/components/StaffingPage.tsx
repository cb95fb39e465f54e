import type { OrgUnitInput } from "@edu2035/graphql";
import { PageCard, SchoolYearSelect, StaffingSummaryCards, StaffTable, UnitPicker } from "@edu2035/ui";
import { Alert, Skeleton, Space } from "antd";
import { useDistrictSchools, useStaffingSummary } from "../api/staffing.ts";

/** 三支队伍: summary and roster of the district or of one of its schools. */
export function StaffingPage({
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
  const summary = useStaffingSummary(unit, schoolYear);
  const schools = useDistrictSchools(unit);
  return (
    <>
      <PageCard
        title="三支队伍概况"
        subtitle={`教师、校长、教研员 · ${summary.data?.unit.name ?? "…"}`}
        extra={
          <Space wrap>
            <UnitPicker value={unit} onChange={onUnitChange} district={district} />
            <SchoolYearSelect value={schoolYear} onChange={onSchoolYearChange} />
          </Space>
        }
      >
        {summary.error && <Alert type="error" showIcon title={summary.error.message} />}
        {summary.data ? (
          <StaffingSummaryCards summary={summary.data} />
        ) : (
          !summary.error && <Skeleton active />
        )}
      </PageCard>
      <PageCard title="人员名册" subtitle="在岗人员，按学校、岗位、姓名排序">
        {schoolYear !== undefined && (
          <StaffTable
            schoolYear={schoolYear}
            scope={unit}
            schoolOptions={unit.level === "DISTRICT" ? (schools.data ?? []) : undefined}
          />
        )}
      </PageCard>
    </>
  );
}
