import { EditOutlined, LogoutOutlined, PlusOutlined } from "@ant-design/icons";
import { schoolYearLabel } from "@edu2035/domain";
import type { RosterMemberFieldsFragment, SchoolType, StaffFilter, StaffStatus } from "@edu2035/graphql";
import { currentSchoolYear, ExcelActions, PageCard, ReportingYearSelect } from "@edu2035/ui";
import { Alert, Button, Input, Segmented, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { useRoster, useStaffExcel } from "../api/roster.ts";
import { LeaveModal } from "./LeaveModal.tsx";
import { StaffFormModal } from "./StaffFormModal.tsx";

const STATUS_TABS: { value: StaffStatus; label: string }[] = [
  { value: "ACTIVE", label: "在岗" },
  { value: "TRANSFERRED_OUT", label: "已调出" },
  { value: "RETIRED", label: "已退休" },
];

/** 教职工名册: the school's roster of a school year, to add, edit and mark as left. */
export function RosterPage({ school }: { school: { id: string; name: string; type: SchoolType } }) {
  const now = currentSchoolYear();
  const [schoolYear, setSchoolYear] = useState(now);
  const [status, setStatus] = useState<StaffStatus>("ACTIVE");
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [editing, setEditing] = useState<RosterMemberFieldsFragment | "new" | null>(null);
  const [leaving, setLeaving] = useState<RosterMemberFieldsFragment | null>(null);
  const filter = useMemo<StaffFilter>(
    () => ({ schoolYear, schoolId: school.id, status, ...(search ? { search } : {}) }),
    [schoolYear, school.id, status, search],
  );
  const { data, isFetching, error } = useRoster(filter, page, pageSize);
  const excel = useStaffExcel(school.id, schoolYear);

  const columns: TableColumnsType<RosterMemberFieldsFragment> = [
    { title: "姓名", dataIndex: "name", width: 90, fixed: "left" },
    { title: "性别", dataIndex: "genderLabel", width: 56 },
    { title: "出生年份", dataIndex: "birthYear", width: 84 },
    { title: "民族", dataIndex: "ethnicity", width: 80 },
    {
      title: "身份证号",
      dataIndex: "idNumberMasked",
      width: 180,
      render: (v: string | null) => <span data-testid="id-masked">{v ?? "—"}</span>,
    },
    { title: "岗位", dataIndex: "roleLabel", width: 70 },
    { title: "学段", dataIndex: "stageLabel", width: 80, render: (v: string | null) => v ?? "—" },
    { title: "学科", dataIndex: "subjectLabel", width: 110, render: (v: string | null) => v ?? "—" },
    { title: "学历", dataIndex: "educationLabel", width: 80 },
    { title: "职称", dataIndex: "titleLabel", width: 70 },
    {
      title: "骨干",
      dataIndex: "backboneLabel",
      width: 110,
      render: (v: string, r) => (r.backboneLevel === "NONE" ? "—" : <Tag color="gold">{v}</Tag>),
    },
    { title: "专任", dataIndex: "fullTime", width: 56, render: (v: boolean) => (v ? "是" : "否") },
    { title: "学时", dataIndex: "trainingHours", width: 60 },
    {
      title: "状态",
      dataIndex: "statusLabel",
      width: 70,
      render: (v: string, r) => <Tag color={r.status === "ACTIVE" ? "green" : "default"}>{v}</Tag>,
    },
    {
      title: "操作",
      key: "actions",
      width: 150,
      fixed: "right",
      render: (_, r) =>
        r.status === "ACTIVE" ? (
          <Space size={0}>
            <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(r)}>
              编辑
            </Button>
            <Button type="link" size="small" danger icon={<LogoutOutlined />} onClick={() => setLeaving(r)}>
              调出/退休
            </Button>
          </Space>
        ) : (
          <Typography.Text type="secondary">历史记录</Typography.Text>
        ),
    },
  ];

  return (
    <PageCard
      title="教职工名册"
      subtitle={`${school.name} · 按统计时点（9月1日）登记；调出、退休人员保留为历史记录`}
      extra={
        <Space>
          <ReportingYearSelect
            value={schoolYear}
            onChange={(y) => {
              setSchoolYear(y);
              setPage(1);
            }}
            testId="roster-year"
          />
          <ExcelActions what="教职工花名册" {...excel} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")}>
            新增教职工
          </Button>
        </Space>
      }
    >
      {schoolYear !== now && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`正在查看${schoolYearLabel(schoolYear)}名册；新增的教职工登记在本学年（${schoolYearLabel(now)}）名册中。`}
        />
      )}
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<StaffStatus>
          options={STATUS_TABS}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
        />
        <Input.Search
          allowClear
          placeholder="按姓名搜索"
          style={{ width: 200 }}
          onSearch={(v) => {
            setSearch(v.trim());
            setPage(1);
          }}
        />
      </Space>
      <div data-testid="roster-table">
        <Table<RosterMemberFieldsFragment>
          rowKey="id"
          size="small"
          bordered
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isFetching}
          scroll={{ x: 1500 }}
          locale={{
            emptyText:
              schoolYear === now && status === "ACTIVE" && !search
                ? "本学年花名册尚无人员，请点击“新增教职工”录入（往年名册可切换学年查看）"
                : "暂无数据",
          }}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (t) => `共 ${t} 人`,
            onChange: (p, s) => {
              setPage(s === pageSize ? p : 1);
              setPageSize(s);
            },
          }}
        />
      </div>
      <StaffFormModal
        open={editing !== null}
        onClose={() => {
          if (editing === "new" && schoolYear !== now) setSchoolYear(now);
          setEditing(null);
        }}
        school={school}
        addYear={now}
        member={editing === "new" || editing === null ? undefined : editing}
      />
      <LeaveModal member={leaving} onClose={() => setLeaving(null)} />
    </PageCard>
  );
}
