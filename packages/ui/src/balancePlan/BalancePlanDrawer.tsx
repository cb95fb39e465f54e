/**
 * 达标方案 (issue 13) of one district-stage that does not reach 优质均衡: the unit costs (editable
 * defaults the API returns, 元) and 允许交流轮岗, 生成方案 (the API solves), the plan (its
 * sentences, 合计费用 as the rows print money (domain formatYuan), the actions with their cost), the schools' seven values and the
 * 差异系数 before → after and the verdict; the official edits quantities or removes actions and
 * 重新计算 sends them as fixedActions (the API evaluates exactly those). Its code is a lazy chunk
 * (LazyBalancePlanDrawer.tsx).
 */

import { balanceUnitCostIssue, formatYuan } from "@edu2035/domain";
import type { BalanceActionKind, BalancePlanInput, BalancePlanQuery, Stage } from "@edu2035/graphql";
import { isApiError } from "@edu2035/graphql";
import { useQuery } from "@tanstack/react-query";
import {
  Alert,
  Button,
  Col,
  Collapse,
  Drawer,
  Form,
  type FormInstance,
  InputNumber,
  Row,
  Skeleton,
  Space,
  Spin,
  Statistic,
  Switch,
  Tag,
  Typography,
} from "antd";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import { useToken } from "../session.tsx";
import { balancePlanQuery } from "./api.ts";
import {
  BalancePlanActionTable,
  type EditableAction,
  editableActions,
  toFixedActions,
} from "./BalancePlanActions.tsx";
import { BalancePlanSchoolTable, BalancePlanVariationTable } from "./BalancePlanTables.tsx";

type Plan = BalancePlanQuery["balancePlan"];

/** Which district-stage the plan is for. */
export interface BalancePlanTarget {
  districtId: string;
  districtName: string;
  /** First calendar year of the school year (2024 = 2024—2025学年). */
  schoolYear: number;
  stage: Stage;
  /** 小学 / 初中. */
  stageLabel: string;
}

interface CostForm {
  costs: Partial<Record<BalanceActionKind, number>>;
  allowTransfers: boolean;
}

