import type { CompletenessCountsFieldsFragment } from "@edu2035/graphql";
import { Progress, Table, type TableColumnsType, Tag, Tooltip, Typography } from "antd";

/** The API's counts of one group: 应报, the five states, 逾期, 报送率. */
export type CompletenessCounts = CompletenessCountsFieldsFragment;

/** A row of a completeness table: a district or a school type, optionally opening into children. */
export interface CompletenessRow {
  key: string;
  name: string;
  counts: CompletenessCounts;
  children?: CompletenessRow[];
}

/** 报送率: (已提交 + 已审核) / 应报 in % (the API's submittedRate); null when none is due. */
export function submittedRate(c: CompletenessCounts): number | null {
  return c.submittedRate ?? null;
}

/** 审核率: 已审核 / 应报 in %, two decimals; null when none is due. */
export function approvedRate(c: CompletenessCounts): number | null {
  return c.due ? Math.round((c.approved / c.due) * 10000) / 100 : null;
}

/** 未报送: 未填报 + 草稿 + 已退回 (the schools still to submit). */
export function notSubmitted(c: CompletenessCounts): number {
  return c.notStarted + c.draft + c.returned;
}

/** "95.5%" with at most one decimal. */
export function formatRate(rate: number): string {
  return `${Math.round(rate * 10) / 10}%`;
}

/** A rate as a small progress bar with its fraction on hover; "—" when none is due. */
export function RateBar({
  rate,
  count,
  due,
  testId,
  color,
}: {
  /** In %, 0–100. */
  rate: number | null;
  count: number;
  due: number;
  testId: string;
  color?: string;
}) {
  if (rate === null) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tooltip title={`${count} / ${due} 所`}>
      <div data-testid={testId} data-rate={rate}>
        <Progress
          percent={rate}
          size="small"
          strokeColor={rate >= 100 ? undefined : color}
          status={rate >= 100 ? "success" : "normal"}
          format={() => formatRate(rate)}
        />
      </div>
    </Tooltip>
  );
}

/** A count cell; zero in grey, and 逾期 as a red tag when there are any. */
function CountCell({ n, k, late }: { n: number; k: string; late?: boolean }) {
  if (late && n > 0)
    return (
      <Tag color="error" style={{ marginInlineEnd: 0 }} data-testid={`cell-${k}`}>
        {n}
      </Tag>
    );
  return (
    <span data-testid={`cell-${k}`} style={n === 0 ? { color: "rgba(0,0,0,0.35)" } : undefined}>
      {n}
    </span>
  );
}

/** Count columns in display order: key (test id), counts field, header. */
const NOT_SUBMITTED_COLUMNS = [
  ["not_started", "notStarted", "未填报"],
  ["draft", "draft", "草稿"],
  ["returned", "returned", "已退回"],
] as const;
const SUBMITTED_COLUMNS = [
  ["submitted", "submitted", "已提交"],
  ["approved", "approved", "已审核"],
] as const;

const countColumn = (
  [k, field, title]: readonly [string, keyof CompletenessCounts, string],
  tip?: string,
): TableColumnsType<CompletenessRow>[number] => ({
  title: tip ? (
    <Tooltip title={tip}>
      <span style={{ cursor: "help" }}>{title}</span>
    </Tooltip>
  ) : (
    title
  ),
  key: k,
  width: 72,
  align: "right",
  render: (_, r) => <CountCell n={r.counts[field] as number} k={k} />,
});

/**
 * 报送情况 table in the manner of a reporting-rate screen: per row 应报, the schools not yet
 * submitted (未填报 / 草稿 / 已退回), submitted (已提交 awaiting review / 已审核), 逾期 against the
 * deadline, and 报送率 / 审核率 as progress bars; the total in a summary row. Rows may open into
 * children (a district into its school types).
 */
