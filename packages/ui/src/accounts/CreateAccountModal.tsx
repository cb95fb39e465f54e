import type { OneTimePasswordFieldsFragment, OrgLevel } from "@edu2035/graphql";
import { Alert, Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import { formErrorFields, issuesOf } from "../reports/apiErrors.ts";
import { useAccountWrites } from "./api.ts";

/** A unit an account can be created for: a district or a school, as a picker option. */
export interface AccountUnitOption {
  value: string;
  label: string;
}

interface CreateAccountValues {
  unitId?: string;
  username: string;
  displayName: string;
}

const UNIT_LABEL = { CITY: "市教育局", DISTRICT: "区", SCHOOL: "学校" } as const;

/** An API field of createAccount's input as the form's field name (unit, unit.id → unitId). */
function formField(field: string): string {
  return field.startsWith("unit") ? "unitId" : field;
}

/**
 * 新建账号 for one unit level: the unit (a district or a school picked from `units`; none for
 * the city), 账号 (3–32 letters, digits, _ . -) and 名称. The API's field errors are shown on
 * their fields; on success `onCreated` gets the account with its one-time password.
 */
export function CreateAccountModal({
  level,
  units,
  open,
  onClose,
  onCreated,
}: {
  level: OrgLevel;
  /** Districts (level DISTRICT) or schools (level SCHOOL) to choose from. */
  units: readonly AccountUnitOption[];
  open: boolean;
  onClose: () => void;
  onCreated: (result: OneTimePasswordFieldsFragment) => void;
}) {
  const [form] = Form.useForm<CreateAccountValues>();
  const { create } = useAccountWrites();
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    const values = await form.validateFields();
    setError(null);
    try {
      const result = await create.mutateAsync({
        unit: level === "CITY" ? { level } : { level, id: values.unitId },
        username: values.username.trim(),
        displayName: values.displayName.trim(),
      });
      form.resetFields();
      onCreated(result);
    } catch (e) {
      const issues = issuesOf(e);
      if (issues.length) form.setFields(formErrorFields(issues, form.getFieldsError(), formField) as never);
      else setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <Modal
      title={`新建${level === "CITY" ? "市级" : level === "DISTRICT" ? "区级" : "学校"}账号`}
      open={open}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      onOk={submit}
      okText="创建"
      cancelText="取消"
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        data-testid="create-account-form"
        preserve={false}
      >
        {level !== "CITY" && (
          <Form.Item
            label={`所属${UNIT_LABEL[level]}`}
            name="unitId"
            rules={[{ required: true, message: `请选择${UNIT_LABEL[level]}` }]}
          >
            <Select
              showSearch={{ optionFilterProp: "label" }}
              options={[...units]}
              placeholder={`选择${UNIT_LABEL[level]}`}
              data-testid="account-unit"
            />
          </Form.Item>
        )}
        <Form.Item
          label="账号"
          name="username"
          extra="3—32 位字母、数字或 _ . -，不区分大小写"
          rules={[
            { required: true, message: "请输入账号" },
            { pattern: /^[A-Za-z0-9_.-]{3,32}$/, message: "账号须为 3—32 位字母、数字或 _ . -" },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="姓名/名称"
          name="displayName"
          rules={[{ required: true, whitespace: true, message: "请输入姓名或名称" }]}
        >
          <Input autoComplete="off" maxLength={40} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
