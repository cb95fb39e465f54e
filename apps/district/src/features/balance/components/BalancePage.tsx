import type { BalanceStageFieldsFragment } from "@edu2035/graphql";
import {
  BalanceExcludedTable,
  BalanceSchoolTable,
  BalanceShortfallTable,
  BalanceVariationTable,
  PageCard,
  PassTag,
  SchoolYearSelect,
} from "@edu2035/ui";
import { Alert, Col, Row, Skeleton, Statistic, Tabs, Typography } from "antd";
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

/** One stage (小学 or 初中): figures, what failed, shortfalls, schools, CVs, schools left out. */
function StagePanel({ stage }: { stage: BalanceStageFieldsFragment }) {
  const cvOk = stage.variations.filter((v) => v.passed).length;
  const limit = stage.variations[0]?.limit;
  return (
    <div data-testid={`balance-stage-${stage.stage}`}>
      <Row gutter={16}>
        <Col span={6}>
          <Statistic title="参评学校" value={stage.schools.length} suffix="所" />
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
      {stage.failures.map((f) => (
        <Alert
          key={f.rule}
          type="error"
          showIcon
          title={f.ruleLabel}
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
 * 优质均衡 of the district: per stage, every school's seven values against the standard, the
 * 差异系数 against the limit, the verdict, the schools left out and the ranked shortfalls.
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
      extra={<SchoolYearSelect value={schoolYear} onChange={onSchoolYearChange} />}
    >
      {error && <Alert type="error" showIcon title={error.message} />}
      {isLoading && <Skeleton active />}
      {data && (
        <>
          <Alert
            data-testid="balance-verdict"
            type={data.passed ? "success" : "warning"}
            showIcon
            title={`${district.name}${data.passed ? "达到" : "未达到"}义务教育优质均衡资源配置要求`}
            description={data.stages.map((s) => <div key={s.stage}>{s.verdict}</div>)}
          />
          <Tabs
            style={{ marginTop: 8 }}
            items={data.stages.map((s) => ({
              key: s.stage,
              label: (
                <span>
                  {s.stageLabel}（{s.schoolsPassed}/{s.schools.length} 所达标）
                  <PassTag passed={s.passed} />
                </span>
              ),
              children: <StagePanel stage={s} />,
            }))}
          />
        </>
      )}
    </PageCard>
  );
}
