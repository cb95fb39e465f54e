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
 * page's 学校类别 filter (a district's), exported as shown and named in the sheet's title.
 * `includeSubmitted`: the page's 含已提交待审核的年报 switch, so the file counts the reports the
 * page counts (and says which). Disabled until a school year is chosen.
 */
export function ExportDashboardButton({
  unit,
  schoolYear,
  schoolTypes,
  includeSubmitted = false,
}: {
  unit: OrgUnitInput;
  schoolYear: number | undefined;
  schoolTypes?: readonly SchoolType[];
  /** The page's 统计口径 switch (true: submitted reports counted as well). */
  includeSubmitted?: boolean;
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
        { unit, schoolYear, schoolTypes: schoolTypes?.length ? [...schoolTypes] : null, includeSubmitted },
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