function Section({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
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

/** "input.fixedActions.2.quantity" → 2; null for any other field. */
function fixedActionIndex(field: string | undefined): number | null {
  const m = field?.match(/^input\.fixedActions\.(\d+)\./);
  return m ? Number(m[1]) : null;
}

/**
 * The form's unit costs that differ from the defaults, as balancePlan's unitCosts (none: the
 * defaults are used). Both 生成方案 and 重新计算 send them, so a cost typed into the form counts.
 */
export function unitCostOverrides(
  defaults: Plan["unitCosts"],
  costs: CostForm["costs"],
): NonNullable<BalancePlanInput["unitCosts"]> {
  return defaults
    .filter((c) => costs[c.kind] !== undefined && costs[c.kind] !== null && costs[c.kind] !== c.cost)
    .map((c) => ({ kind: c.kind, cost: costs[c.kind] as number }));
}

/** The unit costs form: one InputNumber per action kind (元 per 人/m²/元/间), 允许交流轮岗, 生成方案. */
function UnitCostsForm({
  form,
  plan,
  initial,
  onGenerate,
  busy,
  refusedKind,
}: {
  form: FormInstance<CostForm>;
  plan: Plan;
  initial: CostForm;
  onGenerate: (values: CostForm) => void;
  busy: boolean;
  refusedKind: { kind: BalanceActionKind; message: string } | null;
}) {
  useEffect(() => {
    if (refusedKind) form.setFields([{ name: ["costs", refusedKind.kind], errors: [refusedKind.message] }]);
  }, [refusedKind, form]);
  return (
    <Form<CostForm>
      form={form}
      layout="vertical"
      size="small"
      initialValues={initial}
      onFinish={onGenerate}
      data-testid="balance-plan-costs"
    >
      <Row gutter={12}>
        {plan.unitCosts.map((c) => (
          <Col span={8} key={c.kind}>
            <Form.Item
              name={["costs", c.kind]}
              label={`${c.label}（元/${c.unitLabel}）`}
              rules={[
                { required: true, message: "请填写单位成本" },
                {
                  // the API's rule and message (domain balanceUnitCostIssue); the value typed is
                  // never clamped: a negative cost stays on the field, refused
                  validator: (_, v: number | null | undefined) => {
                    const issue = v === null || v === undefined ? null : balanceUnitCostIssue(c.kind, v);
                    return issue ? Promise.reject(new Error(issue)) : Promise.resolve();
                  },
                },
              ]}
              style={{ marginBottom: 8 }}
            >
              <InputNumber<number> style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        ))}
        <Col span={6}>
          <Form.Item
            name="allowTransfers"
            label="允许交流轮岗"
            valuePropName="checked"
            style={{ marginBottom: 8 }}
          >
            <Switch checkedChildren="允许" unCheckedChildren="不允许" />
          </Form.Item>
        </Col>
      </Row>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          生成方案
        </Button>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          单位成本为可修改的估算默认值，不是官方价格；请按实际情况修改。
        </Typography.Text>
      </Space>
    </Form>
  );
}

/** The plan: verdict before → after, sentences, 合计费用, the editable actions, the tables. */
function PlanResult({
  plan,
  rows,
  onRowsChange,
  edited,
  onRecompute,
  onUndo,
  onBackToSolved,
  busy,
  invalidRow,
}: {
  plan: Plan;
  rows: readonly EditableAction[];
  onRowsChange: (rows: EditableAction[]) => void;
  edited: boolean;
  onRecompute: () => void;
  onUndo: () => void;
  onBackToSolved: (() => void) | null;
  busy: boolean;
  invalidRow: { index: number; message: string } | null;
}) {
  const passedAfter = plan.outcomeAfter === "PASSED";
  const editedCost = rows.reduce((s, a) => s + a.quantity * a.unitCost, 0);
  return (
    <div data-testid="balance-plan-result" data-mode={plan.mode}>
      <Alert
        data-testid="balance-plan-verdict"
        data-outcome-before={plan.outcomeBefore}
        data-outcome-after={plan.outcomeAfter}
        type={plan.feasible ? "success" : "error"}
        showIcon
        title={
          <Space wrap size={6}>
            <span>
              {plan.stageLabel}优质均衡资源配置：{plan.outcomeBeforeLabel} → {plan.outcomeAfterLabel}
            </span>
            <Tag color={plan.mode === "SOLVED" ? "blue" : "purple"}>
              {plan.mode === "SOLVED" ? "系统测算方案" : "按修改后的措施重新计算"}
            </Tag>
          </Space>
        }
        description={
          <div data-testid="balance-plan-summary">
            {plan.summary.map((s) => (
              <div key={s}>{s}</div>
            ))}
            {!plan.feasible && plan.reason && (
              <div style={{ marginTop: 4 }} data-testid="balance-plan-reason">
                <Typography.Text type="danger">{plan.reason}</Typography.Text>
              </div>
            )}
          </div>
        }
      />
      <Row gutter={16} style={{ marginTop: 12 }}>
        <Col span={6}>
          <div data-testid="balance-plan-total">
            <Statistic title="合计费用" value={formatYuan(plan.totalCost)} />
          </div>
        </Col>
        <Col span={6}>
          <Statistic title="措施" value={plan.actions.length} suffix="项" />
        </Col>
        <Col span={6}>
          <Statistic
            title="达标学校（方案后）"
            value={plan.schools.filter((s) => s.after.passed).length}
            suffix={`/ ${plan.schools.length} 所`}
          />
        </Col>
        <Col span={6}>
          <Statistic
            title="差异系数达标（方案后）"
            value={plan.variations.filter((v) => v.passedAfter).length}
            suffix={`/ ${plan.variations.length} 项`}
          />
        </Col>
      </Row>
      <Section title="措施清单" extra="可修改数量或删除措施，然后点“重新计算”查看结果">
        <BalancePlanActionTable
          rows={rows}
          onChange={onRowsChange}
          invalidRow={invalidRow}
          emptyText={passedAfter && !edited ? "无需措施" : `未安排措施，仍${plan.outcomeAfterLabel}`}
          withinSchoolFrom={plan.stage === "PRIMARY" ? "本校初中部" : "本校小学部"}
        />
        <Space style={{ marginTop: 8 }} wrap>
          <Button type={edited ? "primary" : "default"} onClick={onRecompute} loading={busy}>
            重新计算
          </Button>
          {edited && <Button onClick={onUndo}>撤销修改</Button>}
          {onBackToSolved && <Button onClick={onBackToSolved}>恢复系统测算方案</Button>}
          {edited && (
            <Typography.Text type="warning" data-testid="balance-plan-edited">
              已修改，尚未重新计算（按修改后数量约{formatYuan(editedCost)}）
            </Typography.Text>
          )}
        </Space>
      </Section>
      <Section
        title="学校达标情况（方案前 → 方案后）"
        extra="红色为低于标准，橙色为低于标准但不低于标准的85%（余项），绿色为达到标准；低于标准的数值向下取整显示；只在有变化处显示方案后数值"
      >
        <BalancePlanSchoolTable schools={plan.schools} />
      </Section>
      <Section
        title="校际差异系数（方案前 → 方案后）"
        extra={`按在校生数加权；每项不超过 ${plan.variations[0]?.limit.toFixed(2) ?? "—"}`}
      >
        <BalancePlanVariationTable variations={plan.variations} />
      </Section>
      <Collapse
        ghost
        style={{ marginTop: 12 }}
        items={[
          {
            key: "method",
            label: "测算方法",
            children: <Typography.Paragraph type="secondary">{plan.method}</Typography.Paragraph>,
          },
        ]}
      />
    </div>
  );
}

/**
 * The drawer. Opening it asks the API for the plan with the default unit costs (so the form
 * shows them); 生成方案 asks again with the costs as edited (only those that differ from the
 * defaults are sent) and the 交流轮岗 switch; 重新计算 sends the edited actions with the form's
 * current unit costs.
 */
export function BalancePlanDrawer({
  open,
  onClose,
  target,
}: {
  open: boolean;
  onClose: () => void;
  target: BalancePlanTarget;
}) {
  const token = useToken();
  const [form] = Form.useForm<CostForm>();
  const base = useMemo(
    () => ({ districtId: target.districtId, schoolYear: target.schoolYear, stage: target.stage }),
    [target.districtId, target.schoolYear, target.stage],
  );
  const [solved, setSolved] = useState<BalancePlanInput>({ ...base, allowTransfers: true });
  const [request, setRequest] = useState<BalancePlanInput>(solved);
  const { data, error, isFetching } = useQuery({ ...balancePlanQuery(token, request), enabled: open });
  // the plan shown: the last answer (kept while the next is computed, or when it is refused)
  const [plan, setPlan] = useState<Plan | null>(null);
  // the defaults: the unit costs of the first answer, asked without overrides
  const [defaults, setDefaults] = useState<Plan["unitCosts"] | null>(null);
  // the official's edits of the shown plan's actions, until 重新计算 (null: none)
  const [edited, setEdited] = useState<EditableAction[] | null>(null);
  useEffect(() => {
    if (!data) return;
    setPlan(data);
    setEdited(null);
    setDefaults(
      (d) =>
        d ?? (data.mode === "SOLVED" && data.unitCosts.every((c) => c.isDefault) ? data.unitCosts : null),
    );
  }, [data]);
  const rows = edited ?? (plan ? editableActions(plan.actions) : []);

  const generate = (values: CostForm) => {
    const unitCosts = unitCostOverrides(defaults ?? [], values.costs);
    const next: BalancePlanInput = {
      ...base,
      allowTransfers: values.allowTransfers,
      ...(unitCosts.length > 0 ? { unitCosts } : {}),
    };
    setSolved(next);
    setRequest(next);
  };
  // the edited actions priced at the form's current unit costs (not those of the last 生成方案)
  const recompute = () =>
    form
      .validateFields()
      .then((values) => {
        const unitCosts = unitCostOverrides(defaults ?? [], values.costs);
        setRequest({
          ...base,
          ...(unitCosts.length > 0 ? { unitCosts } : {}),
          fixedActions: toFixedActions(rows),
        });
      })
      .catch(() => undefined); // the form shows what is missing

  const apiField = isApiError(error, "BAD_USER_INPUT") ? error.field : undefined;
  const rowIndex = fixedActionIndex(apiField);
  const invalidRow = rowIndex !== null && error ? { index: rowIndex, message: error.message } : null;
  const costIndex = apiField?.match(/^input\.unitCosts\.(\d+)\./)?.[1];
  const refusedCost = costIndex !== undefined ? request.unitCosts?.[Number(costIndex)] : undefined;
  const refusedKind = refusedCost && error ? { kind: refusedCost.kind, message: error.message } : null;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size="min(1360px, 96vw)"
      title={`达标方案 · ${target.districtName}${target.stageLabel}${plan ? ` · ${plan.schoolYearLabel}` : ""}`}
    >
      {!plan && !error && <Skeleton active />}
      {error && (
        <Alert
          type="error"
          showIcon
          title={error.message}
          style={{ marginBottom: 12 }}
          data-testid="balance-plan-error"
        />
      )}
      {plan && defaults && (
        <Spin spinning={isFetching} description="计算中…">
          <Section title="单位成本与条件">
            <UnitCostsForm
              form={form}
              plan={plan}
              initial={{
                costs: Object.fromEntries(defaults.map((c) => [c.kind, c.cost])),
                allowTransfers: true,
              }}
              onGenerate={generate}
              busy={isFetching}
              refusedKind={refusedKind}
            />
          </Section>
          <Section title="方案">
            <PlanResult
              plan={plan}
              rows={rows}
              onRowsChange={setEdited}
              edited={edited !== null}
              onRecompute={recompute}
              onUndo={() => setEdited(null)}
              onBackToSolved={plan.mode === "EVALUATED" ? () => setRequest(solved) : null}
              busy={isFetching}
              invalidRow={invalidRow}
            />
          </Section>
        </Spin>
      )}
    </Drawer>
  );
}
