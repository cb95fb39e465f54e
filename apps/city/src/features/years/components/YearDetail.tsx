import { SafetyCertificateOutlined, SendOutlined, UnlockOutlined } from "@ant-design/icons";
import type {
  PublicationReadinessFieldsFragment,
  ReportExemptionFieldsFragment,
  StatisticalYearFieldsFragment,
  YearPublicationFieldsFragment,
} from "@edu2035/graphql";
import { formatDateTime } from "@edu2035/ui";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Popconfirm,
  Row,
  Space,
  Statistic,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import { useState } from "react";
import { useReadiness, useRemoveExemption } from "../api/years.ts";
import { ExemptModal, PublishModal, ReopenModal } from "./YearDialogs.tsx";
import { YearStateTag } from "./YearStateTag.tsx";
import { yearFormError } from "./yearErrors.ts";

type Pending = PublicationReadinessFieldsFragment["pending"][number];
type Exemption = ReportExemptionFieldsFragment;
type Publication = YearPublicationFieldsFragment;

const REPORT_STATUS_COLORS: Record<string, string> = {
  DRAFT: "default",
  SUBMITTED: "blue",
  RETURNED: "orange",
};

/** Pending schools by district (name), then school code. */
function byDistrict(rows: readonly Pending[]): Pending[] {
  return [...rows].sort(
    (a, b) =>
      a.district.name.localeCompare(b.district.name, "zh") || a.school.code.localeCompare(b.school.code),
  );
}

/** Why 发布 is disabled, or null when it may be pressed. */
function publishBlocker(
  year: StatisticalYearFieldsFragment,
  r: PublicationReadinessFieldsFragment | undefined,
) {
  if (year.state === "PUBLISHED") return "该学年已发布；如需修改，请先重新开放";
  if (!r) return "正在读取发布条件…";
  if (!r.ready) return `尚有 ${r.pending.length} 所学校的年报未审核，也未豁免`;
  return null;
}

/**
 * One year in 学年管理: its 发布条件 (应报 / 已审核 / 豁免 / 待处理), the pending schools by
 * district with their 年报 status (select some or all → 豁免 with a reason), the exemptions
 * (撤销豁免), 发布 (enabled once no school is pending) and 重新开放 (a published year), and the
 * publications (v2, v1 … with who, when, the note and the reopening).
 */
