/**
 * 达标方案 (issue 13) query. Key: ["balancePlan", input] — the district, year, stage, unit costs,
 * 交流轮岗 switch and, when the official edited the plan, its actions (fixedActions): each
 * request is its own entry, so going back to a plan already computed needs no new request.
 */
import { BalancePlanDocument, type BalancePlanInput, execute } from "@edu2035/graphql";
import { queryOptions } from "@tanstack/react-query";

/** The plan of one district-stage (solved, or the given fixedActions evaluated). */
export const balancePlanQuery = (token: string, input: BalancePlanInput) =>
  queryOptions({
    queryKey: ["balancePlan", input],
    queryFn: ({ signal }) =>
      execute(BalancePlanDocument, { input }, { token, signal }).then((d) => d.balancePlan),
    staleTime: 60_000,
  });
