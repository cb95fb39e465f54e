/**
 * The work budget of one request (计算量预算): before anything runs, each expensive root field of
 * the operation is given a cost that reflects the work it will do, and a request over the budget
 * is refused whole, so one request cannot hold the event loop for seconds (issue 11: 20 aliases
 * of a district `targetDashboard` over 2010–2025 took 9–15 s and other users' median went from
 * 16 ms to 2.7 s).
 *
 * Cost unit: one measured result, i.e. one (unit, school year, target) triple the indicator
 * measures compute and judge. graphql-armor's cost (limits.ts) counts the shape of the selection
 * only; this one reads the arguments (variables included):
 * - `targetDashboard` = years × (targets of the unit + children × targets measured at the
 *   children's level). Children: the city's districts, or for a district an upper bound, the
 *   school count of the city's largest district (one small statement per request, only when a
 *   district dashboard is asked for; not the named district's own count, so a refusal tells
 *   nothing about a district outside the viewer's scope).
 * - `targetResults` = the targets (one unit, one year).
 * Fields without an estimator cost nothing here (the shape limits still apply). A field repeated
 * under aliases, or through fragments, costs each time it appears.
 *
 * Refusal: HTTP 400, `extensions.code` QUERY_TOO_EXPENSIVE, a Chinese message naming the most
 * expensive field and what to narrow; `extensions.max` the budget, `extensions.found` the
 * estimate, `extensions.field` the field. Arguments are read untyped (literals and variables);
 * values that do not fit cost nothing here, and the execution reports them as usual.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { type OrgLevel, PLAN_TARGETS } from "@edu2035/domain";
import { sql } from "drizzle-orm";
import {
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from "graphql";
import type { Context } from "../context.ts";
import { toRows } from "../modules/indicators/measures.ts";

/**
 * The budget of one request, in measured results. A full district dashboard over the longest
 * range (16 years × (32 + 69 schools × 21) ≈ 23,700 on the demo's largest district, about 0.6 s
 * of measuring) fits twice; 20 of them (≈ 470,000) do not.
 */
export const REQUEST_COST_BUDGET = 50_000;

/** The longest range a dashboard may ask for (as the service checks; service.ts MAX_DASHBOARD_YEARS). */
const MAX_YEARS = 16;

/** The org level of an `OrgUnitInput` argument, lower-case as the domain spells it. */
function levelOf(unit: unknown): OrgLevel | null {
  const level = (unit as { level?: unknown } | null)?.level;
  return level === "CITY" ? "city" : level === "DISTRICT" ? "district" : level === "SCHOOL" ? "school" : null;
}

/** The targets a field measures: those named, or every target measured at the level. */
function targetCount(level: OrgLevel, targetIds: unknown): number {
  if (Array.isArray(targetIds) && targetIds.length) {
    return PLAN_TARGETS.filter((t) => targetIds.includes(t.id)).length;
  }
  return PLAN_TARGETS.filter((t) => t.levels.includes(level)).length;
}

/** How many units are directly below a level: districts of the city, schools of a district. */
export interface ChildCounts {
  districts(): Promise<number>;
  /** An upper bound: the school count of the largest district. */
  schoolsPerDistrict(): Promise<number>;
}

/** What one field costs, from its coerced arguments. */
type Estimator = (args: Record<string, unknown>, children: ChildCounts) => Promise<number>;

const ESTIMATORS: Record<string, Estimator> = {
  targetDashboard: async (args, children) => {
    const level = levelOf(args.unit);
    if (!level) return 0;
    const from = Number(args.fromYear);
    const to = Number(args.toYear);
    // a reversed or over-long range is refused by the service before any work
    const years = Number.isInteger(from) && Number.isInteger(to) && to >= from ? to - from + 1 : 0;
    if (years === 0 || years > MAX_YEARS) return 0;
    const below: OrgLevel | null = level === "city" ? "district" : level === "district" ? "school" : null;
    const count =
      below === "district"
        ? await children.districts()
        : below === "school"
          ? await children.schoolsPerDistrict()
          : 0;
    const own = targetCount(level, args.targetIds);
    const theirs = below ? childTargetCount(below, level, args.targetIds) : 0;
    return years * (own + count * theirs);
  },
  targetResults: async (args) => {
    const level = levelOf(args.unit);
    return level ? targetCount(level, args.targetIds) : 0;
  },
};

