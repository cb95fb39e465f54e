/**
 * The API process as a server runs it (`node --import tsx src/main.ts`, a child process):
 * - production settings refused, naming the variable (readEnv, and the process's exit);
 * - graceful shutdown on PostgreSQL: a login blocked on a table lock is in flight when
 *   SIGTERM arrives; the process stops accepting connections, waits, and once the lock is
 *   released the login succeeds (its session row is written) and the process exits 0.
 */
import { createDb } from "@edu2035/db";
import { createThrowawayDatabase, type ThrowawayDatabase, until } from "@edu2035/db/testing";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIN_PRODUCTION_KEY_LENGTH, readEnv } from "../env.ts";
import { initCity } from "../modules/auth/accounts.ts";
import { startApiProcess, waitUntilServing } from "../testing/apiProcess.ts";
import { gql } from "../testing.ts";

const DATABASE_URL = readEnv().DATABASE_URL;
const KEY = "k".repeat(MIN_PRODUCTION_KEY_LENGTH);

describe("production settings are refused, naming the variable", () => {
  it("readEnv refuses a missing DATABASE_URL, a missing, published or short ID_HASH_KEY", () => {
    const url = "postgres://edu2035@db.internal:5432/edu2035";
    expect(() => readEnv({ NODE_ENV: "production", ID_HASH_KEY: KEY })).toThrow(/DATABASE_URL 未设置/);
    expect(() => readEnv({ NODE_ENV: "production", DATABASE_URL: url })).toThrow(/ID_HASH_KEY 未设置/);
    expect(() =>
      readEnv({ NODE_ENV: "production", DATABASE_URL: url, ID_HASH_KEY: "edu2035-development-key" }),
    ).toThrow(/ID_HASH_KEY 是公开的开发密钥/);
    expect(() => readEnv({ NODE_ENV: "production", DATABASE_URL: url, ID_HASH_KEY: "k".repeat(31) })).toThrow(
      /ID_HASH_KEY 太短，生产环境至少 32 个字符/,
    );
    expect(() => readEnv({ NODE_ENV: "production" })).toThrow(/DATABASE_URL 未设置.*ID_HASH_KEY 未设置/);
    const env = readEnv({ NODE_ENV: "production", DATABASE_URL: url, ID_HASH_KEY: KEY, API_HOST: "0.0.0.0" });
    expect(env).toMatchObject({
      NODE_ENV: "production",
      ID_HASH_KEY: KEY,
      API_HOST: "0.0.0.0",
      CORS_ORIGINS: [],
    });
  });

  it("readEnv refuses an ID_HASH_KEY with whitespace around it or under 32 characters besides whitespace", () => {
    const url = "postgres://edu2035@db.internal:5432/edu2035";
    const refusal = (key: string) => () =>
      readEnv({ NODE_ENV: "production", DATABASE_URL: url, ID_HASH_KEY: key });
    expect(refusal(" ".repeat(32))).toThrow(
      /ID_HASH_KEY 首尾有空白字符.*ID_HASH_KEY 太短，生产环境至少 32 个字符/,
    );
    expect(refusal(`${KEY}\n`)).toThrow(/ID_HASH_KEY 首尾有空白字符/);
    expect(refusal(` ${KEY}`)).toThrow(/ID_HASH_KEY has leading or trailing whitespace/);
    expect(refusal(`${"k".repeat(16)} ${"k".repeat(15)}`)).toThrow(
      /ID_HASH_KEY must be at least 32 characters in production, not counting whitespace/,
    );
    expect(() => refusal(`${KEY}\n`)()).not.toThrow(/太短/);
    // whitespace inside the key is kept and allowed, as long as 32 other characters remain
    const spaced = `${"k".repeat(16)} ${"k".repeat(16)}`;
    expect(readEnv({ NODE_ENV: "production", DATABASE_URL: url, ID_HASH_KEY: spaced }).ID_HASH_KEY).toBe(
      spaced,
    );
  });

  it("development keeps its defaults (the demo key, PGlite, 127.0.0.1)", () => {
    const env = readEnv({});
    expect(env).toMatchObject({
      NODE_ENV: "development",
      ID_HASH_KEY: "edu2035-development-key",
      API_HOST: "127.0.0.1",
      CORS_ORIGINS: [],
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("the process exits 1 with a message naming ID_HASH_KEY, before touching the database", async () => {
    // port 1: nothing listens there, so a connection attempt would fail differently
    const main = await startApiProcess({
      env: { NODE_ENV: "production", DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" },
    });
    expect(await main.exited).toBe(1);
    expect(main.output()).toContain("ID_HASH_KEY 未设置");
    expect(main.output()).not.toContain("ECONNREFUSED");
  });

  it("a misspelt NODE_ENV is refused, not run as development on a production database", () => {
    expect(() => readEnv({ NODE_ENV: "Production", DATABASE_URL: "postgres://x@db/y" })).toThrow(/NODE_ENV/);
  });

  it("a database that cannot be reached is said in one line, without a stack or the password", async () => {
    const main = await startApiProcess({
      env: {
        NODE_ENV: "production",
        DATABASE_URL: "postgres://edu2035:s3cret@127.0.0.1:1/edu2035",
        ID_HASH_KEY: KEY,
      },
    });
    expect(await main.exited).toBe(1);
    expect(main.output()).toContain("edu2035: 启动失败 (start failed): 无法连接数据库 127.0.0.1:1/edu2035");
    expect(main.output()).toContain("ECONNREFUSED");
    expect(main.output()).not.toContain("s3cret");
    expect(main.output()).not.toMatch(/^\s+at /m);
  });

  it("pnpm admin --help prints the usage and exits 0; an unknown command exits 2", async () => {
    const help = await startApiProcess({ script: "src/cli/admin.ts", args: ["--help"], env: {} });
    expect(await help.exited).toBe(0);
    expect(help.output()).toContain("pnpm admin create-city-admin --username <用户名>");
    const unknown = await startApiProcess({ script: "src/cli/admin.ts", args: ["create-school"], env: {} });
    expect(await unknown.exited).toBe(2);
    expect(unknown.output()).toContain("未知命令 create-school");
  });

  it("pnpm start (the demo) refuses NODE_ENV=production before opening anything", async () => {
    const dev = await startApiProcess({
      script: "src/dev.ts",
      env: { NODE_ENV: "production", DATABASE_URL: "postgres://nobody@127.0.0.1:1/none", ID_HASH_KEY: KEY },
    });
    expect(await dev.exited).toBe(1);
    expect(dev.output()).toContain("pnpm start 是演示环境，不能以 NODE_ENV=production 运行");
    expect(dev.output()).not.toContain("ECONNREFUSED");
  });
});

describe.skipIf(!DATABASE_URL)(
  DATABASE_URL
    ? "graceful shutdown on PostgreSQL"
    : "graceful shutdown (skipped: set DATABASE_URL to a PostgreSQL server to run it)",
  () => {
    let database: ThrowawayDatabase | undefined;
    let name: string;
    let url: string;
    let admin: postgres.Sql;

    beforeAll(async () => {
      admin = postgres(DATABASE_URL!, { max: 1, onnotice: () => {} });
      database = await createThrowawayDatabase(DATABASE_URL!);
      ({ name, url } = database);
      const h = await createDb({ url, maxConnections: 1 });
      await h.migrate();
      await initCity(h.db, {
        city: { name: "乌海市", code: "150300" },
        username: "shutdown01",
        displayName: "停机测试",
        password: "Shutdown2035",
        via: "test",
      });
      await h.close();
    });
    afterAll(async () => {
      await database?.drop();
      await admin?.end();
    });

    it("finishes the request in flight on SIGTERM, then closes the database and exits 0", async () => {
      const main = await startApiProcess({ env: { DATABASE_URL: url, ID_HASH_KEY: KEY } });
      const origin = main.origin;
      try {
        await waitUntilServing(main);
        // hold the sessions table: the login's insert waits behind this lock
        const lockConn = postgres(url, { max: 1, onnotice: () => {} });
        const held = await lockConn.reserve();
        await held`begin`;
        await held`lock table sessions in access exclusive mode`;

        const login = gql<{ login: { token: string } }>(
          `${origin}/graphql`,
          `mutation($input: LoginInput!) { login(input: $input) { token } }`,
          { input: { username: "shutdown01", password: "Shutdown2035", app: "CITY" } },
        );
        await until(
          async () => {
            const [row] = await admin<{ n: number }[]>`
              select count(*)::int as n from pg_stat_activity
              where datname = ${name} and wait_event_type = 'Lock'`;
            return (row?.n ?? 0) > 0;
          },
          120_000,
          "timed out waiting for the login to wait on the lock",
          200,
        );

        main.child.kill("SIGTERM");
        // no longer accepting: a new connection is refused while the login still waits
        await until(
          async () => {
            try {
              await fetch(`${origin}/health`, { headers: { connection: "close" } });
              return false;
            } catch {
              return true;
            }
          },
          120_000,
          "timed out waiting for the listener to close",
          200,
        );
        await new Promise((r) => setTimeout(r, 1000));
        expect(main.hasExited(), main.output()).toBe(false);

        await held`commit`;
        held.release();
        await lockConn.end();

        const r = await login;
        expect(r.errors).toBeUndefined();
        expect(r.data?.login.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(await main.exited, main.output()).toBe(0);
        const check = postgres(url, { max: 1, onnotice: () => {} });
        const [sessions] = await check<{ n: number }[]>`select count(*)::int as n from sessions`;
        await check.end();
        expect(sessions?.n).toBe(1);
        expect(main.output()).not.toMatch(/"level":(50|60)/);
      } finally {
        if (!main.hasExited()) main.child.kill("SIGKILL");
      }
    });
  },
);
