/**
 * C1–C7 (the seven 义务教育优质均衡 resource indicators, 教督〔2017〕6号) as target results. They
 * are measured per school and per stage (小学 / 初中), so each value carries its stage:
 * - a school: its own value of the stage (a 九年一贯制 school has one for each stage);
 * - a district: the district-wide value X̄ = Σ resource ÷ Σ students of its assessed schools,
 *   with the student-weighted coefficient of variation (差异系数) against its limit.
 * The figures come from the 优质均衡 assessment (modules/balance), assessed once per request
 * for every year asked and both views (the unit itself and its schools): three SQL statements
 * whatever the number of schools and years.
 */

import type { SchoolRow } from "@edu2035/db";
import {
  BALANCE_CV_MAX,
  BALANCE_INDICATORS,
  BALANCE_STAGES,
  type BalanceIndicatorId,
  type BalanceStage,
  STAGE_LABELS,
} from "@edu2035/domain";
import type { ResolvedUnit, ScopedAccess } from "../../authz/access.ts";
import {
  type BalanceExcludedSchoolModel,
  type BalanceStageAssessmentModel,
  districtAssessmentsByYear,
  type SchoolBalanceModel,
  schoolBalancesByYear,
} from "../balance/service.ts";
import type { Breakdown, Measurement } from "./measures.ts";
import { SELF } from "./measures.ts";

/** A C-indicator measurement for one stage, with the district's CV where there is one. */
export interface BalanceMeasurement extends Measurement {
  stage: BalanceStage;
  coefficientOfVariation: number | null;
  coefficientOfVariationLimit: number | null;
}

/** By unit key, then school year, then "C1:primary"-style key. */
export type BalanceMeasurements = Map<string, Map<number, Map<string, BalanceMeasurement>>>;

/** The key of a C target's stage measurement. */
export const stageKey = (targetId: string, stage: BalanceStage) => `${targetId}:${stage}`;

function put(
  out: BalanceMeasurements,
  unitKey: string,
  year: number,
  m: BalanceMeasurement & { id: string },
) {
  const byYear = out.get(unitKey) ?? new Map<number, Map<string, BalanceMeasurement>>();
  out.set(unitKey, byYear);
  const byKey = byYear.get(year) ?? new Map<string, BalanceMeasurement>();
  byYear.set(year, byKey);
  const { id, ...rest } = m;
  byKey.set(stageKey(id, m.stage), rest);
}

/** A school value's numerator label per stage and indicator: "小学专任教师中…" (the name without 每百名学生拥有/生均). */
const NUMERATOR_LABELS = Object.fromEntries(
  BALANCE_STAGES.map((stage) => [
    stage,
    Object.fromEntries(
      BALANCE_INDICATORS.map((b) => [
        b.id,
        `${STAGE_LABELS[stage]}${b.name.replace(/^(每百名学生拥有|生均)/, "")}`,
      ]),
    ),
  ]),
) as Record<BalanceStage, Record<BalanceIndicatorId, string>>;

/** A school value's denominator label per stage: "小学学生数". */
const DENOMINATOR_LABELS = Object.fromEntries(
  BALANCE_STAGES.map((stage) => [stage, `${STAGE_LABELS[stage]}学生数`]),
) as Record<BalanceStage, string>;

/** A school's seven values of each stage it is assessed in. */
function schoolValues(
  out: BalanceMeasurements,
  unitKey: string,
  year: number,
  results: SchoolBalanceModel["results"],
) {
  for (const r of results) {
    for (const v of r.indicators) {
      put(out, unitKey, year, {
        id: v.indicator.id,
        stage: r.stage,
        value: v.value,
        numerator: v.amount,
        denominator: r.students,
        numeratorLabel: NUMERATOR_LABELS[r.stage][v.indicator.id],
        denominatorLabel: DENOMINATOR_LABELS[r.stage],
        unitsIncluded: 1,
        unitsMissing: 0,
        reason: v.value === null ? "年报或名册缺少该项数据" : null,
        coefficientOfVariation: null,
        coefficientOfVariationLimit: null,
      });
    }
  }
}

