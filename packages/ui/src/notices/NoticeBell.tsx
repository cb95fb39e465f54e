import { BellOutlined } from "@ant-design/icons";
import { Badge, Button, Drawer, Empty, List, Segmented, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { formatDateTime } from "../reports/formatTime.ts";
import { useMarkNoticesRead, useNotices, useUnreadNoticeCount } from "./api.ts";

const KIND_COLORS: Record<string, string> = {
  REPORT_RETURNED: "red",
  REPORT_APPROVED: "green",
  YEAR_PUBLISHED: "blue",
  DEADLINE_SOON: "orange",
  REMINDER: "volcano",
};

/**
 * The header's bell (消息通知): the unread count of this account as a badge; a click opens the
 * unit's notices (全部 / 未读) with 标为已读 per notice and 全部已读.
 */
export function NoticeBell() {
  const [open, setOpen] = useState(false);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const unread = useUnreadNoticeCount();
  const list = useNotices(unreadOnly, open);
  const mark = useMarkNoticesRead();
  const count = unread.data ?? 0;
  return (
    <>
      <Badge count={count} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={`消息通知，${count} 条未读`}
          data-testid="notice-bell"
          data-unread={count}
          onClick={() => setOpen(true)}
        />
      </Badge>
      <Drawer
        title="消息通知"
        open={open}
        onClose={() => setOpen(false)}
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
    </>
  );
}
