import { ReloadOutlined } from "@ant-design/icons";
import {
  AUDIT_ACTION_GROUPS,
  AUDIT_ACTION_LABELS,
  type AuditAction,
  auditFieldLabel,
  formatAuditValue,
  isHiddenAuditField,
} from "@edu2035/domain";
import type { AuditFilter, AuditLogQuery } from "@edu2035/graphql";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Input, Select, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { PageCard } from "../PageCard.tsx";
import { districtsQuery } from "../queries.ts";
import { formatDateTime } from "../reports/formatTime.ts";
import { useToken } from "../session.tsx";
import { useAuditLog } from "./api.ts";

type Entry = AuditLogQuery["auditLog"]["items"][number];

/** The action filter's options, grouped as in the domain's catalogue, with their Chinese labels. */
const ACTION_OPTIONS = AUDIT_ACTION_GROUPS.map((g) => ({
  label: g.label,
  title: g.label,
  options: g.actions.map((a) => ({ value: a, label: AUDIT_ACTION_LABELS[a] })),
}));

/** Tag colour of an action (blue when not listed). */
const ACTION_COLORS: Partial<Record<AuditAction, string>> = {
  login: "default",
  "report.submit": "blue",
  "report.return": "red",
  "report.approve": "green",
  "report.reopen": "orange",
  "staff.import": "purple",
  "staff.carryOver": "purple",
  "district_inputs.create": "cyan",
  "city_inputs.create": "cyan",
  "register.create": "cyan",
  "register.delete": "red",
};

/** Unit names by id, from the list of districts and their schools (for a register entry's unit). */
interface UnitNames {
  district(id: string): string | undefined;
  school(id: string): string | undefined;
}

/** The fields that changed, "before → after"; for a creation or deletion, the record. */
function Changes({
  entityType,
  before,
  after,
  names,
}: {
  entityType: string;
  before: unknown;
  after: unknown;
  names: UnitNames;
}) {
  const b = (before && typeof before === "object" ? before : null) as Record<string, unknown> | null;
  const a = (after && typeof after === "object" ? after : null) as Record<string, unknown> | null;
  if (!b && !a) return <Typography.Text type="secondary">—</Typography.Text>;
  const empty = (v: unknown) => v === null || v === undefined || v === "";
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].filter(
    (k) =>
      JSON.stringify(b?.[k]) !== JSON.stringify(a?.[k]) &&
      !isHiddenAuditField(entityType, k) &&
      // a creation or deletion lists the fields that hold something
      (b && a ? true : !empty((a ?? b)?.[k])),
  );
  const label = (k: string) => auditFieldLabel(entityType, k);
  const value = (k: string, v: unknown) => formatAuditValue(entityType, k, v, names);
  if (!keys.length) return <Typography.Text type="secondary">无字段变化</Typography.Text>;
  return (
    <Space orientation="vertical" size={0} style={{ fontSize: 12 }}>
      {keys.slice(0, 8).map((k) => (
        <span key={k}>
          <Typography.Text type="secondary">{label(k)}：</Typography.Text>
          {b && <Typography.Text delete={Boolean(a)}>{value(k, b[k])}</Typography.Text>}
          {b && a && " → "}
          {a && <Typography.Text strong>{value(k, a[k])}</Typography.Text>}
        </span>
      ))}
      {keys.length > 8 && <Typography.Text type="secondary">……另有 {keys.length - 8} 项</Typography.Text>}
    </Space>
  );
}

/**
 * 操作日志: who did what, when, before → after; filters by unit, user, action (the domain's
 * catalogue, by Chinese label) and date range.
 *
 * The city reads the whole trail (区 and 学校 filters). With `district` (a district bureau) there
 * is no 区 filter: with no school chosen the API answers the district's own units' entries (its
 * own, its 教研室's and its schools'), and only its schools are offered.
 */
