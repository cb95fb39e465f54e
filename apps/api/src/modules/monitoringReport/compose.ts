/**
 * The 教育现代化监测报告 composed from the services' models (no database here): the figures are
 * the dashboards' own — targetDashboard (values, coverage, status, the years before and the
 * units below), the 优质均衡 assessment, the 三支队伍 summary and the 数据报送情况 — and every
 * sentence comes from the domain's templates (@edu2035/domain report/sentences.ts).
 */
import {
  BALANCE_STAGE_LABELS,
  countStatuses,
  coverageLabel,
  formatReportValue,
  groupIntoChapters,
  isFinalState,
  laggingTargets,
  type Milestone,
  noLaggingSentence,
  REPORT_DECIMALS,
  roundTo,
  SCHOOL_TYPE_LABELS,
  schoolYearLabel,
  schoolYearShort,
  summarySentence,
  TARGET_STATUS_LABELS,
  type TargetStatus,
  targetSentence,
  targetUnitLabel,
} from "@edu2035/domain";
import type { BalanceAssessmentModel, SchoolBalanceModel } from "../balance/service.ts";
import { beijingDateTime, completenessRate } from "../excel/completenessExcel.ts";
import type { TargetDashboardModel, TargetResultModel } from "../indicators/service.ts";
import { whatItTakesOf } from "../indicators/whatItTakes.ts";
import type { OrgUnitModel } from "../org/service.ts";
import type { ReportCompletenessModel } from "../periods/service.ts";
import type { LabeledCount, StaffingSummaryModel } from "../staff/service.ts";
import type { ReportBlock, ReportChapter, ReportModel, TrendChartSpec } from "./model.ts";

/** What a city's or district's report is made from. */
export interface AnnualReportInputs {
  /** 乌海市教育局 / 海勃湾区教育局. */
  bureauName: string;
  schoolYear: number;
  /** When the figures were read (for a 预览). */
  now: Date;
  /** fromYear 2020 (or later) … toYear = schoolYear, the unit and its children. */
  dashboard: TargetDashboardModel;
  /** The districts' assessments (the city: every district; a district: its own). */
  balance: BalanceAssessmentModel[];
  staffing: StaffingSummaryModel;
  completeness: ReportCompletenessModel;
}

/** What a school's 年度数据简报 is made from. */
export interface SchoolBriefInputs {
  schoolYear: number;
  now: Date;
  /** The school's dashboard (fromYear = schoolYear − 1 … schoolYear; no children). */
  dashboard: TargetDashboardModel;
  balance: SchoolBalanceModel;
  /** Its district's name. */
  districtName: string;
}

/** How many targets the summary lists as lagging most. */
export const LAGGING_LIMIT = 5;

const valueText = (r: TargetResultModel): string =>
  r.value === null ? "—" : `${formatReportValue(r.value, r.target.unit)}${r.provisional ? "（暂定）" : ""}`;

const milestoneText = (m: Milestone | null): string =>
  m ? (m.year ? `${m.year}年 ${m.label}` : m.label) : "—";

const statusText = (r: TargetResultModel): string => TARGET_STATUS_LABELS[r.status];

/** A result is final enough to compare with: a value from every expected unit. */
const comparable = (r: TargetResultModel | undefined): r is TargetResultModel =>
  !!r && r.value !== null && !r.provisional && r.status !== "incomplete" && r.status !== "no_data";

const resultKey = (r: Pick<TargetResultModel, "schoolYear" | "stage"> & { target: { id: string } }) =>
  `${r.target.id}|${r.stage ?? ""}|${r.schoolYear}`;

/** The data's state: 已发布 vN (its date) or 预览 now. */
function dataStateOf(
  dashboard: TargetDashboardModel,
  schoolYear: number,
  now: Date,
): { final: boolean; text: string } {
  const year = dashboard.years.find((y) => y.schoolYear === schoolYear);
  if (year && year.publishedVersion != null && isFinalState(year.state)) {
    const publication =
      year.publications.find((p) => p.version === year.publishedVersion) ?? year.publications[0];
    const when = publication ? `，${beijingDateTime(publication.publishedAt)} 发布` : "";
    return {
      final: true,
      text: `数据来源：${schoolYearLabel(schoolYear)}已发布数据 v${year.publishedVersion}${when}`,
    };
  }
  return {
    final: false,
    text: `数据来源：预览，${beijingDateTime(now)} 按当时数据计算的暂定数据，该学年尚未发布`,
  };
}

