import type { BalanceStageFieldsFragment } from "@edu2035/graphql";
import {
  BalanceCertificationTag,
  BalanceExcludedTable,
  BalanceOutcomeTag,
  BalancePlanButton,
  BalanceSchoolTable,
  BalanceShortfallTable,
  BalanceVariationTable,
  ExportBalanceButton,
  PageCard,
  SchoolYearSelect,
} from "@edu2035/ui";
import { Alert, Col, Descriptions, Row, Skeleton, Space, Statistic, Tabs, Typography } from "antd";
import type { ReactNode } from "react";
import { useDistrictBalance } from "../api/balance.ts";

function Section({ title, extra, children }: { title: string; extra?: string; children: ReactNode }) {
  return (
    <div style={{ marginTop: 20 }}>
      <Typography.Title level={5} style={{ marginBottom: 8 }}>
        {title}
        {extra && (
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: "normal", marginLeft: 8 }}>
            {extra}
          </Typography.Text>
        )}
      </Typography.Title>
      {children}
    </div>
  );
}

const OUTCOME_ALERT = {
  PASSED: "success",
  FAILED: "error",
  PENDING: "warning",
  NOT_APPLICABLE: "info",
} as const;

/**
 * One stage (小学 or 初中): figures, the schools awaiting an approved report (待评估), what failed
 * (provisional in a 待评估 stage) with 达标方案 when it fails, shortfalls, schools, CVs, schools
 * left out.
 */
function StagePanel({
  stage,
  district,
  schoolYear,
}: {
  stage: BalanceStageFieldsFragment;
  district: { id: string; name: string };
  schoolYear: number;
}) {
  const cvOk = stage.variations.filter((v) => v.passed).length;
  const limit = stage.variations[0]?.limit;
  const pending = stage.outcome === "PENDING";
  return (
    <div data-testid={`balance-stage-${stage.stage}`}>
      <Row gutter={16}>
        <Col span={6}>
          <Statistic
            title="已评估学校"
            value={stage.schools.length}
            suffix={`/ ${stage.schools.length + stage.pendingSchools.length} 所`}
          />
        </Col>
        <Col span={6}>
          <Statistic
            title="达标学校"
            value={stage.schoolsPassed}
            suffix={`/ ${stage.schools.length} 所`}
            styles={{
              content: { color: stage.schoolsPassed < stage.schools.length ? "#cf1322" : "#389e0d" },
            }}
          />
        </Col>
        <Col span={6}>
          <Statistic
            title="差异系数达标"
            value={cvOk}
            suffix={`/ ${stage.variations.length} 项`}
            styles={{ content: { color: cvOk < stage.variations.length ? "#cf1322" : "#389e0d" } }}
          />
        </Col>
        <Col span={6}>
          <Statistic title="未参评学校" value={stage.excluded.length} suffix="所" />
        </Col>
      </Row>
      {stage.pendingSchools.length > 0 && (
        <Alert
          data-testid="balance-pending"
          type="warning"
          showIcon
          title={`待评估：${stage.pendingSchools.length}所学校年报尚未审核，审核后参加评估`}
          description={stage.pendingSchools.map((s) => s.name).join("、")}
          style={{ marginTop: 12 }}
        />
      )}
      {stage.outcome === "FAILED" && (
        <Space style={{ marginTop: 12 }} wrap>
          <BalancePlanButton
            target={{
              districtId: district.id,
              districtName: district.name,
              schoolYear,
              stage: stage.stage,
              stageLabel: stage.stageLabel,
            }}
          />
          <Typography.Text type="secondary">
            按可修改的单位成本测算{stage.stageLabel}
            达到优质均衡所需的措施与费用（新增教师、交流轮岗、校舍与设备），可修改措施后重新计算
          </Typography.Text>
        </Space>
      )}
      {stage.failures.map((f) => (
        <Alert
          key={f.rule}
          type={pending ? "warning" : "error"}
          showIcon
          title={pending ? `${f.ruleLabel}（暂按已评估学校计算，待全部学校评估后确定）` : f.ruleLabel}
          description={f.message}
          style={{ marginTop: 12 }}
        />
      ))}
      {stage.shortfalls.length > 0 && (
        <Section title="短板清单" extra="按对结论的影响排序，先补排在前面的">
          <BalanceShortfallTable shortfalls={stage.shortfalls} />
        </Section>
      )}
      <Section
        title="学校达标情况"
        extra="每所学校至少6项达到标准、余项不低于标准的85%；红色为低于标准，下方为达到标准的百分比"
      >
        <BalanceSchoolTable schools={stage.schools} />
      </Section>
      <Section
        title="校际差异系数"
        extra={`按在校生数加权；${stage.stageLabel}每项不超过 ${limit?.toFixed(2) ?? "—"}`}
      >
        <BalanceVariationTable variations={stage.variations} />
      </Section>
      <Section title="未参评学校">
        <BalanceExcludedTable excluded={stage.excluded} />
      </Section>
    </div>
  );
}

