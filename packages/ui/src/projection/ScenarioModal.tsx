import { projectionAssumptionsSchema, SCENARIO_FIELD_LABELS, TRANSITION_KEYS } from "@edu2035/domain";
import type { ProjectionScenarioFieldsFragment, ProjectionScenarioInput } from "@edu2035/graphql";
import { App, Button, Form, Input, Modal, Select, Space } from "antd";
import type { Rule } from "antd/es/form";
import { useEffect } from "react";
import { formErrorFields, issuesOf } from "../reports/apiErrors.ts";

/**
 * An API field as this form's: "name" → "name", "assumptions.birthTrendPercent" →
 * "birthTrendPercent", "assumptions.transitionRates.<转换>" → "transitionRates.<i>.rate" (the row
 * holding that 转换); null for a field the form does not have. The service names the fields inside
 * the mutation's input; a variable's type error names the variable too ("input.name"), dropped.
 */
function formFieldOf(field: string, v: Values): string | null {
  const f = field.replace(/^input\./, "").replace(/^assumptions\./, "");
  const m = /^transitionRates\.(.+)$/.exec(f);
  if (!m) return FORM_FIELDS.has(f) ? f : null;
  const i = (v.transitionRates ?? []).findIndex((t) => t?.key === m[1]);
  return i < 0 ? null : `transitionRates.${i}.rate`;
}

const FORM_FIELDS = new Set(["name", "description", "birthTrendPercent", "seniorGrossEnrolmentRate"]);

/** The numeric fields as typed (text, so a typed "abc" is refused rather than dropped to "not set"). */
interface Values {
  name: string;
  description?: string;
  birthTrendPercent?: string | null;
  seniorGrossEnrolmentRate?: string | null;
  transitionRates?: { key: string; rate: string }[];
}

/**
 * A typed number: 全角 digits and the minus sign "−" read as "5" and "-"; null when empty; NaN when
 * not a number ("abc", "5%"), which the field's rule refuses.
 */
function numberOf(text: unknown): number | null {
  if (text == null) return null;
  const t = String(text).normalize("NFKC").trim().replace(/^[−–]/, "-");
  if (t === "") return null;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : Number.NaN;
}

const textOf = (v: number | null | undefined): string => (v == null ? "" : String(v));

/**
 * A form rule checking one value against the domain's scenario assumptions (projectionAssumptionsSchema,
 * the check the API runs): a value out of range (出生人口年变化率 −50—50, 初中毕业生升学率 0—150,
 * 升级（升学）率 0—3) shows the domain's message on the field and nothing is saved. The inputs are
 * text and do not clamp, so a typed −200 stays −200 and is refused rather than silently saved as
 * −50, and a typed "abc" is refused ("…须为数字") rather than dropped (saved as no override).
 */
function assumptionRule(label: string, wrap: (v: number) => Record<string, unknown>): Rule {
  return {
    validator: async (_r, v: unknown) => {
      const n = numberOf(v);
      if (n == null) return;
      if (Number.isNaN(n)) throw new Error(`${label}须为数字（如 −5 或 2.5）`);
      const parsed = projectionAssumptionsSchema.safeParse(wrap(n));
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "数值无效");
    },
  };
}
const L = SCENARIO_FIELD_LABELS;
const birthTrendRule = assumptionRule(L.birthTrendPercent, (v) => ({ birthTrendPercent: v }));
const seniorRateRule = assumptionRule(L.seniorGrossEnrolmentRate, (v) => ({ seniorGrossEnrolmentRate: v }));
const transitionRateRule = assumptionRule(L.transitionRates, (v) => ({
  transitionRates: { [TRANSITION_KEYS[0] ?? ""]: v },
}));

/**
 * 新建/编辑预测情景: name, description, 出生人口年变化率, 初中毕业生升学率 and overrides of any
 * transition rate (the projection's rate list gives the keys and labels). The API checks every
 * field and answers in Chinese; an issue naming a field (input.name,
 * input.assumptions.birthTrendPercent, input.assumptions.transitionRates.<转换>) is shown on that
 * field, anything else (a version conflict, a refusal) as a message.
 */