/**
 * The sentence of a result, compared with the same unit's result of the year before; a lagging
 * roster target's ends with its 达成路径 (issue 13, indicators/whatItTakes.ts).
 */
function sentenceOf(r: TargetResultModel, previous: TargetResultModel | undefined): string {
  return targetSentence({
    targetId: r.target.id,
    unit: r.target.unit,
    direction: r.target.direction,
    schoolYear: r.schoolYear,
    value: r.value,
    previousValue: comparable(previous) ? previous.value : null,
    coverage: r.coverage,
    status: r.status,
    milestone: r.milestone,
    whatItTakes: whatItTakesOf(r),
  });
}

/** The trend chart of a target for the unit over the dashboard's years (null: no value at all). */
function trendChart(
  r: TargetResultModel,
  own: ReadonlyMap<string, TargetResultModel>,
  dashboard: TargetDashboardModel,
): TrendChartSpec | null {
  const years = Array.from(
    { length: dashboard.toYear - dashboard.fromYear + 1 },
    (_, i) => dashboard.fromYear + i,
  );
  const points = years.map((y) => own.get(resultKey({ target: r.target, stage: r.stage, schoolYear: y })));
  if (points.every((p) => p?.value == null)) return null;
  const milestones = r.target.milestones
    .filter(
      (m) =>
        m.value !== null &&
        [">=", ">", "=", "<="].includes(m.comparator) &&
        (!r.stage || m.stage === r.stage),
    )
    .map((m) => ({ label: milestoneText(m), value: m.value as number }));
  return {
    id: `${r.target.id}${r.stage ? `-${r.stage}` : ""}`,
    title: `${r.target.id} ${r.target.name}`,
    unitLabel: targetUnitLabel(r.target),
    years: years.map(schoolYearShort),
    // as the report prints them (A09 49.6, not 49.6075)
    values: points.map((p) => (p?.value == null ? null : roundTo(p.value, REPORT_DECIMALS[r.target.unit]))),
    provisional: points.map((p) => !!p?.provisional),
    decimals: REPORT_DECIMALS[r.target.unit],
    milestones,
  };
}

function countTable(caption: string, counts: readonly LabeledCount[], total: number): ReportBlock {
  return {
    kind: "table",
    caption,
    columns: ["类别", "人数", "占比"],
    rows: counts.map((c) => [
      c.label,
      String(c.count),
      total ? `${((c.count / total) * 100).toFixed(1)}%` : "—",
    ]),
  };
}

