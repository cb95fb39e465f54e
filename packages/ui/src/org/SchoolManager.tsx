import { PlusOutlined, UndoOutlined } from "@ant-design/icons";
import type { ManagedSchoolFieldsFragment, SchoolType } from "@edu2035/graphql";
import { Alert, Button, Input, Select, Space, Table, type TableColumnsType, Tag, Tooltip } from "antd";
import { useMemo, useState } from "react";
import { ExcelActions } from "../excel/ExcelActions.tsx";
import { useManagedSchools, useSchoolListExcel } from "./api.ts";
import {
  SCHOOL_STATUS_COLORS,
  SCHOOL_STATUS_FILTER_OPTIONS,
  SCHOOL_STATUS_LABELS,
  SCHOOL_TYPE_OPTIONS,
  type SchoolStatusFilter,
} from "./options.ts";
import { SchoolFormDrawer } from "./SchoolFormDrawer.tsx";
import { type SchoolLifecycleAction, SchoolLifecycleModal } from "./SchoolLifecycleModal.tsx";

type Row = ManagedSchoolFieldsFragment;

/** The 所属区 column's width (the city's table only). */
const DISTRICT_COLUMN_WIDTH = 80;
/** The city's table width: the sum of its columns' widths (the table scrolls below it). */
const SCROLL_X_CITY = 110 + 210 + DISTRICT_COLUMN_WIDTH + 115 + 95 + 115 + 100 + 130 + 100 + 145;

/**
 * 办学状态 of a school as a Tag: 在办, 已撤销, 并入 XX (a long name cut with an ellipsis); the
 * whole text with the date and reason (撤销/合并原因) on hover.
 */
export function SchoolStatusTag({ school }: { school: Row }) {
  const text =
    school.status === "MERGED"
      ? `并入${school.mergedInto?.name ?? "其他学校"}`
      : school.status === "CLOSED"
        ? `已撤销`
        : SCHOOL_STATUS_LABELS[school.status];
  const tip = school.closedOn
    ? `${text}（${school.closedOn}）${school.closureReason ? `：${school.closureReason}` : ""}`
    : undefined;
  return (
    <Tooltip title={tip}>
      <Tag
        color={SCHOOL_STATUS_COLORS[school.status]}
        style={{ maxWidth: "100%", overflow: "hidden", textOverflow: "ellipsis", verticalAlign: "middle" }}
      >
        {text}
      </Tag>
    </Tooltip>
  );
}

