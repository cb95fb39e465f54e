/**
 * `pnpm admin init` and `create-city-admin` as the operator runs them (src/cli/admin.ts through
 * tsx, password on stdin), on an empty PGlite folder and, with DATABASE_URL, an empty PostgreSQL
 * database: create-city-admin refuses before init; init refuses a bad code and a weak password,
 * then writes the city and its administrator, and refuses to run twice; create-city-admin then
 * adds a second administrator. Exit codes 0 done, 1 refused, 2 wrong usage.
 */
import { city, type DbHandle, users } from "@edu2035/db";
import { verify } from "@node-rs/argon2";
import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiProcess } from "../testing/apiProcess.ts";
import { commandTargets } from "../testing/commandDatabases.ts";

const PASSWORD = "Kx7mPq2rT9wh";

const targets = commandTargets("edu2035-admin-");

describe("pnpm admin --help", () => {
  it("lists init and create-city-admin", async () => {
    const help = await startApiProcess({ script: "src/cli/admin.ts", args: ["--help"], env: {} });
    expect(await help.exited).toBe(0);
    expect(help.output()).toContain(
      "pnpm admin init --city <市名称> --code <行政区划代码> [--bureau <教育局名称>]",
    );
    expect(help.output()).toContain("pnpm admin create-city-admin --username <用户名>");
  });
});

describe.each(targets)("pnpm admin init on $name", (target) => {
  let env: Record<string, string>;
  let open: () => Promise<DbHandle>;
  let tearDown: () => Promise<void>;
  beforeAll(async () => {
    ({ env, open, tearDown } = await target.setUp());
  }, 120_000);
  afterAll(async () => {
    await tearDown?.();
  });

  /** Run the command with `args`, the password on stdin; its exit code and output. */
  const admin = async (args: string[], stdin = `${PASSWORD}\n`) => {
    const p = await startApiProcess({
      script: "src/cli/admin.ts",
      args: [...args, "--password-stdin"],
      env,
      stdin,
    });
    return { code: await p.exited, output: p.output() };
  };
  const init = ["init", "--city", "乌海市", "--code", "150300", "--username", "wuhai_admin"];

  it("refuses create-city-admin before init", async () => {
    const r = await admin(["create-city-admin", "--username", "deputy"]);
    expect(r.code, r.output).toBe(1);
    expect(r.output).toContain("平台尚未初始化：请先运行 pnpm admin init (run pnpm admin init first)");
  }, 120_000);

  it("refuses a bad code, a weak password and a missing option", async () => {
    const code = await admin(["init", "--city", "乌海市", "--code", "150301", "--username", "wuhai_admin"]);
    expect(code.code, code.output).toBe(1);
    expect(code.output).toContain("行政区划代码须为 6 位数字、以 00 结尾");
    const weak = await admin(init, "Wuhai@2035\n");
    expect(weak.code, weak.output).toBe(1);
    expect(weak.output).toContain("该密码过于常见，容易被猜中，请换一个 (password refused)");
    const missing = await admin(["init", "--city", "乌海市", "--username", "wuhai_admin"]);
    expect(missing.code).toBe(2);
    expect(missing.output).toContain("缺少 --code");
    const twice = await admin([...init, "--city", "包头市"]);
    expect(twice.code, twice.output).toBe(2);
    expect(twice.output).toContain("参数 --city 重复：每个参数只能给一次");
    // the API's limits: 市名称 ≤ 20, 教育局名称 ≤ 40, 显示名称 ≤ 40 characters
    const long = await admin([
      "init",
      "--city",
      "市".repeat(21),
      "--code",
      "150300",
      "--username",
      "wuhai_admin",
    ]);
    expect(long.code, long.output).toBe(1);
    expect(long.output).toContain("--city：市名称不能超过 20 个字");
    const bureau = await admin([...init, "--bureau", "局".repeat(41)]);
    expect(bureau.code, bureau.output).toBe(1);
    expect(bureau.output).toContain("--bureau：教育局名称不能超过 40 个字");
    const display = await admin([...init, "--display-name", "管".repeat(41)]);
    expect(display.code, display.output).toBe(1);
    expect(display.output).toContain("--display-name：名称不能超过 40 个字符");
  }, 120_000);

  it("sets up the city and its first administrator once; create-city-admin adds more", async () => {
    const ok = await admin([...init, "--display-name", "乌海市教育局管理员"]);
    expect(ok.code, ok.output).toBe(0);
    expect(ok.output).toContain("已初始化平台：乌海市（150300），市级管理员 wuhai_admin");

    const again = await admin(["init", "--city", "包头市", "--code", "150200", "--username", "baotou"]);
    expect(again.code, again.output).toBe(1);
    expect(again.output).toContain("平台已初始化，不能重复执行 init");
    expect(again.output).toContain("(already initialised)");

    const deputy = await admin(["create-city-admin", "--username", "deputy"], "Kx7mPq2rT9dp\n");
    expect(deputy.code, deputy.output).toBe(0);
    expect(deputy.output).toContain("已新建市级账号 deputy");

    const h = await open();
    try {
      expect(
        await h.db.select({ code: city.code, name: city.name, bureauName: city.bureauName }).from(city),
      ).toEqual([{ code: "150300", name: "乌海市", bureauName: "乌海市教育局" }]);
      const accounts = await h.db.select().from(users).orderBy(asc(users.username));
      expect(accounts.map((u) => [u.username, u.displayName, u.level, u.mustChangePassword])).toEqual([
        ["deputy", "市教育局管理员", "city", false],
        ["wuhai_admin", "乌海市教育局管理员", "city", false],
      ]);
      expect(await verify(accounts[1]!.passwordHash, PASSWORD)).toBe(true);
    } finally {
      await h.close();
    }
  }, 180_000);
});
