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
 * - `targetDashboard` = years × (results of the unit + children × results at the children's
 *   level) + the fixed work: measured years × (1 + children) × the 4 families of aggregation
 *   (staff roster, reports, inputs, registers). A C1–C7 target gives one result per stage (2).
 *   Children: the city's districts, or for a district an upper bound, the school count of the
 *   city's largest district (one light statement per request, only when a dashboard is asked
 *   for; not the named district's own count, so a refusal tells nothing about a district
 *   outside the viewer's scope).
 * - `targetDashboardTable` (the compact 指标总览, issue 15): as `targetDashboard`, with only the
 *   page of children judged: years × (results of the unit + min(childrenLimit, children) ×
 *   results at the children's level) + the same fixed work (the aggregation reads every child).
 *   childrenLimit as the service takes it: default 50, a value outside 1–200 refused before work.
 *   With `schoolTypes` (学校类别, a district's schools of those types only below it) the children
 *   judged are counted as the filter leaves them: an upper bound, the largest number of schools of
 *   those types in one district; the fixed work still counts every school (the district's own row
 *   is of all its schools).
 * - `exportTargetDashboardExcel`: a one-year dashboard (its `schoolTypes` as the table's);
 *   `monitoringReport`: the dashboard of up to 16 years it is written from.
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
import {
  BALANCE_STAGES,
  FIRST_SCHOOL_YEAR,
  type OrgLevel,
  PLAN_TARGETS,
  type PlanTarget,
  SCHOOL_TYPES,
  type SchoolType,
} from "@edu2035/domain";
import { type SQL, sql } from "drizzle-orm";
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
import { WorkLimiter } from "./workLimiter.ts";

/**
 * The budget of one request, in measured results. A full district dashboard over the longest
 * range the apps ask (2020–2035, the demo's largest district of 70 schools: 16 × (45 + 70 × 33)
 * + the fixed work 17 × 71 × 4 = 42,508, one to three seconds of measuring) fits; two of them,
 * or 20 over 2010–2025 (20 × 39,668 = 793,360), do not.
 */
export const REQUEST_COST_BUDGET = 50_000;

/**
 * From this estimate on, a request is expensive: it waits for one of the process's few slots
 * for expensive work (workLimiter.ts) before it runs. A one-year district dashboard (3,207 on
 * the demo) is; a school's own trend (≤ 612) and the city's dashboard (964 for 2020–2025) are not.
 */
export const EXPENSIVE_REQUEST_COST = 2_000;

/** The longest range a dashboard may ask for (as the service checks; service.ts MAX_DASHBOARD_YEARS). */
const MAX_YEARS = 16;

/**
 * The families of statements that aggregate a unit's data for one school year (the staff roster,
 * annual reports, district inputs, registers: indicators/measures.ts), each counted as one
 * measured result per unit and measured year: the fixed work besides judging each target.
 */
const MEASURE_FAMILIES = 4;

/** The org level of an `OrgUnitInput` argument, lower-case as the domain spells it. */
function levelOf(unit: unknown): OrgLevel | null {
  const level = (unit as { level?: unknown } | null)?.level;
  return level === "CITY" ? "city" : level === "DISTRICT" ? "district" : level === "SCHOOL" ? "school" : null;
}

/**
 * The results a target gives per unit and year: one per stage (小学, 初中) for the C1–C7 优质均衡
 * indicators, whose assessment runs per school year and stage; one for every other target.
 */
function resultsOf(t: PlanTarget): number {
  return t.group === "C" ? BALANCE_STAGES.length : 1;
}

/** The results per unit and year of the targets a field measures: those named, or every target measured at the level. */
function targetCount(level: OrgLevel, targetIds: unknown): number {
  const named = Array.isArray(targetIds) && targetIds.length ? targetIds : null;
  return PLAN_TARGETS.filter((t) => (named ? named.includes(t.id) : t.levels.includes(level))).reduce(
    (n, t) => n + resultsOf(t),
    0,
  );
}

/**
 * The school years the measures read for a range: the range, the year before each (逐年不降低)
 * and the plan's first year (the baseline), none before the year before the first
 * (indicators/service.ts measureAndJudge).
 */
function measuredYears(from: number, to: number): number {
  const all = new Set<number>();
  for (let y = from; y <= to; y++) {
    all.add(y);
    all.add(y - 1);
  }
  all.add(FIRST_SCHOOL_YEAR);
  return [...all].filter((y) => y >= FIRST_SCHOOL_YEAR - 1).length;
}

/** How many units are directly below a level: districts of the city, schools of a district. */
export interface ChildCounts {
  districts(): Promise<number>;
  /**
   * An upper bound: the school count of the largest district; with `types` (学校类别), the
   * largest count of schools of those types in one district.
   */
  schoolsPerDistrict(types?: readonly SchoolType[] | null): Promise<number>;
}

/**
 * The 学校类别 of a `schoolTypes` argument as the domain spells them (GraphQL `PRIMARY` →
 * `primary`); null when none is given or a value is not a SchoolType (the execution refuses it,
 * naming the field, before any work).
 */
function schoolTypesOf(arg: unknown): SchoolType[] | null {
  if (!Array.isArray(arg) || arg.length === 0) return null;
  const types = arg.map((v) => (typeof v === "string" ? v.toLowerCase() : ""));
  return types.every((t): t is SchoolType => (SCHOOL_TYPES as readonly string[]).includes(t))
    ? [...new Set(types)]
    : null;
}

/** What one field costs, from its coerced arguments. */
type Estimator = (args: Record<string, unknown>, children: ChildCounts) => Promise<number>;

/**
 * A dashboard of the unit and the units directly below it over `from`–`to`: each (unit, year,
 * target) judged — C1–C7 once per stage — plus the fixed work per unit and measured year (the
 * families' aggregation, {@link MEASURE_FAMILIES}).
 */
async function dashboardCost(
  args: Record<string, unknown>,
  from: number,
  to: number,
  children: ChildCounts,
  /** How many children are judged at most (a page); default all. */
  pageLimit = Number.POSITIVE_INFINITY,
): Promise<number> {
  const level = levelOf(args.unit);
  if (!level) return 0;
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
  // 学校类别 narrows the schools judged below a district, not the district's own aggregation
  const types = below === "school" ? schoolTypesOf(args.schoolTypes) : null;
  const judged = types ? await children.schoolsPerDistrict(types) : count;
  const own = targetCount(level, args.targetIds);
  const theirs = below ? childTargetCount(below, level, args.targetIds) : 0;
  const fixed = measuredYears(from, to) * (1 + count) * MEASURE_FAMILIES;
  return years * (own + Math.min(judged, pageLimit) * theirs) + fixed;
}

const ESTIMATORS: Record<string, Estimator> = {
  targetDashboard: (args, children) =>
    dashboardCost(args, Number(args.fromYear), Number(args.toYear), children),
  // the compact 指标总览: a page of the children judged (indicators/table.ts)
  targetDashboardTable: (args, children) => {
    const limit =
      args.childrenLimit === undefined || args.childrenLimit === null ? 50 : Number(args.childrenLimit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) return Promise.resolve(0);
    return dashboardCost(args, Number(args.fromYear), Number(args.toYear), children, limit);
  },
  // one school year's dashboard, written to a workbook (excel/dashboardExcel.ts)
  exportTargetDashboardExcel: (args, children) =>
    dashboardCost(args, Number(args.schoolYear), Number(args.schoolYear), children),
  // the annual report: the dashboard of up to 16 years to the report's (monitoringReport/service.ts)
  monitoringReport: (args, children) => {
    const to = Number(args.schoolYear);
    return dashboardCost(args, Math.max(FIRST_SCHOOL_YEAR, to - MAX_YEARS + 1), to, children);
  },
  targetResults: async (args) => {
    const level = levelOf(args.unit);
    return level ? targetCount(level, args.targetIds) : 0;
  },
};

/** The results per unit and year measured below the unit: of the unit's targets (or those named), those the plan measures at `below`. */
function childTargetCount(below: OrgLevel, level: OrgLevel, targetIds: unknown): number {
  const named = Array.isArray(targetIds) && targetIds.length ? targetIds : null;
  return PLAN_TARGETS.filter(
    (t) => (named ? named.includes(t.id) : t.levels.includes(level)) && t.levels.includes(below),
  ).reduce((n, t) => n + resultsOf(t), 0);
}

/** The Chinese name of a costed field, and what to narrow. */
const ADVICE: Record<string, string> = {
  targetDashboard:
    "targetDashboard（指标总览）：请缩短学年范围（fromYear—toYear）、减少指标（targetIds）或减少同一请求中的别名",
  targetDashboardTable:
    "targetDashboardTable（指标总览）：请缩短学年范围（fromYear—toYear）、减少每页单位数（childrenLimit）或减少同一请求中的别名",
  exportTargetDashboardExcel: "exportTargetDashboardExcel（指标总览导出）：请减少同一请求中的别名",
  monitoringReport: "monitoringReport（监测报告）：请减少同一请求中的别名",
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

/**
 * The unit counts, each read only when a costed field needs it, in one light statement, once per
 * request: the districts (a city dashboard), the largest district's schools (a district's: an
 * index-only count of every school, which grows with the city — 0.2 ms at 1,001 schools, 2.5 ms
 * at 10,010 — so never read for the city, issue 15); with a 学校类别 filter one more statement
 * per distinct filter (the largest district's count of schools of those types); nothing is kept
 * between requests.
 */
export function childCounts(ctx: Pick<Context, "db" | "readDb">): ChildCounts {
  const db = ctx.readDb ?? ctx.db;
  const count = (query: SQL) => db.execute(query).then((r) => Number(toRows(r)[0]?.n ?? 0));
  const ofTypes = new Map<string, Promise<number>>();
  const typed = (types: readonly SchoolType[]) => {
    const key = [...types].sort().join(",");
    let n = ofTypes.get(key);
    if (!n) {
      n = count(
        sql`select count(*) as n from schools
            where type in (${sql.join(
              types.map((t) => sql`${t}`),
              sql`, `,
            )})
            group by district_id order by 1 desc limit 1`,
      );
      ofTypes.set(key, n);
    }
    return n;
  };
  let districts: Promise<number> | null = null;
  let schools: Promise<number> | null = null;
  return {
    districts: () => {
      districts ??= count(sql`select count(*) as n from districts`);
      return districts;
    },
    schoolsPerDistrict: (types) => {
      if (types?.length) return typed(types);
      schools ??= count(sql`select count(*) as n from schools group by district_id order by 1 desc limit 1`);
      return schools;
    },
  };
}

/**
 * The Apollo plugin: once the operation is known (parsed, validated, variables at hand) and before
 * it runs, its cost is estimated and a request over `budget` is refused (HTTP 400,
 * QUERY_TOO_EXPENSIVE); an expensive one (≥ EXPENSIVE_REQUEST_COST) then waits for a slot of
 * `limiter` (workLimiter.ts: SERVER_BUSY, HTTP 429, when none comes), given back when its
 * response is sent.
 */
export function costPlugin(
  budget = REQUEST_COST_BUDGET,
  limiter: WorkLimiter = new WorkLimiter(),
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let release: (() => void) | null = null;
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
          if (total >= EXPENSIVE_REQUEST_COST) release = await limiter.acquire();
        },
        async willSendResponse() {
          release?.();
          release = null;
        },
      };
    },
  };
}
