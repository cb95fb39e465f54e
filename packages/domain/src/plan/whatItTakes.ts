/**
 * 达成路径 ("what it takes", issue 13): for a roster target that is 滞后于进度 (off_track) or
 * 未达标 (missed), what it takes on the roster to reach the target's own current milestone
 * (evaluate.ts currentMilestone), e.g. the demo city's 2025 A08 (2864 of 3039): "按 2025 年目标值
 * 95% 测算，需现有 175 名专科及以下学历专任教师中 24 人完成本科学历提升；或新增本科及以上学历专任教师
 * 461 人。"
 *
 * Three families:
 * - staff ratios n/d in percent (A07, A08, A09, B33, B34, B35; the roster measures' numerator
 *   and denominator), with r the milestone value as a fraction:
 *   - existing staff gaining the qualification (现有人员, the route the sentence leads with: a
 *     bureau closes a ratio gap by 学历提升 / 资格认定 of the teachers in post): the fewest y of
 *     the d − n with (n + y) / d ≥ r, y = ceil(r·d − n);
 *   - hires of qualifying teachers (新增): each joins the numerator and the denominator, so the
 *     fewest x with (n + x) / (d + x) ≥ r, x = ceil((r·d − n) / (1 − r)); with r = 1 (100%) no
 *     number of hires reaches it (hiresPossible false). Because hires also enlarge the
 *     denominator, x grows as (r·d − n)/(1 − r): at r = 95% each point short costs 20 hires per
 *     100 teachers (a school of 57 with 48 本科+ would need 123 hires, twice its staff). The
 *     sentence offers hiring as an alternative only when it is plausible, x ≤ 20% of d
 *     ({@link HIRES_PLAUSIBLE_SHARE}: new posts beyond a fifth of the current staff are more than
 *     any unit's 编制 grows by); otherwise it gives the number with its share of the staff and
 *     says it is no main route ("仅靠新增…需 123 人（相当于现有教师的 216%），不宜作为主要途径").
 *     Replacing retirees with qualified hires (d unchanged) is not worked out: the result carries
 *     no retirements (a published result is read without the roster);
 *   for a milestone `>` (A07 2030 >90%, A09 >60%) the ratio must exceed r: the fewest integer
 *   strictly above the bound (floor + 1). A `=` milestone of a ratio is 100% (B33 2035, B34):
 *   read as ≥ (a ratio cannot exceed 100%).
 * - B08 (schools with a 体育与健康 专任教师, percent of S schools with a roster): schools to equip
 *   k = ceil(r·S) − n of the S − n without one.
 * - B43 (学时 per teacher per five-year cycle, pro rata, indicators/training.ts): with the
 *   numerator the cycle's Σ hours and the denominator the whole-cycle equivalent teachers, the
 *   hours short H = ceil(r·equivalentTeachers − hours), and H per teacher on the roster.
 *
 * The sentences space numbers from Chinese text as the 监测报告 does (report/sentences.ts: "距
 * 2025 年目标 95% 差 0.7 个百分点"), so the 达成路径 appended there reads alike.
 *
 * Bounds computed in floating point are snapped to the nearest integer within 1e-9 before
 * rounding (B43: 360 × 4.4 = 1584.0000000000002 in floating point is 1584, so 1584 − 1000 = 584
 * 学时 short, never 585).
 *
 * 滞后于进度 (off_track: the milestone lies in the future, the value is below this school year's
 * progress line, evaluate.ts requiredNow) answers twice with the same arithmetic: first what it
 * takes to get back on this year's line, r = the line rounded to 2 decimals as the sentence prints
 * it (the status itself is judged at 1 decimal), then what the milestone takes. E.g. the demo
 * city's 2025 B33, 749 of 887 (84.44%) against the line 84.62% on the way to 100% in 2035: "按 2025
 * 年进度要求 84.62% 测算，需现有 138 名…中 2 人完成本科学历提升；或新增… 11 人。按 2035 年目标值
 * 100% 测算，需现有 138 名…全部完成本科学历提升；仅靠新增…无法使比例达到 100%。" 未达标 (missed:
 * the milestone year is reached) answers for the milestone only. B43 has no line (undated).
 *
 * null when: the status is neither off_track nor missed; the target is not one of these; the
 * milestone has no number (B35's 2030 `track`) or is `<=`/`nondecreasing`; n or d is missing or
 * d = 0; the value already satisfies the milestone (nothing to close).
 */
import { trainingCycleOf } from "../indicators/training.ts";
import type { TargetStatus } from "./evaluate.ts";
import type { Milestone } from "./targets.ts";

