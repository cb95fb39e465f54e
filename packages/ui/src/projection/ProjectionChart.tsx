import type { ProjectionQuery } from "@edu2035/graphql";
import { useMemo } from "react";
import { EChart, type EChartOption } from "../EChart.tsx";

type Projection = ProjectionQuery["projection"];

/** Pupils of a stage in each year of a projection (null where the stage is absent). */
function pupilsOf(p: Projection, stage: string): Map<number, number> {
  return new Map(
    p.years.map((y) => [y.schoolYear, y.stages.find((s) => s.stage === stage)?.pupils ?? 0] as const),
  );
}

/**
 * 在校生 of one stage over the years: history (approved 年报) solid, the baseline projection
 * dashed from the base year, and a scenario's projection dashed in another colour with the band
 * between the two shaded (情景区间). The wrapper's `data-series` lists the series names, for tests.
 */
export function ProjectionChart({
  base,
  scenario,
  stage,
  stageLabel,
}: {
  base: Projection;
  scenario?: Projection | null;
  stage: string;
  stageLabel: string;
}) {
  const option = useMemo<EChartOption>(() => {
    const years = base.years.map((y) => y.schoolYear);
    const b = pupilsOf(base, stage);
    const s = scenario ? pupilsOf(scenario, stage) : null;
    const baseYear = base.baseYear ?? years[0] ?? 0;
    const history = years.map((y) => (y <= baseYear ? (b.get(y) ?? null) : null));
    const projected = years.map((y) => (y >= baseYear ? (b.get(y) ?? null) : null));
    const series: Record<string, unknown>[] = [
      { name: "实际（已审核年报）", type: "line", data: history, lineStyle: { width: 3 }, symbolSize: 6 },
      {
        name: "预测（基准）",
        type: "line",
        data: projected,
        lineStyle: { type: "dashed", width: 2 },
        symbolSize: 4,
      },
    ];
    if (s && scenario) {
      const sc = years.map((y) => (y >= baseYear ? (s.get(y) ?? null) : null));
      const lower = years.map((y, i) => (y >= baseYear ? Math.min(projected[i] ?? 0, sc[i] ?? 0) : null));
      const span = years.map((y, i) => (y >= baseYear ? Math.abs((projected[i] ?? 0) - (sc[i] ?? 0)) : null));
      series.push(
        {
          name: `情景：${scenario.scenario?.name ?? ""}`,
          type: "line",
          data: sc,
          lineStyle: { type: "dashed", width: 2 },
          symbolSize: 4,
        },
        {
          name: "区间下沿",
          type: "line",
          data: lower,
          stack: "band",
          lineStyle: { opacity: 0 },
          symbol: "none",
          tooltip: { show: false },
        },
        {
          name: "情景区间",
          type: "line",
          data: span,
          stack: "band",
          lineStyle: { opacity: 0 },
          symbol: "none",
          areaStyle: { color: "rgba(250, 140, 22, 0.18)" },
          tooltip: { show: false },
        },
      );
    }
    return {
      color: ["#1f5fbf", "#1f5fbf", "#fa8c16", "transparent", "rgba(250,140,22,0.4)"],
      tooltip: { trigger: "axis" },
      // Legend on top (scrolling when long) and room below for the year labels: the legend never
      // covers the x axis (2024–2031…) nor the y axis name.
      legend: {
        type: "scroll",
        top: 0,
        left: 0,
        right: 0,
        data: series.map((x) => x.name as string).filter((n) => n !== "区间下沿"),
      },
      grid: { left: 16, right: 24, top: 64, bottom: 24, containLabel: true },
      xAxis: { type: "category", data: years.map(String) },
      yAxis: { type: "value", name: `${stageLabel}在校生（人）` },
      series,
    };
  }, [base, scenario, stage, stageLabel]);
  return (
    <div
      data-testid="projection-chart"
      data-series={scenario ? "history base scenario band" : "history base"}
    >
      <EChart option={option} height={320} />
    </div>
  );
}