/**
 * 优质均衡 of the district: the platform's 监测测算 (达到 / 未达到 / 待评估, with the schools
 * awaiting an approved report) beside the register's 国家认定 and why they differ; per stage,
 * every school's seven values against the standard, the 差异系数 against the limit, the
 * verdict, the schools left out and the ranked shortfalls.
 */
export function BalancePage({
  district,
  schoolYear,
  onSchoolYearChange,
}: {
  district: { id: string; name: string };
  schoolYear: number | undefined;
  onSchoolYearChange: (year: number) => void;
}) {
  const { data, error, isLoading } = useDistrictBalance(district.id, schoolYear);
  return (
    <PageCard
      title="义务教育优质均衡"
      subtitle={`资源配置7项指标（教督〔2017〕6号）· ${district.name}${data ? ` · ${data.schoolYearLabel}` : ""}`}
      extra={
        <Space wrap>
          <SchoolYearSelect value={schoolYear} onChange={onSchoolYearChange} />
          <ExportBalanceButton schoolYear={schoolYear} districtId={district.id} />
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error.message} />}
      {isLoading && <Skeleton active />}
      {data && (
        <>
          <Alert
            data-testid="balance-verdict"
            type={OUTCOME_ALERT[data.outcome]}
            showIcon
            title={`监测测算：${district.name}义务教育优质均衡资源配置${data.outcomeLabel}`}
            description={
              <>
                {data.stages.map((s) => (
                  <div key={s.stage}>
                    {s.stageLabel}（{s.coverage}）：{s.verdict}
                  </div>
                ))}
                {data.pendingSchools.length > 0 && (
                  <div style={{ marginTop: 4 }} data-testid="balance-pending-schools">
                    年报尚未审核的学校（{data.pendingSchools.length}所）：
                    {data.pendingSchools.map((s) => s.name).join("、")}
                  </div>
                )}
              </>
            }
          />
          <Descriptions
            data-testid="balance-certification"
            size="small"
            bordered
            column={1}
            style={{ marginTop: 8 }}
            items={[
              {
                key: "outcome",
                label: "监测测算（平台按已审核年报测算）",
                children: <BalanceOutcomeTag outcome={data.outcome} />,
              },
              {
                key: "certification",
                label: "国家认定（登记册）",
                children: (
                  <span>
                    <BalanceCertificationTag certification={data.certification} />
                    {data.certification && (
                      <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                        {data.certification.name}
                        {data.certification.notes ? `（${data.certification.notes}）` : ""}
                      </Typography.Text>
                    )}
                  </span>
                ),
              },
              ...(data.certificationNote
                ? [{ key: "note", label: "差异说明", children: data.certificationNote }]
                : []),
            ]}
          />
          <Tabs
            style={{ marginTop: 8 }}
            items={data.stages.map((s) => ({
              key: s.stage,
              label: (
                <span>
                  {s.stageLabel}（{s.schoolsPassed}/{s.schools.length} 所达标）{" "}
                  <BalanceOutcomeTag outcome={s.outcome} />
                </span>
              ),
              children: <StagePanel stage={s} district={district} schoolYear={data.schoolYear} />,
            }))}
          />
        </>
      )}
    </PageCard>
  );
}
