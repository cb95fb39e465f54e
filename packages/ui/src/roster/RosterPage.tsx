import { EditOutlined, LogoutOutlined, PlusOutlined } from "@ant-design/icons";
import { censusDate, schoolYearLabel } from "@edu2035/domain";
import type { RosterMemberFieldsFragment, StaffFilter, StaffStatus } from "@edu2035/graphql";
import {
  Alert,
  Button,
  Input,
  Segmented,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import { type ReactNode, useState } from "react";
import { ExcelActions } from "../excel/ExcelActions.tsx";
import { PageCard } from "../PageCard.tsx";
import { formatDateTime } from "../reports/formatTime.ts";
import { currentSchoolYear, ReportingYearSelect } from "../reports/ReportingYearSelect.tsx";
import {
  useEditableSchoolYears,
  useOpenBackfillWindow,
  useRoster,
  useStaffExcel,
  useYearLock,
} from "./api.ts";
import { LeaveModal } from "./LeaveModal.tsx";
import { RosterImportPreview, STAFF_IMPORT_MODES } from "./RosterImportPreview.tsx";
import { RosterRolloverAlert, RosterRolloverButton, useRosterRolloverAction } from "./RosterRollover.tsx";
import { StaffFormModal } from "./StaffFormModal.tsx";
import { type RosterUnit, rosterFilter } from "./unit.ts";

const STATUS_TABS: { value: StaffStatus; label: string }[] = [
  { value: "ACTIVE", label: "在岗" },
  { value: "TRANSFERRED_OUT", label: "已调出" },
  { value: "RETIRED", label: "已退休" },
];

/**
 * What a published (locked) year's roster says: read-only until the city reopens the year (the
 * city's own 教研员名册: reopened in its 学年管理).
 */
export function publishedRosterMessage(schoolYear: number, city = false): string {
  return `${schoolYearLabel(schoolYear)}已发布，名册只读；如需修改，${city ? "请先在学年管理中重新开放该学年" : "请联系市教育局重新开放"}`;
}

/**
 * The Excel buttons of a school's roster (the API's Excel operations take a school). An import
 * goes into the viewed year's roster: offered only while that year is editable (the current
 * year, or a past year open for 补录) and not published.
 */
function SchoolExcel({
  schoolId,
  schoolYear,
  editable,
  published,
  onLeave,
}: {
  schoolId: string;
  schoolYear: number;
  editable: boolean;
  /** The year is published (locked): 导入 is disabled with the lock as the reason. */
  published: boolean;
  /** 调出/退休 of a person on duty an update import's file does not list. */
  onLeave: (member: RosterMemberFieldsFragment) => void;
}) {
  const excel = useStaffExcel(schoolId, schoolYear);
  return (
    <ExcelActions
      what="教职工花名册"
      {...excel}
      importModes={STAFF_IMPORT_MODES}
      // an update's lists (ADD_ONLY keeps the dialog's 检查通过 line)
      renderOutcome={(outcome, { saved, close }) =>
        outcome.mode === "UPDATE" ? (
          <RosterImportPreview
            outcome={outcome}
            saved={saved}
            onLeave={(m) => {
              close();
              onLeave(m);
            }}
          />
        ) : null
      }
      importInto={`${schoolYearLabel(schoolYear)}名册`}
      disabled={!editable}
      disabledReason={
        published
          ? publishedRosterMessage(schoolYear)
          : `${schoolYearLabel(schoolYear)}未开放补录；导入的人员登记在本学年（${schoolYearLabel(currentSchoolYear())}）名册中，请切换到本学年后导入`
      }
    />
  );
}

/**
 * The roster editor (花名册) of one unit and school year (统计时点 1 September): the list by
 * status (在岗 / 已调出 / 已退休, the latter two as history) with search by name, 新增, 编辑,
 * 调出/退休, any earlier year to look back on, and 学年名册结转 into the current year (an Alert
 * while this year's roster is empty, a toolbar button otherwise). A school's past year that is
 * open for 补录 (editableSchoolYears) is edited like the current one — 新增 and 导入 go into
 * that year, with an Alert naming the window's 截止时间; other past years are for looking back
 * (their records shown as 往年记录, not editable). A published year (已发布, statisticalYears) is
 * read-only whatever the year: no 编辑/调出, 新增 and 导入 disabled with the reason, no 结转, and an
 * Alert saying to ask the city (市教育局) to reopen it.
 *
 * `unit` says whose roster: a school's 教职工名册 (`{ level: "school", schoolId, schoolType,
 * name }`: teachers, principals, vice principals; Excel 下载模板/导入/导出), or a 教研室's
 * 教研员名册 (`{ level: "district", districtId, name }` or `{ level: "city", name }`: 教研员
 * only, with the stage and subject researched). Data: the RosterPage, AddStaff, UpdateStaff,
 * StaffLeave, RosterRolloverStatus and CarryOverRoster operations; the API authorizes every
 * write (`staff.edit`).
 */
export function RosterPage({
  unit,
  title = unit.level === "school" ? "教职工名册" : "教研员名册",
  subtitle,
}: {
  unit: RosterUnit;
  /** The page title; default 教职工名册 (school) or 教研员名册 (教研室). */
  title?: ReactNode;
  /** Default: the unit's name and how the roster is kept. */
  subtitle?: ReactNode;
}) {
  const now = currentSchoolYear();
  const school = unit.level === "school";
  const person = school ? "教职工" : "教研员";
  const [schoolYear, setSchoolYear] = useState(now);
  const [status, setStatus] = useState<StaffStatus>("ACTIVE");
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [editing, setEditing] = useState<RosterMemberFieldsFragment | "new" | null>(null);
  const [leaving, setLeaving] = useState<RosterMemberFieldsFragment | null>(null);
  // the query key is hashed by value, so a new object each render is the same query
  const filter: StaffFilter = { schoolYear, ...rosterFilter(unit), status, ...(search ? { search } : {}) };
  const { data, isFetching, error } = useRoster(filter, page, pageSize);
  const schoolId = unit.level === "school" ? unit.schoolId : null;
  const editableYears = useEditableSchoolYears(schoolId).data ?? [now];
  const lock = useYearLock(schoolYear);
  // a published year (已发布, 封账): read-only until the city reopens it
  const published = lock.publishedVersion !== null;
  // a past year open for 补录: edited like the current one (新增 and 导入 go into it)
  const backfill = schoolYear !== now && editableYears.includes(schoolYear) && !published;
  const backfillWindow = useOpenBackfillWindow(schoolId, schoolYear, backfill).data ?? null;
  const addYear = backfill ? schoolYear : now;
  // records of a past year outside 补录 are history: the API refuses to change them
  const yearEditable = (schoolYear === now || backfill) && !published;
  const rollover = useRosterRolloverAction(unit, now, () => {
    setSchoolYear(now);
    setStatus("ACTIVE");
    setPage(1);
  });

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
    {
      title: school ? "学段" : "教研学段",
      dataIndex: "stageLabel",
      width: 80,
      render: (v: string | null) => v ?? "—",
    },
    {
      title: school ? "学科" : "教研学科",
      dataIndex: "subjectLabel",
      width: 110,
      render: (v: string | null) => v ?? "—",
    },
    { title: "学历", dataIndex: "educationLabel", width: 80 },
    { title: "职称", dataIndex: "titleLabel", width: 70 },
    {
      title: "骨干",
      dataIndex: "backboneLabel",
      width: 110,
      render: (v: string, r) => (r.backboneLevel === "NONE" ? "—" : <Tag color="gold">{v}</Tag>),
    },
    ...(school
      ? [{ title: "专任", dataIndex: "fullTime", width: 56, render: (v: boolean) => (v ? "是" : "否") }]
      : []),
    { title: "学时", dataIndex: "trainingHours", width: 60 },
    { title: "入职/调入日期", dataIndex: "startedOn", width: 110, render: (v: string | null) => v ?? "—" },
    { title: "调出/退休日期", dataIndex: "leftOn", width: 110, render: (v: string | null) => v ?? "—" },
    {
      title: "状态",
      dataIndex: "statusLabel",
      width: 150,
      // 统计时点在册: counted in the year's figures (domain statisticsDate.ts, as the API decides)
      render: (v: string, r) => (
        <Space size={4} wrap>
          <Tag color={r.status === "ACTIVE" ? "green" : "default"}>{v}</Tag>
          {r.onRosterAtStatisticsDate ? null : (
            <Tooltip
              title={`不在${schoolYearLabel(r.schoolYear)}统计时点（${censusDate(r.schoolYear)}）名册上，不计入该学年统计`}
            >
              <Tag color="orange" data-testid="not-on-roster-at-census">
                不计入统计
              </Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      title: "操作",
      key: "actions",
      width: 150,
      fixed: "right",
      render: (_, r) =>
        r.status === "ACTIVE" && yearEditable ? (
          <Space size={0}>
            <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(r)}>
              编辑
            </Button>
            <Button type="link" size="small" danger icon={<LogoutOutlined />} onClick={() => setLeaving(r)}>
              调出/退休
            </Button>
          </Space>
        ) : (
          <Typography.Text type="secondary">
            {r.status !== "ACTIVE" ? "历史记录" : published ? "已锁定" : "往年记录"}
          </Typography.Text>
        ),
    },
  ];

  return (
    <PageCard
      title={title}
      subtitle={subtitle ?? `${unit.name} · 按统计时点（9月1日）登记；调出、退休人员保留为历史记录`}
      extra={
        <Space>
          <ReportingYearSelect
            value={schoolYear}
            onChange={(y) => {
              setSchoolYear(y);
              setPage(1);
            }}
            testId="roster-year"
            extraYears={[...editableYears, ...lock.years]}
          />
          {schoolYear === now && !published && <RosterRolloverButton action={rollover} />}
          {unit.level === "school" && (
            <SchoolExcel
              schoolId={unit.schoolId}
              schoolYear={schoolYear}
              editable={yearEditable}
              published={published}
              onLeave={setLeaving}
            />
          )}
          <Tooltip title={published ? publishedRosterMessage(schoolYear, unit.level === "city") : undefined}>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={published}
              onClick={() => setEditing("new")}
            >
              新增{person}
            </Button>
          </Tooltip>
        </Space>
      }
    >
      {published && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="published-alert"
          title={publishedRosterMessage(schoolYear, unit.level === "city")}
          description={`已发布版本：v${lock.publishedVersion}。名册、年报和填报数据已锁定，不能新增、编辑、调出或导入。`}
        />
      )}
      {schoolYear === now && !published && (
        <RosterRolloverAlert schoolYear={now} action={rollover} canImport={school} />
      )}
      {backfill && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="backfill-alert"
          title={`${schoolYearLabel(schoolYear)}正在补录，截止 ${backfillWindow ? formatDateTime(backfillWindow.closesAt) : "…"}`}
          description={`新增、编辑、调出和导入的${person}登记在${schoolYearLabel(schoolYear)}名册中。${backfillWindow?.reason ? `补录原因：${backfillWindow.reason}` : ""}`}
        />
      )}
      {schoolYear !== now && !backfill && !published && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`正在查看${schoolYearLabel(schoolYear)}名册；新增的${person}登记在本学年（${schoolYearLabel(now)}）名册中。`}
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
          scroll={{ x: school ? 1500 : 1400 }}
          locale={{
            emptyText:
              schoolYear === now && status === "ACTIVE" && !search
                ? `本学年花名册尚无人员，请点击“新增${person}”录入（往年名册可切换学年查看）`
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
          if (editing === "new" && schoolYear !== addYear) setSchoolYear(addYear);
          setEditing(null);
        }}
        unit={unit}
        addYear={addYear}
        personLabel={person}
        member={editing === "new" || editing === null ? undefined : editing}
      />
      <LeaveModal member={leaving} onClose={() => setLeaving(null)} />
    </PageCard>
  );
}
