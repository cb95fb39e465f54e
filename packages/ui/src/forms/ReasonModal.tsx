import { Alert, Form, type FormInstance, Input, Modal } from "antd";
import { useEffect, useState } from "react";

/** A required or optional text (原因 / 说明) of at most `maxLength` characters: the Chinese problem, or null. */
export function reasonProblem(
  text: string | undefined,
  label: string,
  required: boolean,
  maxLength: number,
): string | null {
  const t = (text ?? "").trim();
  if (!t) return required ? `请填写${label}` : null;
  if (t.length > maxLength) return `${label}不能超过 ${maxLength} 个字`;
  return null;
}

/**
 * A confirm dialog that asks for one text — a required reason (豁免原因, 重新开放原因 …) or an
 * optional note (发布说明) — above an explanation of what the action does. It checks the text
 * (required, ≤ maxLength characters) on the field, sends it trimmed (null when optional and
 * empty) through `onSubmit`, closes on success, and shows an API error either on the field or in
 * an Alert (`describeError` decides). `testId` names the form (`<testId>-form`) and the error
 * Alert (`<testId>-alert`) for browser tests.
 */
export function ReasonModal({
  open,
  title,
  okText,
  danger = false,
  notice,
  field,
  testId,
  pending,
  onSubmit,
  describeError,
  onClose,
}: {
  open: boolean;
  title: string;
  okText: string;
  /** A destructive action (red OK button). */
  danger?: boolean;
  /** What the action does, shown above the field. */
  notice: { type: "info" | "warning"; title: string; description: string };
  /** The text asked for: its form name, label (also its aria-label), whether required, its placeholder and longest length. */
  field: { name: string; label: string; required: boolean; placeholder: string; maxLength: number };
  testId: string;
  pending: boolean;
  /** Sends the text; throws the API's error (shown by `describeError`). */
  onSubmit: (text: string | null) => Promise<void>;
  /** The Alert text for an API error, or null once it is shown on the field. */
  describeError: (e: unknown, form: FormInstance) => string | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Record<string, string | undefined>>();
  const [alert, setAlert] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setAlert(null);
    form.resetFields();
  }, [open, form]);

  async function onOk() {
    const text = form.getFieldValue(field.name) as string | undefined;
    const problem = reasonProblem(text, field.label, field.required, field.maxLength);
    form.setFields([{ name: field.name, errors: problem ? [problem] : [] }]);
    if (problem) return;
    setAlert(null);
    try {
      await onSubmit((text ?? "").trim() || null);
    } catch (e) {
      setAlert(describeError(e, form));
    }
  }

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={danger ? { danger: true } : undefined}
      cancelText="取消"
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={pending}
      forceRender
    >
      <Alert
        type={notice.type}
        showIcon
        style={{ marginBottom: 12 }}
        title={notice.title}
        description={notice.description}
      />
      {alert && (
        <Alert
          type="error"
          showIcon
          title={alert}
          style={{ marginBottom: 12 }}
          data-testid={`${testId}-alert`}
        />
      )}
      <Form form={form} layout="vertical" data-testid={`${testId}-form`}>
        <Form.Item
          name={field.name}
          label={field.required ? field.label : `${field.label}（选填）`}
          required={field.required}
        >
          <Input.TextArea
            rows={3}
            maxLength={field.maxLength}
            showCount
            aria-label={field.label}
            placeholder={field.placeholder}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
