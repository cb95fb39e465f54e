/**
 * Who may do what (权限): the single policy every API read and write is checked against.
 * A viewer is the city bureau (all districts), a district bureau (its own schools) or a school
 * (itself). Deny by default: an action not listed here is refused to everyone.
 */

/** The logged-in account as the policy sees it. */
export type Viewer =
  | { userId: string; level: "city" }
  | { userId: string; level: "district"; districtId: string }
  | { userId: string; level: "school"; districtId: string; schoolId: string };

/** An org unit a request reads or writes, with the districts/schools it lies in. */
export type UnitRef =
  | { level: "city" }
  | { level: "district"; districtId: string }
  | { level: "school"; districtId: string; schoolId: string };

/**
 * The catalogue of actions. `read` actions read data of a unit; `staff.readIdTail` reads the
 * last four characters of a 身份证号, which only the staff member's own school and district need.
 */
export const ACTIONS = [
  "org.read",
  "targets.read",
  "staff.read",
  "staff.readIdTail",
  "staff.readCityResearchers",
  "inputs.read",
  "inputs.write",
  "registers.read",
  "registers.write",
  "staff.edit",
  "report.read",
  "report.edit",
  "report.submit",
  "report.review",
  "audit.read",
  "period.read",
  "period.write",
  "report.completeness",
  "city.write",
  "org.manageDistricts",
  "org.manageSchools",
  "accounts.manage",
  "backfill.read",
  "backfill.manage",
  "year.read",
  "year.publish",
  "notice.read",
  "report.remind",
] as const;
export type Action = (typeof ACTIONS)[number];

/** True when `unit` lies inside the viewer's slice (the city contains everything). */
export function isWithinScope(viewer: Viewer, unit: UnitRef): boolean {
  switch (viewer.level) {
    case "city":
      return true;
    case "district":
      return unit.level !== "city" && unit.districtId === viewer.districtId;
    case "school":
      return unit.level === "school" && unit.schoolId === viewer.schoolId;
    default:
      return false;
  }
}

/**
 * May `viewer` perform `action` on `unit`? Pure and total: unknown actions are refused.
 * - org.read, targets.read, staff.read: the unit lies within the viewer's scope;
 * - staff.readIdTail: as staff.read, but never for the city (it does not need identity numbers);
 * - staff.readCityResearchers: the city's own 教研室 roster, city viewers only;
 * - inputs.read: a unit's 填报 figures (city inputs, district inputs), within scope;
 * - inputs.write: the city's figures by the city only; a district's by that district or the city;
 *   schools have no such figures;
 * - registers.read: register entries of a unit within scope; registers.write: the city only;
 * - staff.edit (add, change, mark as left): a school its own roster, a district its 教研室 (the
 *   district unit) and its schools' rosters, the city only its own 教研室 (the city unit);
 * - report.read: a school's annual report, within scope;
 * - report.edit, report.submit: the school itself only (no one fills a report in for a school);
 * - report.review (return, approve, reopen): the school's own district only (not the city);
 * - audit.read: the audit trail, the city anything, a district its own units, never a school;
 * - period.read: the city's reporting period (填报期, deadline) of a school year, every viewer
 *   (the unit is the city); period.write: setting it, the city only;
 * - report.completeness: how complete and timely a unit's reporting is (填报进度), the city for
 *   any unit, a district for itself and its schools, never a school;
 * - city.write: the city record (name, bureau, code), the city only;
 * - org.manageDistricts (机构管理: create, edit, close a district): the city only, on the city
 *   (creating) or a district;
 * - org.manageSchools (create, edit, close, merge a school; the 学校名录 import): the unit is the
 *   district the school is (or will be) in, or the school itself: the city any, a district its
 *   own, a school never;
 * - accounts.manage (list, create, reset, disable, enable accounts): the unit is the account's
 *   unit. City and district accounts: the city only. School accounts: the school's district and
 *   the city (a bureau can stand in for a district that is unreachable); a school never;
 * - backfill.read (the 补录 windows that concern a unit): within scope; backfill.manage (open,
 *   close a window): the city only;
 * - year.read: the lifecycle of the statistical years (填报中 / 审核中 / 已发布, versions), every
 *   viewer (the unit is the city); year.publish (发布, 重新开放, 缓报豁免): the city only;
 * - notice.read (消息通知 and 待办 of a unit: read, mark read): the viewer's own unit only — a
 *   bureau does not read its schools' notices;
 * - report.remind (催报): the unit is the school reminded: its district or the city, never a school.
 */
export function can(viewer: Viewer, action: Action, unit: UnitRef): boolean {
  switch (action) {
    case "org.read":
    case "targets.read":
    case "staff.read":
      return isWithinScope(viewer, unit);
    case "staff.readIdTail":
      return viewer.level !== "city" && isWithinScope(viewer, unit);
    case "staff.readCityResearchers":
      return viewer.level === "city";
    case "inputs.read":
    case "registers.read":
      return isWithinScope(viewer, unit);
    case "inputs.write":
      if (unit.level === "city") return viewer.level === "city";
      if (unit.level === "district") return viewer.level !== "school" && isWithinScope(viewer, unit);
      return false;
    case "registers.write":
      return viewer.level === "city";
    case "report.read":
      return isWithinScope(viewer, unit);
    case "staff.edit":
      return viewer.level === "city" ? unit.level === "city" : isWithinScope(viewer, unit);
    case "report.edit":
    case "report.submit":
      return viewer.level === "school" && unit.level === "school" && isWithinScope(viewer, unit);
    case "report.review":
      return viewer.level === "district" && unit.level === "school" && isWithinScope(viewer, unit);
    case "audit.read":
      return viewer.level !== "school" && isWithinScope(viewer, unit);
    case "period.read":
      return unit.level === "city";
    case "period.write":
      return viewer.level === "city" && unit.level === "city";
    case "report.completeness":
      return viewer.level !== "school" && isWithinScope(viewer, unit);
    case "city.write":
      return viewer.level === "city" && unit.level === "city";
    case "org.manageDistricts":
      return viewer.level === "city" && unit.level !== "school";
    case "org.manageSchools":
      return viewer.level !== "school" && unit.level !== "city" && isWithinScope(viewer, unit);
    case "accounts.manage":
      if (unit.level === "school") return viewer.level !== "school" && isWithinScope(viewer, unit);
      return viewer.level === "city";
    case "backfill.read":
      return isWithinScope(viewer, unit);
    case "backfill.manage":
      return viewer.level === "city";
    case "year.read":
      return unit.level === "city";
    case "year.publish":
      return viewer.level === "city" && unit.level === "city";
    case "notice.read":
      return isOwnUnit(viewer, unit);
    case "report.remind":
      return viewer.level !== "school" && unit.level === "school" && isWithinScope(viewer, unit);
    default:
      return false;
  }
}

/** True when `unit` is the viewer's own unit (same level and id), not merely inside its scope. */
function isOwnUnit(viewer: Viewer, unit: UnitRef): boolean {
  if (viewer.level !== unit.level) return false;
  if (unit.level === "city") return true;
  if (unit.level === "district") return viewer.level === "district" && viewer.districtId === unit.districtId;
  return viewer.level === "school" && viewer.schoolId === unit.schoolId;
}

/** The unit a viewer belongs to, as a UnitRef. */
export function viewerUnit(viewer: Viewer): UnitRef {
  switch (viewer.level) {
    case "city":
      return { level: "city" };
    case "district":
      return { level: "district", districtId: viewer.districtId };
    case "school":
      return { level: "school", districtId: viewer.districtId, schoolId: viewer.schoolId };
  }
}
