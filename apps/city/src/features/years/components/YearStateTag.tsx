import type { SchoolYearState, StatisticalYearFieldsFragment } from "@edu2035/graphql";
import { Tag } from "antd";

type Year = StatisticalYearFieldsFragment;

const STATE_COLORS: Record<SchoolYearState, string> = {
  OPEN: "blue",
  CLOSING: "orange",
  PUBLISHED: "green",
  REOPENED: "purple",
};

/** 状态 of a year: 填报中 / 审核中 / 已发布 vN / 已重新开放. */
export function YearStateTag({ year }: { year: Pick<Year, "state" | "stateLabel" | "publishedVersion"> }) {
  const text =
    year.state === "PUBLISHED" && year.publishedVersion
      ? `已发布 v${year.publishedVersion}`
      : year.stateLabel;
  return (
    <Tag color={STATE_COLORS[year.state]} data-testid="year-state">
      {text}
    </Tag>
  );
}
