/**
 * The root-field × role authorization matrix (issue 11), on PGlite and (with DATABASE_URL)
 * PostgreSQL, through GraphQL over HTTP as the apps call it, on the small city
 * (fixtures/smallCity.ts: 海勃湾区 D1 with P1, K1; 海南区 D2 with N2, K2).
 *
 * The root fields come from the committed schema (apps/api/schema.graphql), not from the table:
 * a new Query or Mutation field without a case in CASES fails the first test. Each case names
 * the roles the policy lets call the field on their own data (`allow`) and how to build its
 * arguments for a scope; the operation text is built from the schema (arguments as variables,
 * `{ __typename }` as the selection).
 *
 * Roles and scopes: city (市教育局, `city`) — everything is in its scope; district (海勃湾区教育局,
 * `haibowan`) — in scope D1 / P1, out of scope D2 / N2; school (海勃湾区第一小学, `p1`) — in scope
 * P1 (its district D1), out of scope N2 (D2); anonymous (no token).
 *
 * Expected, per field:
 * - anonymous: UNAUTHENTICATED, no data — except the public fields (authz/guard.ts PUBLIC_FIELDS),
 *   whose anonymous answer the case states;
 * - a role in `allow`, in scope: a query answers without error; a mutation (dummy input, stale
 *   `version: 999`) is not refused for authorization (any code but FORBIDDEN, UNAUTHENTICATED,
 *   PASSWORD_CHANGE_REQUIRED, INTERNAL_SERVER_ERROR);
 * - a role not in `allow`, in scope: FORBIDDEN, no data;
 * - district and school, out of scope (cases with scope arguments): FORBIDDEN, no data.
 */

import { readFileSync } from "node:fs";
import { type DbHandle, staff, users } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { eq } from "drizzle-orm";
import { buildSchema, type GraphQLField, type GraphQLObjectType, getNamedType, isLeafType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_PASSWORD } from "../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../testing/smallCityApi.ts";
import { type GraphQLResponse, gql, loginAs } from "../testing.ts";
import { PUBLIC_FIELDS } from "./guard.ts";

const schema = buildSchema(readFileSync(new URL("../../schema.graphql", import.meta.url), "utf8"));

type Role = "city" | "district" | "school";
const ROLES: Role[] = ["city", "district", "school"];

/** The IDs one call names: in or out of the caller's scope. */
interface Scope {
  districtId: string;
  schoolId: string;
  /** Another school of the same district (mergeSchool's target). */
  siblingSchoolId: string;
  /** A staff member of `schoolId`. */
  staffId: string;
  /** A school account of `schoolId` (not the caller's own). */
  accountId: string;
}

interface Case {
  /** Roles that may call it on their own data (policy.ts); "public" fields: see `anonymous`. */
  allow: Role[];
  /**
   * Arguments: built for a scope (called in and out of scope), or fixed when none of them names a
   * unit (the field is scoped by the viewer alone; no out-of-scope call), or null (none).
   */
  args: ((s: Scope) => Record<string, unknown>) | Record<string, unknown> | null;
  /** Public fields only: the anonymous outcome ("allowed" or an error code). */
  anonymous?: string;
  /** Call with a fresh session of the role (the field ends the session it is called with). */
  freshSession?: boolean;
}

const ALL: Role[] = ["city", "district", "school"];
const CITY: Role[] = ["city"];
const BUREAUS: Role[] = ["city", "district"];
const DISTRICT: Role[] = ["district"];
const SCHOOL: Role[] = ["school"];
const EDITORS: Role[] = ["district", "school"];

/** A UUID that names nothing (windows and register entries the fixture does not have). */
const NOWHERE = "00000000-0000-4000-8000-000000000000";
const sUnit = (s: Scope) => ({ level: "SCHOOL", id: s.schoolId });
const dUnit = (s: Scope) => ({ level: "DISTRICT", id: s.districtId });
const Y = 2025;

