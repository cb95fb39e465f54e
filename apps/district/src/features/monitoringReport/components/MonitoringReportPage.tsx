import { MonitoringReportPanel } from "@edu2035/ui";

/** 监测报告: 《<区>教育现代化监测报告（学年）》 of the district's own figures as Word or PDF. */
export function MonitoringReportPage({
  district,
  schoolYear,
  onSchoolYearChange,
}: {
  district: { id: string; name: string };
  schoolYear: number | undefined;
  onSchoolYearChange: (year: number) => void;
}) {
  return (
    <MonitoringReportPanel
      unit={{ level: "DISTRICT", id: district.id }}
      unitName={district.name}
      schoolYear={schoolYear}
      onSchoolYearChange={onSchoolYearChange}
    />
  );
}
