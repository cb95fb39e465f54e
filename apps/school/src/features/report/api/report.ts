import {
  ExportReportExcelDocument,
  execute,
  ImportReportExcelDocument,
  ReportExcelTemplateDocument,
  SaveReportDraftDocument,
  type SaveReportDraftInput,
  SchoolReportDocument,
  type SchoolReportFieldsFragment,
  SubmitReportDocument,
} from "@edu2035/graphql";
import { useToken } from "@edu2035/ui";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

/** queryOptions of a school's annual report: key ["schoolReport", schoolId, schoolYear]. */
export const schoolReportQuery = (token: string, schoolId: string, schoolYear: number) =>
  queryOptions({
    queryKey: ["schoolReport", schoolId, schoolYear],
    queryFn: ({ signal }) =>
      execute(SchoolReportDocument, { schoolId, schoolYear }, { token, signal }).then((d) => d.schoolReport),
  });

export function useSchoolReport(schoolId: string, schoolYear: number) {
  const token = useToken();
  return useQuery(schoolReportQuery(token, schoolId, schoolYear));
}

/** Store the report a mutation answered, so the form shows the saved version at once. */
function useStoreReport() {
  const queryClient = useQueryClient();
  const token = useToken();
  return (report: SchoolReportFieldsFragment) => {
    queryClient.setQueryData(schoolReportQuery(token, report.school.id, report.schoolYear).queryKey, report);
    // the targets and the queue read reports too
    void queryClient.invalidateQueries({ queryKey: ["targetResults"] });
  };
}

/** 保存草稿. */
export function useSaveReportDraft() {
  const token = useToken();
  const store = useStoreReport();
  return useMutation({
    mutationFn: (input: SaveReportDraftInput) =>
      execute(SaveReportDraftDocument, { input }, { token }).then((d) => d.saveReportDraft.report),
    onSuccess: store,
  });
}

/** 提交审核. */
export function useSubmitReport() {
  const token = useToken();
  const store = useStoreReport();
  return useMutation({
    mutationFn: (v: { schoolId: string; schoolYear: number; version: number }) =>
      execute(SubmitReportDocument, v, { token }).then((d) => d.submitReport.report),
    onSuccess: store,
  });
}

/** 下载模板 / 导出 / 导入 of the report as .xlsx; an import saves the draft only when the file is clean. */
export function useReportExcel(schoolId: string, schoolYear: number, version: number | null) {
  const token = useToken();
  const store = useStoreReport();
  return {
    template: () =>
      execute(ReportExcelTemplateDocument, { schoolId, schoolYear }, { token }).then(
        (d) => d.reportExcelTemplate,
      ),
    exportFile: () =>
      execute(ExportReportExcelDocument, { schoolId, schoolYear }, { token }).then(
        (d) => d.exportReportExcel,
      ),
    importFile: async (contentBase64: string, dryRun: boolean) => {
      const r = (
        await execute(
          ImportReportExcelDocument,
          { schoolId, schoolYear, version, contentBase64, dryRun },
          { token },
        )
      ).importReportExcel;
      if (r.report && r.saved) store(r.report);
      return r;
    },
  };
}
