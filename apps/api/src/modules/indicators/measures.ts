/**
 * How each target is measured from the database: SQL aggregates over the staff roster and
 * the school annual reports, inside one resolved unit, for a set of school years, either for
 * the unit as a whole or broken down by the units directly below it (the city's districts, a
 * district's schools). Each family of measures is ONE statement whatever the number of
 * schools, staff or years (count … filter (where …) grouped by unit and year).
 * Ratios are ratios of sums: a district's A08 is its qualifying teachers over its teachers,
 * never the mean of its schools' percentages.
 */
import {
  getTarget,
  ORG_LEVEL_LABELS,
  type OrgLevel,
  populationOfTarget,
  type SchoolType,
  type TargetId,
} from "@edu2035/domain";
import { type SQL, sql } from "drizzle-orm";
import type { ResolvedUnit, ScopedAccess } from "../../authz/access.ts";
import { codesSql, staffPopulationSql } from "../../lib/population.ts";
import { onRosterAtStatisticsDate } from "../../lib/statisticsDate.ts";

/** What a measure yields for one unit and school year. */
export interface Measurement {
  /** In the target's unit (percent for ratios and coverage, a count for counts); null when not computable. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  /**
   * Units whose data went into the value (the coverage's 已报, @edu2035/domain coverage.ts), the
   * same meaning in every family: the schools of the kinds the target concerns (domain
   * schoolTypesOfTarget), open at the year's 统计时点, with a roster holding at least one active
   * row (staff measures) or a counted report (approved; submitted too with includeSubmitted);
   * the districts that reported a district figure (coverageUnits 个区); 1 for a figure the city
   * reports or a register the city keeps (complete by definition).
   */
  unitsIncluded: number;
  /** Units expected to report that did not (应报 − 已报). */
  unitsMissing: number;
  /** What the counted units are, for the coverage label: 所学校 when absent, 个区, 个教研室 … */
  coverageUnits?: string;
  /** Why there is no value (Chinese), when value is null. */
  reason: string | null;
}

/** Coverage units of a figure each district reports (区级填报). */
export const DISTRICTS = "个区";
/** Coverage units of a figure the city reports itself (市级填报): 1/1 when reported, 0/1 when not. */
export const CITY_FIGURES = "项市级填报数据";
/** Coverage units of a register the city keeps (登记册): complete by definition, always 1/1. */
export const REGISTERS = "份登记册";

/**
 * The school types whose reports a district or city figure counts (A01 幼儿园, A05 高中阶段学校,
 * A06 高职): the target's population (domain population.ts), which names them even where the
 * target is not measured at school level.
 */
const populationTypes = (id: TargetId): readonly SchoolType[] => {
  const types = populationOfTarget(id).schoolTypes;
  if (!types) throw new Error(`${id}: its population counts no school's figures`);
  return types;
};
/**
 * The school types a school-level target's measure counts: its population's (domain
 * population.ts), which is also its displayed 适用学校类别 (applicability.ts derives from it).
 */
export const typesOf = populationTypes;

/** "('primary', 'junior_secondary')": a list literal of school types. */
const typesSql = codesSql;
export const typeList = (types: readonly SchoolType[]) => sql.raw(typesSql(types));

/** Whether to measure the unit as a whole or each unit directly below it. */
export type Breakdown = "self" | "children";

/** How to measure. */
export interface MeasureOptions {
  /**
   * Count submitted (已提交) reports as well as approved (已审核) ones in the report-based
   * measures (reports, and the enrolment of the inputs family): a preview of the figures before
   * the districts finish reviewing. Default false: approved reports only.
   */
  includeSubmitted?: boolean;
}

/** SQL predicate on a school_reports alias: the reports that count under `options`. */
function countedReports(alias: string, options: MeasureOptions): SQL {
  return sql.raw(
    options.includeSubmitted
      ? `${alias}.status in ('approved', 'submitted')`
      : `${alias}.status = 'approved'`,
  );
}

/** The key of the unit as a whole in a measurement map. */
export const SELF = "self";

/** Measurements by unit key (SELF, or a district/school id) and school year. */
export type Measurements = Map<string, Map<number, Map<string, Measurement>>>;

/** SQL keeping schools inside a resolved unit. */
function schoolsOfUnit(unit: ResolvedUnit): SQL {
  if (unit.level === "city") return sql`true`;
  if (unit.level === "district") return sql`s.district_id = ${unit.id}`;
  return sql`s.id = ${unit.id}`;
}

/**
 * SQL (a subquery) of the schools of a unit in each school year: one row per school and year
 * in which the school was open at the year's 统计时点 (1 September; SQL school_open_in, the one
 * definition), with columns id, type, `extra` (e.g. ", s.ownership"), grp (the group key) and y.
 * A per-year figure joins its facts on (id, y), so it counts exactly the schools of that year.
 */
export function schoolsInYears(
  unit: ResolvedUnit,
  breakdown: Breakdown,
  years: readonly number[],
  extra = "",
): SQL {
  return sql`select s.id, s.type${sql.raw(extra)}, ${groupKey(unit, breakdown)} as grp, y
    from schools s cross join unnest(${yearArray(years)}) as y
    where school_open_in(s.opened_on, s.closed_on, y) and ${schoolsOfUnit(unit)}`;
}

/** SQL of the group key of a school: the unit itself, or the child unit it lies in. */
function groupKey(unit: ResolvedUnit, breakdown: Breakdown): SQL {
  if (breakdown === "self" || unit.level === "school") return sql.raw(`'${SELF}'`);
  return unit.level === "city" ? sql`s.district_id::text` : sql`s.id::text`;
}

/** A validated list of years as an SQL array literal (years are checked integers). */
export function yearArray(years: readonly number[]): SQL {
  for (const y of years) if (!Number.isInteger(y)) throw new RangeError(`bad school year ${y}`);
  return sql.raw(`array[${[...new Set(years)].join(", ")}]::smallint[]`);
}

export const pct = (n: number, d: number) => (d > 0 ? (n * 100) / d : null);

/** Put a measurement into the map under unit key and year. */
export function put(out: Measurements, key: string, year: number, id: string, m: Measurement) {
  const byYear = out.get(key) ?? new Map<number, Map<string, Measurement>>();
  out.set(key, byYear);
  const byId = byYear.get(year) ?? new Map<string, Measurement>();
  byYear.set(year, byId);
  byId.set(id, m);
}

