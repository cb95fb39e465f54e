import { Button, Drawer, Empty, List, Segmented, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { formatDateTime } from "../reports/formatTime.ts";
import { useMarkNoticesRead, useNotices } from "./api.ts";

const KIND_COLORS: Record<string, string> = {
  REPORT_RETURNED: "red",
  REPORT_APPROVED: "green",
  YEAR_PUBLISHED: "blue",
  DEADLINE_SOON: "orange",
  REMINDER: "volcano",
};

/**
 * The notices drawer the header's bell opens (消息通知): the unit's notices (全部 / 未读) with
 * 标为已读 per notice and 全部已读. Its own chunk (the bell loads it on first open), so antd's
 * Drawer, List and Segmented stay out of every app's initial JavaScript.
 */
export function NoticeDrawer({
  open,
  count,
  onClose,
}: {
  open: boolean;
  count: number;
  onClose: () => void;
}) {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotices(unreadOnly, open);
  const mark = useMarkNoticesRead();
  return (
    <Drawer
      title="消息通知"
      open={open}
      onClose={onClose}
      width={440}
      extra={
        <Button
          size="small"
          disabled={count === 0}
          loading={mark.isPending && mark.variables === null}
          onClick={() => mark.mutate(null)}
        >
          全部已读
        </Button>
      }
    >
      <Segmented
        value={unreadOnly ? "unread" : "all"}
        onChange={(v) => setUnreadOnly(v === "unread")}
        options={[
          { label: "全部", value: "all" },
          { label: `未读（${count}）`, value: "unread" },
        ]}
        style={{ marginBottom: 12 }}
      />
      <List
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={unreadOnly ? "没有未读消息" : "暂无消息"} /> }}
        renderItem={(n) => (
          <List.Item
            data-testid="notice-item"
            style={{ opacity: n.read ? 0.6 : 1 }}
            actions={
              n.read
                ? []
                : [
                    <Button key="read" type="link" size="small" onClick={() => mark.mutate([n.id])}>
                      标为已读
                    </Button>,
                  ]
            }
          >
            <List.Item.Meta
              title={
                <Space size={6} wrap>
                  <Tag color={KIND_COLORS[n.kind]}>{n.kindLabel}</Tag>
                  <Typography.Text strong={!n.read}>{n.title}</Typography.Text>
                </Space>
              }
              description={
                <>
                  {n.body && (
                    <div style={{ whiteSpace: "pre-wrap", color: "rgba(0,0,0,0.75)" }}>{n.body}</div>
                  )}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {n.senderName ?? "系统"} · {formatDateTime(n.createdAt)}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </Drawer>
  );
}
