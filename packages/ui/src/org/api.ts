/**
 * Server state of 机构管理 (districts and schools, the city's and a district's): queryOptions
 * factories with hierarchical keys (["org", "districts" | "schools", …]) and the writes, each
 * invalidating what it makes stale (the managed lists, and the read-only 学校名录/district
 * lists other pages keep under ["districts"] and ["schools"]).
 */
import {
  CloseDistrictDocument,
  type CloseDistrictInput,
  CloseSchoolDocument,
  type CloseSchoolInput,
  CreateDistrictDocument,
  type CreateDistrictInput,
  CreateSchoolDocument,
  type CreateSchoolInput,
  ExportSchoolListDocument,
  execute,
  ImportSchoolListDocument,
  ManagedDistrictsDocument,
  ManagedSchoolsDocument,
  MergeSchoolDocument,
  type MergeSchoolInput,
  ReopenSchoolDocument,
  type ReopenSchoolInput,
  SchoolListTemplateDocument,
  UpdateDistrictDocument,
  type UpdateDistrictInput,
  UpdateSchoolDocument,
  type UpdateSchoolInput,
} from "@edu2035/graphql";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { isVersionConflict } from "../reports/apiErrors.ts";
import { useToken } from "../session.tsx";

/** The city's districts, closed ones (撤销) included: key ["org", "districts"]. */
export const managedDistrictsQuery = (token: string) =>
  queryOptions({
    queryKey: ["org", "districts"],
    queryFn: ({ signal }) =>
      execute(ManagedDistrictsDocument, { includeClosed: true }, { token, signal }).then((d) => d.districts),
  });

/** Districts for 机构管理 (all of them, closed included). */
export function useManagedDistricts() {
  const token = useToken();
  return useQuery(managedDistrictsQuery(token));
}

/**
 * Every school ever registered in the scope, or in one district (open, closed and merged; the
 * status filter is applied on the page): key ["org", "schools", districtId | "all"].
 */
export const managedSchoolsQuery = (token: string, districtId?: string | null) =>
  queryOptions({
    queryKey: ["org", "schools", districtId ?? "all"],
    queryFn: ({ signal }) =>
      execute(
        ManagedSchoolsDocument,
        { districtId: districtId ?? null, includeClosed: true },
        { token, signal },
      ).then((d) => d.schools),
  });

/** Schools for 机构管理 (see managedSchoolsQuery). */
export function useManagedSchools(districtId?: string | null) {
  const token = useToken();
  return useQuery(managedSchoolsQuery(token, districtId));
}

/** After an org write: the managed lists and every page's district and school lists are stale. */
export function useInvalidateOrg() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [["org"], ["districts"], ["schools"], ["backfill"]].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

/**
 * A mutation over `execute` that refreshes the org lists after it succeeds, and after a version
 * CONFLICT (someone else saved first: the lists are refetched so the next edit starts from theirs).
 */
function useOrgMutation<V, R>(run: (token: string, v: V) => Promise<R>) {
  const token = useToken();
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: (v: V) => run(token, v),
    onSuccess: invalidate,
    onError: (e) => {
      if (isVersionConflict(e)) void invalidate();
    },
  });
}

/** createDistrict (新建区): answers the district. */
export const useCreateDistrict = () =>
  useOrgMutation((token, input: CreateDistrictInput) =>
    execute(CreateDistrictDocument, { input }, { token }).then((d) => d.createDistrict.district),
  );

/** updateDistrict (编辑区: 代码, 名称, 顺序; version read). */
export const useUpdateDistrict = () =>
  useOrgMutation((token, input: UpdateDistrictInput) =>
    execute(UpdateDistrictDocument, { input }, { token }).then((d) => d.updateDistrict.district),
  );

/** closeDistrict (撤销区 from a date; refused while it has open schools). */
export const useCloseDistrict = () =>
  useOrgMutation((token, input: CloseDistrictInput) =>
    execute(CloseDistrictDocument, { input }, { token }).then((d) => d.closeDistrict.district),
  );

/** createSchool (新建学校). */
export const useCreateSchool = () =>
  useOrgMutation((token, input: CreateSchoolInput) =>
    execute(CreateSchoolDocument, { input }, { token }).then((d) => d.createSchool.school),
  );

/** updateSchool (编辑学校 registration; version read). */
export const useUpdateSchool = () =>
  useOrgMutation((token, input: UpdateSchoolInput) =>
    execute(UpdateSchoolDocument, { input }, { token }).then((d) => d.updateSchool.school),
  );

/** closeSchool (撤销: date and reason). */
export const useCloseSchool = () =>
  useOrgMutation((token, input: CloseSchoolInput) =>
    execute(CloseSchoolDocument, { input }, { token }).then((d) => d.closeSchool.school),
  );

/** mergeSchool (合并 into an open school of the same district, from a date). */
export const useMergeSchool = () =>
  useOrgMutation((token, input: MergeSchoolInput) =>
    execute(MergeSchoolDocument, { input }, { token }).then((d) => d.mergeSchool.school),
  );

/** reopenSchool (恢复办学, with a reason). */
export const useReopenSchool = () =>
  useOrgMutation((token, input: ReopenSchoolInput) =>
    execute(ReopenSchoolDocument, { input }, { token }).then((d) => d.reopenSchool.school),
  );

/**
 * 下载模板 / 导出 / 导入 of the 学校名录 (.xlsx) for ExcelActions: `districtId` narrows the
 * export and is the district every imported row belongs to (omitted: the city names it per row).
 * The import is all or nothing; a dry run first lists every bad cell.
 */
export function useSchoolListExcel(districtId?: string | null) {
  const token = useToken();
  const invalidate = useInvalidateOrg();
  return {
    template: () => execute(SchoolListTemplateDocument, {}, { token }).then((d) => d.schoolListTemplate),
    exportFile: () =>
      execute(ExportSchoolListDocument, { districtId: districtId ?? null }, { token }).then(
        (d) => d.exportSchoolList,
      ),
    importFile: async (contentBase64: string, dryRun: boolean) => {
      const r = (
        await execute(
          ImportSchoolListDocument,
          { districtId: districtId ?? null, contentBase64, dryRun },
          { token },
        )
      ).importSchoolList;
      if (r.saved) await invalidate();
      return r;
    },
  };
}
