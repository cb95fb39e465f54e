import { describe, expect, it } from "vitest";
import { ACTIONS, can, type UnitRef, type Viewer } from "./policy.ts";

const city: Viewer = { userId: "u0", level: "city" };
const hainan: Viewer = { userId: "u1", level: "district", districtId: "dHN" };
const school: Viewer = { userId: "u2", level: "school", districtId: "dHN", schoolId: "s1" };

const cityUnit: UnitRef = { level: "city" };
const hainanUnit: UnitRef = { level: "district", districtId: "dHN" };
const wudaUnit: UnitRef = { level: "district", districtId: "dWD" };
const s1: UnitRef = { level: "school", districtId: "dHN", schoolId: "s1" };
const s2: UnitRef = { level: "school", districtId: "dHN", schoolId: "s2" };
const s3: UnitRef = { level: "school", districtId: "dWD", schoolId: "s3" };

describe("can", () => {
  it("lets the city read every unit", () => {
    for (const u of [cityUnit, hainanUnit, wudaUnit, s1, s3]) expect(can(city, "staff.read", u)).toBe(true);
  });
  it("lets a district read itself and its schools only", () => {
    expect(can(hainan, "staff.read", hainanUnit)).toBe(true);
    expect(can(hainan, "staff.read", s1)).toBe(true);
    expect(can(hainan, "staff.read", s2)).toBe(true);
    expect(can(hainan, "staff.read", wudaUnit)).toBe(false);
    expect(can(hainan, "staff.read", s3)).toBe(false);
    expect(can(hainan, "targets.read", cityUnit)).toBe(false);
  });
  it("lets a school read only itself", () => {
    expect(can(school, "targets.read", s1)).toBe(true);
    expect(can(school, "targets.read", s2)).toBe(false);
    expect(can(school, "targets.read", hainanUnit)).toBe(false);
    expect(can(school, "targets.read", cityUnit)).toBe(false);
  });
  it("keeps identity-number tails from the city", () => {
    expect(can(city, "staff.readIdTail", s1)).toBe(false);
    expect(can(hainan, "staff.readIdTail", s1)).toBe(true);
    expect(can(school, "staff.readIdTail", s1)).toBe(true);
    expect(can(school, "staff.readIdTail", s2)).toBe(false);
  });
  it("refuses an action outside the catalogue", () => {
    expect(ACTIONS).not.toContain("staff.delete");
    expect(can(city, "staff.delete" as never, cityUnit)).toBe(false);
  });
  it("lets a district write its own inputs only, and only the city write city inputs and registers", () => {
    expect(can(hainan, "inputs.write", hainanUnit)).toBe(true);
    expect(can(hainan, "inputs.write", wudaUnit)).toBe(false);
    expect(can(hainan, "inputs.write", cityUnit)).toBe(false);
    expect(can(city, "inputs.write", hainanUnit)).toBe(true);
    expect(can(city, "inputs.write", cityUnit)).toBe(true);
    expect(can(school, "inputs.write", s1)).toBe(false);
    expect(can(school, "inputs.write", hainanUnit)).toBe(false);
    expect(can(city, "registers.write", s3)).toBe(true);
    expect(can(hainan, "registers.write", hainanUnit)).toBe(false);
    expect(can(school, "registers.write", s1)).toBe(false);
  });
  it("lets inputs and registers be read within scope only", () => {
    expect(can(hainan, "inputs.read", hainanUnit)).toBe(true);
    expect(can(hainan, "inputs.read", cityUnit)).toBe(false);
    expect(can(school, "inputs.read", hainanUnit)).toBe(false);
    expect(can(hainan, "registers.read", s1)).toBe(true);
    expect(can(hainan, "registers.read", s3)).toBe(false);
    expect(can(school, "registers.read", s1)).toBe(true);
    expect(can(school, "registers.read", cityUnit)).toBe(false);
  });
  it("lets only the school itself edit and submit its report", () => {
    for (const a of ["report.edit", "report.submit"] as const) {
      expect(can(school, a, s1)).toBe(true);
      expect(can(school, a, s2)).toBe(false);
      expect(can(hainan, a, s1)).toBe(false);
      expect(can(city, a, s1)).toBe(false);
    }
  });
  it("lets only the school's own district review its report", () => {
    expect(can(hainan, "report.review", s1)).toBe(true);
    expect(can(hainan, "report.review", s3)).toBe(false);
    expect(can(hainan, "report.review", hainanUnit)).toBe(false);
    expect(can(city, "report.review", s1)).toBe(false);
    expect(can(school, "report.review", s1)).toBe(false);
    expect(can(city, "report.read", s3)).toBe(true);
    expect(can(school, "report.read", s2)).toBe(false);
  });
  it("scopes roster edits: school its own, district its 教研室 and schools, city its 教研室 only", () => {
    expect(can(school, "staff.edit", s1)).toBe(true);
    expect(can(school, "staff.edit", s2)).toBe(false);
    expect(can(school, "staff.edit", hainanUnit)).toBe(false);
    expect(can(hainan, "staff.edit", hainanUnit)).toBe(true);
    expect(can(hainan, "staff.edit", s2)).toBe(true);
    expect(can(hainan, "staff.edit", s3)).toBe(false);
    expect(can(hainan, "staff.edit", wudaUnit)).toBe(false);
    expect(can(hainan, "staff.edit", cityUnit)).toBe(false);
    expect(can(city, "staff.edit", cityUnit)).toBe(true);
    expect(can(city, "staff.edit", hainanUnit)).toBe(false);
    expect(can(city, "staff.edit", s1)).toBe(false);
  });
  it("shows the audit trail to the city and to a district for its own units, never to a school", () => {
    expect(can(city, "audit.read", cityUnit)).toBe(true);
    expect(can(city, "audit.read", s3)).toBe(true);
    expect(can(hainan, "audit.read", hainanUnit)).toBe(true);
    expect(can(hainan, "audit.read", s1)).toBe(true);
    expect(can(hainan, "audit.read", wudaUnit)).toBe(false);
    expect(can(hainan, "audit.read", cityUnit)).toBe(false);
    expect(can(school, "audit.read", s1)).toBe(false);
  });
  it("lets every viewer read the reporting period and only the city set it", () => {
    for (const v of [city, hainan, school]) expect(can(v, "period.read", cityUnit)).toBe(true);
    expect(can(hainan, "period.read", hainanUnit)).toBe(false);
    expect(can(city, "period.write", cityUnit)).toBe(true);
    expect(can(city, "period.write", hainanUnit)).toBe(false);
    expect(can(hainan, "period.write", cityUnit)).toBe(false);
    expect(can(hainan, "period.write", hainanUnit)).toBe(false);
    expect(can(school, "period.write", cityUnit)).toBe(false);
  });
  it("shows reporting completeness to the city and to a district for itself, never to a school", () => {
    expect(can(city, "report.completeness", cityUnit)).toBe(true);
    expect(can(city, "report.completeness", wudaUnit)).toBe(true);
    expect(can(hainan, "report.completeness", hainanUnit)).toBe(true);
    expect(can(hainan, "report.completeness", wudaUnit)).toBe(false);
    expect(can(hainan, "report.completeness", cityUnit)).toBe(false);
    expect(can(school, "report.completeness", s1)).toBe(false);
  });
  it("lets only the city manage districts and the city record, and districts their own schools", () => {
    expect(can(city, "org.manageDistricts", cityUnit)).toBe(true);
    expect(can(city, "org.manageDistricts", wudaUnit)).toBe(true);
    expect(can(hainan, "org.manageDistricts", hainanUnit)).toBe(false);
    expect(can(school, "org.manageDistricts", hainanUnit)).toBe(false);
    expect(can(city, "city.write", cityUnit)).toBe(true);
    expect(can(hainan, "city.write", cityUnit)).toBe(false);
    expect(can(city, "org.manageSchools", s3)).toBe(true);
    expect(can(city, "org.manageSchools", wudaUnit)).toBe(true);
    expect(can(hainan, "org.manageSchools", hainanUnit)).toBe(true);
    expect(can(hainan, "org.manageSchools", s2)).toBe(true);
    expect(can(hainan, "org.manageSchools", wudaUnit)).toBe(false);
    expect(can(hainan, "org.manageSchools", s3)).toBe(false);
    expect(can(hainan, "org.manageSchools", cityUnit)).toBe(false);
    expect(can(school, "org.manageSchools", s1)).toBe(false);
  });
  it("lets the city manage city and district accounts, districts their schools' accounts, schools none", () => {
    expect(can(city, "accounts.manage", cityUnit)).toBe(true);
    expect(can(city, "accounts.manage", hainanUnit)).toBe(true);
    expect(can(city, "accounts.manage", s3)).toBe(true);
    expect(can(hainan, "accounts.manage", s1)).toBe(true);
    expect(can(hainan, "accounts.manage", s3)).toBe(false);
    expect(can(hainan, "accounts.manage", hainanUnit)).toBe(false);
    expect(can(hainan, "accounts.manage", cityUnit)).toBe(false);
    expect(can(school, "accounts.manage", s1)).toBe(false);
  });
  it("lets only the city open backfill windows, and every viewer read those in scope", () => {
    expect(can(city, "backfill.manage", cityUnit)).toBe(true);
    expect(can(hainan, "backfill.manage", hainanUnit)).toBe(false);
    expect(can(school, "backfill.manage", s1)).toBe(false);
    expect(can(school, "backfill.read", s1)).toBe(true);
    expect(can(school, "backfill.read", s2)).toBe(false);
    expect(can(hainan, "backfill.read", s3)).toBe(false);
  });
  it("lets every viewer read the statistical years (the city as unit), and only the city publish", () => {
    for (const v of [city, hainan, school]) {
      expect(can(v, "year.read", cityUnit)).toBe(true);
      // the lifecycle is the city's: no district or school unit for it
      expect(can(v, "year.read", hainanUnit)).toBe(false);
    }
    expect(can(city, "year.publish", cityUnit)).toBe(true);
    expect(can(city, "year.publish", hainanUnit)).toBe(false);
    expect(can(hainan, "year.publish", cityUnit)).toBe(false);
    expect(can(hainan, "year.publish", hainanUnit)).toBe(false);
    expect(can(school, "year.publish", cityUnit)).toBe(false);
    expect(can(school, "year.publish", s1)).toBe(false);
  });
  it("lets a viewer read its own unit's notices only, and a bureau send 催报 to its schools", () => {
    expect(can(city, "notice.read", cityUnit)).toBe(true);
    expect(can(city, "notice.read", hainanUnit)).toBe(false);
    expect(can(hainan, "notice.read", hainanUnit)).toBe(true);
    expect(can(hainan, "notice.read", s1)).toBe(false);
    expect(can(hainan, "notice.read", wudaUnit)).toBe(false);
    expect(can(school, "notice.read", s1)).toBe(true);
    expect(can(school, "notice.read", s2)).toBe(false);
    expect(can(city, "report.remind", s3)).toBe(true);
    expect(can(city, "report.remind", hainanUnit)).toBe(false);
    expect(can(hainan, "report.remind", s1)).toBe(true);
    expect(can(hainan, "report.remind", s3)).toBe(false);
    expect(can(school, "report.remind", s1)).toBe(false);
  });
});