export function YearDetail({ year }: { year: StatisticalYearFieldsFragment }) {
  const { message } = App.useApp();
  const { data: readiness, error, isFetching } = useReadiness(year.schoolYear);
  const removeExemption = useRemoveExemption();
  const [selected, setSelected] = useState<string[]>([]);
  const [exempting, setExempting] = useState<{ id: string; name: string }[] | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [reopening, setReopening] = useState(false);
  const locked = year.state === "PUBLISHED";
  const pending = byDistrict(readiness?.pending ?? []);
  const blocker = publishBlocker(year, readiness);
  const districts = [...new Set(pending.map((p) => p.district.name))];

  const pendingColumns: TableColumnsType<Pending> = [
    {
      title: "区",
      key: "district",
      width: 110,
      render: (_, p) => p.district.name,
      filters: districts.map((d) => ({ text: d, value: d })),
      onFilter: (v, p) => p.district.name === v,
    },
    { title: "学校", key: "school", render: (_, p) => p.school.name },
    { title: "学校标识码", key: "code", width: 120, render: (_, p) => p.school.code },
    { title: "类型", key: "type", width: 100, render: (_, p) => p.school.typeLabel },
    {
      title: "年报状态",
      key: "status",
      width: 120,
      render: (_, p) => (
        <Space size={4}>
          <Tag color={(p.status && REPORT_STATUS_COLORS[p.status]) || "default"}>{p.statusLabel}</Tag>
          {p.late && <Tag color="red">逾期</Tag>}
        </Space>
      ),
    },
    {
      title: "提交时间",
      key: "submittedAt",
      width: 150,
      render: (_, p) => (p.submittedAt ? formatDateTime(p.submittedAt) : "—"),
    },
  ];

  const exemptionColumns: TableColumnsType<Exemption> = [
    { title: "区", key: "district", width: 110, render: (_, e) => e.district.name },
    { title: "学校", key: "school", render: (_, e) => e.school.name },
    { title: "豁免原因", dataIndex: "reason" },
    {
      title: "豁免人 / 时间",
      key: "by",
      width: 220,
      render: (_, e) => `${e.createdBy ?? "—"} · ${formatDateTime(e.createdAt)}`,
    },
    {
      title: "操作",
      key: "actions",
      width: 100,
      render: (_, e) =>
        locked ? null : (
          <Popconfirm
            title="撤销豁免"
            description={`撤销后，${e.school.name}须有已审核的年报，该学年才能发布。`}
            okText="撤销豁免"
            cancelText="取消"
            onConfirm={() =>
              removeExemption
                .mutateAsync({ schoolYear: year.schoolYear, schoolId: e.school.id })
                .then(() => message.success(`已撤销${e.school.name}的豁免`))
                .catch((err: unknown) => message.error(yearFormError(err)))
            }
          >
            <Button type="link" size="small" danger>
              撤销豁免
            </Button>
          </Popconfirm>
        ),
    },
  ];

  const publicationColumns: TableColumnsType<Publication> = [
    {
      title: "版本",
      key: "version",
      width: 130,
      render: (_, p) => (
        <Space size={4}>
          <Typography.Text strong>v{p.version}</Typography.Text>
          {p.reopenedAt ? <Tag>已被取代</Tag> : <Tag color="green">当前</Tag>}
        </Space>
      ),
    },
    {
      title: "发布",
      key: "published",
      width: 240,
      render: (_, p) => `${formatDateTime(p.publishedAt)} · ${p.publishedBy ?? "—"}`,
    },
    { title: "发布说明", dataIndex: "note", render: (v: string | null) => v || "—" },
    {
      title: "重新开放",
      key: "reopened",
      render: (_, p) =>
        p.reopenedAt ? (
          <span>
            {formatDateTime(p.reopenedAt)} · {p.reopenedBy ?? "—"}
            <br />
            <Typography.Text type="secondary">原因：{p.reopenReason ?? "—"}</Typography.Text>
          </span>
        ) : (
          "—"
        ),
    },
  ];

  const selectedSchools = pending
    .filter((p) => selected.includes(p.school.id))
    .map((p) => ({ id: p.school.id, name: p.school.name }));

  return (
    <Card
      size="small"
      data-testid="year-detail"
      title={
        <Space>
          <span>{year.label}</span>
          <YearStateTag year={year} />
          {year.state === "REOPENED" && (
            <Typography.Text type="secondary">指标为预览，再次发布后形成新版本</Typography.Text>
          )}
        </Space>
      }
      extra={
        <Space>
          {locked ? (
            <Button danger icon={<UnlockOutlined />} onClick={() => setReopening(true)}>
              重新开放
            </Button>
          ) : (
            <Tooltip title={blocker}>
              <Button
                type="primary"
                icon={<SendOutlined />}
                disabled={blocker !== null}
                onClick={() => setPublishing(true)}
              >
                发布
              </Button>
            </Tooltip>
          )}
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      {locked && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${year.label}已发布（v${year.publishedVersion ?? 1}），名册、年报和填报数据已锁定`}
        />
      )}
      <Row gutter={16} style={{ marginBottom: 12 }}>
        <Col span={6}>
          <Statistic title="应报" value={readiness?.due ?? "—"} suffix="所" />
        </Col>
        <Col span={6}>
          <Statistic title="已审核" value={readiness?.approved ?? "—"} suffix="所" />
        </Col>
        <Col span={6}>
          <Statistic title="豁免" value={readiness?.exemptions.length ?? "—"} suffix="所" />
        </Col>
        <Col span={6}>
          <Statistic
            title="待处理"
            value={readiness?.pending.length ?? "—"}
            suffix="所"
            styles={{ content: readiness?.pending.length ? { color: "#cf1322" } : undefined }}
          />
        </Col>
      </Row>
      <Tabs
        items={[
          {
            key: "pending",
            label: `待处理学校（${pending.length}）`,
            children: (
              <>
                {!locked && (
                  <Space style={{ marginBottom: 8 }}>
                    <Button
                      icon={<SafetyCertificateOutlined />}
                      disabled={selectedSchools.length === 0}
                      onClick={() => setExempting(selectedSchools)}
                    >
                      豁免所选（{selectedSchools.length} 所）
                    </Button>
                    <Button
                      disabled={pending.length === 0}
                      onClick={() => setSelected(pending.map((p) => p.school.id))}
                    >
                      选择全部（{pending.length} 所）
                    </Button>
                    <Typography.Text type="secondary">
                      年报未审核的学校须豁免（写明原因）后才能发布
                    </Typography.Text>
                  </Space>
                )}
                <div data-testid="pending-table">
                  <Table<Pending>
                    rowKey={(p) => p.school.id}
                    size="small"
                    bordered
                    loading={isFetching && !readiness}
                    columns={pendingColumns}
                    dataSource={pending}
                    rowSelection={
                      locked
                        ? undefined
                        : {
                            selectedRowKeys: selected,
                            onChange: (keys) => setSelected(keys.map(String)),
                          }
                    }
                    locale={{ emptyText: "没有待处理的学校：年报均已审核或豁免" }}
                    pagination={{ defaultPageSize: 20, showTotal: (t) => `共 ${t} 所` }}
                  />
                </div>
              </>
            ),
          },
          {
            key: "exemptions",
            label: `豁免学校（${readiness?.exemptions.length ?? 0}）`,
            children: (
              <div data-testid="exemptions-table">
                <Table<Exemption>
                  rowKey={(e) => e.school.id}
                  size="small"
                  bordered
                  columns={exemptionColumns}
                  dataSource={[...(readiness?.exemptions ?? [])]}
                  locale={{ emptyText: "没有豁免的学校" }}
                  pagination={{ defaultPageSize: 20, showTotal: (t) => `共 ${t} 所` }}
                />
              </div>
            ),
          },
          {
            key: "publications",
            label: `发布记录（${year.publications.length}）`,
            children: (
              <div data-testid="publications-table">
                <Table<Publication>
                  rowKey="version"
                  size="small"
                  bordered
                  columns={publicationColumns}
                  dataSource={[...year.publications]}
                  locale={{ emptyText: "尚未发布" }}
                  pagination={false}
                />
              </div>
            ),
          },
        ]}
      />
      <ExemptModal
        schoolYear={year.schoolYear}
        label={year.label}
        schools={exempting}
        onClose={() => setExempting(null)}
        onDone={() => {
          setExempting(null);
          setSelected([]);
        }}
      />
      <PublishModal year={publishing ? year : null} onClose={() => setPublishing(false)} />
      <ReopenModal year={reopening ? year : null} onClose={() => setReopening(false)} />
    </Card>
  );
}
