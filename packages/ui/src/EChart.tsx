import { Spin, Typography } from "antd";
import type { ECharts, EChartsCoreOption } from "echarts/core";
import { type CSSProperties, useEffect, useRef, useState } from "react";

export type EChartOption = EChartsCoreOption;

type EChartsModule = typeof import("./echartsCore.ts");
let echartsModule: Promise<EChartsModule> | undefined;

/**
 * ECharts, fetched once on the first chart drawn (about 190 kB gzip, so it stays out of
 * the apps' initial JavaScript). A failed fetch is forgotten, so the next chart tries again.
 */
function loadECharts(): Promise<EChartsModule> {
  echartsModule ??= import("./echartsCore.ts").catch((error: unknown) => {
    echartsModule = undefined;
    throw error;
  });
  return echartsModule;
}

/**
 * A tiny wrapper around an ECharts instance: loads ECharts (a spinner meanwhile), then init,
 * setOption on change, resize with its box. `height` in px. If ECharts cannot be fetched (e.g.
 * the network dropped, or the platform was updated since the page was opened) the box says
 * 图表加载失败 instead of staying blank.
 */
export function EChart({
  option,
  height = 240,
  style,
}: {
  option: EChartOption;
  height?: number;
  style?: CSSProperties;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  // the latest option, for the instance created once ECharts has arrived
  const latestOption = useRef(option);
  latestOption.current = option;
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let disposed = false;
    let instance: ECharts | undefined;
    let observer: ResizeObserver | undefined;
    loadECharts().then(
      ({ initChart }) => {
        if (disposed) return;
        const created = initChart(el);
        instance = created;
        chart.current = created;
        created.setOption(latestOption.current, { notMerge: true });
        observer = new ResizeObserver(() => created.resize());
        observer.observe(el);
        setState("ready");
      },
      () => {
        if (!disposed) setState("failed");
      },
    );
    return () => {
      disposed = true;
      observer?.disconnect();
      instance?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div style={{ position: "relative", height, width: "100%", ...style }}>
      <div ref={ref} style={{ height: "100%", width: "100%" }} />
      {state !== "ready" && (
        <div style={{ position: "absolute", inset: 0, display: "grid", placeItems: "center" }}>
          {state === "loading" ? (
            <Spin description="图表加载中…" />
          ) : (
            <Typography.Text type="danger">图表加载失败，请刷新页面后重试</Typography.Text>
          )}
        </div>
      )}
    </div>
  );
}
