import { roundBalanceValue } from "@edu2035/domain";
import type {
  BalanceCertificationFieldsFragment,
  BalanceExcludedFieldsFragment,
  BalanceOutcome,
  BalanceSchoolResultFieldsFragment,
  BalanceStageFieldsFragment,
} from "@edu2035/graphql";
import { Table, type TableColumnsType, Tag, Tooltip, Typography } from "antd";
import { formatNumber } from "../format.ts";

type SchoolResult = BalanceSchoolResultFieldsFragment;
type Indicator = SchoolResult["indicators"][number]["indicator"];
type IndicatorValue = SchoolResult["indicators"][number];
type Variation = BalanceStageFieldsFragment["variations"][number];
type Shortfall = BalanceStageFieldsFragment["shortfalls"][number];

/** Short names of the seven indicators for narrow column headers (full name on hover). */
export const BALANCE_INDICATOR_SHORT_NAMES: Record<string, string> = {
  C1: "高于规定学历教师",
  C2: "县级以上骨干教师",
  C3: "体育艺术专任教师",
  C4: "教学及辅助用房",
  C5: "体育运动场馆",
  C6: "教学仪器设备值",
  C7: "网络多媒体教室",
};

const RED_BG = "#fff1f0";
const RED = "#cf1322";

/**
 * A balance figure in its unit: money without decimals, the rest with two. `met` false (a value
 * below its standard) floors it to those decimals so it never reads as the standard (domain
 * roundBalanceValue, the one rule of the assessment page and the 达标方案 drawer: 0.747 against
 * 0.90 → "0.74"); otherwise rounded.
 */
export function formatBalanceValue(
  value: number | null | undefined,
  indicator: Pick<Indicator, "unit" | "unitLabel">,
  met = true,
) {
  if (value === null || value === undefined) return "—";
  const money = indicator.unit === "YUAN_PER_STUDENT";
  const shown = roundBalanceValue(value, money ? 0 : 2, met);
  const n = money
    ? new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 0 }).format(shown)
    : shown.toFixed(2);
  return `${n} ${indicator.unitLabel}`;
}

/** "96%" of the standard. */
export function formatRatio(ratio: number | null | undefined): string {
  return ratio === null || ratio === undefined ? "—" : `${Math.round(ratio * 100)}%`;
}

/** 达标 / 未达标 tag. */
export function PassTag({
  passed,
  yes = "达标",
  no = "未达标",
}: {
  passed: boolean;
  yes?: string;
  no?: string;
}) {
  return (
    <Tag color={passed ? "green" : "red"} style={{ marginInlineEnd: 0 }} data-passed={passed}>
      {passed ? yes : no}
    </Tag>
  );
}

/** Column header of an indicator: C1, its short name, and the stage's standard. */
function IndicatorHeader({ indicator, standard }: { indicator: Indicator; standard?: number }) {
  return (
    <Tooltip
      title={
        <div>
          <div>{indicator.name}</div>
          <div style={{ opacity: 0.8 }}>{indicator.formula}</div>
        </div>
      }
    >
      <div style={{ cursor: "help", lineHeight: 1.35 }}>
        <div>
          {indicator.id} {BALANCE_INDICATOR_SHORT_NAMES[indicator.id] ?? indicator.name}
        </div>
        {standard !== undefined && (
          <div style={{ fontWeight: "normal", fontSize: 12, color: "rgba(0,0,0,0.55)" }}>
            标准 ≥{formatBalanceValue(standard, indicator)}
          </div>
        )}
      </div>
    </Tooltip>
  );
}