/** The targets' chapters: one per part of the plan, an overview table, then one section per target. */
function targetChapters(
  inputs: AnnualReportInputs,
  own: ReadonlyMap<string, TargetResultModel>,
): ReportChapter[] {
  const { dashboard, schoolYear } = inputs;
  const current = dashboard.results.filter(
    (r) => r.unit.level === dashboard.unit.level && r.schoolYear === schoolYear && r.target.group !== "C",
  );
  const byChild = new Map<string, TargetResultModel>();
  for (const r of dashboard.results)
    if (r.unit.level !== dashboard.unit.level && r.schoolYear === schoolYear)
      byChild.set(`${r.unit.id}|${r.target.id}|${r.stage ?? ""}`, r);
  const childWord = dashboard.unit.level === "city" ? "各区" : "各学校";
  return groupIntoChapters(current).map((group) => {
    const blocks: ReportBlock[] = [
      {
        kind: "table",
        caption: `表 ${group.key} 指标一览（${schoolYearLabel(schoolYear)}）`,
        columns: ["编号", "指标", "值", "数据覆盖", "状态", "当前目标"],
        rows: group.items.map((r) => [
          r.target.id,
          r.target.name,
          valueText(r),
          coverageLabel(r.coverage),
          statusText(r),
          milestoneText(r.milestone),
        ]),
      },
    ];
    for (const r of group.items) {
      if (r.status === "not_applicable") continue;
      blocks.push({ kind: "heading", text: `${r.target.id} ${r.target.name}` });
      blocks.push({
        kind: "paragraph",
        text: sentenceOf(
          r,
          own.get(resultKey({ target: r.target, stage: r.stage, schoolYear: schoolYear - 1 })),
        ),
      });
      blocks.push({
        kind: "paragraph",
        tone: "note",
        text: `数据覆盖：${coverageLabel(r.coverage)}；状态：${statusText(r)}${r.reason ? `（${r.reason}）` : ""}；规划出处：${r.target.section}`,
      });
      const chart = trendChart(r, own, dashboard);
      if (chart) blocks.push({ kind: "chart", chart });
      const rows = dashboard.children
        .map((c) => ({ c, cr: byChild.get(`${c.id}|${r.target.id}|${r.stage ?? ""}`) }))
        .filter((x) => x.cr && x.cr.status !== "not_applicable")
        .map(({ c, cr }) => [c.name, valueText(cr!), coverageLabel(cr!.coverage), statusText(cr!)]);
      if (rows.length)
        blocks.push({
          kind: "table",
          caption: `${r.target.id} ${childWord}对比`,
          columns: ["单位", "值", "数据覆盖", "状态"],
          rows,
        });
    }
    return { title: group.title, blocks };
  });
}

/** The 优质均衡 chapter: per district and stage, the seven 差异系数 and the schools below standard. */
function balanceChapter(balance: readonly BalanceAssessmentModel[]): ReportChapter {
  const blocks: ReportBlock[] = [];
  for (const a of balance) {
    blocks.push({ kind: "heading", text: `${a.district.name}义务教育优质均衡` });
    if (a.certificationNote) blocks.push({ kind: "paragraph", tone: "note", text: a.certificationNote });
    for (const s of a.stages) {
      const stage = BALANCE_STAGE_LABELS[s.stage];
      blocks.push({ kind: "paragraph", text: `${stage}：${s.verdict}（${s.coverage}）` });
      blocks.push({
        kind: "table",
        caption: `${a.district.name}${stage}校际差异系数`,
        columns: ["指标", "差异系数", "限值", "是否达标", "计入学校数"],
        rows: s.variations.map((v) => [
          `${v.indicator.id} ${v.indicator.name}`,
          v.cv === null ? "—" : v.cv.toFixed(3),
          v.limit.toFixed(2),
          v.cv === null ? (v.reason ?? "无数据") : v.passed ? "达标" : "未达标",
          String(v.schoolsCounted),
        ]),
      });
      const below = s.schools.filter((x) => !x.passed);
      blocks.push(
        below.length
          ? {
              kind: "table",
              caption: `${a.district.name}${stage}未达到标准的学校`,
              columns: ["学校", "达标项数", "说明"],
              rows: below.map((x) => [x.school.name, `${x.metCount}/7`, x.summary]),
            }
          : { kind: "paragraph", text: `${a.district.name}${stage}已评估学校均达到标准。` },
      );
    }
  }
  if (!blocks.length) blocks.push({ kind: "paragraph", text: "本单位无义务教育优质均衡评估数据。" });
  return { title: "义务教育优质均衡", blocks };
}

/** The 三支队伍 chapter: 学历, 职称, 年龄 and 岗位 of the active staff, with the roster coverage. */
function staffingChapter(s: StaffingSummaryModel): ReportChapter {
  const partial = s.provisional ? "（暂定，数据不全）" : "";
  return {
    title: "三支队伍结构",
    blocks: [
      {
        kind: "paragraph",
        text: `${s.unit.name}${schoolYearLabel(s.schoolYear)}在岗教职工 ${s.total} 人${partial}，其中专任教师 ${s.fullTimeTeachers} 人；名册覆盖 ${coverageLabel(s.coverage)}有名册。`,
      },
      countTable("按岗位", s.byRole, s.total),
      countTable("按最高学历", s.byEducation, s.total),
      countTable("按职称", s.byTitle, s.total),
      countTable("按年龄段", s.byAgeBand, s.total),
    ],
  };
}

