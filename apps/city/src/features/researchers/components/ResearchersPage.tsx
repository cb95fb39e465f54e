import { RosterPage, useCity } from "@edu2035/ui";

/**
 * 教研员名册: the city 教研室's own roster (教研员 only; the districts' 教研室 keep theirs):
 * list by school year and status, 新增, 编辑, 调出/退休 kept as history, and the 学年名册结转 of
 * the city 教研室. The shared roster editor of `@edu2035/ui` on the city.
 */
export function ResearchersPage() {
  // the city 教研室 as the rosters name it: the city's name + 教研室 (the API's rollover does too)
  const city = useCity();
  return <RosterPage unit={{ level: "city", name: `${city?.name ?? "市"}教研室` }} />;
}
