/**
 * Classes and teachers the projected pupils need (教育资源需求预测), against what the district
 * has: classes reported in the base year's 年报, and today's roster minus retirements.
 *
 * - Classes needed = Σ over the stage's grades of ⌈pupils ÷ 标准班额⌉ (norms.ts); classes
 *   have = the base year's reported classes; balance = have − needed (+ surplus 富余, − shortfall 缺口).
 * - Teachers needed = the staffing norm (编制标准) or, for 小学 and 初中, the 优质均衡 C1 standard
 *   (高于规定学历教师 per 100 pupils) when it asks for more: whichever binds. C1, C2 (骨干) and
 *   C3 (体育、艺术) are also held as needs of their own kind.
 * - Supply in year Y = the base year's 专任教师 of the stage still working at 1 September Y
 *   (retirement.ts; nobody else leaves, nobody moves between stages).
 * - Hires (需补充): cumulative hires H(Y) = max(H(Y − 1), need − supply) from the first hire year
 *   F on, H(Y) = 0 before F; hires in Y = H(Y) − H(Y − 1). The base year is actual (no hires: its
 *   A07/A08 are the roster's own, as 规划指标 reports them) and F is never earlier than the base
 *   year + 1; the API sets F to the current school year when that is later (a year already over
 *   cannot be staffed any more). Hired teachers are assumed to stay to 2035, to hold 本科
 *   or above (A08) and, in 幼儿园, a preschool qualification (A07); the A07/A08 ratios are
 *   projected on that assumption.
 */

import { getTarget } from "../plan/targets.ts";
import {
  type EducationLevel,
  isAssociateOrAbove,
  isBachelorOrAbove,
  PE_AND_ARTS_SUBJECTS,
  type Subject,
} from "../staff.ts";
import { type CohortProjection, type CohortYear, stagePupils } from "./cohort.ts";
import {
  balanceTeachers,
  classesNeeded,
  normTeachers,
  TEACHER_BALANCE_IDS,
  type TeacherBalanceId,
} from "./norms.ts";
import { planLineAt, qualifiedHiresToHold } from "./qualifiedHires.ts";
import { retirementDate, teacherRetirementRule, workingAtSchoolYear } from "./retirement.ts";
import { PROJECTION_SLOTS, type ProjectionStage, slotKey } from "./stages.ts";

/** Stages whose teachers are projected (中职 has no norm here). */
export const TEACHER_STAGES = [
  "preschool",
  "primary",
  "junior_secondary",
  "senior_secondary",
] as const satisfies readonly ProjectionStage[];
export type TeacherStage = (typeof TEACHER_STAGES)[number];

/** A 专任教师 of the base year's roster, as the projection needs them. */
export interface RosterTeacher {
  gender: "male" | "female";
  /** "YYYY-MM-DD". */
  birthDate: string;
  stage: TeacherStage;
  subject: Subject | null;
  education: EducationLevel;
  /** 骨干 at 县级 (district) level or above. */
  backbone: boolean;
  /** A07: 学前教育专业毕业 or 幼儿园教师资格. */
  preschoolQualified: boolean;
}

/** Classes of one stage in one year. */
export interface ClassesYear {
  needed: number | null;
  /** Reported in the base year (held for every projected year). */
  have: number;
  /** have − needed: + surplus (富余), − shortfall (缺口). */
  balance: number | null;
}

/** A need of one kind (total or C1/C2/C3) with supply, gap and hires. */
export interface NeedLine {
  need: number;
  supply: number;
  /** need − supply (negative: more than needed). */
  gap: number;
  /**
   * supply − need: + 富余 (surplus), − 短缺 (shortfall) — the one sign convention every 余缺
   * shown on screen or in Excel uses (as ClassesYear.balance).
   */
  surplus: number;
  /** Hires needed this year (需新补充). */
  hires: number;
  /** Hires since the base year, this one included. */
  cumulativeHires: number;
}

/** Teachers of one stage in one year. */
export interface TeachersYear {
  /** By the staffing norm (编制标准). */
  normNeed: number | null;
  /**
   * Which standard binds the total: the norm or C1; for the city (citySum.ts) "mixed" when its
   * districts differ.
   */
  binding: "norm" | "C1" | "mixed";
  total: NeedLine;
  /** C1–C3 (小学, 初中 only). */
  balance: Partial<Record<TeacherBalanceId, NeedLine>>;
  /** Teachers reaching retirement age between the previous 统计时点 and this one. */
  retirements: number;
}

