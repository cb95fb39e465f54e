import { districtsQuery, useToken } from "@edu2035/ui";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Space } from "antd";

/**
 * The first steps of a freshly initialised city (`pnpm admin init`, no district yet): an Alert
 * over the page naming what to do first (机构管理: 新建区和学校; then 账号管理: 开通账号), with
 * buttons that open those pages. Nothing while the districts load, fail to load, or exist.
 */
export function SetupAlert({ onNavigate }: { onNavigate: (page: "org" | "accounts") => void }) {
  const token = useToken();
  const districts = useQuery(districtsQuery(token));
  if (!districts.data || districts.data.length > 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="setup-alert"
      style={{ marginBottom: 16 }}
      title="平台尚未建立机构：请先在 机构管理 中新建区和学校，再在 账号管理 中为区、学校开通账号"
      action={
        <Space>
          <Button size="small" type="primary" onClick={() => onNavigate("org")}>
            前往机构管理
          </Button>
          <Button size="small" onClick={() => onNavigate("accounts")}>
            前往账号管理
          </Button>
        </Space>
      }
    />
  );
}
