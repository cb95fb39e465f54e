import {
  ExportProjectionExcelDocument,
  execute,
  type ProjectionQuery,
  type ProjectionScenarioFieldsFragment,
} from "@edu2035/graphql";
import { useQuery } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Collapse,
  Popconfirm,
  Segmented,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from "antd";
import { useMemo, useState } from "react";
import { ExportExcelButton } from "../excel/ExportExcelButton.tsx";
import { PageCard } from "../PageCard.tsx";
import { districtsQuery } from "../queries.ts";
import { useToken, useViewer } from "../session.tsx";
import { projectionQuery, projectionScenariosQuery, useProjectionWrites } from "./api.ts";
import { BirthsModal } from "./BirthsModal.tsx";
import { ProjectionChart } from "./ProjectionChart.tsx";
import { ScenarioModal } from "./ScenarioModal.tsx";

type Projection = ProjectionQuery["projection"];
type YearRow = Projection["years"][number];

const STAGE_OPTIONS = [
  { value: "PRESCHOOL", label: "幼儿园" },
  { value: "PRIMARY", label: "小学" },
  { value: "JUNIOR_SECONDARY", label: "初中" },
  { value: "SENIOR_SECONDARY", label: "普通高中" },
  { value: "SECONDARY_VOCATIONAL", label: "中职" },
];

const signed = (n: number | null | undefined) => (n == null ? "—" : n > 0 ? `+${n}` : String(n));
/**
 * A teacher gap (缺口 = need − supply, + shortage) as 余缺 (supply − need: + 富余, − 短缺), the sign
 * of 班级余缺 (classesHave − classesNeeded), so every balance column of the table reads alike.
 */
/** Which standard sets 需教师 beside the figure: C1, or (全市, the sum of the districts') some districts' C1. */
const BINDING_NOTE = { C1: "（C1）", MIXED: "（部分区按C1）" } as const;

type HoldTarget = "A07" | "A08";
/** How the API's notes name each target where hires alone cannot hold it (service.ts holdNotes). */
const HOLD_NOTE_PREFIX: Record<HoldTarget, string> = {
  A08: "A08义务教育专任教师中本科以上学历比例：",
  A07: "A07学前教育教师受过专业教育比例：",
};

/**
 * A08 (小学、初中) or A07 (幼儿园) against the hires planned (ProjectionYear.a08Hold/a07Hold, hire
 * years only): the plan's line that year, the cumulative qualified hires it needs (本科+; 幼儿园:
 * 学前 qualified), the cumulative hires planned, and whether they keep it on the line.
 */
function holdColumns(target: HoldTarget) {
  const hold = (y: YearRow) => (target === "A08" ? y.a08Hold : y.a07Hold);
  return [
    {
      title: `${target}计划线（%）`,
      key: `${target}-line`,
      render: (_: unknown, r: { y: YearRow }) => hold(r.y)?.required.toFixed(1) ?? "—",
    },
    {
      title: target === "A08" ? "需本科+新增（累计，人）" : "需学前专业合格新增（累计，人）",
      key: `${target}-needed`,
      render: (_: unknown, r: { y: YearRow }) => {
        const h = hold(r.y);
        return h == null ? "—" : (h.qualifiedHires ?? "补充再多也达不到");
      },
    },
    {
      title: target === "A08" ? "计划补充（小学+初中累计，人）" : "计划补充（累计，人）",
      key: `${target}-planned`,
      render: (_: unknown, r: { y: YearRow }) => hold(r.y)?.plannedHires ?? "—",
    },
    {
      title: "是否可保持",
      key: `${target}-held`,
      render: (_: unknown, r: { y: YearRow }) => {
        const h = hold(r.y);
        if (h == null) return "—";
        return h.held ? <Tag color="green">可保持</Tag> : <Tag color="red">不能保持</Tag>;
      },
    },
  ];
}

/** The sign convention every 余缺 column states in its title. */
const SURPLUS_SIGN = "（+富余/−短缺）";

/**
 * 学龄人口预测 (资源需求预测): for a district (or, in the city app, 全市 or any district) the pupils
 * of a stage to 2035 as a chart (history solid, projection dashed, a scenario's band) and a table
 * of pupils, classes and teachers (需要/供给/余缺/当年需补充/退休; every 余缺 column + 富余, − 短缺) per year; the coverage (暂定 when
 * partial), the method, the rates with the years used; the scenario picker and editor (city
 * scenarios by the city, a district's by that district) and the births entry of a district.
 */
