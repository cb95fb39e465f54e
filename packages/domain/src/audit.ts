/**
 * The audit trail's actions (操作日志的操作类型): every `audit_log.action` the API writes, with
 * its Chinese label beside it. The API types its audit rows with {@link AuditAction}, so it
 * cannot write an action that has no label here; the apps take the labels and the filter's
 * groups from here too.
 */

import {
  ORG_LEVEL_LABELS,
  OWNERSHIP_LABELS,
  SCHOOL_TYPE_LABELS,
  STAGE_LABELS,
  URBAN_RURAL_LABELS,
} from "./org.ts";
import { CITY_INPUT_LABELS, DISTRICT_INPUT_LABELS, REGISTER_ENTRY_LABELS } from "./plan/inputs.ts";
import { RECOGNITION_LEVEL_LABELS, REGISTER_KIND_LABELS } from "./plan/registers.ts";
import { schoolYearLabel } from "./schoolYear.ts";
import {
  BACKBONE_LABELS,
  EDUCATION_LABELS,
  GENDER_LABELS,
  STAFF_ROLE_LABELS,
  STAFF_STATUS_LABELS,
  type StaffStatus,
  SUBJECT_LABELS,
  TEACHER_CERTIFICATE_LABELS,
  TITLE_LABELS,
} from "./staff.ts";
import { REPORT_FIELD_LABELS } from "./validation/report.ts";
import { SCHOOL_FIELD_LABELS } from "./validation/school.ts";
import { STAFF_FIELD_LABELS } from "./validation/staff.ts";

/** Every action the API records, in the order the filter lists them. */
export const AUDIT_ACTIONS = [
  "login",
  "user.create",
  "user.resetPassword",
  "user.disable",
  "user.enable",
  "user.changePassword",
  "period.set",
  "report.save",
  "report.import",
  "report.submit",
  "report.return",
  "report.approve",
  "report.reopen",
  "report.remind",
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
  "register.confirm_empty",
  "register.withdraw_empty",
  "backfill.open",
  "backfill.close",
  "year.publish",
  "year.reopen",
  "year.exempt",
  "year.unexempt",
  "city.create",
  "city.update",
  "district.create",
  "district.update",
  "district.close",
  "school.create",
  "school.update",
  "school.close",
  "school.merge",
  "school.reopen",
  "district_births.save",
  "projection_scenario.create",
  "projection_scenario.update",
  "projection_scenario.delete",
] as const;

/** An action of the audit trail, e.g. "report.submit" (the code stored in audit_log.action). */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Chinese label of each action, as the 操作日志 shows it. A `Record` over {@link AuditAction}:
 * an action added to {@link AUDIT_ACTIONS} without a label does not compile.
 */
export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  login: "登录",
  "user.create": "新建账号",
  "user.resetPassword": "重置密码",
  "user.disable": "停用账号",
  "user.enable": "启用账号",
  "user.changePassword": "修改密码",
  "period.set": "设置填报期",
  "report.save": "保存年报",
  "report.import": "Excel导入年报",
  "report.submit": "提交年报",
  "report.return": "退回年报",
  "report.approve": "审核通过年报",
  "report.reopen": "重新打开年报",
  "report.remind": "催报",
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
  "register.confirm_empty": "确认本年度无此类事项",
  "register.withdraw_empty": "撤回确认本年度无此类事项",
  "backfill.open": "开放补录",
  "backfill.close": "关闭补录",
  "year.publish": "发布学年数据（封账）",
  "year.reopen": "重新开放学年",
  "year.exempt": "豁免年报",
  "year.unexempt": "撤销年报豁免",
  "city.create": "初始化平台（设置市信息）",
  "city.update": "修改市信息",
  "district.create": "新建区",
  "district.update": "修改区信息",
  "district.close": "撤销区",
  "school.create": "新建学校",
  "school.update": "修改学校信息",
  "school.close": "撤销学校",
  "school.merge": "合并学校",
  "school.reopen": "恢复办学",
  "district_births.save": "录入出生人口",
  "projection_scenario.create": "新建预测情景",
  "projection_scenario.update": "修改预测情景",
  "projection_scenario.delete": "删除预测情景",
};

