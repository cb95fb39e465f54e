import { describe, expect, it } from "vitest";
import { deadlineLabel, deadlineStatus, noticeDedupeKey } from "./notices.ts";

const H = 3_600_000;
const deadline = new Date("2026-10-10T16:00:00Z");

describe("deadlineStatus", () => {
  it("counts whole days left, rounded down, and says when it is within 3 days", () => {
    // 2 days 5 hours before → 2, soon
    expect(deadlineStatus(deadline, new Date(deadline.getTime() - 53 * H))).toEqual({
      daysLeft: 2,
      overdue: false,
      soon: true,
    });
    // exactly 3 days before → 3, soon; 3 days 1 hour → 3, not soon
    expect(deadlineStatus(deadline, new Date(deadline.getTime() - 72 * H)).soon).toBe(true);
    expect(deadlineStatus(deadline, new Date(deadline.getTime() - 73 * H))).toEqual({
      daysLeft: 3,
      overdue: false,
      soon: false,
    });
    // 1 ms after → overdue
    expect(deadlineStatus(deadline, new Date(deadline.getTime() + 1))).toEqual({
      daysLeft: 0,
      overdue: true,
      soon: false,
    });
  });
  it("labels 还剩 N 天 / 今天截止 / 已逾期", () => {
    expect(deadlineLabel(deadline, new Date(deadline.getTime() - 30 * H))).toBe("还剩 1 天");
    expect(deadlineLabel(deadline, new Date(deadline.getTime() - 5 * H))).toBe("今天截止");
    expect(deadlineLabel(deadline, new Date(deadline.getTime() + H))).toBe("已逾期");
  });
  it("keys a deadline notice per school and year, a 催报 per school and day", () => {
    expect(noticeDedupeKey.deadlineSoon(2026, "s1")).toBe("deadline_soon:2026:s1");
    expect(noticeDedupeKey.reminder(2026, "s1", "2026-12-06")).toBe("reminder:2026:s1:2026-12-06");
  });
});
