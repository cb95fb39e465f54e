import { ProjectionPanel } from "@edu2035/ui";

/** 学龄人口预测: the district's own projection to 2035, its scenarios and births. */
export function ProjectionPage() {
  return <ProjectionPanel />;
}
