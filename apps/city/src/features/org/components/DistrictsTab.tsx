import { EditOutlined, PlusOutlined, StopOutlined } from "@ant-design/icons";
import type { ManagedDistrictFieldsFragment } from "@edu2035/graphql";
import {
  beijingToday,
  orgFormError,
  useCloseDistrict,
  useCreateDistrict,
  useManagedDistricts,
  useUpdateDistrict,
} from "@edu2035/ui";
import {
  Alert,
  App,
  Button,
  Form,
  Input,
  InputNumber,
  Modal,
  Space,
  Table,
  type TableColumnsType,
  Tag,
} from "antd";
import { useEffect, useState } from "react";

type Row = ManagedDistrictFieldsFragment;

interface Values {
  code: string;
  name: string;
  sortOrder?: number | null;
  closedOn?: string;
}

/**
 * 新建区 / 编辑区 (行政区划代码, 名称, 顺序) or 撤销区 (撤销日期) in a dialog. The API refuses to
 * close a district while any of its schools is open on that date: its message is shown.
 */
function DistrictModal({
  mode,
  district,
  onClose,
}: {
  mode: "create" | "edit" | "close" | null;
  district?: Row;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [alert, setAlert] = useState<string | null>(null);
  const create = useCreateDistrict();
  const update = useUpdateDistrict();
  const close = useCloseDistrict();

  // the alert stays while the form reloads the district refetched after a version conflict
  useEffect(() => {
    if (mode) setAlert(null);
  }, [mode]);

  useEffect(() => {
    if (!mode) return;
    form.resetFields();
    if (mode === "close") form.setFieldsValue({ closedOn: beijingToday() });
    else if (district)
      form.setFieldsValue({ code: district.code, name: district.name, sortOrder: district.sortOrder });
  }, [mode, district, form]);

  async function onOk() {
    const v = form.getFieldsValue(true) as Values;
    const missing: { name: string[]; errors: string[] }[] = [];
    if (mode === "close") {
      if (!v.closedOn) missing.push({ name: ["closedOn"], errors: ["请填写撤销日期"] });
    } else {
      if (!/^\d{6}$/.test(v.code?.trim() ?? ""))
        missing.push({ name: ["code"], errors: ["行政区划代码应为6位数字"] });
      if (!v.name?.trim()) missing.push({ name: ["name"], errors: ["请填写区名称"] });
    }
    form.setFields([
      ...missing,
      ...form
        .getFieldsError()
        .filter((f) => f.errors.length && !missing.some((m) => m.name[0] === f.name[0]))
        .map((f) => ({ name: f.name, errors: [] })),
    ] as never);
    if (missing.length) return;
    setAlert(null);
    try {
      if (mode === "create") {
        await create.mutateAsync({
          code: v.code.trim(),
          name: v.name.trim(),
          sortOrder: v.sortOrder ?? null,
        });
        message.success(`已新建区：${v.name.trim()}`);
      } else if (mode === "edit" && district) {
        await update.mutateAsync({
          id: district.id,
          version: district.version,
          code: v.code.trim(),
          name: v.name.trim(),
          sortOrder: v.sortOrder ?? district.sortOrder,
        });
        message.success(`已保存：${v.name.trim()}`);
      } else if (mode === "close" && district) {
        await close.mutateAsync({
          id: district.id,
          version: district.version,
          closedOn: v.closedOn as string,
        });
        message.success(`已撤销：${district.name}`);
      }
      onClose();
    } catch (e) {
      setAlert(orgFormError(e, form));
    }
  }

  const title =
    mode === "create"
      ? "新建区"
      : mode === "edit"
        ? `编辑区：${district?.name}`
        : `撤销区：${district?.name}`;
  return (
    <Modal
      open={mode !== null}
      title={title}
      okText={mode === "close" ? "确认撤销" : "保存"}
      okButtonProps={{ danger: mode === "close" }}
      cancelText="取消"
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending || close.isPending}
      forceRender
    >
      {alert && (
        <Alert
          type="error"
          showIcon
          title={alert}
          style={{ marginBottom: 12 }}
          data-testid="district-form-alert"
        />
      )}
      <Form<Values> form={form} layout="vertical" data-testid="district-form">
        {mode === "close" ? (
          <>
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title="撤销前须先撤销或合并该区全部在办学校；撤销后该区不再出现在区列表中，历史数据保留。"
            />
            <Form.Item name="closedOn" label="撤销日期" required>
              <Input type="date" aria-label="撤销日期" />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item
              name="code"
              label="行政区划代码"
              required
              extra="6位数字（GB/T 2260），前四位与本市相同"
            >
              <Input maxLength={6} aria-label="行政区划代码" placeholder="如：150305" />
            </Form.Item>
            <Form.Item name="name" label="区名称" required>
              <Input aria-label="区名称" placeholder="如：海勃湾区" />
            </Form.Item>
            <Form.Item name="sortOrder" label="顺序" extra={mode === "create" ? "不填：排在最后" : undefined}>
              <InputNumber min={0} max={999} precision={0} aria-label="顺序" style={{ width: 160 }} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

/** 区 of 机构管理: the city's districts (代码, 名称, 顺序, 学校数, 状态) with 新建区, 编辑, 撤销. */
export function DistrictsTab() {
  const { data, isFetching, error } = useManagedDistricts();
  const [modal, setModal] = useState<{ mode: "create" | "edit" | "close"; district?: Row } | null>(null);
  const columns: TableColumnsType<Row> = [
    { title: "行政区划代码", dataIndex: "code", width: 130 },
    { title: "名称", dataIndex: "name" },
    { title: "顺序", dataIndex: "sortOrder", width: 80 },
    { title: "在办学校数", dataIndex: "schoolCount", width: 110 },
    {
      title: "状态",
      key: "status",
      width: 180,
      render: (_, d) => (d.closedOn ? <Tag>已撤销（{d.closedOn}）</Tag> : <Tag color="green">在用</Tag>),
    },
    {
      title: "操作",
      key: "actions",
      width: 170,
      render: (_, d) =>
        d.closedOn ? null : (
          <Space size={0}>
            <Button
              type="link"
              size="small"
              icon={<EditOutlined />}
              onClick={() => setModal({ mode: "edit", district: d })}
            >
              编辑
            </Button>
            <Button
              type="link"
              size="small"
              danger
              icon={<StopOutlined />}
              onClick={() => setModal({ mode: "close", district: d })}
            >
              撤销
            </Button>
          </Space>
        ),
    },
  ];
  return (
    <div data-testid="district-manager">
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ mode: "create" })}>
          新建区
        </Button>
      </Space>
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <div data-testid="district-table">
        <Table<Row>
          rowKey="id"
          size="small"
          bordered
          loading={isFetching}
          columns={columns}
          dataSource={[...(data ?? [])]}
          pagination={false}
        />
      </div>
      <DistrictModal
        mode={modal?.mode ?? null}
        district={
          modal?.district && ((data ?? []).find((d) => d.id === modal.district?.id) ?? modal.district)
        }
        onClose={() => setModal(null)}
      />
    </div>
  );
}
