/**
 * The projection (学龄人口与教育资源需求预测) of a district or the city: authorizes the unit and the
 * scenario, reads the inputs (data.ts), runs the domain's cohort model and resource needs, and
 * shapes the answer. Nothing is stored: every request recomputes from the live data.
 */
import type { DistrictRow } from "@edu2035/db";
import {
  BALANCE_INDICATORS,
  type CohortProjection,
  classesNeeded as classesNeededOf,
  firstHireYear,
  HIRES_PLAUSIBLE_SHARE,
  PROJECTION_END_YEAR,
  PROJECTION_METHOD,
  PROJECTION_SLOTS,
  PROJECTION_STAGE_LABELS,
  type ProjectionStage,
  projectCohorts,
  projectResources,
  RETIREMENT_RULE_LABELS,
  type ResourceYear,
  STAFF_RATIO_ROUTES,
  schoolYearLabel,
  schoolYearOf,
  slotKey,
  slotLabel,
  stagesPresent,
  sumDistrictTeachers,
  type TargetHold,
  TEACHER_BALANCE_IDS,
  yearRanges,
} from "@edu2035/domain";
import type { ScopedAccess } from "../../authz/access.ts";
import { badInput } from "../../errors.ts";
import { type CoverageYearData, laterRosterYears, loadProjectionInputs, loadRoster } from "./data.ts";
import { type ProjectionScenarioModel, readScenario, scenarioModel } from "./scenarios.ts";

interface NeedLineModel {
  need: number;
  supply: number;
  gap: number;
  surplus: number;
  hires: number;
  cumulativeHires: number;
}

export interface ProjectionStageYearModel {
  stage: ProjectionStage;
  stageLabel: string;
  pupils: number;
  grades: {
    grade: number;
    label: string;
    pupils: number;
    classesNeeded: number | null;
    provisional: boolean;
  }[];
  classesNeeded: number | null;
  classesHave: number;
  classBalance: number | null;
  teachers:
    | (NeedLineModel & {
        normNeed: number | null;
        binding: string;
        retirements: number;
        balance: (NeedLineModel & { indicatorId: string; label: string })[];
      })
    | null;
}

export interface ProjectionModel {
  district: DistrictRow | null;
  unitName: string;
  scenario: ProjectionScenarioModel | null;
  baseYear: number | null;
  /** The first hire year (firstHireYear); null without a base year. */
  hiresFrom: number | null;
  endYear: number;
  method: string[];
  notes: string[];
  retirementRule: string;
  coverage: {
    partial: boolean;
    statement: string;
    years: CoverageYearData[];
    rosterYear: number | null;
    rosterSchools: number;
    rosterSchoolsExpected: number;
    teachersWithoutStage: number;
    birthYears: number[];
    missingBirthYears: number[];
  };
  rates: CohortProjection["rates"];
  births: CohortProjection["births"];
  years: {
    schoolYear: number;
    projected: boolean;
    stages: ProjectionStageYearModel[];
    a08Percent: number | null;
    a07Percent: number | null;
    a08Hold: TargetHold | null;
    a07Hold: TargetHold | null;
  }[];
}

/**
 * Run the projection for a district (`districtId`) or the city (null), under a scenario. `now`:
 * the API's clock (Context.now): hires start with the first projected school year not yet over.
 * @throws FORBIDDEN; NOT_FOUND; BAD_USER_INPUT (scenarioId of another district).
 */
