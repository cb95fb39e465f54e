import { CityAccountsPage } from "@edu2035/ui";

/**
 * 账号管理 of the city: 市级账号 | 区级账号 | 学校账号 (新建, 批量开通 for schools, 重置密码,
 * 停用/启用). The shared account screens of `@edu2035/ui`.
 */
export function AccountsPage() {
  return <CityAccountsPage />;
}