/** A group of actions in the 操作日志's filter (账号, 年报, 教职工名册, 数据填报, 名录登记 …). */
export interface AuditActionGroup {
  /** Chinese title of the group. */
  label: string;
  actions: readonly AuditAction[];
}

/** The filter's groups: each action in exactly one, in the order of {@link AUDIT_ACTIONS}. */
export const AUDIT_ACTION_GROUPS: readonly AuditActionGroup[] = [
  {
    label: "账号与填报期",
    actions: [
      "login",
      "user.create",
      "user.resetPassword",
      "user.disable",
      "user.enable",
      "user.changePassword",
      "period.set",
    ],
  },
  {
    label: "学校年报",
    actions: [
      "report.save",
      "report.import",
      "report.submit",
      "report.return",
      "report.approve",
      "report.reopen",
      "report.remind",
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
  {
    label: "名录登记",
    actions: [
      "register.create",
      "register.update",
      "register.delete",
      "register.confirm_empty",
      "register.withdraw_empty",
    ],
  },
  { label: "历史补录", actions: ["backfill.open", "backfill.close"] },
  { label: "学年发布", actions: ["year.publish", "year.reopen", "year.exempt", "year.unexempt"] },
  {
    label: "机构管理",
    actions: [
      "city.create",
      "city.update",
      "district.create",
      "district.update",
      "district.close",
      "school.create",
      "school.update",
      "school.close",
      "school.merge",
      "school.reopen",
    ],
  },
  {
    label: "学龄人口预测",
    actions: [
      "district_births.save",
      "projection_scenario.create",
      "projection_scenario.update",
      "projection_scenario.delete",
    ],
  },
];

/** True when `code` is an action of the catalogue. */
export function isAuditAction(code: string): code is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(code);
}

/** The Chinese label of a stored action code; an unknown code (an older row) is shown as it is. */
export function auditActionLabel(code: string): string {
  return isAuditAction(code) ? AUDIT_ACTION_LABELS[code] : code;
}

// ---- the before/after values of an entry (变更内容) ----

/** Fields every audited record may hold that are ids or bookkeeping, never shown as changes. */
const HIDDEN_AUDIT_FIELDS: ReadonlySet<string> = new Set([
  "id",
  "version",
  "personId",
  "reportId",
  "createdAt",
  "createdBy",
  "updatedAt",
  "updatedBy",
  "mergedIntoId",
  "confirmedBy",
  "registerId",
]);

/** Unit ids: shown (as the unit's name) only where the record's unit is data (名录登记). */
const UNIT_ID_FIELDS: ReadonlySet<string> = new Set(["schoolId", "districtId"]);

/** Entity types whose `schoolId` / `districtId` are data, not the row's own unit. */
const ENTITIES_WITH_UNIT_FIELDS: ReadonlySet<string> = new Set(["registers"]);

/** Chinese names of the fields of a staff snapshot (教职工名册的一条记录). */
const STAFF_AUDIT_LABELS: Readonly<Record<string, string>> = {
  ...STAFF_FIELD_LABELS,
  schoolYear: "学年",
  schoolId: "学校",
  districtId: "区",
  birthYear: "出生年份",
  idNumberTail: "身份证号后四位",
  status: "在岗状态",
};

/** Chinese names of fields by entity type (audit_log.entity_type). */
const ENTITY_AUDIT_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  staff: STAFF_AUDIT_LABELS,
  district_births: { year: "出生年份", births: "出生人口" },
  projection_scenarios: { name: "情景名称", description: "说明", assumptions: "预测假设" },
  user: {
    app: "登录平台",
    level: "账号层级",
    username: "账号",
    displayName: "名称",
    unit: "所属单位",
    active: "启用",
    mustChangePassword: "须修改初始密码",
    via: "操作方式",
  },
  roster: {
    fromSchoolYear: "结转自",
    schoolYear: "结转至",
    carried: "结转人数",
    alreadyOnRoster: "已在名册人数",
  },
  reporting_period: { schoolYear: "学年", openedAt: "开始填报时间", deadline: "报送截止时间" },
  school_report: {
    ...REPORT_FIELD_LABELS,
    schoolYear: "学年",
    status: "状态",
    reviewComment: "审核意见",
  },
  city_inputs: { ...CITY_INPUT_LABELS, schoolYear: "学年" },
  district_inputs: { ...DISTRICT_INPUT_LABELS, schoolYear: "学年", districtId: "区" },
  registers: REGISTER_ENTRY_LABELS,
  // 确认本年度无此类事项; a withdrawal made by a register entry's write names its reason
  register_confirmations: {
    kind: "登记类别",
    schoolYear: "学年",
    confirmedAt: "确认时间",
    reason: "撤回原因",
  },
  school: {
    ...SCHOOL_FIELD_LABELS,
    closureReason: SCHOOL_FIELD_LABELS.reason,
    mergedIntoName: "合并到的学校",
    reopenReason: "恢复办学原因",
    accountsDisabled: "停用账号数",
  },
  district: { code: "行政区划代码", name: "区名称", sortOrder: "排序号", closedOn: "撤销日期" },
  city: { code: "行政区划代码", name: "市名称", bureauName: "教育局名称", planId: "规划", via: "操作方式" },
  // 补录 windows (开放补录, 关闭补录): the unit is the entry's own (district or school column)
  backfill_window: {
    schoolYear: "学年",
    scope: "范围",
    reason: "补录原因",
    opensAt: "开放时间",
    closesAt: "截止时间",
    closedAt: "关闭时间",
  },
  // 发布 / 重新开放 of a statistical year (统计学年)
  school_year: {
    schoolYear: "学年",
    state: "状态",
    publishedVersion: "发布版本",
    note: "发布说明",
    reopenReason: "重新开放原因",
    figures: "保存的指标数",
  },
  // 年报豁免: the exempted school is the entry's own unit (school column)
  report_exemption: { schoolYear: "学年", reason: "豁免原因" },
  // 催报: the reminded school is the entry's own unit (school column)
  report_reminder: { schoolYear: "学年", message: "催报内容", notice: "消息" },
};

