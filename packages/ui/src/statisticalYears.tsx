import type { SchoolYearState, StatisticalYearFieldsFragment } from "@edu2035/graphql";
import { useQuery } from "@tanstack/react-query";
import { Alert, Switch, Tag, Tooltip } from "antd";
import { useMemo } from "react";
import { schoolYearsQuery, statisticalYearsQuery } from "./queries.ts";
import { useToken } from "./session.tsx";

/** A statistical year (统计学年) as the apps show it. */
export type StatisticalYearInfo = Pick<
  StatisticalYearFieldsFragment,
  "schoolYear" | "label" | "stateLabel" | "final" | "current" | "publishedVersion"
> & {
  /** null: the state is not known (the API did not answer statisticalYears): no 预览 mark. */
  state: SchoolYearState | null;
};

/** Tag colours of the year states (已发布 green, 已重新开放 orange, 审核中 blue, 填报中 grey). */
export const YEAR_STATE_COLORS: Record<SchoolYearState, string> = {
  PUBLISHED: "green",
  REOPENED: "orange",
  CLOSING: "blue",
  OPEN: "default",
};

/** What a year's tag says: 已发布 v2, 已重新开放, 审核中, 填报中; null when the state is unknown. */
export function yearStateText(year: StatisticalYearInfo | undefined): string | null {
  if (!year?.state) return null;
  if (year.final) return year.publishedVersion ? `已发布 v${year.publishedVersion}` : year.stateLabel;
  return year.stateLabel;
}

/** True when a year's figures are 预览 (provisional): its state is known and it is not final. */
export function isPreviewYear(year: StatisticalYearInfo | undefined): boolean {
  return Boolean(year?.state) && !year?.final;
}

/**
 * The year figures open on: the latest final (published) year; with none, the newest year with
 * data (`withData`, the schoolYears query), else the newest year; null when none.
 */
export function defaultFigureYear(
  years: readonly StatisticalYearInfo[],
  withData: readonly number[] = [],
): number | null {
  const finals = years.filter((y) => y.state !== null && y.final).map((y) => y.schoolYear);
  if (finals.length) return Math.max(...finals);
  if (withData.length) return Math.max(...withData);
  return years.length ? Math.max(...years.map((y) => y.schoolYear)) : null;
}

/** The statistical years and the choice every figure page shares. */
export interface StatisticalYears {
  /** Newest first. */
  years: StatisticalYearInfo[];
  /**
   * The year pages open on: the latest published year (else the newest with data, else the
   * newest); undefined while loading.
   */
  defaultYear: number | undefined;
  /** The latest published (final) year; undefined when none. */
  latestFinal: number | undefined;
  /** The newest year known (may be 预览). */
  newest: number | undefined;
  /** One year's state (undefined: not listed). */
  get: (schoolYear: number) => StatisticalYearInfo | undefined;
  isLoading: boolean;
}

/**
 * The statistical years (statisticalYears: 填报中 / 审核中 / 已发布 / 已重新开放), newest first,
 * with the year figure pages open on (the latest year whose `final` is true; before any
 * publication, the newest year with data — not the calendar's new year with nothing in it). Should
 * the API not answer statisticalYears, the years with data (schoolYears) stand in, with no state:
 * pages then open on the newest of them and mark nothing 预览.
 */
export function useStatisticalYears(): StatisticalYears {
  const token = useToken();
  const stat = useQuery(statisticalYearsQuery(token));
  // the years with data: the default before any publication, and the list should stat fail
  const withData = useQuery(schoolYearsQuery(token));
  return useMemo(() => {
    const years: StatisticalYearInfo[] = stat.data
      ? [...stat.data].sort((a, b) => b.schoolYear - a.schoolYear)
      : (stat.isError ? (withData.data ?? []) : []).map((y) => ({
          schoolYear: y.startYear,
          label: y.label,
          state: null,
          stateLabel: "",
          final: false,
          current: false,
          publishedVersion: null,
        }));
    const byYear = new Map(years.map((y) => [y.schoolYear, y]));
    const finals = years.filter((y) => y.state !== null && y.final);
    // no default before the states are in (the years with data alone would open on a later
    // year); before any publication, wait for the years with data, not to open on an empty year
    const ready = !stat.isLoading && (finals.length > 0 || !withData.isLoading);
    return {
      years,
      defaultYear: ready
        ? (defaultFigureYear(
            years,
            (withData.data ?? []).map((y) => y.startYear),
          ) ?? undefined)
        : undefined,
      latestFinal: finals[0]?.schoolYear,
      newest: years[0]?.schoolYear,
      get: (schoolYear: number) => byYear.get(schoolYear),
      isLoading: stat.isLoading || (stat.isError && withData.isLoading),
    };
  }, [stat.data, stat.isLoading, stat.isError, withData.data, withData.isLoading]);
}

/** A small tag with a year's state (已发布 v2 / 审核中 / 填报中 / 已重新开放); nothing when unknown. */
export function YearStateTag({ year }: { year: StatisticalYearInfo | undefined }) {
  const text = yearStateText(year);
  if (!year?.state || !text) return null;
  return (
    <Tag
      color={YEAR_STATE_COLORS[year.state]}
      data-year-state={year.state}
      style={{ marginInlineEnd: 0, marginInlineStart: 6, fontSize: 11, lineHeight: "16px", paddingInline: 4 }}
    >
      {text}
    </Tag>
  );
}

/** What the 预览 notice says of a year that is not final. */
export function previewNoticeText(year: StatisticalYearInfo): string {
  return year.state === "REOPENED"
    ? `预览：${year.label}已重新开放，数据为暂定${year.publishedVersion ? `（已发布的 v${year.publishedVersion} 见各指标的发布版本）` : ""}`
    : `预览：${year.label}尚未发布，数据为暂定`;
}

/**
 * The 预览 banner of a page showing a year that is not published (or reopened): its figures are
 * provisional. Nothing for a published year, or while the state is not known.
 */
export function PreviewYearNotice({ schoolYear }: { schoolYear: number | undefined }) {
  const { get } = useStatisticalYears();
  const year = schoolYear === undefined ? undefined : get(schoolYear);
  if (!year || !isPreviewYear(year)) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="preview-year"
      title={previewNoticeText(year)}
      description={`${year.stateLabel}：各项数值按当前已审核的数据计算，可能随审核和补报变化；正式数据以发布后为准。`}
      style={{ marginBottom: 12 }}
    />
  );
}

/**
 * 显示未发布学年（预览）: whether a range-based dashboard (2020…) goes on past the latest published
 * year into the years not published yet. Hidden when there is no such year.
 */
export function PreviewYearsSwitch({
  value,
  onChange,
}: {
  value: boolean;
  onChange: (value: boolean) => void;
}) {
  const { latestFinal, newest } = useStatisticalYears();
  if (latestFinal === undefined || newest === undefined || newest <= latestFinal) return null;
  return (
    <Tooltip title="历年趋势默认只到最近已发布的学年；打开后加入之后尚未发布的学年（预览，数据为暂定）">
      <span>
        <Switch size="small" checked={value} onChange={onChange} aria-label="显示未发布学年（预览）" />{" "}
        显示未发布学年（预览）
      </span>
    </Tooltip>
  );
}

/**
 * The last year of a range-based dashboard: the chosen year, or — with the 预览 switch on — the
 * newest year known when it is later.
 */
export function rangeEndYear(schoolYear: number, showPreview: boolean, newest: number | undefined): number {
  return showPreview && newest !== undefined && newest > schoolYear ? newest : schoolYear;
}
