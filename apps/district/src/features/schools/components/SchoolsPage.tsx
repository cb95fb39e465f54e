import { SchoolDirectory } from "@edu2035/ui";
import { useOwnSchools } from "../api/schools.ts";

/** 学校: the district's schools. */
export function SchoolsPage({ district }: { district: { id: string; name: string } }) {
  const { data, isLoading, error } = useOwnSchools(district.id);
  return (
    <SchoolDirectory
      subtitle={`${district.name} 共 ${data?.length ?? "…"} 所学校（含幼儿园）`}
      loading={isLoading}
      error={error}
      schools={data ?? []}
    />
  );
}
