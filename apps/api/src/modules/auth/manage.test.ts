/**
 * 账号管理 and the forced password change through GraphQL, as the city, district and school apps
 * send them, on PGlite and PostgreSQL, over the small city (fixtures/smallCity.ts):
 *
 *   accounts: city (市级), haibowan (海勃湾区 D1), hainan (海南区 D2), p1 (D1's 第一小学), n2 (D2's
 *   九年一贯制学校), all with FIXTURE_PASSWORD. D1's schools: P1 2150300001, K1 2150300002,
 *   V1 2150300003; D2's: N2 2150300004, K2 2150300005.
 *
 * The tests run in order and build on each other (accounts created early are used later).
 */
import { auditLog, type DbHandle, schoolReports, schools, users } from "@edu2035/db";
import { testBackends } from "@edu2035/db/testing";
import { and, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_PASSWORD, type SmallCity } from "../../fixtures/smallCity.ts";
import { type SmallCityApi, smallCityApi } from "../../testing/smallCityApi.ts";
import { type GraphQLResponse, gql, loginAs } from "../../testing.ts";
import { ONE_TIME_ALPHABET } from "./oneTimePassword.ts";

const ACCOUNT = `id username displayName level active mustChangePassword lockedUntil lastLoginAt version
  orgUnit { level id code name }`;
const ACCOUNTS = `query($filter: AccountFilter) { accounts(filter: $filter) { ${ACCOUNT} } }`;
const CREATE = `mutation($input: CreateAccountInput!) {
  createAccount(input: $input) { oneTimePassword account { ${ACCOUNT} } } }`;
const BATCH = `mutation($input: CreateSchoolAccountsInput!) {
  createSchoolAccounts(input: $input) {
    created { oneTimePassword account { username displayName orgUnit { code name } mustChangePassword } }
    skipped { code name }
    file { filename contentType contentBase64 } } }`;
const RESET = `mutation($input: AccountVersionInput!) {
  resetPassword(input: $input) { oneTimePassword account { ${ACCOUNT} } } }`;
const ACTIVE = `mutation($input: SetAccountActiveInput!) { setAccountActive(input: $input) { account { ${ACCOUNT} } } }`;
const CHANGE = `mutation($input: ChangePasswordInput!) {
  changePassword(input: $input) { viewer { mustChangePassword user { username } } } }`;
const VIEWER = `{ viewer { mustChangePassword user { username } orgUnit { level name } school { name } city { name } } }`;

const OTP_RE = new RegExp(`^[${ONE_TIME_ALPHABET}]{12}$`);

/** The first error's code, field and message (or null when the operation succeeded). */
function errorOf(r: GraphQLResponse) {
  const e = r.errors?.[0];
  return e ? { code: e.extensions?.code, field: e.extensions?.field, message: e.message } : null;
}

