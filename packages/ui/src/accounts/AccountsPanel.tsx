import { PlusOutlined, TeamOutlined } from "@ant-design/icons";
import type { OneTimePasswordFieldsFragment, OrgLevel } from "@edu2035/graphql";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Input, Select, Space } from "antd";
import { useMemo, useState } from "react";
import { districtsQuery, schoolsQuery } from "../queries.ts";
import { useToken, useViewer } from "../session.tsx";
import { AccountTable } from "./AccountTable.tsx";
import { useAccounts } from "./api.ts";
import { BatchAccountsModal } from "./BatchAccountsModal.tsx";
import { CreateAccountModal } from "./CreateAccountModal.tsx";
import { OneTimePasswordModal } from "./OneTimePasswordModal.tsx";

/**
 * The accounts of one unit level in 账号管理: a 区 filter (the city, for district and school
 * accounts), a search over 账号, 名称 and 所属单位, the table, 新建账号 and, for school
 * accounts, 批量开通. A district app passes its own district (`districtId`) and no filter.
 */
export function AccountsPanel({
  level,
  districtId,
  districtFilter = false,
}: {
  level: OrgLevel;
  /** Fixed to this district (a district's own schools). */
  districtId?: string;
  /** Offer the 区 filter (the city's district and school tabs). */
  districtFilter?: boolean;
}) {
  const token = useToken();
  const viewer = useViewer();
  const [pickedDistrict, setPickedDistrict] = useState<string | undefined>();
  const [search, setSearch] = useState("");
  const [creating, setCreating] = useState(false);
  const [batch, setBatch] = useState(false);
  const [created, setCreated] = useState<OneTimePasswordFieldsFragment | null>(null);

  const scopeDistrict = districtId ?? pickedDistrict;
  const accounts = useAccounts({ level, districtId: scopeDistrict ?? null });
  const districts = useQuery({ ...districtsQuery(token), enabled: districtFilter || level === "DISTRICT" });
  const schools = useQuery({ ...schoolsQuery(token, scopeDistrict), enabled: level === "SCHOOL" });

  const rows = useMemo(() => {
    const q = search.trim().toLowerCase();
    const all = accounts.data ?? [];
    if (!q) return all;
    return all.filter((a) =>
      [a.username, a.displayName, a.orgUnit.name, a.orgUnit.code].some((v) => v.toLowerCase().includes(q)),
    );
  }, [accounts.data, search]);

  const units =
    level === "DISTRICT"
      ? (districts.data ?? [])
          .filter((d) => !scopeDistrict || d.id === scopeDistrict)
          .map((d) => ({ value: d.id, label: d.name }))
      : level === "SCHOOL"
        ? (schools.data ?? []).map((s) => ({ value: s.id, label: `${s.name}（${s.code}）` }))
        : [];

  return (
    <div data-testid={`accounts-${level.toLowerCase()}`}>
      <Space wrap style={{ marginBottom: 12, width: "100%", justifyContent: "space-between" }}>
        <Space wrap>
          {districtFilter && (
            <Select
              allowClear
              placeholder="全部区"
              style={{ width: 160 }}
              value={pickedDistrict}
              onChange={setPickedDistrict}
              options={(districts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
              aria-label="区"
              data-testid="accounts-district"
            />
          )}
          <Input.Search
            allowClear
            placeholder="搜索账号、名称或单位"
            style={{ width: 240 }}
            onSearch={setSearch}
            onChange={(e) => setSearch(e.target.value)}
            aria-label="搜索账号"
          />
        </Space>
        <Space>
          {level === "SCHOOL" && (
            <Button icon={<TeamOutlined />} onClick={() => setBatch(true)} disabled={!schools.data}>
              批量开通
            </Button>
          )}
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建账号
          </Button>
        </Space>
      </Space>
      {accounts.error && (
        <Alert
          type="error"
          showIcon
          title={accounts.error.message}
          style={{ marginBottom: 12 }}
          role="alert"
        />
      )}
      <AccountTable
        accounts={rows}
        loading={accounts.isLoading}
        currentUserId={viewer.user.id}
        showUnit={level !== "CITY"}
      />
      <CreateAccountModal
        level={level}
        units={units}
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(r) => {
          setCreating(false);
          setCreated(r);
        }}
      />
      <OneTimePasswordModal title="账号已创建" result={created} onClose={() => setCreated(null)} />
      {level === "SCHOOL" && (
        <BatchAccountsModal
          schools={schools.data ?? []}
          accounts={accounts.data ?? []}
          open={batch}
          onClose={() => setBatch(false)}
          showDistrict={!districtId}
        />
      )}
    </div>
  );
}
