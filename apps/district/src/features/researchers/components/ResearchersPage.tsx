import { RosterPage } from "@edu2035/ui";

/**
 * 教研员名册: the district 教研室's own roster (教研员 only, with the stage and subject each
 * researches): list by school year and status, 新增, 编辑, 调出/退休 kept as history, and the
 * 学年名册结转 of the 教研室 alone. The shared roster editor of `@edu2035/ui` on the district.
 */
export function ResearchersPage({ district }: { district: { id: string; name: string } }) {
  return <RosterPage unit={{ level: "district", districtId: district.id, name: `${district.name}教研室` }} />;
}