/** Fields named alike in every record, for an entity type not listed above. */
const COMMON_AUDIT_LABELS: Readonly<Record<string, string>> = {
  schoolYear: "学年",
  status: "状态",
  notes: "备注",
  name: "名称",
  schoolId: "学校",
  districtId: "区",
};

/**
 * The Chinese name of a field of an audited record (变更内容里的字段名), e.g. ("staff", "role") →
 * "岗位", ("roster", "carried") → "结转人数". An unknown field (a newer API) is shown as it is.
 */
export function auditFieldLabel(entityType: string, field: string): string {
  return ENTITY_AUDIT_LABELS[entityType]?.[field] ?? COMMON_AUDIT_LABELS[field] ?? field;
}

/**
 * True for the fields the 操作日志 does not list: ids, versions and bookkeeping. `schoolId` and
 * `districtId` are hidden except in a register entry, where the app shows them as unit names.
 */
export function isHiddenAuditField(entityType: string, field: string): boolean {
  if (HIDDEN_AUDIT_FIELDS.has(field)) return true;
  return UNIT_ID_FIELDS.has(field) && !ENTITIES_WITH_UNIT_FIELDS.has(entityType);
}

/** The app a login was made in (`app` of a login entry). */
const AUDIT_APP_LABELS: Readonly<Record<string, string>> = {
  city: "市级平台",
  district: "区级平台",
  school: "学校平台",
};

/** Report statuses as stored (lower case) in a report snapshot. */
const REPORT_STATUS_AUDIT_LABELS: Readonly<Record<string, string>> = {
  draft: "草稿",
  submitted: "已提交",
  returned: "已退回",
  approved: "已审核",
};

