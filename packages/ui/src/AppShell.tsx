import { KeyOutlined, LogoutOutlined, UserOutlined } from "@ant-design/icons";
import {
  App,
  Avatar,
  Breadcrumb,
  Button,
  Layout,
  Menu,
  Modal,
  Popconfirm,
  Space,
  Tag,
  Typography,
} from "antd";
import { type ReactNode, useState } from "react";
import { ChangePasswordForm } from "./ChangePasswordPage.tsx";
import { NEUTRAL_PLATFORM_NAME, platformName, useCity } from "./city.ts";
import { APP_LEVEL_SHORT_LABELS } from "./constants.ts";
import { NoticeBell } from "./notices/NoticeBell.tsx";
import { useSession } from "./session.tsx";

export interface AppMenuItem<K extends string = string> {
  key: K;
  label: string;
  icon?: ReactNode;
}

/**
 * The admin layout every app shares: a dark side menu under the app's title, a header with
 * the platform name (the city's bureau, from the data), the viewer's org unit and name,
 * 修改密码 (a Modal with the change form) and 退出登录, and a breadcrumb over the page.
 */
export function AppShell<K extends string>({
  appTitle,
  menu,
  selectedKey,
  onSelect,
  children,
}: {
  appTitle: string;
  menu: readonly AppMenuItem<K>[];
  selectedKey: K;
  onSelect: (key: K) => void;
  children: ReactNode;
}) {
  const { viewer, logout } = useSession();
  const city = useCity();
  const { message } = App.useApp();
  const [changingPassword, setChangingPassword] = useState(false);
  const current = menu.find((m) => m.key === selectedKey);
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Sider width={224} breakpoint="lg" collapsedWidth={0} style={{ background: "#001529" }}>
        <div
          style={{
            height: 64,
            display: "flex",
            alignItems: "center",
            padding: "0 16px",
            color: "#fff",
            fontWeight: 600,
            fontSize: 15,
            lineHeight: 1.3,
            borderBottom: "1px solid rgba(255,255,255,0.08)",
          }}
          data-testid="app-title"
        >
          {appTitle}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selectedKey]}
          items={menu.map((m) => ({ key: m.key, label: m.label, icon: m.icon }))}
          onClick={({ key }) => onSelect(key as K)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: "#fff",
            padding: "0 24px",
            display: "flex",
            alignItems: "center",
            justifyContent: "space-between",
            boxShadow: "0 1px 4px rgba(0,21,41,0.08)",
            zIndex: 1,
          }}
        >
          <Typography.Text strong style={{ fontSize: 16, color: "#1f5fbf" }}>
            {platformName(city)}
          </Typography.Text>
          {viewer && (
            <Space size="middle">
              {/* 消息通知: not while the one-time password must be changed (the API refuses it) */}
              {!viewer.mustChangePassword && <NoticeBell />}
              <span data-testid="viewer-unit">
                <Tag color="blue">{APP_LEVEL_SHORT_LABELS[viewer.orgUnit.level]}</Tag>
                {viewer.orgUnit.name}
              </span>
              <Space size={6}>
                <Avatar size="small" icon={<UserOutlined />} style={{ background: "#1f5fbf" }} />
                <span data-testid="viewer-name">{viewer.user.displayName}</span>
              </Space>
              <Button
                type="link"
                icon={<KeyOutlined />}
                style={{ paddingInline: 0 }}
                onClick={() => setChangingPassword(true)}
              >
                修改密码
              </Button>
              <Popconfirm title="确定退出登录吗？" okText="退出" cancelText="取消" onConfirm={() => logout()}>
                <Button type="link" icon={<LogoutOutlined />} style={{ paddingInline: 0 }}>
                  退出登录
                </Button>
              </Popconfirm>
            </Space>
          )}
        </Layout.Header>
        <Layout.Content style={{ padding: "16px 24px 24px", background: "#f0f2f5" }}>
          <Breadcrumb
            style={{ marginBottom: 12 }}
            items={[{ title: appTitle }, ...(current ? [{ title: current.label }] : [])]}
          />
          {children}
        </Layout.Content>
        <Layout.Footer style={{ textAlign: "center", color: "rgba(0,0,0,0.45)", padding: "12px 24px" }}>
          {city ? `${city.bureauName} · ${city.planTitle}监测平台` : NEUTRAL_PLATFORM_NAME}
        </Layout.Footer>
      </Layout>
      <Modal
        title="修改密码"
        open={changingPassword}
        onCancel={() => setChangingPassword(false)}
        footer={null}
        destroyOnHidden
        width={440}
      >
        <ChangePasswordForm
          onDone={() => {
            setChangingPassword(false);
            message.success("密码已修改，其他设备上的登录已退出");
          }}
        />
      </Modal>
    </Layout>
  );
}
