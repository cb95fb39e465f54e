import { DeleteOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import {
  REGISTER_ENTRY_LABELS as L,
  RECOGNITION_LEVEL_LABELS,
  RECOGNITION_LEVELS,
  registerEntryIssues,
} from "@edu2035/domain";
import type {
  RecognitionLevel,
  RegisterEntryFieldsFragment,
  RegisterEntryInput,
  RegisterKind,
} from "@edu2035/graphql";
import {
  appNow,
  CONFLICT_MESSAGE,
  districtsQuery,
  type FieldIssue,
  formatDateTime,
  formErrorFields,
  issuesOf,
  isVersionConflict,
  PageCard,
  useToken,
} from "@edu2035/ui";
import { useQuery } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from "antd";
import { useEffect, useMemo, useState } from "react";
import {
  useDeleteRegisterEntry,
  useRegisterEntries,
  useRegisterKinds,
  useSaveRegisterEntry,
} from "../api/registers.ts";
import { ConfirmEmpty } from "./ConfirmEmpty.tsx";

const LEVEL_OPTIONS = RECOGNITION_LEVELS.map((l) => ({
  value: l.toUpperCase() as RecognitionLevel,
  label: RECOGNITION_LEVEL_LABELS[l],
}));

type Entry = RegisterEntryFieldsFragment;
type Values = Omit<RegisterEntryInput, "kind">;

/** 名录登记: the register entries of one kind, to add, edit and delete. */
export function RegistersPage() {
  const { message } = App.useApp();
  const kinds = useRegisterKinds();
  const [kind, setKind] = useState<RegisterKind>();
  useEffect(() => {
    if (!kind && kinds.data?.[0]) setKind(kinds.data[0].kind);
  }, [kind, kinds.data]);
  const info = kinds.data?.find((k) => k.kind === kind);
  const entries = useRegisterEntries(kind ?? null);
  const del = useDeleteRegisterEntry();
  const [editing, setEditing] = useState<Entry | "new" | null>(null);

  const columns: TableColumnsType<Entry> = [
    { title: L.name, dataIndex: "name" },
    {
      title: "所属",
      key: "owner",
      width: 200,
      render: (_, e) => e.school?.name ?? e.district?.name ?? "全市",
    },
    ...(info?.hasLevel
      ? [{ title: L.level, dataIndex: "levelLabel", width: 90, render: (v: string | null) => v ?? "—" }]
      : []),
    {
      title: "计入学年",
      key: "years",
      width: 150,
      render: (_, e) => `${e.fromYear}—${e.toYear ?? "至今"}`,
    },
    { title: `${L.quantity}（${info?.unitLabel ?? ""}）`, dataIndex: "quantity", width: 100, align: "right" },
    { title: L.notes, dataIndex: "notes", render: (v: string | null) => v ?? "—" },
    { title: "更新时间", dataIndex: "updatedAt", width: 150, render: (v: string) => formatDateTime(v) },
    {
      title: "操作",
      key: "actions",
      width: 140,
      render: (_, e) => (
        <Space size={0}>
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(e)}>
            编辑
          </Button>
          <Popconfirm
            title="删除该登记？"
            description="如只是不再计入，请编辑“截止学年”而不是删除。"
            okText="删除"
            cancelText="取消"
            okButtonProps={{ danger: true }}
            onConfirm={async () => {
              try {
                await del.mutateAsync({ id: e.id, version: e.version });
                message.success("已删除");
              } catch (err) {
                message.error(
                  isVersionConflict(err)
                    ? CONFLICT_MESSAGE
                    : err instanceof Error
                      ? err.message
                      : String(err),
                );
              }
            }}
          >
            <Button type="link" size="small" danger icon={<DeleteOutlined />}>
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <PageCard
      title="名录登记"
      subtitle="按类别登记计入规划指标的事项（品牌专业、实训基地、标杆学校、优质均衡认定等）"
    >
      <div data-testid="registers">
        <Space wrap style={{ marginBottom: 12 }}>
          <Typography.Text>登记类别：</Typography.Text>
          <Select<RegisterKind>
            aria-label="登记类别"
            data-testid="register-kind"
            style={{ width: 360 }}
            loading={kinds.isLoading}
            value={kind}
            onChange={setKind}
            showSearch={{ optionFilterProp: "label" }}
            options={(kinds.data ?? []).map((k) => ({
              value: k.kind,
              label: `${k.targetIds.join("/")} ${k.label}`,
            }))}
          />
          {info && (
            <Typography.Text type="secondary">
              计入指标{" "}
              {info.targetIds.map((t) => (
                <Tag key={t}>{t}</Tag>
              ))}{" "}
              规划章节 {info.section}
            </Typography.Text>
          )}
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")} disabled={!kind}>
            新增登记
          </Button>
        </Space>
        {kind && info && (
          <ConfirmEmpty
            kind={kind}
            kindLabel={info.label}
            countedIn={(y) =>
              (entries.data ?? []).some((e) => e.fromYear <= y && (e.toYear == null || e.toYear >= y))
            }
          />
        )}
        {entries.error && <Alert type="error" showIcon title={entries.error.message} />}
        <Table<Entry>
          rowKey="id"
          size="small"
          bordered
          loading={entries.isLoading}
          columns={columns}
          dataSource={entries.data ?? []}
          pagination={{ defaultPageSize: 20, showTotal: (t) => `共 ${t} 条` }}
        />
        {kind && info && (
          <EntryModal
            kind={kind}
            kindLabel={info.label}
            scope={info.scope}
            hasLevel={info.hasLevel}
            entry={editing === "new" ? undefined : (editing ?? undefined)}
            open={editing !== null}
            onClose={() => setEditing(null)}
          />
        )}
      </div>
    </PageCard>
  );
}

/**
 * Add or edit one entry of `kind`: the fields the kind's scope asks for, checked by the domain
 * in the browser and by the API (school type, school in the district); every issue on its field.
 */
function EntryModal({
  kind,
  kindLabel,
  scope,
  hasLevel,
  entry,
  open,
  onClose,
}: {
  kind: RegisterKind;
  kindLabel: string;
  scope: string;
  hasLevel: boolean;
  entry?: Entry;
  open: boolean;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const token = useToken();
  const districts = useQuery(districtsQuery(token));
  const [form] = Form.useForm<Values>();
  const [alert, setAlert] = useState<string | null>(null);
  const save = useSaveRegisterEntry();
  const districtId = Form.useWatch("districtId", form);
  const showDistrict = scope !== "none";
  const showSchool = scope === "school" || scope === "school_optional";
  const schoolOptions = useMemo(
    () =>
      (districts.data ?? [])
        .filter((d) => !districtId || d.id === districtId)
        .flatMap((d) => d.schools.map((s) => ({ value: s.id, label: s.name }))),
    [districts.data, districtId],
  );

  useEffect(() => {
    if (!open) return;
    setAlert(null);
    form.resetFields();
    form.setFieldsValue(
      entry
        ? {
            name: entry.name,
            districtId: entry.district?.id ?? null,
            schoolId: entry.school?.id ?? null,
            level: entry.level ?? null,
            fromYear: entry.fromYear,
            toYear: entry.toYear ?? null,
            quantity: entry.quantity,
            notes: entry.notes ?? null,
          }
        : { fromYear: appNow().getFullYear() - 1, quantity: 1 },
    );
  }, [open, entry, form]);

  /** The form's fields as shown for this kind (an issue of another field goes above the form). */
  const shown = [
    "name",
    ...(showDistrict ? ["districtId"] : []),
    ...(showSchool ? ["schoolId"] : []),
    ...(hasLevel ? ["level"] : []),
    "fromYear",
    "toYear",
    "quantity",
    "notes",
  ];

  /**
   * Show issues (fields named as in the form and by the API's service; "input.<field>" from a
   * variable's type error): each on its field with all its messages, those of a field not shown
   * above the form. True if any.
   */
  function showIssues(issues: readonly FieldIssue[]): boolean {
    const named = issues.map((i) => ({ ...i, field: i.field.replace(/^input\./, "") }));
    const onFields = named.filter((i) => shown.includes(i.field));
    const others = named.filter((i) => !shown.includes(i.field));
    form.setFields(formErrorFields(onFields, form.getFieldsError()) as never);
    setAlert(others.length ? others.map((i) => i.message).join("；") : null);
    return issues.length > 0;
  }

  async function onOk() {
    const v = form.getFieldsValue(true) as Values;
    const input: RegisterEntryInput = {
      kind,
      name: v.name ?? "",
      districtId: v.districtId ?? null,
      schoolId: v.schoolId ?? null,
      level: v.level ?? null,
      fromYear: v.fromYear,
      toYear: v.toYear ?? null,
      quantity: v.quantity ?? 1,
      notes: v.notes?.trim() ? v.notes : null,
    };
    // the domain's codes are lower case (the GraphQL enums upper case)
    const local = registerEntryIssues({
      ...input,
      kind: kind.toLowerCase(),
      level: input.level?.toLowerCase() ?? null,
    });
    if (showIssues(local)) return;
    try {
      await save.mutateAsync({ id: entry?.id, version: entry?.version, input });
      message.success("已保存");
      onClose();
    } catch (e) {
      if (isVersionConflict(e)) return setAlert(`${CONFLICT_MESSAGE}（未保存）`);
      if (!showIssues(issuesOf(e))) setAlert(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <Modal
      open={open}
      title={`${entry ? "编辑" : "新增"}登记：${kindLabel}`}
      okText="保存"
      cancelText="取消"
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={save.isPending}
      forceRender
      width={640}
    >
      {alert && (
        <Alert
          type="error"
          showIcon
          title={alert}
          style={{ marginBottom: 12 }}
          data-testid="register-alert"
        />
      )}
      <Form<Values> form={form} layout="vertical" data-testid="register-form">
        <Form.Item name="name" label={L.name} required>
          <Input aria-label={L.name} maxLength={200} />
        </Form.Item>
        {showDistrict && (
          <Form.Item name="districtId" label={L.districtId} required={scope === "district"}>
            <Select
              aria-label={L.districtId}
              allowClear
              options={(districts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
              onChange={() => form.setFieldValue("schoolId", null)}
            />
          </Form.Item>
        )}
        {showSchool && (
          <Form.Item name="schoolId" label={L.schoolId} required={scope === "school"}>
            <Select
              aria-label={L.schoolId}
              allowClear
              showSearch={{ optionFilterProp: "label" }}
              options={schoolOptions}
            />
          </Form.Item>
        )}
        {hasLevel && (
          <Form.Item name="level" label={L.level}>
            <Select aria-label={L.level} allowClear options={LEVEL_OPTIONS} />
          </Form.Item>
        )}
        <Space size="large" wrap>
          <Form.Item name="fromYear" label={L.fromYear} required extra="如 2025 表示 2025—2026学年">
            <InputNumber aria-label={L.fromYear} min={2000} max={2100} precision={0} />
          </Form.Item>
          <Form.Item name="toYear" label={L.toYear} extra="留空表示仍有效">
            <InputNumber aria-label={L.toYear} min={2000} max={2100} precision={0} />
          </Form.Item>
          <Form.Item name="quantity" label={L.quantity}>
            <InputNumber aria-label={L.quantity} min={1} max={10000} precision={0} />
          </Form.Item>
        </Space>
        <Form.Item name="notes" label={L.notes}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
