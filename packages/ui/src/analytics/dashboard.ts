import type {
  MilestoneFieldsFragment,
  OrgLevel,
  Stage,
  TargetDashboardTableQuery,
  TargetStatus,
} from "@edu2035/graphql";
import { TARGET_STATUS_LABELS } from "../format.ts";

/** The stages of C1–C7 columns (优质均衡), as 规划指标's stage tags. */
export const DASHBOARD_STAGE_LABELS: Partial<Record<Stage, string>> = {
  PRIMARY: "小学",
  JUNIOR_SECONDARY: "初中",
};

/** The compact 指标总览 as the API sends it (targetDashboardTable, issue 15). */
export type TargetDashboard = TargetDashboardTableQuery["targetDashboardTable"];
/** A statistical year of the dashboard's range with its state. */
export type DashboardYear = TargetDashboard["years"][number];
/** A column of the dashboard: the unit itself (id null for the city) or a unit below it. */
export type DashboardUnit = TargetDashboard["unit"];

/** 数据覆盖 of a value: reported over expected units, and its label ("17/51 所学校"). */
export interface DashboardCoverage {
  reported: number;
  expected: number;
  complete: boolean;
  label: string;
}

/**
 * One target's result for one unit and school year, read back from the compact table. A trend
 * year sent without details (not the table's focused year) has value, status and 暂定 only:
 * numerator, denominator, labels, reason, requiredNow, milestone, publishedVersion and
 * whatItTakes null, and coverage null.
 */
export interface DashboardResult {
  unit: { id: string | null; level: OrgLevel };
  target: { id: string };
  /** The stage of a C1–C7 result (小学 / 初中); null for every other target. */
  stage: Stage | null;
  schoolYear: number;
  value: number | null;
  status: TargetStatus;
  statusLabel: string;
  provisional: boolean;
  numerator: number | null;
  denominator: number | null;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  reason: string | null;
  coverage: DashboardCoverage | null;
  publishedVersion: number | null;
  requiredNow: number | null;
  milestone: MilestoneFieldsFragment | null;
  /** 达成路径 (TargetResult.whatItTakes): what it takes on the roster; null for other results. */
  whatItTakes: string | null;
}

/** Key of a unit in a dashboard index: its id, or "city" for the city. */
export function dashboardUnitKey(unit: { id: string | null }): string {
  return unit.id ?? "city";
}

type Row = TargetDashboard["rows"][number];

/**
 * Results of a compact dashboard by unit, target, school year and — for C1–C7, a column per stage
 * (TargetDashboardTable.stages) — stage.
 */
export class DashboardIndex {
  private readonly rows = new Map<string, Row>();
  private readonly levels = new Map<string, OrgLevel>();
  /** Column by "targetId|stage" ("targetId|" without a stage). */
  private readonly columns = new Map<string, number>();
  /** Each target's column stages, in column order ([null] for a target without stages). */
  private readonly stagesOfTarget = new Map<string, (Stage | null)[]>();
  private readonly byYear = new Map<number, DashboardYear>();
  constructor(readonly dashboard: TargetDashboard) {
    for (const r of dashboard.rows) this.rows.set(`${r.unitId ?? "city"}|${r.schoolYear}`, r);
    for (const u of [dashboard.unit, ...dashboard.children]) this.levels.set(dashboardUnitKey(u), u.level);
    for (const [i, id] of dashboard.targetIds.entries()) {
      const stage = dashboard.stages[i] ?? null;
      this.columns.set(`${id}|${stage ?? ""}`, i);
      const of = this.stagesOfTarget.get(id) ?? [];
      of.push(stage);
      this.stagesOfTarget.set(id, of);
    }
    for (const y of dashboard.years ?? []) this.byYear.set(y.schoolYear, y);
  }
  /** A target's column stages: 小学, 初中 for a C1–C7 target with both; [null] for any other. */
  stagesOf(targetId: string): (Stage | null)[] {
    return this.stagesOfTarget.get(targetId) ?? [null];
  }
  /** A school year's lifecycle state (已发布 vN, or not final: 预览); undefined when the API sent none. */
  year(schoolYear: number): DashboardYear | undefined {
    return this.byYear.get(schoolYear);
  }
  /**
   * The result of a target (of a C1–C7 target, of `stage`; without one, its first column) for a
   * unit and year; undefined where there is none (不适用 at that level).
   */
  get(
    unit: { id: string | null },
    targetId: string,
    schoolYear: number,
    stage: Stage | null = this.stagesOf(targetId)[0] ?? null,
  ): DashboardResult | undefined {
    const key = dashboardUnitKey(unit);
    const row = this.rows.get(`${key}|${schoolYear}`);
    const i = this.columns.get(`${targetId}|${stage ?? ""}`);
    const level = this.levels.get(key);
    if (!row || i === undefined || !level) return undefined;
    const status = row.statuses[i];
    if (!status) return undefined;
    const d = row.details;
    const t = this.dashboard;
    const text = (k: number | null | undefined) =>
      k === null || k === undefined ? null : (t.texts[k] ?? null);
    const reported = d?.reported[i] ?? null;
    const expected = d?.expected[i] ?? null;
    const milestone = d?.milestones[i];
    return {
      unit: { id: unit.id, level },
      target: { id: targetId },
      stage,
      schoolYear,
      value: row.values[i] ?? null,
      status,
      statusLabel: TARGET_STATUS_LABELS[status],
      provisional: row.provisional[i] ?? false,
      numerator: d?.numerators[i] ?? null,
      denominator: d?.denominators[i] ?? null,
      numeratorLabel: text(d?.numeratorLabels[i]),
      denominatorLabel: text(d?.denominatorLabels[i]),
      reason: text(d?.reasons[i]),
      coverage:
        reported !== null && expected !== null
          ? {
              reported,
              expected,
              complete: expected > 0 && reported === expected,
              label: text(d?.coverageLabels[i]) ?? `${reported}/${expected}`,
            }
          : null,
      publishedVersion: d?.publishedVersions[i] ?? null,
      requiredNow: d?.requiredNow[i] ?? null,
      milestone: milestone === null || milestone === undefined ? null : (t.milestones[milestone] ?? null),
      whatItTakes: text(d?.whatItTakes[i]),
    };
  }
  /** The school years of the dashboard, oldest first. */
  get years(): number[] {
    const out: number[] = [];
    for (let y = this.dashboard.fromYear; y <= this.dashboard.toYear; y++) out.push(y);
    return out;
  }
  /** The ids of the targets that have a result, in the plan's order (each once). */
  get targetIds(): string[] {
    return [...this.stagesOfTarget.keys()];
  }
}
