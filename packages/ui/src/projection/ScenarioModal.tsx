import type { ProjectionScenarioFieldsFragment, ProjectionScenarioInput } from "@edu2035/graphql";
import { App, Button, Form, Input, InputNumber, Modal, Select, Space } from "antd";
import { useEffect } from "react";

interface Values {
  name: string;
  description?: string;
  birthTrendPercent?: number | null;
  seniorGrossEnrolmentRate?: number | null;
  transitionRates?: { key: string; rate: number }[];
}

/**
 * 新建/编辑预测情景: name, description, 出生人口年变化率, 高中阶段毛入学率 and overrides of any
 * transition rate (the projection's rate list gives the keys and labels). The API checks every
 * field and answers in Chinese; its message is shown as it is.
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
      birthTrendPercent: scenario?.assumptions.birthTrendPercent ?? null,
      seniorGrossEnrolmentRate: scenario?.assumptions.seniorGrossEnrolmentRate ?? null,
      transitionRates: scenario?.assumptions.transitionRates.map((t) => ({ key: t.key, rate: t.rate })) ?? [],
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
          birthTrendPercent: v.birthTrendPercent ?? null,
          seniorGrossEnrolmentRate: v.seniorGrossEnrolmentRate ?? null,
          transitionRates: (v.transitionRates ?? []).filter((t) => t?.key),
        },
      });
      message.success("预测情景已保存");
      onClose();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
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
            tooltip="最近录入年份之后每年按此比例复合变化；不填则保持不变"
          >
            <InputNumber min={-50} max={50} step={0.5} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item
            name="seniorGrossEnrolmentRate"
            label="高中阶段毛入学率（%）"
            tooltip="高一与中职一年级合计 = 上一年初三人数 × 该比率"
          >
            <InputNumber min={0} max={150} step={0.5} style={{ width: 180 }} />
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
                  <Form.Item name={[f.name, "rate"]} rules={[{ required: true, message: "请填写比率" }]}>
                    <InputNumber min={0} max={3} step={0.01} placeholder="比率" />
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
