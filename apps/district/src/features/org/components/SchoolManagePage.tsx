import { PageCard, SchoolManager } from "@edu2035/ui";

/**
 * 学校管理: the district's own schools — 新建、编辑、撤销、合并、恢复办学 and the 学校名录 import
 * and export — limited to the district (the API refuses any other; the city sees every change in
 * 操作日志).
 */
export function SchoolManagePage({ district }: { district: { id: string; name: string } }) {
  return (
    <PageCard
      title="学校管理"
      subtitle={`${district.name} · 维护本区学校的登记信息和办学状态；所有变更记入操作日志`}
    >
      <SchoolManager district={district} />
    </PageCard>
  );
}
