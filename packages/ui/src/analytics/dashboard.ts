import type { TargetDashboardQuery } from "@edu2035/graphql";

export type TargetDashboard = TargetDashboardQuery["targetDashboard"];
export type DashboardResult = TargetDashboard["results"][number];
/** A statistical year of the dashboard's range with its state. */
export type DashboardYear = TargetDashboard["years"][number];
/** A column of the dashboard: the unit itself (id null for the city) or a unit below it. */
export type DashboardUnit = TargetDashboard["unit"];

/** Key of a unit in a dashboard index: its id, or "city" for the city. */
export function dashboardUnitKey(unit: { id: string | null }): string {
  return unit.id ?? "city";
}

/** Results of a dashboard by unit, target and school year. */
export class DashboardIndex {
  private readonly byKey = new Map<string, DashboardResult>();
  private readonly byYear = new Map<number, DashboardYear>();
  constructor(readonly dashboard: TargetDashboard) {
    for (const r of dashboard.results)
      this.byKey.set(key(dashboardUnitKey(r.unit), r.target.id, r.schoolYear), r);
    for (const y of dashboard.years ?? []) this.byYear.set(y.schoolYear, y);
  }
  /** A school year's lifecycle state (已发布 vN, or not final: 预览); undefined when the API sent none. */
  year(schoolYear: number): DashboardYear | undefined {
    return this.byYear.get(schoolYear);
  }
  get(unit: { id: string | null }, targetId: string, schoolYear: number): DashboardResult | undefined {
    return this.byKey.get(key(dashboardUnitKey(unit), targetId, schoolYear));
  }
  /** The school years of the dashboard, oldest first. */
  get years(): number[] {
    const out: number[] = [];
    for (let y = this.dashboard.fromYear; y <= this.dashboard.toYear; y++) out.push(y);
    return out;
  }
  /** The ids of the targets that have a result, in first-seen order. */
  get targetIds(): string[] {
    return [...new Set(this.dashboard.results.map((r) => r.target.id))];
  }
}

function key(unit: string, targetId: string, year: number) {
  return `${unit}|${targetId}|${year}`;
}
