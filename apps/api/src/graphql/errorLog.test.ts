/**
 * Unexpected errors reach the log without the values a user typed: real driver errors from
 * PGlite and (with DATABASE_URL) PostgreSQL, whose messages carry a name and a birth date, are
 * logged by the request plugin with their SQLSTATE, constraint and SQL text only.
 */
import type { DbHandle } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { sql } from "drizzle-orm";
import { GraphQLError } from "graphql";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Context } from "../context.ts";
import { loggableError } from "./errorLog.ts";
import { loggingPlugin } from "./logging.ts";

const NAME = "王晓燕";
const BIRTH = "1987-13-45";

/** The error a statement raises, as the resolver would have caught it. */
async function failing(h: DbHandle, statement: ReturnType<typeof sql>): Promise<unknown> {
  try {
    await h.db.execute(statement);
  } catch (e) {
    return e;
  }
  throw new Error("the statement did not fail");
}

describe.each(testBackends())("error logs on $name", (backend) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await backend.open();
  });
  afterAll(() => h?.close());

  it("keep the SQLSTATE and the statement, not the values", async () => {
    const error = await failing(h, sql`select ${NAME}::text as name, ${BIRTH}::date as birth`);
    // the raw error holds the values: this is what must not reach the log
    expect(`${(error as Error).message} ${String((error as { cause?: Error }).cause?.message)}`).toContain(
      BIRTH,
    );
    const logged = JSON.stringify(loggableError(error));
    expect(logged).not.toContain(NAME);
    expect(logged).not.toContain(BIRTH);
    expect(loggableError(error)).toMatchObject({
      type: "DrizzleQueryError",
      query: "select $1::text as name, $2::date as birth",
      cause: { code: "22008" },
    });
  });

  it("keep the constraint's name, not the duplicated key", async () => {
    await h.db.execute(sql`create temporary table t_people (name text primary key)`);
    await h.db.execute(sql`insert into t_people values (${NAME})`);
    const error = await failing(h, sql`insert into t_people values (${NAME})`);
    const logged = loggableError(error);
    expect(JSON.stringify(logged)).not.toContain(NAME);
    expect(logged).toMatchObject({ cause: { code: "23505" } });
    expect(JSON.stringify(logged)).toContain("t_people_pkey");
  });

  it("the request plugin logs a resolver's database error that way", async () => {
    const lines: string[] = [];
    const log = pino({ level: "info" }, { write: (line: string) => void lines.push(line) });
    const error = await failing(h, sql`select ${NAME}::text as name, ${BIRTH}::date as birth`);
    const plugin = loggingPlugin({ log });
    const hooks = await plugin.requestDidStart?.({
      contextValue: { viewer: null } as unknown as Context,
    } as never);
    const gqlError = new GraphQLError("x", { path: ["staff"], originalError: error as Error });
    await hooks?.didEncounterErrors?.({ errors: [gqlError] } as never);
    await hooks?.willSendResponse?.({
      operationName: "Staff",
      operation: undefined,
      errors: [gqlError],
    } as never);
    expect(lines.join("\n")).not.toContain(NAME);
    expect(lines.join("\n")).not.toContain(BIRTH);
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed[0]).toMatchObject({
      msg: "resolver error",
      level: 50,
      path: ["staff"],
      error: { cause: { code: "22008" } },
    });
    expect(parsed[1]).toMatchObject({ msg: "graphql", op: "Staff", errors: ["INTERNAL_SERVER_ERROR"] });
  });
});

describe("error logs of our own bugs", () => {
  it("keep their message and frames", () => {
    const logged = loggableError(new TypeError("cannot read x of undefined"));
    expect(logged).toMatchObject({ type: "TypeError", message: "cannot read x of undefined" });
    expect(String(logged.stack)).toMatch(/^\s+at /);
  });
});
