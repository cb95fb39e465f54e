/**
 * The default-deny guard (授权兜底): authorization is not opt-in per resolver.
 *
 * Every root field of Query and Mutation (read from the merged SDL, so a new field is covered
 * the moment it exists) is wrapped at schema build (`guardRootFields`, server.ts). For each root
 * field of each request the wrapper:
 * 1. refuses an anonymous request with UNAUTHENTICATED before the resolver runs, unless the
 *    field is in PUBLIC_FIELDS;
 * 2. runs the resolver with its own record and a context of its own, whose `access()` is the
 *    request's scoped access layer seen through that record (`ScopedAccess.recordingInto`:
 *    same viewer, clock and per-request loaders). Every check of that layer (assertCan, allows,
 *    schoolScopeCondition, district/school/districts/schools/schoolCount/districtOf,
 *    resolveUnit/ownUnit, city, and sharedCatalogue for data the same for every logged-in
 *    viewer) sets the record's flag. Two root fields of one request (which run at once) thus
 *    never lend each other a check, and a nested field, which graphql-js hands the request's
 *    own context, records nothing: its check (run after the root answered) does not count;
 * 3. when the resolver returned without ever consulting the access layer and the field is not
 *    public, throws FORBIDDEN in place of its result (the data is never sent) and logs the
 *    field name at error level: a resolver that forgot its check fails the request (and the
 *    root-field × role matrix test, authz/matrix.test.ts) instead of leaking.
 * Errors the resolver throws itself pass through unchanged (they carry no data).
 *
 * Cost: a few small objects per root field; no SQL statement. Not AsyncLocalStorage, which did
 * this before: on Node 20 its first use turns on a promise hook for every promise of the process
 * for good (issue 15; the figures in README "Benchmark").
 * Source: issue 11 (“Writing outside one's scope”).
 */
import { defaultFieldResolver, type GraphQLFieldResolver, Kind, parse } from "graphql";
import { forbidden, unauthenticated } from "../errors.ts";

/**
 * The root fields anyone may call without the scoped access layer, each with why. The only
 * list of its kind: a field not named here must consult the access layer, or it is refused.
 */
export const PUBLIC_FIELDS: ReadonlyMap<string, string> = new Map([
  ["Query.health", "liveness for probes: database up or not, no data"],
  ["Query.city", "the city's name and titles for the login page (org/resolvers.ts)"],
  ["Query.passwordPolicy", "the password rules shown on the change-password form"],
  ["Query.viewer", "the caller's own session (null when anonymous); its fields use accessAs"],
  ["Mutation.login", "opens a session; checks the password itself"],
  ["Mutation.logout", "ends the caller's own session (the token it sent), if any"],
  ["Mutation.changePassword", "the caller's own password; refuses anonymous itself (UNAUTHENTICATED)"],
]);

/** What one root field's resolution recorded (set by the scoped access layer, access.ts). */
export interface FieldRecord {
  consulted: boolean;
}

/** The scoped access layer as the guard sees it: a view of it that records into a FieldRecord. */
interface RecordingAccess {
  recordingInto(record: FieldRecord): unknown;
}

/** The slice of the request context the guard reads. */
interface GuardContext {
  viewer: unknown;
  log: { error(obj: object, msg: string): void };
  /** The request's scoped access layer (context.ts; throws for anonymous and one-time passwords). */
  access(): RecordingAccess;
}

type ResolverMap = Record<string, unknown>;
type FieldResolver = GraphQLFieldResolver<unknown, GuardContext>;

/** The Query and Mutation field names of an SDL (type definitions and extensions). */
export function rootFieldNames(typeDefs: string): { Query: string[]; Mutation: string[] } {
  const out = { Query: [] as string[], Mutation: [] as string[] };
  for (const def of parse(typeDefs).definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const type = def.name.value;
    if (type !== "Query" && type !== "Mutation") continue;
    for (const f of def.fields ?? []) out[type].push(f.name.value);
  }
  return out;
}

function guard(name: string, resolve: FieldResolver): FieldResolver {
  if (PUBLIC_FIELDS.has(name)) return resolve;
  return async (parent, args, ctx, info) => {
    if (!ctx.viewer) throw unauthenticated();
    const record: FieldRecord = { consulted: false };
    // the resolver's own context: the same, but its access layer records into `record`
    const fieldCtx: GuardContext = {
      ...ctx,
      access: () => ctx.access().recordingInto(record) as RecordingAccess,
    };
    const result = await resolve(parent, args, fieldCtx, info);
    if (!record.consulted) {
      ctx.log.error({ field: name }, "authz guard: root field resolved without the scoped access layer");
      throw forbidden();
    }
    return result;
  };
}

/**
 * The resolvers with every Query and Mutation field of `typeDefs` wrapped by the guard (fields
 * without a resolver get graphql's default one, wrapped). Other types are returned as they are.
 */
export function guardRootFields<R extends ResolverMap>(resolvers: R, typeDefs: string): R {
  const fields = rootFieldNames(typeDefs);
  const out: ResolverMap = { ...resolvers };
  for (const type of ["Query", "Mutation"] as const) {
    const given = (resolvers[type] ?? {}) as Record<string, FieldResolver | undefined>;
    const wrapped: Record<string, unknown> = { ...given };
    for (const field of fields[type]) {
      wrapped[field] = guard(`${type}.${field}`, given[field] ?? (defaultFieldResolver as FieldResolver));
    }
    out[type] = wrapped;
  }
  return out as R;
}
