import { ReloadOutlined, SaveOutlined } from "@ant-design/icons";
import { Alert, App, Button, Col, Divider, Form, InputNumber, Row, Space, Typography } from "antd";
import { useEffect, useState } from "react";
import {
  CONFLICT_MESSAGE,
  type FieldIssue,
  formErrorFields,
  issuesOf,
  isVersionConflict,
} from "../reports/apiErrors.ts";
import { formatDateTime } from "../reports/formatTime.ts";

/** One figure of a form: its input name, Chinese label, unit and precision. */
export interface FigureField {
  name: string;
  label: string;
  unit?: string;
  /** Decimal places allowed (default 0). */
  precision?: number;
  /** The targets it feeds, shown under the input (e.g. A01). */
  help?: string;
}

export interface FigureGroup {
  title: string;
  fields: FigureField[];
}

type Values = Record<string, number | null | undefined>;

/**
 * A form of annual figures (区级/市级填报): groups of number inputs, checked in the browser by
 * `validate` (the domain's zod schema), saved with the version read; the API's BAD_USER_INPUT
 * (field "input.<name>") shows on the field and CONFLICT offers to reload.
 */
export function FiguresForm({
  groups,
  record,
  validate,
  onSave,
  onReload,
  testId,
}: {
  groups: readonly FigureGroup[];
  /** The stored figures (null = none entered for the year yet). */
  record: ({ version: number; updatedAt: string } & Record<string, unknown>) | null;
  validate: (values: Values) => FieldIssue[];
  onSave: (values: Values, version: number | null) => Promise<unknown>;
  onReload: () => Promise<unknown>;
  testId?: string;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const names = groups.flatMap((g) => g.fields.map((f) => f.name));

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(Object.fromEntries(names.map((n) => [n, (record?.[n] as number | null) ?? null])));
  }, [record?.version, record === null]);

  async function save() {
    setFailure(null);
    const raw = form.getFieldsValue(true) as Values;
    const values = Object.fromEntries(names.map((n) => [n, raw[n] ?? null])) as Values;
    const issues = validate(values);
    form.setFields(formErrorFields(issues, form.getFieldsError()) as never);
    if (issues.length) {
      message.error("有需要修改的数据，请查看标红的字段");
      return;
    }
    setSaving(true);
    try {
      await onSave(values, record?.version ?? null);
      message.success("已保存");
    } catch (e) {
      if (isVersionConflict(e)) setConflict(true);
      else {
        const list = issuesOf(e);
        if (list.length)
          form.setFields(
            formErrorFields(list, form.getFieldsError(), (f) => f.replace(/^input\./, "")) as never,
          );
        else setFailure(e instanceof Error ? e.message : String(e));
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <div data-testid={testId}>
      <Space style={{ marginBottom: 12 }} wrap>
        {record ? (
          <Typography.Text type="secondary" data-testid="figures-version">
            版本 {record.version} · 最后保存 {formatDateTime(record.updatedAt)}
          </Typography.Text>
        ) : (
          <Typography.Text type="warning">该学年尚未填报，保存后创建</Typography.Text>
        )}
      </Space>
      {conflict && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="figures-conflict"
          title={CONFLICT_MESSAGE}
          description="其他人已保存了这些数据，您的修改未保存。"
          action={
            <Button
              icon={<ReloadOutlined />}
              onClick={async () => {
                await onReload();
                setConflict(false);
              }}
            >
              重新加载
            </Button>
          }
        />
      )}
      {failure && <Alert type="error" showIcon closable title={failure} style={{ marginBottom: 12 }} />}
      <Form<Values> form={form} layout="vertical" disabled={saving}>
        {groups.map((g) => (
          <div key={g.title}>
            <Divider titlePlacement="start" plain style={{ marginTop: 4 }}>
              {g.title}
            </Divider>
            <Row gutter={24}>
              {g.fields.map((f) => (
                <Col key={f.name} xs={24} md={12} xl={8}>
                  <Form.Item name={f.name} label={f.label} extra={f.help}>
                    <InputNumber<number>
                      aria-label={f.label}
                      style={{ width: "100%" }}
                      min={0}
                      precision={f.precision ?? 0}
                      suffix={f.unit}
                      placeholder="未填报"
                    />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          </div>
        ))}
      </Form>
      <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={save}>
        保存
      </Button>
    </div>
  );
}
