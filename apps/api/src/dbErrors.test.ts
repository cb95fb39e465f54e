/**
 * Which errors count as a lost or refused database connection (DATABASE_UNAVAILABLE,
 * retryable) and which stay what they are. A refused connection is a real one (postgres.js to
 * a closed loopback port); the server's errors are built with their real SQLSTATEs and wrapped
 * the way Drizzle and GraphQL wrap them.
 */

import { freePort } from "@edu2035/db/testing";
import { DrizzleQueryError } from "drizzle-orm/errors";
import { GraphQLError } from "graphql";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { formatDatabaseUnavailable, isDatabaseUnavailable } from "./dbErrors.ts";

/** An error shaped as postgres.js makes them: `code` is its own code or the SQLSTATE. */
const pgError = (code: string) => Object.assign(new Error(`error ${code}`), { code });

describe("isDatabaseUnavailable", () => {
  it("is true for a refused connection (postgres.js to a closed port), wrapped or not", async () => {
    const port = await freePort();
    const sql = postgres(`postgres://postgres@127.0.0.1:${port}/none`, { max: 1, connect_timeout: 10 });
    const refused = await sql`select 1`.then(
      () => null,
      (e: unknown) => e,
    );
    await sql.end({ timeout: 1 });
    expect((refused as { code?: string } | null)?.code).toBe("ECONNREFUSED");
    expect(isDatabaseUnavailable(refused)).toBe(true);
    const wrapped = new GraphQLError("x", {
      originalError: new DrizzleQueryError("select 1", [], refused as Error),
    });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });

  it.each([
    "CONNECTION_CLOSED",
    "CONNECTION_ENDED",
    "CONNECTION_DESTROYED",
    "CONNECT_TIMEOUT",
    "ECONNRESET",
    "57P01", // admin_shutdown (pg_terminate_backend, a fast shutdown)
    "57P02", // crash_shutdown
    "57P03", // cannot_connect_now (starting up)
    "08006", // connection_failure
    "08001", // sqlclient_unable_to_establish_sqlconnection
  ])("is true for %s", (code) => {
    expect(isDatabaseUnavailable(pgError(code))).toBe(true);
    expect(isDatabaseUnavailable(new DrizzleQueryError("select 1", [], pgError(code)))).toBe(true);
  });

  it("is true for an AggregateError of connection attempts (IPv4 and IPv6)", () => {
    expect(
      isDatabaseUnavailable(new AggregateError([pgError("ECONNREFUSED"), pgError("ECONNREFUSED")])),
    ).toBe(true);
  });

  it.each([
    "23505", // unique_violation: a bug or a race, not an outage
    "40001", // serialization_failure
    "57014", // query_canceled (statement timeout)
    "42P01", // undefined_table
    "UNDEFINED_VALUE",
  ])("is false for %s", (code) => {
    expect(isDatabaseUnavailable(pgError(code))).toBe(false);
    expect(isDatabaseUnavailable(new DrizzleQueryError("select 1", [], pgError(code)))).toBe(false);
  });

  it("is false for ordinary errors and non-errors", () => {
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(
      isDatabaseUnavailable(new GraphQLError("无权访问该数据", { extensions: { code: "FORBIDDEN" } })),
    ).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("CONNECTION_CLOSED")).toBe(false);
  });
});

describe("formatDatabaseUnavailable", () => {
  it("answers DATABASE_UNAVAILABLE, retryable, with the field path, for a lost connection", () => {
    const error = new GraphQLError("write CONNECTION_CLOSED 127.0.0.1:5432", {
      path: ["carryOverRoster"],
      originalError: pgError("CONNECTION_CLOSED"),
    });
    expect(formatDatabaseUnavailable(error.toJSON(), error)).toEqual({
      message: "数据库连接中断，请稍后重试",
      path: ["carryOverRoster"],
      extensions: { code: "DATABASE_UNAVAILABLE", retryable: true },
    });
  });

  it("leaves every other error alone", () => {
    const error = new GraphQLError("boom", { originalError: new Error("boom") });
    expect(formatDatabaseUnavailable(error.toJSON(), error)).toBeNull();
  });
});
