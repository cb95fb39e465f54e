import { useQuery } from "@tanstack/react-query";
import { Select } from "antd";
import { useEffect } from "react";
import { schoolYearsQuery } from "./queries.ts";
import { useToken } from "./session.tsx";

/**
 * 学年 picker from the schoolYears query (newest first). With no value it selects the newest
 * school year that has data.
 */
export function SchoolYearSelect({
  value,
  onChange,
}: {
  value: number | undefined;
  onChange: (schoolYear: number) => void;
}) {
  const token = useToken();
  const { data, isLoading } = useQuery(schoolYearsQuery(token));
  const newest = data?.[0]?.startYear;
  useEffect(() => {
    if (value === undefined && newest !== undefined) onChange(newest);
  }, [value, newest, onChange]);
  return (
    <Select<number>
      aria-label="学年"
      style={{ width: 170 }}
      loading={isLoading}
      value={value}
      onChange={onChange}
      placeholder="选择学年"
      notFoundContent="暂无数据"
      options={(data ?? []).map((y) => ({ value: y.startYear, label: y.label }))}
    />
  );
}