/** A coverage measure over approved school reports: share of schools whose flag holds. */
interface ReportCoverage {
  id: string;
  /** SQL predicate over `r` that is true / false / null (null = not reported). */
  predicate: string;
  schoolTypes: readonly SchoolType[];
  numeratorLabel: string;
  denominatorLabel: string;
}

/** Sources: 三(一)3 (B06, B07, B09, B10, B13, B15), 框3 (B19), 三(七)1 (B37). */
const REPORT_COVERAGES: ReportCoverage[] = [
  {
    id: "B06",
    predicate: "meets_pe_hygiene_standard",
    schoolTypes: typesOf("B06"),
    numeratorLabel: "达到体育卫生条件基本标准的学校",
    denominatorLabel: "填报的中小学",
  },
  {
    id: "B07",
    predicate: "implements_curriculum_standards",
    schoolTypes: typesOf("B07"),
    numeratorLabel: "落实课程标准的学校",
    denominatorLabel: "填报的中小学",
  },
  {
    id: "B09",
    predicate: "has_sports_brand",
    schoolTypes: typesOf("B09"),
    numeratorLabel: "形成体育品牌的学校",
    denominatorLabel: "填报的中小学",
  },
  {
    id: "B10",
    predicate: "implements_health_standard",
    schoolTypes: typesOf("B10"),
    numeratorLabel: "实施学生体质健康标准的学校",
    denominatorLabel: "填报的中小学",
  },
  {
    id: "B13",
    predicate: "held_sports_meeting",
    schoolTypes: typesOf("B13"),
    numeratorLabel: "举办运动会或体育节的学校",
    denominatorLabel: "填报的中小学",
  },
  {
    id: "B15",
    predicate: "held_arts_festival",
    schoolTypes: typesOf("B15"),
    numeratorLabel: "举办校园艺术节的学校",
    denominatorLabel: "填报的中小学",
  },
  {
    id: "B19",
    predicate: "(innovation_labs >= 1)",
    schoolTypes: typesOf("B19"),
    numeratorLabel: "建有创新实验室的学校",
    denominatorLabel: "填报的中小学",
  },
  {
    id: "B37",
    predicate: "wireless_full_coverage",
    schoolTypes: typesOf("B37"),
    numeratorLabel: "无线网络全覆盖的学校",
    denominatorLabel: "填报的学校",
  },
];

/**
 * Annual-report measures of a unit for some school years, in one statement grouped by (unit
 * key, year): B11, B12 (student-weighted test rates), the coverage shares above, and B17
 * (大班额 + 超大班额 classes, a count). Only approved reports count (and submitted ones with
 * `options.includeSubmitted`). Coverage: the schools of the target's kinds open at the year's
 * 统计时点 whose counted report went in (for a share, whose report answers its question), over
 * those schools; B11/B12, B14 and B17 over the 中小学 (their sums too: a kindergarten's health
 * tests or classes are not counted; domain population.ts); B14 over the 国家级足球特色学校
 * among the reports and the 中小学 whose report is not in (0/0, 不适用, for a school reporting
 * that it is not one).
 */
