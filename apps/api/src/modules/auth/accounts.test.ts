/**
 * The operator's accounts (`pnpm admin init` and `create-city-admin`) on PGlite and PostgreSQL:
 * init writes the city and its first administrator in one transaction and runs once; more city
 * administrators only after it; the password policy (with the user name), taken user names in
 * any case, the argon2id hash that login accepts (through GraphQL, as the city app logs in,
 * also in another letter case), and the audit rows without the password.
 */
import { auditLog, city, type DbHandle, users } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { asc, eq } from "drizzle-orm";
import { GraphQLError } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApi } from "../../server.ts";
import { gql, loginAs, startApiOn } from "../../testing.ts";
import { createCityAccount, initCity } from "./accounts.ts";

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

const WUHAI = { name: "乌海市", code: "150300" };

describe.each(testBackends())("pnpm admin accounts on $name", (backend) => {
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

  it("refuses create-city-admin before init", async () => {
    expect(
      await refusal(
        createCityAccount(h.db, { username: "second", displayName: "", password: "Kx7mPq2rT9", via: "test" }),
      ),
    ).toEqual({
      code: "CONFLICT",
      field: undefined,
      message: "平台尚未初始化：请先运行 pnpm admin init (run pnpm admin init first)",
    });
  });

  it("refuses a bad city code, a weak password and a password containing the user name; writes nothing", async () => {
    const base = { username: "wuhai_admin", displayName: "", via: "test", password: "Wuhai2035admin1" };
    expect(await refusal(initCity(h.db, { ...base, city: { ...WUHAI, code: "150302" } }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "city.code",
      message: "行政区划代码须为 6 位数字、以 00 结尾（如 乌海市 150300）",
    });
    expect((await refusal(initCity(h.db, { ...base, city: { ...WUHAI, name: " " } }))).field).toBe(
      "city.name",
    );
    expect(await refusal(initCity(h.db, { ...base, city: WUHAI, password: "Admin@12345" }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "password",
      message: "该密码过于常见，容易被猜中，请换一个",
    });
    expect(await refusal(initCity(h.db, { ...base, city: WUHAI, password: "x-Wuhai_Admin-9" }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "password",
      message: "密码不能包含用户名",
    });
    expect(await h.db.select().from(city)).toEqual([]);
    expect(await h.db.select().from(users)).toEqual([]);
  });

  it("init writes the city and its first administrator, who logs in (any letter case), audited", async () => {
    const done = await initCity(h.db, {
      city: WUHAI,
      username: " Wuhai_Admin ",
      displayName: "乌海市教育局管理员",
      password: "Kx7mPq2rT9wh",
      via: "命令行 init",
    });
    expect(done.cityCode).toBe("150300");
    expect(
      await h.db
        .select({ code: city.code, name: city.name, bureauName: city.bureauName, planId: city.planId })
        .from(city),
    ).toEqual([{ code: "150300", name: "乌海市", bureauName: "乌海市教育局", planId: "wuhai2035" }]);
    const [row] = await h.db.select().from(users).where(eq(users.id, done.adminId));
    expect(row).toMatchObject({
      username: "Wuhai_Admin",
      level: "city",
      districtId: null,
      schoolId: null,
      mustChangePassword: false,
      active: true,
    });
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    const token = await loginAs(api.url, "wuhai_admin", "Kx7mPq2rT9wh", "CITY");
    const me = await gql(
      api.url,
      "{ viewer { mustChangePassword city { name bureauName } user { username } } }",
      {},
      token,
    );
    expect(me.data?.viewer).toEqual({
      mustChangePassword: false,
      city: { name: "乌海市", bureauName: "乌海市教育局" },
      user: { username: "Wuhai_Admin" },
    });

    const audit = await h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.userId, done.adminId))
      .orderBy(asc(auditLog.action));
    expect(audit.map((a) => [a.action, a.entityType, a.entityId, a.after])).toEqual([
      [
        "city.create",
        "city",
        "150300",
        {
          code: "150300",
          name: "乌海市",
          bureauName: "乌海市教育局",
          planId: "wuhai2035",
          via: "命令行 init",
        },
      ],
      ["login", "user", done.adminId, { app: "city", level: "市级" }],
      [
        "user.create",
        "user",
        done.adminId,
        { username: "Wuhai_Admin", displayName: "乌海市教育局管理员", level: "市级", via: "命令行 init" },
      ],
    ]);
    expect(JSON.stringify(audit)).not.toContain("Kx7mPq2rT9wh");
  });

  it("refuses a second init", async () => {
    expect(
      await refusal(
        initCity(h.db, {
          city: { name: "包头市", code: "150200" },
          username: "baotou",
          displayName: "",
          password: "Kx7mPq2rT9bt",
          via: "test",
        }),
      ),
    ).toEqual({
      code: "CONFLICT",
      field: undefined,
      message:
        "平台已初始化，不能重复执行 init；如需更多市级管理员，请使用 create-city-admin (already initialised)",
    });
    expect(await h.db.select({ name: city.name }).from(city)).toEqual([{ name: "乌海市" }]);
  });

  it("create-city-admin adds a city administrator; refuses a name taken in any case and weak passwords", async () => {
    const { id } = await createCityAccount(h.db, {
      username: "deputy",
      displayName: "",
      password: "Kx7mPq2rT9dp",
      via: "命令行 create-city-admin",
    });
    const [row] = await h.db.select().from(users).where(eq(users.id, id));
    expect(row).toMatchObject({ username: "deputy", displayName: "市教育局管理员", level: "city" });
    expect(await loginAs(api.url, "DEPUTY", "Kx7mPq2rT9dp", "CITY")).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const base = { displayName: "", password: "Another2035x", via: "test" };
    expect(await refusal(createCityAccount(h.db, { ...base, username: "WUHAI_ADMIN" }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "username",
      message: "用户名 WUHAI_ADMIN 已存在（不区分大小写），请换一个用户名",
    });
    expect(
      await refusal(createCityAccount(h.db, { ...base, username: "second", password: "short1" })),
    ).toEqual({
      code: "BAD_USER_INPUT",
      field: "password",
      message: "密码至少 10 个字符",
    });
    expect((await refusal(createCityAccount(h.db, { ...base, username: "a b" }))).field).toBe("username");
    expect(await h.db.select({ id: users.id }).from(users)).toHaveLength(2);
  });
});
