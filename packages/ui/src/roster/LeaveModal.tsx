import { staffIssues } from "@edu2035/domain";
import type { RosterMemberFieldsFragment, StaffStatus } from "@edu2035/graphql";
import { Alert, App, Form, Input, Modal, Radio } from "antd";
import { useEffect, useState } from "react";
import { beijingToday } from "../clock.ts";
import { CONFLICT_MESSAGE, formErrorFields, issuesOf, isVersionConflict } from "../reports/apiErrors.ts";
import { useStaffLeave } from "./api.ts";

interface Values {
  status: StaffStatus;
  leftOn: string;
}

/**
 * 调出 / 退休 of a person on any roster (a school's or a 教研室's): the type and the date of
 * leaving, checked by the domain's staffIssues, sent as staffLeave. The record stays on the
 * roster as history. `member` null keeps the dialog closed.
 */
export function LeaveModal({
  member,
  onClose,
}: {
  member: RosterMemberFieldsFragment | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [alert, setAlert] = useState<string | null>(null);
  const leave = useStaffLeave();
  useEffect(() => {
    if (member) {
      setAlert(null);
      form.resetFields();
    }
  }, [member, form]);

  async function onOk() {
    if (!member) return;
    const v = form.getFieldsValue(true) as Partial<Values>;
    const today = beijingToday();
    const issues = staffIssues(
      { status: v.status?.toLowerCase(), leftOn: v.leftOn || null, startedOn: member.startedOn ?? null },
      { schoolType: null, schoolYear: member.schoolYear, today },
    ).filter((i) => i.field === "leftOn" || i.field === "status");
    if (!v.status) issues.unshift({ field: "status", message: "请选择调出或退休" });
    form.setFields(formErrorFields(issues, form.getFieldsError()) as never);
    if (issues.length || !v.status || !v.leftOn) return;
    try {
      await leave.mutateAsync({ id: member.id, version: member.version, status: v.status, leftOn: v.leftOn });
      message.success(`${member.name}已办理${v.status === "RETIRED" ? "退休" : "调出"}`);
      onClose();
    } catch (e) {
      if (isVersionConflict(e)) return setAlert(`${CONFLICT_MESSAGE}（未保存）`);
      const list = issuesOf(e);
      if (list.length) return void form.setFields(formErrorFields(list, form.getFieldsError()) as never);
      setAlert(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <Modal
      open={member !== null}
      title={member ? `调出 / 退休：${member.name}` : ""}
      okText="确定"
      cancelText="取消"
      okButtonProps={{ danger: true }}
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={leave.isPending}
    >
      {alert && <Alert type="error" showIcon title={alert} style={{ marginBottom: 12 }} />}
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="办理后该人员保留在本学年花名册中作为历史记录，不结转到下一学年；统计时点（9月1日）之后离岗的，仍计入本学年统计。"
      />
      <Form<Values> form={form} layout="vertical" data-testid="leave-form">
        <Form.Item name="status" label="离岗类型" required>
          <Radio.Group
            options={[
              { value: "TRANSFERRED_OUT", label: "调出" },
              { value: "RETIRED", label: "退休" },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="leftOn"
          label="离岗日期"
          required
          extra="应在该学年之内（9月1日至次年8月31日），且不晚于今天"
        >
          <Input type="date" aria-label="离岗日期" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
