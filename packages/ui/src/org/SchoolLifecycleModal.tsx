import type { ManagedSchoolFieldsFragment } from "@edu2035/graphql";
import { Alert, App, Form, Input, Modal, Select, Typography } from "antd";
import { useEffect, useState } from "react";
import { beijingToday } from "../clock.ts";
import { useCloseSchool, useMergeSchool, useReopenSchool } from "./api.ts";
import { orgFormError } from "./errors.ts";

/** A lifecycle step of a school: 撤销, 合并 or 恢复办学. */
export type SchoolLifecycleAction =
  | { kind: "close"; school: ManagedSchoolFieldsFragment }
  | { kind: "merge"; school: ManagedSchoolFieldsFragment }
  | { kind: "reopen"; school: ManagedSchoolFieldsFragment };

interface Values {
  date?: string;
  reason?: string;
  intoSchoolId?: string;
}

const TITLES = { close: "撤销学校", merge: "合并学校", reopen: "恢复办学" } as const;

/**
 * The dialog of one lifecycle step of a school, with the version read:
 * 撤销 (closeSchool: 撤销日期 and 撤销原因; its accounts are disabled), 合并 (mergeSchool: the
 * open school of the same district it merges into, 合并日期, optional reason; its staff and
 * history stay with it for past years), 恢复办学 (reopenSchool: a reason). Errors from the API
 * are shown in Chinese; a version CONFLICT as 已被他人修改，请刷新 (the list is refetched).
 */
export function SchoolLifecycleModal({
  action,
  onClose,
  schools,
}: {
  action: SchoolLifecycleAction | null;
  onClose: () => void;
  /** Schools to merge into: the open schools of the district are offered (not the school itself). */
  schools: readonly ManagedSchoolFieldsFragment[];
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [alert, setAlert] = useState<string | null>(null);
  const close = useCloseSchool();
  const merge = useMergeSchool();
  const reopen = useReopenSchool();
  // the school as last read: after a version conflict the refetched list gives the new version
  const school = action ? (schools.find((s) => s.id === action.school.id) ?? action.school) : undefined;
  const kind = action?.kind;

  useEffect(() => {
    if (!action) return;
    setAlert(null);
    form.resetFields();
    form.setFieldsValue({ date: action.kind === "reopen" ? undefined : beijingToday() });
  }, [action, form]);

  const targets = school
    ? schools
        .filter((s) => s.status === "OPEN" && s.district.id === school.district.id && s.id !== school.id)
        .map((s) => ({ value: s.id, label: `${s.name}（${s.code}）` }))
    : [];

  async function onOk() {
    if (!action || !school) return;
    const v = form.getFieldsValue(true) as Values;
    const missing: { name: string[]; errors: string[] }[] = [];
    if (kind !== "reopen" && !v.date) missing.push({ name: ["date"], errors: ["请填写日期"] });
    if (kind !== "merge" && !v.reason?.trim()) missing.push({ name: ["reason"], errors: ["请填写原因"] });
    if (kind === "merge" && !v.intoSchoolId)
      missing.push({ name: ["intoSchoolId"], errors: ["请选择并入的学校"] });
    form.setFields([
      ...missing,
      ...form
        .getFieldsError()
        .filter((f) => f.errors.length && !missing.some((m) => m.name[0] === f.name[0]))
        .map((f) => ({ name: f.name, errors: [] })),
    ] as never);
    if (missing.length) return;
    const base = { id: school.id, version: school.version };
    try {
      if (action.kind === "close") {
        await close.mutateAsync({ ...base, closedOn: v.date as string, reason: (v.reason ?? "").trim() });
        message.success(`已撤销：${school.name}`);
      } else if (action.kind === "merge") {
        const into = schools.find((s) => s.id === v.intoSchoolId);
        await merge.mutateAsync({
          ...base,
          intoSchoolId: v.intoSchoolId as string,
          mergedOn: v.date as string,
          reason: v.reason?.trim() || null,
        });
        message.success(`已将${school.name}并入${into?.name ?? "目标学校"}`);
      } else {
        await reopen.mutateAsync({ ...base, reason: (v.reason ?? "").trim() });
        message.success(`已恢复办学：${school.name}（其账号仍为停用，需另行启用）`);
      }
      onClose();
    } catch (e) {
      const rename = (f: string) => f.replace(/^input\./, "").replace(/^(closedOn|mergedOn)$/, "date");
      setAlert(orgFormError(e, form, rename));
    }
  }

  return (
    <Modal
      open={action !== null}
      title={kind && school ? `${TITLES[kind]}：${school.name}` : ""}
      okText={kind === "reopen" ? "恢复办学" : kind === "merge" ? "确认合并" : "确认撤销"}
      okButtonProps={{ danger: kind !== "reopen" }}
      cancelText="取消"
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={close.isPending || merge.isPending || reopen.isPending}
      forceRender
    >
      {alert && (
        <Alert
          type="error"
          showIcon
          title={alert}
          style={{ marginBottom: 12 }}
          data-testid="lifecycle-alert"
        />
      )}
      <Typography.Paragraph type="secondary">
        {kind === "close" &&
          "撤销后，该校不再计入撤销日期之后统计时点（9月1日）的应报学校；开办期间的名册和年报保留。撤销日期在当年9月1日之后的，该校仍须报送当学年年报，学校账号保持启用；否则学校账号将停用。"}
        {kind === "merge" &&
          "合并后，该校按合并日期撤销并记录并入的学校；其教职工名册和历年数据仍保留在原校，作为往年记录。合并日期在当年9月1日之后的，该校仍须报送当学年年报，学校账号保持启用。"}
        {kind === "reopen" &&
          `撤销或合并有误时恢复办学（原撤销日期 ${school?.closedOn ?? "—"}）。学校账号仍为停用，需在账号管理中重新启用。`}
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" data-testid="lifecycle-form">
        {kind === "merge" && (
          <Form.Item name="intoSchoolId" label="并入学校" required extra="同区在办学校">
            <Select
              aria-label="并入学校"
              showSearch={{ optionFilterProp: "label" }}
              placeholder="请选择"
              options={targets}
            />
          </Form.Item>
        )}
        {kind !== "reopen" && (
          <Form.Item name="date" label={kind === "merge" ? "合并日期" : "撤销日期"} required>
            <Input type="date" aria-label={kind === "merge" ? "合并日期" : "撤销日期"} />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={kind === "reopen" ? "恢复原因" : kind === "merge" ? "合并原因" : "撤销原因"}
          required={kind !== "merge"}
        >
          <Input.TextArea
            rows={2}
            maxLength={200}
            aria-label={kind === "reopen" ? "恢复原因" : kind === "merge" ? "合并原因" : "撤销原因"}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
