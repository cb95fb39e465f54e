import { deadlineStatus } from "@edu2035/domain";
import { Tag } from "antd";
import { appNow } from "../clock.ts";

/**
 * Where a deadline (截止时间) stands now: 还剩 N 天 (orange within 3 days), 今天截止, or 逾期 (red).
 * The rule is the domain's deadlineStatus, as the API's 待办 and 截止前提醒 use it.
 */
export function DeadlineTag({
  deadline,
  now = appNow(),
}: {
  deadline: string | null | undefined;
  now?: Date;
}) {
  if (!deadline) return null;
  const s = deadlineStatus(new Date(deadline), now);
  if (s.overdue) {
    return (
      <Tag color="red" data-testid="deadline-tag">
        逾期
      </Tag>
    );
  }
  return (
    <Tag color={s.soon ? "orange" : "blue"} data-testid="deadline-tag">
      {s.daysLeft === 0 ? "今天截止" : `还剩 ${s.daysLeft} 天`}
    </Tag>
  );
}
