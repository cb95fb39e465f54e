import { BalanceIndicatorTable, PageCard, PassTag, SchoolYearSelect } from "@edu2035/ui";
import { Alert, Card, Empty, Skeleton, Space, Typography } from "antd";
import { useSchoolBalance } from "../api/balance.ts";

/**
 * 优质均衡: the school's seven resource figures (C1–C7) per stage against the national standard,
 * 达标/未达标 and the % of standard; a 九年一贯制 school has a primary and a junior result.
 */
export function BalancePage({
  school,
  schoolYear,
  onSchoolYearChange,
}: {
  school: { id: string; name: string };
  schoolYear: number | undefined;
  onSchoolYearChange: (year: number) => void;
}) {
  const { data, error, isLoading } = useSchoolBalance(school.id, schoolYear);
  return (
    <PageCard
      title="义务教育优质均衡"
      subtitle={`资源配置7项指标（教督〔2017〕6号）· ${school.name}${data ? ` · ${data.schoolYearLabel}` : ""}`}
      extra={<SchoolYearSelect value={schoolYear} onChange={onSchoolYearChange} />}
    >
      {error && <Alert type="error" showIcon title={error.message} />}
      {isLoading && <Skeleton active />}
      {data?.excluded.map((e) => (
        <Alert
          key={e.stage}
          data-testid="balance-excluded"
          type="warning"
          showIcon
          title={`本学年未参加${e.stage === "PRIMARY" ? "小学" : e.stage === "JUNIOR_SECONDARY" ? "初中" : ""}评估`}
          description={`${e.reasonLabel}。年报经区教育局审核后即可计算。`}
          style={{ marginBottom: 12 }}
        />
      ))}
      {data && data.results.length === 0 && data.excluded.length === 0 && (
        <Empty description="暂无评估数据" />
      )}
      {data?.results.map((r) => (
        <Card
          key={r.stage}
          type="inner"
          size="small"
          style={{ marginBottom: 16 }}
          title={
            <Space size={8}>
              <span>{r.stageLabel}</span>
              <PassTag passed={r.passed} />
              <Typography.Text type="secondary" style={{ fontWeight: "normal", fontSize: 13 }}>
                {r.metCount}/7 项达到标准 · 在校生 {r.students} 人
              </Typography.Text>
            </Space>
          }
          extra={<Typography.Text type={r.passed ? "success" : "danger"}>{r.summary}</Typography.Text>}
        >
          <BalanceIndicatorTable result={r} />
        </Card>
      ))}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
        判定规则：7项指标中至少6项达到国家标准，余项不低于标准的85%。数据取自已审核的学校年报和教师名册（统计时点9月1日）。
      </Typography.Paragraph>
    </PageCard>
  );
}
