import { describe, expect, it } from "vitest";
import { trendChartSvg } from "./charts.ts";

/** The text of the SVG's <text> elements, in order. */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

// A08-like: 90.0 → 94.0 (暂定), milestone 95; printed with 1 decimal as the sentences do
const svg = await trendChartSvg({
  id: "A08",
  title: "A08 专任教师本科以上学历比例",
  unitLabel: "%",
  years: ["2022—2023", "2023—2024", "2024—2025"],
  values: [90, 92.6, 94],
  provisional: [false, false, true],
  decimals: 1,
  milestones: [{ label: "2025年 ≥95%", value: 95 }],
});

describe("trendChartSvg", () => {
  it("labels each point with the report's decimals (90.0, not 90; never 4 decimals)", () => {
    const t = texts(svg);
    expect(t).toContain("90.0");
    expect(t).toContain("92.6");
    expect(t).toContain("94.0（暂定）");
  });

  it("the value axis starts at 0, so a rise of 4 个百分点 is not drawn as a rise from the floor", () => {
    expect(texts(svg)).toContain("0");
  });
});