/** What the roster routes of a staff-ratio target are called (the plan's and 教育统计's terms). */
export interface StaffRatioRoute {
  /**
   * The qualifying teachers one would hire (新增…); null when hiring is no route: B34's
   * 全员心理健康培训 concerns the teachers in post (new teachers are trained as well).
   */
  hire: string | null;
  /** The d − n teachers of the denominator without the qualification. */
  rest: string;
  /** What one of them does to count in the numerator. */
  gain: string;
}

/** The staff-ratio targets and their routes (numerators as in the roster measures, measures.ts). */
export const STAFF_RATIO_ROUTES = {
  // 学前教育专业毕业或持幼儿园教师资格证 (二(三) 主要预期指标表)
  A07: {
    hire: "学前教育专业毕业或持幼儿园教师资格证的幼儿园专任教师",
    rest: "非学前教育专业毕业且未持幼儿园教师资格证的幼儿园专任教师",
    gain: "取得幼儿园教师资格证",
  },
  A08: {
    hire: "本科及以上学历专任教师",
    rest: "专科及以下学历专任教师",
    gain: "完成本科学历提升",
  },
  // 双师型教师认定 (职业院校专任专业课教师)
  A09: {
    hire: "双师型专业课教师",
    rest: "非双师型专任专业课教师",
    gain: "通过双师型教师认定",
  },
  B33: {
    hire: "本科及以上学历幼儿园专任教师",
    rest: "专科及以下学历幼儿园专任教师",
    gain: "完成本科学历提升",
  },
  // 三(六)2 完成全市中小学专任教师的全员心理健康培训
  B34: {
    hire: null,
    rest: "尚未完成心理健康培训的中小学专任教师",
    gain: "完成心理健康培训",
  },
  // 三(六)2 具有专业心理辅导素养（持证）
  B35: {
    hire: "持心理辅导相关证书的中小学专任教师",
    rest: "未持心理辅导相关证书的中小学专任教师",
    gain: "取得心理辅导相关资格证书",
  },
} as const satisfies Record<string, StaffRatioRoute>;

export type StaffRatioTargetId = keyof typeof STAFF_RATIO_ROUTES;

/**
 * Hiring is offered as a route only when the hires are at most this share of the current
 * denominator d (0.2 = a fifth of the staff); beyond it the sentence says it is no main route.
 */
export const HIRES_PLAUSIBLE_SHARE = 0.2;

/** Input of {@link whatItTakes}: a target's result for one unit and school year. */
export interface WhatItTakesInput {
  targetId: string;
  /** School year start (2025 = 2025—2026学年); B43's cycle is read from it. */
  schoolYear: number;
  /** After the coverage rule: only off_track and missed are answered. */
  status: TargetStatus;
  /** The count of the numerator (teachers, schools; B43: Σ 学时). */
  numerator: number | null;
  /** The count of the denominator (teachers, schools; B43: whole-cycle equivalent teachers). */
  denominator: number | null;
  /** The milestone the status was judged against (evaluate.ts currentMilestone). */
  milestone: Milestone | null;
  /**
   * This school year's progress line toward a future milestone (evaluate.ts requiredNow, in the
   * target's unit); read only when the status is off_track. null/absent = no line.
   */
  requiredNow?: number | null;
}

/** The aim the answer is worked out for: the milestone's year (null = every year) and value. */
interface Aim {
  /** "milestone" = the target's milestone (目标值); "progress" = this year's line (进度要求). */
  of: "milestone" | "progress";
  year: number | null;
  /** In the target's unit (percent, or 学时 for B43). */
  value: number;
  comparator: ">=" | ">" | "=";
}

/** A staff ratio's answer: the hires, or the existing teachers to qualify. */
export interface StaffRatioAnswer {
  kind: "staff_ratio";
  targetId: StaffRatioTargetId;
  aim: Aim;
  /** Qualifying teachers to hire; null when hiring cannot reach the aim (100%) or is no route (B34). */
  hires: number | null;
  /** false when the aim is 100%: no number of hires reaches it. */
  hiresPossible: boolean;
  /** hires ≤ {@link HIRES_PLAUSIBLE_SHARE} × d: hiring is offered as an alternative route. */
  hiresPlausible: boolean;
  /** Of the `without` teachers lacking the qualification, how many must gain it. */
  toQualify: number;
  /** d − n: the teachers of the denominator without the qualification. */
  without: number;
  /** Chinese, e.g. "按 2025 年目标值 95% 测算，需现有 61 名…中 25 人完成本科学历提升；或新增…8 人。" */
  sentence: string;
  /** 滞后于进度: the answer for this year's progress line (its sentence leads `sentence`). */
  toLine?: StaffRatioAnswer;
}