export function CompletenessTable({
  rows,
  total,
  nameTitle,
  totalLabel,
  hasDeadline,
  loading,
  testId,
}: {
  rows: readonly CompletenessRow[];
  /** The summary row's counts (the API's total). */
  total: CompletenessCounts | undefined;
  /** Header of the first column, e.g. 区 / 学校类别. */
  nameTitle: string;
  /** Label of the summary row, e.g. 全市合计. */
  totalLabel: string;
  /** Whether the school year has a deadline (without one, 逾期 reads —). */
  hasDeadline: boolean;
  loading?: boolean;
  testId: string;
}) {
  const lateTip = hasDeadline
    ? "截止日期后提交，或截止日期已过仍未提交的学校"
    : "本学年未设置报送截止日期，不统计逾期";
  const columns: TableColumnsType<CompletenessRow> = [
    { title: nameTitle, dataIndex: "name", key: "name", width: 180 },
    {
      title: (
        <Tooltip title="应报送年报的学校数（在办学校）">
          <span style={{ cursor: "help" }}>应报</span>
        </Tooltip>
      ),
      key: "due",
      width: 72,
      align: "right",
      render: (_, r) => <span data-testid="cell-due">{r.counts.due}</span>,
    },
    {
      title: "未报送",
      key: "not-submitted",
      children: NOT_SUBMITTED_COLUMNS.map((c) =>
        countColumn(c, c[0] === "returned" ? "区教育局退回、待学校修改后重新提交" : undefined),
      ),
    },
    {
      title: "已报送",
      key: "submitted-group",
      children: SUBMITTED_COLUMNS.map((c) =>
        countColumn(c, c[0] === "submitted" ? "已提交、待区教育局审核" : "区教育局审核通过"),
      ),
    },
    {
      title: (
        <Tooltip title={lateTip}>
          <span style={{ cursor: "help" }}>逾期</span>
        </Tooltip>
      ),
      key: "late",
      width: 72,
      align: "right",
      render: (_, r) =>
        hasDeadline ? (
          <CountCell n={r.counts.late} k="late" late />
        ) : (
          <Typography.Text type="secondary" data-testid="cell-late">
            —
          </Typography.Text>
        ),
    },
    {
      title: (
        <Tooltip title="报送率 =（已提交 + 已审核）/ 应报">
          <span style={{ cursor: "help" }}>报送率</span>
        </Tooltip>
      ),
      key: "submittedRate",
      width: 170,
      render: (_, r) => (
        <RateBar
          rate={submittedRate(r.counts)}
          count={r.counts.submitted + r.counts.approved}
          due={r.counts.due}
          testId="rate-submitted"
        />
      ),
    },
    {
      title: (
        <Tooltip title="审核率 = 已审核 / 应报">
          <span style={{ cursor: "help" }}>审核率</span>
        </Tooltip>
      ),
      key: "approvedRate",
      width: 170,
      render: (_, r) => (
        <RateBar
          rate={approvedRate(r.counts)}
          count={r.counts.approved}
          due={r.counts.due}
          testId="rate-approved"
          color="#13a8a8"
        />
      ),
    },
  ];
  const leaf = [
    ["due", "due"],
    ...NOT_SUBMITTED_COLUMNS.map(([k, f]) => [k, f] as const),
    ...SUBMITTED_COLUMNS.map(([k, f]) => [k, f] as const),
  ] as const;
  return (
    <div data-testid={testId}>
      <Table<CompletenessRow>
        size="small"
        bordered
        loading={loading}
        columns={columns}
        dataSource={rows as CompletenessRow[]}
        pagination={false}
        scroll={{ x: 180 + 72 * 7 + 170 * 2 }}
        summary={() =>
          total ? (
            <Table.Summary>
              <Table.Summary.Row data-testid={`${testId}-total`} style={{ background: "#fafafa" }}>
                <Table.Summary.Cell index={0}>
                  <b>{totalLabel}</b>
                </Table.Summary.Cell>
                {leaf.map(([k, f], i) => (
                  <Table.Summary.Cell key={k} index={i + 1} align="right">
                    <b data-testid={`total-${k}`}>{total[f]}</b>
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell index={leaf.length + 1} align="right">
                  {hasDeadline ? (
                    total.late > 0 ? (
                      <Tag color="error" style={{ marginInlineEnd: 0 }} data-testid="total-late">
                        <b>{total.late}</b>
                      </Tag>
                    ) : (
                      <b data-testid="total-late">0</b>
                    )
                  ) : (
                    <Typography.Text type="secondary" data-testid="total-late">
                      —
                    </Typography.Text>
                  )}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={leaf.length + 2}>
                  <RateBar
                    rate={submittedRate(total)}
                    count={total.submitted + total.approved}
                    due={total.due}
                    testId="total-rate-submitted"
                  />
                </Table.Summary.Cell>
                <Table.Summary.Cell index={leaf.length + 3}>
                  <RateBar
                    rate={approvedRate(total)}
                    count={total.approved}
                    due={total.due}
                    testId="total-rate-approved"
                    color="#13a8a8"
                  />
                </Table.Summary.Cell>
              </Table.Summary.Row>
            </Table.Summary>
          ) : null
        }
      />
    </div>
  );
}
