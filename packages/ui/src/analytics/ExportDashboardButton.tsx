import { ExportOutlined } from "@ant-design/icons";
import {
  ExportTargetDashboardExcelDocument,
  execute,
  type OrgUnitInput,
  type SchoolType,
} from "@edu2035/graphql";
import { App, Button } from "antd";
import { useState } from "react";
import { downloadExcel } from "../excel/ExcelActions.tsx";
import { useToken } from "../session.tsx";

/**
 * 导出Excel: the 指标总览 of `unit` for the chosen school year as .xlsx (exportTargetDashboardExcel:
 * the same figures as the page, one column group per unit below, printable). `schoolTypes`: the
 * page's 学校类别 filter (a district's), exported as shown and named in the sheet's title. Disabled
 * until a school year is chosen.
 */
export function ExportDashboardButton({
  unit,
  schoolYear,
  schoolTypes,
}: {
  unit: OrgUnitInput;
  schoolYear: number | undefined;
  schoolTypes?: readonly SchoolType[];
}) {
  const token = useToken();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  async function run() {
    if (schoolYear === undefined) return;
    setBusy(true);
    try {
      const d = await execute(
        ExportTargetDashboardExcelDocument,
        { unit, schoolYear, schoolTypes: schoolTypes?.length ? [...schoolTypes] : null },
        { token },
      );
      downloadExcel(d.exportTargetDashboardExcel);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button icon={<ExportOutlined />} loading={busy} disabled={schoolYear === undefined} onClick={run}>
      导出Excel
    </Button>
  );
}
