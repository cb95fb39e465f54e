/**
 * The roster unit (名册单位): whose 三支队伍 roster an editor shows. A school keeps its 教职工
 * roster (teachers, principals, vice principals); a 教研室 — a district's, or the city's own —
 * keeps its 教研员 (researchers only). The API answers the same operations for all three; only
 * the filter, the owner fields of a new record and the unit of a rollover differ.
 */
import { STAGE_LABELS, STAGES, type Stage } from "@edu2035/domain";
import type {
  AddStaffInput,
  Stage as GqlStage,
  OrgUnitInput,
  SchoolType,
  StaffFilter,
  StaffRole,
} from "@edu2035/graphql";

/**
 * A roster unit: `{ level: "school", schoolId, schoolType }` for a school's 教职工名册,
 * `{ level: "district", districtId }` for a district 教研室's 教研员名册, `{ level: "city" }` for
 * the city 教研室's. `name` is what the page calls it (乌海市第一中学, 海南区教研室, 乌海市教研室).
 */
export type RosterUnit =
  | { level: "school"; schoolId: string; schoolType: SchoolType; name: string }
  | { level: "district"; districtId: string; name: string }
  | { level: "city"; name: string };

/** Roles a school's roster holds (教研员 belong to a 教研室, never to a school). */
export const SCHOOL_ROLES: readonly StaffRole[] = ["TEACHER", "PRINCIPAL", "VICE_PRINCIPAL"];
/** Roles a 教研室's roster holds: 教研员 only. */
export const RESEARCH_OFFICE_ROLES: readonly StaffRole[] = ["RESEARCHER"];

/** Is this a 教研室 (district or city teaching-research office) rather than a school? */
export function isResearchOffice(unit: RosterUnit): boolean {
  return unit.level !== "school";
}

/** The roles a unit's roster may hold: a school's posts, or 教研员 for a 教研室. */
export function rolesOf(unit: RosterUnit): readonly StaffRole[] {
  return unit.level === "school" ? SCHOOL_ROLES : RESEARCH_OFFICE_ROLES;
}

/** The StaffFilter narrowing a staff list to the unit's roster (a 教研室 without its schools). */
export function rosterFilter(
  unit: RosterUnit,
): Pick<StaffFilter, "schoolId" | "districtId" | "researchOffice"> {
  if (unit.level === "school") return { schoolId: unit.schoolId };
  if (unit.level === "district") return { districtId: unit.districtId, researchOffice: true };
  return { researchOffice: true };
}

/** The owner fields of a new record on the unit's roster (addStaff: neither for the city 教研室). */
export function addStaffOwner(unit: RosterUnit): Pick<AddStaffInput, "schoolId" | "districtId"> {
  if (unit.level === "school") return { schoolId: unit.schoolId };
  if (unit.level === "district") return { districtId: unit.districtId };
  return {};
}

/** The org unit whose rollover (学年名册结转) covers exactly this roster (no includeSchools). */
export function rolloverUnit(unit: RosterUnit): OrgUnitInput {
  if (unit.level === "school") return { level: "SCHOOL", id: unit.schoolId };
  if (unit.level === "district") return { level: "DISTRICT", id: unit.districtId };
  return { level: "CITY" };
}

/** Stages a 教研员 may research (教研学段): every stage below higher education. */
export const RESEARCH_STAGE_OPTIONS: { value: GqlStage; label: string }[] = STAGES.filter(
  (s: Stage) => s !== "higher_vocational",
).map((s) => ({ value: s.toUpperCase() as GqlStage, label: STAGE_LABELS[s] }));
