/**
 * The inputs family of measures (在校生与区级/市级填报: A01–A03, A05, A06, A10, B01, B04, B05, B30–B32,
 * B39–B42): enrolment from the approved school reports with the district and city inputs,
 * grouped by unit key and year (measures.ts for what the families share).
 */
import {
  averageOf,
  getTarget,
  type OrgLevel,
  per100kPopulation,
  perStudent,
  populationOfTarget,
  type TargetId,
  tenThousandYuan,
} from "@edu2035/domain";
import { type SQL, sql } from "drizzle-orm";
import type { ResolvedUnit, ScopedAccess } from "../../../authz/access.ts";
import { codesSql } from "../../../lib/population.ts";
import { num, numOrNull, toRows } from "../../../lib/rows.ts";
import {
  type Breakdown,
  CITY_FIGURES,
  countedReportsWithSums,
  DISTRICTS,
  districtGroupKey,
  districtsOfUnit,
  type Measurement,
  type Measurements,
  type MeasureOptions,
  measuredLevel,
  put,
  ratioMeasurement,
  schoolsInYears,
  typeList,
  typesOf,
  yearArray,
} from "../measures.ts";
import type { Row } from "./cityRollup.ts";
import { readsRollups, rollupRowsQuery, sumOfTypes } from "./rollupRows.ts";

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
 * statement grouped by (unit key, year): enrolment from approved reports (their grade sums,
 * kept on write in 年报汇总 school_report_summary, reportSummary.ts),
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
  if (level === "school") return new Map(); // no input target is measured at school level
  return inputsMeasurements(await inputsRows(access, unit, years, breakdown, options), level);
}

/**
 * The columns of an inputs row that are the city's own figures (city_inputs, 市级填报): the same
 * in every row of a year, never summed (cityRollup.ts).
 */
export const CITY_INPUT_COLUMNS = [
  "ci_a10",
  "ci_b30",
  "ci_spending",
  "ci_gdp",
  "ci_tpay",
  "ci_cpay",
  "ci_exists",
];

/** The population of B31 (公办幼儿园): its school types, public only or not. */
function b31Population() {
  const b31 = populationOfTarget("B31");
  return { types: typesOf("B31"), publicOnly: b31.publicOnly === true };
}

/**
 * The statement of {@link measureInputs}: one row per unit key (grp) and year with the sums and
 * counts of enrolment, schools and district inputs, and the city's own figures of the year. The
 * city's (as a whole or by district) and a district's own rows read the enrolment and school
 * counts from the district rollups (区县汇总, districtRollup.ts: a few rows per district, year
 * and school type, {@link inputsRollupSums}); a district's schools from the reports and schools
 * ({@link inputsSchoolSums}), the reference the rollups are compared with (districtRollup.test.ts,
 * the bench: {@link inputsSchoolRows}). Every column of `ea` and `sa` is a number (0 where the
 * unit has no school or report of a kind).
 */
export async function inputsRows(
  access: ScopedAccess,
  unit: ResolvedUnit,
  years: readonly number[],
  breakdown: Breakdown,
  options: MeasureOptions,
): Promise<Row[]> {
  const sums = readsRollups(unit, breakdown)
    ? inputsRollupSums(unit, years, breakdown, options)
    : inputsSchoolSums(unit, years, breakdown, options);
  return toRows(await access.readDb.execute(inputsStatement(unit, years, breakdown, sums)));
}

/** {@link inputsRows} from the reports and schools, whatever the unit: the per-school reference. */
export async function inputsSchoolRows(
  access: ScopedAccess,
  unit: ResolvedUnit,
  years: readonly number[],
  breakdown: Breakdown,
  options: MeasureOptions,
): Promise<Row[]> {
  const sums = inputsSchoolSums(unit, years, breakdown, options);
  return toRows(await access.readDb.execute(inputsStatement(unit, years, breakdown, sums)));
}