/** B08's answer: the schools to equip with a 体育与健康 专任教师. */
export interface SchoolsAnswer {
  kind: "schools";
  targetId: "B08";
  aim: Aim;
  schoolsToEquip: number;
  /** S − n: the schools without one. */
  without: number;
  sentence: string;
  /** 滞后于进度: the answer for this year's progress line (its sentence leads `sentence`). */
  toLine?: SchoolsAnswer;
}

/** B43's answer: the 学时 short this cycle, in total and per teacher. */
export interface TrainingHoursAnswer {
  kind: "training_hours";
  targetId: "B43";
  aim: Aim;
  /** Σ 学时 short of the aim pro rata (whole hours, rounded up). */
  hoursShort: number;
  /** Teachers on the roster (equivalentTeachers × 5 ÷ years elapsed). */
  teachers: number;
  /** hoursShort ÷ teachers, 学时 (not rounded). */
  hoursPerTeacher: number;
  /** 学时 each teacher should have by this school year (aim × years elapsed ÷ 5). */
  dueByNow: number;
  sentence: string;
}

export type WhatItTakes = StaffRatioAnswer | SchoolsAnswer | TrainingHoursAnswer;

const SNAP = 1e-9;

/** `v` snapped to the nearest integer when within 1e-9 of it (floating-point noise). */
const snap = (v: number): number => (Math.abs(v - Math.round(v)) <= SNAP ? Math.round(v) : v);

/** The fewest whole number meeting `bound` (≥ for `>=`/`=`, strictly above for `>`). */
const fewest = (bound: number, comparator: Aim["comparator"]): number => {
  const b = snap(bound);
  return comparator === ">" ? Math.floor(b) + 1 : Math.ceil(b);
};

/** The aim of a numeric milestone `>=`, `>` or `=`; null otherwise. */
function aimOf(m: Milestone | null): Aim | null {
  if (!m || m.value === null) return null;
  if (m.comparator !== ">=" && m.comparator !== ">" && m.comparator !== "=") return null;
  return { of: "milestone", year: m.year, value: m.value, comparator: m.comparator };
}

/**
 * This school year's progress line as an aim: the line rounded to 2 decimals (as printed, so
 * the sentence can be checked against its own number), reached at ≥; null without a line.
 */
function lineAimOf(schoolYear: number, requiredNow: number | null | undefined): Aim | null {
  if (requiredNow === null || requiredNow === undefined || !Number.isFinite(requiredNow)) return null;
  return { of: "progress", year: schoolYear, value: Math.round(requiredNow * 100) / 100, comparator: ">=" };
}

/**
 * "按 2025 年目标值 95% 测算" / "按 2030 年目标值高于 90% 测算" / "按 2025 年进度要求 84.62% 测算".
 */
function percentAimText(aim: Aim): string {
  const when = aim.year === null ? "" : ` ${aim.year} 年`;
  if (aim.of === "progress") return `按${when}进度要求 ${aim.value}% 测算`;
  return `按${when}目标值${aim.comparator === ">" ? "高于" : ""} ${aim.value}% 测算`;
}

/**
 * "现有 61 名…中 25 人完成本科学历提升"; all of them, "现有 3 名…全部完成本科学历提升"; the only
 * one, "现有 1 名…完成本科学历提升".
 */
function qualifyText(route: StaffRatioRoute, y: number, without: number): string {
  if (without === 1) return `现有 1 名${route.rest}${route.gain}`;
  return y >= without
    ? `现有 ${without} 名${route.rest}全部${route.gain}`
    : `现有 ${without} 名${route.rest}中 ${y} 人${route.gain}`;
}

function staffRatio(id: StaffRatioTargetId, aim: Aim, n: number, d: number): StaffRatioAnswer | null {
  const route: StaffRatioRoute = STAFF_RATIO_ROUTES[id];
  const without = d - n;
  // existing staff: (n + y) / d ≥ r ⇔ y ≥ (p·d − 100·n) / 100, p the aim in percent
  const y = Math.max(0, fewest((aim.value * d - 100 * n) / 100, aim.comparator));
  if (y === 0) return null;
  // more than all of them (an aim above 100%, or > 100%): no route on this roster
  if (y > without) return null;
  const hiresPossible = aim.value < 100;
  // hires: (n + x) / (d + x) ≥ r ⇔ x ≥ (p·d − 100·n) / (100 − p)
  const hires =
    route.hire !== null && hiresPossible
      ? fewest((aim.value * d - 100 * n) / (100 - aim.value), aim.comparator)
      : null;
  const hiresPlausible = hires !== null && hires <= HIRES_PLAUSIBLE_SHARE * d;
  const head = percentAimText(aim);
  const qualify = `${head}，需${qualifyText(route, y, without)}`;
  let sentence: string;
  if (route.hire === null) sentence = `${qualify}。`;
  else if (hires === null) sentence = `${qualify}；仅靠新增${route.hire}无法使比例达到 ${aim.value}%。`;
  else if (hiresPlausible) sentence = `${qualify}；或新增${route.hire} ${hires} 人。`;
  else {
    // the hires' share of the current staff, in whole percent (123 of 57 → 216%)
    const share = Math.round((hires * 100) / d);
    sentence = `${qualify}；仅靠新增${route.hire}需 ${hires} 人（相当于现有教师的 ${share}%），不宜作为主要途径。`;
  }
  return {
    kind: "staff_ratio",
    targetId: id,
    aim,
    hires,
    hiresPossible,
    hiresPlausible,
    toQualify: y,
    without,
    sentence,
  };
}

