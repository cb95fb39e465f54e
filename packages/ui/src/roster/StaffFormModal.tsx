import {
  BACKBONE_LABELS,
  BACKBONE_LEVELS,
  COMMON_ETHNICITIES,
  censusDate,
  type SchoolType as DomainSchoolType,
  GENDER_LABELS,
  GENDERS,
  STAFF_FIELD_LABELS as L,
  STAGE_LABELS,
  STAGES_OF_SCHOOL_TYPE,
  schoolYearLabel,
  staffIssues,
  TEACHER_CERTIFICATE_LABELS,
  TEACHER_CERTIFICATES,
} from "@edu2035/domain";
import type { AddStaffInput, RosterMemberFieldsFragment, StaffPatch } from "@edu2035/graphql";
import {
  Alert,
  App,
  AutoComplete,
  Col,
  Divider,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  Switch,
} from "antd";
import { type ReactNode, useEffect, useState } from "react";
import { beijingToday } from "../clock.ts";
import { EDUCATION_OPTIONS, ROLE_OPTIONS, SUBJECT_OPTIONS, TITLE_OPTIONS } from "../options.ts";
import { CONFLICT_MESSAGE, formErrorFields, issuesOf, isVersionConflict } from "../reports/apiErrors.ts";
import { currentSchoolYear } from "../reports/ReportingYearSelect.tsx";
import { useAddStaff, useUpdateStaff } from "./api.ts";
import { addStaffOwner, RESEARCH_STAGE_OPTIONS, type RosterUnit, rolesOf } from "./unit.ts";

const upper = <T extends string>(codes: readonly string[], labels: Record<string, string>) =>
  codes.map((c) => ({ value: c.toUpperCase() as T, label: labels[c] as string }));

const GENDER_OPTIONS = upper(GENDERS, GENDER_LABELS);
const CERTIFICATE_OPTIONS = upper(TEACHER_CERTIFICATES, TEACHER_CERTIFICATE_LABELS);
const BACKBONE_OPTIONS = upper(BACKBONE_LEVELS, BACKBONE_LABELS);

const ALL_FLAGS = [
  ["preschoolMajor", L.preschoolMajor],
  ["dualQualified", L.dualQualified],
  ["mentalHealthTrained", L.mentalHealthTrained],
  ["counsellingCertificate", L.counsellingCertificate],
  ["bilingual", L.bilingual],
] as const;
/** A 教研室 has no 学前专业 or 双师型 question (those belong to kindergarten and vocational teachers). */
const OFFICE_FLAGS = ALL_FLAGS.filter(([k]) => k !== "preschoolMajor" && k !== "dualQualified");

type Values = Omit<AddStaffInput, "schoolId" | "districtId"> & { idNumber?: string | null };

/** The record in the domain's codes (lower case), for the shared validation. */
function domainRecord(v: Values): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v)) {
    out[k] =
      typeof val === "string" && /^[A-Z_]+$/.test(val) ? val.toLowerCase() : val === undefined ? null : val;
  }
  for (const [k] of ALL_FLAGS) out[k] = Boolean(out[k]);
  out.trainingHours = out.trainingHours ?? 0;
  return out;
}

/**
 * 新增 / 编辑 a person on a roster: every attribute the plan's targets use; 身份证号 only entered,
 * shown masked. For a school (教职工): the school's posts, the stages its type offers, 专任.
 * For a 教研室 (教研员): the post fixed to 教研员, the stage and subject researched (教研学段,
 * 教研学科), no 专任/学前专业/双师型. The domain's staffIssues checks the record before it is
 * sent (addStaff / updateStaff); the API's issues are shown on their fields after.
 */