/** One case per root field of the schema; the first test fails when one is missing. */
const CASES: Record<string, Case> = {
  // ---- public (guard.ts PUBLIC_FIELDS)
  "Query.health": { allow: ALL, args: null, anonymous: "allowed" },
  "Query.city": { allow: ALL, args: null, anonymous: "allowed" },
  "Query.passwordPolicy": { allow: ALL, args: null, anonymous: "allowed" },
  "Query.viewer": { allow: ALL, args: null, anonymous: "allowed" },
  "Mutation.login": {
    allow: ALL,
    args: { input: { username: "nobody", password: "wrong", app: "CITY" } },
    anonymous: "BAD_USER_INPUT",
  },
  "Mutation.logout": { allow: ALL, args: null, anonymous: "allowed", freshSession: true },
  "Mutation.changePassword": {
    allow: ALL,
    args: { input: { currentPassword: "wrong-password", newPassword: "Matrix@2035x" } },
    anonymous: "UNAUTHENTICATED",
  },

  // ---- queries
  "Query.accounts": { allow: BUREAUS, args: (s) => ({ filter: { schoolId: s.schoolId } }) },
  "Query.auditLog": { allow: BUREAUS, args: (s) => ({ filter: { schoolId: s.schoolId } }) },
  "Query.backfillWindows": { allow: ALL, args: null },
  "Query.balanceAssessment": { allow: BUREAUS, args: (s) => ({ districtId: s.districtId, schoolYear: Y }) },
  "Query.balanceAssessments": { allow: ALL, args: { schoolYear: Y } },
  // 达标方案: read of that district's balance (the small city's D1 has no approved report: the plan answers infeasible)
  "Query.balancePlan": {
    allow: BUREAUS,
    args: (s) => ({ input: { districtId: s.districtId, schoolYear: Y, stage: "PRIMARY" } }),
  },
  "Query.cityInputs": { allow: CITY, args: { schoolYear: Y } },
  "Query.district": { allow: BUREAUS, args: (s) => ({ id: s.districtId }) },
  "Query.districtInputs": { allow: BUREAUS, args: (s) => ({ districtId: s.districtId, schoolYear: Y }) },
  // 学龄人口预测: a district without approved enrolment by grade (D1 here) answers an empty projection
  "Query.projection": { allow: BUREAUS, args: (s) => ({ districtId: s.districtId }) },
  "Query.districtBirths": { allow: BUREAUS, args: (s) => ({ districtId: s.districtId }) },
  "Query.projectionScenarios": { allow: BUREAUS, args: (s) => ({ districtId: s.districtId }) },
  "Query.exportProjectionExcel": { allow: BUREAUS, args: (s) => ({ districtId: s.districtId }) },
  "Query.districts": { allow: ALL, args: null },
  "Query.editableSchoolYears": { allow: ALL, args: (s) => ({ schoolId: s.schoolId }) },
  "Query.exportReportExcel": { allow: ALL, args: (s) => ({ schoolId: s.schoolId, schoolYear: Y }) },
  "Query.exportReportCompletenessExcel": {
    allow: BUREAUS,
    args: (s) => ({ districtId: s.districtId, schoolYear: Y }),
  },
  "Query.exportSchoolList": { allow: BUREAUS, args: (s) => ({ districtId: s.districtId }) },
  "Query.exportStaffExcel": { allow: ALL, args: (s) => ({ schoolId: s.schoolId, schoolYear: Y }) },
  "Query.exportTargetDashboardExcel": { allow: BUREAUS, args: (s) => ({ schoolYear: Y, unit: dUnit(s) }) },
  "Query.monitoringReport": { allow: ALL, args: (s) => ({ unit: sUnit(s), schoolYear: Y, format: "DOCX" }) },
  "Query.exportStaffingSummaryExcel": { allow: ALL, args: (s) => ({ schoolYear: Y, unit: sUnit(s) }) },
  "Query.exportBalanceExcel": { allow: BUREAUS, args: (s) => ({ districtId: s.districtId, schoolYear: Y }) },
  "Query.notices": { allow: ALL, args: null },
  "Query.planTargets": { allow: ALL, args: null },
  "Query.publicationReadiness": { allow: CITY, args: { schoolYear: Y } },
  "Query.publishedHistory": {
    allow: ALL,
    args: (s) => ({ schoolYear: Y, targetId: "A08", unit: sUnit(s) }),
  },
  "Query.registerEntries": { allow: ALL, args: (s) => ({ filter: { unit: sUnit(s) } }) },
  "Query.registerKinds": { allow: ALL, args: null },
  "Query.registerConfirmations": { allow: ALL, args: { schoolYear: Y } },
  "Query.reportCompleteness": { allow: BUREAUS, args: (s) => ({ districtId: s.districtId, schoolYear: Y }) },
  "Query.reportExcelTemplate": { allow: ALL, args: (s) => ({ schoolId: s.schoolId, schoolYear: Y }) },
  "Query.reportQueue": { allow: BUREAUS, args: (s) => ({ districtId: s.districtId, schoolYear: Y }) },
  "Query.reportingPeriod": { allow: ALL, args: { schoolYear: Y } },
  "Query.rosterRolloverStatus": { allow: EDITORS, args: (s) => ({ schoolYear: 2026, unit: sUnit(s) }) },
  "Query.school": { allow: ALL, args: (s) => ({ id: s.schoolId }) },
  "Query.schoolBalance": { allow: ALL, args: (s) => ({ schoolId: s.schoolId, schoolYear: Y }) },
  "Query.schoolListTemplate": { allow: BUREAUS, args: null },
  "Query.todos": { allow: ALL, args: null },
  "Query.unreadNoticeCount": { allow: ALL, args: null },
  "Query.schoolReport": { allow: ALL, args: (s) => ({ schoolId: s.schoolId, schoolYear: Y }) },
  "Query.schoolYears": { allow: ALL, args: null },
  "Query.schools": { allow: ALL, args: (s) => ({ districtId: s.districtId }) },
  "Query.staff": { allow: ALL, args: (s) => ({ filter: { schoolId: s.schoolId, schoolYear: Y } }) },
  "Query.staffExcelTemplate": { allow: ALL, args: (s) => ({ schoolId: s.schoolId }) },
  "Query.staffingSummary": { allow: ALL, args: (s) => ({ schoolYear: Y, unit: sUnit(s) }) },
  "Query.statisticalYear": { allow: ALL, args: { schoolYear: Y } },
  "Query.statisticalYears": { allow: ALL, args: null },
  "Query.targetDashboard": { allow: ALL, args: (s) => ({ fromYear: 2024, toYear: Y, unit: sUnit(s) }) },
  "Query.targetDashboardTable": {
    allow: ALL,
    args: (s) => ({ fromYear: 2024, toYear: Y, schoolYear: Y, unit: sUnit(s) }),
  },
  "Query.targetResults": { allow: ALL, args: (s) => ({ schoolYear: Y, unit: sUnit(s) }) },

  // ---- mutations (stale versions and dummy input: in scope it is enough not to be refused)
  "Mutation._noop": { allow: [], args: null },
  "Mutation.addStaff": {
    allow: EDITORS,
    args: (s) => ({
      input: {
        schoolId: s.schoolId,
        schoolYear: Y,
        name: "矩阵测试",
        birthDate: "1990-05-01",
        education: "BACHELOR",
        fullTime: true,
        gender: "FEMALE",
        role: "TEACHER",
      },
    }),
  },
  "Mutation.approveReport": {
    allow: DISTRICT,
    args: (s) => ({ schoolId: s.schoolId, schoolYear: Y, version: 999 }),
  },
  "Mutation.carryOverRoster": { allow: EDITORS, args: (s) => ({ schoolYear: 2026, unit: sUnit(s) }) },
  "Mutation.closeBackfill": { allow: CITY, args: { id: NOWHERE } },
  "Mutation.closeDistrict": {
    allow: CITY,
    args: (s) => ({ input: { id: s.districtId, closedOn: "2026-08-31", version: 999 } }),
  },
  "Mutation.closeSchool": {
    allow: BUREAUS,
    args: (s) => ({ input: { id: s.schoolId, closedOn: "2026-08-31", reason: "矩阵测试", version: 999 } }),
  },
  "Mutation.createAccount": {
    allow: BUREAUS,
    args: (s) => ({ input: { displayName: "矩阵测试", unit: sUnit(s), username: "" } }),
  },
  "Mutation.createDistrict": { allow: CITY, args: { input: { code: "", name: "" } } },
  "Mutation.createRegisterEntry": {
    allow: CITY,
    args: (s) => ({ input: { kind: "BRAND_COURSE", fromYear: Y, name: "矩阵测试", schoolId: s.schoolId } }),
  },
  "Mutation.createSchool": {
    allow: BUREAUS,
    args: (s) => ({
      input: {
        code: "",
        districtId: s.districtId,
        name: "",
        ownership: "PUBLIC",
        type: "PRIMARY",
        urbanRuralCode: "",
      },
    }),
  },
  "Mutation.createSchoolAccounts": { allow: BUREAUS, args: (s) => ({ input: { schoolIds: [s.schoolId] } }) },
  "Mutation.confirmRegisterEmpty": { allow: CITY, args: { kind: "BRAND_COURSE", schoolYear: Y } },
  "Mutation.deleteRegisterEntry": { allow: CITY, args: { id: NOWHERE, version: 999 } },
  "Mutation.withdrawRegisterConfirmation": { allow: CITY, args: { kind: "BRAND_COURSE", schoolYear: Y } },
  "Mutation.saveDistrictBirths": {
    allow: BUREAUS,
    args: (s) => ({
      districtId: s.districtId,
      input: { entries: [{ year: 2020, births: 1, version: 999 }] },
    }),
  },
  // an empty name: BAD_USER_INPUT once the district may write
  "Mutation.createProjectionScenario": {
    allow: BUREAUS,
    args: (s) => ({ input: { districtId: s.districtId, name: "", assumptions: {} } }),
  },
  // a scenario that does not exist: NOT_FOUND "情景不存在或已删除" for the city and a district alike
  // (a district gets the same for another district's, so it cannot tell them apart); a school:
  // FORBIDDEN. Own scenarios are updated and deleted in projection.test.ts
  "Mutation.updateProjectionScenario": {
    allow: BUREAUS,
    args: { id: NOWHERE, version: 999, input: { name: "x", assumptions: {} } },
  },
  "Mutation.deleteProjectionScenario": { allow: BUREAUS, args: { id: NOWHERE, version: 999 } },
  // a notice of another unit (here none) is refused with BAD_USER_INPUT on ids, never marked
  "Mutation.markNoticesRead": { allow: ALL, args: { ids: [NOWHERE] } },
  "Mutation.markAllNoticesRead": { allow: ALL, args: null },
  // P1's 2025 report is approved: the bureaus get BAD_USER_INPUT (no reminder), N2 is out of scope
  "Mutation.sendReportReminder": {
    allow: BUREAUS,
    args: (s) => ({ schoolYear: Y, schoolIds: [s.schoolId] }),
  },
  "Mutation.exemptReports": {
    allow: CITY,
    args: (s) => ({ reason: "", schoolIds: [s.schoolId], schoolYear: Y }),
  },
  "Mutation.importReportExcel": {
    allow: SCHOOL,
    args: (s) => ({ contentBase64: "", dryRun: true, schoolId: s.schoolId, schoolYear: Y }),
  },
  "Mutation.importSchoolList": {
    allow: BUREAUS,
    args: (s) => ({ contentBase64: "", dryRun: true, districtId: s.districtId }),
  },
  "Mutation.importStaffExcel": {
    allow: EDITORS,
    args: (s) => ({ contentBase64: "", dryRun: true, schoolId: s.schoolId, schoolYear: Y }),
  },
  "Mutation.mergeSchool": {
    allow: BUREAUS,
    args: (s) => ({
      input: { id: s.schoolId, intoSchoolId: s.siblingSchoolId, mergedOn: "2026-08-31", version: 999 },
    }),
  },
  "Mutation.openBackfill": {
    allow: CITY,
    args: (s) => ({
      input: { closesAt: "2020-01-01T00:00:00Z", reason: "", schoolIds: [s.schoolId], schoolYear: 2024 },
    }),
  },
  "Mutation.publishSchoolYear": { allow: CITY, args: { schoolYear: Y, version: 999 } },
  "Mutation.removeReportExemption": { allow: CITY, args: (s) => ({ schoolId: s.schoolId, schoolYear: Y }) },
  "Mutation.reopenReport": {
    allow: DISTRICT,
    args: (s) => ({ reason: "矩阵测试", schoolId: s.schoolId, schoolYear: Y, version: 999 }),
  },
  "Mutation.reopenSchool": {
    allow: BUREAUS,
    args: (s) => ({ input: { id: s.schoolId, reason: "矩阵测试", version: 999 } }),
  },
  "Mutation.reopenSchoolYear": {
    allow: CITY,
    args: { reason: "矩阵测试", schoolYear: Y, version: 999 },
  },
  "Mutation.resetPassword": { allow: BUREAUS, args: (s) => ({ input: { id: s.accountId, version: 999 } }) },
  "Mutation.returnReport": {
    allow: DISTRICT,
    args: (s) => ({ comment: "矩阵测试", schoolId: s.schoolId, schoolYear: Y, version: 999 }),
  },
  "Mutation.saveCityInputs": { allow: CITY, args: { input: { schoolYear: Y, version: 999 } } },
  "Mutation.saveDistrictInputs": {
    allow: BUREAUS,
    args: (s) => ({ districtId: s.districtId, input: { schoolYear: Y, version: 999 } }),
  },
  "Mutation.saveReportDraft": {
    allow: SCHOOL,
    args: (s) => ({ input: { schoolId: s.schoolId, schoolYear: Y, grades: [], version: 999 } }),
  },
  "Mutation.setAccountActive": {
    allow: BUREAUS,
    args: (s) => ({ input: { active: true, id: s.accountId, version: 999 } }),
  },
  "Mutation.setReportingPeriod": {
    allow: CITY,
    args: { deadline: "2026-06-30T00:00:00Z", schoolYear: Y, version: 999 },
  },
  "Mutation.staffLeave": {
    allow: EDITORS,
    args: (s) => ({ id: s.staffId, leftOn: "2026-01-01", status: "RETIRED", version: 999 }),
  },
  "Mutation.submitReport": {
    allow: SCHOOL,
    args: (s) => ({ schoolId: s.schoolId, schoolYear: Y, version: 999 }),
  },
  "Mutation.updateCity": {
    allow: CITY,
    args: { input: { bureauName: "", code: "", name: "", version: 999 } },
  },
  "Mutation.updateDistrict": {
    allow: CITY,
    args: (s) => ({
      input: { id: s.districtId, code: "150399", name: "矩阵测试区", sortOrder: 1, version: 999 },
    }),
  },
  "Mutation.updateRegisterEntry": {
    allow: CITY,
    args: (s) => ({
      id: NOWHERE,
      version: 999,
      input: { kind: "BRAND_COURSE", fromYear: Y, name: "矩阵测试", schoolId: s.schoolId },
    }),
  },
  "Mutation.updateSchool": {
    allow: BUREAUS,
    args: (s) => ({
      input: {
        id: s.schoolId,
        code: "",
        name: "",
        ethnic: false,
        inclusive: false,
        miningArea: false,
        ownership: "PUBLIC",
        teachingPoint: false,
        type: "PRIMARY",
        urbanRuralCode: "",
        version: 999,
      },
    }),
  },
  "Mutation.updateStaff": {
    allow: EDITORS,
    args: (s) => ({ id: s.staffId, patch: { name: "矩阵测试" }, version: 999 }),
  },
};