export async function runProjection(
  access: ScopedAccess,
  districtId: string | null | undefined,
  scenarioId: string | null | undefined,
  now: Date,
): Promise<ProjectionModel> {
  const unit = districtId
    ? await access.resolveUnit({ level: "district", id: districtId }, "inputs.read")
    : await access.resolveUnit({ level: "city" }, "inputs.read");
  let scenario: ProjectionScenarioModel | null = null;
  if (scenarioId) {
    const row = await readScenario(access, scenarioId);
    if (row.districtId && row.districtId !== unit.id)
      throw badInput("scenarioId", `该预测情景属于其他区，不能用于${unit.name}的预测`);
    scenario = scenarioModel(row);
  }
  const districts = unit.level === "city" ? await access.districts() : [];
  const data = await loadProjectionInputs(access, unit, districts);
  if (!data.history.length) {
    return {
      district: unit.district,
      unitName: unit.name,
      scenario,
      baseYear: null,
      hiresFrom: null,
      endYear: PROJECTION_END_YEAR,
      method: [...PROJECTION_METHOD],
      notes: [],
      retirementRule: RETIREMENT_RULE_TEXT,
      coverage: {
        partial: true,
        statement: `${unit.name}还没有已审核年报的分年级在校生数，无法预测`,
        years: [],
        rosterYear: null,
        rosterSchools: 0,
        rosterSchoolsExpected: 0,
        teachersWithoutStage: 0,
        birthYears: data.birthYears,
        missingBirthYears: [],
      },
      rates: [],
      births: data.births.map((b) => ({ ...b, projected: false })),
      years: [],
    };
  }
  // a later year whose 年报 are not all approved yet (审核中) would start the cohorts from part of
  // the pupils: start from the latest complete year and say so
  const complete = data.coverage.filter((c) => c.missingSchools.length === 0).map((c) => c.schoolYear);
  const lastComplete = complete.length ? Math.max(...complete) : null;
  const skipped = lastComplete == null ? [] : data.coverage.filter((c) => c.schoolYear > lastComplete);
  if (skipped.length) {
    data.history = data.history.filter((r) => r.schoolYear <= (lastComplete as number));
    data.coverage = data.coverage.filter((c) => c.schoolYear <= (lastComplete as number));
  }
  const cohorts = projectCohorts({
    history: data.history,
    births: data.births,
    assumptions: scenario?.assumptions,
  });
  const roster = await loadRoster(access, unit, cohorts.baseYear);
  const later = await laterRosterYears(access, unit, cohorts.baseYear);
  const stages = stagesPresent(cohorts);
  // the base year is actual; hires start with the first projected year not yet over
  const hiresFrom = firstHireYear(cohorts.baseYear, schoolYearOf(now));
  const resources =
    unit.level === "city"
      ? sumDistrictTeachers(
          projectResources(cohorts, roster.teachers, stages, { hiresFrom }),
          await districtResources(access, districts, cohorts.baseYear, scenario, hiresFrom),
          roster.teachers,
          hiresFrom,
        )
      : projectResources(cohorts, roster.teachers, stages, { hiresFrom });
  const rosterNotes = [
    `教师供给以${schoolYearLabel(cohorts.baseYear)}花名册为基准（最近一个已审核年报齐全的学年，与在校生的基准学年相同）；基准学年为实际数，不计补充，需补充教师从${schoolYearLabel(hiresFrom)}起计（已过去的学年不再补充）。`,
    ...(later.length
      ? [
          `${later.map(schoolYearLabel).join("、")}已有花名册，但该学年已审核年报尚未齐全，暂不作为基准：所需教师按在校生计算，教师与在校生须取同一学年。`,
        ]
      : []),
  ];

  const baseCoverage = data.coverage.find((c) => c.schoolYear === cohorts.baseYear);
  const expected = baseCoverage ? baseCoverage.schools.length + baseCoverage.missingSchools.length : 0;
  const rosterSchools = baseCoverage
    ? [...baseCoverage.schools, ...baseCoverage.missingSchools].filter((s) => roster.schoolIds.has(s.id))
        .length
    : roster.schoolIds.size;
  const partialYears = data.coverage.filter((c) => c.missingSchools.length > 0);
  const missingBirths = cohorts.missingBirthYears;
  const partial = partialYears.length > 0 || rosterSchools < expected || missingBirths.length > 0;
  const first = cohorts.historyYears[0] as number;
  const statement = [
    `历史数据：${schoolYearLabel(first)}${first === cohorts.baseYear ? "" : `至${schoolYearLabel(cohorts.baseYear)}`}已审核年报（${data.coverage
      .map(
        (c) => `${c.schoolYear}年 ${c.schools.length}/${c.schools.length + c.missingSchools.length} 所学校`,
      )
      .join("，")}）`,
    `${schoolYearLabel(cohorts.baseYear)}花名册 ${rosterSchools}/${expected} 所学校`,
    data.birthYears.length ? `出生人口 ${yearRanges(data.birthYears)}年` : "未录入出生人口",
    ...(missingBirths.length ? [`缺${yearRanges(missingBirths)}年出生人口（相关入学年级暂定）`] : []),
    partial ? "数据不全，预测为暂定" : "数据完整",
  ].join("；");

  return {
    district: unit.district,
    unitName: unit.name,
    scenario,
    baseYear: cohorts.baseYear,
    hiresFrom,
    endYear: cohorts.endYear,
    method: [...PROJECTION_METHOD],
    notes: [
      ...skipped.map(
        (c) =>
          `${schoolYearLabel(c.schoolYear)}已审核年报不全（${c.schools.length}/${c.schools.length + c.missingSchools.length} 所学校），未用于预测：预测从最近一个年报齐全的学年起。`,
      ),
      ...cohorts.notes,
      ...rosterNotes,
      ...holdNotes(resources, unit.level === "city"),
    ],
    retirementRule: RETIREMENT_RULE_TEXT,
    coverage: {
      partial,
      statement,
      years: data.coverage,
      rosterYear: cohorts.baseYear,
      rosterSchools,
      rosterSchoolsExpected: expected,
      teachersWithoutStage: roster.withoutStage,
      birthYears: data.birthYears,
      missingBirthYears: missingBirths,
    },
    rates: cohorts.rates,
    births: cohorts.births,
    years: cohorts.years.map((y) => {
      const res = resources.find((r) => r.schoolYear === y.schoolYear);
      return {
        schoolYear: y.schoolYear,
        projected: y.projected,
        stages: stages.map((stage) => stageYear(stage, y, res)),
        a08Percent: res?.a08Percent ?? null,
        a07Percent: res?.a07Percent ?? null,
        a08Hold: res?.a08Hold ?? null,
        a07Hold: res?.a07Hold ?? null,
      };
    }),
  };
}