/** A table cell text cut to one line with an ellipsis, the whole text on hover. */
function Ellipsis({ text }: { text: string }) {
  return (
    <Tooltip title={text} placement="topLeft">
      <span style={{ display: "block", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>
        {text}
      </span>
    </Tooltip>
  );
}

/**
 * 学校 of 机构管理: every school registered in the scope (the city's, or one district's) with
 * filters (所属区 for the city, 学校类别, 办学状态 在办/已撤销/已合并/全部, name or 学校标识码),
 * the registration in a table (学校标识码, 名称 with its 矿区/民族/教学点 tags, 区, 类别, 办学性质,
 * 城乡分类, 开办日期, 状态, 撤销日期; long names cut with an ellipsis, whole on hover, so the fixed 操作
 * column never covers a column at 1366 px), and the actions: 新建学校, 编辑 (Drawer), 撤销, 合并, 恢复办学, 导入/导出学校名录
 * (template, dry-run check listing every bad cell, then 确认导入).
 *
 * `district` fixes the scope to one district (a district bureau: no 所属区 column or filter);
 * otherwise `districts` are the city's (the filter, and where a new school may be created).
 */
export function SchoolManager({
  district,
  districts,
}: {
  district?: { id: string; name: string };
  districts?: readonly { id: string; name: string; closedOn?: string | null }[];
}) {
  const city = !district;
  const [districtId, setDistrictId] = useState<string>();
  const [type, setType] = useState<SchoolType>();
  const [status, setStatus] = useState<SchoolStatusFilter>("OPEN");
  const [search, setSearch] = useState("");
  const [editing, setEditing] = useState<Row | "new" | null>(null);
  const [lifecycle, setLifecycle] = useState<SchoolLifecycleAction | null>(null);
  const { data, isFetching, error } = useManagedSchools(district?.id);
  const excel = useSchoolListExcel(district?.id ?? districtId);
  const all = data ?? [];
  const openDistricts = (districts ?? []).filter((d) => !d.closedOn);

  const rows = useMemo(() => {
    const q = search.trim().toLowerCase();
    return all.filter(
      (s) =>
        (!districtId || s.district.id === districtId) &&
        (!type || s.type === type) &&
        (status === "ALL" || s.status === status) &&
        (!q || s.name.toLowerCase().includes(q) || s.code.includes(q)),
    );
  }, [all, districtId, type, status, search]);

  const columns: TableColumnsType<Row> = [
    { title: "学校标识码", dataIndex: "code", width: 110 },
    {
      title: "学校名称",
      key: "name",
      width: 210,
      // 矿区 / 民族 / 教学点 tags after the name, which is cut with an ellipsis (whole on hover)
      render: (_, s) => (
        <div style={{ display: "flex", alignItems: "center", gap: 4, minWidth: 0 }}>
          <div style={{ flex: "1 1 auto", minWidth: 0 }}>
            <Ellipsis text={s.name} />
          </div>
          {s.miningArea && <Tag color="volcano">矿区</Tag>}
          {s.ethnic && <Tag color="purple">民族</Tag>}
          {s.teachingPoint && <Tag color="cyan">教学点</Tag>}
        </div>
      ),
    },
    ...(city
      ? [
          {
            title: "所属区",
            key: "district",
            width: DISTRICT_COLUMN_WIDTH,
            render: (_: unknown, s: Row) => s.district.name,
          },
        ]
      : []),
    {
      title: "学校类别",
      dataIndex: "typeLabel",
      width: 115,
      render: (v: string) => <Tag color="blue">{v}</Tag>,
    },
    {
      title: "办学性质",
      key: "ownership",
      width: 95,
      render: (_, s) =>
        s.type === "KINDERGARTEN" && s.ownership === "PRIVATE" && s.inclusive
          ? `${s.ownershipLabel}（普惠）`
          : s.ownershipLabel,
    },
    {
      title: "城乡分类",
      key: "urbanRural",
      width: 115,
      render: (_, s) => `${s.urbanRuralCode} ${s.urbanRuralLabel}`,
    },
    { title: "开办日期", dataIndex: "openedOn", width: 100, render: (v: string | null) => v ?? "—" },
    {
      title: "状态",
      key: "status",
      width: 130,
      render: (_, s) => <SchoolStatusTag school={s} />,
    },
    { title: "撤销日期", dataIndex: "closedOn", width: 100, render: (v: string | null) => v ?? "—" },
    {
      title: "操作",
      key: "actions",
      width: 145,
      fixed: "right",
      render: (_, s) =>
        s.status === "OPEN" ? (
          <Space size={0}>
            <Button type="link" size="small" style={{ padding: "0 4px" }} onClick={() => setEditing(s)}>
              编辑
            </Button>
            <Button
              type="link"
              size="small"
              danger
              style={{ padding: "0 4px" }}
              onClick={() => setLifecycle({ kind: "close", school: s })}
            >
              撤销
            </Button>
            <Button
              type="link"
              size="small"
              style={{ padding: "0 4px" }}
              onClick={() => setLifecycle({ kind: "merge", school: s })}
            >
              合并
            </Button>
          </Space>
        ) : (
          <Button
            type="link"
            size="small"
            icon={<UndoOutlined />}
            onClick={() => setLifecycle({ kind: "reopen", school: s })}
          >
            恢复办学
          </Button>
        ),
    },
  ];

  const counts = { OPEN: 0, CLOSED: 0, MERGED: 0 };
  for (const s of all) if (!districtId || s.district.id === districtId) counts[s.status] += 1;

  return (
    <div data-testid="school-manager">
      <Space wrap style={{ marginBottom: 12, width: "100%", justifyContent: "space-between" }}>
        <Space wrap>
          {city && (
            <Select
              aria-label="所属区"
              data-testid="school-filter-district"
              allowClear
              placeholder="全部区"
              style={{ width: 140 }}
              value={districtId}
              onChange={setDistrictId}
              options={(districts ?? []).map((d) => ({
                value: d.id,
                label: d.closedOn ? `${d.name}（已撤销）` : d.name,
              }))}
            />
          )}
          <Select
            aria-label="学校类别"
            data-testid="school-filter-type"
            allowClear
            placeholder="全部学校类别"
            style={{ width: 160 }}
            value={type}
            onChange={setType}
            options={SCHOOL_TYPE_OPTIONS}
          />
          <Select<SchoolStatusFilter>
            aria-label="办学状态"
            data-testid="school-filter-status"
            style={{ width: 136 }}
            value={status}
            onChange={setStatus}
            options={SCHOOL_STATUS_FILTER_OPTIONS.map((o) => ({
              ...o,
              label: o.value === "ALL" ? o.label : `${o.label}（${counts[o.value]}）`,
            }))}
          />
          <Input.Search
            allowClear
            placeholder="学校名称或标识码"
            style={{ width: 220 }}
            onSearch={(v) => setSearch(v)}
            onChange={(e) => {
              if (!e.target.value) setSearch("");
            }}
          />
        </Space>
        <Space wrap>
          <ExcelActions what="学校名录" {...excel} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")}>
            新建学校
          </Button>
        </Space>
      </Space>
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <div data-testid="school-table">
        <Table<Row>
          rowKey="id"
          size="small"
          bordered
          loading={isFetching}
          columns={columns}
          dataSource={rows}
          scroll={{ x: city ? SCROLL_X_CITY : SCROLL_X_CITY - DISTRICT_COLUMN_WIDTH }}
          // the horizontal scrollbar stays at the window's bottom edge, not below 20 rows
          sticky={{ offsetScroll: 0 }}
          pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (t) => `共 ${t} 所` }}
        />
      </div>
      <SchoolFormDrawer
        open={editing !== null}
        onClose={() => setEditing(null)}
        school={
          editing === "new" || editing === null
            ? undefined
            : (all.find((s) => s.id === editing.id) ?? editing)
        }
        districts={city ? openDistricts : undefined}
        districtId={district?.id ?? districtId}
      />
      <SchoolLifecycleModal action={lifecycle} onClose={() => setLifecycle(null)} schools={all} />
    </div>
  );
}
