/**
 * B43 (plan 三(六)2: 校长、教师"五年一轮"培训; 教师〔2011〕1号《关于大力加强中小学教师培训工作的
 * 意见》: every teacher completes at least TRAINING_HOURS_PER_CYCLE = 360 学时 of continuing education per five-year cycle,
 * 五年一周期): which cycle a school year lies in, and the hours per teacher that B43 judges.
 *
 * The cycles are the national ones: 2011–2015, 2016–2020 (十三五), 2021–2025 (十四五),
 * 2026–2030 (十五五) … — a cycle begins in the school year starting in 2016 + 5k. The roster
 * (staff.training_hours) holds, on each teacher's record of a school year, the hours accumulated
 * in THAT year's cycle: hours belong to the cycle they were earned in, so the first year of a
 * new cycle starts from zero (the roster carry-over resets them) and never carries the last
 * cycle's hours into the new one.
 */
/** Length of a continuing-education cycle in school years (五年一周期, 教师〔2011〕1号). */
export const TRAINING_CYCLE_YEARS = 5;

/**
 * The first school year of a national cycle the platform's data can reach (2016—2017学年, the
 * cycle 2016–2020); every later cycle starts TRAINING_CYCLE_YEARS after the one before
 * (2021, 2026, 2031 …). Source: 教师〔2011〕1号 (first cycle 2011–2015) and the national
 * 十三五/十四五 teacher-training plans that continue it.
 */
export const TRAINING_CYCLE_EPOCH = 2016;

/** A five-year continuing-education cycle, by the start years of its school years. */
export interface TrainingCycle {
  /** First school year of the cycle (e.g. 2026 for 2026–2030). */
  start: number;
  /** Last school year of the cycle (start + 4). */
  end: number;
  /** "2026—2030年周期". */
  label: string;
}

/** The cycle school year `schoolYear` (start year, e.g. 2026 for 2026—2027学年) lies in. */
export function trainingCycleOf(schoolYear: number): TrainingCycle {
  if (!Number.isInteger(schoolYear)) throw new RangeError(`bad school year ${schoolYear}`);
  const start =
    TRAINING_CYCLE_EPOCH +
    TRAINING_CYCLE_YEARS * Math.floor((schoolYear - TRAINING_CYCLE_EPOCH) / TRAINING_CYCLE_YEARS);
  const end = start + TRAINING_CYCLE_YEARS - 1;
  return { start, end, label: `${start}—${end}年周期` };
}

/** Whether `schoolYear` is the first year of its cycle (its hours start from zero). */
export function startsTrainingCycle(schoolYear: number): boolean {
  return trainingCycleOf(schoolYear).start === schoolYear;
}

/** B43 for a unit and school year. */
export interface TrainingHoursMeasure {
  /** 学时 per teacher, pro rata of the cycle elapsed; null without teachers. */
  value: number | null;
  /** Σ hours of the cycle on the teachers' records of the year (学时). */
  hours: number;
  /** Teachers × years elapsed ÷ 5: the teachers as whole-cycle equivalents. */
  equivalentTeachers: number;
  /** School years of the cycle elapsed, this one included (1–5). */
  yearsElapsed: number;
  cycle: TrainingCycle;
}

/**
 * B43 of a unit in a school year: Σ hours of the current cycle ÷ (teachers × years elapsed ÷ 5),
 * so the value can be judged against 360 学时 every year (in the cycle's last year it is the
 * plain average; in its second year 150 学时 a head count as 375). `hours` must be the hours of
 * this cycle only (see the module comment); in the first year of a cycle they start from zero.
 * Example: 4 teachers with 30 + 0 + 0 + 0 学时 in 2026 (year 1 of 2026–2030) → 30 ÷ (4 × 1/5)
 * = 37.5 学时.
 * @throws RangeError when hours or teachers are negative or not finite.
 */
export function trainingHoursPerTeacher(input: {
  hours: number;
  teachers: number;
  schoolYear: number;
}): TrainingHoursMeasure {
  const { hours, teachers, schoolYear } = input;
  for (const [k, v] of [
    ["hours", hours],
    ["teachers", teachers],
  ] as const) {
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`${k} must be a finite number ≥ 0, got ${v}`);
  }
  const cycle = trainingCycleOf(schoolYear);
  const yearsElapsed = schoolYear - cycle.start + 1;
  const equivalentTeachers = (teachers * yearsElapsed) / TRAINING_CYCLE_YEARS;
  return {
    value: teachers > 0 ? hours / equivalentTeachers : null,
    hours,
    equivalentTeachers,
    yearsElapsed,
    cycle,
  };
}