/** The data-quality chapter: completeness and timeliness per district, the late and missing schools. */
function dataQualityChapter(c: ReportCompletenessModel): ReportChapter {
  const row = (name: string, n: ReportCompletenessModel["total"]) => {
    const rate = completenessRate(n);
    return [
      name,
      String(n.due),
      String(n.approved),
      String(n.submitted),
      String(n.returned),
      String(n.draft),
      String(n.notStarted),
      String(n.late),
      rate === null ? "—" : `${rate}%`,
    ];
  };
  const deadline = c.period ? beijingDateTime(c.period.deadline) : "未设置";
  const blocks: ReportBlock[] = [
    {
      kind: "paragraph",
      text: `${schoolYearLabel(c.schoolYear)}年报截止时间：${deadline}。应报 ${c.total.due} 所学校，已审核 ${c.total.approved} 所，已提交待审 ${c.total.submitted} 所，逾期报送 ${c.total.late} 所。`,
    },
    {
      kind: "table",
      caption: "各区报送情况",
      columns: ["区", "应报", "已审核", "已提交", "已退回", "草稿", "未填报", "逾期", "报送率"],
      rows: [...c.byDistrict.map((d) => row(d.district.name, d.counts)), row("合计", c.total)],
    },
  ];
  blocks.push(
    c.lateSubmissions.length
      ? {
          kind: "table",
          caption: "逾期报送的学校",
          columns: ["区", "学校", "首次提交时间"],
          rows: c.lateSubmissions.map((e) => [
            e.district.name,
            e.school.name,
            beijingDateTime(e.firstSubmittedAt ?? e.submittedAt) || "未提交",
          ]),
        }
      : { kind: "paragraph", text: "无逾期报送的学校。" },
  );
  if (c.missing.length)
    blocks.push({
      kind: "table",
      caption: "尚未报送的学校",
      columns: ["区", "学校", "学校类别", "状态"],
      rows: c.missing.map((e) => [
        e.district.name,
        e.school.name,
        SCHOOL_TYPE_LABELS[e.school.type],
        e.statusLabel,
      ]),
    });
  return { title: "数据质量", blocks };
}

/** The report title: 乌海市教育现代化监测报告（2024—2025学年）. */
export function annualReportTitle(unit: Pick<OrgUnitModel, "name">, schoolYear: number): string {
  return `${unit.name}教育现代化监测报告（${schoolYearLabel(schoolYear)}）`;
}

/** The city's or a district's 监测报告 (see the module comment). */
export function composeAnnualReport(inputs: AnnualReportInputs): ReportModel {
  const { dashboard, schoolYear } = inputs;
  const own = new Map<string, TargetResultModel>();
  for (const r of dashboard.results) if (r.unit.level === dashboard.unit.level) own.set(resultKey(r), r);
  const current = dashboard.results.filter(
    (r) => r.unit.level === dashboard.unit.level && r.schoolYear === schoolYear,
  );
  const state = dataStateOf(dashboard, schoolYear, inputs.now);
  const yearLabel = schoolYearLabel(schoolYear);
  const counts = countStatuses(current.map((r) => r.status));
  const lagging = laggingTargets(
    current.map((r) => ({
      targetId: r.target.id,
      status: r.status,
      value: r.value,
      required: r.requiredNow ?? r.milestone?.value ?? null,
      result: r,
    })),
    LAGGING_LIMIT,
  );
  const summary: ReportBlock[] = [
    { kind: "paragraph", text: state.text },
    ...(state.final
      ? []
      : [
          {
            kind: "paragraph" as const,
            tone: "warning" as const,
            text: "预览：该学年尚未发布，以下数据为暂定，不作为正式结论。",
          },
        ]),
    { kind: "paragraph", text: summarySentence(yearLabel, counts) },
    {
      kind: "table",
      caption: "指标评价结果统计",
      columns: ["评价结果", "指标数"],
      rows: counts.map((c) => [c.label, String(c.count)]),
    },
    ...(lagging.length
      ? [
          { kind: "heading" as const, text: "滞后最多的指标" },
          ...lagging.map((l) => ({
            kind: "paragraph" as const,
            text: sentenceOf(
              l.result,
              own.get(
                resultKey({ target: l.result.target, stage: l.result.stage, schoolYear: schoolYear - 1 }),
              ),
            ),
          })),
        ]
      : [{ kind: "paragraph" as const, text: noLaggingSentence(counts) }]),
  ];
  return {
    kind: "annual",
    title: annualReportTitle(dashboard.unit, schoolYear),
    author: inputs.bureauName,
    unitName: dashboard.unit.name,
    schoolYear,
    yearLabel,
    final: state.final,
    dataState: state.text,
    generatedOn: beijingDateTime(inputs.now).slice(0, 10),
    chapters: [
      { title: "总体情况", blocks: summary },
      ...targetChapters(inputs, own),
      balanceChapter(inputs.balance),
      staffingChapter(inputs.staffing),
      dataQualityChapter(inputs.completeness),
    ],
  };
}

