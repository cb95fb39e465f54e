import type { PublicationReadinessFieldsFragment, StatisticalYearFieldsFragment } from "@edu2035/graphql";
import { currentSchoolYear, formatDateTime, PageCard } from "@edu2035/ui";
import { Alert, Table, type TableColumnsType, Typography } from "antd";
import { useState } from "react";
import { useReadinessOfYears, useStatisticalYears } from "../api/years.ts";
import { YearDetail } from "./YearDetail.tsx";
import { YearStateTag } from "./YearStateTag.tsx";

type Year = StatisticalYearFieldsFragment;

/** 应报 N · 已审核 N · 豁免 N · 待处理 N of a year's readiness. */
function ReadinessCounts({ readiness }: { readiness: PublicationReadinessFieldsFragment | undefined }) {
  if (!readiness) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span data-testid="year-counts">
      应报 {readiness.due} · 已审核 {readiness.approved} · 豁免 {readiness.exemptions.length} ·{" "}
      <Typography.Text type={readiness.pending.length ? "danger" : undefined}>
        待处理 {readiness.pending.length}
      </Typography.Text>
    </span>
  );
}

/**
 * 学年管理: the statistical years (统计学年), newest first, with their state (填报中 / 审核中 /
 * 已发布 vN / 已重新开放), the 年报 counts of 发布条件 (应报 / 已审核 / 豁免 / 待处理) and the
 * latest publication (when, by whom); a click on a year opens its detail below (pending schools
 * and 豁免, 发布, 重新开放, the publications). The city only (the API authorizes).
 */
export function YearsPage() {
  const { data, isFetching, error } = useStatisticalYears();
  const years = data ?? [];
  const readiness = useReadinessOfYears(years.map((y) => y.schoolYear));
  const readinessOf = new Map(years.map((y, i) => [y.schoolYear, readiness[i]?.data]));
  const [picked, setPicked] = useState<number>();
  const now = currentSchoolYear();
  const selected =
    years.find((y) => y.schoolYear === picked) ?? years.find((y) => y.schoolYear === now) ?? years[0];

  const columns: TableColumnsType<Year> = [
    { title: "学年", dataIndex: "label", width: 150 },
    { title: "状态", key: "state", width: 130, render: (_, y) => <YearStateTag year={y} /> },
    {
      title: "年报（发布条件）",
      key: "counts",
      render: (_, y) => <ReadinessCounts readiness={readinessOf.get(y.schoolYear)} />,
    },
    {
      title: "最近发布",
      key: "published",
      width: 260,
      render: (_, y) => {
        const p = y.publications[0];
        return p ? `v${p.version} · ${formatDateTime(p.publishedAt)} · ${p.publishedBy ?? "—"}` : "未发布";
      },
    },
  ];

  return (
    <PageCard
      title="学年管理"
      subtitle="年报全部审核（或经豁免）后发布学年：发布后该学年的名册、年报和填报数据锁定，指标存档为正式数据；如需修改须重新开放，再次发布形成新版本"
    >
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <div data-testid="years-table">
        <Table<Year>
          rowKey="schoolYear"
          size="small"
          bordered
          loading={isFetching && !data}
          columns={columns}
          dataSource={years}
          pagination={false}
          rowSelection={{
            type: "radio",
            selectedRowKeys: selected ? [selected.schoolYear] : [],
            onChange: (keys) => setPicked(Number(keys[0])),
          }}
          onRow={(y) => ({ onClick: () => setPicked(y.schoolYear), style: { cursor: "pointer" } })}
          locale={{ emptyText: "暂无学年" }}
        />
      </div>
      {selected && <YearDetail key={selected.schoolYear} year={selected} />}
    </PageCard>
  );
}