export async function measureReports(
  access: ScopedAccess,
  unit: ResolvedUnit,
  years: readonly number[],
  breakdown: Breakdown = "self",
  options: MeasureOptions = {},
): Promise<Measurements> {
  const totals = REPORT_COVERAGES.map(
    (m, i) => sql`, count(*) filter (where sc.type in ${typeList(m.schoolTypes)}) as t${sql.raw(String(i))}`,
  );
  const cols = REPORT_COVERAGES.map((m, i) => {
    const k = sql.raw(String(i));
    const inTypes = sql`r.type in ${typeList(m.schoolTypes)}`;
    // predicates name report columns unqualified: only `r` has them (k, tot and g do not)
    const p = sql.raw(m.predicate);
    return sql`,
      count(r.id) filter (where ${inTypes} and ${p} is not null) as cd${k},
      count(r.id) filter (where ${inTypes} and ${p}) as cn${k},
      coalesce(max(tot.t${k}), 0) as ct${k}`;
  });
  const ps = typeList(typesOf("B11"));
  // every sum counts only the school types of its target's population (domain population.ts):
  // a kindergarten's health-test counts or classes never reach B11/B12/B17 (issue 16)
  const healthTypes = typeList(typesOf("B11"));
  const fbTypes = typeList(typesOf("B14"));
  const query = sql`
    with sc as (${schoolsInYears(unit, breakdown, years)}),
    tot as (select sc.grp, sc.y, count(*) filter (where sc.type in ${ps}) as ps,
      count(*) filter (where sc.type in ${typeList(typesOf("B17"))}) as b17 ${sql.join(totals, sql``)}
      from sc group by sc.grp, sc.y),
    r as (
      select rep.*, sc.type, sc.grp from school_reports rep join sc on sc.id = rep.school_id and sc.y = rep.school_year
      where rep.school_year = any(${yearArray(years)}) and ${countedReports("rep", options)}
    ),
    g as (
      select gr.report_id, sum(gr.large_classes + gr.oversized_classes) as lc from school_report_grades gr
      where gr.report_id in (select r.id from r) group by gr.report_id
    ),
    k as (select g.grp, y from (select distinct sc.grp from sc) g cross join unnest(${yearArray(years)}) as y)
    select k.grp, k.y,
      coalesce(sum(r.health_tested) filter (where r.type in ${healthTypes}), 0) as tested,
      coalesce(sum(r.health_passed) filter (where r.type in ${healthTypes}), 0) as passed,
      coalesce(sum(r.health_good_or_excellent) filter (where r.type in ${healthTypes}), 0) as good,
      count(r.id) filter (where r.type in ${healthTypes} and r.health_tested > 0) as health_schools,
      count(r.id) filter (where r.type in ${ps}) as ps_reports,
      coalesce(max(tot.ps), 0) as ps_schools,
      count(r.id) filter (where r.type in ${typeList(typesOf("B17"))}) as b17_reports,
      coalesce(max(tot.b17), 0) as b17_schools,
      count(r.id) filter (where r.type in ${fbTypes} and r.football_feature_school) as fb_schools,
      count(r.id) filter (where r.type in ${fbTypes} and r.football_feature_school and r.football_lessons_per_week >= 2) as fb_two,
      coalesce(sum(g.lc) filter (where r.type in ${typeList(typesOf("B17"))}), 0) as large_classes
      ${sql.join(cols, sql``)}
    from k left join tot on tot.grp = k.grp and tot.y = k.y
      left join r on r.grp = k.grp and r.school_year = k.y
      left join g on g.report_id = r.id
    group by k.grp, k.y`;
  const out: Measurements = new Map();
  for (const row of toRows(await access.readDb.execute(query))) {
    const key = String(row.grp);
    const year = num(row.y);
    const tested = num(row.tested);
    const psReports = num(row.ps_reports);
    const psMissing = num(row.ps_schools) - psReports;
    const healthReason = tested > 0 ? null : "没有已审核的年报填报学生体质健康测试人数";
    put(out, key, year, "B11", {
      value: pct(num(row.passed), tested),
      numerator: num(row.passed),
      denominator: tested,
      numeratorLabel: "体质健康测试合格及以上人数",
      denominatorLabel: "参加测试学生数",
      unitsIncluded: psReports,
      unitsMissing: psMissing,
      reason: healthReason,
    });
    put(out, key, year, "B12", {
      value: pct(num(row.good), tested),
      numerator: num(row.good),
      denominator: tested,
      numeratorLabel: "体质健康测试良好及优秀人数",
      denominatorLabel: "参加测试学生数",
      unitsIncluded: psReports,
      unitsMissing: psMissing,
      reason: healthReason,
    });
    REPORT_COVERAGES.forEach((m, i) => {
      const d = num(row[`cd${i}`]);
      const n = num(row[`cn${i}`]);
      put(out, key, year, m.id, {
        value: pct(n, d),
        numerator: n,
        denominator: d,
        numeratorLabel: m.numeratorLabel,
        denominatorLabel: m.denominatorLabel,
        unitsIncluded: d,
        unitsMissing: num(row[`ct${i}`]) - d,
        reason: d > 0 ? null : "本单位该学年没有已审核的相关年报",
      });
    });
    // B14 (三(一)3): of the football-feature schools (approved reports), those with ≥2 lessons a week
    const fb = num(row.fb_schools);
    put(out, key, year, "B14", {
      value: pct(num(row.fb_two), fb),
      numerator: num(row.fb_two),
      denominator: fb,
      numeratorLabel: "每周开设不少于2节足球课的国家级足球特色学校",
      denominatorLabel: "国家级足球特色学校（已审核年报）",
      // covered by the feature schools among the reports and the 中小学 not yet reported (either
      // may be one): a school whose report says it is not a feature school is 不适用 (0/0)
      unitsIncluded: fb,
      unitsMissing: psMissing,
      reason: fb > 0 ? null : "本单位该学年已审核年报中没有国家级足球特色学校",
    });
    // B17 counts 中小学 classes only (domain population.ts; 国发〔2016〕40号): kindergartens are
    // judged on 《幼儿园工作规程》 class sizes (reportFlags), not counted here
    const reports = num(row.b17_reports);
    put(out, key, year, "B17", {
      value: reports > 0 ? num(row.large_classes) : null,
      numerator: num(row.large_classes),
      denominator: null,
      numeratorLabel: "大班额（56—65人）及超大班额（66人及以上）班级数",
      denominatorLabel: null,
      unitsIncluded: reports,
      unitsMissing: num(row.b17_schools) - reports,
      reason: reports > 0 ? null : "本单位该学年没有已审核的年报",
    });
  }
  return out;
}

/**
 * Which family of statements measures each target of groups A and B. C1–C7 belong to the
 * 优质均衡 assessment (modules/balance), not to this map.
 * - staff: the 三支队伍 roster; reports: approved school annual reports;
 * - inputs: enrolment (approved reports) with the district and city inputs (区级/市级填报);
 * - registers: register entries (登记册), see @edu2035/domain REGISTER_KIND_INFO.
 */
export type MeasureFamily = "staff" | "reports" | "inputs" | "registers";
export const TARGET_FAMILY: Readonly<Partial<Record<TargetId, MeasureFamily>>> = {
  A01: "inputs",
  A02: "inputs",
  A03: "inputs",
  A04: "registers",
  A05: "inputs",
  A06: "inputs",
  A07: "staff",
  A08: "staff",
  A09: "staff",
  A10: "inputs",
  B01: "inputs",
  B02: "registers",
  B03: "registers",
  B04: "inputs",
  B05: "inputs",
  B06: "reports",
  B07: "reports",
  B08: "staff",
  B09: "reports",
  B10: "reports",
  B11: "reports",
  B12: "reports",
  B13: "reports",
  B14: "reports",
  B15: "reports",
  B16: "registers",
  B17: "reports",
  B18: "registers",
  B19: "reports",
  B20: "registers",
  B21: "registers",
  B22: "registers",
  B23: "registers",
  B24: "registers",
  B25: "registers",
  B26: "registers",
  B27: "registers",
  B28: "registers",
  B29: "registers",
  B30: "inputs",
  B31: "inputs",
  B32: "inputs",
  B33: "staff",
  B34: "staff",
  B35: "staff",
  B36: "registers",
  B37: "reports",
  B38: "registers",
  B39: "inputs",
  B40: "inputs",
  B41: "inputs",
  B42: "inputs",
  B43: "staff",
};

/** The org level of the units a measure call yields values for. */
export function measuredLevel(unit: ResolvedUnit, breakdown: Breakdown): OrgLevel {
  if (breakdown === "self" || unit.level === "school") return unit.level;
  return unit.level === "city" ? "district" : "school";
}

/**
 * A target asked for at a level the plan does not measure it at: no value, and the reason
 * names the levels it is measured at (e.g. "A06 仅在市级统计").
 */
export function notAtLevel(id: TargetId): Measurement {
  const t = getTarget(id);
  const levels = (["city", "district", "school"] as const).filter((l) => t.levels.includes(l));
  return noValue(`${id} 仅在${levels.map((l) => ORG_LEVEL_LABELS[l]).join("、")}统计`);
}

/** A measurement with no value and nothing counted, only the reason why (Chinese). */
export function noValue(reason: string): Measurement {
  return {
    value: null,
    numerator: null,
    denominator: null,
    numeratorLabel: null,
    denominatorLabel: null,
    unitsIncluded: 0,
    unitsMissing: 0,
    reason,
  };
}

