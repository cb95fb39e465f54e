import { RosterPage } from "@edu2035/ui";

/** The city 教研室 as the rosters name it (the API's rollover calls it 乌海市教研室 too). */
export const CITY_RESEARCH_OFFICE = "乌海市教研室";

/**
 * 教研员名册: the city 教研室's own roster (教研员 only; the districts' 教研室 keep theirs):
 * list by school year and status, 新增, 编辑, 调出/退休 kept as history, and the 学年名册结转 of
 * the city 教研室. The shared roster editor of `@edu2035/ui` on the city.
 */
export function ResearchersPage() {
  return <RosterPage unit={{ level: "city", name: CITY_RESEARCH_OFFICE }} />;
}
