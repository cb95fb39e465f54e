/**
 * The city's teachers as the sum of its districts' (市级汇总): teachers are employed per district
 * (县管校聘), so one district's surplus (富余) cannot fill another's shortfall (短缺). The city's
 * need, supply, gap, surplus, hires and cumulative hires of every stage and year — the total and
 * C1–C3 alike — are the sums of its districts' figures, each district projected on its own pupils
 * and roster (resources.ts): gap = Σ district gaps, surplus = Σ district surpluses, hires = Σ
 * district hires (not the pooled need − supply, where a surplus would hide a shortfall). Pupils and
 * classes stay the city's own projection (its totals).
 *
 * A08 and A07 are city-wide ratios: the city's teachers in post plus the districts' cumulative
 * hires summed (qualifiedRatios); a hold's planned hires are those sums, the qualified hires it
 * needs are worked on the city's pool.
 */

import { TEACHER_BALANCE_IDS } from "./norms.ts";
import {
  type NeedLine,
  qualifiedRatios,
  type ResourceYear,
  type RosterTeacher,
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

/**
 * The city's resource years (`city`: its own projection, whose pupils and classes are kept) with
 * the teachers of every stage-year replaced by the sum over `districts` (each district's
 * projectResources for the same base year and hire years), and A08/A07 recomputed on the city's
 * `roster` plus the summed hires. A stage no district has teachers for keeps no teachers (null).
 */
export function sumDistrictTeachers(
  city: readonly ResourceYear[],
  districts: readonly (readonly ResourceYear[])[],
  roster: readonly RosterTeacher[],
  hiresFrom: number,
): ResourceYear[] {
  const retire = roster.map((t) => ({ t, on: retirementDate(t.birthDate, teacherRetirementRule(t.gender)) }));
  return city.map((y) => {
    const stages = y.stages.map((s) => {
      if (!s.teachers) return s;
      const parts = districts.flatMap((d) => {
        const t = d
          .find((r) => r.schoolYear === y.schoolYear)
          ?.stages.find((x) => x.stage === s.stage)?.teachers;
        return t ? [t] : [];
      });
      return { ...s, teachers: sumTeachers(parts) };
    });
    const hiredBy = new Map<TeacherStage, number>();
    for (const s of stages)
      if (s.teachers && (TEACHER_STAGES as readonly string[]).includes(s.stage))
        hiredBy.set(s.stage as TeacherStage, s.teachers.total.cumulativeHires);
    const working = retire.filter((r) => workingAtSchoolYear(r.on, y.schoolYear)).map((r) => r.t);
    return { ...y, stages, ...qualifiedRatios(working, hiredBy, y.schoolYear, hiresFrom) };
  });
}