/** The enrolment sums' columns (`ea`) and the school counts' (`sa`) of an inputs row. */
const ENROLMENT = [
  "kg",
  "kg_inclusive",
  "kg_quality",
  "upper",
  "higher",
  "students",
  "reports",
  "kg_reports",
  "upper_reports",
  "higher_reports",
];
const SCHOOLS = ["schools", "kgs", "public_kgs", "upper_schools", "higher_schools", "quality_public"];

/**
 * The CTEs `ea` (enrolment from the counted reports) and `sa` (the schools of each year) per unit
 * key and year, from the reports and schools: one row per school and year read. Each sum counts
 * the stages and school types of its target's population (domain population.ts).
 */
function inputsSchoolSums(
  unit: ResolvedUnit,
  years: readonly number[],
  breakdown: Breakdown,
  options: MeasureOptions,
): SQL {
  const kgTypes = typeList(typesOf("A01"));
  const upperTypes = typeList(typesOf("A05"));
  const higherTypes = typeList(typesOf("A06"));
  const studentTypes = typeList(typesOf("B40"));
  // B31 公办幼儿园: its population's types, public only
  const b31 = b31Population();
  const b31Schools = sql.raw(
    `sc.type in ${codesSql(b31.types)}${b31.publicOnly ? " and sc.ownership = 'public'" : ""}`,
  );
  return sql`
    sc as (${schoolsInYears(unit, breakdown, years, ", s.ownership, s.inclusive")}),
    -- the quality kindergartens (登记册 quality_kindergarten) of each year, one row per school
    qk as (
      select distinct q.school_id, ys.y from registers q join ys on q.from_year <= ys.y and (q.to_year is null or q.to_year >= ys.y)
      where q.kind = 'quality_kindergarten' and q.school_id is not null
    ),
    -- one row per counted report: its grade sums kept on write (年报汇总, reportSummary.ts; no row:
    -- no grades), each counted at the school types of its population only (A01/B01/B32 幼儿园,
    -- A05 高中阶段学校, A06 高职): a stage entered at another type is not counted
    en as (
      select sc.grp, g.school_year as y, sc.id, sc.type, sc.ownership, sc.inclusive,
        case when sc.type in ${kgTypes} then coalesce(g.kg_students, 0) else 0 end as kg,
        case when sc.type in ${upperTypes} then coalesce(g.upper_students, 0) else 0 end as upper,
        case when sc.type in ${higherTypes} then coalesce(g.higher_students, 0) else 0 end as higher,
        case when sc.type in ${studentTypes} then coalesce(g.students, 0) else 0 end as students,
        qk.school_id is not null as quality
      from ${countedReportsWithSums(years, options)} g join sc on sc.id = g.school_id and sc.y = g.school_year
      left join qk on qk.school_id = sc.id and qk.y = g.school_year
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
    -- the schools of each year, and the public kindergartens among them registered as quality
    -- (qk: one row per school and year), in one pass over sc (a join of sc filtered to the public
    -- kindergartens was planned as a nested loop on a 2-row estimate: 4.7 s at 10,000 schools)
    sa as (
      select sc.grp, sc.y, count(*) as schools, count(*) filter (where sc.type in ${kgTypes}) as kgs,
        count(*) filter (where ${b31Schools}) as public_kgs,
        count(*) filter (where sc.type in ${upperTypes}) as upper_schools,
        count(*) filter (where sc.type in ${higherTypes}) as higher_schools,
        count(*) filter (where ${b31Schools} and qk.school_id is not null) as quality_public
      from sc left join qk on qk.school_id = sc.id and qk.y = sc.y group by sc.grp, sc.y
    )`;
}