/** A school's 年度数据简报: its targets (value, status, sentence) and its 优质均衡 figures against the standards. */
export function composeSchoolBrief(inputs: SchoolBriefInputs): ReportModel {
  const { dashboard, schoolYear } = inputs;
  const own = new Map<string, TargetResultModel>();
  for (const r of dashboard.results) own.set(resultKey(r), r);
  const current = dashboard.results.filter(
    (r) => r.schoolYear === schoolYear && r.status !== "not_applicable",
  );
  const state = dataStateOf(dashboard, schoolYear, inputs.now);
  const counts = countStatuses(current.map((r) => r.status as TargetStatus));
  const blocks: ReportBlock[] = [
    {
      kind: "paragraph",
      text: `${inputs.districtName} ${dashboard.unit.name}。${summarySentence(schoolYearLabel(schoolYear), counts)}`,
    },
    {
      kind: "table",
      caption: "本校指标",
      columns: ["编号", "指标", "本校值", "状态", "目标"],
      rows: current.map((r) => [
        r.target.id,
        r.target.name,
        valueText(r),
        statusText(r),
        milestoneText(r.milestone),
      ]),
    },
  ];
  const balanceRows = inputs.balance.results.flatMap((res) =>
    res.indicators.map((i) => [
      BALANCE_STAGE_LABELS[res.stage],
      `${i.indicator.id} ${i.indicator.name}`,
      i.value === null ? "—" : i.value.toFixed(2),
      i.standard.toFixed(2),
      i.met ? "达到标准" : "未达到标准",
    ]),
  );
  const chapters: ReportChapter[] = [{ title: "本校指标", blocks }];
  chapters.push({
    title: "优质均衡资源配置（对照标准）",
    blocks: balanceRows.length
      ? [
          {
            kind: "table",
            caption: "本校七项指标",
            columns: ["学段", "指标", "本校值", "标准", "是否达标"],
            rows: balanceRows,
          },
          ...inputs.balance.excluded.map((e) => ({
            kind: "paragraph" as const,
            tone: "note" as const,
            text: `${BALANCE_STAGE_LABELS[e.stage]}未评估：${e.reasonLabel}`,
          })),
        ]
      : [
          {
            kind: "paragraph",
            text:
              inputs.balance.excluded
                .map((e) => `${BALANCE_STAGE_LABELS[e.stage]}未评估：${e.reasonLabel}`)
                .join("；") || "本校不参加义务教育优质均衡评估。",
          },
        ],
  });
  return {
    kind: "brief",
    title: `${dashboard.unit.name}${schoolYearLabel(schoolYear)}年度数据简报`,
    author: dashboard.unit.name,
    unitName: dashboard.unit.name,
    schoolYear,
    yearLabel: schoolYearLabel(schoolYear),
    final: state.final,
    dataState: state.text,
    generatedOn: beijingDateTime(inputs.now).slice(0, 10),
    chapters,
  };
}
