/**
 * ECharts as the platform's charts use it, in a chunk of its own that the apps load on the first
 * chart drawn (see EChart.tsx): `echarts/core` with only the chart types (饼图 pie, 柱状图 bar,
 * 折线图 line, 散点图 scatter), the components (grid, legend and its scrolling form, markLine,
 * tooltip) and the canvas renderer. A chart option that needs anything else must register it here.
 */
import { BarChart, LineChart, PieChart, ScatterChart } from "echarts/charts";
import {
  GridComponent,
  LegendComponent,
  LegendScrollComponent,
  MarkLineComponent,
  TooltipComponent,
} from "echarts/components";
import { init, use } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";

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

export { init };
