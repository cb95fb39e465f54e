import {
  AddStaffDocument,
  type AddStaffInput,
  ExportStaffExcelDocument,
  execute,
  ImportStaffExcelDocument,
  RosterPageDocument,
  StaffExcelTemplateDocument,
  type StaffFilter,
  StaffLeaveDocument,
  type StaffPatch,
  type StaffStatus,
  UpdateStaffDocument,
} from "@edu2035/graphql";
import { currentSchoolYear, useToken } from "@edu2035/ui";
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

/** queryOptions of a page of the editable roster: key ["roster", schoolYear, filter, page, pageSize]. */
export const rosterQuery = (token: string, filter: StaffFilter, page: number, pageSize: number) =>
  queryOptions({
    queryKey: ["roster", filter.schoolYear, filter, page, pageSize],
    queryFn: ({ signal }) =>
      execute(RosterPageDocument, { filter, page, pageSize }, { token, signal }).then((d) => d.staff),
  });

export function useRoster(filter: StaffFilter, page: number, pageSize: number) {
  const token = useToken();
  return useQuery({ ...rosterQuery(token, filter, page, pageSize), placeholderData: keepPreviousData });
}

/** After a roster write: the roster, the read-only staff lists and the counts are stale. */
function useInvalidateStaff() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [["roster"], ["staff"], ["staffingSummary"], ["targetResults"]].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

export function useAddStaff() {
  const token = useToken();
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: (input: AddStaffInput) =>
      execute(AddStaffDocument, { input }, { token }).then((d) => d.addStaff.staff),
    onSuccess: invalidate,
  });
}

export function useUpdateStaff() {
  const token = useToken();
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: (v: { id: string; version: number; patch: StaffPatch }) =>
      execute(UpdateStaffDocument, v, { token }).then((d) => d.updateStaff.staff),
    onSuccess: invalidate,
  });
}

export function useStaffLeave() {
  const token = useToken();
  const invalidate = useInvalidateStaff();
  return useMutation({
    mutationFn: (v: { id: string; version: number; status: StaffStatus; leftOn: string }) =>
      execute(StaffLeaveDocument, v, { token }).then((d) => d.staffLeave.staff),
    onSuccess: invalidate,
  });
}

/** 下载模板 / 导出 / 导入 of the roster as .xlsx (the API checks every row; nothing saved on errors). */
export function useStaffExcel(schoolId: string, schoolYear: number) {
  const token = useToken();
  const invalidate = useInvalidateStaff();
  return {
    template: () =>
      execute(StaffExcelTemplateDocument, { schoolId }, { token }).then((d) => d.staffExcelTemplate),
    exportFile: () =>
      execute(ExportStaffExcelDocument, { schoolId, schoolYear }, { token }).then((d) => d.exportStaffExcel),
    importFile: async (contentBase64: string, dryRun: boolean) => {
      const r = (
        await execute(
          ImportStaffExcelDocument,
          { schoolId, schoolYear: currentSchoolYear(), contentBase64, dryRun },
          { token },
        )
      ).importStaffExcel;
      if (r.saved) await invalidate();
      return r;
    },
  };
}
