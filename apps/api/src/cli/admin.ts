/**
 * Operator commands (`pnpm admin <command>` = `node apps/api/dist/admin.js <command>`), run
 * with the same environment as the server (DATABASE_URL, ID_HASH_KEY, NODE_ENV=production …).
 *
 *   init --city <市名称> --code <行政区划代码> [--bureau <教育局名称>] --username <name>
 *        [--display-name <显示名称>] [--password-stdin]
 *     Sets up an empty platform in one transaction: the city record (name, 6-digit code ending
 *     in 00, bureau — default 市名称 + 教育局 —, plan wuhai2035) and its first city
 *     administrator. Refused when the city record exists (init runs once).
 *   create-city-admin --username <name> [--display-name <显示名称>] [--password-stdin]
 *     Adds another city-level account (市级账号); refused before `init`.
 *
 *   Both: the password is the operator's own (not one-time), asked twice on the terminal (not
 *   echoed) or read from the first line of standard input with --password-stdin; never from
 *   the command line (it would stay in the shell history and the process list). Policy: the
 *   domain's (auth/password.ts: at least 10 characters, letters and digits, not the user name,
 *   not a common password). Both run the migrations first (idempotent, advisory lock) and
 *   refuse, as the server does, an ID_HASH_KEY other than the one this database's 身份证号
 *   hashes were made with (its fingerprint is recorded at the first start).
 *
 *   Limits as the API's: 市名称 ≤ 20, 教育局名称 ≤ 40, 显示名称 ≤ 40 characters; an option given
 *   twice is wrong usage.
 *
 *   check-summaries [--repair]
 *     The consistency check of the summaries maintained on write (issue 15): the roster summary
 *     名册汇总 (indicators/measures/staffSummary.ts) against a full recomputation from the
 *     roster, and the annual-report summary 年报汇总 (indicators/measures/reportSummary.ts)
 *     against one from the reports' grade rows, the district rollups 区县汇总
 *     (indicators/measures/districtRollup.ts: open schools and roster sums per district, year
 *     and school type) against one from the schools and the roster summary; and the installed
 *     trigger functions against the ones the code generates. Prints the differing (school, school year) pairs and reports
 *     (ids and counts, no personal data); exit 1 when any. With --repair: for each summary
 *     found inconsistent, installs the current functions and rebuilds every row in one
 *     transaction (writes of its source wait meanwhile), then checks again; the rollups last
 *     (rebuilt when still inconsistent after the summaries).
 *
 * Exit codes: 0 done; 1 refused or failed (the message says why); 2 wrong usage.
 */

import { type Db, createDb as openDb } from "@edu2035/db";
import { passwordProblem } from "@edu2035/domain";
import { GraphQLError } from "graphql";
import { readEnv } from "../env.ts";
import { createCityAccount, initCity } from "../modules/auth/accounts.ts";
import { displayNameProblem } from "../modules/auth/manage.ts";
import {
  checkRollups,
  type RollupCheck,
  rebuildRollups,
} from "../modules/indicators/measures/districtRollup.ts";
import {
  checkReportSummary,
  type ReportSummaryCheck,
  rebuildReportSummary,
} from "../modules/indicators/measures/reportSummary.ts";
import {
  checkStaffSummary,
  rebuildStaffSummary,
  type SummaryCheck,
} from "../modules/indicators/measures/staffSummary.ts";
import { bureauNameProblem, cityNameProblem } from "../modules/org/districtManage.ts";
import { ensureIdHashKey, IdHashKeyMismatch } from "../modules/staff/idHashKey.ts";

const USAGE = `用法 (usage):
  pnpm admin init --city <市名称> --code <行政区划代码> [--bureau <教育局名称>]
                  --username <用户名> [--display-name <显示名称>] [--password-stdin]
    初始化空平台（只执行一次）：写入本市信息（如 --city 乌海市 --code 150300）和第一个市级管理员。
  pnpm admin create-city-admin --username <用户名> [--display-name <显示名称>] [--password-stdin]
    再新建一个市级管理员账号（须先执行 init）。
  密码在终端输入两次（不回显），或用 --password-stdin 从标准输入的第一行读取；不接受写在命令行中的密码。
  密码规则：至少 10 个字符，同时包含字母和数字，不能包含用户名，不能是常见密码。
  pnpm admin check-summaries [--repair]
    核对写入时维护的汇总表（名册汇总、年报汇总）与名册、年报年级数据全量重算是否一致，
    列出不一致的学校和学年、年报；--repair 重建不一致的汇总（重建期间相应写入等待）。`;