/**
 * A school of the assessment whose figures are missing for a stage (excluded with blocksVerdict:
 * no approved report): each indicator without a value, covered 0/1 (无数据, not 不适用). Schools
 * left out for good (特殊教育学校, 教学点, no students of the stage) are not expected: nothing.
 */
function pendingValues(
  out: BalanceMeasurements,
  unitKey: string,
  year: number,
  excluded: readonly BalanceExcludedSchoolModel[],
) {
  for (const e of excluded) {
    if (!e.blocksVerdict) continue;
    for (const indicator of BALANCE_INDICATORS) {
      put(out, unitKey, year, {
        id: indicator.id,
        stage: e.stage,
        value: null,
        numerator: null,
        denominator: null,
        numeratorLabel: null,
        denominatorLabel: null,
        unitsIncluded: 0,
        unitsMissing: 1,
        reason: e.reasonLabel,
        coefficientOfVariation: null,
        coefficientOfVariationLimit: null,
      });
    }
  }
}

/**
 * A district's X̄ and CV of each indicator, per stage. Coverage: the schools assessed in the
 * stage over those and the schools awaiting an approved report (blocksVerdict), as the
 * assessment's own "11/17 所学校已评估".
 */
function districtValues(
  out: BalanceMeasurements,
  unitKey: string,
  year: number,
  stages: BalanceStageAssessmentModel[],
) {
  for (const st of stages) {
    const blocking = st.excluded.filter((e) => e.blocksVerdict).length;
    for (const v of st.variations) {
      const cv = v.cv;
      put(out, unitKey, year, {
        id: v.indicator.id,
        stage: st.stage,
        value: v.mean,
        numerator: null,
        denominator: null,
        numeratorLabel: null,
        denominatorLabel: null,
        unitsIncluded: st.schools.length,
        unitsMissing: blocking,
        reason:
          v.mean === null
            ? (v.reason ?? "没有可参评学校的数据")
            : `区域均值；差异系数 ${cv === null ? "无法计算" : cv.toFixed(3)}（限值 ${v.limit.toFixed(2)}，${v.passed ? "达标" : "未达标"}）`,
        coefficientOfVariation: cv,
        coefficientOfVariationLimit: BALANCE_CV_MAX[st.stage],
      });
    }
  }
}

/** C1–C7 of a unit in both views: the unit itself, and the units directly below it. */
export type BalanceViews = Record<Breakdown, BalanceMeasurements>;

/**
 * Measure C1–C7 for a district or school (the city is not measured on them) for every school
 * year asked, in both views at once: the district's own X̄ and CV (`self`) and its schools'
 * values (`children`) come from ONE assessment of all the years (balance/service.ts
 * districtAssessmentsByYear: three statements whatever the number of years); a school's own
 * values from one read of its figures (schoolBalancesByYear), in both views.
 */
export async function measureBalance(
  access: ScopedAccess,
  unit: ResolvedUnit,
  years: readonly number[],
  /**
   * A district's schools to give values for in `children` (the page of the 指标总览); default
   * all. The district's own X̄ and CV always come from all its schools.
   */
  childIds?: ReadonlySet<string>,
  /**
   * A district's schools open in (at least) the years asked, as `access.schools` read them
   * (the 指标总览's units below, read for its whole range): not read again.
   */
  schools?: readonly SchoolRow[],
): Promise<BalanceViews> {
  const self: BalanceMeasurements = new Map();
  const children: BalanceMeasurements = new Map();
  if (unit.level === "city") return { self, children };
  if (unit.level === "school") {
    for (const [year, s] of await schoolBalancesByYear(access, unit.id as string, years)) {
      schoolValues(self, SELF, year, s.results);
      pendingValues(self, SELF, year, s.excluded);
    }
    return { self, children: self };
  }
  const wanted = (schoolId: string) => !childIds || childIds.has(schoolId);
  const assessments = await districtAssessmentsByYear(access, unit.id as string, years, {
    shortfalls: false,
    schools,
  });
  for (const [year, a] of assessments) {
    districtValues(self, SELF, year, a.stages);
    for (const st of a.stages) {
      for (const r of st.schools) if (wanted(r.school.id)) schoolValues(children, r.school.id, year, [r]);
      for (const e of st.excluded) if (wanted(e.school.id)) pendingValues(children, e.school.id, year, [e]);
    }
  }
  return { self, children };
}
