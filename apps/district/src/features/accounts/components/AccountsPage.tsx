import { DistrictAccountsPage } from "@edu2035/ui";

/**
 * 账号管理 of a district: its schools' accounts (新建, 批量开通 with the list to download,
 * 重置密码, 停用/启用). The shared account screens of `@edu2035/ui`.
 */
export function AccountsPage({ district }: { district: { id: string; name: string } }) {
  return <DistrictAccountsPage district={district} />;
}
