import type { PlanTargetFieldsFragment, Stage } from "@edu2035/graphql";
import { useMemo } from "react";
import { EChart, type EChartOption } from "../EChart.tsx";
import { formatMilestone, formatNumber, formatValue } from "../format.ts";
import { type DashboardIndex, type DashboardUnit, dashboardUnitKey } from "./dashboard.ts";

type Target = PlanTargetFieldsFragment;

const PALETTE = ["#1f5fbf", "#fa8c16", "#13a8a8", "#722ed1", "#eb2f96", "#52c41a", "#a0d911", "#2f54eb"];
const MILESTONE_COLORS: Record<string, string> = {
  "2022": "#8c8c8c",
  "2025": "#cf1322",
  "2030": "#d48806",
  "2035": "#389e0d",
};

/** A round step for axis bounds around a range. */
function niceStep(range: number): number {
  const exp = 10 ** Math.floor(Math.log10(range || 1));
  const f = range / exp;
  return (f <= 2 ? 0.2 : f <= 5 ? 0.5 : 1) * exp;
}

/** Axis bounds covering values, milestones and baseline, on round numbers (never below 0, over 100%). */
function bounds(values: number[], percent: boolean): { min: number; max: number } | undefined {
  if (values.length === 0) return undefined;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const step = niceStep(hi - lo || Math.abs(hi) || 1);
  let min = Math.floor((lo - step) / step) * step;
  let max = Math.ceil((hi + step) / step) * step;
  if (lo >= 0) min = Math.max(0, min);
  if (percent && hi <= 100) max = Math.min(100, max);
  return { min: Number(min.toPrecision(6)), max: Number(max.toPrecision(6)) };
}

/** What the tooltip says of a year: 已发布 v2 (final), 预览 (not final), nothing when unknown. */
export function yearTooltipState(index: DashboardIndex, schoolYear: number): string | null {
  const y = index.year(schoolYear);
  if (!y) return null;
  if (y.final) return y.publishedVersion ? `已发布 v${y.publishedVersion}` : y.stateLabel;
  return `预览（${y.stateLabel}）`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
}

/**
 * 历年趋势 of one target: a line per unit (the dashboard's unit bold, the units below it thin)
 * over the dashboard's school years, the plan's 2020 baseline as a point, the straight-line
 * value required by the plan (按进度应达) dashed, and the milestones (2022/2025/2030/2035) as
 * horizontal lines; the unit on the value axis. Provisional values (暂定, below full coverage) are
 * hollow points, published ones solid, and a segment into or out of a hollow point is dashed (a
 * second series of the same name, so that a provisional value never reads as a firm rise or
 * drop); the tooltip gives each year's state (已发布 v2 / 预览) and each value's coverage. The
 * wrapper's `data-hollow-points` lists the hollow points ("unitKey@year") and
 * `data-dashed-segments` the dashed segments ("unitKey@2025-2026"), space-separated, for tests.
 */
