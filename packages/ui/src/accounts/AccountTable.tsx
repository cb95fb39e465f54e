import type { AccountFieldsFragment } from "@edu2035/graphql";
import { App, Button, Popconfirm, Space, Table, type TableColumnsType, Tag } from "antd";
import { useState } from "react";
import { CONFLICT_MESSAGE, isVersionConflict } from "../reports/apiErrors.ts";
import { formatDateTime } from "../reports/formatTime.ts";
import { useAccountWrites } from "./api.ts";
import { OneTimePasswordModal } from "./OneTimePasswordModal.tsx";

/** An account as Query.accounts gives it. */
export type AccountRow = AccountFieldsFragment;

/** Locked after wrong passwords at `now` (lockedUntil still ahead). */
export function isLocked(account: Pick<AccountRow, "lockedUntil">, now = Date.now()): boolean {
  return account.lockedUntil !== null && new Date(account.lockedUntil).getTime() > now;
}

/** 状态: 启用/停用, plus 待改密 (one-time password unchanged) and 已锁定. */
function StatusTags({ account }: { account: AccountRow }) {
  return (
    <Space size={4} wrap>
      {account.active ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>}
      {account.mustChangePassword && <Tag color="orange">待改密</Tag>}
      {isLocked(account) && <Tag color="red">已锁定</Tag>}
    </Space>
  );
}

/** The message of a failed account write: the API's Chinese one, or the conflict notice. */
function writeError(e: unknown): string {
  if (isVersionConflict(e)) return CONFLICT_MESSAGE;
  return e instanceof Error ? e.message : String(e);
}

/**
 * 账号 table of 账号管理: 账号, 姓名/名称, 所属单位, 状态, 最近登录 (Beijing time, 从未登录),
 * 创建时间, and the actions 重置密码 (confirmed, then the one-time password shown once) and
 * 停用/启用. A version conflict says so and the list refetches.
 */
export function AccountTable({
  accounts,
  loading,
  currentUserId,
  showUnit = true,
}: {
  accounts: readonly AccountRow[];
  loading: boolean;
  /** The viewer's own account: it cannot disable itself. */
  currentUserId: string;
  /** Show the 所属单位 column. */
  showUnit?: boolean;
}) {
  const { message } = App.useApp();
  const writes = useAccountWrites();
  const [reset, setReset] = useState<Parameters<typeof OneTimePasswordModal>[0]["result"]>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function resetPassword(a: AccountRow) {
    setBusy(a.id);
    try {
      setReset(await writes.resetPassword.mutateAsync({ id: a.id, version: a.version }));
    } catch (e) {
      message.error(writeError(e));
    } finally {
      setBusy(null);
    }
  }

  async function toggle(a: AccountRow) {
    setBusy(a.id);
    try {
      await writes.setActive.mutateAsync({ id: a.id, version: a.version, active: !a.active });
      message.success(a.active ? `已停用账号 ${a.username}` : `已启用账号 ${a.username}`);
    } catch (e) {
      message.error(writeError(e));
    } finally {
      setBusy(null);
    }
  }

  const columns: TableColumnsType<AccountRow> = [
    { title: "账号", dataIndex: "username", width: 150 },
    { title: "姓名/名称", dataIndex: "displayName" },
    ...(showUnit
      ? [{ title: "所属单位", key: "unit", render: (_: unknown, a: AccountRow) => a.orgUnit.name }]
      : []),
    { title: "状态", key: "status", width: 170, render: (_, a) => <StatusTags account={a} /> },
    {
      title: "最近登录",
      dataIndex: "lastLoginAt",
      width: 150,
      render: (v: string | null) => (v ? formatDateTime(v) : <Tag>从未登录</Tag>),
    },
    { title: "创建时间", dataIndex: "createdAt", width: 150, render: (v: string) => formatDateTime(v) },
    {
      title: "操作",
      key: "actions",
      width: 170,
      render: (_, a) => (
        <Space size={0}>
          <Popconfirm
            title={`重置账号 ${a.username} 的密码？`}
            description="将生成新的初始密码，原密码立即失效，该账号的登录全部退出。"
            okText="重置"
            cancelText="取消"
            onConfirm={() => resetPassword(a)}
          >
            <Button type="link" size="small" loading={busy === a.id} data-testid={`reset-${a.username}`}>
              重置密码
            </Button>
          </Popconfirm>
          {a.id !== currentUserId && (
            <Popconfirm
              title={a.active ? `停用账号 ${a.username}？` : `启用账号 ${a.username}？`}
              description={a.active ? "停用后该账号不能登录，已有的登录立即退出。" : undefined}
              okText={a.active ? "停用" : "启用"}
              cancelText="取消"
              onConfirm={() => toggle(a)}
            >
              <Button type="link" size="small" danger={a.active} data-testid={`toggle-${a.username}`}>
                {a.active ? "停用" : "启用"}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="account-table">
      <Table<AccountRow>
        rowKey="id"
        size="small"
        bordered
        loading={loading}
        columns={columns}
        dataSource={[...accounts]}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (t) => `共 ${t} 个账号` }}
      />
      <OneTimePasswordModal title="密码已重置" result={reset} onClose={() => setReset(null)} />
    </div>
  );
}
