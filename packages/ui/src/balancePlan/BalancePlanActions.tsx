/**
 * 达标方案's actions (措施) as an editable table: each quantity editable, each row removable.
 * The official's edits stay in the page until 重新计算 sends them (balancePlan fixedActions).
 */
import { BALANCE_ACTION_KIND_INFO, formatYuan } from "@edu2035/domain";
import type { BalanceActionInput, BalancePlanQuery } from "@edu2035/graphql";
import { Button, InputNumber, Table, type TableColumnsType, Tooltip, Typography } from "antd";

/** An action of the plan as the official edits it (quantity changed, or the row gone). */
export type EditableAction = BalancePlanQuery["balancePlan"]["actions"][number] & { key: string };

/** The plan's actions as editable rows, keyed by their position in the plan. */
export const editableActions = (actions: BalancePlanQuery["balancePlan"]["actions"]): EditableAction[] =>
  actions.map((a, i) => ({ ...a, key: `${i}` }));

/** The rows as balancePlan's fixedActions. */
export const toFixedActions = (rows: readonly EditableAction[]): BalanceActionInput[] =>
  rows.map((a) => ({
    kind: a.kind,
    schoolId: a.school.id,
    fromSchoolId: a.fromSchool?.id ?? null,
    quantity: a.quantity,
  }));

/**
 * 措施 | 学校 | 调出学校 | 数量 (InputNumber, never clamped: the API refuses a bad quantity on its
 * row) | 单位 | 费用 (quantity × the unit cost used, 元 as the plan's sentences print it; "—" on a
 * refused row) | 删除. `invalidRow`: the row the API refused
 * (BAD_USER_INPUT on input.fixedActions.<i>), with its message. 调出学校 of a 交流轮岗 is the other
 * school; of a 校内调整 the school's own section of the other stage (`withinSchoolFrom`, e.g.
 * 本校初中部); of 认定 and additions "—".
 */
export function BalancePlanActionTable({
  rows,
  onChange,
  invalidRow,
  emptyText = "无需措施",
  withinSchoolFrom = "本校另一学段",
}: {
  rows: readonly EditableAction[];
  onChange: (rows: EditableAction[]) => void;
  invalidRow?: { index: number; message: string } | null;
  /** What the empty table says: 无需措施 only when the stage passes without any. */
  emptyText?: string;
  /** 调出学校 of a 校内调整: 本校初中部 for a 小学 plan, 本校小学部 for a 初中 plan. */
  withinSchoolFrom?: string;
}) {
  const setQuantity = (key: string, quantity: number) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, quantity } : r)));
  const columns: TableColumnsType<EditableAction> = [
    {
      title: "措施",
      key: "label",
      render: (_, a) => (
        <Tooltip title={a.text}>
          <span>{a.label}</span>
        </Tooltip>
      ),
    },
    { title: "学校", key: "school", width: 170, render: (_, a) => a.school.name },
    {
      title: "调出学校",
      key: "fromSchool",
      width: 170,
      render: (_, a) =>
        a.fromSchool?.name ?? (BALANCE_ACTION_KIND_INFO[a.kind].withinSchool ? withinSchoolFrom : "—"),
    },
    {
      title: "数量",
      key: "quantity",
      width: 150,
      render: (_, a, index) => {
        const integer = BALANCE_ACTION_KIND_INFO[a.kind].integer;
        const invalid = invalidRow?.index === index;
        return (
          <div>
            <InputNumber<number>
              aria-label={`数量：${a.label}（${a.school.name}）`}
              size="small"
              step={integer ? 1 : 100}
              value={a.quantity}
              status={invalid ? "error" : undefined}
              onChange={(v) => setQuantity(a.key, v ?? 0)}
              style={{ width: 130 }}
            />
            {invalid && (
              <Typography.Text type="danger" style={{ fontSize: 12, display: "block" }}>
                {invalidRow.message}
              </Typography.Text>
            )}
          </div>
        );
      },
    },
    { title: "单位", dataIndex: "unitLabel", width: 60, align: "center" },
    {
      title: "费用",
      key: "cost",
      width: 110,
      align: "right",
      // no cost for a row the API refused or a quantity it would refuse (below 0)
      render: (_, a, index) =>
        invalidRow?.index === index || !(a.quantity >= 0) ? "—" : formatYuan(a.quantity * a.unitCost),
    },
    {
      title: "操作",
      key: "remove",
      width: 70,
      align: "center",
      render: (_, a) => (
        <Button
          type="link"
          size="small"
          danger
          aria-label={`删除：${a.label}（${a.school.name}）`}
          onClick={() => onChange(rows.filter((r) => r.key !== a.key))}
        >
          删除
        </Button>
      ),
    },
  ];
  return (
    <div data-testid="balance-plan-actions">
      <Table<EditableAction>
        rowKey="key"
        size="small"
        bordered
        columns={columns}
        dataSource={rows as EditableAction[]}
        pagination={false}
        locale={{ emptyText }}
      />
    </div>
  );
}
