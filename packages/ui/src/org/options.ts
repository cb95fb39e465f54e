/**
 * Select options of a school's registration (学校基本信息), from the domain's catalogues: 学校类别,
 * 办学性质, 城乡分类代码 (code and label, e.g. "111 主城区"), and the 办学状态 filter.
 */
import {
  OWNERSHIP_LABELS,
  OWNERSHIPS,
  SCHOOL_TYPE_LABELS,
  SCHOOL_TYPES,
  URBAN_RURAL_CODES,
  URBAN_RURAL_LABELS,
} from "@edu2035/domain";
import type { Ownership, SchoolStatus, SchoolType } from "@edu2035/graphql";

/** 学校类别 options (GraphQL enum values). */
export const SCHOOL_TYPE_OPTIONS = SCHOOL_TYPES.map((t) => ({
  value: t.toUpperCase() as SchoolType,
  label: SCHOOL_TYPE_LABELS[t],
}));

/** 办学性质 options. */
export const OWNERSHIP_OPTIONS = OWNERSHIPS.map((o) => ({
  value: o.toUpperCase() as Ownership,
  label: OWNERSHIP_LABELS[o],
}));

/** 城乡分类代码 options, labelled "111 主城区". */
export const URBAN_RURAL_OPTIONS = URBAN_RURAL_CODES.map((c) => ({
  value: c as string,
  label: `${c} ${URBAN_RURAL_LABELS[c]}`,
}));

/** 办学状态 labels and tag colours. */
export const SCHOOL_STATUS_LABELS: Record<SchoolStatus, string> = {
  OPEN: "在办",
  CLOSED: "已撤销",
  MERGED: "已合并",
};
export const SCHOOL_STATUS_COLORS: Record<SchoolStatus, string> = {
  OPEN: "green",
  CLOSED: "default",
  MERGED: "orange",
};

/** The 办学状态 filter: one status, or 全部. */
export type SchoolStatusFilter = SchoolStatus | "ALL";
export const SCHOOL_STATUS_FILTER_OPTIONS: { value: SchoolStatusFilter; label: string }[] = [
  { value: "OPEN", label: "在办" },
  { value: "CLOSED", label: "已撤销" },
  { value: "MERGED", label: "已合并" },
  { value: "ALL", label: "全部" },
];
