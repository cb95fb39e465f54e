import { BellOutlined } from "@ant-design/icons";
import { Badge, Button } from "antd";
import { lazy, Suspense, useState } from "react";
import { useUnreadNoticeCount } from "./api.ts";

/** The drawer's code, fetched the first time the bell is clicked. */
const NoticeDrawer = lazy(async () => ({ default: (await import("./NoticeDrawer.tsx")).NoticeDrawer }));

/**
 * The header's bell (消息通知): the unread count of this account as a badge; a click opens the
 * unit's notices (NoticeDrawer: 全部 / 未读, 标为已读 per notice and 全部已读).
 */
export function NoticeBell() {
  const [open, setOpen] = useState(false);
  /** Mounted once first opened, then kept (so closing animates and reopening is instant). */
  const [opened, setOpened] = useState(false);
  const unread = useUnreadNoticeCount();
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
          onClick={() => {
            setOpened(true);
            setOpen(true);
          }}
        />
      </Badge>
      {opened && (
        <Suspense fallback={null}>
          <NoticeDrawer open={open} count={count} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