export function ScenarioModal({
  open,
  scenario,
  districtId,
  transitions,
  onSave,
  onClose,
}: {
  open: boolean;
  /** The scenario to edit; null to create one. */
  scenario: ProjectionScenarioFieldsFragment | null;
  /** The district a new scenario belongs to; null: a city scenario. */
  districtId: string | null;
  transitions: { key: string; label: string }[];
  onSave: (input: ProjectionScenarioInput) => Promise<unknown>;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  useEffect(() => {
    if (!open) return;
    form.setFieldsValue({
      name: scenario?.name ?? "",
      description: scenario?.description ?? "",
      birthTrendPercent: textOf(scenario?.assumptions.birthTrendPercent),
      seniorGrossEnrolmentRate: textOf(scenario?.assumptions.seniorGrossEnrolmentRate),
      transitionRates:
        scenario?.assumptions.transitionRates.map((t) => ({ key: t.key, rate: textOf(t.rate) })) ?? [],
    });
  }, [open, scenario, form]);

  async function submit() {
    const v = await form.validateFields();
    try {
      await onSave({
        districtId,
        name: v.name,
        description: v.description ?? "",
        assumptions: {
          // the rules refused anything not a number: what is left is a number or empty (null)
          birthTrendPercent: numberOf(v.birthTrendPercent),
          seniorGrossEnrolmentRate: numberOf(v.seniorGrossEnrolmentRate),
          transitionRates: (v.transitionRates ?? [])
            .filter((t) => t?.key)
            .map((t) => ({ key: t.key, rate: numberOf(t.rate) as number })),
        },
      });
      message.success("预测情景已保存");
      onClose();
    } catch (e) {
      const issues = issuesOf(e).map((i) => ({ ...i, at: formFieldOf(i.field, v) }));
      const onFields = issues.flatMap((i) => (i.at ? [{ field: i.at, message: i.message }] : []));
      form.setFields(formErrorFields(onFields, form.getFieldsError()) as never);
      const rest = issues.filter((i) => !i.at).map((i) => i.message);
      if (onFields.length === 0 || rest.length)
        message.error(rest.length ? rest.join("；") : e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <Modal
      title={scenario ? "编辑预测情景" : "新建预测情景"}
      open={open}
      onOk={submit}
      onCancel={onClose}
      okText="保存"
      cancelText="取消"
      width={640}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item name="name" label="情景名称" rules={[{ required: true, message: "请填写情景名称" }]}>
          <Input maxLength={60} placeholder="例如：出生人口继续下降5%/年" />
        </Form.Item>
        <Form.Item name="description" label="说明">
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
        <Space size="large">
          <Form.Item
            name="birthTrendPercent"
            label="出生人口年变化率（%/年）"
            tooltip="最近录入年份之后每年按此比例复合变化（−50—50）；不填则保持不变"
            rules={[birthTrendRule]}
          >
            <Input inputMode="decimal" style={{ width: 180 }} placeholder="如 −5" />
          </Form.Item>
          <Form.Item
            name="seniorGrossEnrolmentRate"
            label="初中毕业生升学率（%）"
            tooltip="高一与中职一年级合计 = 上一年初三人数 × 该比率（0—150）"
            rules={[seniorRateRule]}
          >
            <Input inputMode="decimal" style={{ width: 180 }} placeholder="如 98" />
          </Form.Item>
        </Space>
        <Form.List name="transitionRates">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline">
                  <Form.Item name={[f.name, "key"]} rules={[{ required: true, message: "请选择转换" }]}>
                    <Select
                      style={{ width: 360 }}
                      placeholder="升级（升学）转换"
                      options={transitions.map((t) => ({ value: t.key, label: t.label }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, "rate"]}
                    rules={[{ required: true, message: "请填写比率" }, transitionRateRule]}
                  >
                    <Input inputMode="decimal" style={{ width: 140 }} placeholder="比率（0—3）" />
                  </Form.Item>
                  <Button type="link" onClick={() => remove(f.name)}>
                    删除
                  </Button>
                </Space>
              ))}
              <Button type="dashed" onClick={() => add()}>
                覆盖一个升级（升学）率
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