export function ProjectionPanel() {
  const token = useToken();
  const viewer = useViewer();
  const { message } = App.useApp();
  const isCity = viewer.level === "CITY";
  const districts = useQuery(districtsQuery(token));
  const ownDistrict = isCity ? null : (viewer.orgUnit?.id ?? null);
  const [picked, setPicked] = useState<string | null>(null);
  const districtId = isCity ? picked : ownDistrict;
  const districtName = isCity
    ? (districts.data?.find((d) => d.id === picked)?.name ?? "全市")
    : (viewer.orgUnit?.name ?? "");
  const [scenarioId, setScenarioId] = useState<string | null>(null);
  const [stage, setStage] = useState("PRIMARY");
  const [editing, setEditing] = useState<ProjectionScenarioFieldsFragment | null | "new">(null);
  const [birthsOpen, setBirthsOpen] = useState(false);
  const writes = useProjectionWrites();

  const base = useQuery(projectionQuery(token, districtId, null));
  const withScenario = useQuery({
    ...projectionQuery(token, districtId, scenarioId),
    enabled: scenarioId != null,
  });
  const scenarios = useQuery(projectionScenariosQuery(token, districtId));
  const usable = (scenarios.data ?? []).filter((s) => s.district == null || s.district.id === districtId);
  const current = usable.find((s) => s.id === scenarioId) ?? null;
  const canEdit = (s: ProjectionScenarioFieldsFragment) => (s.district ? true : isCity);
  const shown: Projection | undefined = scenarioId ? withScenario.data : base.data;
  const stageLabel = STAGE_OPTIONS.find((o) => o.value === stage)?.label ?? "";
  const stagesPresent = useMemo(
    () =>
      STAGE_OPTIONS.filter((o) =>
        base.data?.years.some((y) => y.stages.some((s) => s.stage === o.value && s.pupils > 0)),
      ),
    [base.data],
  );

  const rows = (shown?.years ?? []).map((y) => ({ y, s: y.stages.find((x) => x.stage === stage) }));
  const holdTarget: HoldTarget | null =
    stage === "PRIMARY" || stage === "JUNIOR_SECONDARY" ? "A08" : stage === "PRESCHOOL" ? "A07" : null;
  // a year before the first hire year (the base year, a year already over) is actual: its 余缺
  // stands but nothing is hired in it — said in the cell, not only in the notes
  const hiresFrom = shown?.hiresFrom ?? null;
  const past = (y: YearRow) => hiresFrom != null && y.schoolYear < hiresFrom;
  const pastHires = (
    <span title={`实际学年，不计补充：需补充教师从${hiresFrom}—${(hiresFrom ?? 0) + 1}学年起计`}>
      —（已过）
    </span>
  );
  const columns = [
    {
      title: "学年",
      key: "year",
      render: (_: unknown, r: { y: YearRow }) => (
        <Space size={4}>
          {r.y.schoolYear}
          {r.y.projected ? <Tag color="orange">预测</Tag> : <Tag>实际</Tag>}
        </Space>
      ),
    },
    {
      title: "在校生",
      key: "pupils",
      render: (_: unknown, r: { s?: YearRow["stages"][number] }) => {
        // a grade resting on a missing birth year (held at the year before) is 暂定
        const held = r.s?.grades.filter((g) => g.provisional).map((g) => g.label) ?? [];
        return (
          <Space size={4}>
            {r.s?.pupils ?? 0}
            {held.length > 0 && (
              <Tag color="orange" title={`${held.join("、")}依赖未录入的出生人口，暂定`}>
                暂定
              </Tag>
            )}
          </Space>
        );
      },
    },
    {
      title: "需班级",
      key: "cn",
      render: (_: unknown, r: { s?: YearRow["stages"][number] }) => r.s?.classesNeeded ?? "—",
    },
    {
      title: "现有班级",
      key: "ch",
      render: (_: unknown, r: { s?: YearRow["stages"][number] }) => r.s?.classesHave ?? "—",
    },
    {
      title: `班级余缺${SURPLUS_SIGN}`,
      key: "cb",
      render: (_: unknown, r: { s?: YearRow["stages"][number] }) => signed(r.s?.classBalance),
    },
    {
      title: "需教师",
      key: "tn",
      render: (_: unknown, r: { s?: YearRow["stages"][number] }) =>
        r.s?.teachers
          ? `${r.s.teachers.need}${BINDING_NOTE[r.s.teachers.binding as keyof typeof BINDING_NOTE] ?? ""}`
          : "—",
    },
    {
      title: "教师供给",
      key: "ts",
      render: (_: unknown, r: { s?: YearRow["stages"][number] }) => r.s?.teachers?.supply ?? "—",
    },
    {
      title: `教师余缺${SURPLUS_SIGN}`,
      key: "tg",
      render: (_: unknown, r: { s?: YearRow["stages"][number] }) => signed(r.s?.teachers?.surplus),
    },
    {
      title: "当年需补充",
      key: "th",
      render: (_: unknown, r: { y: YearRow; s?: YearRow["stages"][number] }) =>
        r.s?.teachers && past(r.y) ? pastHires : (r.s?.teachers?.hires ?? "—"),
    },
    {
      title: "当年退休",
      key: "tr",
      render: (_: unknown, r: { s?: YearRow["stages"][number] }) => r.s?.teachers?.retirements ?? "—",
    },
    {
      title: `体育艺术教师余缺（C3）${SURPLUS_SIGN}`,
      key: "c3",
      render: (_: unknown, r: { s?: YearRow["stages"][number] }) =>
        signed(r.s?.teachers?.balance.find((b) => b.indicatorId === "C3")?.surplus),
    },
    // the 优质均衡 C1/C2 needs of their own kind (小学、初中): hires this year
    ...(stage === "PRIMARY" || stage === "JUNIOR_SECONDARY"
      ? (["C1", "C2"] as const).map((id) => ({
          title: `${id === "C1" ? "C1高于规定学历教师" : "C2骨干教师"}当年需补充`,
          key: `h${id}`,
          render: (_: unknown, r: { y: YearRow; s?: YearRow["stages"][number] }) => {
            const line = r.s?.teachers?.balance.find((b) => b.indicatorId === id);
            return line && past(r.y) ? pastHires : (line?.hires ?? "—");
          },
        }))
      : []),
    // A08 is of 义务教育 (小学、初中) teachers, A07 of 幼儿园 teachers: each on its own stages only
    ...(stage === "PRIMARY" || stage === "JUNIOR_SECONDARY"
      ? [
          {
            title: "A08义务教育专任教师中本科以上学历比例（%）",
            key: "a08",
            render: (_: unknown, r: { y: YearRow }) =>
              r.y.a08Percent == null ? "—" : r.y.a08Percent.toFixed(1),
          },
        ]
      : []),
    ...(stage === "PRESCHOOL"
      ? [
          {
            title: "A07学前教育教师受过专业教育比例（%）",
            key: "a07",
            render: (_: unknown, r: { y: YearRow }) =>
              r.y.a07Percent == null ? "—" : r.y.a07Percent.toFixed(1),
          },
        ]
      : []),
    // whether the hires planned keep A08 (小学、初中) / A07 (幼儿园) on the plan's line (hire years)
    ...(holdTarget ? holdColumns(holdTarget) : []),
  ];
  const holdNotes = holdTarget
    ? (shown?.notes ?? []).filter((n) => n.startsWith(HOLD_NOTE_PREFIX[holdTarget]))
    : [];

  const error = base.error ?? withScenario.error;
  return (
    <PageCard
      title="学龄人口预测"
      extra={
        <Space wrap>
          {isCity && (
            <Select
              aria-label="预测范围"
              style={{ width: 140 }}
              value={picked ?? ""}
              onChange={(v) => {
                setPicked(v || null);
                setScenarioId(null);
              }}
              options={[
                { value: "", label: "全市" },
                ...(districts.data ?? []).map((d) => ({ value: d.id, label: d.name })),
              ]}
            />
          )}
          <Select
            aria-label="预测情景"
            style={{ width: 240 }}
            value={scenarioId ?? ""}
            onChange={(v) => setScenarioId(v || null)}
            options={[
              { value: "", label: "基准（不覆盖假设）" },
              ...usable.map((s) => ({ value: s.id, label: `${s.district ? "" : "【全市】"}${s.name}` })),
            ]}
          />
          <Button onClick={() => setEditing("new")}>新建情景</Button>
          {current && canEdit(current) && (
            <>
              <Button onClick={() => setEditing(current)}>编辑情景</Button>
              <Popconfirm
                title={`删除预测情景“${current.name}”？`}
                okText="删除"
                cancelText="取消"
                onConfirm={async () => {
                  try {
                    await writes.deleteScenario.mutateAsync({ id: current.id, version: current.version });
                    setScenarioId(null);
                  } catch (e) {
                    message.error(e instanceof Error ? e.message : String(e));
                  }
                }}
              >
                <Button danger>删除情景</Button>
              </Popconfirm>
            </>
          )}
          {districtId && <Button onClick={() => setBirthsOpen(true)}>出生人口录入</Button>}
          <ExportExcelButton
            testId="projection-export"
            disabled={base.data?.baseYear == null}
            fetchFile={(t) =>
              execute(ExportProjectionExcelDocument, { districtId, scenarioId }, { token: t }).then(
                (d) => d.exportProjectionExcel,
              )
            }
          />
        </Space>
      }
    >
      {error && (
        <Alert type="error" showIcon message={error instanceof Error ? error.message : String(error)} />
      )}
      {/* the city's projection takes a few seconds: say it is being computed, not an empty card */}
      {!shown && !error && (base.isLoading || withScenario.isLoading) && (
        <div style={{ padding: "48px 0", textAlign: "center" }} data-testid="projection-loading">
          <Spin description={`正在测算${districtName}学龄人口与教育资源需求……`}>
            <div style={{ height: 48 }} />
          </Spin>
        </div>
      )}
      {shown && (
        <Space direction="vertical" style={{ width: "100%" }} size="middle">
          <Alert
            type={shown.coverage.partial ? "warning" : "info"}
            showIcon
            message={
              <span data-testid="projection-coverage">
                {shown.coverage.partial && <Tag color="orange">暂定</Tag>}
                {shown.coverage.statement}
              </span>
            }
            description={
              current ? (
                <span data-testid="projection-scenario">{`情景：${current.name}（${current.assumptions.summary}）`}</span>
              ) : undefined
            }
          />
          {shown.baseYear != null && (
            <>
              <Segmented
                value={stage}
                onChange={(v) => setStage(String(v))}
                options={(stagesPresent.length ? stagesPresent : STAGE_OPTIONS).map((o) => ({
                  value: o.value,
                  label: o.label,
                }))}
              />
              {base.data && (
                <ProjectionChart
                  base={base.data}
                  scenario={scenarioId ? (withScenario.data ?? null) : null}
                  stage={stage}
                  stageLabel={stageLabel}
                />
              )}
              <div data-testid="projection-table">
                <Table
                  size="small"
                  rowKey={(r) => String(r.y.schoolYear)}
                  pagination={false}
                  dataSource={rows}
                  columns={columns}
                  scroll={{ x: true }}
                />
              </div>
              {holdNotes.map((n) => (
                <Alert key={n} type="warning" showIcon data-testid="projection-hold-note" message={n} />
              ))}
              <Collapse
                items={[
                  {
                    key: "method",
                    label: "预测方法与假设",
                    children: (
                      <>
                        {[...shown.method, ...shown.notes, shown.retirementRule].map((t) => (
                          <Typography.Paragraph key={t}>{t}</Typography.Paragraph>
                        ))}
                      </>
                    ),
                  },
                  {
                    key: "rates",
                    label: "升级（升学）率及所用学年",
                    children: (
                      <Table
                        size="small"
                        rowKey="key"
                        pagination={false}
                        dataSource={shown.rates}
                        columns={[
                          { title: "转换", dataIndex: "label" },
                          { title: "采用", dataIndex: "rate", render: (v: number) => v.toFixed(4) },
                          {
                            title: "历史估计",
                            dataIndex: "estimated",
                            render: (v: number | null) => (v == null ? "无" : v.toFixed(4)),
                          },
                          {
                            title: "所用学年",
                            dataIndex: "yearsUsed",
                            render: (v: number[]) => v.join("、") || "—",
                          },
                          {
                            title: "来源",
                            key: "src",
                            render: (_v, r) =>
                              r.overridden ? "情景覆盖" : r.defaulted ? "无历史，缺省" : "历史平均",
                          },
                        ]}
                      />
                    ),
                  },
                  {
                    key: "births",
                    label: "出生人口（录入与推算）",
                    children: (
                      <Typography.Paragraph>
                        {shown.births
                          .map((b) => `${b.year}年 ${b.births}${b.projected ? "（推算）" : ""}`)
                          .join("；") || "未录入"}
                      </Typography.Paragraph>
                    ),
                  },
                ]}
              />
            </>
          )}
        </Space>
      )}
      <ScenarioModal
        open={editing != null}
        scenario={editing === "new" ? null : editing}
        districtId={editing === "new" ? districtId : (editing?.district?.id ?? null)}
        transitions={(base.data?.rates ?? []).map((r) => ({ key: r.key, label: r.label }))}
        onSave={(input) =>
          editing && editing !== "new"
            ? writes.updateScenario.mutateAsync({ id: editing.id, version: editing.version, input })
            : writes.createScenario
                .mutateAsync(input)
                .then((r) => setScenarioId(r.createProjectionScenario.scenario.id))
        }
        onClose={() => setEditing(null)}
      />
      {districtId && (
        <BirthsModal
          open={birthsOpen}
          districtId={districtId}
          districtName={districtName}
          onClose={() => setBirthsOpen(false)}
        />
      )}
    </PageCard>
  );
}
