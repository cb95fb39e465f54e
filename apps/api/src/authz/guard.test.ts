/**
 * The default-deny guard (guard.ts) on a throwaway schema: a root field whose resolver never
 * consults the scoped access layer is refused with FORBIDDEN and logged, whatever it returned;
 * one that does answers; public fields answer anyone; anonymous requests never reach a
 * non-public resolver. No database: the policy checks (assertCan) need none.
 */
import { ApolloServer } from "@apollo/server";
import type { Db } from "@edu2035/db";
import { describe, expect, it } from "vitest";
import { ScopedAccess } from "./access.ts";
import { guardRootFields, PUBLIC_FIELDS, rootFieldNames } from "./guard.ts";
import type { Viewer } from "./viewer.ts";

const typeDefs = /* GraphQL */ `
  type Query {
    "public in guard.ts (the real schema's liveness field)"
    health: String
    leaky: String
    checked: String
    slowLeaky: String
    nested: Box
  }
  type Box {
    secret: String
  }
  type Mutation {
    noResolver: Boolean
  }
  extend type Query {
    extended: String
  }
`;

interface TestContext {
  viewer: Viewer | null;
  log: { error(obj: object, msg: string): void };
  access(): ScopedAccess;
}

const CITY: Viewer = {
  userId: "00000000-0000-4000-8000-000000000001",
  level: "city",
  username: "city",
  displayName: "市教育局",
  mustChangePassword: false,
};

function setup() {
  const ran: string[] = [];
  const logged: object[] = [];
  const resolvers = guardRootFields(
    {
      Query: {
        health: () => "ok",
        leaky: () => {
          ran.push("leaky");
          return "某校花名册";
        },
        checked: (_p: unknown, _a: unknown, ctx: TestContext) => {
          ran.push("checked");
          ctx.access().assertCan("org.read", { level: "city" });
          return "市级数据";
        },
        // consults nothing, and waits while another root field of the request consults
        slowLeaky: async () => {
          await new Promise((resolve) => setTimeout(resolve, 20));
          return "另一字段的数据";
        },
        // the check only in a nested field comes too late: the root answered unchecked
        nested: () => ({}),
        extended: () => "扩展字段",
      },
      Box: {
        secret: (_p: unknown, _a: unknown, ctx: TestContext) => {
          ctx.access().assertCan("org.read", { level: "city" });
          return "secret";
        },
      },
    },
    typeDefs,
  );
  const server = new ApolloServer<TestContext>({ typeDefs, resolvers });
  const contextFor = (viewer: Viewer | null): TestContext => {
    const access = viewer ? new ScopedAccess({} as Db, viewer, {} as Db) : null;
    return {
      viewer,
      log: { error: (obj) => logged.push(obj) },
      access: () => {
        if (!access) throw new Error("anonymous");
        return access;
      },
    };
  };
  const run = async (query: string, viewer: Viewer | null = CITY) => {
    const res = await server.executeOperation({ query }, { contextValue: contextFor(viewer) });
    if (res.body.kind !== "single") throw new Error("incremental response");
    const { data, errors } = res.body.singleResult;
    return { data, codes: (errors ?? []).map((e) => [e.path?.join("."), e.extensions?.code]) };
  };
  return { run, ran, logged };
}

describe("the default-deny guard", () => {
  it("refuses a root field that never consulted the access layer, sends none of its data, logs the field", async () => {
    const { run, ran, logged } = setup();
    const r = await run("{ leaky }");
    expect(ran).toEqual(["leaky"]);
    expect(r.data).toEqual({ leaky: null });
    expect(r.codes).toEqual([["leaky", "FORBIDDEN"]]);
    expect(logged).toEqual([{ field: "Query.leaky" }]);
  });

  it("answers a root field that consulted the policy", async () => {
    const { run, logged } = setup();
    const r = await run("{ checked }");
    expect(r).toEqual({ data: { checked: "市级数据" }, codes: [] });
    expect(logged).toEqual([]);
  });

  it("never lends one root field's check to another of the same request", async () => {
    const { run } = setup();
    const r = await run("{ slowLeaky checked }");
    expect(r.data).toEqual({ slowLeaky: null, checked: "市级数据" });
    expect(r.codes).toEqual([["slowLeaky", "FORBIDDEN"]]);
  });

  it("does not count a check made by a nested field", async () => {
    const { run } = setup();
    const r = await run("{ nested { secret } }");
    expect(r.data).toEqual({ nested: null });
    expect(r.codes).toEqual([["nested", "FORBIDDEN"]]);
  });

  it("guards fields without a resolver and fields of `extend type`", async () => {
    const { run } = setup();
    expect((await run("mutation { noResolver }")).codes).toEqual([["noResolver", "FORBIDDEN"]]);
    expect((await run("{ extended }")).codes).toEqual([["extended", "FORBIDDEN"]]);
  });

  it("refuses anonymous requests before a non-public resolver runs; public fields answer anyone", async () => {
    const { run, ran } = setup();
    const r = await run("{ checked leaky health }", null);
    expect(ran).toEqual([]);
    expect(r.data).toEqual({ checked: null, leaky: null, health: "ok" });
    expect(r.codes).toEqual([
      ["checked", "UNAUTHENTICATED"],
      ["leaky", "UNAUTHENTICATED"],
    ]);
  });

  it("reads the root fields from the SDL, extensions included", () => {
    expect(rootFieldNames(typeDefs)).toEqual({
      Query: ["health", "leaky", "checked", "slowLeaky", "nested", "extended"],
      Mutation: ["noResolver"],
    });
    expect(PUBLIC_FIELDS.has("Query.health")).toBe(true);
  });
});
