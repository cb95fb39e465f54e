import type { Resolvers } from "../../__generated__/resolvers-types.ts";
import { todos } from "./service.ts";

export const todoResolvers: Resolvers = {
  Query: {
    todos: (_p, _a, ctx) => todos(ctx.access()),
  },
};
