import type { SchoolsQuery } from "@edu2035/graphql";
import { PageCard } from "@edu2035/ui";
import { Alert, Select, Space, Table, type TableColumnsType, Tag } from "antd";
import { useMemo, useState } from "react";
import { useOwnSchools } from "../api/schools.ts";

type SchoolRow = SchoolsQuery["schools"][number];

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

/** 学校: the district's schools with type labels. */
export function SchoolsPage({ district }: { district: { id: string; name: string } }) {
  const { data, isLoading, error } = useOwnSchools(district.id);
  const [type, setType] = useState<string>();
  const typeOptions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const s of data ?? []) seen.set(s.type, s.typeLabel);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [data]);
  return (
    <PageCard
      title="学校名录"
      subtitle={`${district.name} 共 ${data?.length ?? "…"} 所学校（含幼儿园）`}
      extra={
        <Select
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
      <Table<SchoolRow>
        rowKey="id"
        size="small"
        bordered
        loading={isLoading}
        columns={columns}
        dataSource={type ? (data ?? []).filter((s) => s.type === type) : (data ?? [])}
        pagination={{ defaultPageSize: 20, showTotal: (t) => `共 ${t} 所` }}
      />
    </PageCard>
  );
}
