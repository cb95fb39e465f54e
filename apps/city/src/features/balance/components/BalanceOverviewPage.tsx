import type { BalanceAssessmentsQuery, BalanceStageFieldsFragment } from "@edu2035/graphql";
import { BALANCE_INDICATOR_SHORT_NAMES, PageCard, PassTag, SchoolYearSelect } from "@edu2035/ui";
import { Alert, Card, Col, Empty, Row, Space, Table, type TableColumnsType, Tooltip, Typography } from "antd";
import { useMemo } from "react";
import { useBalanceAssessments } from "../api/balance.ts";

type Assessment = BalanceAssessmentsQuery["balanceAssessments"][number];

const INDICATOR_IDS = ["C1", "C2", "C3", "C4", "C5", "C6", "C7"] as const;
const RED = "#cf1322";

interface StageRow {
  key: string;
  district: Assessment["district"];
  districtPassed: boolean;
  /** Rows of the district (for the merged district cells), on its first row only. */
  rowSpan: number;
  stage: BalanceStageFieldsFragment;
}

/** The district's verdict card: both stages, schools passing, CVs within the limit. */
function DistrictCard({ a }: { a: Assessment }) {
  return (
    <Card
      size="small"
      title={a.district.name}
      extra={<PassTag passed={a.passed} yes="达到优质均衡要求" no="未达到优质均衡要求" />}
      data-testid={`balance-district-${a.district.name}`}
    >
      {a.stages.map((s) => {
        const cvOk = s.variations.filter((v) => v.passed).length;
        return (
          <div key={s.stage} style={{ marginBottom: 8 }}>
            <Space size={8} wrap>
              <Typography.Text strong>{s.stageLabel}</Typography.Text>
              <PassTag passed={s.passed} />
              <span>
                学校达标 {s.schoolsPassed}/{s.schools.length} 所
              </span>
              <span style={{ color: cvOk < s.variations.length ? RED : undefined }}>
                差异系数达标 {cvOk}/{s.variations.length} 项
              </span>
              {s.excluded.length > 0 && <span>未参评 {s.excluded.length} 所</span>}
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
 * 优质均衡 overview for the city: each district's verdict, its schools passing, and its
 * student-weighted 差异系数 per indicator and stage against the limit (小学 0.50, 初中 0.45).
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
          districtPassed: a.passed,
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
      render: (_, r) => (
        <div>
          <div style={{ fontWeight: 500 }}>{r.district.name}</div>
          <PassTag passed={r.districtPassed} yes="达到" no="未达到" />
        </div>
      ),
    },
    { title: "学段", key: "stage", width: 64, render: (_, r) => r.stage.stageLabel },
    { title: "学段结论", key: "passed", width: 86, render: (_, r) => <PassTag passed={r.stage.passed} /> },
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
      title: "未通过原因",
      key: "failures",
      width: 320,
      render: (_, r) =>
        r.stage.failures.length === 0 ? (
          <Typography.Text type="success">—</Typography.Text>
        ) : (
          r.stage.failures.map((f) => (
            <div key={f.rule} style={{ fontSize: 12 }}>
              <Typography.Text type="danger">【{f.ruleLabel}】</Typography.Text>
              {f.message}
            </div>
          ))
        ),
    },
  ];
  const passedCount = (data ?? []).filter((a) => a.passed).length;
  return (
    <PageCard
      title="义务教育优质均衡"
      subtitle={`资源配置7项指标（教督〔2017〕6号）· 各区评估${data ? ` · 达到要求 ${passedCount}/${data.length} 个区` : ""}`}
      extra={<SchoolYearSelect value={schoolYear} onChange={onSchoolYearChange} />}
    >
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
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
          scroll={{ x: 96 + 64 + 86 + 90 + 72 + 7 * 92 + 64 + 320 }}
        />
      </div>
    </PageCard>
  );
}
