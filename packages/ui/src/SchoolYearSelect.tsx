import { Select } from "antd";
import { useEffect } from "react";
import { useStatisticalYears, YearStateTag } from "./statisticalYears.tsx";

/**
 * 学年 picker of the figure pages, from statisticalYears (newest first), each year with its state
 * (已发布 v2 / 审核中 / 填报中 / 已重新开放). With no value it selects the latest published year
 * (`final`), else the newest: a school carrying its roster into a new year does not move the
 * pages onto that year. Later years stay selectable; pages mark them 预览 (PreviewYearNotice).
 */
export function SchoolYearSelect({
  value,
  onChange,
}: {
  value: number | undefined;
  onChange: (schoolYear: number) => void;
}) {
  const { years, defaultYear, isLoading } = useStatisticalYears();
  useEffect(() => {
    if (value === undefined && defaultYear !== undefined) onChange(defaultYear);
  }, [value, defaultYear, onChange]);
  return (
    <Select<number>
      aria-label="学年"
      data-testid="school-year-select"
      style={{ width: 230 }}
      loading={isLoading}
      value={value}
      onChange={onChange}
      placeholder="选择学年"
      notFoundContent="暂无数据"
      options={years.map((y) => ({
        value: y.schoolYear,
        title: y.label,
        label: (
          <span>
            {y.label}
            <YearStateTag year={y} />
          </span>
        ),
      }))}
    />
  );
}