export function AuditPage({ district }: { district?: { id: string; name: string } } = {}) {
  const token = useToken();
  const allDistricts = useQuery(districtsQuery(token));
  // a district sees its own district only (the API lists no other's schools to it anyway)
  const districts = district
    ? { ...allDistricts, data: allDistricts.data?.filter((d) => d.id === district.id) }
    : allDistricts;
  const [districtId, setDistrictId] = useState<string>();
  const [schoolId, setSchoolId] = useState<string>();
  const [userId, setUserId] = useState<string>();
  const [action, setAction] = useState<AuditAction>();
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  /** Accounts seen in the trail so far (the API has no list of accounts to pick from). */
  const [users, setUsers] = useState<Map<string, string>>(new Map());

  const filter = useMemo<AuditFilter>(() => {
    const f: AuditFilter = {};
    if (schoolId) f.schoolId = schoolId;
    else if (districtId) f.districtId = districtId;
    if (userId) f.userId = userId;
    if (action) f.action = action;
    // dates are Beijing days: from 00:00 of the first to 00:00 after the last
    if (from) f.from = new Date(`${from}T00:00:00+08:00`).toISOString();
    if (to) f.to = new Date(new Date(`${to}T00:00:00+08:00`).getTime() + 86_400_000).toISOString();
    return f;
  }, [districtId, schoolId, userId, action, from, to]);
  const { data, isFetching, error, refetch } = useAuditLog(filter, page, pageSize);

  const unitNames = useMemo<UnitNames>(() => {
    const districtNames = new Map<string, string>();
    const schoolNames = new Map<string, string>();
    for (const d of districts.data ?? []) {
      districtNames.set(d.id, d.name);
      for (const sc of d.schools) schoolNames.set(sc.id, sc.name);
    }
    return { district: (id) => districtNames.get(id), school: (id) => schoolNames.get(id) };
  }, [districts.data]);

  const seen = useMemo(() => {
    const m = new Map(users);
    for (const e of data?.items ?? []) if (e.userId && e.userName) m.set(e.userId, e.userName);
    if (m.size !== users.size) queueMicrotask(() => setUsers(m));
    return m;
  }, [data, users]);

  const set =
    <T,>(f: (v: T) => void) =>
    (v: T) => {
      f(v);
      setPage(1);
    };

  const columns: TableColumnsType<Entry> = [
    { title: "时间", dataIndex: "at", width: 150, render: (v: string) => formatDateTime(v) },
    {
      title: "操作人",
      key: "user",
      width: 170,
      render: (_, e) =>
        e.userId ? (
          <Typography.Link onClick={() => set(setUserId)(e.userId ?? undefined)}>
            {e.userName ?? "—"}
          </Typography.Link>
        ) : (
          "—"
        ),
    },
    {
      title: "操作",
      key: "action",
      width: 150,
      render: (_, e) => (
        <Tag color={ACTION_COLORS[e.action as AuditAction] ?? "blue"} title={e.action}>
          {e.actionLabel}
        </Tag>
      ),
    },
    {
      title: "单位",
      key: "unit",
      width: 200,
      render: (_, e) => e.school?.name ?? e.district?.name ?? "市教育局",
    },
    {
      title: "变更内容（修改前 → 修改后）",
      key: "changes",
      render: (_, e) => (
        <Changes entityType={e.entityType} before={e.before} after={e.after} names={unitNames} />
      ),
    },
  ];

  const schoolOptions = (districts.data ?? [])
    .filter((d) => !districtId || d.id === districtId)
    .flatMap((d) => d.schools.map((s) => ({ value: s.id, label: s.name })));

  return (
    <PageCard
      title="操作日志"
      subtitle={
        district
          ? `${district.name}及其教研室、所属学校的数据修改记录：谁、何时、做了什么、修改前后的值`
          : "所有数据修改的记录：谁、何时、做了什么、修改前后的值"
      }
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => refetch()}>
          刷新
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 12 }} data-testid="audit-filters">
        {!district && (
          <Select<string>
            aria-label="区"
            allowClear
            placeholder="全部区"
            style={{ width: 130 }}
            value={districtId}
            onChange={(v) => {
              set(setDistrictId)(v);
              setSchoolId(undefined);
            }}
            options={(districts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
          />
        )}
        <Select<string>
          aria-label="学校"
          allowClear
          showSearch={{ optionFilterProp: "label" }}
          placeholder="全部学校"
          style={{ width: 220 }}
          value={schoolId}
          onChange={set(setSchoolId)}
          options={schoolOptions}
        />
        <Select<string>
          aria-label="操作人"
          allowClear
          showSearch={{ optionFilterProp: "label" }}
          placeholder="全部操作人"
          style={{ width: 200 }}
          value={userId}
          onChange={set(setUserId)}
          options={[...seen].map(([value, label]) => ({ value, label }))}
        />
        <Select<AuditAction>
          aria-label="操作类型"
          data-testid="audit-action"
          allowClear
          showSearch={{ optionFilterProp: "label" }}
          placeholder="全部操作"
          style={{ width: 200 }}
          value={action}
          onChange={set(setAction)}
          options={ACTION_OPTIONS}
        />
        <Space.Compact>
          <Input
            type="date"
            aria-label="开始日期"
            value={from}
            onChange={(e) => set(setFrom)(e.target.value)}
            style={{ width: 150 }}
          />
          <Input
            type="date"
            aria-label="结束日期"
            value={to}
            onChange={(e) => set(setTo)(e.target.value)}
            style={{ width: 150 }}
          />
        </Space.Compact>
      </Space>
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <div data-testid="audit-table">
        <Table<Entry>
          rowKey="id"
          size="small"
          bordered
          loading={isFetching}
          columns={columns}
          dataSource={data?.items ?? []}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (t) => `共 ${t} 条`,
            onChange: (p, s) => {
              setPage(s === pageSize ? p : 1);
              setPageSize(s);
            },
          }}
        />
      </div>
    </PageCard>
  );
}
