import {
  BalanceAssessmentDocument,
  BalanceAssessmentsDocument,
  execute,
  type OrgUnitInput,
  SchoolBalanceDocument,
  type SchoolType,
  TargetDashboardTableDocument,
} from "@edu2035/graphql";
import { queryOptions } from "@tanstack/react-query";
import { unitKey } from "../queries.ts";

/** First school year of the plan's monitoring (2020 现状). */
export const DASHBOARD_FROM_YEAR = 2020;

/** Units below per page of the 指标总览 unless chosen otherwise (the API's default; at most 200). */
export const DASHBOARD_CHILDREN_LIMIT = 50;

/** What a compact 指标总览 asks for (targetDashboardTable). */
export interface DashboardTableArgs {
  unit: OrgUnitInput;
  fromYear: number;
  toYear: number;
  /** The year sent in full; within fromYear–toYear. */
  schoolYear: number;
  /** Count submitted, not yet reviewed annual reports too (default false: approved only). */
  includeSubmitted?: boolean;
  /** Only these targets (default: every target measured at the unit's level). */
  targetIds?: string[] | null;
  /** Every year in full, for a trend (default: only schoolYear). */
  allYearsInFull?: boolean;
  childrenOffset?: number;
  childrenLimit?: number;
  /** 学校类别: a district's schools of these types only (empty or absent: every type). */
  schoolTypes?: readonly SchoolType[];
}

/**
 * 指标总览 as a compact table (issue 15): a unit and one page of the units directly below it,
 * the focused school year in full (the other years of the range as value, status and 暂定 only,
 * unless `allYearsInFull`), in one operation; the plan's targets come from planTargets.
 * Key: ["targetDashboardTable", level, id, fromYear, toYear, schoolYear, targetIds, allYearsInFull,
 * childrenOffset, childrenLimit, schoolTypes (sorted; null for every type), { includeSubmitted }] —
 * includeSubmitted last for {@link keepAcrossIncludeSubmitted}.
 */
export const targetDashboardTableQuery = (token: string, args: DashboardTableArgs) => {
  const {
    unit,
    fromYear,
    toYear,
    schoolYear,
    includeSubmitted = false,
    targetIds = null,
    allYearsInFull = false,
    childrenOffset = 0,
    childrenLimit = DASHBOARD_CHILDREN_LIMIT,
  } = args;
  const schoolTypes = args.schoolTypes?.length ? [...args.schoolTypes].sort() : null;
  return queryOptions({
    queryKey: [
      "targetDashboardTable",
      ...unitKey(unit),
      fromYear,
      toYear,
      schoolYear,
      targetIds,
      allYearsInFull,
      childrenOffset,
      childrenLimit,
      schoolTypes,
      { includeSubmitted },
    ],
    queryFn: ({ signal }) =>
      execute(
        TargetDashboardTableDocument,
        {
          unit,
          fromYear,
          toYear,
          schoolYear,
          targetIds,
          includeSubmitted,
          allYearsInFull,
          childrenOffset,
          childrenLimit,
          schoolTypes,
        },
        { token, signal },
      ).then((d) => d.targetDashboardTable),
    staleTime: 60_000,
  });
};

/** 优质均衡 of every district in scope. Key: ["balance", "districts", schoolYear]. */
export const balanceAssessmentsQuery = (token: string, schoolYear: number) =>
  queryOptions({
    queryKey: ["balance", "districts", schoolYear],
    queryFn: ({ signal }) =>
      execute(BalanceAssessmentsDocument, { schoolYear }, { token, signal }).then(
        (d) => d.balanceAssessments,
      ),
    staleTime: 60_000,
  });

/** 优质均衡 of one district. Key: ["balance", "district", districtId, schoolYear]. */
export const balanceAssessmentQuery = (token: string, districtId: string, schoolYear: number) =>
  queryOptions({
    queryKey: ["balance", "district", districtId, schoolYear],
    queryFn: ({ signal }) =>
      execute(BalanceAssessmentDocument, { districtId, schoolYear }, { token, signal }).then(
        (d) => d.balanceAssessment,
      ),
    staleTime: 60_000,
  });

/** One school's seven 优质均衡 figures. Key: ["balance", "school", schoolId, schoolYear]. */
export const schoolBalanceQuery = (token: string, schoolId: string, schoolYear: number) =>
  queryOptions({
    queryKey: ["balance", "school", schoolId, schoolYear],
    queryFn: ({ signal }) =>
      execute(SchoolBalanceDocument, { schoolId, schoolYear }, { token, signal }).then(
        (d) => d.schoolBalance,
      ),
    staleTime: 60_000,
  });

/**
 * placeholderData for the target queries: while only the 统计口径 (the trailing
 * `{ includeSubmitted }` of the key) changes, the previous figures stay on screen; a new unit or
 * school year starts empty, so no figures of another unit are shown as this one's.
 */
export function keepAcrossIncludeSubmitted<T>(
  queryKey: readonly unknown[],
): (previous: T | undefined, previousQuery: { queryKey: readonly unknown[] } | undefined) => T | undefined {
  const head = JSON.stringify(queryKey.slice(0, -1));
  return (previous, previousQuery) =>
    previousQuery && JSON.stringify(previousQuery.queryKey.slice(0, -1)) === head ? previous : undefined;
}
