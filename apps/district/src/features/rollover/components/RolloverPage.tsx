import { ReloadOutlined, RetweetOutlined } from "@ant-design/icons";
import { schoolYearLabel } from "@edu2035/domain";
import type { OrgUnitInput, RosterRolloverStatusQuery } from "@edu2035/graphql";
import {
  currentSchoolYear,
  PageCard,
  RolloverExplanation,
  type RolloverPayload,
  rolloverResultText,
  useCarryOverRoster,
  useRosterRollover,
  useStatisticalYears,
} from "@edu2035/ui";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Row,
  Segmented,
  Space,
  Statistic,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";

type Roster = RosterRolloverStatusQuery["rosterRolloverStatus"][number];

/**
 * Where a roster stands, by the API's one rule of 待结转 (toCarry: last year's 在岗 not yet on
 * this year's roster, as the school's 待办 and banner): 已建立 (records, none left to carry),
 * 部分建立 (records, some of last year's 在岗 not carried), 未结转 (last year had people, this
 * year none), or nothing to carry.
 */
type RosterState = "started" | "partial" | "pending" | "none";

function stateOf(r: Roster): RosterState {
  if (r.current > 0) return r.toCarry > 0 ? "partial" : "started";
  return r.toCarry > 0 ? "pending" : "none";
}

const STATE_TAGS: Record<RosterState, { color: string; label: string }> = {
  started: { color: "green", label: "已建立" },
  partial: { color: "gold", label: "部分建立" },
  pending: { color: "orange", label: "未结转" },
  none: { color: "default", label: "无可结转人员" },
};

const FILTERS: { value: RosterState | "all"; label: string }[] = [
  { value: "all", label: "全部" },
  { value: "pending", label: "未结转" },
  { value: "partial", label: "部分建立" },
  { value: "started", label: "已建立" },
];

/** The rollover unit of one row: the 教研室 alone (the district, no schools), or a school. */
const unitOfRow = (r: Roster): OrgUnitInput => ({ level: r.unit.level, id: r.unit.id });

/**
 * 名册结转: the district's rosters (its 教研室 and every school) for the current school year,
 * from rosterRolloverStatus(includeSchools: true): 上学年在岗人数, 本学年已登记人数, a status
 * tag (未结转 / 已建立), 结转 per roster and 一键结转 of them all (carryOverRoster with
 * includeSchools: true), each after a confirm dialog saying what happens; then the result. A
 * published year (已发布) is locked: no 结转 (the buttons disabled), an Alert says to ask the city.
 */