/** Districts inside a unit (grouped like the schools by {@link groupKey}), as SQL over `d`. */
function districtsOfUnit(unit: ResolvedUnit): SQL {
  if (unit.level === "city") return sql`true`;
  if (unit.level === "district") return sql`d.id = ${unit.id}`;
  return sql`false`;
}
function districtGroupKey(unit: ResolvedUnit, breakdown: Breakdown, column: string): SQL {
  if (breakdown === "self" || unit.level !== "city") return sql.raw(`'${SELF}'`);
  return sql.raw(`${column}::text`);
}

/** SQL: a grade's stage is one of the stages the target's population sums (A01 学前, A05 高中阶段 …). */
function stagesOf(id: TargetId): SQL {
  const stages = populationOfTarget(id).reportStages;
  if (!stages) throw new Error(`${id}: its population names no stages`);
  return sql.raw(`g.stage in ${codesSql(stages)}`);
}

/** A number that may be null (null stays null). */
function numOrNull(v: unknown): number | null {
  return v === null || v === undefined ? null : Number(v);
}

interface RatioSpec {
  numerator: number | null;
  denominator: number | null;
  numeratorLabel: string;
  denominatorLabel: string;
  unitsIncluded: number;
  unitsMissing: number;
  /** Coverage units (Measurement.coverageUnits): 所学校 when absent. */
  coverageUnits?: string;
  /** Why there is no value, when something is missing (checked before the arithmetic). */
  missing?: string | null;
  /** Multiplier: 100 for percentages, 100000 for A06. */
  scale?: number;
}

/** A ratio of sums as a Measurement: null with a reason when an input is missing or the denominator is 0. */
function ratio(r: RatioSpec): Measurement {
  const scale = r.scale ?? 100;
  let reason: string | null = r.missing ?? null;
  if (!reason && (r.numerator === null || r.denominator === null)) reason = "缺少计算所需数据";
  if (!reason && !(r.denominator! > 0)) reason = `${r.denominatorLabel}为0，无法计算`;
  return {
    value: reason ? null : (r.numerator! * scale) / r.denominator!,
    numerator: r.numerator,
    denominator: r.denominator,
    numeratorLabel: r.numeratorLabel,
    denominatorLabel: r.denominatorLabel,
    unitsIncluded: r.unitsIncluded,
    unitsMissing: r.unitsMissing,
    ...(r.coverageUnits ? { coverageUnits: r.coverageUnits } : {}),
    reason,
  };
}

/** A single figure (a district's B05, the city's A10/B30) as a Measurement, covered in `units`. */
function figure(
  value: number | null,
  label: string,
  included: number,
  missing: number,
  why: string,
  units: string,
): Measurement {
  return {
    value,
    numerator: value,
    denominator: null,
    numeratorLabel: label,
    denominatorLabel: null,
    unitsIncluded: included,
    unitsMissing: missing,
    coverageUnits: units,
    reason: value === null ? why : null,
  };
}

/** "海南区等1个区未填报…" style reason when some districts lack a figure. */
function districtsMissing(reported: number, districts: number, label: string): string | null {
  if (reported >= districts) return null;
  return `${districts - reported}个区未填报${label}`;
}

/**
 * Enrolment and input measures (the "inputs" family) of a unit for some school years, in ONE
 * statement grouped by (unit key, year): enrolment from approved reports (school_report_grades),
 * district inputs summed over the districts of the unit, the city's own inputs, and the
 * quality-kindergarten register for B31/B32. Rules (ratios of sums; a city value sums its
 * districts, plus the city's own figures where the figure is city-only):
 * - A01 = preschool pupils ÷ Σ population 3–5; A05 = senior-secondary + secondary-vocational
 *   pupils ÷ Σ population 15–17 (city); A06 = higher-vocational students × 100000 ÷ Σ resident
 *   population (city). Covered by the schools of the relevant types: computed from the reports
 *   that are approved, 暂定 (数据不全) while some are not — the coverage rule, not a refusal —
 *   and 不适用 where the unit has no such school; left empty while a district has not reported
 *   its population.
 * - Coverage of a district figure (A02, A03, B04, B05, B39, B41, a district's B42): the
 *   districts that reported it (个区), the value summed over those (暂定 below full coverage);
 *   of a city figure (A10, B30, the city's B42): 1/1 or 0/1.
 * - A02 = Σ grade-9 completers ÷ Σ grade-1 entrants nine years earlier; A03 = Σ enrolled ÷ Σ
 *   children with disabilities; B04 = Σ subdistricts with guidance ÷ Σ subdistricts (city).
 * - B01 = pupils of public and 普惠 private kindergartens ÷ all kindergarten pupils; B31 = public
 *   kindergartens registered as quality ÷ public kindergartens; B32 = pupils of quality
 *   kindergartens ÷ all kindergarten pupils (reported kindergartens).
 * - B05 the district's figure (district only); A10, B30 the city's figures (city only).
 * - B39 = spending in 万元 (city: Σ districts + 市本级); B40 = spending ÷ all enrolled pupils;
 *   B41 = (Σ districts + 市本级) spending ÷ city GDP (city); B42 = teacher ÷ civil-servant pay.
 */
