import { ProjectionPanel } from "@edu2035/ui";

/** 学龄人口预测: the city's projection to 2035 (全市 or a district), scenarios and births. */
export function ProjectionPage() {
  return <ProjectionPanel />;
}
