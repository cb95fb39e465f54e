import { KeyOutlined, LogoutOutlined } from "@ant-design/icons";
import { isApiError } from "@edu2035/graphql";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import { passwordPolicyQuery } from "./accounts/api.ts";
import { platformName, useCity } from "./city.ts";
import { formErrorFields, issuesOf } from "./reports/apiErrors.ts";
import { useSession } from "./session.tsx";

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/**
 * The 修改密码 form: 当前密码, 新密码, 确认新密码, with the rules of Query.passwordPolicy listed
 * above. The API's BAD_USER_INPUT is shown on the field it names (currentPassword: wrong;
 * newPassword: the rule it breaks); anything else above the form. `onDone` runs after the
 * password was changed (the session's viewer is then the API's answer).
 */
export function ChangePasswordForm({
  oneTimePassword = false,
  onDone,
  submitText = "确认修改",
}: {
  /** The current password is the one-time password (初始密码): the label says so. */
  oneTimePassword?: boolean;
  onDone?: () => void;
  submitText?: string;
}) {
  const { token, changePassword } = useSession();
  const policy = useQuery(passwordPolicyQuery(token));
  const [form] = Form.useForm<ChangePasswordValues>();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function onFinish(values: ChangePasswordValues) {
    setSubmitting(true);
    setError(null);
    try {
      await changePassword(values.currentPassword, values.newPassword);
      form.resetFields();
      onDone?.();
    } catch (e) {
      const issues = issuesOf(e).filter((i) => i.field === "currentPassword" || i.field === "newPassword");
      if (issues.length) form.setFields(formErrorFields(issues, form.getFieldsError()) as never);
      else setError(isApiError(e) ? e.message : "修改失败，请稍后重试");
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <div data-testid="change-password">
      {policy.data && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="密码规则"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="password-rules">
              {policy.data.rules.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          }
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} autoComplete="off">
        <Form.Item
          label={oneTimePassword ? "当前密码（初始密码）" : "当前密码"}
          name="currentPassword"
          rules={[{ required: true, message: "请输入当前密码" }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          rules={[
            { required: true, message: "请输入新密码" },
            ...(policy.data
              ? [{ min: policy.data.minLength, message: `新密码至少 ${policy.data.minLength} 位` }]
              : []),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirmPassword"
          dependencies={["newPassword"]}
          rules={[
            { required: true, message: "请再次输入新密码" },
            ({ getFieldValue }) => ({
              validator: (_r, value) =>
                !value || value === getFieldValue("newPassword")
                  ? Promise.resolve()
                  : Promise.reject(new Error("两次输入的新密码不一致")),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item style={{ marginBottom: 0 }}>
          <Button type="primary" htmlType="submit" block loading={submitting} icon={<KeyOutlined />}>
            {submitText}
          </Button>
        </Form.Item>
      </Form>
    </div>
  );
}

/**
 * Shown instead of the app while the account must change its one-time password (初始密码):
 * the change form, and 退出登录. Once changed, the session's viewer no longer requires it and
 * SessionGate opens the app.
 */
export function ChangePasswordPage() {
  const { viewer, logout } = useSession();
  const city = useCity();
  return (
    <div
      style={{
        minHeight: "100vh",
        display: "flex",
        flexDirection: "column",
        alignItems: "center",
        justifyContent: "center",
        background: "linear-gradient(160deg, #0f3b7a 0%, #1f5fbf 45%, #e8eef8 45%)",
        padding: "24px 0",
      }}
    >
      <Typography.Title level={3} style={{ color: "#fff", marginTop: 0, letterSpacing: 2 }}>
        {platformName(city)}
      </Typography.Title>
      <Card
        style={{ width: 440, boxShadow: "0 8px 24px rgba(15,59,122,0.18)" }}
        title="首次登录 · 请修改初始密码"
        extra={
          <Button type="link" icon={<LogoutOutlined />} onClick={() => logout()} style={{ paddingInline: 0 }}>
            退出登录
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">
          账号 <Typography.Text strong>{viewer?.user.username}</Typography.Text>
          {viewer ? `（${viewer.orgUnit.name}）` : ""}正在使用初始密码，修改后才能使用平台。
        </Typography.Paragraph>
        <ChangePasswordForm oneTimePassword submitText="修改密码并进入" />
      </Card>
    </div>
  );
}