/**
 * Each district's classes and teachers for the city's sum (sumDistrictTeachers: teachers are
 * employed per district, 县管校聘): every district projected on its own approved enrolment up to
 * the city's base year, its own births and its base-year roster, under the same scenario and hire
 * years. A district without enrolment in the city's base year adds nothing.
 */
async function districtResources(
  access: ScopedAccess,
  districts: readonly DistrictRow[],
  baseYear: number,
  scenario: ProjectionScenarioModel | null,
  hiresFrom: number,
): Promise<ResourceYear[][]> {
  const out: ResourceYear[][] = [];
  for (const d of districts) {
    const unit = await access.resolveUnit({ level: "district", id: d.id }, "inputs.read");
    const data = await loadProjectionInputs(access, unit, []);
    const history = data.history.filter((r) => r.schoolYear <= baseYear);
    if (!history.some((r) => r.schoolYear === baseYear)) continue;
    const cohorts = projectCohorts({ history, births: data.births, assumptions: scenario?.assumptions });
    const roster = await loadRoster(access, unit, baseYear);
    out.push(projectResources(cohorts, roster.teachers, stagesPresent(cohorts), { hiresFrom }));
  }
  return out;
}

/**
 * Where hires alone cannot keep A08/A07 on the plan's line: one sentence per target, of its first
 * missed year. The city's figures are Σ of its districts' (citySum.ts sumHolds). Qualified hires
 * above HIRES_PLAUSIBLE_SHARE (20%, plan/whatItTakes.ts, as the 达成路径 sentences) of the teachers
 * in post are no main route: the sentence says so and points to the teachers in post.
 */