export function TargetTrendChart({
  target,
  index,
  units,
  height = 380,
  stage = null,
}: {
  target: Target;
  index: DashboardIndex;
  /** The stage of a C1–C7 target's trend (小学 / 初中); null for any other target. */
  stage?: Stage | null;
  /** The dashboard's unit first, then the units below to draw. */
  units: readonly DashboardUnit[];
  height?: number;
}) {
  const { option, hollow, dashed } = useMemo(() => {
    const years = index.years;
    const unitLabel = target.unitLabel;
    const all: number[] = [];
    const hollow: string[] = [];
    const lines = units
      .map((u, i) => {
        const results = years.map((y) => index.get(u, target.id, y, stage));
        const data = results.map((r) => r?.value ?? null);
        return { unit: u, data, results, primary: i === 0 };
      })
      .filter((l) => l.primary || l.data.some((v) => v !== null));
    for (const l of lines) for (const v of l.data) if (v !== null) all.push(v);
    const self = units[0];
    const required = self ? years.map((y) => index.get(self, target.id, y, stage)?.requiredNow ?? null) : [];
    for (const v of required) if (v !== null) all.push(v);

    // milestones with a value, one line per value (2030 and 2035 often ask the same)
    const byValue = new Map<number, { labels: string[]; year: number | null }>();
    for (const m of target.milestones) {
      if (m.value === null) continue;
      const entry = byValue.get(m.value) ?? { labels: [], year: m.year };
      entry.labels.push(formatMilestone(m));
      byValue.set(m.value, entry);
      all.push(m.value);
    }
    if (target.baseline !== null) all.push(target.baseline);
    const axis = bounds(all, unitLabel === "%");

    const dashed: string[] = [];
    const series: object[] = lines.flatMap((l, i) => {
      const color = PALETTE[i % PALETTE.length];
      const isHollow = l.data.map((v, k) => v !== null && Boolean(l.results[k]?.provisional));
      // a segment k-1 → k joining two values, one of them provisional: drawn dashed
      const dashedInto = l.data.map(
        (v, k) => k > 0 && v !== null && l.data[k - 1] !== null && (isHollow[k] || isHollow[k - 1]),
      );
      const key = dashboardUnitKey(l.unit);
      for (const [k, d] of dashedInto.entries()) if (d) dashed.push(`${key}@${years[k - 1]}-${years[k]}`);
      for (const [k, h] of isHollow.entries()) if (h) hollow.push(`${key}@${years[k]}`);
      const common = {
        name: l.unit.name,
        type: "line",
        connectNulls: false,
        symbolSize: l.primary ? 8 : 5,
        itemStyle: { color },
        emphasis: { focus: "series" },
      };
      const solid = {
        ...common,
        // the firm values only: no line reaches a provisional point
        data: l.data.map((v, k) => (isHollow[k] ? null : v)),
        symbol: "circle",
        lineStyle: { width: l.primary ? 3 : 1.5 },
        z: l.primary ? 5 : 3,
        ...(l.primary && byValue.size > 0
          ? {
              markLine: {
                symbol: "none",
                silent: false,
                data: [...byValue.entries()].map(([value, { labels, year }]) => ({
                  yAxis: value,
                  name: labels.join("；"),
                  lineStyle: {
                    type: "dashed",
                    width: 1.5,
                    color: MILESTONE_COLORS[String(year)] ?? "#8c8c8c",
                  },
                  label: {
                    formatter: `目标 ${labels.join("；")}`,
                    position: "insideEndTop",
                    color: MILESTONE_COLORS[String(year)] ?? "#595959",
                    fontSize: 12,
                  },
                })),
              },
            }
          : {}),
      };
      if (!dashedInto.some(Boolean) && !isHollow.some(Boolean)) return [solid];
      // the provisional part: hollow points and the dashed segments touching them; a firm point
      // at the end of such a segment is drawn by the solid series (no symbol here)
      const preview = {
        ...common,
        data: l.data.map((v, k) => {
          if (v === null) return null;
          if (isHollow[k]) return { value: v, symbol: "emptyCircle" };
          return dashedInto[k] || dashedInto[k + 1] ? { value: v, symbol: "none" } : null;
        }),
        symbol: "emptyCircle",
        lineStyle: { width: l.primary ? 3 : 1.5, type: "dashed" },
        z: l.primary ? 4 : 2,
      };
      return [solid, preview];
    });
    if (required.some((v) => v !== null)) {
      series.push({
        name: "按进度应达值",
        type: "line",
        data: required,
        symbol: "none",
        lineStyle: { type: "dotted", width: 2, color: "#8c8c8c" },
        itemStyle: { color: "#8c8c8c" },
        z: 2,
      });
    }
    if (target.baseline !== null) {
      series.push({
        name: "2020年现状（规划）",
        type: "scatter",
        data: [[0, target.baseline]],
        symbol: "diamond",
        symbolSize: 14,
        itemStyle: { color: "#cf1322" },
        label: {
          show: true,
          position: "right",
          formatter: target.baselineLabel ?? formatValue(target.baseline, unitLabel),
          fontSize: 12,
        },
        z: 6,
      });
    }
    const byName = new Map(lines.map((l) => [l.unit.name, l]));
    const tooltipFormatter = (raw: unknown) => {
      const params = (Array.isArray(raw) ? raw : [raw]) as {
        dataIndex: number;
        seriesName: string;
        marker: string;
        value: unknown;
      }[];
      const k = params[0]?.dataIndex ?? 0;
      const year = years[k];
      if (year === undefined) return "";
      const state = yearTooltipState(index, year);
      const head = `${year}—${year + 1}学年${state ? ` · ${state}` : ""}`;
      // a unit drawn as two series (firm and provisional): one row, with its value
      const numeric = (p: (typeof params)[number]) => {
        const value = Array.isArray(p.value) ? p.value[1] : p.value;
        return typeof value === "number" && !Number.isNaN(value) ? value : null;
      };
      const one = new Map<string, (typeof params)[number]>();
      for (const p of params) {
        const seen = one.get(p.seriesName);
        if (!seen || (numeric(seen) === null && numeric(p) !== null)) one.set(p.seriesName, p);
      }
      const rows = [...one.values()].map((p) => {
        const value = numeric(p);
        const text = value !== null ? formatValue(value, unitLabel) : "无数据";
        const r = byName.get(p.seriesName)?.results[k];
        const note = r?.coverage && r.coverage.expected > 0 ? r.coverage.label : null;
        const extra = r?.provisional ? `暂定${note ? `，${note}` : ""}` : note;
        return `${p.marker}${escapeHtml(p.seriesName)}：<b>${escapeHtml(text)}</b>${extra ? `（${escapeHtml(extra)}）` : ""}`;
      });
      return [escapeHtml(head), ...rows].join("<br/>");
    };
    const option = {
      animation: false,
      color: PALETTE,
      tooltip: {
        trigger: "axis",
        formatter: tooltipFormatter,
      },
      legend: { type: "scroll", top: 0, left: 0, right: 0 },
      grid: { top: 48, left: 16, right: 32, bottom: 8, containLabel: true },
      xAxis: {
        type: "category",
        name: "学年",
        boundaryGap: false,
        // a year not final reads 预览 under its label
        data: years.map((y) => {
          const state = index.year(y);
          return `${y}—${String(y + 1).slice(2)}${state && !state.final ? "\n预览" : ""}`;
        }),
        axisLabel: { fontSize: 12 },
      },
      yAxis: {
        type: "value",
        name: `单位：${unitLabel}`,
        nameTextStyle: { align: "left" },
        ...axis,
        axisLabel: { formatter: (v: number) => formatNumber(v) },
      },
      series,
    } satisfies EChartOption;
    return { option, hollow, dashed };
  }, [target, index, units, stage]);
  return (
    <div
      data-testid="trend-chart"
      data-hollow-points={hollow.join(" ")}
      data-dashed-segments={dashed.join(" ")}
    >
      <EChart option={option} height={height} />
    </div>
  );
}
