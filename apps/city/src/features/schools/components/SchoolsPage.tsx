import { SchoolDirectory } from "@edu2035/ui";
import { useDistricts } from "../api/districts.ts";

/** 学校: the city's schools, one tab per district. */
export function SchoolsPage() {
  const { data, isLoading, error } = useDistricts();
  const total = data?.reduce((n, d) => n + d.schoolCount, 0) ?? 0;
  return (
    <SchoolDirectory
      subtitle={data ? `全市 ${data.length} 个区，共 ${total} 所学校（含幼儿园）` : "…"}
      loading={isLoading}
      error={error}
      groups={(data ?? []).map((d) => ({
        key: d.id,
        label: `${d.name}（${d.schoolCount}所）`,
        schools: d.schools,
      }))}
    />
  );
}