function holdNotes(resources: readonly ResourceYear[], city: boolean): string[] {
  const out: string[] = [];
  for (const [key, name, kind, id] of [
    ["a08Hold", "A08义务教育专任教师中本科以上学历比例", "本科及以上学历教师", "A08"],
    ["a07Hold", "A07学前教育教师受过专业教育比例", "受过学前教育专业教育的教师", "A07"],
  ] as const) {
    const missed = resources.filter((r) => r[key] && !r[key].held);
    const first = missed[0];
    const h = first?.[key];
    if (!first || !h) continue;
    const sum = city ? "，全市为各区所需之和，已达标区的富余不能抵补其他区" : "";
    const need =
      h.qualifiedHires == null ? "补充再多也达不到" : `需累计补充${kind}${h.qualifiedHires}人${sum}`;
    const routeOff =
      h.qualifiedHires != null && h.qualifiedHires > HIRES_PLAUSIBLE_SHARE * h.staff
        ? `；需补充人数相当于现有教师（${h.staff}人）的${Math.round((100 * h.qualifiedHires) / h.staff)}%，超过${Math.round(100 * HIRES_PLAUSIBLE_SHARE)}%，补充教师不宜作为主要途径，须以现有教师在职${STAFF_RATIO_ROUTES[id].gain}为主`
        : "";
    out.push(
      `${name}：${missed.map((r) => r.schoolYear).join("、")}学年仅靠补充教师无法保持规划进度（如${schoolYearLabel(first.schoolYear)}须达${h.required.toFixed(1)}%，${need}，按所需教师只补充${h.plannedHires}人${routeOff}），须同时提升现有教师的学历或专业资质（退休补充已按合格计）。`,
    );
  }
  return out;
}

/** Which retirement rule the roster's teachers fall under (they are 专业技术人员). */
const RETIREMENT_RULE_TEXT = `教师为专业技术人员：男教师适用“${RETIREMENT_RULE_LABELS.male}”，女教师适用“${RETIREMENT_RULE_LABELS.female_cadre}”（不适用女工人50周岁规则）。`;

const BALANCE_LABEL = Object.fromEntries(BALANCE_INDICATORS.map((i) => [i.id, i.name]));

function stageYear(
  stage: ProjectionStage,
  y: CohortProjection["years"][number],
  res: ResourceYear | undefined,
): ProjectionStageYearModel {
  const grades = PROJECTION_SLOTS.filter((s) => s.stage === stage).map((s) => {
    const pupils = y.pupils[slotKey(s)] ?? 0;
    return {
      grade: s.grade,
      label: slotLabel(s),
      pupils,
      classesNeeded: classesNeededOf(stage, s.grade, pupils),
      provisional: y.provisional.includes(slotKey(s)),
    };
  });
  const pupils = grades.reduce((n, g) => n + g.pupils, 0);
  const r = res?.stages.find((s) => s.stage === stage);
  // from the base year on the resources' (the city: Σ of its districts', citySum.ts); history
  // years: the unit's own grades
  const needed = r
    ? r.classes.needed
    : grades.some((g) => g.classesNeeded != null)
      ? grades.reduce((n, g) => n + (g.classesNeeded ?? 0), 0)
      : null;
  // history years: that year's reported classes; from the base year on: the base year's
  const have = r
    ? r.classes.have
    : PROJECTION_SLOTS.filter((s) => s.stage === stage).reduce(
        (n, s) => n + (y.classes?.[slotKey(s)] ?? 0),
        0,
      );
  const t = r?.teachers;
  return {
    stage,
    stageLabel: PROJECTION_STAGE_LABELS[stage],
    pupils,
    grades,
    classesNeeded: needed,
    classesHave: have,
    classBalance: needed == null ? null : have - needed,
    teachers: t
      ? {
          ...t.total,
          normNeed: t.normNeed,
          binding: t.binding === "C1" ? "C1" : t.binding === "mixed" ? "MIXED" : "NORM",
          retirements: t.retirements,
          balance: TEACHER_BALANCE_IDS.flatMap((id) => {
            const line = t.balance[id];
            return line ? [{ indicatorId: id, label: BALANCE_LABEL[id] ?? id, ...line }] : [];
          }),
        }
      : null,
  };
}
