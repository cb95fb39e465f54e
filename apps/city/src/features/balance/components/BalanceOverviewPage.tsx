import type { BalanceAssessmentsQuery, BalanceStageFieldsFragment } from "@edu2035/graphql";
import {
  BALANCE_INDICATOR_SHORT_NAMES,
  BalanceCertificationTag,
  BalanceOutcomeTag,
  BalancePlanButton,
  ExportBalanceButton,
  PageCard,
  SchoolYearSelect,
} from "@edu2035/ui";
import { Alert, Card, Col, Empty, Row, Space, Table, type TableColumnsType, Tooltip, Typography } from "antd";
import { useMemo } from "react";
import { useBalanceAssessments } from "../api/balance.ts";

type Assessment = BalanceAssessmentsQuery["balanceAssessments"][number];

const INDICATOR_IDS = ["C1", "C2", "C3", "C4", "C5", "C6", "C7"] as const;
const RED = "#cf1322";

interface StageRow {
  key: string;
  district: Assessment["district"];
  assessment: Assessment;
  /** Rows of the district (for the merged district cells), on its first row only. */
  rowSpan: number;
  stage: BalanceStageFieldsFragment;
}

/**
 * The district's card: the platform's 监测测算 (达到 / 未达到 / 待评估) beside the register's
 * 国家认定, the note when they differ, then both stages (coverage, schools passing, CVs), a
 * failing stage with its 达标方案 (the district's plan, as the district sees it).
 */
function DistrictCard({ a }: { a: Assessment }) {
  return (
    <Card size="small" title={a.district.name} data-testid={`balance-district-${a.district.name}`}>
      <Space size={12} wrap style={{ marginBottom: 8 }}>
        <span>
          <Typography.Text type="secondary">监测测算 </Typography.Text>
          <BalanceOutcomeTag outcome={a.outcome} />
        </span>
        <span>
          <Typography.Text type="secondary">国家认定 </Typography.Text>
          <BalanceCertificationTag certification={a.certification} />
        </span>
      </Space>
      {a.certificationNote && (
        <Alert
          type="info"
          showIcon
          title={a.certificationNote}
          style={{ marginBottom: 8, fontSize: 12 }}
          data-testid="balance-certification-note"
        />
      )}
      {a.stages.map((s) => {
        const cvOk = s.variations.filter((v) => v.passed).length;
        return (
          <div key={s.stage} style={{ marginBottom: 8 }}>
            <Space size={8} wrap>
              <Typography.Text strong>{s.stageLabel}</Typography.Text>
              <BalanceOutcomeTag outcome={s.outcome} coverage={s.coverage} />
              <span>
                学校达标 {s.schoolsPassed}/{s.schools.length} 所
              </span>
              <span style={{ color: cvOk < s.variations.length ? RED : undefined }}>
                差异系数达标 {cvOk}/{s.variations.length} 项
              </span>
              {s.excluded.length > 0 && <span>未参评 {s.excluded.length} 所</span>}
              {s.outcome === "FAILED" && (
                <BalancePlanButton
                  size="small"
                  target={{
                    districtId: a.district.id,
                    districtName: a.district.name,
                    schoolYear: a.schoolYear,
                    stage: s.stage,
                    stageLabel: s.stageLabel,
                  }}
                />
              )}
            </Space>
            <Typography.Paragraph
              type="secondary"
              style={{ fontSize: 12, margin: "2px 0 0" }}
              ellipsis={{ rows: 2, tooltip: s.verdict }}
            >
              {s.verdict}
            </Typography.Paragraph>
          </div>
        );
      })}
    </Card>
  );
}

/**
 * 优质均衡 overview for the city: per district the platform's 监测测算 (达到 / 未达到 / 待评估,
 * with the schools assessed) beside the register's 国家认定 (认定年份 or 未认定) and a note when
 * they differ; its schools passing, and its student-weighted 差异系数 per indicator and stage
 * against the limit (小学 0.50, 初中 0.45). Summary: "监测测算达到 1/3 个区，待评估 1 个区；国家认定 2/3 个区".
 */
