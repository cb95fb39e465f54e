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
 * `toYear`, in one operation. Key: ["targetDashboard", level, id, fromYear, toYear].
 */
export const targetDashboardQuery = (token: string, unit: OrgUnitInput, fromYear: number, toYear: number) =>
  queryOptions({
    queryKey: ["targetDashboard", ...unitKey(unit), fromYear, toYear],
    queryFn: ({ signal }) =>
      execute(TargetDashboardDocument, { unit, fromYear, toYear, targetIds: null }, { token, signal }).then(
        (d) => d.targetDashboard,
      ),
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
