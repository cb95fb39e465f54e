import { PlusOutlined } from "@ant-design/icons";
import type { BackfillWindowFieldsFragment } from "@edu2035/graphql";
import { formatDateTime, PageCard } from "@edu2035/ui";
import { Alert, App, Button, Popconfirm, Table, type TableColumnsType, Tag } from "antd";
import { useState } from "react";
import { useBackfillWindows, useCloseBackfill } from "../api/backfill.ts";
import { OpenBackfillModal } from "./OpenBackfillModal.tsx";

type Row = BackfillWindowFieldsFragment;

/** 状态 of a window: 开放中, 已关闭 (closed by hand) or 已过期 (its 截止时间 passed). */
function WindowState({ w }: { w: Row }) {
  if (w.open) return <Tag color="green">开放中</Tag>;
  if (w.closedAt) return <Tag>已关闭</Tag>;
  return <Tag color="orange">已过期</Tag>;
}

/**
 * 补录管理: the 补录 windows (past school years opened to districts or schools) with their
 * scope, reason, deadline, state and who opened them; 关闭 ends an open one now, 开放补录 opens
 * new ones. The city only.
 */
export function BackfillPage() {
  const { message } = App.useApp();
  const { data, isFetching, error } = useBackfillWindows();
  const close = useCloseBackfill();
  const [opening, setOpening] = useState(false);

  const columns: TableColumnsType<Row> = [
    { title: "学年", dataIndex: "schoolYearLabel", width: 130 },
    {
      title: "范围",
      key: "scope",
      render: (_, w) =>
        w.school ? `${w.district.name} · ${w.school.name}` : `${w.district.name}（全区学校）`,
    },
    { title: "原因", dataIndex: "reason" },
    { title: "截止时间", dataIndex: "closesAt", width: 150, render: (v: string) => formatDateTime(v) },
    { title: "状态", key: "state", width: 90, render: (_, w) => <WindowState w={w} /> },
    { title: "开放人", dataIndex: "openedBy", width: 160, render: (v: string | null) => v ?? "—" },
    {
      title: "操作",
      key: "actions",
      width: 90,
      render: (_, w) =>
        w.open ? (
          <Popconfirm
            title="关闭补录"
            description="关闭后该范围的学校不能再录入此学年的数据。"
            okText="关闭"
            cancelText="取消"
            onConfirm={() =>
              close
                .mutateAsync(w.id)
                .then(() => message.success("已关闭补录"))
                .catch((e: unknown) => message.error(e instanceof Error ? e.message : String(e)))
            }
          >
            <Button type="link" size="small" danger>
              关闭
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <PageCard
      title="补录管理"
      subtitle="向区或学校开放往年学年的补录：补录期间可录入或导入该学年的名册和年报，按常规流程审核"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
          开放补录
        </Button>
      }
    >
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <div data-testid="backfill-table">
        <Table<Row>
          rowKey="id"
          size="small"
          bordered
          loading={isFetching}
          columns={columns}
          dataSource={[...(data ?? [])]}
          locale={{ emptyText: "尚未开放任何补录" }}
          pagination={{ defaultPageSize: 20, showTotal: (t) => `共 ${t} 条` }}
        />
      </div>
      <OpenBackfillModal open={opening} onClose={() => setOpening(false)} />
    </PageCard>
  );
}
