/**
 * Figures of a submitted report that look wrong (疑似异常), for the district's review queue.
 * A flag is a prompt to check, not a refusal: the figures may be right.
 * - a change of more than 30% on the previous school year's approved report (enrolment, areas,
 *   equipment value) or roster (full-time teachers);
 * - a grade whose average class size is 56 or more (大班额, 国发〔2016〕40号); in a kindergarten
 *   instead, a 小班/中班/大班 whose average class size exceeds 《幼儿园工作规程》's 25/30/35
 *   (indicators/classSize.ts KINDERGARTEN_CLASS_SIZE) — kindergartens are never judged on the
 *   中小学 bands, nor on 体质健康 or the 中小学 B-items;
 * - per-student resources below the 优质均衡 standard (教督〔2017〕6号: C4–C7), for schools
 *   teaching only primary and junior-secondary grades;
 * - the full-time teachers the report states not matching the roster (only when it states them).
 */

import {
  KINDERGARTEN_CLASS_KIND_LABELS,
  KINDERGARTEN_CLASS_SIZE,
  kindergartenClassKind,
} from "../indicators/classSize.ts";
import { gradeLabel, type SchoolType, STAGE_LABELS, type Stage } from "../org.ts";
import { BALANCE_INDICATORS, type BalanceIndicatorId, type BalanceStage } from "../plan/balance.ts";

/** Kinds of flags. */
export const REPORT_FLAG_KINDS = ["year_on_year", "class_size", "below_standard", "roster_mismatch"] as const;
export type ReportFlagKind = (typeof REPORT_FLAG_KINDS)[number];

/** One figure that looks wrong, on the report field it concerns. */
export interface ReportFlag {
  kind: ReportFlagKind;
  /** Report field, e.g. "equipmentValue", "grades" or "fullTimeTeachers". */
  field: string;
  /** Chinese explanation with the figures. */
  message: string;
}

/** The figures of one report the flags look at. */
export interface ReportFigures {
  teachingAuxiliaryArea: number | null;
  indoorSportsArea: number | null;
  outdoorSportsArea: number | null;
  equipmentValue: number | null;
  multimediaClassrooms: number | null;
  grades: readonly { stage: Stage; grade: number; students: number; classes: number }[];
  /** 专任教师数 as the report states it (null: not filled in). */
  fullTimeTeachers?: number | null;
}

/** Year-on-year change above this share (30%) is flagged. */
export const YEAR_ON_YEAR_LIMIT = 0.3;
/** Average class size from which a grade is flagged (大班额). */
export const LARGE_CLASS_SIZE = 56;

/** School types whose whole enrolment is primary or junior-secondary (the C4–C7 check applies). */
const BALANCE_SCHOOL_TYPES: readonly SchoolType[] = ["primary", "junior_secondary", "nine_year"];

const round1 = (v: number) => Math.round(v * 10) / 10;
const round2 = (v: number) => Math.round(v * 100) / 100;
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The change from `previous` to `current` as a signed share, or null when it cannot be computed. */
export function relativeChange(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous <= 0) return null;
  return (current - previous) / previous;
}

function yoy(
  out: ReportFlag[],
  field: string,
  label: string,
  unit: string,
  cur: number | null,
  prev: number | null,
) {
  const change = relativeChange(cur, prev);
  if (change === null || Math.abs(change) <= YEAR_ON_YEAR_LIMIT) return;
  out.push({
    kind: "year_on_year",
    field,
    message: `${label}比上一学年${change > 0 ? "增加" : "减少"} ${Math.abs(round1(change * 100))}%（${round2(prev as number)} → ${round2(cur as number)}${unit}），超过 30%`,
  });
}

/**
 * The flags of a report.
 * @param current the report under review
 * @param previous the school's approved report of the previous school year, if any
 * @param roster full-time teachers (专任教师) on the roster at the statistics date (统计时点, 1 September)
 *   of this year and of last year (null: no roster)
 */
