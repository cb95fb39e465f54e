/**
 * The cohort-survival model of the projection (学龄人口预测, 队列要素法): pupils of each grade in
 * school year Y are the pupils of the grade below in Y − 1 times that transition's rate
 * (升级率/升学率), and the entry grades come from births (幼儿园小班 from births of Y − 3, 小学一年级
 * from births of Y − 6) times an entry ratio. Rates are estimated from the enrolment-by-grade
 * history of approved 年报: rate = pupils of the next grade in Y ÷ pupils of the grade in Y − 1,
 * the plain mean over every pair of consecutive history years (and for entry, pupils of the
 * entry grade in Y ÷ births of Y − lag, over every history year with those births). A scenario
 * may override any rate, the birth trend and the 初中毕业生升学率 (scenario.ts).
 *
 * A birth year the model needs that is not entered but earlier than the latest entered year
 * (a gap, or before the first entered year) is missing: the entry grade is held at the year
 * before, the note names the year, and that figure and every figure carried on from it are
 * provisional (暂定: CohortYear.provisional, CohortProjection.missingBirthYears).
 *
 * Pupils are whole: each projected grade is rounded to the nearest pupil as it is computed, so
 * the next year starts from whole numbers (hand-checkable).
 */
import { schoolYearLabel } from "../schoolYear.ts";
import type { ProjectionAssumptions } from "./scenario.ts";
import {
  type GradeSlot,
  PROJECTION_SLOTS,
  PROJECTION_STAGES,
  type ProjectionStage,
  slotKey,
  slotLabel,
  TRANSITIONS,
  type Transition,
} from "./stages.ts";

/** The last year the plan projects to (《乌海教育现代化2035》). */
export const PROJECTION_END_YEAR = 2035;

/** Pupils and classes of one grade in one school year (summed over the schools). */
export interface EnrolmentRecord {
  schoolYear: number;
  stage: ProjectionStage;
  grade: number;
  students: number;
  classes: number;
}

/** 出生人口 of one calendar year. */
export interface BirthRecord {
  year: number;
  births: number;
}

/** A transition's rate as the model uses it, with how it was obtained. */
export interface RateUsed {
  key: string;
  label: string;
  /** The rate applied. */
  rate: number;
  /** The rate estimated from history (null when there was no usable pair of years). */
  estimated: number | null;
  /** The school years Y whose ratio went into the mean (Y − 1 → Y, or births of Y − lag → Y). */
  yearsUsed: number[];
  /** Overridden by the scenario. */
  overridden: boolean;
  /** No history: 0 when the target grade never had pupils, else 1 (stated in the notes). */
  defaulted: boolean;
}

/** Births of one year as the model uses them. */
export interface BirthsUsed {
  year: number;
  births: number;
  /** Beyond the latest known year: the latest known births × (1 + trend)^(years after). */
  projected: boolean;
}

/** Pupils of every grade in one school year. */
export interface CohortYear {
  schoolYear: number;
  /** false: reported (approved 年报); true: computed by the model. */
  projected: boolean;
  /** Pupils by slot key ("primary:1" …). */
  pupils: Record<string, number>;
  /** Classes reported, by slot key (history years only). */
  classes: Record<string, number> | null;
  /**
   * Slot keys whose figure rests on a missing birth year (held, 暂定), directly or carried on
   * from a held grade; [] in history years.
   */
  provisional: string[];
}

export interface CohortProjection {
  /** The latest history year, the projection's starting point. */
  baseYear: number;
  endYear: number;
  historyYears: number[];
  rates: RateUsed[];
  births: BirthsUsed[];
  /** History years, then each projected year to `endYear`. */
  years: CohortYear[];
  /** Birth years the model needed, earlier than the latest entered year, but not entered. */
  missingBirthYears: number[];
  /** Assumptions and fallbacks in Chinese (shown with the method). */
  notes: string[];
}

/** "2008—2019、2021—2025" from sorted years: consecutive runs joined. */
export function yearRanges(years: readonly number[]): string {
  const runs: string[] = [];
  let start: number | null = null;
  let prev: number | null = null;
  for (const y of [...years, Number.NaN]) {
    if (prev != null && y === prev + 1) {
      prev = y;
      continue;
    }
    if (start != null && prev != null) runs.push(start === prev ? `${start}` : `${start}—${prev}`);
    start = y;
    prev = y;
  }
  return runs.join("、");
}

