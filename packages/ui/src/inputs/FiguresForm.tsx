import { ReloadOutlined, SaveOutlined } from "@ant-design/icons";
import { Alert, App, Button, Col, Divider, Form, Input, Row, Space, Typography } from "antd";
import { useEffect, useState } from "react";
import {
  CONFLICT_MESSAGE,
  type FieldIssue,
  formErrorFields,
  issuesOf,
  isVersionConflict,
} from "../reports/apiErrors.ts";
import { formatDateTime } from "../reports/formatTime.ts";
import { figureText, readFigure } from "./numberText.ts";

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
/** What the inputs hold: the text as typed (kept as it is, checked by {@link readFigure}). */
type Texts = Record<string, string | undefined>;

/**
 * A form of annual figures (区级/市级填报): groups of number inputs, checked in the browser by
 * `validate` (the domain's check, every issue at once), saved with the version read. Every issue
 * of the API's BAD_USER_INPUT (`extensions.issues`, fields "<name>") shows on its field,
 * an issue of no field in the form (e.g. the school year) above the form; CONFLICT offers to
 * reload. Each input keeps the text as typed: what is not a number, a negative number or too many
 * decimals is refused on its field (never turned silently into 0 or blank), and nothing is sent
 * until it is corrected, so a typo never clears a stored figure.
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
  const [form] = Form.useForm<Texts>();
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const fields = groups.flatMap((g) => g.fields);
  const names = fields.map((f) => f.name);

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(Object.fromEntries(names.map((n) => [n, figureText(record?.[n])])));
  }, [record?.version, record === null]);

  /**
   * Show issues (fields named as in the form and by the API's service; "input.<name>" from a
   * variable's type error): each on its field, all the field's messages; those of no field in
   * the form above it. True if any.
   */
  function showIssues(issues: readonly FieldIssue[]): boolean {
    const named = issues.map((i) => ({ ...i, field: i.field.replace(/^input\./, "") }));
    const onFields = named.filter((i) => names.includes(i.field));
    const others = named.filter((i) => !names.includes(i.field));
    form.setFields(formErrorFields(onFields, form.getFieldsError()) as never);
    setFailure(others.length ? others.map((i) => i.message).join("；") : null);
    if (onFields[0]) form.scrollToField(onFields[0].field, { block: "center" });
    if (issues.length) message.error(`有 ${issues.length} 处需要修改的数据，请查看标红的字段`);
    return issues.length > 0;
  }

  async function save() {
    const raw = form.getFieldsValue(true) as Texts;
    const read = fields.map((f) => ({ field: f.name, ...readFigure(raw[f.name], f.label, f.precision) }));
    const unread = read.flatMap((r) => (r.error === undefined ? [] : [{ field: r.field, message: r.error }]));
    const values = Object.fromEntries(read.map((r) => [r.field, r.value ?? null])) as Values;
    // the domain's rules on what could be read, the typed text's own issues on the rest
    const issues = [...unread, ...validate(values).filter((i) => !unread.some((u) => u.field === i.field))];
    if (showIssues(issues)) return;
    setSaving(true);
    try {
      await onSave(values, record?.version ?? null);
      message.success("已保存");
    } catch (e) {
      if (isVersionConflict(e)) setConflict(true);
      else if (!showIssues(issuesOf(e))) setFailure(e instanceof Error ? e.message : String(e));
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
      {failure && (
        <Alert
          type="error"
          showIcon
          closable
          title={failure}
          style={{ marginBottom: 12 }}
          data-testid="figures-failure"
          onClose={() => setFailure(null)}
        />
      )}
      <Form<Texts> form={form} layout="vertical" disabled={saving}>
        {groups.map((g) => (
          <div key={g.title}>
            <Divider titlePlacement="start" plain style={{ marginTop: 4 }}>
              {g.title}
            </Divider>
            <Row gutter={24}>
              {g.fields.map((f) => (
                <Col key={f.name} xs={24} md={12} xl={8}>
                  <Form.Item
                    name={f.name}
                    label={f.label}
                    extra={f.help}
                    validateTrigger="onBlur"
                    rules={[
                      {
                        validator: async (_, text) => {
                          const r = readFigure(text, f.label, f.precision);
                          if (r.error !== undefined) throw new Error(r.error);
                        },
                      },
                    ]}
                  >
                    <Input
                      aria-label={f.label}
                      inputMode="decimal"
                      autoComplete="off"
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
