import { ExportOutlined } from "@ant-design/icons";
import { ExportReportCompletenessExcelDocument, execute } from "@edu2035/graphql";
import { downloadExcel, useToken } from "@edu2035/ui";
import { App, Button } from "antd";
import { useState } from "react";

/**
 * 导出Excel: the city's 数据报送情况 of the chosen school year as .xlsx
 * (exportReportCompletenessExcel: sheets 按区, 按学校类别, 未报送学校, 逾期报送 — the page's figures,
 * printable). Disabled until a school year is chosen.
 */
export function ExportCompletenessButton({ schoolYear }: { schoolYear: number | undefined }) {
  const token = useToken();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  async function run() {
    if (schoolYear === undefined) return;
    setBusy(true);
    try {
      const d = await execute(ExportReportCompletenessExcelDocument, { schoolYear }, { token });
      downloadExcel(d.exportReportCompletenessExcel);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button
      icon={<ExportOutlined />}
      loading={busy}
      disabled={schoolYear === undefined}
      onClick={run}
      data-testid="export-completeness"
    >
      导出Excel
    </Button>
  );
}
