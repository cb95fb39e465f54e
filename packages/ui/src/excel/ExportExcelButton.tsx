import { ExportOutlined } from "@ant-design/icons";
import {
  type ExcelFileFieldsFragment,
  ExportBalanceExcelDocument,
  ExportStaffingSummaryExcelDocument,
  execute,
  type OrgUnitInput,
} from "@edu2035/graphql";
import { App, Button } from "antd";
import { useState } from "react";
import { useToken } from "../session.tsx";
import { downloadExcel } from "./ExcelActions.tsx";

/**
 * 导出Excel: fetch a workbook the API builds (an ExcelFile: name, type, base64 bytes) and save it
 * as a download; errors as a message. Disabled until a school year is chosen.
 */
export function ExportExcelButton({
  fetchFile,
  disabled,
  label = "导出Excel",
  testId,
}: {
  fetchFile: (token: string) => Promise<ExcelFileFieldsFragment>;
  disabled?: boolean;
  label?: string;
  testId?: string;
}) {
  const token = useToken();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  async function run() {
    setBusy(true);
    try {
      downloadExcel(await fetchFile(token));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button icon={<ExportOutlined />} loading={busy} disabled={disabled} onClick={run} data-testid={testId}>
      {label}
    </Button>
  );
}

/**
 * 导出Excel of the 三支队伍 page: exportStaffingSummaryExcel of `unit` (the city by district, a
 * district by school, a school itself) with each unit's 名册覆盖.
 */
export function ExportStaffingButton({
  unit,
  schoolYear,
}: {
  unit: OrgUnitInput;
  schoolYear: number | undefined;
}) {
  return (
    <ExportExcelButton
      testId="export-staffing"
      disabled={schoolYear === undefined}
      fetchFile={async (token) =>
        (await execute(ExportStaffingSummaryExcelDocument, { unit, schoolYear: schoolYear ?? 0 }, { token }))
          .exportStaffingSummaryExcel
      }
    />
  );
}

/**
 * 导出Excel of the 优质均衡 pages: exportBalanceExcel (区结论, 差异系数, 学校达标, 未参评学校) of
 * every district the viewer reads, or of `districtId`.
 */
export function ExportBalanceButton({
  schoolYear,
  districtId,
}: {
  schoolYear: number | undefined;
  districtId?: string;
}) {
  return (
    <ExportExcelButton
      testId="export-balance"
      disabled={schoolYear === undefined}
      fetchFile={async (token) =>
        (await execute(ExportBalanceExcelDocument, { schoolYear: schoolYear ?? 0, districtId }, { token }))
          .exportBalanceExcel
      }
    />
  );
}
