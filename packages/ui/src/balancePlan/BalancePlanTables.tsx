/**
 * 达标方案 (issue 13), before → after: each assessed school's seven values (C1…C7, 教督〔2017〕6号
 * 第七条) with 达标项数 and 是否达标, and each indicator's 差异系数 against the stage's limit (小学
 * ≤0.50, 初中 ≤0.45), as the API recomputed them (balancePlan.schools / .variations).
 */

import { formatYuan } from "@edu2035/domain";
import type { BalancePlanQuery } from "@edu2035/graphql";
import { Table, type TableColumnsType, Tag, Tooltip, Typography } from "antd";
import type { HTMLAttributes } from "react";
import { BALANCE_INDICATOR_SHORT_NAMES, formatBalanceValue, PassTag } from "../analytics/balance.tsx";

type Plan = BalancePlanQuery["balancePlan"];
type PlanSchool = Plan["schools"][number];
type IndicatorValue = PlanSchool["before"]["indicators"][number];
type PlanVariation = Plan["variations"][number];

const RED = "#cf1322";
const GREEN = "#389e0d";
const ORANGE = "#d46b08";
const ARROW = <span style={{ color: "rgba(0,0,0,0.45)", margin: "0 4px" }}>→</span>;
const EXEMPT_HINT = "余项不低于标准的85%";

/** A value with its unit, floored below the standard ("0.89 人" for 0.897 against 0.90). */
function planValueText(v: IndicatorValue): string {
  if (v.value === null) return "—";
  return formatBalanceValue(v.value, v.indicator, v.met);
}

/**
 * A value in the colour of its verdict: green at or above the standard; orange below it but
 * exempt (the school passes with 6 met and this one ≥ 85% of the standard, 教督〔2017〕6号 第七条),
 * with a tooltip saying so; red otherwise. A value below the standard is floored to the shown
 * decimals (formatBalanceValue, the assessment page's rule), so it never reads as the standard.
 */
function MetValue({
  v,
  when,
  schoolPassed,
}: {
  v: IndicatorValue | undefined;
  when: "before" | "after";
  schoolPassed: boolean;
}) {
  if (!v || v.value === null) return <Typography.Text type="secondary">无数据</Typography.Text>;
  const exempt = !v.met && schoolPassed;
  const text = planValueText(v).split(" ")[0];
  const span = (
    <span
      style={{ color: v.met ? GREEN : exempt ? ORANGE : RED }}
      data-met={v.met}
      data-exempt={exempt || undefined}
      data-when={when}
    >
      {text}
    </span>
  );
  return exempt ? <Tooltip title={EXEMPT_HINT}>{span}</Tooltip> : span;
}

/** One indicator's cell: the value before, and after when the plan changed it. */
function ValueChange({
  before,
  after,
  passedBefore,
  passedAfter,
}: {
  before: IndicatorValue | undefined;
  after: IndicatorValue | undefined;
  passedBefore: boolean;
  passedAfter: boolean;
}) {
  const changed = before?.value !== after?.value;
  return (
    <Tooltip
      title={
        before && after
          ? `${before.indicator.name}：${planValueText(before)} → ${planValueText(after)}，标准 ${formatBalanceValue(after.standard, after.indicator)}`
          : undefined
      }
    >
      <div style={{ whiteSpace: "nowrap" }}>
        <MetValue v={before} when="before" schoolPassed={passedBefore} />
        {changed && (
          <>
            {ARROW}
            <strong>
              <MetValue v={after} when="after" schoolPassed={passedAfter} />
            </strong>
          </>
        )}
      </div>
    </Tooltip>
  );
}

/**
 * The schools before → after: per indicator the value (red below the standard, green at or
 * above; the after value only where the plan changes it), 达标项数 and 是否达标 (→ the verdict
 * after only where it changes), the cost of the actions at the school. Rows carry data-row-key =
 * school id; the 是否达标 cell data-passed-after.
 */
