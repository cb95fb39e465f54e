import { Tabs } from "antd";
import { PageCard } from "../PageCard.tsx";
import { AccountsPanel } from "./AccountsPanel.tsx";

/**
 * 账号管理 of the city: tabs 市级账号 | 区级账号 | 学校账号 (any district's schools, with a 区
 * filter). Passwords are never shown except a new one-time password, once.
 */
export function CityAccountsPage() {
  return (
    <PageCard
      title="账号管理"
      subtitle="市教育局管理市级、区级账号，也可管理各校账号；初始密码仅显示一次，首次登录须修改"
    >
      <Tabs
        destroyOnHidden
        items={[
          { key: "city", label: "市级账号", children: <AccountsPanel level="CITY" /> },
          { key: "district", label: "区级账号", children: <AccountsPanel level="DISTRICT" districtFilter /> },
          { key: "school", label: "学校账号", children: <AccountsPanel level="SCHOOL" districtFilter /> },
        ]}
      />
    </PageCard>
  );
}

/** 账号管理 of a district: its schools' accounts (新建, 批量开通, 重置密码, 停用/启用). */
export function DistrictAccountsPage({ district }: { district: { id: string; name: string } }) {
  return (
    <PageCard title="账号管理" subtitle={`${district.name}各校账号；初始密码仅显示一次，首次登录须修改`}>
      <AccountsPanel level="SCHOOL" districtId={district.id} />
    </PageCard>
  );
}