export function reportFlags(input: {
  schoolType: SchoolType;
  current: ReportFigures;
  previous: ReportFigures | null;
  roster: { teachers: number | null; previousTeachers: number | null };
}): ReportFlag[] {
  const { schoolType, current, previous, roster } = input;
  const out: ReportFlag[] = [];
  const students = current.grades.length ? sum(current.grades.map((g) => g.students)) : null;
  const sports = (r: ReportFigures) =>
    r.outdoorSportsArea === null && r.indoorSportsArea === null
      ? null
      : (r.outdoorSportsArea ?? 0) + (r.indoorSportsArea ?? 0);

  if (previous) {
    const prevStudents = previous.grades.length ? sum(previous.grades.map((g) => g.students)) : null;
    yoy(out, "grades", "在校生总数", " 人", students, prevStudents);
    yoy(
      out,
      "teachingAuxiliaryArea",
      "教学及辅助用房面积",
      " 平方米",
      current.teachingAuxiliaryArea,
      previous.teachingAuxiliaryArea,
    );
    yoy(out, "outdoorSportsArea", "体育运动场馆面积", " 平方米", sports(current), sports(previous));
    yoy(out, "equipmentValue", "教学仪器设备资产值", " 元", current.equipmentValue, previous.equipmentValue);
  }
  yoy(out, "fullTimeTeachers", "花名册专任教师数", " 人", roster.teachers, roster.previousTeachers);

  for (const g of current.grades) {
    if (g.classes <= 0) continue;
    const kind = g.stage === "preschool" ? kindergartenClassKind(g.grade) : null;
    if (schoolType === "kindergarten" || kind) {
      // 幼儿园工作规程 第十一条: 小班 25, 中班 30, 大班 35 (混合班 30)
      const limit = kind ? KINDERGARTEN_CLASS_SIZE[kind] : null;
      if (kind && limit !== null && g.students / g.classes > limit) {
        out.push({
          kind: "class_size",
          field: "grades",
          message: `幼儿园${KINDERGARTEN_CLASS_KIND_LABELS[kind]}平均班额 ${round1(g.students / g.classes)} 人，超过《幼儿园工作规程》规定的每班 ${limit} 人`,
        });
      }
      continue;
    }
    if (g.students / g.classes >= LARGE_CLASS_SIZE) {
      out.push({
        kind: "class_size",
        field: "grades",
        message: `${STAGE_LABELS[g.stage]}${gradeLabel(g.stage, g.grade)}平均班额 ${round1(g.students / g.classes)} 人，达到大班额（${LARGE_CLASS_SIZE} 人及以上）`,
      });
    }
  }

  if (BALANCE_SCHOOL_TYPES.includes(schoolType)) {
    const byStage = new Map<BalanceStage, number>();
    for (const g of current.grades) {
      if (g.stage === "primary" || g.stage === "junior_secondary") {
        byStage.set(g.stage, (byStage.get(g.stage) ?? 0) + g.students);
      }
    }
    const n = sum([...byStage.values()]);
    if (n > 0) {
      const standard = (id: BalanceIndicatorId) => {
        const ind = BALANCE_INDICATORS.find((i) => i.id === id)!;
        return sum([...byStage].map(([s, k]) => k * ind.thresholds[s])) / n;
      };
      const check = (
        id: BalanceIndicatorId,
        field: string,
        value: number | null,
        per: number,
        unit: string,
      ) => {
        if (value === null) return;
        const ind = BALANCE_INDICATORS.find((i) => i.id === id)!;
        const v = (value / n) * per;
        const min = standard(id);
        if (v < min) {
          out.push({
            kind: "below_standard",
            field,
            message: `${ind.name} ${round2(v)}${unit}，低于优质均衡标准 ${round2(min)}${unit}（${id}）`,
          });
        }
      };
      const teaching =
        current.teachingAuxiliaryArea === null
          ? null
          : current.teachingAuxiliaryArea - (current.indoorSportsArea ?? 0);
      check("C4", "teachingAuxiliaryArea", teaching, 1, " 平方米");
      check("C5", "outdoorSportsArea", sports(current), 1, " 平方米");
      check("C6", "equipmentValue", current.equipmentValue, 1, " 元");
      check("C7", "multimediaClassrooms", current.multimediaClassrooms, 100, " 间");
    }
  }

  const stated = current.fullTimeTeachers ?? null;
  if (stated !== null && roster.teachers !== null && stated !== roster.teachers) {
    out.push({
      kind: "roster_mismatch",
      field: "fullTimeTeachers",
      message: `年报填报专任教师 ${stated} 人，花名册统计时点（9月1日）在册专任教师 ${roster.teachers} 人，不一致`,
    });
  }
  return out;
}
