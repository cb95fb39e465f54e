/**
 * The 监测报告's trend charts as SVG, drawn by ECharts' server-side rendering (no DOM:
 * `echarts.init(null, null, { renderer: "svg", ssr: true })` then `renderToSVGString()`): a
 * line over the school years (暂定 values drawn hollow), each numeric milestone a dashed line.
 * Each point is labelled with the report's decimals (94.0, as the sentence prints it), and the
 * value axis starts at 0 (not at a value near the data, which would exaggerate small changes).
 */
import type { TrendChartSpec } from "./model.ts";

/** The chart's size in CSS pixels (the .docx shows it at this size, the PDF scales it). */
export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 300;

const FONT = "'Noto Sans CJK SC', 'Noto Serif CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif";

/**
 * A trend chart as an SVG document string (width × height CHART_WIDTH × CHART_HEIGHT). ECharts is
 * imported on the first chart, not when the API starts (issue 15: ~0.6 s of CPU).
 */
export async function trendChartSvg(spec: TrendChartSpec): Promise<string> {
  const echarts = await import("echarts");
  const chart = echarts.init(null, null, {
    renderer: "svg",
    ssr: true,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
  });
  try {
    chart.setOption({
      animation: false,
      backgroundColor: "#ffffff",
      textStyle: { fontFamily: FONT },
      title: { text: spec.title, left: "center", textStyle: { fontSize: 13, fontFamily: FONT } },
      grid: { left: 56, right: 120, top: 44, bottom: 36 },
      xAxis: { type: "category", data: spec.years, axisLabel: { fontSize: 10 } },
      // scale: false: the axis includes 0, so a change of 0.5 个百分点 does not fill the chart
      yAxis: { type: "value", name: spec.unitLabel, scale: false, nameTextStyle: { fontSize: 10 } },
      series: [
        {
          type: "line",
          name: spec.title,
          data: spec.values.map((v, i) =>
            v === null
              ? null
              : {
                  value: v,
                  symbol: spec.provisional[i] ? "emptyCircle" : "circle",
                  label: {
                    show: true,
                    fontSize: 10,
                    formatter: `${v.toFixed(spec.decimals)}${spec.provisional[i] ? "（暂定）" : ""}`,
                  },
                },
          ),
          connectNulls: false,
          symbolSize: 6,
          lineStyle: { width: 2, color: "#1677ff" },
          itemStyle: { color: "#1677ff" },
          markLine: spec.milestones.length
            ? {
                symbol: "none",
                silent: true,
                lineStyle: { type: "dashed", color: "#d4380d" },
                label: { position: "end", fontSize: 10, formatter: "{b}" },
                data: spec.milestones.map((m) => ({ name: m.label, yAxis: m.value })),
              }
            : undefined,
        },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
