import { FIRST_SCHOOL_YEAR, schoolYearLabel, schoolYearOf } from "@edu2035/domain";
import { useQuery } from "@tanstack/react-query";
import { Select } from "antd";
import { useMemo } from "react";
import { appNow } from "../clock.ts";
import { schoolYearsQuery } from "../queries.ts";
import { useToken } from "../session.tsx";

/** The school year now (Beijing time): the newest one reports and inputs may be filed for. */
export function currentSchoolYear(): number {
  return schoolYearOf(appNow());
}

/**
 * 学年 picker for filling in and reviewing: the current school year (统计时点 1 September) and
 * every earlier year that has data, newest first. With `allPastYears` every school year from
 * FIRST_SCHOOL_YEAR (2020) to the current one is offered, data or not (a new city sets its
 * first 报送截止日期 before any report exists).
 */
export function ReportingYearSelect({
  value,
  onChange,
  testId = "reporting-year",
  extraYears,
  allPastYears = false,
}: {
  value: number;
  onChange: (schoolYear: number) => void;
  testId?: string;
  /** Years offered besides those with data (e.g. a past year open for 补录 with no roster yet). */
  extraYears?: readonly number[];
  /** Offer every school year from 2020 to the current one, not only those with data. */
  allPastYears?: boolean;
}) {
  const token = useToken();
  const { data, isLoading } = useQuery(schoolYearsQuery(token));
  const options = useMemo(() => {
    const now = currentSchoolYear();
    const years = new Set<number>([
      now,
      ...(data ?? []).map((y) => y.startYear).filter((y) => y <= now),
      ...(extraYears ?? []).filter((y) => y <= now),
    ]);
    if (allPastYears) for (let y = FIRST_SCHOOL_YEAR; y < now; y++) years.add(y);
    return [...years].sort((a, b) => b - a).map((y) => ({ value: y, label: schoolYearLabel(y) }));
  }, [data, extraYears?.join(","), allPastYears]);
  return (
    <Select<number>
      aria-label="学年"
      data-testid={testId}
      style={{ width: 170 }}
      loading={isLoading}
      value={value}
      onChange={onChange}
      options={options}
    />
  );
}