/**
 * Other paths of the same fields (no filter, a district or the city as the unit, …), where a
 * service might take a branch that skips its check: [field, roles allowed in scope, arguments].
 * Asserted like the cases (queries only).
 */
const VARIANTS: [string, Role[], Case["args"]][] = [
  ["Query.accounts", BUREAUS, {}],
  ["Query.accounts", BUREAUS, (s) => ({ filter: { districtId: s.districtId } })],
  ["Query.auditLog", BUREAUS, { filter: {} }],
  ["Query.auditLog", BUREAUS, (s) => ({ filter: { districtId: s.districtId } })],
  ["Query.backfillWindows", ALL, { openOnly: true, schoolYear: 2024 }],
  ["Query.districts", ALL, { includeClosed: true }],
  ["Query.exportSchoolList", BUREAUS, {}],
  ["Query.exportTargetDashboardExcel", CITY, { schoolYear: Y, unit: { level: "CITY" } }],
  ["Query.monitoringReport", BUREAUS, (s) => ({ unit: dUnit(s), schoolYear: Y, format: "DOCX" })],
  ["Query.publishedHistory", BUREAUS, (s) => ({ schoolYear: Y, targetId: "A08", unit: dUnit(s) })],
  ["Query.publishedHistory", CITY, { schoolYear: Y, targetId: "A08", unit: { level: "CITY" } }],
  ["Query.registerEntries", ALL, {}],
  ["Query.registerEntries", BUREAUS, (s) => ({ filter: { unit: dUnit(s) } })],
  ["Query.registerEntries", CITY, { filter: { unit: { level: "CITY" } } }],
  ["Query.reportCompleteness", BUREAUS, { schoolYear: Y }],
  ["Mutation.sendReportReminder", BUREAUS, { schoolYear: Y }],
  ["Query.exportReportCompletenessExcel", BUREAUS, { schoolYear: Y }],
  ["Query.exportStaffingSummaryExcel", BUREAUS, (s) => ({ schoolYear: Y, unit: dUnit(s) })],
  ["Query.exportStaffingSummaryExcel", CITY, { schoolYear: Y, unit: { level: "CITY" } }],
  ["Query.exportBalanceExcel", BUREAUS, { schoolYear: Y }],
  [
    "Query.rosterRolloverStatus",
    DISTRICT,
    (s) => ({ schoolYear: 2026, unit: dUnit(s), includeSchools: true }),
  ],
  ["Query.rosterRolloverStatus", CITY, { schoolYear: 2026, unit: { level: "CITY" } }],
  ["Query.schools", ALL, {}],
  ["Query.schools", ALL, { schoolYear: Y, includeClosed: true }],
  ["Query.staff", ALL, { filter: { schoolYear: Y } }],
  ["Query.staff", BUREAUS, (s) => ({ filter: { districtId: s.districtId, schoolYear: Y } })],
  ["Query.staffingSummary", BUREAUS, (s) => ({ schoolYear: Y, unit: dUnit(s) })],
  ["Query.staffingSummary", CITY, { schoolYear: Y, unit: { level: "CITY" } }],
  ["Query.targetDashboard", BUREAUS, (s) => ({ fromYear: 2024, toYear: Y, unit: dUnit(s) })],
  ["Query.targetDashboard", CITY, { fromYear: 2024, toYear: Y, unit: { level: "CITY" }, targetIds: [] }],
  [
    "Query.targetDashboardTable",
    BUREAUS,
    (s) => ({ fromYear: 2024, toYear: Y, schoolYear: Y, unit: dUnit(s), childrenLimit: 2 }),
  ],
  ["Query.targetDashboardTable", CITY, { fromYear: Y, toYear: Y, schoolYear: Y, unit: { level: "CITY" } }],
  ["Query.targetResults", BUREAUS, (s) => ({ schoolYear: Y, unit: dUnit(s), includeSubmitted: true })],
  ["Query.targetResults", CITY, { schoolYear: Y, unit: { level: "CITY" }, targetIds: [] }],
];