export function BalanceOverviewPage({
  schoolYear,
  onSchoolYearChange,
}: {
  schoolYear: number | undefined;
  onSchoolYearChange: (year: number) => void;
}) {
  const { data, isFetching, error } = useBalanceAssessments(schoolYear);
  const rows = useMemo<StageRow[]>(
    () =>
      (data ?? []).flatMap((a) =>
        a.stages.map((stage, i) => ({
          key: `${a.district.id}-${stage.stage}`,
          district: a.district,
          assessment: a,
          rowSpan: i === 0 ? a.stages.length : 0,
          stage,
        })),
      ),
    [data],
  );
  const indicators = data?.[0]?.stages[0]?.variations.map((v) => v.indicator) ?? [];
  const columns: TableColumnsType<StageRow> = [
    {
      title: "区",
      key: "district",
      width: 96,
      fixed: "left",
      onCell: (r) => ({ rowSpan: r.rowSpan }),
      render: (_, r) => <div style={{ fontWeight: 500 }}>{r.district.name}</div>,
    },
    {
      title: "监测测算",
      key: "outcome",
      width: 86,
      onCell: (r) => ({ rowSpan: r.rowSpan }),
      render: (_, r) => <BalanceOutcomeTag outcome={r.assessment.outcome} />,
    },
    {
      title: "国家认定",
      key: "certification",
      width: 110,
      onCell: (r) => ({ rowSpan: r.rowSpan }),
      render: (_, r) => <BalanceCertificationTag certification={r.assessment.certification} />,
    },
    { title: "学段", key: "stage", width: 64, render: (_, r) => r.stage.stageLabel },
    {
      title: "学段结论",
      key: "passed",
      width: 140,
      render: (_, r) => (
        <div>
          <BalanceOutcomeTag outcome={r.stage.outcome} />
          <div style={{ fontSize: 12 }}>
            <Typography.Text type="secondary">{r.stage.coverage}</Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: "学校达标",
      key: "schools",
      width: 90,
      align: "center",
      render: (_, r) => `${r.stage.schoolsPassed}/${r.stage.schools.length}`,
    },
    {
      title: "未参评",
      key: "excluded",
      width: 72,
      align: "center",
      render: (_, r) =>
        r.stage.excluded.length === 0 ? (
          0
        ) : (
          <Tooltip
            title={r.stage.excluded.map((e) => (
              <div key={e.school.id}>
                {e.school.name}：{e.reasonLabel}
              </div>
            ))}
          >
            <Typography.Link>{r.stage.excluded.length}</Typography.Link>
          </Tooltip>
        ),
    },
    {
      title: "校际差异系数（CV）",
      key: "cv",
      children: INDICATOR_IDS.map((id) => {
        const indicator = indicators.find((i) => i.id === id);
        return {
          title: (
            <Tooltip title={indicator?.name}>
              <span style={{ cursor: "help" }}>
                {id}
                <div style={{ fontWeight: "normal", fontSize: 12 }}>{BALANCE_INDICATOR_SHORT_NAMES[id]}</div>
              </span>
            </Tooltip>
          ),
          key: id,
          width: 92,
          align: "right" as const,
          onCell: (r: StageRow) => {
            const v = r.stage.variations.find((x) => x.indicator.id === id);
            return { style: v && !v.passed ? { background: "#fff1f0", color: RED } : {} };
          },
          render: (_: unknown, r: StageRow) => {
            const v = r.stage.variations.find((x) => x.indicator.id === id);
            if (!v) return "—";
            return v.cv === null ? (
              <Tooltip title={v.reason}>
                <Typography.Text type="secondary">—</Typography.Text>
              </Tooltip>
            ) : (
              v.cv.toFixed(3)
            );
          },
        };
      }),
    },
    {
      title: "限值",
      key: "limit",
      width: 64,
      align: "right",
      render: (_, r) => {
        const limit = r.stage.variations[0]?.limit;
        return limit === undefined ? "—" : `≤${limit.toFixed(2)}`;
      },
    },
    {
      title: "未通过原因 / 待评估学校",
      key: "failures",
      width: 320,
      render: (_, r) => {
        const pending = r.stage.outcome === "PENDING";
        if (r.stage.failures.length === 0 && r.stage.pendingSchools.length === 0) {
          return <Typography.Text type="success">—</Typography.Text>;
        }
        return (
          <>
            {r.stage.pendingSchools.length > 0 && (
              <div style={{ fontSize: 12 }}>
                <Typography.Text type="warning">【年报尚未审核】</Typography.Text>
                {r.stage.pendingSchools.map((s) => s.name).join("、")}
              </div>
            )}
            {r.stage.failures.map((f) => (
              <div key={f.rule} style={{ fontSize: 12 }}>
                <Typography.Text type={pending ? "warning" : "danger"}>
                  【{f.ruleLabel}
                  {pending ? "（暂按已评估学校）" : ""}】
                </Typography.Text>
                {f.message}
              </div>
            ))}
          </>
        );
      },
    },
  ];
  const total = data?.length ?? 0;
  const passedCount = (data ?? []).filter((a) => a.outcome === "PASSED").length;
  const pendingCount = (data ?? []).filter((a) => a.outcome === "PENDING").length;
  const certifiedCount = (data ?? []).filter((a) => a.certification).length;
  const summary = data
    ? `监测测算达到 ${passedCount}/${total} 个区，待评估 ${pendingCount} 个区；国家认定 ${certifiedCount}/${total} 个区`
    : "";
  return (
    <PageCard
      title="义务教育优质均衡"
      subtitle={`资源配置7项指标（教督〔2017〕6号）· 各区评估${summary ? ` · ${summary}` : ""}`}
      extra={
        <Space wrap>
          <SchoolYearSelect value={schoolYear} onChange={onSchoolYearChange} />
          <ExportBalanceButton schoolYear={schoolYear} />
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      {data && data.length > 0 && (
        <Alert
          type="info"
          showIcon
          data-testid="balance-summary"
          title={summary}
          description="监测测算：平台按各校已审核年报和教职工名册测算，有学校年报尚未审核时为待评估（除非已评估学校已有不达标者）；国家认定：以登记册中通过国家义务教育优质均衡发展督导评估认定的记录为准（A04、B02 按此计数）。"
          style={{ marginBottom: 12 }}
        />
      )}
      {data && data.length === 0 && <Empty description="暂无评估数据" />}
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {(data ?? []).map((a) => (
          <Col key={a.district.id} xs={24} lg={8}>
            <DistrictCard a={a} />
          </Col>
        ))}
      </Row>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        各区校际差异系数（小学 ≤0.50，初中 ≤0.45）
      </Typography.Title>
      <div data-testid="balance-overview">
        <Table<StageRow>
          rowKey="key"
          size="small"
          bordered
          loading={isFetching}
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 96 + 86 + 110 + 64 + 140 + 90 + 72 + 7 * 92 + 64 + 320 }}
        />
      </div>
    </PageCard>
  );
}
