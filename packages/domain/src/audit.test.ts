import { describe, expect, it } from "vitest";
import {
  AUDIT_ACTION_GROUPS,
  AUDIT_ACTION_LABELS,
  AUDIT_ACTIONS,
  auditActionLabel,
  auditFieldLabel,
  formatAuditValue,
  isAuditAction,
  isHiddenAuditField,
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

/** The fields of the API's staff snapshot (apps/api staff/mutations.ts `snapshot()`). */
const STAFF_SNAPSHOT_FIELDS = [
  "schoolYear",
  "name",
  "gender",
  "birthDate",
  "birthYear",
  "ethnicity",
  "idNumberTail",
  "role",
  "fullTime",
  "stage",
  "subject",
  "education",
  "preschoolMajor",
  "teacherCertificate",
  "title",
  "dualQualified",
  "backboneLevel",
  "mentalHealthTrained",
  "counsellingCertificate",
  "bilingual",
  "trainingHours",
  "status",
  "startedOn",
  "leftOn",
];
const CHINESE = /^[^A-Za-z]*[\u4e00-\u9fff][^A-Za-z]*$/;

describe("audit entry fields and values", () => {
  it("names every field of staff, login and carry-over entries in Chinese", () => {
    for (const f of STAFF_SNAPSHOT_FIELDS) expect(auditFieldLabel("staff", f), f).toMatch(CHINESE);
    for (const f of ["app", "level"]) expect(auditFieldLabel("user", f), f).toMatch(CHINESE);
    for (const f of ["fromSchoolYear", "schoolYear", "carried", "alreadyOnRoster"]) {
      expect(auditFieldLabel("roster", f), f).toMatch(CHINESE);
    }
    expect(auditFieldLabel("staff", "role")).toBe("岗位");
    expect(auditFieldLabel("staff", "stage")).toBe("任教学段");
    expect(auditFieldLabel("something", "later")).toBe("later");
  });
  it("hides ids and versions, except a register entry's unit", () => {
    for (const f of ["schoolId", "districtId", "version", "id"])
      expect(isHiddenAuditField("staff", f)).toBe(true);
    expect(isHiddenAuditField("registers", "schoolId")).toBe(false);
    expect(isHiddenAuditField("registers", "version")).toBe(true);
    expect(isHiddenAuditField("staff", "title")).toBe(false);
    // a confirmation withdrawn by a register entry's write: its reason shown, the entry's id not
    expect(auditFieldLabel("register_confirmations", "reason")).toBe("撤回原因");
    expect(auditFieldLabel("register_confirmations", "kind")).toBe("登记类别");
    expect(isHiddenAuditField("register_confirmations", "registerId")).toBe(true);
    expect(isHiddenAuditField("register_confirmations", "confirmedBy")).toBe(true);
  });
  it("shows coded values by the domain's labels", () => {
    expect(formatAuditValue("staff", "role", "teacher")).toBe("教师");
    expect(formatAuditValue("staff", "stage", "primary")).toBe("小学");
    expect(formatAuditValue("staff", "title", "third")).toBe("三级");
    expect(formatAuditValue("staff", "gender", "male")).toBe("男");
    expect(formatAuditValue("staff", "subject", "physical_education")).toBe("体育与健康");
    expect(formatAuditValue("staff", "education", "bachelor")).toBe("本科");
    expect(formatAuditValue("staff", "backboneLevel", "city")).toBe("市级骨干");
    expect(formatAuditValue("staff", "status", "retired")).toBe("退休");
    expect(formatAuditValue("staff", "fullTime", true)).toBe("是");
    expect(formatAuditValue("staff", "leftOn", null)).toBe("空");
    expect(formatAuditValue("user", "app", "city")).toBe("市级平台");
    expect(formatAuditValue("user", "level", "市级")).toBe("市级");
    expect(formatAuditValue("registers", "level", "region")).toBe("自治区级");
    expect(formatAuditValue("school_report", "status", "returned")).toBe("已退回");
  });
  it("shows school years, instants and units readably", () => {
    expect(formatAuditValue("roster", "schoolYear", 2026)).toBe("2026—2027学年");
    expect(formatAuditValue("roster", "fromSchoolYear", 2025)).toBe("2025—2026学年");
    expect(formatAuditValue("roster", "carried", 35)).toBe("35");
    expect(formatAuditValue("reporting_period", "deadline", "2026-10-15T09:00:00.000Z")).toBe(
      "2026-10-15 17:00",
    );
    const names = { school: (id: string) => (id === "s1" ? "乌海市第一中学" : undefined) };
    expect(formatAuditValue("registers", "schoolId", "s1", names)).toBe("乌海市第一中学");
    expect(formatAuditValue("registers", "schoolId", "s2", names)).not.toMatch(/s2/);
  });
});

describe("机构管理 entries", () => {
  it("name a school's, a district's and the city's fields and coded values in Chinese", () => {
    expect(auditFieldLabel("school", "code")).toBe("学校标识码");
    expect(auditFieldLabel("school", "urbanRuralCode")).toBe("城乡分类");
    expect(auditFieldLabel("school", "closureReason")).toBe("撤销原因");
    expect(auditFieldLabel("district", "closedOn")).toBe("撤销日期");
    expect(auditFieldLabel("city", "bureauName")).toBe("教育局名称");
    expect(formatAuditValue("school", "type", "nine_year")).toBe("九年一贯制学校");
    expect(formatAuditValue("school", "ownership", "private")).toBe("民办");
    expect(formatAuditValue("school", "urbanRuralCode", "210")).toBe("乡中心区");
    expect(isHiddenAuditField("school", "mergedIntoId")).toBe(true);
    expect(isHiddenAuditField("school", "districtId")).toBe(true);
    expect(isHiddenAuditField("school", "openedOn")).toBe(false);
  });
});

describe("补录 entries (开放补录, 关闭补录)", () => {
  it("name a window's fields in Chinese and show its times in Beijing time", () => {
    const labels = ["schoolYear", "scope", "reason", "opensAt", "closesAt", "closedAt"].map((f) =>
      auditFieldLabel("backfill_window", f),
    );
    expect(labels).toEqual(["学年", "范围", "补录原因", "开放时间", "截止时间", "关闭时间"]);
    expect(formatAuditValue("backfill_window", "schoolYear", 2024)).toBe("2024—2025学年");
    expect(formatAuditValue("backfill_window", "scope", "district")).toBe("全区");
    expect(formatAuditValue("backfill_window", "scope", "school")).toBe("单所学校");
    // 10:00 UTC is 18:00 in Beijing (UTC+8); 16:00 UTC is past midnight, the next day
    expect(formatAuditValue("backfill_window", "closesAt", "2027-01-05T10:00:00.000Z")).toBe(
      "2027-01-05 18:00",
    );
    expect(formatAuditValue("backfill_window", "closedAt", "2026-12-31T16:30:00.000Z")).toBe(
      "2027-01-01 00:30",
    );
    expect(formatAuditValue("backfill_window", "closedAt", null)).toBe("空");
    expect(isHiddenAuditField("backfill_window", "districtId")).toBe(true);
    expect(isHiddenAuditField("backfill_window", "schoolId")).toBe(true);
  });
});
