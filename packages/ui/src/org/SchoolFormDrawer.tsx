import type { CreateSchoolInput, ManagedSchoolFieldsFragment, Ownership, SchoolType } from "@edu2035/graphql";
import { Alert, App, Button, Col, Drawer, Form, Input, Radio, Row, Select, Space, Switch } from "antd";
import { useEffect, useState } from "react";
import { useCreateSchool, useUpdateSchool } from "./api.ts";
import { orgFormError } from "./errors.ts";
import { OWNERSHIP_OPTIONS, SCHOOL_TYPE_OPTIONS, URBAN_RURAL_OPTIONS } from "./options.ts";

interface Values {
  districtId?: string;
  code: string;
  name: string;
  type?: SchoolType;
  ownership: Ownership;
  inclusive: boolean;
  ethnic: boolean;
  urbanRuralCode?: string;
  miningArea: boolean;
  teachingPoint: boolean;
  openedOn?: string;
}

/** Problems the form can tell before sending (the API checks the same and more). */
function localIssues(v: Values, pickDistrict: boolean): { name: string; errors: string[] }[] {
  const out: { name: string; errors: string[] }[] = [];
  if (pickDistrict && !v.districtId) out.push({ name: "districtId", errors: ["请选择所属区"] });
  if (!/^\d{10}$/.test(v.code?.trim() ?? "")) out.push({ name: "code", errors: ["学校标识码应为10位数字"] });
  if (!v.name?.trim()) out.push({ name: "name", errors: ["请填写学校名称"] });
  if (!v.type) out.push({ name: "type", errors: ["请选择学校类别"] });
  if (!v.urbanRuralCode) out.push({ name: "urbanRuralCode", errors: ["请选择城乡分类代码"] });
  return out;
}

/**
 * 新建学校 / 编辑学校 in a Drawer: every registration field the statistics use — 学校标识码 (10
 * digits), 学校名称, 所属区 (chosen when the city creates one; fixed afterwards), 学校类别,
 * 办学性质, 普惠性 (shown for a private kindergarten only), 民族学校, 城乡分类代码, 矿区, 教学点,
 * 开办日期. Sends createSchool / updateSchool (with the version read); the API's issues are
 * shown on their fields, a version CONFLICT as 已被他人修改，请刷新.
 */
