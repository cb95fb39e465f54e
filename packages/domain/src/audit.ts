/**
 * The audit trail's actions (操作日志的操作类型): every `audit_log.action` the API writes, with
 * its Chinese label beside it. The API types its audit rows with {@link AuditAction}, so it
 * cannot write an action that has no label here; the apps take the labels and the filter's
 * groups from here too.
 */

/** Every action the API records, in the order the filter lists them. */
export const AUDIT_ACTIONS = [
  "login",
  "period.set",
  "report.save",
  "report.import",
  "report.submit",
  "report.return",
  "report.approve",
  "report.reopen",
  "staff.add",
  "staff.update",
  "staff.leave",
  "staff.import",
  "staff.carryOver",
  "district_inputs.create",
  "district_inputs.update",
  "city_inputs.create",
  "city_inputs.update",
  "register.create",
  "register.update",
  "register.delete",
] as const;

/** An action of the audit trail, e.g. "report.submit" (the code stored in audit_log.action). */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Chinese label of each action, as the 操作日志 shows it. A `Record` over {@link AuditAction}:
 * an action added to {@link AUDIT_ACTIONS} without a label does not compile.
 */
export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  login: "登录",
  "period.set": "设置填报期",
  "report.save": "保存年报",
  "report.import": "Excel导入年报",
  "report.submit": "提交年报",
  "report.return": "退回年报",
  "report.approve": "审核通过年报",
  "report.reopen": "重新打开年报",
  "staff.add": "新增教职工",
  "staff.update": "修改教职工信息",
  "staff.leave": "教职工离岗（调出/退休）",
  "staff.import": "Excel导入教职工",
  "staff.carryOver": "学年名册结转",
  "district_inputs.create": "新建区级数据",
  "district_inputs.update": "修改区级数据",
  "city_inputs.create": "新建市级数据",
  "city_inputs.update": "修改市级数据",
  "register.create": "新增名录登记",
  "register.update": "修改名录登记",
  "register.delete": "删除名录登记",
};

/** A group of actions in the 操作日志's filter (账号, 年报, 教职工名册, 数据填报, 名录登记 …). */
export interface AuditActionGroup {
  /** Chinese title of the group. */
  label: string;
  actions: readonly AuditAction[];
}

/** The filter's groups: each action in exactly one, in the order of {@link AUDIT_ACTIONS}. */
export const AUDIT_ACTION_GROUPS: readonly AuditActionGroup[] = [
  { label: "账号与填报期", actions: ["login", "period.set"] },
  {
    label: "学校年报",
    actions: [
      "report.save",
      "report.import",
      "report.submit",
      "report.return",
      "report.approve",
      "report.reopen",
    ],
  },
  {
    label: "教职工名册",
    actions: ["staff.add", "staff.update", "staff.leave", "staff.import", "staff.carryOver"],
  },
  {
    label: "区级、市级数据填报",
    actions: ["district_inputs.create", "district_inputs.update", "city_inputs.create", "city_inputs.update"],
  },
  { label: "名录登记", actions: ["register.create", "register.update", "register.delete"] },
];

/** True when `code` is an action of the catalogue. */
export function isAuditAction(code: string): code is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(code);
}

/** The Chinese label of a stored action code; an unknown code (an older row) is shown as it is. */
export function auditActionLabel(code: string): string {
  return isAuditAction(code) ? AUDIT_ACTION_LABELS[code] : code;
}
