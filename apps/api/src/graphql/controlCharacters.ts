/**
 * Control characters in text inputs, refused in one place before any resolver runs: a NUL byte
 * (U+0000) cannot be stored in a PostgreSQL `text` column (the driver fails, the request would
 * answer INTERNAL_SERVER_ERROR), and the other C0 controls but tab, line feed and carriage
 * return (U+0001–U+0008, U+000B, U+000C, U+000E–U+001F, U+007F DEL) have no place in a name, a
 * note or a search. Every String and ID of every argument is checked, whether written in the
 * document or sent as a variable (or a variable's default), at any depth of input objects and
 * lists.
 *
 * Refusal: BAD_USER_INPUT, HTTP 400, `extensions.field` = the path from the argument
 * ("input.username", "filter.search", "input.grades[0].stage", "notes"), message
 * "字段 input.username 包含不允许的控制字符". Nothing runs, so nothing is written.
 */
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import {
  type ArgumentNode,
  type DocumentNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type ValueNode,
  visit,
} from "graphql";

/** Whether a UTF-16 code unit is a refused control character: C0 and DEL; tab 9, line feed 10 and carriage return 13 are text. */
export function isControlCharacter(c: number): boolean {
  return (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127;
}

/** Whether `text` holds a refused control character (see the module comment). */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isControlCharacter(text.charCodeAt(i))) return true;
  return false;
}

/** `text` without its control characters (e.g. a cell of an uploaded workbook). */
export function withoutControlCharacters(text: string): string {
  return hasControlCharacter(text)
    ? [...text].filter((ch) => !isControlCharacter(ch.charCodeAt(0))).join("")
    : text;
}

/** The refusal of a text input at `field` holding a control character. */
export function controlCharacterError(field: string): GraphQLError {
  return new GraphQLError(`字段 ${field} 包含不允许的控制字符`, {
    extensions: { code: "BAD_USER_INPUT", field, http: { status: 400 } },
  });
}

/** The first path in a variable's JSON value whose string holds a control character, or null. */
function inJson(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === "string") return hasControlCharacter(value) ? path : null;
  if (depth > 64 || !value || typeof value !== "object") return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = inJson(value[i], `${path}[${i}]`, depth + 1);
      if (hit) return hit;
    }
    return null;
  }
  for (const [key, v] of Object.entries(value)) {
    const hit = inJson(v, `${path}.${key}`, depth + 1);
    if (hit) return hit;
    // a key is text too, though graphql-js refuses unknown input fields
    if (hasControlCharacter(key)) return `${path}.${key}`;
  }
  return null;
}

/**
 * One check of an operation's argument texts, in document order: a literal already found to hold
 * a control character (`path`), or a variable read at `path` (checked against the request's value,
 * else its default, whose own first hit is `defaultHit`).
 */
type Check = { path: string } | { variable: string; path: string; defaultHit: string | null };

/**
 * The checks of `operation` (and the fragments of `document`): the literals are read once here,
 * the variables are left for each request. Clean literals leave no check behind.
 */
function checksOf(document: DocumentNode, operation: OperationDefinitionNode): Check[] {
  const defaults = new Map<string, ValueNode>();
  for (const def of operation.variableDefinitions ?? []) {
    if (def.defaultValue) defaults.set(def.variable.name.value, def.defaultValue);
  }
  const checks: Check[] = [];
  // the first literal hit of a value; variables inside it are recorded as checks in order
  const inValue = (node: ValueNode, path: string, out: Check[]): void => {
    switch (node.kind) {
      case Kind.STRING:
        if (hasControlCharacter(node.value)) out.push({ path });
        return;
      case Kind.LIST:
        for (let i = 0; i < node.values.length; i++) inValue(node.values[i]!, `${path}[${i}]`, out);
        return;
      case Kind.OBJECT:
        for (const f of node.fields) inValue(f.value, `${path}.${f.name.value}`, out);
        return;
      case Kind.VARIABLE: {
        const name = node.name.value;
        const fallback = defaults.get(name);
        const inDefault: Check[] = [];
        if (fallback) inValue(fallback, path, inDefault);
        const first = inDefault[0];
        out.push({ variable: name, path, defaultHit: first && !("variable" in first) ? first.path : null });
        return;
      }
      default:
        return;
    }
  };
  // the operation and every fragment (validation refuses unused ones)
  for (const def of document.definitions) {
    if (def !== operation && def.kind !== Kind.FRAGMENT_DEFINITION) continue;
    visit(def, { Argument: (arg: ArgumentNode) => inValue(arg.value, arg.name.value, checks) });
  }
  return checks;
}

/**
 * The checks of each operation of a parsed document, made on its first request: Apollo keeps a
 * validated document (its document store) and hands every request for the same text the same
 * DocumentNode, so a trusted document's literals are read once (issue 15, per-request overhead),
 * not on each request. Keyed weakly: nothing outlives the document, and nothing of a request
 * (no variable's value) is kept.
 */
const checksByDocument = new WeakMap<DocumentNode, WeakMap<OperationDefinitionNode, Check[]>>();

/**
 * The first argument path holding a control character in `operation` (and the fragments of
 * `document`), with `variables` as sent; null when every text is clean.
 */
export function findControlCharacter(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | undefined,
): string | null {
  let byOperation = checksByDocument.get(document);
  if (!byOperation) {
    byOperation = new WeakMap();
    checksByDocument.set(document, byOperation);
  }
  let checks = byOperation.get(operation);
  if (!checks) {
    checks = checksOf(document, operation);
    byOperation.set(operation, checks);
  }
  for (const check of checks) {
    if (!("variable" in check)) return check.path;
    // a variable's default that no argument reads cannot reach a resolver; the operation's name
    // and the variables' names are checked by the parser
    const hit =
      variables && Object.hasOwn(variables, check.variable)
        ? inJson(variables[check.variable], check.path)
        : check.defaultHit;
    if (hit) return hit;
  }
  return null;
}

/** The Apollo plugin refusing a request whose text inputs hold a control character. */
export function controlCharacterPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const field = findControlCharacter(document, operation, request.variables);
          if (field) throw controlCharacterError(field);
        },
      };
    },
  };
}
