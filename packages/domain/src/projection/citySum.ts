/**
 * The city's teachers as the sum of its districts' (市级汇总): teachers are employed per district
 * (县管校聘), so one district's surplus (富余) cannot fill another's shortfall (短缺). The city's
 * need, supply, gap, surplus, hires and cumulative hires of every stage and year — the total and
 * C1–C3 alike — are the sums of its districts' figures, each district projected on its own pupils
 * and roster (resources.ts): gap = Σ district gaps, surplus = Σ district surpluses, hires = Σ
 * district hires (not the pooled need − supply, where a surplus would hide a shortfall). Pupils
 * stay the city's own projection (its totals); classes needed are Σ of the districts' (a class
 * cannot span districts), classes reported the city's (= Σ of its districts' reports).
 *
 * A08 and A07 percentages are city-wide ratios: the city's teachers in post plus the districts'
 * cumulative hires summed (qualifiedRatios). A hold (TargetHold) is Σ of the districts': the
 * qualified hires needed = Σ of each district's own (a district above the line needs 0 and cannot
 * lend its margin to another; null when some district cannot reach the line by hires), planned
 * hires = Σ, staff = Σ, held = every district holds; the required line stays the plan's.
 */

import { TEACHER_BALANCE_IDS } from "./norms.ts";
import {
  type ClassesYear,
  type NeedLine,
  qualifiedRatios,
  type ResourceYear,
  type RosterTeacher,
  type TargetHold,
  TEACHER_STAGES,
  type TeacherStage,
  type TeachersYear,
} from "./resources.ts";
import { retirementDate, teacherRetirementRule, workingAtSchoolYear } from "./retirement.ts";

const ZERO: NeedLine = { need: 0, supply: 0, gap: 0, surplus: 0, hires: 0, cumulativeHires: 0 };

function addLines(a: NeedLine, b: NeedLine): NeedLine {
  return {
    need: a.need + b.need,
    supply: a.supply + b.supply,
    gap: a.gap + b.gap,
    surplus: a.surplus + b.surplus,
    hires: a.hires + b.hires,
    cumulativeHires: a.cumulativeHires + b.cumulativeHires,
  };
}

/** The sum of the districts' teachers of one stage-year (null when no district has that stage). */
function sumTeachers(parts: readonly TeachersYear[]): TeachersYear | null {
  if (!parts.length) return null;
  const normNeeds = parts.map((p) => p.normNeed).filter((n): n is number => n != null);
  const bindings = new Set(parts.map((p) => p.binding));
  const balance: TeachersYear["balance"] = {};
  for (const id of TEACHER_BALANCE_IDS) {
    const lines = parts.flatMap((p) => (p.balance[id] ? [p.balance[id]] : []));
    if (lines.length) balance[id] = lines.reduce(addLines, ZERO);
  }
  return {
    normNeed: normNeeds.length ? normNeeds.reduce((a, b) => a + b, 0) : null,
    binding: bindings.size === 1 ? (parts[0] as TeachersYear).binding : "mixed",
    total: parts.map((p) => p.total).reduce(addLines, ZERO),
    balance,
    retirements: parts.reduce((n, p) => n + p.retirements, 0),
  };
}

/** The city's classes: needed Σ of the districts' (null when none has a norm), have the city's. */
function sumClasses(city: ClassesYear, parts: readonly ClassesYear[]): ClassesYear {
  const needs = parts.map((p) => p.needed).filter((n): n is number => n != null);
  if (!needs.length) return city;
  const needed = needs.reduce((a, b) => a + b, 0);
  return { needed, have: city.have, balance: city.have - needed };
}

/**
 * The city's hold as Σ of its districts' (`pooled`: worked on the city's pool, kept for its
 * required line; null stays null). Districts without a hold (no teachers of those stages) add
 * nothing.
 */
function sumHolds(pooled: TargetHold | null, parts: readonly (TargetHold | null)[]): TargetHold | null {
  if (!pooled) return null;
  const holds = parts.filter((h): h is TargetHold => h != null);
  if (!holds.length) return pooled;
  const unreachable = holds.some((h) => h.qualifiedHires == null);
  return {
    required: pooled.required,
    qualifiedHires: unreachable ? null : holds.reduce((n, h) => n + (h.qualifiedHires as number), 0),
    plannedHires: holds.reduce((n, h) => n + h.plannedHires, 0),
    held: holds.every((h) => h.held),
    staff: holds.reduce((n, h) => n + h.staff, 0),
  };
}

/**
 * The city's resource years (`city`: its own projection, whose pupils and classes are kept) with
 * the teachers and classes needed of every stage-year replaced by the sum over `districts` (each
 * district's projectResources for the same base year and hire years), A08/A07 recomputed on the
 * city's `roster` plus the summed hires and their holds summed (sumHolds). A stage no district has
 * teachers for keeps no teachers (null).
 */
export function sumDistrictTeachers(
  city: readonly ResourceYear[],
  districts: readonly (readonly ResourceYear[])[],
  roster: readonly RosterTeacher[],
  hiresFrom: number,
): ResourceYear[] {
  const retire = roster.map((t) => ({ t, on: retirementDate(t.birthDate, teacherRetirementRule(t.gender)) }));
  return city.map((y) => {
    const years = districts.flatMap((d) => {
      const r = d.find((x) => x.schoolYear === y.schoolYear);
      return r ? [r] : [];
    });
    const stages = y.stages.map((s) => {
      const mine = years.flatMap((r) => {
        const x = r.stages.find((z) => z.stage === s.stage);
        return x ? [x] : [];
      });
      const classes = sumClasses(
        s.classes,
        mine.map((x) => x.classes),
      );
      if (!s.teachers) return { ...s, classes };
      const parts = mine.flatMap((x) => (x.teachers ? [x.teachers] : []));
      return { ...s, classes, teachers: sumTeachers(parts) };
    });
    const hiredBy = new Map<TeacherStage, number>();
    for (const s of stages)
      if (s.teachers && (TEACHER_STAGES as readonly string[]).includes(s.stage))
        hiredBy.set(s.stage as TeacherStage, s.teachers.total.cumulativeHires);
    const working = retire.filter((r) => workingAtSchoolYear(r.on, y.schoolYear)).map((r) => r.t);
    const pooled = qualifiedRatios(working, hiredBy, y.schoolYear, hiresFrom);
    return {
      ...y,
      stages,
      ...pooled,
      a08Hold: sumHolds(
        pooled.a08Hold,
        years.map((r) => r.a08Hold),
      ),
      a07Hold: sumHolds(
        pooled.a07Hold,
        years.map((r) => r.a07Hold),
      ),
    };
  });
}
