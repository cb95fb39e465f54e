/**
 * 学校名录: the schools of a unit in a table (name, 学校标识码, 学校类别, 城乡, 办学性质, 民族学校 /
 * 普惠性), with a 学校类别 filter. The city shows one tab per district, a district one list.
 */
import type { SchoolFieldsFragment } from "@edu2035/graphql";
import { Alert, Select, Skeleton, Space, Table, type TableColumnsType, Tabs, Tag } from "antd";
import { useState } from "react";
import { PageCard } from "../PageCard.tsx";

/** A school as the Districts and Schools operations give it. */
export type SchoolRow = SchoolFieldsFragment;

/** A tab of the directory: e.g. a district and its schools. */
export interface SchoolGroup {
  key: string;
  /** The tab's label, e.g. 海南区（12所）. */
  label: string;
  schools: readonly SchoolRow[];
}

const columns: TableColumnsType<SchoolRow> = [
  { title: "学校名称", dataIndex: "name" },
  { title: "学校标识码", dataIndex: "code", width: 130 },
  {
    title: "学校类别",
    dataIndex: "typeLabel",
    width: 150,
    render: (v: string) => <Tag color="blue">{v}</Tag>,
  },
  { title: "城乡", dataIndex: "areaLabel", width: 90 },
  { title: "办学性质", dataIndex: "ownershipLabel", width: 90 },
  {
    title: "特点",
    key: "flags",
    width: 160,
    render: (_, s) => (
      <Space size={4}>
        {s.ethnic && <Tag color="purple">民族学校</Tag>}
        {s.type === "KINDERGARTEN" && s.inclusive && <Tag color="green">普惠性</Tag>}
      </Space>
    ),
  },
];

/** The schools in a paged table. */
function SchoolTable({ schools, loading }: { schools: readonly SchoolRow[]; loading: boolean }) {
  return (
    <Table<SchoolRow>
      rowKey="id"
      size="small"
      bordered
      loading={loading}
      columns={columns}
      dataSource={[...schools]}
      pagination={{ defaultPageSize: 20, showTotal: (t) => `共 ${t} 所` }}
    />
  );
}

/**
 * The 学校名录 card. Give `schools` for one list, or `groups` for one tab each (the schools of
 * every group feed the 学校类别 filter, which applies to all tabs).
 */
export function SchoolDirectory(
  props: {
    /** e.g. 海南区 共 12 所学校（含幼儿园）. */
    subtitle: string;
    loading: boolean;
    error: Error | null;
  } & ({ schools: readonly SchoolRow[] } | { groups: readonly SchoolGroup[] }),
) {
  const { subtitle, loading, error } = props;
  const [type, setType] = useState<string>();
  const groups = "groups" in props ? props.groups : null;
  const all = "schools" in props ? props.schools : (groups ?? []).flatMap((g) => g.schools);
  const typeOptions = [...new Map(all.map((s) => [s.type, s.typeLabel]))].map(([value, label]) => ({
    value,
    label,
  }));
  const ofType = (schools: readonly SchoolRow[]) => (type ? schools.filter((s) => s.type === type) : schools);
  return (
    <PageCard
      title="学校名录"
      subtitle={subtitle}
      extra={
        <Select
          aria-label="学校类别"
          allowClear
          placeholder="全部学校类别"
          style={{ width: 180 }}
          value={type}
          onChange={setType}
          options={typeOptions}
        />
      }
    >
      {error && <Alert type="error" showIcon title={error.message} />}
      {groups === null ? (
        <SchoolTable schools={ofType(all)} loading={loading} />
      ) : groups.length === 0 && loading ? (
        <Skeleton active />
      ) : (
        <Tabs
          items={groups.map((g) => ({
            key: g.key,
            label: g.label,
            children: <SchoolTable schools={ofType(g.schools)} loading={loading} />,
          }))}
        />
      )}
    </PageCard>
  );
}