export async function measureInputs(
  access: ScopedAccess,
  unit: ResolvedUnit,
  years: readonly number[],
  breakdown: Breakdown = "self",
  options: MeasureOptions = {},
): Promise<Measurements> {
  const level = measuredLevel(unit, breakdown);
  const out: Measurements = new Map();
  if (level === "school") return out; // no input target is measured at school level
  const ys = yearArray(years);
  // each sum counts the stages and school types of its target's population (domain population.ts)
  const kgTypes = typeList(populationTypes("A01"));
  const upperTypes = typeList(populationTypes("A05"));
  const higherTypes = typeList(populationTypes("A06"));
  const studentTypes = typeList(populationTypes("B40"));
  // B31 公办幼儿园: its population's types, public only
  const b31 = populationOfTarget("B31");
  const b31Schools = sql.raw(
    `sc.type in ${typesSql(populationTypes("B31"))}${b31.publicOnly ? " and sc.ownership = 'public'" : ""}`,
  );
  const query = sql`
    with ys as (select unnest(${ys}) as y),
    dk as (select d.id as district_id, ${districtGroupKey(unit, breakdown, "d.id")} as grp from districts d where ${districtsOfUnit(unit)}),
    k as (select distinct dk.grp, ys.y from dk cross join ys),
    sc as (${schoolsInYears(unit, breakdown, years, ", s.ownership, s.inclusive")}),
    en as (
      select sc.grp, rep.school_year as y, sc.id, sc.type, sc.ownership, sc.inclusive,
        -- each enrolment sum counts its stage at the school types of its population only (A01/B01/
        -- B32 幼儿园, A05 高中阶段学校, A06 高职): a stage entered at another type is not counted
        coalesce(sum(g.students) filter (where ${stagesOf("A01")} and sc.type in ${kgTypes}), 0) as kg,
        coalesce(sum(g.students) filter (where ${stagesOf("A05")} and sc.type in ${upperTypes}), 0) as upper,
        coalesce(sum(g.students) filter (where ${stagesOf("A06")} and sc.type in ${higherTypes}), 0) as higher,
        coalesce(sum(g.students) filter (where sc.type in ${studentTypes}), 0) as students,
        exists (select 1 from registers q where q.kind = 'quality_kindergarten' and q.school_id = sc.id
                and q.from_year <= rep.school_year and (q.to_year is null or q.to_year >= rep.school_year)) as quality
      from school_reports rep join sc on sc.id = rep.school_id and sc.y = rep.school_year
      left join school_report_grades g on g.report_id = rep.id
      where ${countedReports("rep", options)} and rep.school_year = any(${ys})
      group by sc.grp, rep.school_year, sc.id, sc.type, sc.ownership, sc.inclusive
    ),
    ea as (
      select grp, y, sum(kg) as kg, sum(kg) filter (where ownership = 'public' or inclusive) as kg_inclusive,
        sum(kg) filter (where quality) as kg_quality, sum(upper) as upper, sum(higher) as higher,
        sum(students) as students, count(*) as reports,
        count(*) filter (where type in ${kgTypes}) as kg_reports,
        count(*) filter (where type in ${upperTypes}) as upper_reports,
        count(*) filter (where type in ${higherTypes}) as higher_reports
      from en group by grp, y
    ),
    sa as (
      select grp, y, count(*) as schools, count(*) filter (where type in ${kgTypes}) as kgs,
        count(*) filter (where ${b31Schools}) as public_kgs,
        count(*) filter (where type in ${upperTypes}) as upper_schools,
        count(*) filter (where type in ${higherTypes}) as higher_schools
      from sc group by grp, y
    ),
    qa as (
      select sc.grp, sc.y, count(distinct sc.id) as quality_public
      from sc join registers q on q.school_id = sc.id and q.kind = 'quality_kindergarten'
        and q.from_year <= sc.y and (q.to_year is null or q.to_year >= sc.y)
      where ${b31Schools} group by sc.grp, sc.y
    ),
    di as (
      select dk.grp, i.school_year as y,
        sum(i.resident_population) as pop, count(i.resident_population) as n_pop,
        sum(i.population3to5) as p35, count(i.population3to5) as n_p35,
        sum(i.population15to17) as p1517, count(i.population15to17) as n_p1517,
        sum(i.disabled_children) filter (where i.disabled_children is not null and i.disabled_children_enrolled is not null) as dis, sum(i.disabled_children_enrolled) filter (where i.disabled_children is not null and i.disabled_children_enrolled is not null) as dis_in,
        count(*) filter (where i.disabled_children is not null and i.disabled_children_enrolled is not null) as n_dis,
        sum(i.cohort_grade1_entrants) filter (where i.cohort_grade1_entrants is not null and i.cohort_grade9_completers is not null) as c1, sum(i.cohort_grade9_completers) filter (where i.cohort_grade1_entrants is not null and i.cohort_grade9_completers is not null) as c9,
        count(*) filter (where i.cohort_grade1_entrants is not null and i.cohort_grade9_completers is not null) as n_cohort,
        sum(i.urban_subdistricts) filter (where i.urban_subdistricts is not null and i.urban_subdistricts_with_guidance is not null) as towns, sum(i.urban_subdistricts_with_guidance) filter (where i.urban_subdistricts is not null and i.urban_subdistricts_with_guidance is not null) as towns_guided,
        count(*) filter (where i.urban_subdistricts is not null and i.urban_subdistricts_with_guidance is not null) as n_towns,
        sum(i.parenting_sessions_per_family) as sessions, count(i.parenting_sessions_per_family) as n_sessions,
        sum(i.education_spending) as spending, count(i.education_spending) as n_spending,
        sum(i.teacher_average_pay) filter (where i.teacher_average_pay is not null and i.civil_servant_average_pay is not null) as tpay, sum(i.civil_servant_average_pay) filter (where i.teacher_average_pay is not null and i.civil_servant_average_pay is not null) as cpay,
        count(*) filter (where i.teacher_average_pay is not null and i.civil_servant_average_pay is not null) as n_pay
      from district_inputs i join dk on dk.district_id = i.district_id
      where i.school_year = any(${ys}) group by dk.grp, i.school_year
    ),
    dn as (select grp, count(*) as districts from dk group by grp)
    select k.grp, k.y, dn.districts,
      ea.kg, ea.kg_inclusive, ea.kg_quality, ea.upper, ea.higher, ea.students, ea.reports, ea.kg_reports,
      ea.upper_reports, ea.higher_reports,
      sa.schools, sa.kgs, sa.public_kgs, sa.upper_schools, sa.higher_schools, qa.quality_public,
      di.pop, di.n_pop, di.p35, di.n_p35, di.p1517, di.n_p1517, di.dis, di.dis_in, di.n_dis, di.c1, di.c9,
      di.n_cohort, di.towns, di.towns_guided, di.n_towns, di.sessions, di.n_sessions, di.spending,
      di.n_spending, di.tpay, di.cpay, di.n_pay,
      ci.new_labour_upper_secondary_rate as ci_a10, ci.community_education_rate as ci_b30,
      ci.city_education_spending as ci_spending, ci.gdp as ci_gdp,
      ci.teacher_average_pay as ci_tpay, ci.civil_servant_average_pay as ci_cpay, (ci.id is not null) as ci_exists
    from k join dn on dn.grp = k.grp
      left join ea on ea.grp = k.grp and ea.y = k.y
      left join sa on sa.grp = k.grp and sa.y = k.y
      left join qa on qa.grp = k.grp and qa.y = k.y
      left join di on di.grp = k.grp and di.y = k.y
      left join city_inputs ci on ci.school_year = k.y`;
  for (const row of toRows(await access.readDb.execute(query))) {
    const key = String(row.grp);
    const year = num(row.y);
    const at = (id: TargetId, m: Measurement) => {
      if (getTarget(id).levels.includes(level)) put(out, key, year, id, m);
    };
    const districts = num(row.districts);
    const reportedDistricts = (n: unknown) => Math.min(num(n), districts);
    const kgMissing = num(row.kgs) - num(row.kg_reports);
    const upperMissing = num(row.upper_schools) - num(row.upper_reports);
    const higherMissing = num(row.higher_schools) - num(row.higher_reports);
    const allMissing = num(row.schools) - num(row.reports);
    /** A district figure's coverage: the districts that reported it; a value when at least one did. */
    const byDistricts = (n: unknown, label: string) => ({
      unitsIncluded: reportedDistricts(n),
      unitsMissing: districts - reportedDistricts(n),
      coverageUnits: DISTRICTS,
      missing: reportedDistricts(n) > 0 ? null : districtsMissing(0, districts, label),
    });
    const kg = num(row.kg);
    const city = level === "city";

    at(
      "A01",
      ratio({
        numerator: kg,
        denominator: numOrNull(row.p35),
        numeratorLabel: "幼儿园在园幼儿数（已审核年报）",
        denominatorLabel: "3—5岁常住人口（区填报）",
        unitsIncluded: num(row.kg_reports),
        unitsMissing: kgMissing,
        missing: districtsMissing(num(row.n_p35), districts, "3—5岁常住人口"),
      }),
    );
    at(
      "A02",
      ratio({
        numerator: numOrNull(row.c9),
        denominator: numOrNull(row.c1),
        numeratorLabel: "当年初中毕业生数（区填报）",
        denominatorLabel: "九年前该届小学一年级入学人数（区填报）",
        ...byDistricts(row.n_cohort, "巩固率届次数据（初中毕业生数、九年前一年级入学人数）"),
      }),
    );
    at(
      "A03",
      ratio({
        numerator: numOrNull(row.dis_in),
        denominator: numOrNull(row.dis),
        numeratorLabel: "已入学适龄残疾儿童少年数（区填报）",
        denominatorLabel: "适龄残疾儿童少年数（区填报）",
        ...byDistricts(row.n_dis, "适龄残疾儿童少年数及其入学人数"),
      }),
    );
    at(
      "A05",
      ratio({
        numerator: num(row.upper),
        denominator: numOrNull(row.p1517),
        numeratorLabel: "高中阶段在校生数（普通高中 + 中等职业教育，已审核年报）",
        denominatorLabel: "15—17岁常住人口（区填报）",
        unitsIncluded: num(row.upper_reports),
        unitsMissing: upperMissing,
        missing: districtsMissing(num(row.n_p1517), districts, "15—17岁常住人口"),
      }),
    );
    at(
      "A06",
      ratio({
        numerator: num(row.higher),
        denominator: numOrNull(row.pop),
        numeratorLabel: "高等教育在校生数（已审核年报）",
        denominatorLabel: "常住人口（各区填报之和）",
        unitsIncluded: num(row.higher_reports),
        unitsMissing: higherMissing,
        scale: 100_000,
        missing: districtsMissing(num(row.n_pop), districts, "常住人口"),
      }),
    );
    if (city) {
      const a10 = numOrNull(row.ci_a10);
      at(
        "A10",
        figure(
          a10,
          "新增劳动力中受过高中阶段及以上教育比例（市级填报）",
          a10 === null ? 0 : 1,
          a10 === null ? 1 : 0,
          "市级该学年未填报新增劳动力受教育比例（人社、统计部门数据）",
          CITY_FIGURES,
        ),
      );
      const b30 = numOrNull(row.ci_b30);
      at(
        "B30",
        figure(
          b30,
          "城市居民有组织参与社区教育比例（市级填报）",
          b30 === null ? 0 : 1,
          b30 === null ? 1 : 0,
          "市级该学年未填报城市居民有组织参与社区教育比例",
          CITY_FIGURES,
        ),
      );
    }
    at(
      "B01",
      ratio({
        numerator: numOrNull(row.kg_inclusive) ?? 0,
        denominator: kg,
        numeratorLabel: "公办及普惠性民办幼儿园在园幼儿数",
        denominatorLabel: "全部在园幼儿数（已审核年报）",
        unitsIncluded: num(row.kg_reports),
        unitsMissing: kgMissing,
        missing: num(row.kg_reports) > 0 ? null : "本单位该学年没有已审核的幼儿园年报",
      }),
    );
    at(
      "B04",
      ratio({
        numerator: numOrNull(row.towns_guided),
        denominator: numOrNull(row.towns),
        numeratorLabel: "开展早期教养指导服务的城镇（街道）数（区填报）",
        denominatorLabel: "城镇（街道）总数（区填报）",
        ...byDistricts(row.n_towns, "城镇（街道）早期教养指导服务情况"),
      }),
    );
    if (!city) {
      const n = num(row.n_sessions);
      at(
        "B05",
        figure(
          n > 0 ? num(row.sessions) / n : null,
          "每户年均公益免费科学育儿指导次数（区填报）",
          n,
          districts - n,
          "该区该学年未填报科学育儿指导服务次数",
          DISTRICTS,
        ),
      );
    }
    at(
      "B31",
      ratio({
        numerator: num(row.quality_public),
        denominator: num(row.public_kgs),
        numeratorLabel: "评定为优质（示范性）的公办幼儿园",
        denominatorLabel: "公办幼儿园",
        unitsIncluded: num(row.public_kgs),
        unitsMissing: 0,
        missing: num(row.public_kgs) > 0 ? null : "本单位没有公办幼儿园",
      }),
    );
    at(
      "B32",
      ratio({
        numerator: numOrNull(row.kg_quality) ?? 0,
        denominator: kg,
        numeratorLabel: "优质幼儿园在园幼儿数",
        denominatorLabel: "全部在园幼儿数（已审核年报）",
        unitsIncluded: num(row.kg_reports),
        unitsMissing: kgMissing,
        missing: num(row.kg_reports) > 0 ? null : "本单位该学年没有已审核的幼儿园年报",
      }),
    );

    // finance: a district its own figures; the city its districts' plus its own (市本级). B39 and
    // B41 are covered by the districts that reported (a sum over those, 暂定 below 3/3 个区; the
    // 市本级 figure is required); B40 divides by enrolment, so it is covered by the reports and
    // needs every district's spending (a short numerator over a fuller denominator means nothing)
    const cityOwnMissing =
      city && numOrNull(row.ci_spending) === null ? "市级未填报市本级一般公共预算教育支出" : null;
    const spendingMissing =
      districtsMissing(num(row.n_spending), districts, "一般公共预算教育支出") ?? cityOwnMissing;
    const spending = num(row.spending) + (city ? num(row.ci_spending) : 0);
    const spendingLabel = city ? "一般公共预算教育支出（各区 + 市本级，元）" : "一般公共预算教育支出（元）";
    const finance = byDistricts(row.n_spending, "一般公共预算教育支出");
    const financeMissing = finance.missing ?? cityOwnMissing;
    at(
      "B39",
      ratio({
        numerator: spending,
        denominator: 10_000,
        numeratorLabel: spendingLabel,
        denominatorLabel: "元/万元",
        ...finance,
        scale: 1,
        missing: financeMissing,
      }),
    );
    at(
      "B40",
      ratio({
        numerator: spending,
        denominator: num(row.students),
        numeratorLabel: spendingLabel,
        denominatorLabel: "在校学生数（已审核年报）",
        unitsIncluded: num(row.reports),
        unitsMissing: allMissing,
        scale: 1,
        missing: spendingMissing,
      }),
    );
    at(
      "B41",
      ratio({
        numerator: spending,
        denominator: numOrNull(row.ci_gdp),
        numeratorLabel: spendingLabel,
        denominatorLabel: "全市地区生产总值（元，市级填报）",
        ...finance,
        missing: financeMissing ?? (numOrNull(row.ci_gdp) === null ? "市级未填报全市地区生产总值" : null),
      }),
    );
    at(
      "B42",
      city
        ? ratio({
            numerator: numOrNull(row.ci_tpay),
            denominator: numOrNull(row.ci_cpay),
            numeratorLabel: "全市中小学教师年平均工资（元，市级填报）",
            denominatorLabel: "全市公务员年平均工资（元，市级填报）",
            unitsIncluded: row.ci_tpay !== null && row.ci_cpay !== null ? 1 : 0,
            unitsMissing: row.ci_tpay !== null && row.ci_cpay !== null ? 0 : 1,
            coverageUnits: CITY_FIGURES,
            missing: row.ci_tpay === null || row.ci_cpay === null ? "市级未填报教师和公务员年平均工资" : null,
          })
        : ratio({
            numerator: numOrNull(row.tpay),
            denominator: numOrNull(row.cpay),
            numeratorLabel: "中小学教师年平均工资（元，区填报）",
            denominatorLabel: "公务员年平均工资（元，区填报）",
            ...byDistricts(row.n_pay, "教师和公务员年平均工资"),
          }),
    );
  }
  return out;
}