/** A school's value of an indicator: red when below the standard, with the % of standard. */
function ValueCell({ v }: { v: IndicatorValue }) {
  if (v.value === null) return <Typography.Text type="secondary">无数据</Typography.Text>;
  return (
    <Tooltip
      title={`${v.indicator.name}：${formatBalanceValue(v.value, v.indicator, v.met)}，标准 ${formatBalanceValue(v.standard, v.indicator)}，为标准的 ${formatRatio(v.ratioOfStandard)}${v.amount !== null ? `（合计 ${formatNumber(v.amount)}）` : ""}`}
    >
      <div style={{ color: v.met ? undefined : RED }} data-met={v.met}>
        <div style={{ fontWeight: 500 }}>{formatBalanceValue(v.value, v.indicator, v.met).split(" ")[0]}</div>
        <div style={{ fontSize: 12, color: v.met ? "rgba(0,0,0,0.45)" : RED }}>
          {formatRatio(v.ratioOfStandard)}
        </div>
      </div>
    </Tooltip>
  );
}

/**
 * 学校达标情况: one row per school of a stage, its seven values against the standard (red below
 * it, with the % of standard), how many met, and 达标/未达标 with the reason.
 */
export function BalanceSchoolTable({ schools }: { schools: readonly SchoolResult[] }) {
  const first = schools[0];
  const columns: TableColumnsType<SchoolResult> = [
    {
      title: "学校",
      key: "school",
      fixed: "left",
      width: 160,
      render: (_, r) => (
        <div>
          <div>{r.school.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.school.typeLabel}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: "在校生",
      dataIndex: "students",
      width: 80,
      align: "right",
      render: (n: number) => formatNumber(n),
    },
    ...(first?.indicators ?? []).map((iv, i) => ({
      title: <IndicatorHeader indicator={iv.indicator} standard={iv.standard} />,
      key: iv.indicator.id,
      width: 96,
      align: "right" as const,
      onCell: (r: SchoolResult) => ({ style: r.indicators[i]?.met === false ? { background: RED_BG } : {} }),
      render: (_: unknown, r: SchoolResult) => {
        const v = r.indicators[i];
        return v ? <ValueCell v={v} /> : "—";
      },
    })),
    {
      title: "达标项数",
      dataIndex: "metCount",
      width: 72,
      align: "center",
      render: (n: number) => `${n}/7`,
    },
    {
      title: "结论",
      key: "passed",
      fixed: "right",
      width: 170,
      render: (_, r) => (
        <div>
          <PassTag passed={r.passed} />
          <div style={{ fontSize: 12, color: r.passed ? "rgba(0,0,0,0.55)" : RED }}>{r.summary}</div>
        </div>
      ),
    },
  ];
  return (
    <div data-testid="balance-schools">
      <Table<SchoolResult>
        rowKey={(r) => `${r.school.id}-${r.stage}`}
        size="small"
        bordered
        columns={columns}
        dataSource={schools as SchoolResult[]}
        pagination={false}
        scroll={{ x: 160 + 68 + 7 * 96 + 72 + 170 }}
        locale={{ emptyText: "没有参评学校" }}
      />
    </div>
  );
}

/** 校际差异系数: the student-weighted CV of each indicator against the stage's limit. */
export function BalanceVariationTable({ variations }: { variations: readonly Variation[] }) {
  const columns: TableColumnsType<Variation> = [
    {
      title: "指标",
      key: "indicator",
      render: (_, v) => (
        <Tooltip title={v.indicator.formula}>
          <span style={{ cursor: "help" }}>
            {v.indicator.id} {v.indicator.name}
          </span>
        </Tooltip>
      ),
    },
    {
      title: "全区均值 X̄",
      key: "mean",
      width: 130,
      align: "right",
      render: (_, v) => formatBalanceValue(v.mean, v.indicator),
    },
    {
      title: "标准差 S",
      key: "sd",
      width: 120,
      align: "right",
      render: (_, v) => formatBalanceValue(v.standardDeviation, v.indicator),
    },
    {
      title: "差异系数 CV",
      key: "cv",
      width: 110,
      align: "right",
      onCell: (v) => ({ style: v.passed ? {} : { background: RED_BG, color: RED } }),
      render: (_, v) =>
        v.cv === null ? (
          <Tooltip title={v.reason}>
            <Typography.Text type="secondary">—</Typography.Text>
          </Tooltip>
        ) : (
          <strong>{v.cv.toFixed(3)}</strong>
        ),
    },
    {
      title: "限值",
      dataIndex: "limit",
      width: 80,
      align: "right",
      render: (n: number) => `≤${n.toFixed(2)}`,
    },
    {
      title: "计入学校",
      dataIndex: "schoolsCounted",
      width: 90,
      align: "right",
      render: (n: number) => `${n} 所`,
    },
    {
      title: "是否达标",
      key: "passed",
      width: 90,
      align: "center",
      render: (_, v) => <PassTag passed={v.passed} />,
    },
  ];
  return (
    <div data-testid="balance-variations">
      <Table<Variation>
        rowKey={(v) => v.indicator.id}
        size="small"
        bordered
        columns={columns}
        dataSource={variations as Variation[]}
        pagination={false}
      />
    </div>
  );
}

/** Colour and default label of each 监测测算 outcome. */
const OUTCOME_TAGS: Record<BalanceOutcome, { color: string; label: string }> = {
  PASSED: { color: "green", label: "达到" },
  FAILED: { color: "red", label: "未达到" },
  PENDING: { color: "gold", label: "待评估" },
  NOT_APPLICABLE: { color: "default", label: "不适用" },
};

/**
 * 监测测算 outcome of a district or stage: 达到 (green) / 未达到 (red) / 待评估 (gold), with an
 * optional prefix (e.g. "监测测算：") and the coverage after it ("11/17 所学校已评估").
 */
export function BalanceOutcomeTag({
  outcome,
  prefix = "",
  coverage,
}: {
  outcome: BalanceOutcome;
  prefix?: string;
  coverage?: string;
}) {
  const t = OUTCOME_TAGS[outcome];
  return (
    <span data-outcome={outcome}>
      <Tag color={t.color} style={{ marginInlineEnd: 0 }}>
        {prefix}
        {t.label}
      </Tag>
      {coverage && (
        <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
          {coverage}
        </Typography.Text>
      )}
    </span>
  );
}

/**
 * 国家认定 from the register (登记册 balance_certification): "国家认定 2022年" (blue, the entry's
 * name and notes on hover), or "未认定" when the district has no entry counted in the year.
 */
export function BalanceCertificationTag({
  certification,
}: {
  certification: BalanceCertificationFieldsFragment | null | undefined;
}) {
  if (!certification) {
    return (
      <Tag style={{ marginInlineEnd: 0 }} data-certified="false">
        未认定
      </Tag>
    );
  }
  return (
    <Tooltip
      title={
        <div>
          <div>{certification.name}</div>
          {certification.notes && <div>{certification.notes}</div>}
          <div>来源：登记册（通过国家义务教育优质均衡发展督导评估认定）</div>
        </div>
      }
    >
      <Tag color="blue" style={{ marginInlineEnd: 0 }} data-certified="true">
        {certification.label} {certification.year}年
      </Tag>
    </Tooltip>
  );
}

/** 未参评学校: schools left out of a stage and why (a missing approved report leaves the verdict 待评估). */
export function BalanceExcludedTable({ excluded }: { excluded: readonly BalanceExcludedFieldsFragment[] }) {
  return (
    <div data-testid="balance-excluded">
      <Table<BalanceExcludedFieldsFragment>
        rowKey={(e) => `${e.school.id}-${e.stage}`}
        size="small"
        bordered
        pagination={false}
        dataSource={excluded as BalanceExcludedFieldsFragment[]}
        locale={{ emptyText: "无" }}
        columns={[
          { title: "学校", key: "school", render: (_, e) => e.school.name },
          { title: "类别", key: "type", width: 140, render: (_, e) => e.school.typeLabel },
          { title: "原因", dataIndex: "reasonLabel" },
          {
            title: "影响",
            key: "blocks",
            width: 150,
            render: (_, e) =>
              e.blocksVerdict ? <Tag color="gold">待评估（年报审核后参评）</Tag> : <Tag>不参加评估</Tag>,
          },
        ]}
      />
    </div>
  );
}

/** 短板清单: what to fix, most useful first ("缺 3 名体育艺术专任教师"). */
export function BalanceShortfallTable({ shortfalls }: { shortfalls: readonly Shortfall[] }) {
  const columns: TableColumnsType<Shortfall> = [
    { title: "序号", dataIndex: "rank", width: 60, align: "center" },
    { title: "学校", key: "school", width: 180, render: (_, s) => s.school.name },
    {
      title: "指标",
      key: "indicator",
      width: 190,
      render: (_, s) =>
        `${s.indicator.id} ${BALANCE_INDICATOR_SHORT_NAMES[s.indicator.id] ?? s.indicator.name}`,
    },
    {
      title: "短板",
      key: "text",
      render: (_, s) => (
        <Typography.Text strong style={{ color: RED }}>
          {s.text}
        </Typography.Text>
      ),
    },
    {
      title: "现值 → 应达",
      key: "values",
      width: 230,
      render: (_, s) =>
        `${formatBalanceValue(s.value, s.indicator, s.kind !== "SCHOOL_STANDARD")} → ${formatBalanceValue(s.target, s.indicator)}（${s.targetLabel}）`,
    },
    {
      title: "类型",
      key: "kind",
      width: 120,
      render: (_, s) =>
        s.kind === "SCHOOL_STANDARD" ? (
          <Tag color="volcano">学校未达标</Tag>
        ) : (
          <Tag color="purple">差异系数超限</Tag>
        ),
    },
  ];
  return (
    <div data-testid="balance-shortfalls">
      <Table<Shortfall>
        rowKey={(s) => `${s.rank}`}
        size="small"
        bordered
        columns={columns}
        dataSource={shortfalls as Shortfall[]}
        pagination={false}
        locale={{ emptyText: "无短板" }}
      />
    </div>
  );
}

/** One school's seven figures for one stage, as rows: value, standard, % of standard, 达标. */
export function BalanceIndicatorTable({ result }: { result: SchoolResult }) {
  const columns: TableColumnsType<IndicatorValue> = [
    { title: "编号", key: "id", width: 64, render: (_, v) => v.indicator.id },
    {
      title: "指标",
      key: "name",
      render: (_, v) => (
        <div>
          <div>{v.indicator.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {v.indicator.formula}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: "本校数值",
      key: "value",
      width: 140,
      align: "right",
      onCell: (v) => ({ style: v.met ? {} : { background: RED_BG, color: RED } }),
      render: (_, v) => <strong>{formatBalanceValue(v.value, v.indicator, v.met)}</strong>,
    },
    {
      title: "国家标准",
      key: "standard",
      width: 140,
      align: "right",
      render: (_, v) => `≥${formatBalanceValue(v.standard, v.indicator)}`,
    },
    {
      title: "达到标准的",
      key: "ratio",
      width: 110,
      align: "right",
      render: (_, v) => (
        <span style={{ color: v.met ? undefined : RED }}>{formatRatio(v.ratioOfStandard)}</span>
      ),
    },
    {
      title: "合计数",
      key: "amount",
      width: 120,
      align: "right",
      render: (_, v) => (v.amount === null ? "—" : formatNumber(v.amount)),
    },
    { title: "结论", key: "met", width: 90, align: "center", render: (_, v) => <PassTag passed={v.met} /> },
  ];
  return (
    <div data-testid="balance-indicators">
      <Table<IndicatorValue>
        rowKey={(v) => v.indicator.id}
        size="small"
        bordered
        columns={columns}
        dataSource={result.indicators as IndicatorValue[]}
        pagination={false}
      />
    </div>
  );
}