export function SchoolFormDrawer({
  open,
  onClose,
  school,
  districts,
  districtId,
}: {
  open: boolean;
  onClose: () => void;
  /** The school to edit, as last read (a newer version reloads the form); undefined to create one. */
  school?: ManagedSchoolFieldsFragment;
  /** The districts a new school may be created in (the city); omitted with `districtId`. */
  districts?: readonly { id: string; name: string }[];
  /** The district of a new school when it is fixed (a district's own), or preselected. */
  districtId?: string;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [alert, setAlert] = useState<string | null>(null);
  const create = useCreateSchool();
  const update = useUpdateSchool();
  const pickDistrict = !school && Boolean(districts);
  const type = Form.useWatch("type", form);
  const ownership = Form.useWatch("ownership", form);
  const privateKindergarten = type === "KINDERGARTEN" && ownership === "PRIVATE";

  // the alert stays while the form reloads the record refetched after a version conflict
  useEffect(() => {
    if (open) setAlert(null);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      school
        ? {
            code: school.code,
            name: school.name,
            type: school.type,
            ownership: school.ownership,
            inclusive: school.inclusive,
            ethnic: school.ethnic,
            urbanRuralCode: school.urbanRuralCode,
            miningArea: school.miningArea,
            teachingPoint: school.teachingPoint,
            openedOn: school.openedOn ?? undefined,
          }
        : {
            districtId,
            code: "",
            name: "",
            ownership: "PUBLIC",
            inclusive: false,
            ethnic: false,
            miningArea: false,
            teachingPoint: false,
          },
    );
  }, [open, school, districtId, form]);

  async function onSave() {
    const v = form.getFieldsValue(true) as Values;
    const local = localIssues(v, pickDistrict);
    form.setFields(formFieldsOf(local, form.getFieldsError()) as never);
    if (local.length) return;
    setAlert(null);
    const fields = {
      code: v.code.trim(),
      name: v.name.trim(),
      type: v.type as SchoolType,
      ownership: v.ownership,
      // 普惠性 belongs to private kindergartens only (public ones are 普惠 by definition)
      inclusive: v.type === "KINDERGARTEN" && v.ownership === "PRIVATE" ? Boolean(v.inclusive) : false,
      ethnic: Boolean(v.ethnic),
      urbanRuralCode: v.urbanRuralCode as string,
      miningArea: Boolean(v.miningArea),
      teachingPoint: Boolean(v.teachingPoint),
      openedOn: v.openedOn || null,
    };
    try {
      if (school) {
        await update.mutateAsync({ id: school.id, version: school.version, ...fields });
        message.success(`已保存：${fields.name}`);
      } else {
        const input: CreateSchoolInput = { districtId: (v.districtId ?? districtId) as string, ...fields };
        await create.mutateAsync(input);
        message.success(`已新建学校：${fields.name}`);
      }
      onClose();
    } catch (e) {
      setAlert(orgFormError(e, form));
    }
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={640}
      title={school ? `编辑学校：${school.name}` : "新建学校"}
      forceRender
      destroyOnHidden={false}
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" onClick={onSave} loading={create.isPending || update.isPending}>
            保存
          </Button>
        </Space>
      }
    >
      {alert && (
        <Alert
          type="error"
          showIcon
          title={alert}
          style={{ marginBottom: 12 }}
          data-testid="school-form-alert"
        />
      )}
      <Form<Values> form={form} layout="vertical" data-testid="school-form">
        <Row gutter={16}>
          {pickDistrict && (
            <Col span={12}>
              <Form.Item name="districtId" label="所属区" required>
                <Select
                  aria-label="所属区"
                  placeholder="请选择"
                  options={(districts ?? []).map((d) => ({ value: d.id, label: d.name }))}
                />
              </Form.Item>
            </Col>
          )}
          {school && (
            <Col span={12}>
              <Form.Item label="所属区" extra="学校的所属区不可更改（历史数据属于该区）">
                <Input value={school.district.name} disabled aria-label="所属区" />
              </Form.Item>
            </Col>
          )}
          <Col span={12}>
            <Form.Item name="code" label="学校标识码" required extra="10位数字，全国唯一">
              <Input maxLength={10} placeholder="如：2150300123" aria-label="学校标识码" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="name" label="学校名称" required>
              <Input placeholder="如：海勃湾区第九小学" aria-label="学校名称" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="type"
              label="学校类别"
              required
              extra={school ? "已有名册或年报的学校不能更改类别" : undefined}
            >
              <Select aria-label="学校类别" placeholder="请选择" options={SCHOOL_TYPE_OPTIONS} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="ownership" label="办学性质" required>
              <Radio.Group options={OWNERSHIP_OPTIONS} aria-label="办学性质" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="urbanRuralCode"
              label="城乡分类代码"
              required
              extra="国家统计局统计用城乡划分代码"
            >
              <Select aria-label="城乡分类代码" placeholder="请选择" options={URBAN_RURAL_OPTIONS} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="openedOn"
              label="开办日期"
              extra="留空表示2020年9月1日前已开办；新设学校请填写开办日期"
            >
              <Input type="date" aria-label="开办日期" />
            </Form.Item>
          </Col>
          {privateKindergarten && (
            <Col span={6}>
              <Form.Item name="inclusive" label="普惠性" valuePropName="checked">
                <Switch checkedChildren="是" unCheckedChildren="否" aria-label="普惠性" />
              </Form.Item>
            </Col>
          )}
          <Col span={6}>
            <Form.Item name="ethnic" label="民族学校" valuePropName="checked">
              <Switch checkedChildren="是" unCheckedChildren="否" aria-label="民族学校" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="miningArea" label="矿区" valuePropName="checked">
              <Switch checkedChildren="是" unCheckedChildren="否" aria-label="矿区" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="teachingPoint" label="教学点" valuePropName="checked">
              <Switch checkedChildren="是" unCheckedChildren="否" aria-label="教学点" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}

/** The form's field errors: these issues, and the fields that had errors before cleared. */
function formFieldsOf(
  issues: { name: string; errors: string[] }[],
  previous: { name: (string | number)[]; errors: string[] }[],
) {
  const seen = new Set(issues.map((i) => i.name));
  return [
    ...issues.map((i) => ({ name: [i.name], errors: i.errors })),
    ...previous
      .filter((p) => p.errors.length && !seen.has(String(p.name[0])))
      .map((p) => ({ name: p.name, errors: [] })),
  ];
}
