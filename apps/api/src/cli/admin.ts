/**
 * Operator commands (`pnpm admin <command>` = `node apps/api/dist/admin.js <command>`), run
 * with the same environment as the server (DATABASE_URL, ID_HASH_KEY, NODE_ENV=production …).
 *
 *   create-city-admin --username <name> [--display-name <显示名称>] [--password-stdin]
 *     Creates a city-level account (市级账号), e.g. the first administrator of an empty
 *     production database. The password is asked twice on the terminal (not echoed), or read
 *     from the first line of standard input with --password-stdin; never from the command
 *     line (it would stay in the shell history and the process list). Policy: at least 10
 *     characters, letters and digits. Runs the migrations first (idempotent, advisory lock),
 *     and refuses, as the server does, an ID_HASH_KEY other than the one this database's
 *     身份证号 hashes were made with (its fingerprint is recorded at the first start).
 *
 * Exit codes: 0 done; 1 refused or failed (the message says why); 2 wrong usage.
 */
import { createDb } from "@edu2035/db";
import { GraphQLError } from "graphql";
import { readEnv } from "../env.ts";
import { createCityAccount, passwordProblem } from "../modules/auth/accounts.ts";
import { ensureIdHashKey, IdHashKeyMismatch } from "../modules/staff/idHashKey.ts";

const USAGE = `用法 (usage):
  pnpm admin create-city-admin --username <用户名> [--display-name <显示名称>] [--password-stdin]
    新建市级账号（如空数据库的第一个管理员）。密码在终端输入两次（不回显），
    或用 --password-stdin 从标准输入的第一行读取；不接受写在命令行中的密码。`;

/** Thrown for a refusal the operator can fix; printed without a stack trace. */
class Refusal extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Parse `--name value` / `--flag` options; refuses unknown ones and any password option. */
function parseOptions(args: string[]): Map<string, string | true> {
  const known = new Set(["--username", "--display-name", "--password-stdin"]);
  const flags = new Set(["--password-stdin"]);
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    if (/^--pass(word)?$/.test(name)) {
      throw new Refusal("出于安全原因，密码不能写在命令行中：请在提示时输入，或使用 --password-stdin", 2);
    }
    if (!known.has(name)) throw new Refusal(`未知参数 ${name}\n${USAGE}`, 2);
    if (flags.has(name)) options.set(name, true);
    else {
      const value = inline ?? args[++i];
      if (value === undefined) throw new Refusal(`${name} 缺少值\n${USAGE}`, 2);
      options.set(name, value);
    }
  }
  return options;
}

/** The first line of standard input (without its line ending). */
async function firstLineOfStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

/** Ask for a line on the terminal without echoing it. */
function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stdout.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    let value = "";
    const onData = (text: string) => {
      for (const ch of text) {
        if (ch === "\r" || ch === "\n" || ch === "\u0004") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stdout.write("\n");
          resolve(value);
          return;
        }
        if (ch === "\u0003") {
          stdin.setRawMode(false);
          process.stdout.write("\n");
          reject(new Refusal("已取消"));
          return;
        }
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on("data", onData);
  });
}

/** The new account's password: from stdin (--password-stdin) or asked twice on the terminal. */
async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return firstLineOfStdin();
  if (!process.stdin.isTTY) {
    throw new Refusal("没有终端可输入密码：请使用 --password-stdin 从标准输入传入密码", 2);
  }
  for (;;) {
    const first = await askHidden("新密码（至少 10 位，含字母和数字）: ");
    const problem = passwordProblem(first);
    if (problem) {
      console.error(problem);
      continue;
    }
    if ((await askHidden("再次输入新密码: ")) === first) return first;
    console.error("两次输入的密码不一致，请重新输入");
  }
}

/** `create-city-admin`: see the file's comment. */
async function createCityAdmin(args: string[]): Promise<void> {
  const options = parseOptions(args);
  const username = options.get("--username");
  if (typeof username !== "string" || !username.trim()) throw new Refusal(`缺少 --username\n${USAGE}`, 2);
  const displayName = options.get("--display-name");
  let env: ReturnType<typeof readEnv>;
  try {
    env = readEnv();
  } catch (e) {
    throw new Refusal((e as Error).message);
  }
  const password = await readPassword(options.get("--password-stdin") === true);
  const problem = passwordProblem(password);
  if (problem) throw new Refusal(problem);
  const handle = await createDb(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.PGLITE_DIR });
  try {
    await handle.migrate();
    await ensureIdHashKey(handle.db, env.ID_HASH_KEY);
    await createCityAccount(handle.db, {
      username,
      displayName: typeof displayName === "string" ? displayName : "",
      password,
      via: "命令行 create-city-admin",
    });
    console.log(`已新建市级账号 ${username.trim()}，可登录市教育局平台 /city/ (city account created)`);
  } catch (e) {
    // the service's refusals carry a Chinese message for the operator
    if (e instanceof GraphQLError || e instanceof IdHashKeyMismatch) throw new Refusal(e.message);
    throw e;
  } finally {
    await handle.close();
  }
}

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  "create-city-admin": createCityAdmin,
};

const [command, ...rest] = process.argv.slice(2);
const run = command ? COMMANDS[command] : undefined;
if (command === "--help" || command === "-h" || command === "help") {
  console.log(USAGE);
  process.exit(0);
}
try {
  if (!run) throw new Refusal(command ? `未知命令 ${command}\n${USAGE}` : USAGE, 2);
  await run(rest);
  process.exit(0);
} catch (e) {
  if (e instanceof Refusal) {
    console.error(`edu2035 admin: ${e.message}`);
    process.exit(e.exitCode);
  }
  console.error("edu2035 admin: 失败 (failed):", e);
  process.exit(1);
}
