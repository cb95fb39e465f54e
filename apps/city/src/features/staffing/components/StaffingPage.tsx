import type { OrgUnitInput } from "@edu2035/graphql";
import { StaffingOverview } from "@edu2035/ui";

/** 三支队伍: summary and roster of the chosen unit (the city, a district or a school). */
export function StaffingPage(props: {
  unit: OrgUnitInput;
  onUnitChange: (unit: OrgUnitInput) => void;
  schoolYear: number | undefined;
  onSchoolYearChange: (year: number) => void;
}) {
  return <StaffingOverview {...props} />;
}