/**
 * The CTEs `ea` and `sa` of {@link inputsSchoolSums} from the district rollups (districtRollup.ts):
 * the schools expected and the 公办 among them from 学校数汇总 `school_open_count`, the counted
 * reports' enrolment (年报汇总's sums, the 学前 pupils of 公办/普惠 and of quality schools) from
 * 年报汇总（区县） `report_district_year_rollup` (status `approved`, and `submitted` with
 * `options.includeSubmitted`), the quality kindergartens from 优质幼儿园汇总（区县）
 * `quality_district_year_rollup`, each summed over its target's school types: the same values,
 * a few rows per district, year and type read whatever the number of schools.
 */
function inputsRollupSums(
  unit: ResolvedUnit,
  years: readonly number[],
  breakdown: Breakdown,
  options: MeasureOptions,
): SQL {
  const statuses = sql.raw(options.includeSubmitted ? "('approved', 'submitted')" : "('approved')");
  const [kg, upper, higher, students] = [typesOf("A01"), typesOf("A05"), typesOf("A06"), typesOf("B40")];
  const b31 = b31Population();
  const all = (column: string) => sql`coalesce(sum(x.${sql.raw(column)}), 0)::bigint`;
  const rolled = rollupRowsQuery(unit, years, breakdown, {
    table: "report_district_year_rollup",
    columns: [
      "reports",
      "kg_students",
      "kg_inclusive",
      "kg_quality",
      "upper_students",
      "higher_students",
      "students",
    ],
    where: sql`r.status in ${statuses}`,
    also: [{ table: "quality_district_year_rollup", columns: ["quality_schools", "quality_public"] }],
    openColumns: ["public_schools"],
    select: sql`
      ${sumOfTypes("kg_students", kg)} as kg,
      ${sumOfTypes("kg_inclusive", kg)} as kg_inclusive,
      ${sumOfTypes("kg_quality", kg)} as kg_quality,
      ${sumOfTypes("upper_students", upper)} as upper,
      ${sumOfTypes("higher_students", higher)} as higher,
      ${sumOfTypes("students", students)} as students,
      ${all("reports")} as reports,
      ${sumOfTypes("reports", kg)} as kg_reports,
      ${sumOfTypes("reports", upper)} as upper_reports,
      ${sumOfTypes("reports", higher)} as higher_reports,
      ${all("n")} as schools,
      ${sumOfTypes("n", kg)} as kgs,
      ${sumOfTypes(b31.publicOnly ? "public_schools" : "n", b31.types)} as public_kgs,
      ${sumOfTypes("n", upper)} as upper_schools,
      ${sumOfTypes("n", higher)} as higher_schools,
      ${sumOfTypes(b31.publicOnly ? "quality_public" : "quality_schools", b31.types)} as quality_public`,
  });
  return sql`
    ro as (${rolled}),
    ea as (select grp, y, ${sql.raw(ENROLMENT.join(", "))} from ro),
    sa as (select grp, y, ${sql.raw(SCHOOLS.join(", "))} from ro)`;
}

/**
 * The inputs statement around the CTEs `ea` and `sa` of `sums` (which may use `ys`, the years):
 * every (unit key, year) of the unit's districts, their district inputs, the city's figures.
 */
function inputsStatement(unit: ResolvedUnit, years: readonly number[], breakdown: Breakdown, sums: SQL): SQL {
  const ys = yearArray(years);
  const picked = (cte: string, columns: readonly string[]) =>
    sql.raw(columns.map((c) => `coalesce(${cte}.${c}, 0) as ${c}`).join(", "));
  return sql`
    with ys as (select unnest(${ys}) as y),
    dk as (select d.id as district_id, ${districtGroupKey(unit, breakdown, "d.id")} as grp from districts d where ${districtsOfUnit(unit)}),
    k as (select distinct dk.grp, ys.y from dk cross join ys),
    ${sums},
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
      ${picked("ea", ENROLMENT)},
      ${picked("sa", SCHOOLS)},
      di.pop, di.n_pop, di.p35, di.n_p35, di.p1517, di.n_p1517, di.dis, di.dis_in, di.n_dis, di.c1, di.c9,
      di.n_cohort, di.towns, di.towns_guided, di.n_towns, di.sessions, di.n_sessions, di.spending,
      di.n_spending, di.tpay, di.cpay, di.n_pay,
      ci.new_labour_upper_secondary_rate as ci_a10, ci.community_education_rate as ci_b30,
      ci.city_education_spending as ci_spending, ci.gdp as ci_gdp,
      ci.teacher_average_pay as ci_tpay, ci.civil_servant_average_pay as ci_cpay, (ci.id is not null) as ci_exists
    from k join dn on dn.grp = k.grp
      left join ea on ea.grp = k.grp and ea.y = k.y
      left join sa on sa.grp = k.grp and sa.y = k.y
      left join di on di.grp = k.grp and di.y = k.y
      left join city_inputs ci on ci.school_year = k.y`;
}