/** Pupils of a stage in one year (sum of its grades). */
export function stagePupils(year: CohortYear, stage: ProjectionStage): number {
  let n = 0;
  for (const s of PROJECTION_SLOTS) if (s.stage === stage) n += year.pupils[slotKey(s)] ?? 0;
  return n;
}

/** The stages with pupils in any year. */
export function stagesPresent(p: CohortProjection): ProjectionStage[] {
  return PROJECTION_STAGES.filter((st) => p.years.some((y) => stagePupils(y, st) > 0));
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/**
 * Project pupils by grade from the history and births to `endYear` (default 2035).
 * @throws Error when the history is empty (the API answers that case before calling).
 */
export function projectCohorts(input: {
  history: readonly EnrolmentRecord[];
  births: readonly BirthRecord[];
  assumptions?: ProjectionAssumptions;
  endYear?: number;
}): CohortProjection {
  const endYear = input.endYear ?? PROJECTION_END_YEAR;
  const a = input.assumptions ?? {};
  const notes: string[] = [];

  // history: pupils and classes by year and slot
  const pupilsByYear = new Map<number, Record<string, number>>();
  const classesByYear = new Map<number, Record<string, number>>();
  for (const r of input.history) {
    const k = slotKey(r);
    const p = pupilsByYear.get(r.schoolYear) ?? {};
    p[k] = (p[k] ?? 0) + r.students;
    pupilsByYear.set(r.schoolYear, p);
    const c = classesByYear.get(r.schoolYear) ?? {};
    c[k] = (c[k] ?? 0) + r.classes;
    classesByYear.set(r.schoolYear, c);
  }
  const historyYears = [...pupilsByYear.keys()].sort((x, y) => x - y);
  if (!historyYears.length) throw new Error("projectCohorts: no enrolment history");
  const baseYear = historyYears[historyYears.length - 1] as number;
  const at = (y: number, s: GradeSlot) => pupilsByYear.get(y)?.[slotKey(s)] ?? 0;

  // births: known, then held or trended beyond the latest known year
  const known = new Map(input.births.map((b) => [b.year, b.births]));
  const knownYears = [...known.keys()].sort((x, y) => x - y);
  const lastKnown = knownYears[knownYears.length - 1];
  const trend = a.birthTrendPercent ?? 0;
  const birthsOf = (year: number): number | null => {
    const k = known.get(year);
    if (k != null) return k;
    if (lastKnown == null || year < lastKnown) return null;
    return Math.round((known.get(lastKnown) as number) * (1 + trend / 100) ** (year - lastKnown));
  };
  if (lastKnown == null) notes.push("未录入出生人口：入学年级按基准年人数保持不变。");
  else
    notes.push(
      `出生人口：${yearRanges(knownYears)}年为录入数；${lastKnown + 1}年起按${lastKnown}年${
        trend ? `每年${trend > 0 ? "增加" : "减少"}${Math.abs(trend)}%（复合）` : "保持不变"
      }推算。`,
    );
  // missing birth year → the grades held for it ("2026—2027学年小学一年级")
  const held = new Map<number, string[]>();

  // rates
  const rates: RateUsed[] = TRANSITIONS.map((t) => estimateRate(t, historyYears, at, birthsOf, known));
  for (const r of rates) {
    const o = a.transitionRates?.[r.key];
    if (o != null) {
      r.rate = o;
      r.overridden = true;
    } else if (r.defaulted && r.rate > 0) {
      notes.push(`${r.label}：无可用的历史数据，按${r.rate}计。`);
    }
  }
  const rateOf = new Map(rates.map((r) => [r.key, r]));

  const years: CohortYear[] = historyYears.map((y) => ({
    schoolYear: y,
    projected: false,
    pupils: { ...pupilsByYear.get(y) },
    classes: { ...classesByYear.get(y) },
    provisional: [],
  }));
  let prev = pupilsByYear.get(baseYear) as Record<string, number>;
  const ger = a.seniorGrossEnrolmentRate;
  if (ger != null)
    notes.push(
      `初中毕业生升学率按${ger}%：高一与中职一年级合计 = 上一年初三人数 × ${ger}%，按估计的升学比例分给普通高中和中职。`,
    );
  let prevProvisional = new Set<string>();
  for (let y = baseYear + 1; y <= endYear; y++) {
    const cur: Record<string, number> = {};
    const provisional = new Set<string>();
    for (const t of TRANSITIONS) {
      const rate = (rateOf.get(t.key) as RateUsed).rate;
      const to = slotKey(t.to);
      if (t.from.kind === "births") {
        const by = y - t.from.lag;
        const b = birthsOf(by);
        cur[to] = b == null ? (prev[to] ?? 0) : Math.round(b * rate);
        if (b == null && lastKnown != null && (rate > 0 || cur[to] > 0)) {
          provisional.add(to);
          held.set(by, [...(held.get(by) ?? []), `${schoolYearLabel(y)}${slotLabel(t.to)}`]);
        }
      } else {
        cur[to] = Math.round((prev[slotKey(t.from.slot)] ?? 0) * rate);
        if (rate > 0 && prevProvisional.has(slotKey(t.from.slot))) provisional.add(to);
      }
    }
    if (ger != null) {
      const rs = (rateOf.get("junior_secondary:9>senior_secondary:10") as RateUsed).rate;
      const rv = (rateOf.get("junior_secondary:9>secondary_vocational:1") as RateUsed).rate;
      const total = Math.round(((prev["junior_secondary:9"] ?? 0) * ger) / 100);
      const senior = rs + rv > 0 ? Math.round((total * rs) / (rs + rv)) : total;
      cur["senior_secondary:10"] = senior;
      cur["secondary_vocational:1"] = total - senior;
      if (prevProvisional.has("junior_secondary:9")) {
        provisional.add("senior_secondary:10");
        provisional.add("secondary_vocational:1");
      }
    }
    const flagged = PROJECTION_SLOTS.map(slotKey).filter((k) => provisional.has(k));
    years.push({ schoolYear: y, projected: true, pupils: cur, classes: null, provisional: flagged });
    prev = cur;
    prevProvisional = provisional;
  }
  const missingBirthYears = [...held.keys()].sort((x, z) => x - z);
  for (const by of missingBirthYears)
    notes.push(
      `缺${by}年出生人口（未录入）：${(held.get(by) as string[]).join("、")}按上一学年人数保持不变，该数字及由其推算的后续年级为暂定。`,
    );

  // the births the model read (history entry years and projected ones)
  const neededFrom = Math.min(historyYears[0] as number, baseYear + 1) - 6;
  const births: BirthsUsed[] = [];
  for (let y = Math.min(neededFrom, knownYears[0] ?? neededFrom); y <= endYear - 3; y++) {
    const b = birthsOf(y);
    if (b != null) births.push({ year: y, births: b, projected: !known.has(y) });
  }
  return { baseYear, endYear, historyYears, rates, births, years, missingBirthYears, notes };
}

function estimateRate(
  t: Transition,
  historyYears: readonly number[],
  at: (y: number, s: GradeSlot) => number,
  birthsOf: (y: number) => number | null,
  known: ReadonlyMap<number, number>,
): RateUsed {
  const ratios: number[] = [];
  const yearsUsed: number[] = [];
  const inHistory = new Set(historyYears);
  for (const y of historyYears) {
    let from: number | null = null;
    if (t.from.kind === "births") {
      const lagYear = y - t.from.lag;
      from = known.has(lagYear) ? birthsOf(lagYear) : null;
    } else if (inHistory.has(y - 1)) {
      from = at(y - 1, t.from.slot);
    }
    if (from == null || from <= 0) continue;
    ratios.push(at(y, t.to) / from);
    yearsUsed.push(y);
  }
  if (ratios.length) {
    const r = mean(ratios);
    return {
      key: t.key,
      label: t.label,
      rate: r,
      estimated: r,
      yearsUsed,
      overridden: false,
      defaulted: false,
    };
  }
  const everTo = historyYears.some((y) => at(y, t.to) > 0);
  return {
    key: t.key,
    label: t.label,
    rate: everTo ? 1 : 0,
    estimated: null,
    yearsUsed: [],
    overridden: false,
    defaulted: true,
  };
}
