/**
 * The registers family of measures (登记册: A04, B02, B03, B16, B18, B20–B29, B36, B38): entries
 * of the registers the city keeps, counted per year, with B16's 教研员 from the roster, grouped
 * by unit key and year (measures.ts for what the families share).
 */
import { getTarget, type RegisterKind, type TargetId } from "@edu2035/domain";
import { sql } from "drizzle-orm";
import type { ResolvedUnit, ScopedAccess } from "../../../authz/access.ts";
import { staffPopulationSql } from "../../../lib/population.ts";
import { num, toRows } from "../../../lib/rows.ts";
import { onRosterAtStatisticsDate } from "../../../lib/statisticsDate.ts";
import {
  type Breakdown,
  DISTRICTS,
  districtGroupKey,
  districtsOfUnit,
  type Measurement,
  type Measurements,
  measuredLevel,
  put,
  REGISTERS,
  ratioMeasurement,
  yearArray,
} from "../measures.ts";

/** Why a register target has no value: its register of the year is empty and not confirmed empty. */
export const UNREPORTED_REGISTER = "本年度尚无登记，也未确认无此类事项";

/** The kinds of a `text[]` column (postgres.js and PGlite give an array; a literal "{a,b}" otherwise). */
function kindsOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === "string" && v.length > 2) return v.slice(1, -1).split(",");
  return [];
}

/**
 * Register measures (the "registers" family) of a unit for some school years, in ONE statement
 * grouped by (unit key, year, kind). The entries are first summed per (kind, district, span of
 * years) — a school's entries (特色学校, 示范专业 …) share a few spans, so the rows joined with the
 * years no longer grow with the schools (issue 15: 653 entries → 64 spans at 10,010 schools). An entry counts in year Y when from_year ≤ Y and (to_year
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
 * Coverage: a register of a year is reported (1/1 份登记册: no entry is a 0, judged) when an
 * entry of its kind counts in the year anywhere in the city, or its keeper confirmed 本年度无此类事项
 * (register_confirmations); otherwise its targets have no value (0/1 份登记册, unitsMissing 1,
 * reason {@link UNREPORTED_REGISTER}: a new city with nothing entered is 无数据, never 0 未达标);
 * A04 counts the districts (n/n 个区); B16 the 教研室 with posts (个教研室: those
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
    spans as (
      select r.kind, r.district_id, r.from_year, r.to_year, sum(r.quantity) as quantity, count(*) as entries
      from registers r where ${inUnit("r.district_id")}
      group by r.kind, r.district_id, r.from_year, r.to_year
    ),
    rg as (
      select r.kind, r.quantity, r.entries, r.district_id, ${districtGroupKey(unit, breakdown, "r.district_id")} as grp, ys.y
      from spans r cross join ys
      where r.from_year <= ys.y and (r.to_year is null or r.to_year >= ys.y)
    ),
    ra as (
      select grp, y, kind, sum(quantity)::bigint as qty, sum(entries)::bigint as entries,
        count(distinct district_id) as districts
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
    ),
    reported as (
      select r.kind, ys.y from (select distinct kind, from_year, to_year from registers) r cross join ys
      where r.from_year <= ys.y and (r.to_year is null or r.to_year >= ys.y)
      union
      select c.kind, c.school_year from register_confirmations c where c.school_year = any(${ys})
    ),
    rk as (select y, array_agg(kind order by kind) as kinds from reported group by y)
    select k.grp, k.y, dn.districts, b16.posts, b16.filled, b16.offices, b16.offices_empty,
      ra.kind, ra.qty, ra.entries, ra.districts as kind_districts, rk.kinds as reported_kinds
    from k join dn on dn.grp = k.grp
      left join rk on rk.y = k.y
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
    /** Register kinds reported in the year: an entry counted anywhere in the city, or confirmed empty. */
    reported: Set<string>;
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
        reported: new Set(kindsOf(row.reported_kinds)),
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
    // a reported register (an entry in the year, or confirmed empty) is covered 1/1: 0 entries of a
    // confirmed register is a value, 0, not 无数据
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

    // a register neither kept (no entry counted in the year) nor confirmed empty: no value
    const unreported = (label: string): Measurement => ({
      value: null,
      numerator: null,
      denominator: null,
      numeratorLabel: label,
      denominatorLabel: null,
      unitsIncluded: 0,
      unitsMissing: 1,
      coverageUnits: REGISTERS,
      reason: UNREPORTED_REGISTER,
    });
    /** The kind's count, or no value when its register of the year is not reported. */
    const counted = (k: RegisterKind, label: string, value: number): Measurement =>
      a.reported.has(k) ? count(label, value) : unreported(label);

    const certified = kind("balance_certification").districts;
    const inconsistency = getTarget("A04").inconsistency ?? null;
    if (!a.reported.has("balance_certification")) {
      at("A04", unreported("通过国家义务教育优质均衡发展督导评估认定的区"));
      at("B02", unreported("通过国家义务教育优质均衡发展督导评估认定的区数"));
    } else
      at("A04", {
        ...ratioMeasurement({
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
    if (a.reported.has("balance_certification"))
      at("B02", {
        ...count("通过国家义务教育优质均衡发展督导评估认定的区数", certified),
        reason: inconsistency,
      });
    const centres = kind("early_education_centre").districts;
    at("B03", counted("early_education_centre", "建有早期教养指导服务中心（站）的区数", centres));
    at(
      "B16",
      ratioMeasurement({
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
      counted(
        "curriculum_leadership_round",
        "已完成的幼儿园课程领导力提升工程轮次",
        Math.min(3, kind("curriculum_leadership_round").entries),
      ),
    );
    const sums: [TargetId, RegisterKind, string][] = [
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
    for (const [tid, k, label] of sums) at(tid, counted(k, label, kind(k).qty));
    const upgraded = kind("undergraduate_upgrade").entries > 0 ? 1 : 0;
    at("B28", counted("undergraduate_upgrade", "建成本科层次“乌海应用技术学院”（1=是，0=否）", upgraded));
  }
  return out;
}