/**
 * Register measures (the "registers" family) of a unit for some school years, in ONE statement
 * grouped by (unit key, year, kind). An entry counts in year Y when from_year ≤ Y and (to_year
 * is null or to_year ≥ Y). A district's value counts the entries of the district and its
 * schools; the city's counts every entry (city-wide ones included). Rules per kind in
 * @edu2035/domain REGISTER_KIND_INFO:
 * - A04 = districts with a counted 优质均衡 certification ÷ districts × 100; B02 their number;
 *   both carry the plan's A04/B02 inconsistency as their reason text;
 * - B03 districts with an early-education centre (city; a district: 1 or 0);
 * - B16 = Σ over 教研室 of min(active bilingual 教研员 on the roster, posts) ÷ Σ posts × 100
 *   (a surplus in one 教研室 does not fill another's posts), over the 教研室 whose 教研员名册 of
 *   the year has anyone on it: an empty roster is no data (unitsMissing), never 0 filled posts;
 *   with every roster empty there is no value (无数据, issue 10);
 * - B18 stage = completed rounds (entries), at most 3; B28 flag = 1 when an entry counts;
 * - B20–B27, B29, B36, B38: Σ quantity of the counted entries.
 * Coverage: a register the city keeps is complete by definition (1/1 份登记册: no entry is a
 * 0, judged); A04 counts the districts (n/n 个区); B16 the 教研室 with posts (个教研室: those
 * with an empty 教研员名册 are missing; none with posts is 不适用).
 */
