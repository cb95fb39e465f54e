/**
 * Creating accounts (新建账号) outside the demo: the first city administrator of an empty
 * production database (`pnpm admin create-city-admin`). Passwords are stored only as argon2id
 * hashes (`users.passwordHash`, verified by `login`), and each creation writes an audit row.
 */
import { type Db, users } from "@edu2035/db";
import { ORG_LEVEL_LABELS } from "@edu2035/domain";
import { hash } from "@node-rs/argon2";
import { eq } from "drizzle-orm";
import { badInput } from "../../errors.ts";
import { recordAudit } from "../audit/record.ts";

/** Shortest password accepted for a new account (characters). */
export const MIN_PASSWORD_LENGTH = 10;

/**
 * Why a password is refused (Chinese, for the operator), or null when it is acceptable: at
 * least MIN_PASSWORD_LENGTH characters, with both letters and digits.
 */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`;
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return "密码须同时包含字母和数字";
  return null;
}

/** A user name: 3–32 letters, digits, `.`, `_` or `-`, starting with a letter or digit. */
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{2,31}$/;

/**
 * Create a city-level account (市级账号), e.g. the first administrator of an empty database.
 * @param input.username the login name (trimmed); input.displayName shown in the apps;
 *   input.via who/what created it, recorded in the audit row (never the password).
 * @returns the new account's id.
 * @throws BAD_USER_INPUT (field username or password) on a malformed user name or a password
 *   below the policy, or (field username) when the user name is taken, also when another
 *   process created it at the same instant (the unique index decides).
 */
export async function createCityAccount(
  db: Db,
  input: { username: string; displayName: string; password: string; via: string },
): Promise<{ id: string }> {
  const username = input.username.trim();
  if (!USERNAME.test(username)) {
    throw badInput("username", "用户名须为 3–32 位字母、数字或 . _ -，以字母或数字开头");
  }
  const problem = passwordProblem(input.password);
  if (problem) throw badInput("password", problem);
  const displayName = input.displayName.trim() || "市教育局管理员";
  const taken = () => badInput("username", `用户名 ${username} 已存在，请换一个用户名`);
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (existing) throw taken();
  const passwordHash = await hash(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(users)
        .values({ username, displayName, passwordHash, level: "city" })
        .returning({ id: users.id });
      const id = row!.id;
      await recordAudit(tx, {
        userId: id,
        action: "user.create",
        entityType: "user",
        entityId: id,
        after: { username, displayName, level: ORG_LEVEL_LABELS.city, via: input.via },
      });
      return { id };
    });
  } catch (e) {
    // the unique index users_username_uq: created by someone else since the check above
    const text = `${String((e as { cause?: unknown }).cause ?? "")} ${String(e)}`;
    if (text.includes("users_username_uq")) throw taken();
    throw e;
  }
}
