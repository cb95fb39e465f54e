import {
  isPrimaryOrSecondarySchool,
  REPORT_FIELD_LABELS as L,
  type SchoolType,
  schoolTypeReports,
} from "@edu2035/domain";
import type { SchoolReportFieldsFragment } from "@edu2035/graphql";
import { Descriptions, Table, Tag, Typography } from "antd";
import { formatMoney, formatNumber } from "../format.ts";

const num = (v: number | null | undefined, unit = "") =>
  v === null || v === undefined ? (
    <Typography.Text type="warning">未填</Typography.Text>
  ) : (
    `${formatNumber(v)}${unit}`
  );
const yesNo = (v: boolean | null | undefined) =>
  v === null || v === undefined ? (
    <Typography.Text type="warning">未填</Typography.Text>
  ) : v ? (
    <Tag color="green">是</Tag>
  ) : (
    <Tag>否</Tag>
  );

type Grade = SchoolReportFieldsFragment["grades"][number];

/**
 * A school's annual report, read-only: the grades table and every section as descriptions. Items
 * the school's type does not report (a kindergarten: 体质健康, 大班额/超大班额; domain
 * schoolTypeReports, the list the form, the Excel template and the save use) are not shown, and
 * neither are the 中小学 items a kindergarten need not fill (B06—B15, B19 创新实验室数: domain
 * isPrimaryOrSecondarySchool, the rule of reportCompletenessIssues and of the school's form) when
 * it left them empty — so neither the district's view nor the printed 年报 (PrintableReport) shows
 * them as 未填; a figure it chose to fill is shown.
 */
export function ReportDescriptions({ report }: { report: SchoolReportFieldsFragment }) {
  const r = report;
  const type = r.school.type.toLowerCase() as SchoolType;
  const bands = schoolTypeReports(type, "largeClasses");
  const health = schoolTypeReports(type, "healthTested");
  /** Whether the type must fill the 中小学 items (B06—B15, B19); if not, an empty one is left out. */
  const schoolItems = isPrimaryOrSecondarySchool(type);
  const planItems = [
    r.meetsPeHygieneStandard,
    r.implementsCurriculumStandards,
    r.hasSportsBrand,
    r.implementsHealthStandard,
    r.heldSportsMeeting,
    r.footballFeatureSchool,
    r.footballLessonsPerWeek,
    r.heldArtsFestival,
  ];
  const showPlanItems = schoolItems || planItems.some((v) => v !== null && v !== undefined);
  const showInnovationLabs = schoolItems || (r.innovationLabs !== null && r.innovationLabs !== undefined);
  return (
    <div data-testid="report-view">
      <Typography.Title level={5}>
        分年级在校生及班额（在校生共 {formatNumber(r.totalStudents)} 人）
      </Typography.Title>
      <Table<Grade>
        rowKey={(g) => `${g.stage}-${g.grade}`}
        size="small"
        bordered
        pagination={false}
        dataSource={r.grades}
        columns={[
          { title: "年级", dataIndex: "label" },
          { title: L.students, dataIndex: "students", align: "right" },
          { title: L.classes, dataIndex: "classes", align: "right" },
          ...(bands
            ? [
                { title: "大班额", dataIndex: "largeClasses", align: "right" as const },
                { title: "超大班额", dataIndex: "oversizedClasses", align: "right" as const },
              ]
            : []),
          { title: L.disabledStudents, dataIndex: "disabledStudents", align: "right" },
        ]}
        style={{ marginBottom: 16 }}
      />
      <Descriptions size="small" bordered column={2} title="教职工" style={{ marginBottom: 16 }}>
        <Descriptions.Item label={L.staffTotal}>{num(r.staffTotal, " 人")}</Descriptions.Item>
        <Descriptions.Item label={L.fullTimeTeachers}>{num(r.fullTimeTeachers, " 人")}</Descriptions.Item>
      </Descriptions>
      <Descriptions
        size="small"
        bordered
        column={2}
        title="校舍与体育场地、装备与信息化"
        style={{ marginBottom: 16 }}
      >
        <Descriptions.Item label={L.teachingAuxiliaryArea}>
          {num(r.teachingAuxiliaryArea, " m²")}
        </Descriptions.Item>
        <Descriptions.Item label={L.indoorSportsArea}>{num(r.indoorSportsArea, " m²")}</Descriptions.Item>
        <Descriptions.Item label={L.outdoorSportsArea}>{num(r.outdoorSportsArea, " m²")}</Descriptions.Item>
        <Descriptions.Item label={L.equipmentValue}>
          {r.equipmentValue === null || r.equipmentValue === undefined
            ? num(null)
            : `${formatMoney(r.equipmentValue)} 元`}
        </Descriptions.Item>
        <Descriptions.Item label={L.multimediaClassrooms}>
          {num(r.multimediaClassrooms, " 间")}
        </Descriptions.Item>
        {showInnovationLabs && (
          <Descriptions.Item label={L.innovationLabs}>{num(r.innovationLabs, " 个")}</Descriptions.Item>
        )}
        <Descriptions.Item label={L.wirelessFullCoverage}>{yesNo(r.wirelessFullCoverage)}</Descriptions.Item>
      </Descriptions>
      {health && (
        <Descriptions
          size="small"
          bordered
          column={3}
          title="学生体质健康"
          style={{ marginBottom: 16 }}
          data-testid="report-view-health"
        >
          <Descriptions.Item label="参加测试">{num(r.healthTested, " 人")}</Descriptions.Item>
          <Descriptions.Item label="合格及以上">{num(r.healthPassed, " 人")}</Descriptions.Item>
          <Descriptions.Item label="良好及优秀">{num(r.healthGoodOrExcellent, " 人")}</Descriptions.Item>
        </Descriptions>
      )}
      {showPlanItems && (
        <Descriptions
          size="small"
          bordered
          column={2}
          title="体育卫生与课程（B06—B15）"
          style={{ marginBottom: 16 }}
          data-testid="report-view-plan-items"
        >
          <Descriptions.Item label={`B06 ${L.meetsPeHygieneStandard}`}>
            {yesNo(r.meetsPeHygieneStandard)}
          </Descriptions.Item>
          <Descriptions.Item label={`B07 ${L.implementsCurriculumStandards}`}>
            {yesNo(r.implementsCurriculumStandards)}
          </Descriptions.Item>
          <Descriptions.Item label={`B09 ${L.hasSportsBrand}`}>{yesNo(r.hasSportsBrand)}</Descriptions.Item>
          <Descriptions.Item label={`B10 ${L.implementsHealthStandard}`}>
            {yesNo(r.implementsHealthStandard)}
          </Descriptions.Item>
          <Descriptions.Item label={`B13 ${L.heldSportsMeeting}`}>
            {yesNo(r.heldSportsMeeting)}
          </Descriptions.Item>
          <Descriptions.Item label={`B14 ${L.footballFeatureSchool}`}>
            {yesNo(r.footballFeatureSchool)}
          </Descriptions.Item>
          <Descriptions.Item label={`B14 ${L.footballLessonsPerWeek}`}>
            {num(r.footballLessonsPerWeek, " 节")}
          </Descriptions.Item>
          <Descriptions.Item label={`B15 ${L.heldArtsFestival}`}>
            {yesNo(r.heldArtsFestival)}
          </Descriptions.Item>
        </Descriptions>
      )}
      <Descriptions size="small" bordered column={1}>
        <Descriptions.Item label="备注">{r.notes || "—"}</Descriptions.Item>
      </Descriptions>
    </div>
  );
}
