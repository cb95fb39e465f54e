/**
 * ECharts as the platform's charts use it, in a chunk of its own that the apps load on the first
 * chart drawn (see EChart.tsx): `echarts/core` with only the chart types (饼图 pie, 柱状图 bar,
 * 折线图 line, 散点图 scatter), the components (grid, legend and its scrolling form, markLine,
 * tooltip) and the canvas renderer. A chart option that needs anything else must register it here.
 *
 * The registration runs inside {@link initChart}, not at the module's top level: the ui package
 * is marked free of side effects (for tree-shaking), so the build drops a bare top-level
 * registration, and the built apps' charts failed ("painterCtors[rendererType] is not a
 * constructor") while the dev server drew them.
 */
import { BarChart, LineChart, PieChart, ScatterChart } from "echarts/charts";
import {
  GridComponent,
  LegendComponent,
  LegendScrollComponent,
  MarkLineComponent,
  TooltipComponent,
} from "echarts/components";
import { type ECharts, init, use } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";

let registered = false;

/** `echarts.init(el)` with the canvas renderer, after registering what our charts use (once). */
export function initChart(el: HTMLElement): ECharts {
  if (!registered) {
    use([
      BarChart,
      LineChart,
      PieChart,
      ScatterChart,
      GridComponent,
      LegendComponent,
      LegendScrollComponent,
      MarkLineComponent,
      TooltipComponent,
      CanvasRenderer,
    ]);
    registered = true;
  }
  return init(el, undefined, { renderer: "canvas" });
}