/** Thrown for a refusal the operator can fix; printed without a stack trace. */
class Refusal extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Parse `--name value` / `--flag` options; refuses unknown and repeated ones and any password option. */
function parseOptions(args: string[], allowed: readonly string[]): Map<string, string | true> {
  const known = new Set(allowed);
  const flags = new Set(["--password-stdin", "--repair"]);
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    if (/^--pass(word)?$/.test(name)) {
      throw new Refusal("出于安全原因，密码不能写在命令行中：请在提示时输入，或使用 --password-stdin", 2);
    }
    if (!known.has(name)) throw new Refusal(`未知参数 ${name}\n${USAGE}`, 2);
    if (options.has(name)) throw new Refusal(`参数 ${name} 重复：每个参数只能给一次\n${USAGE}`, 2);
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

/**
 * The new account's password: from stdin (--password-stdin) or asked twice on the terminal,
 * checked against the policy for `username`.
 * @throws Refusal (exit 1) when the password breaks the policy; (exit 2) without a terminal.
 */
async function readPassword(fromStdin: boolean, username: string): Promise<string> {
  const password = await askPassword(fromStdin, username);
  const problem = passwordProblem(password, { username });
  if (problem) throw new Refusal(`${problem} (password refused)`);
  return password;
}

/** The password from stdin, or asked (and re-asked while it breaks the policy) on the terminal. */
async function askPassword(fromStdin: boolean, username: string): Promise<string> {
  if (fromStdin) return firstLineOfStdin();
  if (!process.stdin.isTTY) {
    throw new Refusal("没有终端可输入密码：请使用 --password-stdin 从标准输入传入密码", 2);
  }
  for (;;) {
    const first = await askHidden("新密码（至少 10 位，含字母和数字，不含用户名，不能是常见密码）: ");
    const problem = passwordProblem(first, { username });
    if (problem) {
      console.error(problem);
      continue;
    }
    if ((await askHidden("再次输入新密码: ")) === first) return first;
    console.error("两次输入的密码不一致，请重新输入");
  }
}

/** The environment, or a Refusal naming what is wrong with it. */
function environment(): ReturnType<typeof readEnv> {
  try {
    return readEnv();
  } catch (e) {
    throw new Refusal((e as Error).message);
  }
}

/**
 * Open the database of the environment, migrate it, check the ID_HASH_KEY and run `work`;
 * a service's refusal (Chinese message) becomes a Refusal (exit 1). Closes the database.
 */
async function withDatabase(env: ReturnType<typeof readEnv>, work: (db: Db) => Promise<void>): Promise<void> {
  const handle = await openDb(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.PGLITE_DIR });
  try {
    await handle.migrate();
    await ensureIdHashKey(handle.db, env.ID_HASH_KEY);
    await work(handle.db);
  } catch (e) {
    if (e instanceof GraphQLError || e instanceof IdHashKeyMismatch) throw new Refusal(e.message);
    throw e;
  } finally {
    await handle.close();
  }
}

/** A required option's value. @throws Refusal (exit 2) when it is missing. */
function required(options: Map<string, string | true>, name: string): string {
  const value = options.get(name);
  if (typeof value !== "string" || !value.trim()) throw new Refusal(`缺少 ${name}\n${USAGE}`, 2);
  return value;
}

/**
 * Refuse (exit 1) an option value over the API's length limit, before the password is asked:
 * `problem` is the API's own rule (cityNameProblem, bureauNameProblem, displayNameProblem).
 */
function checkLength(
  options: Map<string, string | true>,
  name: string,
  problem: (value: string) => string | null,
): void {
  const value = options.get(name);
  const message = typeof value === "string" ? problem(value) : null;
  if (message) throw new Refusal(`${name}：${message}`);
}

/** `init`: see the file's comment. */
async function init(args: string[]): Promise<void> {
  const options = parseOptions(args, [
    "--city",
    "--code",
    "--bureau",
    "--username",
    "--display-name",
    "--password-stdin",
  ]);
  const cityName = required(options, "--city");
  const code = required(options, "--code");
  const username = required(options, "--username").trim();
  const bureau = options.get("--bureau");
  const displayName = options.get("--display-name");
  checkLength(options, "--city", cityNameProblem);
  checkLength(options, "--bureau", bureauNameProblem);
  checkLength(options, "--display-name", displayNameProblem);
  const env = environment();
  const password = await readPassword(options.get("--password-stdin") === true, username);
  await withDatabase(env, async (db) => {
    const done = await initCity(db, {
      city: { name: cityName, code, bureauName: typeof bureau === "string" ? bureau : null },
      username,
      displayName: typeof displayName === "string" ? displayName : "",
      password,
      via: "命令行 init",
    });
    console.log(
      `已初始化平台：${cityName.trim()}（${done.cityCode}），市级管理员 ${username}，可登录市教育局平台 /city/ (platform initialised)`,
    );
  });
}

