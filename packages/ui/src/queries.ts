import {
  DistrictsDocument,
  execute,
  type OrgLevel,
  type OrgUnitInput,
  PlanTargetsDocument,
  PublishedHistoryDocument,
  SchoolsDocument,
  SchoolYearsDocument,
  type StaffFilter,
  StaffingSummaryDocument,
  StaffPageDocument,
  StatisticalYearListDocument,
  type TargetGroup,
  TargetResultsDocument,
  ViewerDocument,
} from "@edu2035/graphql";
import { queryOptions } from "@tanstack/react-query";

/**
 * queryOptions factories with hierarchical keys ([entity, …narrowing]). The token is an
 * argument, not part of the key: the cache is cleared whenever the session changes.
 */

/** Key of an org unit inside query keys. */
export function unitKey(unit: OrgUnitInput): [OrgLevel, string | null] {
  return [unit.level, unit.id ?? null];
}

export const viewerQuery = (token: string | null) =>
  queryOptions({
    queryKey: ["viewer"],
    queryFn: ({ signal }) => execute(ViewerDocument, {}, { token, signal }).then((d) => d.viewer),
    enabled: Boolean(token),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const districtsQuery = (token: string) =>
  queryOptions({
    queryKey: ["districts"],
    queryFn: ({ signal }) => execute(DistrictsDocument, {}, { token, signal }).then((d) => d.districts),
    staleTime: 10 * 60_000,
  });

export const schoolsQuery = (token: string, districtId?: string | null) =>
  queryOptions({
    queryKey: ["schools", districtId ?? "all"],
    queryFn: ({ signal }) =>
      execute(SchoolsDocument, { districtId: districtId ?? null }, { token, signal }).then((d) => d.schools),
    staleTime: 10 * 60_000,
  });

export const schoolYearsQuery = (token: string) =>
  queryOptions({
    queryKey: ["schoolYears"],
    queryFn: ({ signal }) => execute(SchoolYearsDocument, {}, { token, signal }).then((d) => d.schoolYears),
    staleTime: 10 * 60_000,
  });

/**
 * The statistical years (统计学年) with their lifecycle state, newest first: the figures of a year
 * whose `final` is false are 预览 (provisional). Key: ["statisticalYears"].
 */
export const statisticalYearsQuery = (token: string) =>
  queryOptions({
    queryKey: ["statisticalYears"],
    queryFn: ({ signal }) =>
      execute(StatisticalYearListDocument, {}, { token, signal }).then((d) => d.statisticalYears),
    staleTime: 60_000,
  });

/**
 * 发布版本 of one figure: the target's value for a unit as published in each publication of the
 * year (v1, v2 …), oldest first; empty when the year was never published.
 * Key: ["publishedHistory", level, id, targetId, schoolYear].
 */
export const publishedHistoryQuery = (
  token: string,
  unit: OrgUnitInput,
  targetId: string,
  schoolYear: number,
) =>
  queryOptions({
    queryKey: ["publishedHistory", ...unitKey(unit), targetId, schoolYear],
    queryFn: ({ signal }) =>
      execute(PublishedHistoryDocument, { unit, targetId, schoolYear }, { token, signal }).then(
        (d) => d.publishedHistory,
      ),
    staleTime: 60_000,
  });

export const planTargetsQuery = (token: string, level?: OrgLevel, group?: TargetGroup) =>
  queryOptions({
    queryKey: ["planTargets", level ?? "all", group ?? "all"],
    queryFn: ({ signal }) =>
      execute(PlanTargetsDocument, { level: level ?? null, group: group ?? null }, { token, signal }).then(
        (d) => d.planTargets,
      ),
    staleTime: Number.POSITIVE_INFINITY,
  });

/**
 * The plan's targets of a unit in a school year. `includeSubmitted` (default false: approved
 * reports only) counts submitted, not yet reviewed annual reports too.
 * Key: ["targetResults", level, id, schoolYear, { includeSubmitted }].
 */
export const targetResultsQuery = (
  token: string,
  unit: OrgUnitInput,
  schoolYear: number,
  includeSubmitted = false,
) =>
  queryOptions({
    queryKey: ["targetResults", ...unitKey(unit), schoolYear, { includeSubmitted }],
    queryFn: ({ signal }) =>
      execute(TargetResultsDocument, { unit, schoolYear, includeSubmitted }, { token, signal }).then(
        (d) => d.targetResults,
      ),
  });

export const staffingSummaryQuery = (token: string, unit: OrgUnitInput, schoolYear: number) =>
  queryOptions({
    queryKey: ["staffingSummary", ...unitKey(unit), schoolYear],
    queryFn: ({ signal }) =>
      execute(StaffingSummaryDocument, { unit, schoolYear }, { token, signal }).then(
        (d) => d.staffingSummary,
      ),
  });

export const staffPageQuery = (token: string, filter: StaffFilter, page: number, pageSize: number) =>
  queryOptions({
    queryKey: ["staff", filter.schoolYear, filter, page, pageSize],
    queryFn: ({ signal }) =>
      execute(StaffPageDocument, { filter, page, pageSize }, { token, signal }).then((d) => d.staff),
  });