export function RolloverPage({ district }: { district: { id: string; name: string } }) {
  const { message, modal } = App.useApp();
  const schoolYear = currentSchoolYear();
  const from = schoolYearLabel(schoolYear - 1);
  const to = schoolYearLabel(schoolYear);
  const districtUnit: OrgUnitInput = { level: "DISTRICT", id: district.id };
  const { data, isFetching, error, refetch } = useRosterRollover(districtUnit, schoolYear, true);
  const carry = useCarryOverRoster();
  const [busy, setBusy] = useState<string | null>(null);
  const [result, setResult] = useState<RolloverPayload | null>(null);
  const [filter, setFilter] = useState<RosterState | "all">("all");
  // a published year's rosters are read-only until the city reopens it
  const published = useStatisticalYears().get(schoolYear)?.state === "PUBLISHED";

  const rows = data ?? [];
  const count = (s: RosterState) => rows.filter((r) => stateOf(r) === s).length;
  const previousTotal = rows.reduce((a, r) => a + r.previousActive, 0);
  const currentTotal = rows.reduce((a, r) => a + r.current, 0);
  const pendingRows = rows.filter((r) => stateOf(r) === "pending");
  const schools = rows.filter((r) => r.unit.level === "SCHOOL").length;

  async function run(key: string, unit: OrgUnitInput, includeSchools: boolean) {
    setBusy(key);
    try {
      const r = await carry.mutateAsync({ unit, schoolYear, includeSchools });
      setResult(r);
      message.success(rolloverResultText(r));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  }

  function confirmAll() {
    modal.confirm({
      title: `一键结转：${from} → ${to}`,
      width: 600,
      okText: "确定结转",
      cancelText: "取消",
      content: (
        <RolloverExplanation
          schoolYear={schoolYear}
          extra={
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              将结转{district.name}教研室和 {schools} 所学校的名册（上学年在岗合计 <b>{previousTotal}</b>{" "}
              人；其中 {pendingRows.length} 个名册本学年尚未建立）。
            </Typography.Paragraph>
          }
        />
      ),
      onOk: () => run("all", districtUnit, true),
    });
  }

  function confirmRow(r: Roster) {
    modal.confirm({
      title: `结转${r.unit.name}名册：${from} → ${to}`,
      width: 560,
      okText: "确定结转",
      cancelText: "取消",
      content: (
        <RolloverExplanation
          schoolYear={schoolYear}
          extra={
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              {r.unit.name}：上学年在岗 <b>{r.previousActive}</b> 人，本学年已登记 <b>{r.current}</b> 人。
            </Typography.Paragraph>
          }
        />
      ),
      onOk: () => run(r.unit.id ?? "", unitOfRow(r), false),
    });
  }

  const columns: TableColumnsType<Roster> = [
    {
      title: "序号",
      key: "index",
      width: 60,
      align: "center",
      render: (_, _r, i) => i + 1,
    },
    {
      title: "名册",
      key: "name",
      render: (_, r) => (
        <Space size={6}>
          <span>{r.unit.name}</span>
          {r.unit.level === "DISTRICT" && <Tag color="blue">教研室</Tag>}
        </Space>
      ),
    },
    {
      title: "学校标识码",
      key: "code",
      width: 130,
      render: (_, r) => (r.unit.level === "SCHOOL" ? r.unit.code : "—"),
    },
    {
      title: `上学年在岗人数（${from}）`,
      dataIndex: "previousActive",
      width: 200,
      align: "right",
    },
    {
      title: `本学年已登记人数（${to}）`,
      dataIndex: "current",
      width: 200,
      align: "right",
    },
    {
      title: "状态",
      key: "state",
      width: 120,
      align: "center",
      render: (_, r) => {
        const t = STATE_TAGS[stateOf(r)];
        return (
          <Tag color={t.color} data-testid="rollover-state">
            {t.label}
          </Tag>
        );
      },
    },
    {
      title: "操作",
      key: "actions",
      width: 100,
      align: "center",
      render: (_, r) => (
        <Button
          type="link"
          size="small"
          icon={<RetweetOutlined />}
          disabled={published || r.previousActive === 0 || (busy !== null && busy !== r.unit.id)}
          loading={busy === r.unit.id}
          onClick={() => confirmRow(r)}
        >
          结转
        </Button>
      ),
    },
  ];

  return (
    <PageCard
      title="名册结转"
      subtitle={`${district.name} · 学年名册结转：${from} → ${to}（统计时点 9月1日）；教研室和各学校的三支队伍名册`}
      extra={
        <Space>
          <Button icon={<ReloadOutlined />} onClick={() => refetch()} loading={isFetching && busy === null}>
            刷新
          </Button>
          <Button
            type="primary"
            icon={<RetweetOutlined />}
            disabled={
              published || rows.length === 0 || previousTotal === 0 || (busy !== null && busy !== "all")
            }
            loading={busy === "all"}
            onClick={confirmAll}
          >
            一键结转
          </Button>
        </Space>
      }
    >
      <Row gutter={12} style={{ marginBottom: 12 }} data-testid="rollover-summary">
        {[
          { title: "名册数", value: rows.length, suffix: "个" },
          { title: "已建立", value: count("started"), suffix: "个" },
          { title: "未结转", value: count("pending"), suffix: "个" },
          { title: "部分建立", value: count("partial"), suffix: "个" },
          { title: "上学年在岗合计", value: previousTotal, suffix: "人" },
          { title: "本学年已登记合计", value: currentTotal, suffix: "人" },
        ].map((s) => (
          <Col key={s.title} xs={12} md={8} lg={4}>
            <Card size="small">
              <Statistic title={s.title} value={s.value} suffix={s.suffix} loading={data === undefined} />
            </Card>
          </Col>
        ))}
      </Row>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="每学年统计时点（9月1日）各单位名册需重新建立。结转将上学年在岗人员按上学年信息结转到本学年；调出、退休人员不结转；本学年已登记的人员保持不变，可重复执行。结转后由各单位在本学年名册中登记新入职人员、办理调出/退休。"
      />
      {published && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="published-alert"
          title={`${to}已发布，名册只读；如需修改，请联系市教育局重新开放`}
        />
      )}
      {result && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setResult(null) }}
          style={{ marginBottom: 12 }}
          data-testid="rollover-result"
          title={rolloverResultText(result)}
        />
      )}
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <Space style={{ marginBottom: 12 }}>
        <Segmented<RosterState | "all">
          options={FILTERS.map((f) => ({
            value: f.value,
            label: f.value === "all" ? `${f.label}（${rows.length}）` : `${f.label}（${count(f.value)}）`,
          }))}
          value={filter}
          onChange={setFilter}
        />
      </Space>
      <div data-testid="rollover-table">
        <Table<Roster>
          rowKey={(r) => `${r.unit.level}:${r.unit.id ?? ""}`}
          size="small"
          bordered
          loading={data === undefined && isFetching}
          columns={columns}
          dataSource={filter === "all" ? rows : rows.filter((r) => stateOf(r) === filter)}
          pagination={false}
          summary={() =>
            filter === "all" &&
            rows.length > 0 && (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={3}>
                  合计
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  {previousTotal}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  {currentTotal}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} colSpan={2} />
              </Table.Summary.Row>
            )
          }
        />
      </div>
    </PageCard>
  );
}