/** Chinese names of coded values, by field, for every entity type. */
const CODED_VALUES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  role: STAFF_ROLE_LABELS,
  gender: GENDER_LABELS,
  stage: STAGE_LABELS,
  subject: SUBJECT_LABELS,
  title: TITLE_LABELS,
  education: EDUCATION_LABELS,
  teacherCertificate: TEACHER_CERTIFICATE_LABELS,
  backboneLevel: BACKBONE_LABELS,
  kind: REGISTER_KIND_LABELS,
};

/** Coded values whose labels depend on the entity type. */
const ENTITY_CODED_VALUES: Readonly<
  Record<string, Readonly<Record<string, Readonly<Record<string, string>>>>>
> = {
  staff: { status: STAFF_STATUS_LABELS },
  school_report: { status: REPORT_STATUS_AUDIT_LABELS },
  registers: { level: RECOGNITION_LEVEL_LABELS },
  user: { app: AUDIT_APP_LABELS, level: ORG_LEVEL_LABELS },
  school: { type: SCHOOL_TYPE_LABELS, ownership: OWNERSHIP_LABELS, urbanRuralCode: URBAN_RURAL_LABELS },
  backfill_window: { scope: { district: "全区", school: "单所学校" } },
  school_year: { state: { published: "已发布", reopened: "已重新开放" } },
};

/** Fields holding a school year (the year it starts in): shown as "2026—2027学年". */
const SCHOOL_YEAR_FIELDS: ReadonlySet<string> = new Set([
  "schoolYear",
  "fromSchoolYear",
  "fromYear",
  "toYear",
]);

/** Fields holding an instant (ISO timestamp): shown as a Beijing date and time. */
const INSTANT_FIELDS: ReadonlySet<string> = new Set([
  "openedAt",
  "deadline",
  "submittedAt",
  "reviewedAt",
  "opensAt",
  "closesAt",
  "closedAt",
]);

/** "2026-08-31 17:00" in Beijing time (UTC+8) of an ISO timestamp; the text as it is otherwise. */
function beijingDateTime(iso: string): string {
  const t = Date.parse(iso);
  if (!/T/.test(iso) || Number.isNaN(t)) return iso;
  const d = new Date(t + 8 * 3600_000).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 16)}`;
}

/** Optional resolution of unit ids to names (the app's list of districts and schools). */
export interface AuditValueNames {
  district?(id: string): string | undefined;
  school?(id: string): string | undefined;
}

/**
 * A before/after value of an audited record in Chinese: coded values by the domain's labels
 * (岗位 teacher → 教师, 学段 primary → 小学, 职称 third → 三级 …), booleans 是/否, school years
 * as "2026—2027学年", empty as "空", unit ids as their names when `names` knows them.
 */
export function formatAuditValue(
  entityType: string,
  field: string,
  value: unknown,
  names: AuditValueNames = {},
): string {
  if (value === null || value === undefined || value === "") return "空";
  if (typeof value === "boolean") return value ? "是" : "否";
  if (Array.isArray(value)) return field === "grades" ? `${value.length} 个年级` : `${value.length} 项`;
  if (typeof value === "object") return JSON.stringify(value).slice(0, 60);
  const text = String(value);
  if (SCHOOL_YEAR_FIELDS.has(field) && /^\d{4}$/.test(text)) return schoolYearLabel(Number(text));
  if (field === "schoolId") return names.school?.(text) ?? "（学校）";
  if (field === "districtId") return names.district?.(text) ?? "（区）";
  if (INSTANT_FIELDS.has(field)) return beijingDateTime(text);
  const coded = ENTITY_CODED_VALUES[entityType]?.[field] ?? CODED_VALUES[field];
  if (coded && Object.hasOwn(coded, text)) return coded[text] as string;
  // a status of an entity type not listed: staff and report codes do not collide
  if (field === "status")
    return STAFF_STATUS_LABELS[text as StaffStatus] ?? REPORT_STATUS_AUDIT_LABELS[text] ?? text;
  return text;
}
