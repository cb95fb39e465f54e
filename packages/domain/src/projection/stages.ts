/**
 * The stages and grades of the cohort projection (学龄人口预测) and how cohorts move between
 * them: 幼儿园 小班–大班, 小学 1–6, 初中 7–9, 普通高中 10–12, 中职 1–3 (grades numbered as in
 * org.ts GRADES_OF_STAGE).
 */
import { gradeLabel, type Stage } from "../org.ts";

/** Stages the projection covers (特殊教育 and 高职 are left out). */
export const PROJECTION_STAGES = [
  "preschool",
  "primary",
  "junior_secondary",
  "senior_secondary",
  "secondary_vocational",
] as const satisfies readonly Stage[];
export type ProjectionStage = (typeof PROJECTION_STAGES)[number];

/** 学段 labels of the projection (幼儿园 rather than 学前教育, as the issue names it). */
export const PROJECTION_STAGE_LABELS: Record<ProjectionStage, string> = {
  preschool: "幼儿园",
  primary: "小学",
  junior_secondary: "初中",
  senior_secondary: "普通高中",
  secondary_vocational: "中职",
};

/** One grade of one stage. */
export interface GradeSlot {
  stage: ProjectionStage;
  grade: number;
}

/** Every grade the projection carries, in order. */
export const PROJECTION_SLOTS: readonly GradeSlot[] = [
  ...[1, 2, 3].map((grade) => ({ stage: "preschool" as const, grade })),
  ...[1, 2, 3, 4, 5, 6].map((grade) => ({ stage: "primary" as const, grade })),
  ...[7, 8, 9].map((grade) => ({ stage: "junior_secondary" as const, grade })),
  ...[10, 11, 12].map((grade) => ({ stage: "senior_secondary" as const, grade })),
  ...[1, 2, 3].map((grade) => ({ stage: "secondary_vocational" as const, grade })),
];

/** Key of a slot, e.g. "primary:3". */
export const slotKey = (s: GradeSlot): string => `${s.stage}:${s.grade}`;

/** "小学三年级", "幼儿园小班", "中职一年级". */
export function slotLabel(s: GradeSlot): string {
  return s.stage === "junior_secondary" || s.stage === "senior_secondary"
    ? gradeLabel(s.stage, s.grade)
    : `${PROJECTION_STAGE_LABELS[s.stage]}${gradeLabel(s.stage, s.grade)}`;
}

/**
 * How pupils of year Y arrive in a slot: from births of calendar year Y − lag (入学), or from a
 * slot of year Y − 1 (升级/升学).
 */
export type TransitionSource = { kind: "births"; lag: number } | { kind: "slot"; slot: GradeSlot };

/** One transition of the model, with its stable key (used by scenario overrides). */
export interface Transition {
  key: string;
  from: TransitionSource;
  to: GradeSlot;
  /** Chinese description, e.g. "小学六年级 → 初一（小升初）". */
  label: string;
}

const s = (stage: ProjectionStage, grade: number): GradeSlot => ({ stage, grade });

function step(from: GradeSlot, to: GradeSlot, note = ""): Transition {
  return {
    key: `${slotKey(from)}>${slotKey(to)}`,
    from: { kind: "slot", slot: from },
    to,
    label: `${slotLabel(from)} → ${slotLabel(to)}${note}`,
  };
}

/**
 * The model's transitions: entry from births (Y−3 → 幼儿园小班, Y−6 → 小学一年级), grade to grade
 * within a stage, 小升初, 初三 → 高一 (普通高中升学率) and 初三 → 中职一年级 (中职 share).
 */
export const TRANSITIONS: readonly Transition[] = [
  {
    key: "births-3>preschool:1",
    from: { kind: "births", lag: 3 },
    to: s("preschool", 1),
    label: "出生人口（3年前）→ 幼儿园小班（入园率）",
  },
  step(s("preschool", 1), s("preschool", 2)),
  step(s("preschool", 2), s("preschool", 3)),
  {
    key: "births-6>primary:1",
    from: { kind: "births", lag: 6 },
    to: s("primary", 1),
    label: "出生人口（6年前）→ 小学一年级（入学率）",
  },
  ...[1, 2, 3, 4, 5].map((g) => step(s("primary", g), s("primary", g + 1))),
  step(s("primary", 6), s("junior_secondary", 7), "（小升初）"),
  step(s("junior_secondary", 7), s("junior_secondary", 8)),
  step(s("junior_secondary", 8), s("junior_secondary", 9)),
  step(s("junior_secondary", 9), s("senior_secondary", 10), "（普通高中升学率）"),
  step(s("senior_secondary", 10), s("senior_secondary", 11)),
  step(s("senior_secondary", 11), s("senior_secondary", 12)),
  step(s("junior_secondary", 9), s("secondary_vocational", 1), "（升入中职的比例）"),
  step(s("secondary_vocational", 1), s("secondary_vocational", 2)),
  step(s("secondary_vocational", 2), s("secondary_vocational", 3)),
];

/** The keys of {@link TRANSITIONS}, for the scenario schema. */
export const TRANSITION_KEYS = TRANSITIONS.map((t) => t.key);
