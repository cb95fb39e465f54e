import { NotificationOutlined } from "@ant-design/icons";
import { schoolYearLabel } from "@edu2035/domain";
import { App, Button, Input, Modal, Typography } from "antd";
import { useState } from "react";
import { useSendReportReminder } from "./api.ts";

/**
 * 催报: remind the schools that have not submitted their 年报 of a school year (a district its own,
 * the city any). `schoolIds` null: every school in the viewer's scope not submitted. A modal takes
 * an optional message; the answer says how many were reminded and how many already were today
 * (at most one 催报 per school a day). The modal names the school year; how many were already
 * reminded today is known only from the answer (sendReportReminder), so it is said there.
 */
export function ReminderButton({
  schoolYear,
  schoolIds = null,
  pendingCount,
  size,
  label = "催报",
}: {
  schoolYear: number | undefined;
  schoolIds?: string[] | null;
  /** Schools not reporting, for the confirmation text (the button is disabled at 0). */
  pendingCount: number;
  size?: "small" | "middle";
  label?: string;
}) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const send = useSendReportReminder();
  const submit = () => {
    if (schoolYear === undefined) return;
    send.mutate(
      { schoolYear, schoolIds, message: text.trim() || null },
      {
        onSuccess: (r) => {
          setOpen(false);
          setText("");
          const already = r.alreadyRemindedToday ? `，${r.alreadyRemindedToday} 所今日已催报` : "";
          message.success(`已向 ${r.sent} 所学校发送催报${already}`);
        },
        onError: (e) => message.error(e.message),
      },
    );
  };
  return (
    <>
      <Button
        size={size}
        icon={<NotificationOutlined />}
        disabled={schoolYear === undefined || pendingCount === 0}
        onClick={() => setOpen(true)}
        data-testid="reminder-button"
      >
        {label}
      </Button>
      <Modal
        title="催报"
        open={open}
        okText="发送催报"
        cancelText="取消"
        confirmLoading={send.isPending}
        onOk={submit}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>
          向 {pendingCount} 所尚未提交{schoolYear === undefined ? "" : schoolYearLabel(schoolYear)}
          年报的学校发送站内催报消息（每所学校每天最多一次，今日已催报的学校不再重复发送）。
        </Typography.Paragraph>
        <Input.TextArea
          rows={3}
          maxLength={200}
          showCount
          placeholder="催报内容（可选），不填则使用默认提示"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </Modal>
    </>
  );
}
