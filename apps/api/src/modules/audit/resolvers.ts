import { auditActionLabel } from "@edu2035/domain";
import { GraphQLScalarType } from "graphql";
import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { auditPage } from "./service.ts";

/** JSON values pass through as they are. */
const JSONScalar = new GraphQLScalarType({
  name: "JSON",
  description: "Any JSON value",
  serialize: (v) => v,
  parseValue: (v) => v,
});

export const auditResolvers: Resolvers = {
  JSON: JSONScalar,
  Query: {
    auditLog: (_p, { filter, page, pageSize }, ctx) =>
      auditPage(ctx.access(), filter, page ?? 1, pageSize ?? 50),
  },
  AuditEntry: {
    id: (e) => String(e.id),
    actionLabel: (e) => auditActionLabel(e.action),
    school: (e, _a, ctx) => (e.schoolId ? ctx.access().school(e.schoolId) : null),
    district: (e, _a, ctx) => ctx.access().districtOf(e),
  },
};