/**
 * The inputs measurements of rows of {@link inputsRows} (or their sums: cityRollup.ts) measured
 * at `level` (city: its own figures and city-only targets; district), by unit key and year.
 */
export function inputsMeasurements(rows: readonly Row[], level: OrgLevel): Measurements {
  const out: Measurements = new Map();
  for (const row of rows) {
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
      ratioMeasurement({
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
      ratioMeasurement({
        numerator: numOrNull(row.c9),
        denominator: numOrNull(row.c1),
        numeratorLabel: "当年初中毕业生数（区填报）",
        denominatorLabel: "九年前该届小学一年级入学人数（区填报）",
        ...byDistricts(row.n_cohort, "巩固率届次数据（初中毕业生数、九年前一年级入学人数）"),
      }),
    );
    at(
      "A03",
      ratioMeasurement({
        numerator: numOrNull(row.dis_in),
        denominator: numOrNull(row.dis),
        numeratorLabel: "已入学适龄残疾儿童少年数（区填报）",
        denominatorLabel: "适龄残疾儿童少年数（区填报）",
        ...byDistricts(row.n_dis, "适龄残疾儿童少年数及其入学人数"),
      }),
    );
    at(
      "A05",
      ratioMeasurement({
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
      ratioMeasurement({
        numerator: num(row.higher),
        denominator: numOrNull(row.pop),
        numeratorLabel: "高等教育在校生数（已审核年报）",
        denominatorLabel: "常住人口（各区填报之和）",
        unitsIncluded: num(row.higher_reports),
        unitsMissing: higherMissing,
        of: per100kPopulation,
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
      ratioMeasurement({
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
      ratioMeasurement({
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
          averageOf(num(row.sessions), n).value,
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
      ratioMeasurement({
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
      ratioMeasurement({
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
      ratioMeasurement({
        numerator: spending,
        denominator: 10_000,
        numeratorLabel: spendingLabel,
        denominatorLabel: "元/万元",
        ...finance,
        of: (yuan) => tenThousandYuan(yuan),
        missing: financeMissing,
      }),
    );
    at(
      "B40",
      ratioMeasurement({
        numerator: spending,
        denominator: num(row.students),
        numeratorLabel: spendingLabel,
        denominatorLabel: "在校学生数（已审核年报）",
        unitsIncluded: num(row.reports),
        unitsMissing: allMissing,
        of: perStudent,
        missing: spendingMissing,
      }),
    );
    at(
      "B41",
      ratioMeasurement({
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
        ? ratioMeasurement({
            numerator: numOrNull(row.ci_tpay),
            denominator: numOrNull(row.ci_cpay),
            numeratorLabel: "全市中小学教师年平均工资（元，市级填报）",
            denominatorLabel: "全市公务员年平均工资（元，市级填报）",
            unitsIncluded: row.ci_tpay !== null && row.ci_cpay !== null ? 1 : 0,
            unitsMissing: row.ci_tpay !== null && row.ci_cpay !== null ? 0 : 1,
            coverageUnits: CITY_FIGURES,
            missing: row.ci_tpay === null || row.ci_cpay === null ? "市级未填报教师和公务员年平均工资" : null,
          })
        : ratioMeasurement({
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