export interface StageYear {
  stage: ProjectionStage;
  pupils: number;
  classes: ClassesYear;
  teachers: TeachersYear | null;
}

export interface ResourceYear {
  schoolYear: number;
  projected: boolean;
  stages: StageYear[];
  /** A08 义务教育专任教师本科以上比例 (%) with hires assumed 本科+; null without teachers. */
  a08Percent: number | null;
  /** A07 学前教育教师受过专业教育比例 (%) with hires assumed qualified; null without teachers. */
  a07Percent: number | null;
  /** Whether the hires hold A08 on the plan's line (hire years only; null without a line or teachers). */
  a08Hold: TargetHold | null;
  /** The same for A07 (幼儿园). */
  a07Hold: TargetHold | null;
}

/** A ratio target (A07/A08) against the hires planned (qualifiedHires.ts). */
export interface TargetHold {
  /** The plan's line this year (%). */
  required: number;
  /** Cumulative qualified hires needed to reach it; null when no number of hires can. */
  qualifiedHires: number | null;
  /** Cumulative hires planned for the need (all assumed qualified). */
  plannedHires: number;
  /** The planned hires reach the line; false: not by hires alone (existing teachers must qualify). */
  held: boolean;
  /**
   * Teachers in post of the target's stages this year (the ratio's denominator before hires):
   * qualified hires above HIRES_PLAUSIBLE_SHARE (plan/whatItTakes.ts, 20%) of it are no main route.
   */
  staff: number;
}

function kindOf(id: TeacherBalanceId, t: RosterTeacher): boolean {
  switch (id) {
    case "C1":
      return t.stage === "primary" ? isAssociateOrAbove(t.education) : isBachelorOrAbove(t.education);
    case "C2":
      return t.backbone;
    case "C3":
      return t.subject != null && PE_AND_ARTS_SUBJECTS.includes(t.subject);
  }
}

/** Classes reported per stage in a history year. */
function reportedClasses(y: CohortYear | undefined, stage: ProjectionStage): number {
  let n = 0;
  for (const s of PROJECTION_SLOTS) if (s.stage === stage) n += y?.classes?.[slotKey(s)] ?? 0;
  return n;
}

/** The first school year hires may be planned in: max(base year + 1, `notBefore`). */
export function firstHireYear(baseYear: number, notBefore?: number | null): number {
  return Math.max(baseYear + 1, notBefore ?? baseYear + 1);
}

/**
 * Classes and teachers per stage for the base year and each projected year.
 * `stages`: which stages to report (those with pupils). `options.hiresFrom`: the first school
 * year hires may be planned in (default and minimum: base year + 1; see firstHireYear).
 */