function argsOf(c: Case, s: Scope): Record<string, unknown> {
  return typeof c.args === "function" ? c.args(s) : (c.args ?? {});
}

/** Every root field of the committed schema, as "Query.x" / "Mutation.y". */
function schemaRootFields(): Map<
  string,
  { kind: "query" | "mutation"; field: GraphQLField<unknown, unknown> }
> {
  const out = new Map<string, { kind: "query" | "mutation"; field: GraphQLField<unknown, unknown> }>();
  for (const [type, kind] of [
    [schema.getQueryType(), "query"],
    [schema.getMutationType(), "mutation"],
  ] as [GraphQLObjectType | null | undefined, "query" | "mutation"][]) {
    for (const field of Object.values(type?.getFields() ?? {}))
      out.set(`${type!.name}.${field.name}`, { kind, field });
  }
  return out;
}

/** The operation calling one root field with `args` as variables (types from the schema). */
function operation(
  kind: "query" | "mutation",
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
) {
  const used = field.args.filter((a) => a.name in args);
  const defs = used.map((a) => `$${a.name}: ${String(a.type)}`).join(", ");
  const call = used.map((a) => `${a.name}: $${a.name}`).join(", ");
  const selection = isLeafType(getNamedType(field.type)) ? "" : " { __typename }";
  return `${kind}${defs ? `(${defs})` : ""} { ${field.name}${call ? `(${call})` : ""}${selection} }`;
}

