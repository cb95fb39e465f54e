/**
 * Creating a city account (the first administrator of `pnpm admin create-city-admin`) on
 * PGlite and PostgreSQL: the password policy, a taken user name, the argon2id hash that login
 * accepts (through GraphQL, as the city app logs in), and the audit row without the password.
 */
import { auditLog, type DbHandle, users } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { eq } from "drizzle-orm";
import { GraphQLError } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApi } from "../../server.ts";
import { loginAs, startApiOn } from "../../testing.ts";
import { createCityAccount, passwordProblem } from "./accounts.ts";

/** The code, field and message of a refusal. */
async function refusal(promise: Promise<unknown>) {
  const e = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(GraphQLError);
  const g = e as GraphQLError;
  return { code: g.extensions.code, field: g.extensions.field, message: g.message };
}

describe("password policy", () => {
  it("wants 10 characters with letters and digits", () => {
    expect(passwordProblem("Abc123456")).toBe("密码至少 10 个字符");
    expect(passwordProblem("abcdefghij")).toBe("密码须同时包含字母和数字");
    expect(passwordProblem("1234567890")).toBe("密码须同时包含字母和数字");
    expect(passwordProblem("wuhai20352035")).toBeNull();
  });
});

describe.each(testBackends())("createCityAccount on $name", (backend) => {
  let h: DbHandle;
  let api: RunningApi;
  beforeAll(async () => {
    h = await backend.open();
    api = await startApiOn(h);
  });
  afterAll(async () => {
    await api?.stop();
    await h?.close();
  });

  it("creates a city account the city app can log in to, with an audit row", async () => {
    const { id } = await createCityAccount(h.db, {
      username: " wuhai_admin ",
      displayName: "乌海市教育局管理员",
      password: "Wuhai2035admin",
      via: "命令行 create-city-admin",
    });
    const [row] = await h.db.select().from(users).where(eq(users.id, id));
    expect(row).toMatchObject({ username: "wuhai_admin", level: "city", districtId: null, schoolId: null });
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await loginAs(api.url, "wuhai_admin", "Wuhai2035admin", "CITY")).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const audit = await h.db.select().from(auditLog).where(eq(auditLog.action, "user.create"));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ userId: id, entityType: "user", entityId: id });
    expect(audit[0]?.after).toEqual({
      username: "wuhai_admin",
      displayName: "乌海市教育局管理员",
      level: "市级",
      via: "命令行 create-city-admin",
    });
    expect(JSON.stringify(audit[0])).not.toContain("Wuhai2035admin");
  });

  it("refuses a taken user name, a weak password and a malformed user name", async () => {
    const base = { displayName: "", password: "Another2035x", via: "test" };
    expect(await refusal(createCityAccount(h.db, { ...base, username: "wuhai_admin" }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "username",
      message: "用户名 wuhai_admin 已存在，请换一个用户名",
    });
    expect(
      await refusal(createCityAccount(h.db, { ...base, username: "second", password: "short1" })),
    ).toEqual({
      code: "BAD_USER_INPUT",
      field: "password",
      message: "密码至少 10 个字符",
    });
    expect((await refusal(createCityAccount(h.db, { ...base, username: "a b" }))).field).toBe("username");
    expect(await h.db.select({ id: users.id }).from(users)).toHaveLength(1);
  });
});
