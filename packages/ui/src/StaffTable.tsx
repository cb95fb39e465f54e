import type {
  EducationLevel,
  OrgUnitInput,
  StaffFilter,
  StaffPageQuery,
  StaffRole,
  Subject,
  Title,
} from "@edu2035/graphql";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Alert, Input, Select, Space, Table, type TableColumnsType, Tag } from "antd";
import { useEffect, useMemo, useState } from "react";
import { EDUCATION_OPTIONS, ROLE_OPTIONS, SUBJECT_OPTIONS, TITLE_OPTIONS } from "./options.ts";
import { staffPageQuery } from "./queries.ts";
import { useToken } from "./session.tsx";

export type StaffRow = StaffPageQuery["staff"]["items"][number];

interface Filters {
  role?: StaffRole;
  subject?: Subject;
  title?: Title;
  education?: EducationLevel;
  search?: string;
  schoolId?: string;
}

const columns: TableColumnsType<StaffRow> = [
  { title: "姓名", dataIndex: "name", width: 90, fixed: "left" },
  { title: "性别", dataIndex: "genderLabel", width: 60 },
  { title: "出生年份/年龄", key: "birth", width: 120, render: (_, r) => `${r.birthYear}年（${r.age}岁）` },
  { title: "岗位", dataIndex: "roleLabel", width: 80 },
  {
    title: "学校",
    key: "school",
    render: (_, r) => r.school?.name ?? `${r.district?.name ?? "市"}教研室`,
  },
  { title: "学段", dataIndex: "stageLabel", width: 90, render: (v: string | null) => v ?? "—" },
  { title: "学科", dataIndex: "subjectLabel", width: 110, render: (v: string | null) => v ?? "—" },
  { title: "学历", dataIndex: "educationLabel", width: 90 },
  { title: "职称", dataIndex: "titleLabel", width: 80 },
  {
    title: "骨干",
    key: "backbone",
    width: 120,
    render: (_, r) =>
      r.backboneLevel === "NONE" ? (
        <span style={{ color: "rgba(0,0,0,0.35)" }}>—</span>
      ) : (
        <Tag color="gold">{r.backboneLabel}</Tag>
      ),
  },
  {
    title: "专任",
    dataIndex: "fullTime",
    width: 64,
    render: (v: boolean) => (v ? <Tag color="blue">是</Tag> : "否"),
  },
];

function scopeFilter(scope: OrgUnitInput): Pick<StaffFilter, "districtId" | "schoolId"> {
  if (scope.level === "DISTRICT") return { districtId: scope.id ?? null };
  if (scope.level === "SCHOOL") return { schoolId: scope.id ?? null };
  return {};
}

/**
 * The 三支队伍 roster of a unit in a school year, paginated by the API, with filters for
 * 岗位, 学科, 职称, 学历, a name search and (given `schoolOptions`) the school.
 */
export function StaffTable({
  schoolYear,
  scope,
  schoolOptions,
}: {
  schoolYear: number;
  scope: OrgUnitInput;
  /** Schools to filter by; omit to hide the school filter (e.g. in the school app). */
  schoolOptions?: readonly { id: string; name: string }[];
}) {
  const token = useToken();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);

  const scopeKey = `${scope.level}:${scope.id ?? ""}`;
  // A new scope or year starts over at page 1 without the old school filter.
  useEffect(() => {
    setFilters((f) => ({ ...f, schoolId: undefined }));
    setPage(1);
  }, [scopeKey, schoolYear]);

  const filter = useMemo<StaffFilter>(() => {
    const f: StaffFilter = { schoolYear, ...scopeFilter(scope) };
    if (filters.schoolId) {
      f.schoolId = filters.schoolId;
    }
    if (filters.role) f.role = filters.role;
    if (filters.subject) f.subject = filters.subject;
    if (filters.title) f.title = filters.title;
    if (filters.education) f.education = filters.education;
    if (filters.search) f.search = filters.search;
    return f;
  }, [schoolYear, scope, filters]);

  const { data, isFetching, error } = useQuery({
    ...staffPageQuery(token, filter, page, pageSize),
    placeholderData: keepPreviousData,
  });

  function update<K extends keyof Filters>(key: K, value: Filters[K]) {
    setFilters((f) => ({ ...f, [key]: value || undefined }));
    setPage(1);
  }

  const showSchool = schoolOptions && scope.level !== "SCHOOL";
  return (
    <div data-testid="staff-table">
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder="按姓名搜索"
          style={{ width: 180 }}
          onSearch={(v) => update("search", v.trim())}
        />
        {showSchool && (
          <Select<string>
            aria-label="学校筛选"
            data-testid="staff-school-filter"
            allowClear
            showSearch={{ optionFilterProp: "label" }}
            placeholder="全部学校"
            style={{ width: 240 }}
            value={filters.schoolId}
            onChange={(v) => update("schoolId", v)}
            options={schoolOptions.map((s) => ({ value: s.id, label: s.name }))}
          />
        )}
        <Select<StaffRole>
          allowClear
          placeholder="岗位"
          style={{ width: 110 }}
          value={filters.role}
          onChange={(v) => update("role", v)}
          options={ROLE_OPTIONS}
        />
        <Select<Subject>
          allowClear
          showSearch={{ optionFilterProp: "label" }}
          placeholder="学科"
          style={{ width: 160 }}
          value={filters.subject}
          onChange={(v) => update("subject", v)}
          options={SUBJECT_OPTIONS}
        />
        <Select<Title>
          allowClear
          placeholder="职称"
          style={{ width: 110 }}
          value={filters.title}
          onChange={(v) => update("title", v)}
          options={TITLE_OPTIONS}
        />
        <Select<EducationLevel>
          allowClear
          placeholder="学历"
          style={{ width: 120 }}
          value={filters.education}
          onChange={(v) => update("education", v)}
          options={EDUCATION_OPTIONS}
        />
      </Space>
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <Table<StaffRow>
        rowKey="id"
        size="small"
        bordered
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        scroll={{ x: 1100 }}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (t) => `共 ${t} 人`,
          onChange: (p, s) => {
            setPage(s === pageSize ? p : 1);
            setPageSize(s);
          },
        }}
      />
    </div>
  );
}