function schools(aim: Aim, n: number, s: number): SchoolsAnswer | null {
  const without = s - n;
  const k = Math.max(0, fewest((aim.value * s) / 100, aim.comparator) - n);
  if (k === 0 || k > without) return null;
  const which =
    k >= without
      ? `尚无体育与健康专任教师的 ${without} 所中小学`
      : `尚无体育与健康专任教师的 ${without} 所中小学中的 ${k} 所`;
  return {
    kind: "schools",
    targetId: "B08",
    aim,
    schoolsToEquip: k,
    without,
    sentence: `${percentAimText(aim)}，需为${which}配齐体育专职教师。`,
  };
}

function trainingHours(
  aim: Aim,
  hours: number,
  equivalent: number,
  schoolYear: number,
): TrainingHoursAnswer | null {
  const cycle = trainingCycleOf(schoolYear);
  const yearsElapsed = schoolYear - cycle.start + 1;
  const teachers = Math.round((equivalent * 5) / yearsElapsed);
  if (teachers <= 0) return null;
  const short = fewest(aim.value * equivalent - hours, aim.comparator);
  if (short <= 0) return null;
  const dueByNow = (aim.value * yearsElapsed) / 5;
  const perTeacher = short / teachers;
  const due = Number.isInteger(dueByNow) ? String(dueByNow) : dueByNow.toFixed(1);
  return {
    kind: "training_hours",
    targetId: "B43",
    aim,
    hoursShort: short,
    teachers,
    hoursPerTeacher: perTeacher,
    dueByNow,
    sentence:
      `按五年一周期每人不少于 ${aim.value} 学时测算（${cycle.label}已过 ${yearsElapsed} 年，每人应累计 ${due} 学时），` +
      `现有 ${teachers} 名义务教育专任教师本周期累计培训学时尚差 ${short} 学时，人均需再完成约 ${perTeacher.toFixed(1)} 学时。`,
  };
}

/**
 * What it takes on the roster to reach a lagging target's current milestone (see the module
 * comment for the formulas and when the answer is null).
 *
 * Example (A08, 2025 ≥95%): 6 of 9 teachers with 本科+ → y = ceil(8.55 − 6) = 3, all 3 below
 * 本科; hires x = (95·9 − 600) ÷ 5 = 51 (57/60 = 95%), 51 > 0.2 × 9, so no main route.
 */
export function whatItTakes(input: WhatItTakesInput): WhatItTakes | null {
  if (input.status !== "off_track" && input.status !== "missed") return null;
  const aim = aimOf(input.milestone);
  const { numerator: n, denominator: d } = input;
  if (!aim || n === null || d === null || !(d > 0) || n < 0) return null;
  const id = input.targetId;
  if (id === "B43") return trainingHours(aim, n, d, input.schoolYear);
  const isRatio = Object.hasOwn(STAFF_RATIO_ROUTES, id);
  if (id !== "B08" && !isRatio) return null;
  // one rule for the milestone and for this year's line (B08 and the staff ratios are percents)
  const answerFor = (a: Aim): StaffRatioAnswer | SchoolsAnswer | null =>
    id === "B08" ? schools(a, n, d) : staffRatio(id as StaffRatioTargetId, a, n, d);
  const toAim = answerFor(aim);
  if (input.status !== "off_track") return toAim;
  const line = lineAimOf(input.schoolYear, input.requiredNow);
  // a line at or beyond the milestone's value would only repeat the milestone's answer
  const toLine = line && line.value < aim.value ? answerFor(line) : null;
  if (!toLine) return toAim;
  if (!toAim) return toLine;
  return { ...toAim, toLine, sentence: `${toLine.sentence}${toAim.sentence}` } as WhatItTakes;
}
