import type { OrgUnitInput } from "@edu2035/graphql";
import { PageCard, SchoolYearSelect, StaffingSummaryCards, StaffTable } from "@edu2035/ui";
import { Alert, Skeleton } from "antd";
import { useMemo } from "react";
import { useStaffingSummary } from "../api/staffing.ts";

/** 三支队伍: the school's summary and roster. */
export function StaffingPage({
  school,
  schoolYear,
  onSchoolYearChange,
}: {
  school: { id: string; name: string };
  schoolYear: number | undefined;
  onSchoolYearChange: (year: number) => void;
}) {
  const unit = useMemo<OrgUnitInput>(() => ({ level: "SCHOOL", id: school.id }), [school.id]);
  const summary = useStaffingSummary(unit, schoolYear);
  return (
    <>
      <PageCard
        title="三支队伍概况"
        subtitle={`教师、校长 · ${school.name}`}
        extra={<SchoolYearSelect value={schoolYear} onChange={onSchoolYearChange} />}
      >
        {summary.error && <Alert type="error" showIcon title={summary.error.message} />}
        {summary.data ? (
          <StaffingSummaryCards summary={summary.data} />
        ) : (
          !summary.error && <Skeleton active />
        )}
      </PageCard>
      <PageCard title="人员名册" subtitle="本校在岗人员，按岗位、姓名排序">
        {schoolYear !== undefined && <StaffTable schoolYear={schoolYear} scope={unit} />}
      </PageCard>
    </>
  );
}
