import { ExportOutlined } from "@ant-design/icons";
import { ExportTargetDashboardExcelDocument, execute, type OrgUnitInput } from "@edu2035/graphql";
import { App, Button } from "antd";
import { useState } from "react";
import { downloadExcel } from "../excel/ExcelActions.tsx";
import { useToken } from "../session.tsx";

/**
 * 导出Excel: the 指标总览 of `unit` for the chosen school year as .xlsx (exportTargetDashboardExcel:
 * the same figures as the page, one column group per unit below, printable). Disabled until a
 * school year is chosen.
 */
export function ExportDashboardButton({
  unit,
  schoolYear,
}: {
  unit: OrgUnitInput;
  schoolYear: number | undefined;
}) {
  const token = useToken();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  async function run() {
    if (schoolYear === undefined) return;
    setBusy(true);
    try {
      const d = await execute(ExportTargetDashboardExcelDocument, { unit, schoolYear }, { token });
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