export function StaffFormModal({
  open,
  onClose,
  unit,
  addYear,
  member,
  personLabel = unit.level === "school" ? "教职工" : "教研员",
}: {
  open: boolean;
  onClose: () => void;
  /** The roster the person belongs to. */
  unit: RosterUnit;
  /** The school year a new person is added to: the current one, or a past year open for 补录. */
  addYear: number;
  /** The record to edit; undefined to add. */
  member?: RosterMemberFieldsFragment;
  /** What a person is called in titles and messages: 教职工 (school) or 教研员 (教研室). */
  personLabel?: string;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [alert, setAlert] = useState<string | null>(null);
  const add = useAddStaff();
  const update = useUpdateStaff();
  const office = unit.level !== "school";
  const schoolType = unit.level === "school" ? (unit.schoolType.toLowerCase() as DomainSchoolType) : null;
  const stageOptions = schoolType
    ? STAGES_OF_SCHOOL_TYPE[schoolType].map((s) => ({ value: s.toUpperCase(), label: STAGE_LABELS[s] }))
    : RESEARCH_STAGE_OPTIONS;
  const roles = rolesOf(unit);
  const roleOptions = ROLE_OPTIONS.filter((o) => roles.includes(o.value));
  const flags = office ? OFFICE_FLAGS : ALL_FLAGS;
  const role = Form.useWatch("role", form);

  useEffect(() => {
    if (!open) return;
    setAlert(null);
    form.resetFields();
    if (member) {
      form.setFieldsValue({
        name: member.name,
        gender: member.gender,
        ethnicity: member.ethnicity,
        role: member.role,
        fullTime: member.fullTime,
        stage: member.stage ?? null,
        subject: member.subject ?? null,
        education: member.education,
        preschoolMajor: member.preschoolMajor,
        teacherCertificate: member.teacherCertificate,
        title: member.title,
        dualQualified: member.dualQualified,
        backboneLevel: member.backboneLevel,
        mentalHealthTrained: member.mentalHealthTrained,
        counsellingCertificate: member.counsellingCertificate,
        bilingual: member.bilingual,
        trainingHours: member.trainingHours,
        startedOn: member.startedOn ?? undefined,
      });
    } else {
      form.setFieldsValue({
        ethnicity: "汉族",
        role: roles[0],
        fullTime: !office,
        title: "UNRATED",
        teacherCertificate: "NONE",
        backboneLevel: "NONE",
        trainingHours: 0,
        stage: stageOptions.length === 1 ? (stageOptions[0]?.value as Values["stage"]) : undefined,
      });
    }
  }, [open, member, form]);

  async function onOk() {
    const v = form.getFieldsValue(true) as Values;
    const startedOn = v.startedOn?.trim() || null;
    const record = domainRecord({ ...v, startedOn, idNumber: v.idNumber?.trim() || null });
    const ctx = {
      schoolType,
      schoolYear: member?.schoolYear ?? addYear,
      today: beijingToday(),
    };
    // an edit leaves the birth date as stored when it is not re-entered (only the birth year is shown)
    let issues = staffIssues(
      member && !v.birthDate ? { ...record, birthDate: `${member.birthYear}-01-01` } : record,
      ctx,
    );
    if (member && !v.birthDate)
      issues = issues.filter((i) => i.field !== "birthDate" && !/出生日期/.test(i.message));
    form.setFields(formErrorFields(issues, form.getFieldsError()) as never);
    if (issues.length) return;
    try {
      if (member) {
        const patch: StaffPatch = { ...v };
        delete (patch as Record<string, unknown>).birthDate;
        if (v.birthDate) patch.birthDate = v.birthDate;
        if (!v.idNumber?.trim()) delete patch.idNumber;
        else patch.idNumber = v.idNumber.trim().toUpperCase();
        // an emptied 入职/调入日期 is cleared (on the roster since before the 统计时点)
        patch.startedOn = startedOn;
        await update.mutateAsync({ id: member.id, version: member.version, patch });
        message.success(`${personLabel}信息已保存`);
      } else {
        await add.mutateAsync({
          ...v,
          idNumber: v.idNumber?.trim() ? v.idNumber.trim().toUpperCase() : null,
          startedOn,
          ...addStaffOwner(unit),
          // a past year (补录) is named; the current one is the API's default
          ...(addYear !== currentSchoolYear() ? { schoolYear: addYear } : {}),
        } as AddStaffInput);
        message.success(`已新增${personLabel}`);
      }
      onClose();
    } catch (e) {
      if (isVersionConflict(e)) {
        setAlert(`${CONFLICT_MESSAGE}（该${personLabel}信息已被他人修改，未保存。请关闭后刷新名册再编辑）`);
        return;
      }
      const list = issuesOf(e);
      if (list.length) {
        form.setFields(formErrorFields(list, form.getFieldsError()) as never);
        return;
      }
      setAlert(e instanceof Error ? e.message : String(e));
    }
  }

  const col = (span: number, node: ReactNode) => (
    <Col xs={24} md={span}>
      {node}
    </Col>
  );
  return (
    <Modal
      open={open}
      title={
        member
          ? `编辑${personLabel}：${member.name}`
          : addYear !== currentSchoolYear()
            ? `新增${personLabel}（${schoolYearLabel(addYear)}补录）`
            : `新增${personLabel}`
      }
      width={860}
      okText="保存"
      cancelText="取消"
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={add.isPending || update.isPending}
      forceRender
      afterClose={() => form.resetFields()}
    >
      {alert && (
        <Alert
          type="error"
          showIcon
          title={alert}
          style={{ marginBottom: 12 }}
          data-testid="staff-form-alert"
        />
      )}
      <Form<Values> form={form} layout="vertical" data-testid="staff-form">
        <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
          基本信息
        </Divider>
        <Row gutter={16}>
          {col(
            6,
            <Form.Item name="name" label={L.name} required>
              <Input placeholder="如：张丽" />
            </Form.Item>,
          )}
          {col(
            6,
            <Form.Item name="gender" label={L.gender} required>
              <Radio.Group options={GENDER_OPTIONS} />
            </Form.Item>,
          )}
          {col(
            6,
            <Form.Item
              name="birthDate"
              label={L.birthDate}
              required={!member}
              extra={member ? `已登记 ${member.birthYear} 年出生；不改请留空` : undefined}
            >
              <Input type="date" aria-label={L.birthDate} />
            </Form.Item>,
          )}
          {col(
            6,
            <Form.Item name="ethnicity" label={L.ethnicity} required>
              <AutoComplete options={COMMON_ETHNICITIES.map((e) => ({ value: e }))} />
            </Form.Item>,
          )}
          {col(
            12,
            <Form.Item
              name="startedOn"
              label={L.startedOn}
              extra={`选填；${censusDate(member?.schoolYear ?? addYear)}（统计时点）之后入职或调入的，不计入${schoolYearLabel(member?.schoolYear ?? addYear)}统计`}
            >
              <Input type="date" aria-label={L.startedOn} />
            </Form.Item>,
          )}
          {col(
            12,
            <Form.Item
              name="idNumber"
              label={L.idNumber}
              extra={
                member
                  ? `已登记：${member.idNumberMasked ?? "未登记"}；如需更正请重新输入完整号码，不改请留空`
                  : "选填；只用于查重，保存后仅显示末四位"
              }
            >
              <Input.Password
                aria-label={L.idNumber}
                placeholder="18位居民身份证号"
                maxLength={18}
                visibilityToggle
                autoComplete="off"
              />
            </Form.Item>,
          )}
        </Row>
        <Divider titlePlacement="start" plain>
          {office ? "岗位与教研" : "岗位与任教"}
        </Divider>
        <Row gutter={16}>
          {col(
            6,
            <Form.Item name="role" label={L.role} required>
              <Select options={roleOptions} disabled={roleOptions.length === 1} />
            </Form.Item>,
          )}
          {!office &&
            col(
              6,
              <Form.Item name="fullTime" label={L.fullTime} valuePropName="checked">
                <Switch checkedChildren="专任" unCheckedChildren="非专任" />
              </Form.Item>,
            )}
          {col(
            6,
            <Form.Item name="stage" label={office ? "教研学段" : L.stage} required={role === "TEACHER"}>
              <Select allowClear options={stageOptions} placeholder="请选择" />
            </Form.Item>,
          )}
          {col(
            6,
            <Form.Item name="subject" label={office ? "教研学科" : L.subject} required={role === "TEACHER"}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: "label" }}
                options={SUBJECT_OPTIONS}
                placeholder="请选择"
              />
            </Form.Item>,
          )}
          {col(
            6,
            <Form.Item name="education" label={L.education} required>
              <Select options={EDUCATION_OPTIONS} />
            </Form.Item>,
          )}
          {col(
            6,
            <Form.Item name="title" label={L.title}>
              <Select options={TITLE_OPTIONS} />
            </Form.Item>,
          )}
          {col(
            6,
            <Form.Item name="teacherCertificate" label={L.teacherCertificate}>
              <Select options={CERTIFICATE_OPTIONS} />
            </Form.Item>,
          )}
          {col(
            6,
            <Form.Item name="backboneLevel" label={L.backboneLevel}>
              <Select options={BACKBONE_OPTIONS} />
            </Form.Item>,
          )}
          {col(
            6,
            <Form.Item name="trainingHours" label={L.trainingHours} extra="本五年周期累计">
              <InputNumber min={0} max={2000} precision={0} style={{ width: "100%" }} suffix="学时" />
            </Form.Item>,
          )}
        </Row>
        <Row gutter={16}>
          {flags.map(([k, label]) => (
            <Col key={k} xs={24} md={8}>
              <Form.Item name={k} label={label} valuePropName="checked">
                <Switch checkedChildren="是" unCheckedChildren="否" />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form>
    </Modal>
  );
}
