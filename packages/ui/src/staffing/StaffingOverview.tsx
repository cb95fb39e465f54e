/**
 * 三支队伍 page of a bureau: the 教师、校长、教研员 summary and the roster of the unit picked
 * (the city, a district or a school), for a school year.
 */
import type { OrgUnitInput } from "@edu2035/graphql";
import { useQuery } from "@tanstack/react-query";
import { Alert, Skeleton, Space } from "antd";
import { ExportStaffingButton } from "../excel/ExportExcelButton.tsx";
import { PageCard } from "../PageCard.tsx";
import { schoolsQuery, staffingSummaryQuery } from "../queries.ts";
import { SchoolYearSelect } from "../SchoolYearSelect.tsx";
import { StaffingSummaryCards } from "../StaffingSummaryCards.tsx";
import { StaffTable } from "../StaffTable.tsx";
import { useToken } from "../session.tsx";
import { UnitPicker } from "../UnitPicker.tsx";

/** Counts of the 三支队伍 of a unit in a school year (none until the year is known). */
function useStaffingSummary(unit: OrgUnitInput, schoolYear: number | undefined) {
  const token = useToken();
  return useQuery({
    ...staffingSummaryQuery(token, unit, schoolYear ?? 0),
    enabled: schoolYear !== undefined,
  });
}

/** Schools of a district (for the roster's school filter); none for the city or a school. */
function useDistrictSchools(unit: OrgUnitInput) {
  const token = useToken();
  const districtId = unit.level === "DISTRICT" ? unit.id : null;
  return useQuery({ ...schoolsQuery(token, districtId), enabled: Boolean(districtId) });
}

/**
 * The 三支队伍概况 card (unit picker, school year, summary) above the 人员名册 of the unit; the
 * roster of a district can be narrowed to one of its schools. The city app picks any unit; a
 * district app passes its `district`, which fixes the picker to it and its schools.
 */
export function StaffingOverview({
  unit,
  onUnitChange,
  schoolYear,
  onSchoolYearChange,
  district,
}: {
  unit: OrgUnitInput;
  onUnitChange: (unit: OrgUnitInput) => void;
  schoolYear: number | undefined;
  onSchoolYearChange: (year: number) => void;
  /** The district of a district app (the picker offers only it and its schools). */
  district?: { id: string; name: string };
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
            <ExportStaffingButton unit={unit} schoolYear={schoolYear} />
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
