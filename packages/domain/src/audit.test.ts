import { describe, expect, it } from "vitest";
import {
  AUDIT_ACTION_GROUPS,
  AUDIT_ACTION_LABELS,
  AUDIT_ACTIONS,
  auditActionLabel,
  isAuditAction,
} from "./audit.ts";

describe("audit action catalogue", () => {
  it("labels every action in Chinese, each label once", () => {
    const labels = AUDIT_ACTIONS.map((a) => AUDIT_ACTION_LABELS[a]);
    for (const l of labels) expect(l).toMatch(/[\u4e00-\u9fff]/);
    expect(new Set(labels).size).toBe(AUDIT_ACTIONS.length);
    expect(Object.keys(AUDIT_ACTION_LABELS).sort()).toEqual([...AUDIT_ACTIONS].sort());
  });
  it("puts each action in exactly one filter group, in catalogue order", () => {
    expect(AUDIT_ACTION_GROUPS.flatMap((g) => g.actions)).toEqual([...AUDIT_ACTIONS]);
  });
  it("shows an unknown code as it is", () => {
    expect(auditActionLabel("register.delete")).toBe("删除名录登记");
    expect(auditActionLabel("something.old")).toBe("something.old");
    expect(isAuditAction("login")).toBe(true);
    expect(isAuditAction("report.review")).toBe(false);
  });
});
