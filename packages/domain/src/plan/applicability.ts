/**
 * Which kinds of school a school-level target concerns (适用学校类别). A target the plan
 * measures at school level may still concern only some schools: A07 the kindergartens, A08 the
 * schools with compulsory grades, B11/B12 the 中小学 … For a school of another kind the target
 * is 不适用 (not applicable), not 无数据 (no data). The API's measures count exactly these
 * school types, so a district's or the city's value is the aggregate over them.
 * Sources: the plan's indicator table (A07–A09), 三(一)3 (B06–B15), 框3 (B19), 三(六)
 * (B33–B35, B43), 教督〔2017〕6号 (C1–C7: 小学、初中 and 九年一贯制).
 */
import type { SchoolType } from "../org.ts";
import { PRIMARY_AND_SECONDARY_TYPES } from "../validation/report.ts";
import { TARGET_POPULATIONS } from "./population.ts";
import type { TargetId } from "./targets.ts";

export * from "./population.ts";

/** 幼儿园. */
export const KINDERGARTEN_TYPES: readonly SchoolType[] = ["kindergarten"];
/** Schools with compulsory grades (义务教育): 小学, 初中, 九年一贯制, 完全中学 (its 初中 grades). */
export const COMPULSORY_TYPES: readonly SchoolType[] = [
  "primary",
  "junior_secondary",
  "nine_year",
  "complete_secondary",
];
/** 职业院校: 中等职业学校 and 高等职业院校. */
export const VOCATIONAL_TYPES: readonly SchoolType[] = ["secondary_vocational", "higher_vocational"];
/** The schools of the 优质均衡 assessment (小学、初中 and 九年一贯制 teach only compulsory grades). */
export const BALANCE_TYPES: readonly SchoolType[] = ["primary", "junior_secondary", "nine_year"];

/** The school types of the targets whose population is written down (population.ts), as data. */
const POPULATION_TYPES = Object.fromEntries(
  Object.entries(TARGET_POPULATIONS).map(([id, p]) => [id, p.schoolTypes]),
) as Partial<Record<TargetId, readonly SchoolType[]>>;

/**
 * The school types each school-level target concerns; a target not listed concerns every
 * school (B37 无线网络覆盖). Where population.ts describes a target's population (A07–A09,
 * B11, B12, B14, B17 中小学 classes only, B33–B35), its school types win: the displayed
 * applicability and the counted population are one list.
 */
export const TARGET_SCHOOL_TYPES: Readonly<Partial<Record<TargetId, readonly SchoolType[]>>> = {
  A07: KINDERGARTEN_TYPES,
  A08: COMPULSORY_TYPES,
  A09: VOCATIONAL_TYPES,
  B06: PRIMARY_AND_SECONDARY_TYPES,
  B07: PRIMARY_AND_SECONDARY_TYPES,
  B08: PRIMARY_AND_SECONDARY_TYPES,
  B09: PRIMARY_AND_SECONDARY_TYPES,
  B10: PRIMARY_AND_SECONDARY_TYPES,
  B11: PRIMARY_AND_SECONDARY_TYPES,
  B12: PRIMARY_AND_SECONDARY_TYPES,
  B13: PRIMARY_AND_SECONDARY_TYPES,
  B14: PRIMARY_AND_SECONDARY_TYPES,
  B15: PRIMARY_AND_SECONDARY_TYPES,
  B19: PRIMARY_AND_SECONDARY_TYPES,
  B33: KINDERGARTEN_TYPES,
  B34: PRIMARY_AND_SECONDARY_TYPES,
  B35: PRIMARY_AND_SECONDARY_TYPES,
  B43: COMPULSORY_TYPES,
  C1: BALANCE_TYPES,
  C2: BALANCE_TYPES,
  C3: BALANCE_TYPES,
  C4: BALANCE_TYPES,
  C5: BALANCE_TYPES,
  C6: BALANCE_TYPES,
  C7: BALANCE_TYPES,
  ...POPULATION_TYPES,
};

/** The school types a target concerns, or null when it concerns every school. */
export function schoolTypesOfTarget(id: TargetId): readonly SchoolType[] | null {
  return TARGET_SCHOOL_TYPES[id] ?? null;
}

/** Whether a target concerns a school of this type (false: 不适用 for that school). */
export function targetAppliesToSchool(id: TargetId, type: SchoolType): boolean {
  return schoolTypesOfTarget(id)?.includes(type) ?? true;
}
