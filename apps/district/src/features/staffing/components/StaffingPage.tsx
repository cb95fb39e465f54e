import type { OrgUnitInput } from "@edu2035/graphql";
import { StaffingOverview } from "@edu2035/ui";

/** 三支队伍: summary and roster of the district or of one of its schools. */
export function StaffingPage(props: {
  district: { id: string; name: string };
  unit: OrgUnitInput;
  onUnitChange: (unit: OrgUnitInput) => void;
  schoolYear: number | undefined;
  onSchoolYearChange: (year: number) => void;
}) {
  return <StaffingOverview {...props} />;
}
