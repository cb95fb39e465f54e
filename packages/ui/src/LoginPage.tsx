import { LockOutlined, UserOutlined } from "@ant-design/icons";
import type { OrgLevel } from "@edu2035/graphql";
import { isApiError } from "@edu2035/graphql";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import { platformName, useCity } from "./city.ts";
import { APP_LEVEL_LABELS } from "./constants.ts";
import { useSession } from "./session.tsx";

interface LoginValues {
  username: string;
  password: string;
}

/**
 * User name + password login for one app level. The API refuses an account of another
 * level (WRONG_APP); its Chinese message is shown as is. After a session the API no longer
 * accepted (登录已过期), the page says so. Titles from the public city record (Query.city):
 * the bureau and the plan, or the neutral platform name before the city is set up.
 */
export function LoginPage({ app }: { app: OrgLevel }) {
  const { login, expired } = useSession();
  const city = useCity();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [form] = Form.useForm<LoginValues>();

  async function onFinish(values: LoginValues) {
    setSubmitting(true);
    setError(null);
    try {
      await login(values.username.trim(), values.password);
    } catch (e) {
      setError(isApiError(e) ? e.message : "登录失败，请稍后重试");
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <div
      style={{
        minHeight: "100vh",
        display: "flex",
        flexDirection: "column",
        alignItems: "center",
        justifyContent: "center",
        background: "linear-gradient(160deg, #0f3b7a 0%, #1f5fbf 55%, #e8eef8 55%)",
      }}
    >
      <div style={{ textAlign: "center", color: "#fff", marginBottom: 24 }}>
        <Typography.Title level={2} style={{ color: "#fff", margin: 0, letterSpacing: 2 }}>
          {platformName(city)}
        </Typography.Title>
        {city && (
          <Typography.Text style={{ color: "rgba(255,255,255,0.85)" }} data-testid="login-plan">
            {city.planTitle} 实施监测
          </Typography.Text>
        )}
      </div>
      <Card
        style={{ width: 400, boxShadow: "0 8px 24px rgba(15,59,122,0.18)" }}
        title={`${APP_LEVEL_LABELS[app]}端 · 用户登录`}
      >
        {expired && !error && (
          <Alert
            type="warning"
            showIcon
            title="登录已过期，请重新登录"
            style={{ marginBottom: 16 }}
            data-testid="session-expired"
          />
        )}
        {error && (
          <Alert
            type="error"
            showIcon
            title={error}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
            role="alert"
          />
        )}
        <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} autoComplete="on">
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: "请输入用户名" }]}>
            <Input prefix={<UserOutlined />} placeholder="请输入用户名" autoComplete="username" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: "请输入密码" }]}>
            <Input.Password
              prefix={<LockOutlined />}
              placeholder="请输入密码"
              autoComplete="current-password"
            />
          </Form.Item>
          <Form.Item style={{ marginBottom: 0 }}>
            <Button type="primary" htmlType="submit" block loading={submitting}>
              登 录
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <Typography.Text type="secondary" style={{ marginTop: 24 }}>
        {city ? `${city.bureauName} 主办 · ` : ""}仅限授权人员使用
      </Typography.Text>
    </div>
  );
}