/** The targets measured below the unit: those of the unit's choice the plan measures at `below`. */
function childTargetCount(below: OrgLevel, level: OrgLevel, targetIds: unknown): number {
  const named = Array.isArray(targetIds) && targetIds.length ? targetIds : null;
  return PLAN_TARGETS.filter(
    (t) => (named ? named.includes(t.id) : t.levels.includes(level)) && t.levels.includes(below),
  ).length;
}

/** The Chinese name of a costed field, and what to narrow. */
const ADVICE: Record<string, string> = {
  targetDashboard:
    "targetDashboard（指标总览）：请缩短学年范围（fromYear—toYear）、减少指标（targetIds）或减少同一请求中的别名",
  targetResults: "targetResults（指标结果）：请减少指标（targetIds）或同一请求中的别名",
};

/** The refusal of a request over the budget. */
export function tooExpensive(field: string, found: number, max = REQUEST_COST_BUDGET): GraphQLError {
  return new GraphQLError(
    `请求的计算量过大：估算 ${found} 项指标结果，单次请求上限 ${max}。最耗时的字段是 ${ADVICE[field] ?? field}，或分多次查询`,
    { extensions: { code: "QUERY_TOO_EXPENSIVE", field, max, found, http: { status: 400 } } },
  );
}

/** Every root field of the operation, through inline fragments and fragment spreads. */
function rootFields(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): FieldNode[] {
  const out: FieldNode[] = [];
  for (const s of selectionSet.selections) {
    if (s.kind === Kind.FIELD) out.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) out.push(...rootFields(s.selectionSet, fragments, seen));
    else {
      const fragment = fragments[s.name.value];
      // a fragment spread twice costs twice (graphql-js runs its fields once per response key,
      // but aliases inside it are distinct keys); a cycle is a validation error already
      if (fragment && !seen.has(s.name.value)) {
        out.push(...rootFields(fragment.selectionSet, fragments, new Set([...seen, s.name.value])));
      }
    }
  }
  return out;
}

/**
 * The estimate of an operation: its total and its most expensive field. `counts` is asked only
 * when a costed field needs it.
 */
export async function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  counts: ChildCounts,
): Promise<{ total: number; field: string | null }> {
  const root = operation.operation === "query" ? schema.getQueryType() : null;
  if (!root) return { total: 0, field: null };
  const defs = root.getFields();
  const perField = new Map<string, number>();
  let total = 0;
  for (const node of rootFields(operation.selectionSet, fragments)) {
    const name = node.name.value;
    const estimate = ESTIMATORS[name];
    const def = defs[name];
    if (!estimate || !def) continue;
    // untyped: the execution coerces (and reports) the arguments; a missing one reads undefined
    const args: Record<string, unknown> = {};
    for (const a of node.arguments ?? []) args[a.name.value] = valueFromASTUntyped(a.value, variables);
    const cost = await estimate(args, counts);
    total += cost;
    perField.set(name, (perField.get(name) ?? 0) + cost);
  }
  const field = [...perField.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return { total, field };
}

/** The unit counts, read once per request and only when needed (one statement each). */
function childCounts(ctx: Context): ChildCounts {
  const db = ctx.readDb ?? ctx.db;
  let districts: Promise<number> | null = null;
  let schools: Promise<number> | null = null;
  return {
    districts: () => {
      districts ??= db
        .execute(sql`select count(*) as n from districts`)
        .then((r) => Number(toRows(r)[0]?.n ?? 0));
      return districts;
    },
    schoolsPerDistrict: () => {
      schools ??= db
        .execute(sql`select count(*) as n from schools group by district_id order by 1 desc limit 1`)
        .then((r) => Number(toRows(r)[0]?.n ?? 0));
      return schools;
    },
  };
}

/**
 * The Apollo plugin: once the operation is known (parsed, validated, variables at hand) and before
 * it runs, its cost is estimated and a request over `budget` is refused (HTTP 400,
 * QUERY_TOO_EXPENSIVE).
 */
export function costPlugin(budget = REQUEST_COST_BUDGET): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) {
            if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          }
          const { total, field } = await operationCost(
            schema,
            operation,
            fragments,
            request.variables ?? {},
            childCounts(contextValue),
          );
          if (total > budget && field) throw tooExpensive(field, total, budget);
        },
      };
    },
  };
}
