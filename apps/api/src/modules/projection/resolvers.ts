import { describeAssumptions, TRANSITIONS } from "@edu2035/domain";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { getDistrictBirths, saveDistrictBirths } from "./births.ts";
import { exportProjectionExcel } from "./projectionExcel.ts";
import { createScenario, deleteScenario, listScenarios, updateScenario } from "./scenarios.ts";
import { runProjection } from "./service.ts";

const LABEL = new Map(TRANSITIONS.map((t) => [t.key, t.label]));

export const projectionResolvers: Resolvers = {
  Query: {
    projection: (_p, { districtId, scenarioId }, ctx) =>
      runProjection(ctx.access(), districtId, scenarioId, ctx.now()),
    districtBirths: (_p, { districtId }, ctx) => getDistrictBirths(ctx.access(), districtId),
    projectionScenarios: (_p, { districtId }, ctx) => listScenarios(ctx.access(), districtId),
    exportProjectionExcel: (_p, { districtId, scenarioId }, ctx) =>
      exportProjectionExcel(ctx.access(), districtId, scenarioId, ctx.now()),
  },
  Mutation: {
    saveDistrictBirths: async (_p, { districtId, input }, ctx) => ({
      births: await saveDistrictBirths(ctx.access(), districtId, input, ctx.now()),
    }),
    createProjectionScenario: async (_p, { input }, ctx) => ({
      scenario: await createScenario(ctx.access(), input),
    }),
    updateProjectionScenario: async (_p, { id, version, input }, ctx) => ({
      scenario: await updateScenario(ctx.access(), id, version, input),
    }),
    deleteProjectionScenario: async (_p, { id, version }, ctx) => ({
      id: await deleteScenario(ctx.access(), id, version),
    }),
  },
  ProjectionScenario: {
    district: (r, _a, ctx) => ctx.access().districtOf(r),
    assumptions: (r) => ({
      birthTrendPercent: r.assumptions.birthTrendPercent ?? null,
      seniorGrossEnrolmentRate: r.assumptions.seniorGrossEnrolmentRate ?? null,
      transitionRates: Object.entries(r.assumptions.transitionRates ?? {}).map(([key, rate]) => ({
        key,
        label: LABEL.get(key) ?? key,
        rate,
      })),
      summary: describeAssumptions(r.assumptions),
    }),
  },
};