/** `create-city-admin`: see the file's comment. */
async function createCityAdmin(args: string[]): Promise<void> {
  const options = parseOptions(args, ["--username", "--display-name", "--password-stdin"]);
  const username = required(options, "--username").trim();
  const displayName = options.get("--display-name");
  checkLength(options, "--display-name", displayNameProblem);
  const env = environment();
  const password = await readPassword(options.get("--password-stdin") === true, username);
  await withDatabase(env, async (db) => {
    await createCityAccount(db, {
      username,
      displayName: typeof displayName === "string" ? displayName : "",
      password,
      via: "命令行 create-city-admin",
    });
    console.log(`已新建市级账号 ${username}，可登录市教育局平台 /city/ (city account created)`);
  });
}

/**
 * Print what a summary check found, each differing row as `describe` names it with its values
 * (column 重算 recomputed / 汇总 stored); true when everything is consistent.
 */
function printCheck<D>(
  found: { staleFunctions: string[]; differences: D[] },
  describe: (d: D) => [string, Record<string, [number, number]>],
): boolean {
  for (const name of found.staleFunctions) {
    console.error(`触发器函数 ${name} 与当前代码生成的不一致 (stale trigger function)`);
  }
  const shown = found.differences.slice(0, 50);
  for (const d of shown) {
    const [row, values] = describe(d);
    const text = Object.entries(values)
      .map(([column, [recomputed, stored]]) => `${column} 重算 ${recomputed} / 汇总 ${stored}`)
      .join("，");
    console.error(`${row}：${text}`);
  }
  if (found.differences.length > shown.length) {
    console.error(`……共 ${found.differences.length} 处不一致`);
  }
  return found.staleFunctions.length === 0 && found.differences.length === 0;
}

/** Print what the roster summary check found; true when consistent. */
function reportCheck(found: SummaryCheck): boolean {
  return printCheck(found, (d) => [`学校 ${d.schoolId} ${d.schoolYear}学年`, d.counts]);
}

/** Print what the district rollups' check found; true when consistent. */
function reportRollupCheck(found: RollupCheck): boolean {
  return printCheck(found, (d) => [`区县汇总 ${d.table} ${d.key}`, d.values]);
}

/** Print what the annual-report summary check found; true when consistent. */
function reportReportCheck(found: ReportSummaryCheck): boolean {
  return printCheck(found, (d) => [`年报 ${d.reportId}`, d.sums]);
}

/** `check-summaries`: see the file's comment. */
async function checkSummaries(args: string[]): Promise<void> {
  const options = parseOptions(args, ["--repair"]);
  const env = environment();
  await withDatabase(env, async (db) => {
    const rosterOk = reportCheck(await checkStaffSummary(db));
    const reportsOk = reportReportCheck(await checkReportSummary(db));
    if (rosterOk) console.log("名册汇总与名册一致 (summaries consistent)");
    if (reportsOk) console.log("年报汇总与年报年级数据一致 (report summary consistent)");
    const rollupsOk = reportRollupCheck(await checkRollups(db));
    if (rollupsOk) console.log("区县汇总与学校、名册汇总一致 (district rollups consistent)");
    if (rosterOk && reportsOk && rollupsOk) return;
    if (options.get("--repair") !== true) {
      const which = [
        rosterOk ? null : "名册汇总与名册",
        reportsOk ? null : "年报汇总与年报年级数据",
        rollupsOk ? null : "区县汇总与学校、名册汇总",
      ];
      throw new Refusal(
        `${which.filter(Boolean).join("、")}不一致：可用 pnpm admin check-summaries --repair 重建 (summaries inconsistent)`,
      );
    }
    if (!rosterOk) {
      const rows = await rebuildStaffSummary(db);
      if (!reportCheck(await checkStaffSummary(db))) throw new Refusal("重建后仍不一致 (still inconsistent)");
      console.log(`已重建名册汇总：${rows} 行，与名册一致 (summaries rebuilt)`);
    }
    if (!reportsOk) {
      const rows = await rebuildReportSummary(db);
      if (!reportReportCheck(await checkReportSummary(db))) {
        throw new Refusal("重建后仍不一致 (still inconsistent)");
      }
      console.log(`已重建年报汇总：${rows} 行，与年报年级数据一致 (report summary rebuilt)`);
    }
    // the summaries' rebuilds go through the rollups' triggers: rebuilt only if still wrong
    const rollups = await checkRollups(db);
    if (rollups.staleFunctions.length > 0 || rollups.differences.length > 0) {
      const rows = await rebuildRollups(db);
      if (!reportRollupCheck(await checkRollups(db)))
        throw new Refusal("重建后仍不一致 (still inconsistent)");
      console.log(`已重建区县汇总：${rows} 行，与学校、名册汇总一致 (district rollups rebuilt)`);
    }
  });
}

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  init,
  "create-city-admin": createCityAdmin,
  "check-summaries": checkSummaries,
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
