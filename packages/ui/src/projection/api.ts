/**
 * 学龄人口预测 queries and writes. Keys: ["projection", districtId, scenarioId],
 * ["projectionScenarios", districtId], ["districtBirths", districtId]; a write invalidates the
 * projection and the list it changed.
 */
import {
  CreateProjectionScenarioDocument,
  DeleteProjectionScenarioDocument,
  DistrictBirthsDocument,
  type DistrictBirthYearInput,
  execute,
  ProjectionDocument,
  type ProjectionScenarioInput,
  ProjectionScenariosDocument,
  SaveDistrictBirthsDocument,
  UpdateProjectionScenarioDocument,
} from "@edu2035/graphql";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { useToken } from "../session.tsx";

/** The projection of a district (or the city, null) under a scenario (null: 基准). */
export const projectionQuery = (token: string, districtId: string | null, scenarioId: string | null) =>
  queryOptions({
    queryKey: ["projection", districtId, scenarioId],
    queryFn: ({ signal }) =>
      execute(ProjectionDocument, { districtId, scenarioId }, { token, signal }).then((d) => d.projection),
    staleTime: 60_000,
  });

/** The scenarios usable for a district (the city's and its own), or every one the viewer sees. */
export const projectionScenariosQuery = (token: string, districtId: string | null) =>
  queryOptions({
    queryKey: ["projectionScenarios", districtId],
    queryFn: ({ signal }) =>
      execute(ProjectionScenariosDocument, { districtId }, { token, signal }).then(
        (d) => d.projectionScenarios,
      ),
    staleTime: 60_000,
  });

/** The births entered for a district. */
export const districtBirthsQuery = (token: string, districtId: string) =>
  queryOptions({
    queryKey: ["districtBirths", districtId],
    queryFn: ({ signal }) =>
      execute(DistrictBirthsDocument, { districtId }, { token, signal }).then((d) => d.districtBirths),
  });

/** Save births, create/update/delete scenarios; each refreshes the projections. */
export function useProjectionWrites() {
  const token = useToken();
  const queryClient = useQueryClient();
  const refresh = (key: string) => () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["projection"] }),
      queryClient.invalidateQueries({ queryKey: [key] }),
    ]);
  return {
    saveBirths: useMutation({
      mutationFn: (v: { districtId: string; entries: DistrictBirthYearInput[] }) =>
        execute(
          SaveDistrictBirthsDocument,
          { districtId: v.districtId, input: { entries: v.entries } },
          { token },
        ),
      onSettled: refresh("districtBirths"),
    }),
    createScenario: useMutation({
      mutationFn: (input: ProjectionScenarioInput) =>
        execute(CreateProjectionScenarioDocument, { input }, { token }),
      onSettled: refresh("projectionScenarios"),
    }),
    updateScenario: useMutation({
      mutationFn: (v: { id: string; version: number; input: ProjectionScenarioInput }) =>
        execute(UpdateProjectionScenarioDocument, v, { token }),
      onSettled: refresh("projectionScenarios"),
    }),
    deleteScenario: useMutation({
      mutationFn: (v: { id: string; version: number }) =>
        execute(DeleteProjectionScenarioDocument, v, { token }),
      onSettled: refresh("projectionScenarios"),
    }),
  };
}