describe.each(testBackends())("账号管理 on $name", (backend) => {
  let h: DbHandle;
  let api: SmallCityApi;
  let ids: SmallCity;
  let t: Record<string, string>;
  /** POST an operation with the token of `who` (a key of `t`). */
  const as = (who: string, query: string, variables: Record<string, unknown> = {}) =>
    gql(api.url, query, variables, t[who]);
  /** An account's row by user name. */
  const row = async (username: string) =>
    (await h.db.select().from(users).where(sql`lower(${users.username}) = lower(${username})`))[0]!;
  /** A login's error (null when it succeeded). */
  const loginError = async (username: string, password: string, app: string) =>
    errorOf(
      await gql(api.url, "mutation($input: LoginInput!) { login(input: $input) { token } }", {
        input: { username, password, app },
      }),
    );

  beforeAll(async () => {
    api = await smallCityApi(backend, {
      logins: { city: "city", d1: "haibowan", d2: "hainan", p1: "p1", n2: "n2" },
    });
    ({ handle: h, ids, tokens: t } = api);
  });
  afterAll(() => api?.close());

  it("states the password policy, also before login", async () => {
    const r = await gql(api.url, "{ passwordPolicy { minLength rules } }");
    expect(r.data?.passwordPolicy).toEqual({
      minLength: 10,
      rules: [
        "至少 10 个字符",
        "同时包含字母和数字",
        "不能包含用户名（不区分大小写）",
        "不能是常见密码（如 Password123、Admin12345、1qaz2wsx3edc）",
        "不能与当前密码相同",
      ],
    });
  });

  it("lists the accounts each manager manages, and refuses the rest", async () => {
    const names = (r: Awaited<ReturnType<typeof as>>) =>
      (r.data?.accounts ?? []).map((a: { username: string }) => a.username);
    const all = await as("city", ACCOUNTS);
    expect(names(all)).toEqual(["city", "haibowan", "hainan", "n2", "p1"]);
    expect(all.data?.accounts[0].orgUnit).toEqual({
      level: "CITY",
      id: null,
      code: "150300",
      name: "乌海市",
    });
    expect(all.data?.accounts[1]).toMatchObject({
      displayName: "海勃湾区教育局",
      level: "DISTRICT",
      active: true,
      mustChangePassword: false,
      lockedUntil: null,
      version: 1,
      orgUnit: { level: "DISTRICT", id: ids.d1, code: "150302", name: "海勃湾区" },
    });
    expect(all.data?.accounts[0].lastLoginAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(all.data?.accounts[4].orgUnit).toEqual({
      level: "SCHOOL",
      id: ids.p1,
      code: "2150300001",
      name: "海勃湾区第一小学",
    });
    expect(names(await as("city", ACCOUNTS, { filter: { level: "DISTRICT" } }))).toEqual([
      "haibowan",
      "hainan",
    ]);
    expect(names(await as("city", ACCOUNTS, { filter: { districtId: ids.d1 } }))).toEqual(["haibowan", "p1"]);
    expect(names(await as("city", ACCOUNTS, { filter: { schoolId: ids.n2 } }))).toEqual(["n2"]);

    // a district: its schools' accounts only
    expect(names(await as("d1", ACCOUNTS))).toEqual(["p1"]);
    expect(names(await as("d1", ACCOUNTS, { filter: { districtId: ids.d1 } }))).toEqual(["p1"]);
    for (const filter of [
      { level: "DISTRICT" },
      { level: "CITY" },
      { districtId: ids.d2 },
      { schoolId: ids.n2 },
    ]) {
      expect(errorOf(await as("d1", ACCOUNTS, { filter }))?.code, JSON.stringify(filter)).toBe("FORBIDDEN");
    }
    // a school: none
    expect(errorOf(await as("p1", ACCOUNTS))?.code).toBe("FORBIDDEN");
  });

  it("creates accounts within the policy, with a one-time password, audited without it", async () => {
    const created = await as("d1", CREATE, {
      input: { unit: { level: "SCHOOL", id: ids.k1 }, username: " k1_clerk ", displayName: "王老师" },
    });
    expect(errorOf(created)).toBeNull();
    const { account, oneTimePassword } = created.data!.createAccount;
    expect(oneTimePassword).toMatch(OTP_RE);
    expect(account).toMatchObject({
      username: "k1_clerk",
      displayName: "王老师",
      level: "SCHOOL",
      active: true,
      mustChangePassword: true,
      lastLoginAt: null,
      version: 1,
      orgUnit: { level: "SCHOOL", id: ids.k1, code: "2150300002", name: "海勃湾区第一幼儿园" },
    });
    t.k1otp = oneTimePassword;
    const stored = await row("k1_clerk");
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.createdBy).toBe((await row("haibowan")).id);
    const [audit] = await h.db.select().from(auditLog).where(eq(auditLog.entityId, account.id));
    expect(audit).toMatchObject({
      action: "user.create",
      entityType: "user",
      userId: (await row("haibowan")).id,
      districtId: ids.d1,
      schoolId: ids.k1,
      after: { username: "k1_clerk", displayName: "王老师", level: "校级", unit: "海勃湾区第一幼儿园" },
    });
    expect(JSON.stringify(audit)).not.toContain(oneTimePassword);

    // the city: city and district accounts too
    const city2 = await as("city", CREATE, {
      input: { unit: { level: "CITY" }, username: "city2", displayName: "规划科" },
    });
    expect(city2.data?.createAccount.account).toMatchObject({
      level: "CITY",
      orgUnit: { level: "CITY", name: "乌海市" },
    });
    const d2b = await as("city", CREATE, {
      input: {
        unit: { level: "DISTRICT", id: ids.d2 },
        username: "hainan.kz",
        displayName: "海南区教育局基教科",
      },
    });
    expect(d2b.data?.createAccount.account.orgUnit).toEqual({
      level: "DISTRICT",
      id: ids.d2,
      code: "150303",
      name: "海南区",
    });
    const [d2audit] = await h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, d2b.data!.createAccount.account.id));
    expect(d2audit).toMatchObject({ districtId: ids.d2, schoolId: null });
  });

  it("refuses accounts outside the policy: another district's school, district or city accounts, any by a school", async () => {
    const input = (unit: Record<string, unknown>, username: string) => ({
      input: { unit, username, displayName: "某人" },
    });
    const before = (await h.db.select({ id: users.id }).from(users)).length;
    const refused: [string, Record<string, unknown>][] = [
      ["d1", { level: "SCHOOL", id: ids.n2 }],
      ["d1", { level: "DISTRICT", id: ids.d1 }],
      ["d1", { level: "DISTRICT", id: ids.d2 }],
      ["d1", { level: "CITY" }],
      ["d2", { level: "SCHOOL", id: ids.p1 }],
      ["p1", { level: "SCHOOL", id: ids.p1 }],
      ["p1", { level: "CITY" }],
      ["n2", { level: "SCHOOL", id: ids.k2 }],
    ];
    for (const [who, unit] of refused) {
      const r = await as(who, CREATE, input(unit, "intruder1"));
      expect(errorOf(r)?.code, `${who} ${JSON.stringify(unit)}`).toBe("FORBIDDEN");
    }
    expect((await h.db.select({ id: users.id }).from(users)).length).toBe(before);
  });

  it("refuses a unit whose level and id do not match (BAD_USER_INPUT field unit), nothing written", async () => {
    const before = (await h.db.select({ id: users.id }).from(users)).length;
    const create = (who: string, unit: Record<string, unknown>) =>
      as(who, CREATE, { input: { unit, username: "mismatch1", displayName: "某人" } });
    expect(errorOf(await create("city", { level: "CITY", id: ids.d1 }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "unit",
      message: "市级账号属于本市，所属单位不应带 id",
    });
    expect(errorOf(await create("city", { level: "DISTRICT" }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "unit",
      message: "请选择区级账号所属的区",
    });
    expect(errorOf(await create("d1", { level: "SCHOOL" }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "unit",
      message: "请选择校级账号所属的学校",
    });
    expect(errorOf(await create("city", { level: "DISTRICT", id: ids.p1 }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "unit",
      message: "所选单位是学校，与账号级别（区级）不符",
    });
    expect(errorOf(await create("city", { level: "SCHOOL", id: ids.d2 }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "unit",
      message: "所选单位是区，与账号级别（校级）不符",
    });
    // another district's school named as a district: nothing learnt about it
    expect(errorOf(await create("d1", { level: "DISTRICT", id: ids.n2 }))?.code).toBe("FORBIDDEN");
    expect((await h.db.select({ id: users.id }).from(users)).length).toBe(before);
  });

  it("checks the user name: shape, taken in any case (also in a race), and the display name", async () => {
    const create = (username: string, displayName = "某人") =>
      as("city", CREATE, { input: { unit: { level: "SCHOOL", id: ids.k2 }, username, displayName } });
    expect(errorOf(await create("ab"))).toEqual({
      code: "BAD_USER_INPUT",
      field: "username",
      message: "用户名须为 3–32 位字母、数字或 . _ -，以字母或数字开头",
    });
    expect(errorOf(await create("张三1"))?.field).toBe("username");
    expect(errorOf(await create("a".repeat(33)))?.field).toBe("username");
    expect(errorOf(await create("HAIBOWAN"))).toEqual({
      code: "BAD_USER_INPUT",
      field: "username",
      message: "用户名 HAIBOWAN 已存在（不区分大小写），请换一个用户名",
    });
    expect(errorOf(await create("k2_clerk", "  "))).toEqual({
      code: "BAD_USER_INPUT",
      field: "displayName",
      message: "请填写名称（使用人或科室）",
    });
    expect(errorOf(await create("k2_clerk", "科".repeat(41)))).toEqual({
      code: "BAD_USER_INPUT",
      field: "displayName",
      message: "名称不能超过 40 个字符",
    });
    // two managers at the same instant: one account, the other refused on the field
    const [a, b] = await Promise.all([create("k2_Clerk"), create("K2_clerk")]);
    const outcomes = [errorOf(a), errorOf(b)];
    expect(outcomes.filter((o) => o === null)).toHaveLength(1);
    expect(outcomes.find((o) => o !== null)).toMatchObject({ code: "BAD_USER_INPUT", field: "username" });
    expect(
      await h.db
        .select({ n: sql<number>`cast(count(*) as integer)` })
        .from(users)
        .where(sql`lower(${users.username}) = 'k2_clerk'`),
    ).toEqual([{ n: 1 }]);
  });

  it("makes a one-time password be changed first: only viewer, city, policy, changePassword and logout answer", async () => {
    t.k1a = await loginAs(api.url, "K1_CLERK", t.k1otp!, "SCHOOL");
    t.k1b = await loginAs(api.url, "k1_clerk", t.k1otp!, "SCHOOL");
    expect((await as("k1a", VIEWER)).data?.viewer).toEqual({
      mustChangePassword: true,
      user: { username: "k1_clerk" },
      orgUnit: { level: "SCHOOL", name: "海勃湾区第一幼儿园" },
      school: { name: "海勃湾区第一幼儿园" },
      city: { name: "乌海市" },
    });
    expect((await as("k1a", "{ passwordPolicy { minLength } }")).data?.passwordPolicy).toEqual({
      minLength: 10,
    });
    expect((await as("k1a", "{ city { name } }")).data?.city).toEqual({ name: "乌海市" });
    t.k1c = await loginAs(api.url, "k1_clerk", t.k1otp!, "SCHOOL");
    expect((await as("k1c", "mutation { logout { ok } }")).data?.logout).toEqual({ ok: true });
    for (const query of ["{ schools { id } }", "{ districts { id } }", "{ accounts { id } }"]) {
      expect(errorOf(await as("k1a", query)), query).toEqual({
        code: "PASSWORD_CHANGE_REQUIRED",
        field: undefined,
        message: "请先修改初始密码：首次登录或密码重置后须设置新密码",
      });
    }

    const change = (currentPassword: string, newPassword: string) =>
      as("k1a", CHANGE, { input: { currentPassword, newPassword } });
    expect(errorOf(await change("Wrong2035pass", "Kx7mPq2rT9k1"))).toEqual({
      code: "BAD_USER_INPUT",
      field: "currentPassword",
      message: "当前密码不正确",
    });
    const weak: [string, string][] = [
      ["short1", "密码至少 10 个字符"],
      ["abcdefghijk", "密码须同时包含字母和数字"],
      ["Password@123", "该密码过于常见，容易被猜中，请换一个"],
      ["my-K1_Clerk-2026", "密码不能包含用户名"],
      [t.k1otp!, "新密码不能与当前密码相同"],
    ];
    for (const [newPassword, message] of weak) {
      expect(errorOf(await change(t.k1otp!, newPassword))).toEqual({
        code: "BAD_USER_INPUT",
        field: "newPassword",
        message,
      });
    }
    const done = await change(t.k1otp!, "Kx7mPq2rT9k1");
    expect(done.data?.changePassword).toEqual({
      viewer: { mustChangePassword: false, user: { username: "k1_clerk" } },
    });

    // this session goes on and may now work; the other session of the account ended
    expect((await as("k1a", "{ schools { code } }")).data?.schools).toEqual([{ code: "2150300002" }]);
    expect((await as("k1b", "{ viewer { user { username } } }")).data?.viewer).toBeNull();
    expect(errorOf(await as("k1b", "{ schools { code } }"))?.code).toBe("UNAUTHENTICATED");
    // the old password no longer logs in, the new one does
    expect(await loginError("k1_clerk", t.k1otp!, "SCHOOL")).toEqual({
      code: "BAD_USER_INPUT",
      field: "password",
      message: "用户名或密码错误",
    });
    expect(await loginError("k1_clerk", "Kx7mPq2rT9k1", "SCHOOL")).toBeNull();
    const stored = await row("k1_clerk");
    expect(stored).toMatchObject({ mustChangePassword: false, version: 2 });
    expect(stored.passwordChangedAt).toBeInstanceOf(Date);
    const audit = await h.db.select().from(auditLog).where(eq(auditLog.action, "user.changePassword"));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      userId: stored.id,
      entityId: stored.id,
      districtId: ids.d1,
      schoolId: ids.k1,
      before: { mustChangePassword: true },
      after: { username: "k1_clerk", mustChangePassword: false },
    });
    expect(JSON.stringify(audit)).not.toMatch(/Kx7mPq2rT9k1|argon2/);
    // changing needs a session
    expect(
      errorOf(await gql(api.url, CHANGE, { input: { currentPassword: "x", newPassword: "y" } }))?.code,
    ).toBe("UNAUTHENTICATED");
  });

  it("refuses to reset one's own password (修改密码 is for that)", async () => {
    const own = await row("haibowan");
    expect(errorOf(await as("d1", RESET, { input: { id: own.id, version: own.version } }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "id",
      message: "请使用“修改密码”修改自己的密码",
    });
    const city = await row("city");
    expect(errorOf(await as("city", RESET, { input: { id: city.id, version: city.version } }))?.field).toBe(
      "id",
    );
    expect(await row("haibowan")).toMatchObject({ version: own.version, mustChangePassword: false });
  });

  it("reset clears a throttled account's counts, ends its sessions and hands out a new one-time password", async () => {
    for (let i = 0; i < 5; i++) await loginError("p1", "Wrong2035pass", "SCHOOL");
    expect((await loginError("p1", FIXTURE_PASSWORD, "SCHOOL"))?.message).toMatch(
      /^登录尝试过于频繁，请 1[45] 分钟后再试$/,
    );
    // five wrong passwords from one address throttle that address, not the account as a whole
    const listed = (await as("d1", ACCOUNTS, { filter: { schoolId: ids.p1 } })).data?.accounts[0];
    expect(listed.lockedUntil).toBeNull();
    expect(listed.version).toBe(1);

    expect(errorOf(await as("d2", RESET, { input: { id: listed.id, version: 1 } }))?.code).toBe("FORBIDDEN");
    expect(errorOf(await as("n2", RESET, { input: { id: listed.id, version: 1 } }))?.code).toBe("FORBIDDEN");
    expect(
      errorOf(await as("d1", RESET, { input: { id: (await row("hainan")).id, version: 1 } }))?.code,
    ).toBe("FORBIDDEN");
    expect(errorOf(await as("d1", RESET, { input: { id: listed.id, version: 7 } }))).toEqual({
      code: "CONFLICT",
      field: undefined,
      message: "该账号已被他人修改，请刷新后重新编辑（未保存）",
    });
    expect(
      errorOf(await as("city", RESET, { input: { id: "00000000-0000-4000-8000-000000000000", version: 1 } }))
        ?.code,
    ).toBe("NOT_FOUND");

    const reset = await as("d1", RESET, { input: { id: listed.id, version: 1 } });
    expect(errorOf(reset)).toBeNull();
    expect(reset.data?.resetPassword.oneTimePassword).toMatch(OTP_RE);
    expect(reset.data?.resetPassword.account).toMatchObject({
      username: "p1",
      mustChangePassword: true,
      lockedUntil: null,
      version: 2,
    });
    expect(await row("p1")).toMatchObject({ lockedUntil: null });
    // p1's session of before the reset ended; the old password is gone (checked again: the reset
    // cleared this address's count); the new one logs in
    expect((await as("p1", "{ viewer { user { username } } }")).data?.viewer).toBeNull();
    expect((await loginError("p1", FIXTURE_PASSWORD, "SCHOOL"))?.message).toBe("用户名或密码错误");
    t.p1 = await loginAs(api.url, "p1", reset.data!.resetPassword.oneTimePassword, "SCHOOL");
    expect((await as("p1", "{ viewer { mustChangePassword } }")).data?.viewer).toEqual({
      mustChangePassword: true,
    });
    const [audit] = await h.db.select().from(auditLog).where(eq(auditLog.action, "user.resetPassword"));
    expect(audit).toMatchObject({
      userId: (await row("haibowan")).id,
      entityId: listed.id,
      districtId: ids.d1,
      schoolId: ids.p1,
      after: { username: "p1", mustChangePassword: true },
    });
    expect(JSON.stringify(audit)).not.toContain(reset.data!.resetPassword.oneTimePassword);
  });

  it("disables and re-enables accounts: sessions end, login refused, never one's own", async () => {
    const d1 = await row("haibowan");
    const cityRow = await row("city");
    expect(
      errorOf(
        await as("city", ACTIVE, { input: { id: cityRow.id, version: cityRow.version, active: false } }),
      ),
    ).toEqual({
      code: "BAD_USER_INPUT",
      field: "id",
      message: "不能停用自己正在使用的账号",
    });
    expect(
      errorOf(await as("d2", ACTIVE, { input: { id: (await row("n2")).id, version: 1, active: false } })),
    ).toBeNull();
    expect(errorOf(await as("d2", ACTIVE, { input: { id: d1.id, version: 1, active: false } }))?.code).toBe(
      "FORBIDDEN",
    );
    expect(errorOf(await as("n2", ACTIVE, { input: { id: d1.id, version: 1, active: false } }))?.code).toBe(
      "UNAUTHENTICATED",
    );
    expect(errorOf(await as("city", ACTIVE, { input: { id: d1.id, version: 5, active: false } }))?.code).toBe(
      "CONFLICT",
    );

    const off = await as("city", ACTIVE, { input: { id: d1.id, version: 1, active: false } });
    expect(off.data?.setAccountActive.account).toMatchObject({
      username: "haibowan",
      active: false,
      version: 2,
    });
    expect((await as("d1", "{ viewer { user { username } } }")).data?.viewer).toBeNull();
    // the right password on a disabled account says so; a wrong one tells nothing
    expect(await loginError("haibowan", FIXTURE_PASSWORD, "DISTRICT")).toEqual({
      code: "BAD_USER_INPUT",
      field: "username",
      message: "账号已停用，请联系上级管理员",
    });
    expect(await loginError("haibowan", "Wrong2035pass", "DISTRICT")).toEqual({
      code: "BAD_USER_INPUT",
      field: "password",
      message: "用户名或密码错误",
    });

    const on = await as("city", ACTIVE, { input: { id: d1.id, version: 2, active: true } });
    expect(on.data?.setAccountActive.account).toMatchObject({ active: true, version: 3 });
    t.d1 = await loginAs(api.url, "HaiBoWan", FIXTURE_PASSWORD, "DISTRICT");
    const audit = await h.db
      .select({
        action: auditLog.action,
        districtId: auditLog.districtId,
        before: auditLog.before,
        after: auditLog.after,
      })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, d1.id), sql`${auditLog.action} like 'user.%able'`))
      .orderBy(auditLog.id);
    expect(audit).toEqual([
      {
        action: "user.disable",
        districtId: ids.d1,
        before: { username: "haibowan", active: true },
        after: { username: "haibowan", active: false },
      },
      {
        action: "user.enable",
        districtId: ids.d1,
        before: { username: "haibowan", active: false },
        after: { username: "haibowan", active: true },
      },
    ]);
    // leave n2 enabled again for the rest
    expect(
      errorOf(await as("d2", ACTIVE, { input: { id: (await row("n2")).id, version: 2, active: true } })),
    ).toBeNull();
    t.n2 = await loginAs(api.url, "n2", FIXTURE_PASSWORD, "SCHOOL");
  });

  it("opens school accounts in batch (批量开通), skipping taken names in any case, with the sheet to hand out", async () => {
    // V1's standard name is taken already (in capitals)
    expect(
      errorOf(
        await as("d1", CREATE, {
          input: { unit: { level: "SCHOOL", id: ids.v1 }, username: "S2150300003", displayName: "职业学校" },
        }),
      ),
    ).toBeNull();
    const before = (await h.db.select({ id: users.id }).from(users)).length;
    expect(errorOf(await as("d1", BATCH, { input: { schoolIds: [ids.p1, ids.n2] } }))?.code).toBe(
      "FORBIDDEN",
    );
    expect(errorOf(await as("p1", BATCH, { input: { schoolIds: [ids.p1] } }))?.code).toBe(
      "PASSWORD_CHANGE_REQUIRED",
    );
    expect(errorOf(await as("n2", BATCH, { input: { schoolIds: [ids.n2] } }))?.code).toBe("FORBIDDEN");
    expect(errorOf(await as("d1", BATCH, { input: { schoolIds: [] } }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "schoolIds",
      message: "请选择要开通账号的学校",
    });
    expect((await h.db.select({ id: users.id }).from(users)).length).toBe(before);

    const r = await as("d1", BATCH, { input: { schoolIds: [ids.v1, ids.k1, ids.p1, ids.k1] } });
    expect(errorOf(r)).toBeNull();
    const out = r.data!.createSchoolAccounts;
    expect(out.created.map((c: { account: unknown }) => c.account)).toEqual([
      {
        username: "s2150300001",
        displayName: "海勃湾区第一小学",
        orgUnit: { code: "2150300001", name: "海勃湾区第一小学" },
        mustChangePassword: true,
      },
      {
        username: "s2150300002",
        displayName: "海勃湾区第一幼儿园",
        orgUnit: { code: "2150300002", name: "海勃湾区第一幼儿园" },
        mustChangePassword: true,
      },
    ]);
    expect(out.skipped).toEqual([{ code: "2150300003", name: "乌海市职业学校" }]);
    expect(out.file.filename).toMatch(/^学校账号及初始密码-\d{4}-\d\d-\d\d\.xlsx$/);
    expect(out.file.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.file.contentBase64, "base64") as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("学校账号及初始密码")!;
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const passwords = out.created.map((c: { oneTimePassword: string }) => c.oneTimePassword);
    expect(rows).toEqual([
      ["学校标识码", "学校名称", "账号", "初始密码", "备注"],
      ["2150300001", "海勃湾区第一小学", "s2150300001", passwords[0], "首次登录须修改密码"],
      ["2150300002", "海勃湾区第一幼儿园", "s2150300002", passwords[1], "首次登录须修改密码"],
    ]);
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, printTitlesRow: "1:1" });
    // the passwords of the sheet log in, to be changed first
    for (const row of rows.slice(1)) {
      const token = await loginAs(api.url, String(row[2]), String(row[3]), "SCHOOL");
      const v = await gql(api.url, "{ viewer { mustChangePassword school { code } } }", {}, token);
      expect(v.data?.viewer).toEqual({ mustChangePassword: true, school: { code: row[0] } });
    }
    const audit = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "user.create"), sql`${auditLog.after}->>'via' = '批量开通'`));
    expect(
      audit.map((a) => [a.schoolId, a.districtId, (a.after as { username: string }).username]).sort(),
    ).toEqual(
      [
        [ids.p1, ids.d1, "s2150300001"],
        [ids.k1, ids.d1, "s2150300002"],
      ].sort(),
    );
    expect(JSON.stringify(audit)).not.toContain(passwords[0]);

    // the district sees its schools' new accounts
    expect((await as("d1", ACCOUNTS)).data?.accounts.map((a: { username: string }) => a.username)).toEqual([
      "k1_clerk",
      "p1",
      "s2150300001",
      "s2150300002",
      "S2150300003",
    ]);
    // again: everything skipped, nothing created, an empty sheet
    const again = await as("d1", BATCH, { input: { schoolIds: [ids.p1] } });
    expect(again.data?.createSchoolAccounts.created).toEqual([]);
    expect(again.data?.createSchoolAccounts.skipped).toEqual([
      { code: "2150300001", name: "海勃湾区第一小学" },
    ]);
  });

  it("refuses accounts for a closed school and re-enabling a closed school's account", async () => {
    // K2 opened 2025-01-01 and closed 2025-07-01: open at no 统计时点, due (应报) in no year
    await h.db
      .update(schools)
      .set({ openedOn: "2025-01-01", closedOn: "2025-07-01" })
      .where(eq(schools.id, ids.k2));
    expect(
      errorOf(
        await as("city", CREATE, {
          input: { unit: { level: "SCHOOL", id: ids.k2 }, username: "k2_new", displayName: "某人" },
        }),
      ),
    ).toEqual({ code: "BAD_USER_INPUT", field: "unit", message: "海南区第二幼儿园已撤销，不能新建账号" });
    expect(errorOf(await as("city", BATCH, { input: { schoolIds: [ids.k2] } }))).toEqual({
      code: "BAD_USER_INPUT",
      field: "schoolIds",
      message: "海南区第二幼儿园已撤销，不能开通账号",
    });
    const k2 = await row("k2_clerk");
    expect(
      errorOf(await as("city", ACTIVE, { input: { id: k2.id, version: k2.version, active: false } })),
    ).toBeNull();
    expect(
      errorOf(await as("city", ACTIVE, { input: { id: k2.id, version: k2.version + 1, active: true } })),
    ).toEqual({
      code: "BAD_USER_INPUT",
      field: "active",
      message: "海南区第二幼儿园已撤销，且没有待报送或待审核的年报，不能启用其账号",
    });
  });

  it("re-enables an account of a closed school while it is due in a year whose report is not approved", async () => {
    // K2 opened 2024-06-01, closed 2025-07-01: open at 2024-09-01, due in 2024 and nothing approved
    await h.db.update(schools).set({ openedOn: "2024-06-01" }).where(eq(schools.id, ids.k2));
    const k2 = await row("k2_clerk");
    expect(k2.active).toBe(false);
    const on = await as("city", ACTIVE, { input: { id: k2.id, version: k2.version, active: true } });
    expect(errorOf(on)).toBeNull();
    // its name is k2_Clerk or K2_clerk: whichever won the race above
    expect(on.data?.setAccountActive.account.username.toLowerCase()).toBe("k2_clerk");
    expect(on.data?.setAccountActive.account.active).toBe(true);
    // its 2024 report approved: nothing left to report, re-enabling is refused again
    const off = await as("city", ACTIVE, { input: { id: k2.id, version: k2.version + 1, active: false } });
    expect(errorOf(off)).toBeNull();
    await h.db.insert(schoolReports).values({ schoolId: ids.k2, schoolYear: 2024, status: "approved" });
    expect(
      errorOf(await as("city", ACTIVE, { input: { id: k2.id, version: k2.version + 2, active: true } })),
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "active" });
  });
});
