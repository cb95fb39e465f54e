/**
 * Accounts made by the operator's command line (`pnpm admin`), outside the apps: `init` sets up
 * an empty production database (the city record and its first administrator, in one
 * transaction), `create-city-admin` adds more city administrators afterwards. Passwords are
 * chosen by the operator (not one-time), checked against the domain's policy, stored only as
 * argon2id hashes; every creation writes an audit row (never the password).
 */
import { city, type Db, type Tx, users } from "@edu2035/db";
import { ORG_LEVEL_LABELS, PLAN_IDS, type PlanId, passwordProblem } from "@edu2035/domain";
import { hash } from "@node-rs/argon2";
import { isUniqueViolation } from "../../dbErrors.ts";
import { badInput, stateConflict } from "../../errors.ts";
import { recordAudit } from "../audit/record.ts";
import { bureauNameProblem, cityNameProblem } from "../org/districtManage.ts";
import { checkUsername, displayNameProblem, usernameTaken } from "./manage.ts";

/** 行政区划代码 of a prefecture-level city: 6 digits, not starting with 0, ending in 00 (GB/T 2260). */
export const CITY_CODE_PATTERN = /^[1-9][0-9]{3}00$/;

/** The operator's account input: user name, display name, password and how it was made (audit). */
export interface OperatorAccountInput {
  username: string;
  displayName: string;
  password: string;
  /** e.g. "命令行 init", recorded in the audit row. */
  via: string;
}

/**
 * Check an operator-chosen account: user name shape, display name length (DISPLAY_NAME_MAX),
 * password policy (with the user name).
 * @returns the trimmed user name.
 * @throws BAD_USER_INPUT field username, displayName or password.
 */
function checkOperatorAccount(input: OperatorAccountInput): string {
  const username = checkUsername(input.username);
  const tooLong = displayNameProblem(input.displayName);
  if (tooLong) throw badInput("displayName", tooLong);
  const problem = passwordProblem(input.password, { username });
  if (problem) throw badInput("password", problem);
  return username;
}

/** Insert a city account and its audit row in `tx` (the caller catches a taken user name). */
async function insertCityAccount(
  tx: Tx,
  username: string,
  input: OperatorAccountInput,
  passwordHash: string,
): Promise<string> {
  const displayName = input.displayName.trim() || "市教育局管理员";
  const [row] = await tx
    .insert(users)
    .values({ username, displayName, passwordHash, level: "city", passwordChangedAt: new Date() })
    .returning({ id: users.id });
  const id = row!.id;
  await recordAudit(tx, {
    userId: id,
    action: "user.create",
    entityType: "user",
    entityId: id,
    after: { username, displayName, level: ORG_LEVEL_LABELS.city, via: input.via },
  });
  return id;
}

/**
 * Create another city-level account (市级账号) with an operator-chosen password
 * (`pnpm admin create-city-admin`). The platform must have been set up (`pnpm admin init`).
 * @returns the new account's id.
 * @throws CONFLICT reason STATE when there is no city record yet; BAD_USER_INPUT field username
 *   (malformed, or taken in any case — also when another process took it at the same instant)
 *   or password (the policy's rule it breaks).
 */
export async function createCityAccount(db: Db, input: OperatorAccountInput): Promise<{ id: string }> {
  const username = checkOperatorAccount(input);
  const [existing] = await db.select({ code: city.code }).from(city).limit(1);
  if (!existing) {
    throw stateConflict("平台尚未初始化：请先运行 pnpm admin init (run pnpm admin init first)");
  }
  const passwordHash = await hash(input.password);
  try {
    return await db.transaction(async (tx) => ({
      id: await insertCityAccount(tx, username, input, passwordHash),
    }));
  } catch (e) {
    // the unique index users_username_uq on lower(username)
    if (isUniqueViolation(e)) throw usernameTaken(username);
    throw e;
  }
}

/** The city record `init` writes. */
export interface CityInput {
  /** e.g. 乌海市. */
  name: string;
  /** 行政区划代码, e.g. 150300. */
  code: string;
  /** e.g. 乌海市教育局; default name + 教育局. */
  bureauName?: string | null;
  /** The plan; default wuhai2035 (the only one shipped). */
  planId?: PlanId;
}

/**
 * Set up an empty platform (`pnpm admin init`): the city record (name, 行政区划代码, bureau, plan)
 * and the first city administrator, in one transaction, with audit rows city.create and
 * user.create. The administrator's password is the operator's own choice (not one-time).
 * @returns the city code and the administrator's id.
 * @throws CONFLICT reason STATE when a city record exists already (also when another init ran at
 *   the same instant); BAD_USER_INPUT field city.code (not 6 digits ending in 00), city.name
 *   (empty, over CITY_NAME_MAX), city.bureauName (over BUREAU_NAME_MAX), username, displayName
 *   (over DISPLAY_NAME_MAX), password.
 */
export async function initCity(
  db: Db,
  input: { city: CityInput } & OperatorAccountInput,
): Promise<{ cityCode: string; adminId: string }> {
  const name = input.city.name.trim();
  const code = input.city.code.trim();
  if (!name) throw badInput("city.name", "请填写市名称（如 乌海市）");
  const nameProblem = cityNameProblem(name);
  if (nameProblem) throw badInput("city.name", nameProblem);
  const bureauProblem = bureauNameProblem(input.city.bureauName ?? "");
  if (bureauProblem) throw badInput("city.bureauName", bureauProblem);
  if (!CITY_CODE_PATTERN.test(code)) {
    throw badInput("city.code", "行政区划代码须为 6 位数字、以 00 结尾（如 乌海市 150300）");
  }
  const bureauName = input.city.bureauName?.trim() || `${name}教育局`;
  const planId = input.city.planId ?? PLAN_IDS[0];
  const username = checkOperatorAccount(input);
  const alreadySetUp = () =>
    stateConflict(
      "平台已初始化，不能重复执行 init；如需更多市级管理员，请使用 create-city-admin (already initialised)",
    );
  const [existing] = await db.select({ code: city.code }).from(city).limit(1);
  if (existing) throw alreadySetUp();
  const passwordHash = await hash(input.password);
  try {
    return await db.transaction(async (tx) => {
      await tx.insert(city).values({ code, name, bureauName, planId });
      const adminId = await insertCityAccount(tx, username, input, passwordHash);
      await recordAudit(tx, {
        userId: adminId,
        action: "city.create",
        entityType: "city",
        entityId: code,
        after: { code, name, bureauName, planId, via: input.via },
      });
      return { cityCode: code, adminId };
    });
  } catch (e) {
    if (isUniqueViolation(e)) {
      const text = `${String((e as { cause?: unknown }).cause ?? "")} ${String(e)}`;
      if (text.includes("users_username_uq")) throw usernameTaken(username);
      throw alreadySetUp();
    }
    throw e;
  }
}
