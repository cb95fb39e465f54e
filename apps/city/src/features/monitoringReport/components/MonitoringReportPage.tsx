import { MonitoringReportPanel, useCity } from "@edu2035/ui";

/** 监测报告: 《乌海市教育现代化监测报告（学年）》 of the whole city as Word or PDF. */
export function MonitoringReportPage({
  schoolYear,
  onSchoolYearChange,
}: {
  schoolYear: number | undefined;
  onSchoolYearChange: (year: number) => void;
}) {
  const city = useCity();
  return (
    <MonitoringReportPanel
      unit={{ level: "CITY" }}
      unitName={city?.name ?? "全市"}
      schoolYear={schoolYear}
      onSchoolYearChange={onSchoolYearChange}
    />
  );
}
