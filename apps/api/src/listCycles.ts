/**
 * A query limit graphql-armor's depth and cost limits miss: a list field that selects, further
 * down, the same list field again (`schools { district { schools { district { schools … } } } }`).
 * Each round multiplies the answer by the length of the list (135 schools: 135³ rows at the
 * third round), so one request could hold the API for minutes and exhaust its memory, whatever
 * its depth. No screen needs such a loop: a list field may appear once on any path.
 */
import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";

// Types are inspected by shape, not with graphql's isListType/isObjectType: those use
// instanceof, which fails when Apollo's copy of graphql (CommonJS) built the schema and this
// module loaded the ES module copy.

/** The fields of an object or interface type; null for scalars, enums and unions. */
function fieldsOf(type: GraphQLNamedType): Record<string, GraphQLField<unknown, unknown>> | null {
  const t = type as { getFields?: () => Record<string, GraphQLField<unknown, unknown>> };
  return typeof t.getFields === "function" && !("getValues" in type) ? t.getFields() : null;
}

/** Whether a field's type is a list (under an optional non-null). */
function isList(type: GraphQLType): boolean {
  return String(type).replace(/!$/, "").startsWith("[");
}

/** The named type under lists and non-nulls. */
function namedType(type: GraphQLType): GraphQLNamedType {
  let t = type as GraphQLType & { ofType?: GraphQLType };
  while (t.ofType) t = t.ofType as GraphQLType & { ofType?: GraphQLType };
  return t as GraphQLNamedType;
}

/**
 * Validation rule: refuse an operation in which a list-returning field (Type.field) appears
 * again inside its own selection. Fragments are followed (each at most once per path).
 */
export function noRepeatedListFields(context: ValidationContext): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of context.getDocument().definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  }
  const schema = context.getSchema();

  function walk(
    set: SelectionSetNode,
    parent: GraphQLNamedType,
    lists: ReadonlySet<string>,
    spread: ReadonlySet<string>,
  ): string | null {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const field = sel.selectionSet ? fieldsOf(parent)?.[sel.name.value] : undefined;
        if (!field || !sel.selectionSet) continue;
        const coordinate = `${parent.name}.${field.name}`;
        const list = isList(field.type);
        if (list && lists.has(coordinate)) return coordinate;
        const found = walk(
          sel.selectionSet,
          namedType(field.type),
          list ? new Set([...lists, coordinate]) : lists,
          spread,
        );
        if (found) return found;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) ?? parent) : parent;
        const found = walk(sel.selectionSet, type, lists, spread);
        if (found) return found;
      } else {
        const name = sel.name.value;
        const fragment = fragments.get(name);
        if (!fragment || spread.has(name)) continue;
        const type = schema.getType(fragment.typeCondition.name.value) ?? parent;
        const found = walk(fragment.selectionSet, type, lists, new Set([...spread, name]));
        if (found) return found;
      }
    }
    return null;
  }

  return {
    OperationDefinition(node) {
      const root =
        node.operation === "query"
          ? schema.getQueryType()
          : node.operation === "mutation"
            ? schema.getMutationType()
            : schema.getSubscriptionType();
      if (!root) return;
      const repeated = walk(node.selectionSet, root, new Set(), new Set());
      if (repeated) {
        context.reportError(
          new GraphQLError(
            `查询中列表字段 ${repeated} 在自身的选择中重复出现，结果会成倍膨胀，已拒绝执行；请拆分为多个查询`,
            // Apollo answers validation errors with code GRAPHQL_VALIDATION_FAILED
            { nodes: [node] },
          ),
        );
      }
    },
  };
}
