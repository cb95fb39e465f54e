/**
 * Query limits, with Chinese messages: graphql-armor's depth, alias, directive and cost limits
 * (validation rules), the token limit of graphql-js's parser, and Apollo's introspection switch.
 *
 * A refused query answers, like any failed validation, `extensions.code`
 * GRAPHQL_VALIDATION_FAILED (GRAPHQL_PARSE_FAILED for the token limit, which applies while
 * parsing), and names the limit in `extensions.validationErrorCode`, the field Apollo uses for
 * its own rules (e.g. INTROSPECTION_DISABLED): MAX_DEPTH, MAX_ALIASES, MAX_DIRECTIVES, MAX_COST,
 * MAX_TOKENS. `extensions.max` is the limit, `extensions.found` what the query had, when known.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLFormattedError, ParseOptions, ValidationContext, ValidationRule } from "graphql";
import { GraphQLError } from "graphql";
import type { Context } from "../context.ts";
import { costPlugin, REQUEST_COST_BUDGET } from "./cost.ts";
import { WORK_LIMITS, WorkLimiter, type WorkLimits } from "./workLimiter.ts";

/** The limits (units: levels, aliases, directives, cost points, lexical tokens). */
export const QUERY_LIMITS = {
  /** Depth of the selection itself: fragment spreads are not levels. */
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 20,
  /** graphql-armor's cost: objects 2, scalars 1, times 1.5 per level. */
  maxCost: 20000,
  maxTokens: 3000,
} as const;

/** What a limit is called in `extensions.validationErrorCode`. */
export type LimitCode = "MAX_DEPTH" | "MAX_ALIASES" | "MAX_DIRECTIVES" | "MAX_COST" | "MAX_TOKENS";

const MESSAGES: Record<LimitCode, (max: number, found: number | null) => string> = {
  MAX_DEPTH: (max, found) =>
    `查询嵌套层数过多：最多 ${max} 层${found === null ? "" : `，本查询 ${found} 层`}`,
  MAX_ALIASES: (max, found) =>
    `查询中的别名过多：最多 ${max} 个${found === null ? "" : `，本查询 ${found} 个`}`,
  MAX_DIRECTIVES: (max, found) =>
    `查询中的指令过多：最多 ${max} 个${found === null ? "" : `，本查询 ${found} 个`}`,
  MAX_COST: (max, found) =>
    `查询的计算量过大：上限 ${max}${found === null ? "" : `，本查询 ${found}`}；请缩小范围或拆分为多个查询`,
  MAX_TOKENS: (max) => `查询过长：最多 ${max} 个词法单元（token），已拒绝解析`,
};

/** The refusal of a query over a limit. `found` is what the query had, when known. */
export function limitError(code: LimitCode, max: number, found: number | null): GraphQLError {
  return new GraphQLError(MESSAGES[code](max, found), {
    extensions: { validationErrorCode: code, max, ...(found === null ? {} : { found }) },
  });
}

/**
 * graphql-armor's options for one limit: it reports our Chinese error to the validation
 * context instead of throwing its English one. The count it found is the last number of its
 * message ("… limit of 12 exceeded, found 13.").
 */
function armorLimit(code: LimitCode, max: number) {
  return {
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | null, error: GraphQLError) => {
        const found = error.message.match(/(\d+)\D*$/)?.[1];
        ctx?.reportError(limitError(code, max, found === undefined ? null : Number(found)));
      },
    ],
  };
}

/**
 * What `new ApolloServer` takes for the limits: graphql-armor's validation rules and plugins
 * (armor's own token limit is off: it fails outside Apollo's error path; graphql-js's parser
 * enforces `maxTokens` instead), and the work budget of a request (cost.ts: QUERY_TOO_EXPENSIVE
 * before anything runs) with the process's slots for expensive requests (workLimiter.ts).
 * @param work the slots (one limiter per call: call once per process, with the server).
 */
export function queryLimits(work: WorkLimits = WORK_LIMITS): {
  plugins: ApolloServerPlugin<Context>[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
} {
  const armor = new ApolloArmor({
    maxDepth: {
      n: QUERY_LIMITS.maxDepth,
      flattenFragments: true,
      ...armorLimit("MAX_DEPTH", QUERY_LIMITS.maxDepth),
    },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...armorLimit("MAX_ALIASES", QUERY_LIMITS.maxAliases) },
    maxDirectives: {
      n: QUERY_LIMITS.maxDirectives,
      ...armorLimit("MAX_DIRECTIVES", QUERY_LIMITS.maxDirectives),
    },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ...armorLimit("MAX_COST", QUERY_LIMITS.maxCost) },
    maxTokens: { enabled: false },
  });
  const { plugins, validationRules } = armor.protect();
  return {
    plugins: [
      ...(plugins as ApolloServerPlugin<Context>[]),
      costPlugin(REQUEST_COST_BUDGET, new WorkLimiter(work)),
    ],
    validationRules,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
  };
}

/**
 * Chinese messages for the refusals Apollo and graphql-js word in English: the parser's token
 * limit and Apollo's introspection switch. Returns the error to send, or null to leave it.
 */
export function translateLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  const ext = formatted.extensions ?? {};
  if (
    ext.code === "GRAPHQL_PARSE_FAILED" &&
    /Document contains more tha[nt] \d+ tokens/.test(formatted.message)
  ) {
    const max = QUERY_LIMITS.maxTokens;
    return {
      message: MESSAGES.MAX_TOKENS(max, null),
      extensions: { code: "GRAPHQL_PARSE_FAILED", validationErrorCode: "MAX_TOKENS", max },
    };
  }
  if (ext.validationErrorCode === "INTROSPECTION_DISABLED") {
    return {
      ...formatted,
      message: "生产环境不提供接口结构查询（introspection）",
    };
  }
  return null;
}