export function BalancePlanSchoolTable({ schools }: { schools: readonly PlanSchool[] }) {
  const first = schools[0];
  const columns: TableColumnsType<PlanSchool> = [
    {
      title: "学校",
      key: "school",
      fixed: "left",
      width: 150,
      render: (_, s) => (
        <div>
          <div>{s.school.name}</div>
          {s.changed && (
            <Tag color="blue" style={{ marginTop: 2 }}>
              有措施
            </Tag>
          )}
        </div>
      ),
    },
    { title: "在校生", dataIndex: "students", width: 64, align: "right" },
    ...(first?.before.indicators ?? []).map((iv, i) => ({
      title: (
        <Tooltip title={iv.indicator.name}>
          <div style={{ cursor: "help", lineHeight: 1.35 }}>
            <div>
              {iv.indicator.id} {BALANCE_INDICATOR_SHORT_NAMES[iv.indicator.id] ?? iv.indicator.name}
            </div>
            <div style={{ fontWeight: "normal", fontSize: 12, color: "rgba(0,0,0,0.55)" }}>
              标准 ≥{formatBalanceValue(iv.standard, iv.indicator)}
            </div>
          </div>
        </Tooltip>
      ),
      key: iv.indicator.id,
      width: 104,
      align: "right" as const,
      render: (_: unknown, s: PlanSchool) => (
        <ValueChange
          before={s.before.indicators[i]}
          after={s.after.indicators[i]}
          passedBefore={s.before.passed}
          passedAfter={s.after.passed}
        />
      ),
    })),
    {
      title: "达标项数",
      key: "metCount",
      width: 88,
      align: "center",
      render: (_, s) =>
        s.before.metCount === s.after.metCount ? (
          `${s.after.metCount}/7`
        ) : (
          <span>
            {s.before.metCount}/7{ARROW}
            <strong>{s.after.metCount}/7</strong>
          </span>
        ),
    },
    {
      title: "是否达标",
      key: "passed",
      fixed: "right",
      width: 160,
      onCell: (s) => ({ "data-passed-after": String(s.after.passed) }) as HTMLAttributes<HTMLElement>,
      render: (_, s) => (
        <div>
          <PassTag passed={s.before.passed} />
          {s.before.passed !== s.after.passed && (
            <>
              {ARROW}
              <PassTag passed={s.after.passed} />
            </>
          )}
          {!s.after.passed && <div style={{ fontSize: 12, color: RED }}>{s.after.summary}</div>}
        </div>
      ),
    },
    {
      title: "费用",
      key: "cost",
      width: 80,
      align: "right",
      render: (_, s) => (s.cost > 0 ? formatYuan(s.cost) : "—"),
    },
  ];
  return (
    <div data-testid="balance-plan-schools">
      <Table<PlanSchool>
        rowKey={(s) => s.school.id}
        size="small"
        bordered
        columns={columns}
        dataSource={schools as PlanSchool[]}
        pagination={false}
        scroll={{ x: 150 + 64 + 7 * 104 + 88 + 160 + 80 }}
        locale={{ emptyText: "没有参评学校" }}
      />
    </div>
  );
}

/** A 差异系数, three decimals as on the 优质均衡 page; "—" when it cannot be computed. */
const cv = (n: number | null) => (n === null ? "—" : n.toFixed(3));

/** 差异系数 before → after against the limit, per indicator (rows data-row-key = C1…C7). */
export function BalancePlanVariationTable({ variations }: { variations: readonly PlanVariation[] }) {
  const columns: TableColumnsType<PlanVariation> = [
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
      title: "差异系数（方案前）",
      key: "before",
      width: 150,
      align: "right",
      render: (_, v) => <span style={{ color: v.passedBefore ? undefined : RED }}>{cv(v.before)}</span>,
    },
    {
      title: "差异系数（方案后）",
      key: "after",
      width: 150,
      align: "right",
      render: (_, v) => (
        <strong style={{ color: v.passedAfter ? GREEN : RED }} data-passed-after={v.passedAfter}>
          {cv(v.after)}
        </strong>
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
      title: "是否达标",
      key: "passed",
      width: 170,
      align: "center",
      render: (_, v) => (
        <span>
          <PassTag passed={v.passedBefore} />
          {v.passedBefore !== v.passedAfter && (
            <>
              {ARROW}
              <PassTag passed={v.passedAfter} />
            </>
          )}
        </span>
      ),
    },
  ];
  return (
    <div data-testid="balance-plan-variations">
      <Table<PlanVariation>
        rowKey={(v) => v.indicator.id}
        size="small"
        bordered
        columns={columns}
        dataSource={variations as PlanVariation[]}
        pagination={false}
      />
    </div>
  );
}
