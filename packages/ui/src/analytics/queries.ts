import {
  BalanceAssessmentDocument,
  BalanceAssessmentsDocument,
  execute,
  type OrgUnitInput,
  SchoolBalanceDocument,
  TargetDashboardDocument,
} from "@edu2035/graphql";
import { queryOptions } from "@tanstack/react-query";
import { unitKey } from "../queries.ts";

/** First school year of the plan's monitoring (2020 现状). */
export const DASHBOARD_FROM_YEAR = 2020;

/**
 * 指标总览: a unit and the units directly below it, every school year from `fromYear` to
 * `toYear`, in one operation. `includeSubmitted` (default false: approved reports only) counts
 * submitted, not yet reviewed annual reports too.
 * Key: ["targetDashboard", level, id, fromYear, toYear, { includeSubmitted }].
 */
export const targetDashboardQuery = (
  token: string,
  unit: OrgUnitInput,
  fromYear: number,
  toYear: number,
  includeSubmitted = false,
) =>
  queryOptions({
    queryKey: ["targetDashboard", ...unitKey(unit), fromYear, toYear, { includeSubmitted }],
    queryFn: ({ signal }) =>
      execute(
        TargetDashboardDocument,
        { unit, fromYear, toYear, targetIds: null, includeSubmitted },
        { token, signal },
      ).then((d) => d.targetDashboard),
    staleTime: 60_000,
  });

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