export function projectResources(
  cohorts: CohortProjection,
  roster: readonly RosterTeacher[],
  stages: readonly ProjectionStage[],
  options: { hiresFrom?: number | null } = {},
): ResourceYear[] {
  const hiresFrom = firstHireYear(cohorts.baseYear, options.hiresFrom);
  const base = cohorts.years.find((y) => y.schoolYear === cohorts.baseYear);
  const retire = roster.map((t) => ({ t, on: retirementDate(t.birthDate, teacherRetirementRule(t.gender)) }));
  const cumulative = new Map<string, number>();
  const out: ResourceYear[] = [];
  let prevWorking: Map<TeacherStage, number> | null = null;
  for (const y of cohorts.years) {
    if (y.schoolYear < cohorts.baseYear) continue;
    const working = retire.filter((r) => workingAtSchoolYear(r.on, y.schoolYear)).map((r) => r.t);
    const workingBy = new Map<TeacherStage, number>();
    for (const t of working) workingBy.set(t.stage, (workingBy.get(t.stage) ?? 0) + 1);
    const line = (key: string, need: number, supply: number): NeedLine => {
      const before = cumulative.get(key) ?? 0;
      const now = y.schoolYear >= hiresFrom ? Math.max(before, need - supply) : before;
      cumulative.set(key, now);
      return {
        need,
        supply,
        gap: need - supply,
        surplus: supply - need,
        hires: now - before,
        cumulativeHires: now,
      };
    };
    const stageYears: StageYear[] = stages.map((stage) => {
      const pupils = stagePupils(y, stage);
      let needed: number | null = null;
      for (const s of PROJECTION_SLOTS) {
        if (s.stage !== stage) continue;
        const c = classesNeeded(stage, s.grade, y.pupils[slotKey(s)] ?? 0);
        if (c != null) needed = (needed ?? 0) + c;
      }
      const have = reportedClasses(base, stage);
      const classes: ClassesYear = { needed, have, balance: needed == null ? null : have - needed };
      if (!(TEACHER_STAGES as readonly string[]).includes(stage))
        return { stage, pupils, classes, teachers: null };
      const ts = stage as TeacherStage;
      const mine = working.filter((t) => t.stage === ts);
      const normNeed = normTeachers(stage, pupils, needed);
      const c1 = balanceTeachers("C1", stage, pupils);
      const binding: "norm" | "C1" = c1 != null && c1 > (normNeed ?? 0) ? "C1" : "norm";
      const totalNeed = binding === "C1" ? (c1 as number) : (normNeed ?? 0);
      const balance: Partial<Record<TeacherBalanceId, NeedLine>> = {};
      for (const id of TEACHER_BALANCE_IDS) {
        const n = balanceTeachers(id, stage, pupils);
        if (n != null) balance[id] = line(`${ts}:${id}`, n, mine.filter((t) => kindOf(id, t)).length);
      }
      const retirements = prevWorking ? (prevWorking.get(ts) ?? 0) - mine.length : 0;
      return {
        stage,
        pupils,
        classes,
        teachers: {
          normNeed,
          binding,
          total: line(`${ts}:total`, totalNeed, mine.length),
          balance,
          retirements,
        },
      };
    });
    const hiredBy = new Map<TeacherStage, number>(
      TEACHER_STAGES.map((st) => [st, cumulative.get(`${st}:total`) ?? 0]),
    );
    out.push({
      schoolYear: y.schoolYear,
      projected: y.projected,
      stages: stageYears,
      ...qualifiedRatios(working, hiredBy, y.schoolYear, hiresFrom),
    });
    prevWorking = workingBy;
  }
  return out;
}

/**
 * A08 and A07 of one year (ResourceYear's a08Percent, a07Percent, a08Hold, a07Hold): the teachers
 * `working` that year plus the cumulative hires of each stage (`hiredBy`), all hires assumed
 * qualified (本科+; 幼儿园: preschool-qualified). Holds only from `hiresFrom` on.
 */
export function qualifiedRatios(
  working: readonly RosterTeacher[],
  hiredBy: ReadonlyMap<TeacherStage, number>,
  schoolYear: number,
  hiresFrom: number,
): Pick<ResourceYear, "a08Percent" | "a07Percent" | "a08Hold" | "a07Hold"> {
  const a08 = (t: RosterTeacher) => isBachelorOrAbove(t.education);
  const a07 = (t: RosterTeacher) => t.preschoolQualified;
  const hiresOf = (sts: readonly TeacherStage[]) => sts.reduce((n, st) => n + (hiredBy.get(st) ?? 0), 0);
  const ratio = (sts: readonly TeacherStage[], good: (t: RosterTeacher) => boolean): number | null => {
    const hires = hiresOf(sts);
    const pool = working.filter((t) => sts.includes(t.stage));
    const all = pool.length + hires;
    return all ? (100 * (pool.filter(good).length + hires)) / all : null;
  };
  const hold = (
    id: "A07" | "A08",
    sts: readonly TeacherStage[],
    good: (t: RosterTeacher) => boolean,
  ): TargetHold | null => {
    if (schoolYear < hiresFrom) return null;
    const required = planLineAt(getTarget(id), schoolYear);
    const pool = working.filter((t) => sts.includes(t.stage));
    if (required == null || !pool.length) return null;
    const plannedHires = hiresOf(sts);
    const qualifiedHires = qualifiedHiresToHold(pool.filter(good).length, pool.length, required);
    return {
      required,
      qualifiedHires,
      plannedHires,
      held: qualifiedHires != null && qualifiedHires <= plannedHires,
      staff: pool.length,
    };
  };
  const compulsory = ["primary", "junior_secondary"] as const;
  return {
    a08Percent: ratio(compulsory, a08),
    a07Percent: ratio(["preschool"], a07),
    a08Hold: hold("A08", compulsory, a08),
    a07Hold: hold("A07", ["preschool"], a07),
  };
}
