import type { SchoolType } from "@edu2035/graphql";
import { RosterPage as UnitRosterPage } from "@edu2035/ui";

/**
 * 教职工名册: the school's own roster of a school year (add, edit, 调出/退休 as history, Excel,
 * 学年名册结转 into the current year) — the shared roster editor of `@edu2035/ui` on the school.
 */
export function RosterPage({ school }: { school: { id: string; name: string; type: SchoolType } }) {
  return (
    <UnitRosterPage
      unit={{ level: "school", schoolId: school.id, schoolType: school.type, name: school.name }}
    />
  );
}