export async function measureRegisters(
  access: ScopedAccess,
  unit: ResolvedUnit,
  years: readonly number[],
  breakdown: Breakdown = "self",
): Promise<Measurements> {
  const level = measuredLevel(unit, breakdown);
  const out: Measurements = new Map();
  if (level === "school") return out; // no register target is measured at school level
  const ys = yearArray(years);
  const inUnit = (col: string) =>
    unit.level === "district"
      ? sql`${sql.raw(col)} = ${unit.id}`
      : breakdown === "children"
        ? sql.raw(`${col} is not null`)
        : sql`true`;
  const query = sql`
    with ys as (select unnest(${ys}) as y),
    dk as (select d.id as district_id, ${districtGroupKey(unit, breakdown, "d.id")} as grp from districts d where ${districtsOfUnit(unit)}),
    k as (select distinct dk.grp, ys.y from dk cross join ys),
    dn as (select grp, count(*) as districts from dk group by grp),
    rg as (
      select r.kind, r.quantity, r.district_id, ${districtGroupKey(unit, breakdown, "r.district_id")} as grp, ys.y
      from registers r cross join ys
      where r.from_year <= ys.y and (r.to_year is null or r.to_year >= ys.y) and ${inUnit("r.district_id")}
    ),
    ra as (
      select grp, y, kind, sum(quantity) as qty, count(*) as entries, count(distinct district_id) as districts
      from rg group by grp, y, kind
    ),
    posts as (
      select r.district_id, ys.y, sum(r.quantity) as posts from registers r cross join ys
      where r.kind = 'mongolian_researcher_post' and r.from_year <= ys.y and (r.to_year is null or r.to_year >= ys.y)
        and ${inUnit("r.district_id")}
      group by r.district_id, ys.y
    ),
    filled as (
      select f.district_id, f.school_year as y, count(*) filter (where f.bilingual) as n,
        count(*) as researchers
      from staff f
      where ${sql.raw(staffPopulationSql("B16", "f", false))} and ${onRosterAtStatisticsDate("f")} and f.school_year = any(${ys})
      group by f.district_id, f.school_year
    ),
    b16 as (
      select ${districtGroupKey(unit, breakdown, "p.district_id")} as grp, p.y,
        coalesce(sum(p.posts) filter (where fl.researchers > 0), 0) as posts,
        coalesce(sum(least(fl.n, p.posts)) filter (where fl.researchers > 0), 0) as filled,
        count(*) filter (where fl.researchers > 0) as offices,
        count(*) filter (where fl.researchers is null) as offices_empty
      from posts p left join filled fl on fl.district_id is not distinct from p.district_id and fl.y = p.y
      group by 1, 2
    )
    select k.grp, k.y, dn.districts, b16.posts, b16.filled, b16.offices, b16.offices_empty,
      ra.kind, ra.qty, ra.entries, ra.districts as kind_districts
    from k join dn on dn.grp = k.grp
      left join b16 on b16.grp = k.grp and b16.y = k.y
      left join ra on ra.grp = k.grp and ra.y = k.y`;
  type Acc = {
    districts: number;
    posts: number;
    filled: number;
    /** 教研室 with posts and a 教研员名册 for the year (measured). */
    offices: number;
    /** 教研室 with posts whose 教研员名册 for the year is empty (无数据, not 0). */
    officesEmpty: number;
    kinds: Map<string, { qty: number; entries: number; districts: number }>;
  };
  const acc = new Map<string, Acc>();
  for (const row of toRows(await access.readDb.execute(query))) {
    const id = `${row.grp}|${num(row.y)}`;
    let a = acc.get(id);
    if (!a) {
      a = {
        districts: num(row.districts),
        posts: num(row.posts),
        filled: num(row.filled),
        offices: num(row.offices),
        officesEmpty: num(row.offices_empty),
        kinds: new Map(),
      };
      acc.set(id, a);
    }
    if (row.kind) {
      a.kinds.set(String(row.kind), {
        qty: num(row.qty),
        entries: num(row.entries),
        districts: num(row.kind_districts),
      });
    }
  }
  for (const [id, a] of acc) {
    const [key, y] = id.split("|") as [string, string];
    const year = Number(y);
    const at = (tid: TargetId, m: Measurement) => {
      if (getTarget(tid).levels.includes(level)) put(out, key, year, tid, m);
    };
    const kind = (k: string) => a.kinds.get(k) ?? { qty: 0, entries: 0, districts: 0 };
    // a register the city keeps is complete by definition: its count is covered 1/1 (0 entries is
    // a value, 0, not 无数据)
    const count = (label: string, value: number): Measurement => ({
      value,
      numerator: value,
      denominator: null,
      numeratorLabel: label,
      denominatorLabel: null,
      unitsIncluded: 1,
      unitsMissing: 0,
      coverageUnits: REGISTERS,
      reason: null,
    });

    const certified = kind("balance_certification").districts;
    const inconsistency = getTarget("A04").inconsistency ?? null;
    at("A04", {
      ...ratio({
        numerator: certified,
        denominator: a.districts,
        numeratorLabel: "通过国家义务教育优质均衡发展督导评估认定的区",
        denominatorLabel: "全市区数",
        unitsIncluded: a.districts,
        unitsMissing: 0,
        coverageUnits: DISTRICTS,
      }),
      reason: inconsistency,
    });
    at("B02", {
      ...count("通过国家义务教育优质均衡发展督导评估认定的区数", certified),
      reason: inconsistency,
    });
    const centres = kind("early_education_centre").districts;
    at("B03", count("建有早期教养指导服务中心（站）的区数", centres));
    at(
      "B16",
      ratio({
        numerator: a.filled,
        denominator: a.posts,
        numeratorLabel: "在岗专兼职蒙授（蒙汉双语）教研员（每个教研室不超过其岗位数）",
        denominatorLabel: "核定的蒙授教研员岗位数",
        unitsIncluded: a.offices,
        unitsMissing: a.officesEmpty,
        coverageUnits: "个教研室",
        missing:
          a.offices > 0
            ? null
            : a.officesEmpty > 0
              ? `${a.officesEmpty}个教研室该学年教研员名册为空（没有在岗教研员记录），无法计算`
              : "该学年没有登记蒙授教研员核定岗位",
      }),
    );
    at(
      "B18",
      count("已完成的幼儿园课程领导力提升工程轮次", Math.min(3, kind("curriculum_leadership_round").entries)),
    );
    const sums: [TargetId, string, string][] = [
      ["B20", "model_vocational_major", "市级一流职业院校示范专业数"],
      ["B21", "brand_vocational_major", "有重要影响的品牌专业数"],
      ["B22", "brand_course", "品牌专业课程数"],
      ["B23", "high_level_pilot_major", "高水平职业教育专业教学试点专业数"],
      ["B24", "vocational_group", "职业教育集团数"],
      ["B25", "school_enterprise_brand", "校企合作品牌数"],
      ["B26", "training_base", "产教融合示范性实训基地数"],
      ["B27", "cobuilt_vocational_school", "政府与企业共建的职业院校数"],
      ["B29", "high_level_vocational_school", "新建成的高水平职业院校数"],
      ["B36", "smart_benchmark_school", "智慧教育标杆学校数"],
      ["B38", "modernisation_pilot_zone", "教育现代化试验区数"],
    ];
    for (const [tid, k, label] of sums) at(tid, count(label, kind(k).qty));
    const upgraded = kind("undergraduate_upgrade").entries > 0 ? 1 : 0;
    at("B28", count("建成本科层次“乌海应用技术学院”（1=是，0=否）", upgraded));
  }
  return out;
}

/** The rows of a raw query, from either driver's result shape (postgres.js: an array; PGlite: { rows }). */
export function toRows(result: unknown): Record<string, unknown>[] {
  const rows = Array.isArray(result) ? result : (result as { rows?: unknown[] }).rows;
  return (rows ?? []) as Record<string, unknown>[];
}

/** bigint/numeric arrive as strings (postgres.js) or numbers (PGlite). */
export function num(v: unknown): number {
  if (v === null || v === undefined) return 0;
  return typeof v === "number" ? v : Number(v);
}
