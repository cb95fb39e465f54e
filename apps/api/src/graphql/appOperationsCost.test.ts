/**
 * Every operation the three apps send (the trusted documents: packages/graphql's operations, as
 * codegen lists them) stays under the work budget of a request (cost.ts) with realistic
 * variables at their largest: a unit argument tried as the city, the largest district and a
 * school, the widest range the apps ask for (DASHBOARD_FROM_YEAR 2020 to the plan's last year
 * 2035, 16 years), all targets. Children counted as on the Wuhai demo: 3 districts, 70 schools in
 * the largest (cost.test.ts checks both against the database). A new operation is covered
 * without a case of its own. Pure: no database (the estimate reads only the arguments and the
 * two counts).
 *
 * By hand (results per unit and year: district 38 targets + 7 C1–C7 counted twice = 45; its
 * schools 26 + 7 = 33; a school 27 + 7 = 34; the city 52, its districts 30):
 * - TargetDashboard, district, 2020–2035: 16 × (45 + 70 × 33) + 17 × 71 × 4 = 42,508 (2019–2035
 *   measured: 17 years; 4 families of aggregation per unit and year);
 * - TargetDashboard, city, 2020–2035: 16 × (52 + 3 × 30) + 17 × 4 × 4 = 2,544;
 * - TargetDashboard, school, 2020–2035: 16 × 34 + 17 × 1 × 4 = 612;
 * - 指标总览 导出Excel of a district for 2035: 2,355 + 3 × 71 × 4 = 3,207 (2034, 2035, 2020 measured).
 */
import { buildSchema, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { trustedDocuments } from "../__generated__/trustedDocuments.ts";
import { typeDefs } from "../server.ts";
import { type ChildCounts, EXPENSIVE_REQUEST_COST, operationCost, REQUEST_COST_BUDGET } from "./cost.ts";

const schema = buildSchema(typeDefs);
const DEMO: ChildCounts = { districts: async () => 3, schoolsPerDistrict: async () => 70 };
const DISTRICT_ID = "00000000-0000-4000-8000-000000000001";
const SCHOOL_ID = "00000000-0000-4000-8000-000000000002";
const UNITS = [{ level: "CITY" }, { level: "DISTRICT", id: DISTRICT_ID }, { level: "SCHOOL", id: SCHOOL_ID }];

/** A realistic value for a variable, by its name and type; `unit` for an OrgUnitInput. */
function realistic(name: string, type: string, unit: object): unknown {
  if (type.startsWith("OrgUnitInput")) return unit;
  if (/^Int/.test(type)) {
    if (name === "fromYear") return 2020;
    if (/year/i.test(name)) return 2035;
    return 1;
  }
  return null;
}

/** Each operation of the manifest: its name, definition and fragments. */
const operations = Object.values(trustedDocuments).flatMap((text) => {
  const doc = parse(text);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return doc.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((op) => ({ name: op.name?.value ?? "(anonymous)", op, fragments }));
});

/** The largest estimate of an operation over the three kinds of unit. */
async function worst(op: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>) {
  let max = 0;
  for (const unit of UNITS) {
    const variables: Record<string, unknown> = {};
    for (const v of op.variableDefinitions ?? []) {
      const type = v.type.kind === Kind.NON_NULL_TYPE ? v.type.type : v.type;
      const named = type.kind === Kind.NAMED_TYPE ? type.name.value : "List";
      variables[v.variable.name.value] = realistic(v.variable.name.value, named, unit);
    }
    const { total } = await operationCost(schema, op, fragments, variables, DEMO);
    max = Math.max(max, total);
  }
  return max;
}

describe("the apps' operations under the work budget of a request", () => {
  it("reads the apps' operations from the trusted documents", () => {
    expect(operations.length).toBeGreaterThan(50);
    expect(operations.map((o) => o.name)).toEqual(
      expect.arrayContaining(["TargetDashboard", "ExportStaffExcel", "CarryOverRoster"]),
    );
  });

  it.each(operations.map((o) => [o.name, o] as const))("%s fits the budget", async (_name, o) => {
    expect(await worst(o.op, o.fragments)).toBeLessThanOrEqual(REQUEST_COST_BUDGET);
  });

  it("costs the dashboard as worked out by hand, for each kind of unit", async () => {
    const dashboard = operations.find((o) => o.name === "TargetDashboard")!;
    const cost = async (unit: object) =>
      (
        await operationCost(
          schema,
          dashboard.op,
          dashboard.fragments,
          { unit, fromYear: 2020, toYear: 2035, targetIds: null },
          DEMO,
        )
      ).total;
    expect(await cost(UNITS[1]!)).toBe(42_508);
    expect(await cost(UNITS[0]!)).toBe(2_544);
    expect(await cost(UNITS[2]!)).toBe(612);
    // a district's dashboard waits for a slot of expensive work; a school's trend does not
    expect(42_508).toBeGreaterThanOrEqual(EXPENSIVE_REQUEST_COST);
    expect(612).toBeLessThan(EXPENSIVE_REQUEST_COST);
  });

  it("costs the 指标总览 导出Excel as a one-year dashboard", async () => {
    const excel = operations.find(
      (o) =>
        /targetDashboardExcel/i.test(o.name) ||
        o.op.selectionSet.selections.some(
          (s) => s.kind === Kind.FIELD && s.name.value === "exportTargetDashboardExcel",
        ),
    );
    expect(excel).toBeDefined();
    const { total } = await operationCost(
      schema,
      excel!.op,
      excel!.fragments,
      { unit: UNITS[1], schoolYear: 2035 },
      DEMO,
    );
    expect(total).toBe(3_207);
  });
});
