/**
 * The lifecycle of statistical years (统计学年): states, publications (发布, versioned stored
 * figures), reopening, 年报 exemptions, and THE lock every write of a year's rosters, reports,
 * inputs and registers goes through. See @edu2035/domain yearLifecycle.ts for the states.
 */
import type { DistrictRow, SchoolRow } from "@edu2035/db";
import type { SchoolYearState } from "@edu2035/domain";
import type { TargetResultModel } from "../indicators/service.ts";
import type { CompletenessEntryModel } from "../periods/service.ts";

/** One publication (发布) of a year. */
export interface YearPublicationModel {
  version: number;
  publishedAt: Date;
  /** Display name of the publisher (null when the account was deleted). */
  publishedBy: string | null;
  note: string | null;
  reopenedAt: Date | null;
  reopenedBy: string | null;
  reopenReason: string | null;
}

/** A statistical year and where it stands (GraphQL StatisticalYear). */
export interface StatisticalYearModel {
  schoolYear: number;
  state: SchoolYearState;
  /** The school year in progress by the calendar (Beijing time). */
  current: boolean;
  /** The latest publication's version; null: never published. */
  publishedVersion: number | null;
  /** Optimistic concurrency (0 before the first publication). */
  version: number;
  /** Newest first. */
  publications: YearPublicationModel[];
}

/** A school exempted from a year's 年报. */
export interface ReportExemptionModel {
  school: SchoolRow;
  district: DistrictRow;
  reason: string;
  createdAt: Date;
  createdBy: string | null;
}

/** Whether a year can be published (GraphQL PublicationReadiness). */
export interface PublicationReadinessModel {
  schoolYear: number;
  due: number;
  approved: number;
  exemptions: ReportExemptionModel[];
  pending: CompletenessEntryModel[];
  state: SchoolYearState;
}

/** One published version of a figure. */
export interface PublishedFigureModel {
  version: number;
  publishedAt: Date;
  superseded: boolean;
  result: TargetResultModel;
}
