/**
 * Which kinds of school a school-level target concerns (适用学校类别). A target the plan
 * measures at school level may still concern only some schools: A07 the kindergartens, A08 the
 * schools with compulsory grades, B11/B12 the 中小学 … For a school of another kind the target
 * is 不适用 (not applicable), not 无数据 (no data). The list is the school types of the target's
 * population (population.ts), the same list the API's measures count, so the displayed
 * applicability and the counted population cannot differ.
 */
import { SCHOOL_TYPES, type SchoolType } from "../org.ts";
import { TARGET_POPULATIONS } from "./population.ts";
import { PLAN_TARGETS, type TargetId } from "./targets.ts";

export * from "./population.ts";

/** 幼儿园. */
export const KINDERGARTEN_TYPES: readonly SchoolType[] = ["kindergarten"];
/** Schools with compulsory grades (义务教育): 小学, 初中, 九年一贯制, 完全中学 (its 初中 grades). */
export const COMPULSORY_TYPES: readonly SchoolType[] = TARGET_POPULATIONS.A08.schoolTypes ?? [];
/** 职业院校: 中等职业学校 and 高等职业院校. */
export const VOCATIONAL_TYPES: readonly SchoolType[] = TARGET_POPULATIONS.A09.schoolTypes ?? [];
/**
 * The schools of the 优质均衡 assessment (教督〔2017〕6号): 小学, 初中, 九年一贯制 and 完全中学
 * (its 初中 grades); population.ts C1–C7.
 */
export const BALANCE_TYPES: readonly SchoolType[] = TARGET_POPULATIONS.C1.schoolTypes ?? [];

/**
 * The school types each school-level target concerns, taken from its population; a target whose
 * population counts every school type is not listed (it concerns every school: B37 无线网络).
 */
export const TARGET_SCHOOL_TYPES: Readonly<Partial<Record<TargetId, readonly SchoolType[]>>> =
  Object.fromEntries(
    PLAN_TARGETS.flatMap((t) => {
      const types = TARGET_POPULATIONS[t.id].schoolTypes;
      if (!t.levels.includes("school") || !types || types.length === SCHOOL_TYPES.length) return [];
      return [[t.id, types]];
    }),
  );

/** The school types a target concerns, or null when it concerns every school. */
export function schoolTypesOfTarget(id: TargetId): readonly SchoolType[] | null {
  return TARGET_SCHOOL_TYPES[id] ?? null;
}

/** Whether a target concerns a school of this type (false: 不适用 for that school). */
export function targetAppliesToSchool(id: TargetId, type: SchoolType): boolean {
  return schoolTypesOfTarget(id)?.includes(type) ?? true;
}
