import { FilePdfOutlined, FileWordOutlined } from "@ant-design/icons";
import {
  execute,
  MonitoringReportDocument,
  type MonitoringReportFormat,
  type MonitoringReportQuery,
  type OrgUnitInput,
} from "@edu2035/graphql";
import { Alert, App, Button, Space, Typography } from "antd";
import { useState } from "react";
import { PageCard } from "../PageCard.tsx";
import { SchoolYearSelect } from "../SchoolYearSelect.tsx";
import { useToken } from "../session.tsx";
import { isPreviewYear, PreviewYearNotice, useStatisticalYears } from "../statisticalYears.tsx";

/** Save a generated report (base64) under its filename. */
export function downloadReport(
  file: Pick<MonitoringReportQuery["monitoringReport"], "base64" | "filename" | "mimeType">,
) {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file.filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Generate one report (monitoringReport) and download it; errors (BUSY …) as a message. */
function useGenerate(unit: OrgUnitInput) {
  const token = useToken();
  const { message } = App.useApp();
  const [running, setRunning] = useState<MonitoringReportFormat | null>(null);
  async function generate(schoolYear: number | undefined, format: MonitoringReportFormat) {
    if (schoolYear === undefined) return;
    setRunning(format);
    try {
      const d = await execute(MonitoringReportDocument, { unit, schoolYear, format }, { token });
      downloadReport(d.monitoringReport);
      message.success(`已生成：${d.monitoringReport.filename}`);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setRunning(null);
    }
  }
  return { running, generate };
}

/**
 * 监测报告 page of the city or a district: pick a 学年, then 生成 Word / 生成 PDF downloads
 * 《<单位>教育现代化监测报告（学年）》 (monitoringReport). A year not published is generated as a
 * 预览 (暂定 figures, marked in the file): the page warns before.
 */
export function MonitoringReportPanel({
  unit,
  unitName,
  schoolYear,
  onSchoolYearChange,
}: {
  unit: OrgUnitInput;
  unitName: string;
  schoolYear: number | undefined;
  onSchoolYearChange: (year: number) => void;
}) {
  const { get } = useStatisticalYears();
  const { running, generate } = useGenerate(unit);
  const year = schoolYear === undefined ? undefined : get(schoolYear);
  return (
    <PageCard
      title="监测报告"
      subtitle={`${unitName}教育现代化监测报告（Word / PDF）`}
      extra={<SchoolYearSelect value={schoolYear} onChange={onSchoolYearChange} />}
    >
      <PreviewYearNotice schoolYear={schoolYear} />
      {isPreviewYear(year) && (
        <Alert
          type="warning"
          showIcon
          data-testid="report-preview-warning"
          title="该学年尚未发布：生成的是预览报告，数据为暂定，封面和文件名标注“预览”，不作为正式结论。"
          style={{ marginBottom: 12 }}
        />
      )}
      <Typography.Paragraph>
        报告内容：总体情况（达标、按进度、滞后于进度、未达标、数据不全的指标数及滞后最多的指标）；按规划章节的各项指标（数值、数据覆盖、状态、历年趋势图与里程碑、各区或各学校对比）；义务教育优质均衡（各学段七项差异系数、未达标学校）；三支队伍结构；数据质量（各区报送完整性和及时性、逾期学校）。Word
        文件打开时更新目录。
      </Typography.Paragraph>
      <Space>
        <Button
          type="primary"
          icon={<FileWordOutlined />}
          disabled={schoolYear === undefined || running !== null}
          loading={running === "DOCX"}
          onClick={() => generate(schoolYear, "DOCX")}
        >
          生成 Word
        </Button>
        <Button
          icon={<FilePdfOutlined />}
          disabled={schoolYear === undefined || running !== null}
          loading={running === "PDF"}
          onClick={() => generate(schoolYear, "PDF")}
        >
          生成 PDF
        </Button>
      </Space>
    </PageCard>
  );
}

/** 年度数据简报 of a school for the chosen 学年: Word or PDF (monitoringReport with the school as unit). */
export function SchoolBriefButtons({
  schoolId,
  schoolYear,
}: {
  schoolId: string;
  schoolYear: number | undefined;
}) {
  const { running, generate } = useGenerate({ level: "SCHOOL", id: schoolId });
  return (
    <Space.Compact>
      <Button
        icon={<FileWordOutlined />}
        disabled={schoolYear === undefined || running !== null}
        loading={running === "DOCX"}
        onClick={() => generate(schoolYear, "DOCX")}
      >
        年度数据简报
      </Button>
      <Button
        aria-label="年度数据简报 PDF"
        icon={<FilePdfOutlined />}
        disabled={schoolYear === undefined || running !== null}
        loading={running === "PDF"}
        onClick={() => generate(schoolYear, "PDF")}
      />
    </Space.Compact>
  );
}
