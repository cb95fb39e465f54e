import { PageCard, SchoolManager, useManagedDistricts } from "@edu2035/ui";
import { Tabs } from "antd";
import { DistrictsTab } from "./DistrictsTab.tsx";

/**
 * 机构管理: the city's organisation tree, in two tabs — 区 (新建、编辑、撤销) and 学校 (every school
 * of the city: 新建、编辑、撤销、合并、恢复办学, 学校名录 import and export). Every change is audited
 * (操作日志).
 */
export function OrgPage() {
  const { data } = useManagedDistricts();
  return (
    <PageCard title="机构管理" subtitle="维护本市的区和学校；所有变更记入操作日志">
      <Tabs
        destroyOnHidden={false}
        items={[
          { key: "districts", label: "区", children: <DistrictsTab /> },
          { key: "schools", label: "学校", children: <SchoolManager districts={data ?? []} /> },
        ]}
      />
    </PageCard>
  );
}