/** "allowed" when the field answered without error, else the first error's code. */
function outcome(r: GraphQLResponse): string {
  return r.errors?.length ? String(r.errors[0]?.extensions?.code ?? "NO_CODE") : "allowed";
}

/** Whether the answer carries data for the field (a refusal must not). */
function hasData(r: GraphQLResponse, field: string): boolean {
  return r.data?.[field] != null;
}

const REFUSALS = new Set([
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "PASSWORD_CHANGE_REQUIRED",
  "INTERNAL_SERVER_ERROR",
]);

describe("the authorization matrix's table", () => {
  it("has a case for every root field of the schema, and none for a field that is gone", () => {
    const fields = [...schemaRootFields().keys()];
    expect(fields.filter((f) => !(f in CASES))).toEqual([]);
    expect(Object.keys(CASES).filter((f) => !fields.includes(f))).toEqual([]);
  });
  it("calls exactly the guard's public fields public", () => {
    const publicCases = Object.entries(CASES)
      .filter(([, c]) => c.anonymous !== undefined)
      .map(([f]) => f);
    expect(publicCases.sort()).toEqual([...PUBLIC_FIELDS.keys()].sort());
  });
});

describe.each(testBackends())("root field × role authorization on $name", (backend) => {
  let h: DbHandle;
  let smallCity: SmallCityApi;
  let url: string;
  const tokens = {} as Record<Role, string>;
  const scopes = {} as Record<Role, { in: Scope; out: Scope }>;
  const fields = schemaRootFields();

  beforeAll(async () => {
    smallCity = await smallCityApi(backend, { logins: { city: "city", district: "haibowan", school: "p1" } });
    ({ handle: h, url } = smallCity);
    Object.assign(tokens, smallCity.tokens);
    const { ids } = smallCity;
    const staffOf = async (schoolId: string) =>
      (await h.db.select({ id: staff.id }).from(staff).where(eq(staff.schoolId, schoolId)))[0]!.id;
    const accountOf = async (username: string) =>
      (await h.db.select({ id: users.id }).from(users).where(eq(users.username, username)))[0]!.id;
    // a second account of P1 and of N2, so no role names its own account (refused as such)
    await h.db.insert(users).values([
      {
        username: "p1b",
        displayName: "海勃湾区第一小学",
        passwordHash: "x",
        level: "school",
        schoolId: ids.p1,
      },
      {
        username: "n2b",
        displayName: "海南区九年一贯制学校",
        passwordHash: "x",
        level: "school",
        schoolId: ids.n2,
      },
    ]);
    const inside: Scope = {
      districtId: ids.d1,
      schoolId: ids.p1,
      siblingSchoolId: ids.k1,
      staffId: await staffOf(ids.p1),
      accountId: await accountOf("p1b"),
    };
    const outside: Scope = {
      districtId: ids.d2,
      schoolId: ids.n2,
      siblingSchoolId: ids.k2,
      staffId: await staffOf(ids.n2),
      accountId: await accountOf("n2b"),
    };
    for (const role of ROLES) scopes[role] = { in: inside, out: outside };
  }, 180_000);
  afterAll(() => smallCity?.close());

  it("anonymous calls are refused everywhere but on the public fields", async () => {
    const wrong: string[] = [];
    for (const [name, { kind, field }] of fields) {
      const c = CASES[name];
      if (!c) continue;
      const args = argsOf(c, scopes.city.in);
      const r = await gql(url, operation(kind, field, args), args);
      const got = outcome(r);
      const want = c.anonymous ?? "UNAUTHENTICATED";
      if (got !== want) wrong.push(`${name} anonymous: ${got}, expected ${want}`);
      if (c.anonymous === undefined && hasData(r, field.name)) wrong.push(`${name} anonymous: answered data`);
    }
    expect(wrong).toEqual([]);
  }, 180_000);

  it("each role is allowed on its own data as the policy says, refused outside it, and never answered data out of scope", async () => {
    const wrong: string[] = [];
    const fresh = {} as Record<Role, () => Promise<string>>;
    fresh.city = () => loginAs(url, "city", FIXTURE_PASSWORD, "CITY");
    fresh.district = () => loginAs(url, "haibowan", FIXTURE_PASSWORD, "DISTRICT");
    fresh.school = () => loginAs(url, "p1", FIXTURE_PASSWORD, "SCHOOL");
    for (const [name, { kind, field }] of fields) {
      const c = CASES[name];
      if (!c) continue;
      for (const role of ROLES) {
        const token = c.freshSession ? await fresh[role]() : tokens[role];
        // in scope
        const args = argsOf(c, scopes[role].in);
        const r = await gql(url, operation(kind, field, args), args, token);
        const got = outcome(r);
        if (c.allow.includes(role)) {
          const ok = kind === "query" ? got === "allowed" : !REFUSALS.has(got);
          if (!ok) wrong.push(`${name} ${role} in scope: ${got} ${JSON.stringify(r.errors?.[0]?.message)}`);
        } else {
          if (got !== "FORBIDDEN") wrong.push(`${name} ${role} in scope: ${got}, expected FORBIDDEN`);
          if (hasData(r, field.name)) wrong.push(`${name} ${role} in scope: answered data`);
        }
        // out of scope (the city has no outside; fields without unit arguments have none)
        if (role === "city" || typeof c.args !== "function") continue;
        const outArgs = c.args(scopes[role].out);
        const o = await gql(url, operation(kind, field, outArgs), outArgs, token);
        const gotOut = outcome(o);
        if (gotOut !== "FORBIDDEN") wrong.push(`${name} ${role} out of scope: ${gotOut}, expected FORBIDDEN`);
        if (hasData(o, field.name)) wrong.push(`${name} ${role} out of scope: answered data`);
      }
    }
    expect(wrong).toEqual([]);
  }, 240_000);

  it("answers the other paths of the same fields (no filter, a district or the city as unit) as the policy says", async () => {
    const wrong: string[] = [];
    for (const [name, allow, variantArgs] of VARIANTS) {
      const root = fields.get(name);
      if (!root) {
        wrong.push(`${name}: not a root field`);
        continue;
      }
      const c: Case = { allow, args: variantArgs };
      for (const role of ROLES) {
        const args = argsOf(c, scopes[role].in);
        const label = `${name}(${JSON.stringify(args)}) ${role}`;
        const r = await gql(url, operation(root.kind, root.field, args), args, tokens[role]);
        const got = outcome(r);
        if (allow.includes(role) ? got !== "allowed" : got !== "FORBIDDEN")
          wrong.push(`${label} in scope: ${got}`);
        if (!allow.includes(role) && hasData(r, root.field.name)) wrong.push(`${label}: answered data`);
        if (role === "city" || typeof c.args !== "function") continue;
        const outArgs = c.args(scopes[role].out);
        const o = await gql(url, operation(root.kind, root.field, outArgs), outArgs, tokens[role]);
        if (outcome(o) !== "FORBIDDEN" || hasData(o, root.field.name))
          wrong.push(`${label} out of scope: ${outcome(o)}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 180_000);
});
